/**
 * The atlas without its map: when the browser has no WebGL, or MapLibre cannot start, the page
 * says so and keeps every figure readable. The side list, the national figures and the
 * data-quality view work as usual; a district's popup opens in a panel where the map would be.
 * A link opens what it selected there too (`sel=district:lachin`, a check, an event's place,
 * route or measure): a link someone sent is read the same with or without a map.
 */
import { claimContext, eventSubjects, isPlace, subjectName, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import { UI } from '../i18n/en.ts';
import type { Selection } from '../lib/permalink.ts';
import { buildClaimRow } from '../ui/claim-rows.ts';
import { el } from '../ui/dom.ts';
import { eventClaims } from '../ui/event-claims.ts';
import { buildEventPopup, type EventRef } from '../ui/event-popup.ts';
import { buildPopup } from '../ui/popup.ts';
import type { PlaceTable } from '../ui/place-table.ts';
import type { Shell } from '../ui/shell.ts';
import { buildUrlNotice } from '../ui/url-notice.ts';
import { LANG, vocabulary } from './permalink.ts';
import { mountSidePanels } from './side-panels.ts';
import { INITIAL_STATE, readAddress } from './state.ts';

export function mountWithoutMap(shell: Shell, data: AtlasData, index: AtlasIndex, reason: string): void {
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
  // an event's figures, with no map and no card to show them on: each under its subject
  const claimList = (title: string, claims: Parameters<typeof buildClaimRow>[0][]) =>
    el('div', { class: 'atlas-popup', 'data-testid': 'popup' }, el('h2', {}, title), el('ul', { class: 'claims' }, ...claims.map((c) => buildClaimRow(c, claimContext(index)))));
  const showEvent = async (eventId: string) => {
    const event = index.eventsById.get(eventId);
    if (!event) return;
    await index.claims.ensure(eventSubjects(event));
    show(claimList(event.name_en, eventClaims(index, event)));
  };
  const showRef = async (ref: EventRef) => {
    const eventId = ref.kind === 'place' ? index.eventPlacesById.get(ref.id)?.event : ref.kind === 'route' ? index.routesById.get(ref.id)?.event : data.atlas.events.find((e) => e.measures.some((m) => m.id === ref.id))?.id;
    const event = eventId ? index.eventsById.get(eventId) : undefined;
    if (event) await index.claims.ensure(eventSubjects(event));
    show(buildEventPopup([ref], index, { open: (r) => void showRef(r), openCard: (id) => void showEvent(id) }));
  };
  const panels = mountSidePanels({
    shell,
    index,
    showPlace,
    showEventClaim: (claim) => show(claimList(subjectName(index, claim.subject), [claim])),
  });
  table = panels.table;
  const { quality } = panels;

  // what the link selected opens in the panel; what it could not read is named, as with a map
  const { state, link } = readAddress(window.location.search, vocabulary(data, index), { ...INITIAL_STATE, lang: LANG });
  const notice = buildUrlNotice(link.ignored, link.version);
  if (notice) shell.mapContainer.after(notice);
  openSelection(state.selected, {
    place: (id) => showPlace(id),
    check: (id) => quality.open(id),
    event: (ref) => void showRef(ref),
  });
  shell.setLoading(false);
  document.documentElement.dataset.mapReady = 'unavailable';
}

/** Opens a link's selection with the map's openers or the panel's. */
function openSelection(
  sel: Selection | null,
  open: { place(id: PlaceId): void; check(id: string): void; event(ref: EventRef): void },
): void {
  if (!sel) return;
  if (sel.kind === 'district') {
    if (isPlace(sel.id)) open.place(sel.id);
  } else if (sel.kind === 'check') open.check(sel.id);
  else open.event({ kind: sel.kind, id: sel.id });
}
