import { UI } from '../i18n/en.ts';
import type { IgnoredParam } from '../lib/url-params.ts';
import { el } from './dom.ts';

/** At most this many items are named; the rest are counted. */
const NAMED = 5;

function describe(item: IgnoredParam): string {
  switch (item.reason) {
    case 'unknown-parameter':
      return UI.urlIgnoredUnknownParam(item.param);
    case 'unknown-layer':
      return UI.urlIgnoredUnknownLayer(item.value ?? '');
    case 'empty':
      return UI.urlIgnoredEmpty(item.param);
    case 'malformed':
      return UI.urlIgnoredMalformed(item.param);
  }
}

/** The notice text: "Ignored in the page address: “zoom” (not a setting this map reads); …". */
export function urlNoticeText(ignored: readonly IgnoredParam[]): string {
  const named = ignored.slice(0, NAMED).map(describe).join('; ');
  const more = ignored.length > NAMED ? UI.urlNoticeMore(ignored.length - NAMED) : '';
  return `${UI.urlNoticeLead}${named}${more}.`;
}

/**
 * A visible, polite notice naming what the address asked for that the map did not use; null
 * when everything was understood. Dismissable; the map works either way.
 */
export function buildUrlNotice(ignored: readonly IgnoredParam[]): HTMLElement | null {
  if (ignored.length === 0) return null;
  const dismiss = el('button', { type: 'button', class: 'link-button url-notice-dismiss' }, UI.urlNoticeDismiss);
  const notice = el(
    'div',
    { class: 'url-notice', role: 'status', 'data-testid': 'url-notice' },
    el('p', {}, urlNoticeText(ignored)),
    dismiss,
  );
  dismiss.addEventListener('click', () => notice.remove());
  return notice;
}
