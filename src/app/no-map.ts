/**
 * The atlas without its map: when the browser has no WebGL, or MapLibre cannot start, the page
 * says so and keeps every figure readable. The side list, the national figures and the
 * data-quality view work as usual; a district's popup opens in a panel where the map would be.
 */
import { claimContext, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { COUNTRY_ID } from '../schema/index.ts';
import { buildClaimRow } from '../ui/claim-rows.ts';
import { buildCountryPanel } from '../ui/country-panel.ts';
import { buildDistrictList } from '../ui/district-list.ts';
import { el } from '../ui/dom.ts';
import { focusClaimIn } from '../ui/focus-claim.ts';
import { buildPopup } from '../ui/popup.ts';
import { isPlace, subjectName } from '../ui/quality-check.ts';
import { mountQualityView } from '../ui/quality-view.ts';
import type { Shell } from '../ui/shell.ts';

export function mountWithoutMap(shell: Shell, index: AtlasIndex, reason: string): void {
  const panel = el('section', { class: 'figures-panel', 'data-testid': 'figures-panel', 'aria-live': 'polite', tabindex: -1 }, el('p', {}, UI.figuresPanelEmpty));
  // the message stays above the figures, in the flow: a district's figures never slide under it
  const message = el(
    'div',
    { class: 'error-panel error-panel-inline', role: 'alert', 'data-testid': 'error-panel' },
    el('h2', {}, UI.noMapTitle),
    el('p', { class: 'error-message' }, reason),
  );
  shell.mapContainer.classList.add('map-unavailable');
  shell.mapContainer.append(el('div', { class: 'no-map' }, message, panel));

  const show = (content: HTMLElement) => {
    panel.replaceChildren(content);
    panel.focus({ preventScroll: true });
    panel.scrollTop = 0;
  };
  const showPlace = (id: PlaceId): HTMLElement => {
    const content = buildPopup([id], index, { openPlace: (other) => showPlace(other) });
    show(content);
    return content;
  };
  const country = buildCountryPanel(index, shell.setSidebarWide);
  const quality = mountQualityView(index, index.checks, claimContext(index), {
    showClaim: (claim) => {
      if (claim.subject === COUNTRY_ID) country.showClaim(claim.id);
      else if (isPlace(claim.subject)) focusClaimIn(showPlace(claim.subject), claim.id);
      // an event's figure, with no map to show its place on: the figure itself, under its subject
      else show(el('div', { class: 'atlas-popup' }, el('h2', {}, subjectName(index, claim.subject)), el('ul', { class: 'claims' }, buildClaimRow(claim, claimContext(index)))));
    },
    showPlace: (id) => void showPlace(id),
  });
  shell.sidebar.append(buildDistrictList(index, { openPlace: (id) => void showPlace(id) }), quality.summary, country.element);
  shell.setFooter(index.version, UI.sourcesCount(index.atlas.sources.length, index.atlas.claims.length));
  shell.setLoading(false);
  document.documentElement.dataset.mapReady = 'unavailable';
}
