import { CITE } from '../i18n/en-cite.ts';
import { UI } from '../i18n/en.ts';
import { THEME_UI } from '../i18n/en-theme.ts';
import { PARAM } from '../lib/permalink.ts';
import type { IgnoredParam } from '../lib/url-params.ts';
import { el } from './dom.ts';
import './cite.css';

/** At most this many items are named; the rest are counted. */
const NAMED = 5;

function describe(item: IgnoredParam): string {
  const value = item.value ?? '';
  switch (item.reason) {
    case 'unknown-parameter':
      return UI.urlIgnoredUnknownParam(item.param);
    case 'unknown-layer':
      return UI.urlIgnoredUnknownLayer(value);
    case 'empty':
      return UI.urlIgnoredEmpty(item.param);
    case 'malformed':
      // a broken escape has no readable value worth repeating; a bad number has ("z “abc”")
      return item.value === null || /%/.test(item.value) ? UI.urlIgnoredMalformed(item.param) : CITE.urlMalformedValue(item.param, value);
    case 'out-of-range':
      return CITE.urlOutOfRange(item.param, value);
    case 'unknown-kind':
      return CITE.urlUnknownKind(value);
    case 'unknown-id':
      // `theme` names a metric, not a district or mark
      return item.param === PARAM.theme ? THEME_UI.urlUnknownTheme(value) : CITE.urlUnknownId(value);
    case 'unknown-lang':
      return CITE.urlUnknownLang(value);
    case 'duplicate':
      return CITE.urlDuplicate(item.param);
  }
}

/** The notice text: "Ignored in the page address: “zoom” (not a setting this map reads); …". */
export function urlNoticeText(ignored: readonly IgnoredParam[]): string {
  const named = ignored.slice(0, NAMED).map(describe).join('; ');
  const more = ignored.length > NAMED ? UI.urlNoticeMore(ignored.length - NAMED) : '';
  return `${UI.urlNoticeLead}${named}${more}.`;
}

/** A link made with other data: it opened anyway, and the reader learns both versions. */
export interface VersionNote {
  link: string;
  current: string;
}

/**
 * A visible, polite notice naming what the address asked for that the map did not use, and the
 * data version the link was made with when it differs; null when there is nothing to say.
 * Dismissable; the map works either way.
 */
export function buildUrlNotice(ignored: readonly IgnoredParam[], version: VersionNote | null = null): HTMLElement | null {
  if (ignored.length === 0 && version === null) return null;
  const dismiss = el('button', { type: 'button', class: 'link-button url-notice-dismiss' }, UI.urlNoticeDismiss);
  const notice = el(
    'div',
    { class: 'url-notice', role: 'status', 'data-testid': 'url-notice' },
    el(
      'div',
      { class: 'url-notice-text' },
      version ? el('p', { 'data-testid': 'url-notice-version' }, CITE.urlOtherVersion(version.link, version.current)) : null,
      ignored.length > 0 ? el('p', {}, urlNoticeText(ignored)) : null,
    ),
    dismiss,
  );
  dismiss.addEventListener('click', () => notice.remove());
  return notice;
}
