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

/**
 * The same notice, placed after `anchor` at the first problem and rewritten at each further one:
 * a label font that never answers is known only once its wait is over, well after the data.
 */
export function mountDataNotice(anchor: HTMLElement): { add(problem: { message: string }): void } {
  const problems: { message: string }[] = [];
  let shown: HTMLElement | null = null;
  return {
    add: (problem) => {
      problems.push(problem);
      const next = buildDataNotice(problems);
      if (!next) return;
      if (shown) shown.replaceWith(next);
      else anchor.after(next);
      shown = next;
    },
  };
}
