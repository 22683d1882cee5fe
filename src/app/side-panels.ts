/**
 * The side panel as both pages build it (with a map, and without one): the district list, the
 * data-quality summary and view, the national figures, and the footer. Where a figure opens is
 * the page's to say: a popup on the map, or the panel that stands in for it.
 */
import { isPlace, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { targetDistrict, type SearchTarget } from '../data/search-entries.ts';
import { UI } from '../i18n/en.ts';
import { COUNTRY_ID, type Claim } from '../schema/index.ts';
import { buildCountryPanel } from '../ui/country-panel.ts';
import { buildDistrictList } from '../ui/district-list.ts';
import { focusClaimIn } from '../ui/focus-claim.ts';
import { mountQualityView, type QualityEvents, type QualityView } from '../ui/quality-view.ts';
import type { PlaceTable } from '../ui/place-table.ts';
import type { Shell } from '../ui/shell.ts';
import { buildPlacesTabs } from './table-view.ts';

export interface SidePanelDeps {
  shell: Shell;
  index: AtlasIndex;
  /** opens a district's figures and returns their element (for the figure a check points at) */
  showPlace(id: PlaceId, button?: HTMLElement): HTMLElement;
  /** a figure about an event, one of its places or its route */
  showEventClaim(claim: Claim, button: HTMLButtonElement): void;
  /** placed above the district list (the event card's host) */
  before?: readonly HTMLElement[];
  qualityEvents?: QualityEvents;
  /** brings a place chosen in the table into view (the map flies to it) */
  flyTo?(id: PlaceId): void;
  /** where the place search leads on the map (src/app/search-go.ts); without a map, the district's figures open */
  goTo?(target: SearchTarget, from: HTMLElement): void;
}

export function mountSidePanels({ shell, index, showPlace, showEventClaim, before = [], qualityEvents, flyTo, goTo }: SidePanelDeps): { list: HTMLElement; quality: QualityView; table: PlaceTable } {
  // the national figures and the table each need a wide panel: it narrows when neither is shown
  const wide = { country: false, table: false };
  const setWide = (part: keyof typeof wide, on: boolean) => {
    wide[part] = on;
    shell.setSidebarWide(wide.country || wide.table);
  };
  const country = buildCountryPanel(index, (open) => setWide('country', open));
  const quality = mountQualityView(
    index,
    {
      showClaim: (claim, button) => {
        const within = index.areasById.get(claim.subject)?.within;
        // a town's figures are in the popup of the district it lies in, the other areas' in the national panel
        if (within) focusClaimIn(showPlace(within, button), claim.id);
        else if (claim.subject === COUNTRY_ID || index.areasById.has(claim.subject)) country.showClaim(claim.id);
        else if (isPlace(claim.subject)) focusClaimIn(showPlace(claim.subject, button), claim.id);
        else showEventClaim(claim, button);
      },
      showPlace: (id, button) => void showPlace(id, button),
    },
    qualityEvents,
  );
  // a legend names the areas a theme cannot shade: each opens its figures in the national panel
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest<HTMLElement>('[data-open-area]');
    const id = button?.dataset.openArea;
    if (id === undefined) return;
    if (id === COUNTRY_ID) country.open();
    else country.showArea(id);
  });
  const list = buildDistrictList(index, {
    openPlace: (id, button) => void showPlace(id, button),
    go: ({ target }, from) => {
      // an area with no outline and no district to open: its figures are in the national panel
      if (target.kind === 'area' && target.within === null) return country.showArea(target.id);
      if (goTo) return goTo(target, from);
      const id = targetDistrict(target, index);
      if (id) showPlace(id, from);
    },
  });
  const openFromTable = (id: PlaceId, button: HTMLElement) => {
    showPlace(id, button);
    flyTo?.(id);
  };
  const places = buildPlacesTabs({ index, list, setWide: (on) => setWide('table', on), openPlace: openFromTable });
  shell.sidebar.append(...before, places.element, quality.summary, country.element);
  shell.setFooter(index.version, UI.sourcesCount(index.atlas.counts.sources, index.atlas.counts.claims));
  return { list, quality, table: places.table };
}
