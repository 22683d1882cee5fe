import type { AtlasIndex } from '../data/index-claims.ts';
import { claimContext, claimsByMetric } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { COUNTRY_ID } from '../schema/index.ts';
import { buildMetricBlock, claimAnchorId, claimsFailedNotice, type ClaimContext } from './claim-rows.ts';
import { el } from './dom.ts';
import { reveal } from './focus-claim.ts';

export interface CountryPanel {
  element: HTMLElement;
  open(): void;
  /** open the panel and move focus to one claim's row */
  showClaim(claimId: string): void;
}

/**
 * National claims about Azerbaijan as a whole, with the same metric blocks as the popups.
 * `onToggle` lets the page give the open panel more room.
 */
export function buildCountryPanel(index: AtlasIndex, onToggle: (open: boolean) => void = () => {}): CountryPanel {
  const ctx: ClaimContext = claimContext(index);
  const panel = el(
    'div',
    { id: 'country-panel', class: 'country-panel', 'data-testid': 'country-panel', hidden: true },
    el('p', { class: 'panel-intro' }, UI.countryIntro),
  );
  // the national figures are fetched the first time the panel opens
  let filled: Promise<void> | undefined;
  const fill = (): Promise<void> =>
    (filled ??= index.claims.ensure([COUNTRY_ID]).then(() => {
      const failed = index.claims.failure(COUNTRY_ID);
      if (failed) {
        filled = undefined;
        panel.replaceChildren(claimsFailedNotice(failed));
        return;
      }
      const claims = index.claimsBySubject.get(COUNTRY_ID) ?? [];
      const blocks = claimsByMetric(claims).map(([metric, list]) => buildMetricBlock(metric, list, ctx, { anchor: true }));
      panel.replaceChildren(el('p', { class: 'panel-intro' }, UI.countryIntro), ...blocks);
    }));
  const button = el(
    'button',
    {
      type: 'button',
      class: 'country-button',
      'data-testid': 'country-button',
      'aria-expanded': 'false',
      'aria-controls': 'country-panel',
    },
    UI.countryButton,
  );
  const setOpen = (open: boolean) => {
    if (open) void fill();
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? UI.countryButtonHide : UI.countryButton;
    onToggle(open);
  };
  button.addEventListener('click', () => setOpen(panel.hidden === true));

  const element = el(
    'section',
    { class: 'panel country', 'aria-labelledby': 'country-heading' },
    el('h2', { id: 'country-heading' }, UI.countryHeading),
    button,
    panel,
  );
  return {
    element,
    open: () => setOpen(true),
    showClaim: (claimId) => {
      setOpen(true);
      void fill().then(() => {
        const row = panel.querySelector<HTMLElement>(`#${CSS.escape(claimAnchorId(claimId))}`);
        if (row) reveal(row, 'center');
      });
    },
  };
}
