import { UI } from '../i18n/en.ts';
import { el } from './dom.ts';

/** A map file that could not be loaded (the basemap, the event marks): named, above the map. */
export function buildDataNotice(problems: readonly { message: string }[]): HTMLElement | null {
  if (problems.length === 0) return null;
  return el(
    'p',
    { class: 'url-notice data-notice', role: 'status', 'data-testid': 'data-notice' },
    UI.dataNoticeLead,
    problems.map((p) => p.message).join('; '),
    UI.dataNoticeRest,
  );
}
