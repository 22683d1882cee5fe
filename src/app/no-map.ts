/**
 * The atlas without its map: when the browser has no WebGL, or MapLibre cannot start, the page
 * says so and keeps every figure readable. The side list, the national figures and the
 * data-quality view work as usual; a district's popup opens in a panel where the map would be.
 */
import { claimContext, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { buildClaimRow } from '../ui/claim-rows.ts';
import { el } from '../ui/dom.ts';
import { buildPopup } from '../ui/popup.ts';
import { subjectName } from '../ui/quality-check.ts';
import type { PlaceTable } from '../ui/place-table.ts';
import type { Shell } from '../ui/shell.ts';
import { mountSidePanels } from './side-panels.ts';

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
  let table: PlaceTable | undefined;
  const showPlace = (id: PlaceId): HTMLElement => {
    // the table's row of the place shown here is marked, as a click on the map marks it
    table?.select(id);
    const content = buildPopup([id], index, { openPlace: (other) => showPlace(other) });
    show(content);
    return content;
  };
  table = mountSidePanels({
    shell,
    index,
    showPlace,
    // an event's figure, with no map to show its place on: the figure itself, under its subject
    showEventClaim: (claim) =>
      show(el('div', { class: 'atlas-popup' }, el('h2', {}, subjectName(index, claim.subject)), el('ul', { class: 'claims' }, buildClaimRow(claim, claimContext(index))))),
  }).table;
  shell.setLoading(false);
  document.documentElement.dataset.mapReady = 'unavailable';
}
