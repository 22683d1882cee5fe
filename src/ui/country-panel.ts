import type { AtlasIndex } from '../data/index-claims.ts';
import { claimContext, claimsByMetric, subjectName } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { COUNTRY_ID, type Claim } from '../schema/index.ts';
import { areaAnchorId, buildAreaBlock } from './area-block.ts';
import { buildClaimRow, buildMetricBlock, claimAnchorId, claimsFailedNotice, type ClaimContext } from './claim-rows.ts';
import { el } from './dom.ts';
import { reveal } from './focus-claim.ts';

/**
 * A metric's national figures in time order: by the date each describes (`as_of`, ISO, so a year
 * sorts before a month of it), else the year it was stated; undated figures last. Figures of the
 * same date keep the data's order (Array.prototype.sort is stable).
 */
export function byDate<T extends Pick<Claim, 'as_of' | 'claimed_year'>>(claims: readonly T[]): T[] {
  const key = (c: T): string | null => c.as_of ?? (c.claimed_year === null ? null : String(c.claimed_year));
  return [...claims].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

export interface CountryPanel {
  element: HTMLElement;
  open(): void;
  /** open the panel and move focus to one claim's row */
  showClaim(claimId: string): void;
  /** open the panel at an area the map draws no outline for */
  showArea(areaId: string): void;
}

/**
 * National claims about Azerbaijan as a whole, the 1993 Security Council resolutions and the areas
 * the sources name without an outline (Armenia, de facto regions, both sides together), with the
 * same metric blocks as the popups.
 * `onToggle` lets the page give the open panel more room.
 */
export function buildCountryPanel(index: AtlasIndex, onToggle: (open: boolean) => void = () => {}): CountryPanel {
  const ctx: ClaimContext = claimContext(index);
  const panel = el(
    'div',
    { id: 'country-panel', class: 'country-panel', 'data-testid': 'country-panel', hidden: true },
    el('p', { class: 'panel-intro' }, UI.countryIntro),
  );
  const filed = new Set<string>(index.atlas.claim_files);
  // areas a district popup already shows (a town in it) are not repeated here
  const areas = index.atlas.areas.filter((a) => filed.has(a.id) && a.within === null);
  const resolutions = index.atlas.resolutions;
  const subjects = [...new Set([COUNTRY_ID, ...resolutions.map((r) => r.subject), ...areas.map((a) => a.id)])];
  // the national figures are fetched the first time the panel opens
  let filled: Promise<void> | undefined;
  const fill = (): Promise<void> =>
    (filled ??= index.claims.ensure(subjects).then(() => {
      const failed = index.claims.failure(COUNTRY_ID);
      if (failed) {
        filled = undefined;
        panel.replaceChildren(claimsFailedNotice(failed));
        return;
      }
      const claims = index.claimsBySubject.get(COUNTRY_ID) ?? [];
      const blocks = claimsByMetric(claims).map(([metric, list]) => buildMetricBlock(metric, byDate(list), ctx, { anchor: true }));
      // a resolution filed under each place it names (884: Zəngilan and Horadiz) is listed once, with all of them
      const bySource = new Map<string, { claim: Claim; places: string[] }>();
      for (const r of resolutions) {
        const claim = index.claimsById.get(r.claim);
        if (!claim) continue;
        const entry = bySource.get(claim.source) ?? { claim, places: [] };
        entry.places.push(subjectName(index, r.subject));
        bySource.set(claim.source, entry);
      }
      const resolutionRows = [...bySource.values()].map(({ claim, places }) => buildClaimRow(claim, ctx, { where: `(${places.join(', ')})` }));
      const sections = [
        el('p', { class: 'panel-intro' }, UI.countryIntro),
        ...blocks,
        resolutionRows.length
          ? el('section', { class: 'resolutions', 'data-testid': 'resolutions' }, el('h3', {}, UI.resolutionsHeading), el('p', { class: 'panel-intro' }, UI.resolutionsIntro), el('ul', { class: 'claims' }, ...resolutionRows))
          : null,
        areas.length
          ? el('section', { class: 'areas-panel', 'data-testid': 'areas-panel' }, el('h3', {}, UI.areasHeading), el('p', { class: 'panel-intro' }, UI.areasIntro), ...areas.map((a) => buildAreaBlock(a, index, ctx, { anchor: true })))
          : null,
      ];
      panel.replaceChildren(...sections.filter((n): n is HTMLElement => n !== null));
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
    el('h2', { id: 'country-heading' }, UI.countryPanelHeading),
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
    showArea: (areaId) => {
      setOpen(true);
      void fill().then(() => {
        const block = panel.querySelector<HTMLElement>(`#${CSS.escape(areaAnchorId(areaId))}`);
        if (block) reveal(block, 'start');
      });
    },
  };
}
