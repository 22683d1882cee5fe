/**
 * Wiring only: config → data → map → ui. Everything else lives in the modules it imports.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE } from './config/layers.ts';
import { EVENT } from './config/palette.ts';
import { COUNTRY_LABEL_POINTS } from './config/view.ts';
import { indexAtlas, type PlaceId } from './data/index-claims.ts';
import { countryLabelPoints, districtLabelPoints } from './data/label-points.ts';
import { loadAtlasData, type AtlasData } from './data/load.ts';
import { UI } from './i18n/en.ts';
import { layersParam, parseUrlParams, withParam } from './lib/url-params.ts';
import { createAtlasMap, type EventHit } from './map/atlas-map.ts';
import { eventBounds, lineAnchor } from './map/event-geometry.ts';
import type { SubjectId } from './schema/index.ts';
import { describedLabelPoints } from './style/event-layers.ts';
import { buildStyle } from './style/index.ts';
import { buildChecks } from './ui/checks.ts';
import { buildCountryPanel } from './ui/country-panel.ts';
import { buildDistrictList } from './ui/district-list.ts';
import { el } from './ui/dom.ts';
import { buildEventCard, focusInCard } from './ui/event-card.ts';
import { buildEventPopup, type EventRef } from './ui/event-popup.ts';
import { LayerControl } from './ui/layer-control.ts';
import { buildEventLegend } from './ui/legend-events.ts';
import { LegendControl } from './ui/legend.ts';
import { buildPopup } from './ui/popup.ts';
import { mountShell } from './ui/shell.ts';
import { buildUrlNotice } from './ui/url-notice.ts';
import './ui/atlas.css';

declare global {
  interface Window {
    /** for the e2e tests (map.project, getPaintProperty) */
    __atlas: { map: MapLibreMap };
  }
}

/** Map features of these kinds open the popup of the place, route or measure they draw. */
const REF_KIND: Record<string, EventRef['kind']> = {
  place: 'place',
  uncertainty: 'place',
  'described-area': 'place',
  route: 'route',
  corridor: 'route',
  measure: 'measure',
};

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  // the card's timeline and the layer checkbox take the map's event colour, from the one constant
  document.documentElement.style.setProperty('--event-ink', EVENT.ink);
  const shell = mountShell(root);

  let data: AtlasData;
  try {
    data = await loadAtlasData(import.meta.env.BASE_URL);
  } catch (e) {
    shell.showError(e instanceof Error ? e.message : String(e));
    return;
  }
  const index = indexAtlas(data);
  const events = data.atlas.events;

  // the address: `?layers=khojaly-1992` shows the event at load; what is not understood is named
  const url = parseUrlParams(window.location.search, { layers: events.map((e) => e.id) });
  let shown: string[] = url.state.layers;
  const cardOpen = new Set<string>(shown);
  const eventOptions = () => ({ shown, describedSuffix: UI.eventDescribedSuffix });

  const style = buildStyle({
    districts: data.districts,
    context: data.context,
    districtLabels: districtLabelPoints(data.districts),
    countryLabels: countryLabelPoints(data.context, COUNTRY_LABEL_POINTS),
    fontBaseUrl: new URL(`${import.meta.env.BASE_URL}fonts/`, window.location.href).href,
    events: data.events,
    eventLabels: describedLabelPoints(events.flatMap((e) => e.places)),
    eventOptions: eventOptions(),
  });
  const atlasMap = createAtlasMap(shell.mapContainer, style, [UI.attributionBoundaries, UI.attributionFont, UI.attributionGeoNames]);
  window.__atlas = { map: atlasMap.map };
  const notice = buildUrlNotice(url.ignored);
  if (notice) shell.mapContainer.after(notice);

  const isPlace = (id: string): id is PlaceId => index.districtsById.has(id as PlaceId);
  const labelPoint = (id: PlaceId): [number, number] => {
    const p = index.propsById.get(id);
    return p ? [p.label_lon, p.label_lat] : [0, 0];
  };
  /** The event of the open event popup, so that hiding that event closes it (none for a district's). */
  let openEvent: string | undefined;
  const openPlaces = (ids: PlaceId[], at: [number, number], returnFocus?: HTMLElement) => {
    openEvent = undefined;
    const content = buildPopup(ids, index, { openPlace: (id) => openPlaces([id], labelPoint(id), returnFocus) });
    atlasMap.showPopup(at, content, ids.map((id) => ({ source: SOURCE.districts, id })), returnFocus);
  };
  const openAtLabel = (id: PlaceId, button?: HTMLElement) => openPlaces([id], labelPoint(id), button);

  // --- the event layers: one state (which events are shown, which cards are open), many views
  const eventOf = (ref: EventRef): string | undefined =>
    ref.kind === 'place' ? index.eventPlacesById.get(ref.id)?.event : ref.kind === 'route' ? index.routesById.get(ref.id)?.event : events.find((e) => e.measures.some((m) => m.id === ref.id))?.id;
  const anchorOf = (ref: EventRef): [number, number] => {
    const drawn = ref.kind === 'place' ? index.eventPlacesById.get(ref.id)?.drawn_at : lineAnchor(data.events, ref.kind, ref.id);
    if (drawn) return drawn;
    const b = eventBounds(data.events, eventOf(ref) ?? '');
    return b ? [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] : labelPoint('khojaly');
  };
  const openEventRefs = (refs: EventRef[], at?: [number, number], returnFocus?: HTMLElement) => {
    const [first] = refs;
    if (!first) return;
    openEvent = eventOf(first);
    const content = buildEventPopup(refs, index, {
      open: (ref, b) => openEventRefs([ref], undefined, b),
      openCard: (id) => showCard(id),
    });
    atlasMap.showPopup(at ?? anchorOf(first), content, [{ source: SOURCE.events, id: first.id }], returnFocus);
  };

  const cards = new Map<string, HTMLElement>();
  const cardHost = el('div', { class: 'event-cards' });
  const cardOf = (id: string): HTMLElement | undefined => {
    const event = index.eventsById.get(id);
    if (!event) return undefined;
    let card = cards.get(id);
    if (!card) {
      card = buildEventCard(event, index, {
        open: (ref, b) => openEventRefs([ref], undefined, b),
        showOnMap: (eid) => fitEvent(eid, true),
        closed: (eid) => {
          cardOpen.delete(eid);
          render();
          control.focusCardButton(eid);
        },
      });
      cards.set(id, card);
    }
    return card;
  };
  const fitEvent = (id: string, animate: boolean) => {
    const b = eventBounds(data.events, id);
    if (b) atlasMap.fitTo(b, animate);
  };

  const legend = new LegendControl();
  const control = new LayerControl({
    layers: events.map((e) => ({ id: e.id, label: e.short_name })),
    onToggle: (id, on) => setShown(on ? [...shown, id] : shown.filter((s) => s !== id), 'user'),
    onShowCard: (id) => showCard(id),
  });

  /** Puts every view in line with the state: map layers, cards, legend, control, address. */
  function render(): void {
    atlasMap.setEvents(eventOptions());
    cardHost.replaceChildren(...events.filter((e) => shown.includes(e.id) && cardOpen.has(e.id)).map((e) => cardOf(e.id)!));
    const sections = events
      .filter((e) => shown.includes(e.id))
      .map((e) => buildEventLegend(e.short_name, data.events.features.filter((f) => f.properties.event === e.id).map((f) => f.properties)));
    legend.setEventSection(sections.length ? el('div', {}, ...sections) : null);
    control.sync(shown, (id) => cardOpen.has(id));
  }

  function setShown(ids: string[], cause: 'user' | 'subject'): void {
    const added = ids.filter((id) => !shown.includes(id));
    const removed = shown.filter((id) => !ids.includes(id));
    shown = events.map((e) => e.id).filter((id) => ids.includes(id));
    for (const id of added) cardOpen.add(id);
    for (const id of removed) cardOpen.delete(id);
    if (removed.length > 0 && openEvent !== undefined && removed.includes(openEvent)) atlasMap.closePopup();
    render();
    // replaceState: toggling a layer is not a page the reader goes "back" to
    const search = withParam(window.location.search, 'layers', layersParam(shown));
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    const first = added[0];
    if (first) fitEvent(first, cause === 'user');
  }

  function showCard(id: string, claimId?: string): void {
    if (!shown.includes(id)) setShown([...shown, id], 'subject');
    cardOpen.add(id);
    render();
    const card = cardOf(id);
    if (card) focusInCard(card, claimId);
  }

  atlasMap.onEventsClicked((hits: EventHit[], at) => {
    const refs: EventRef[] = [];
    for (const h of hits) {
      const kind = REF_KIND[h.kind];
      if (kind && !refs.some((r) => r.kind === kind && r.id === h.id)) refs.push({ kind, id: h.id });
    }
    openEventRefs(refs, at);
  });
  atlasMap.onPlacesClicked((ids, at) => {
    const places = ids.filter(isPlace);
    if (places.length > 0) openPlaces(places, at);
  });
  atlasMap.addControl(control, 'top-left');
  atlasMap.addControl(legend, 'bottom-right');

  /** A claim in the data checks about an event, one of its places or its route. */
  const openEventSubject = (subject: SubjectId, button: HTMLButtonElement) => {
    const event = index.eventsById.get(subject);
    if (event) return showCard(event.id, button.dataset.claimId);
    const ref: EventRef | undefined = index.eventPlacesById.has(subject)
      ? { kind: 'place', id: subject }
      : index.routesById.has(subject)
        ? { kind: 'route', id: subject }
        : undefined;
    const eventId = ref ? eventOf(ref) : undefined;
    if (!ref || !eventId) return;
    if (!shown.includes(eventId)) setShown([...shown, eventId], 'subject');
    openEventRefs([ref], undefined, button);
  };

  const country = buildCountryPanel(index, shell.setSidebarWide);
  shell.sidebar.append(
    cardHost,
    buildDistrictList(index, { openPlace: openAtLabel }),
    buildChecks(index, { openPlace: openAtLabel, showCountryClaim: country.showClaim, openEventSubject }),
    country.element,
  );
  shell.setFooter(index.version, UI.sourcesCount(data.atlas.sources.length, data.atlas.claims.length));
  render();
  // an event named in the address is what the reader came to see: open on it (after the controls
  // exist, so the fit keeps clear of them)
  if (shown[0]) fitEvent(shown[0], false);

  await atlasMap.ready;
  shell.setLoading(false);
  document.documentElement.dataset.mapReady = 'true';
}

main().catch((e: unknown) => {
  console.error(e);
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'error-panel';
  alert.textContent = `The map could not start: ${e instanceof Error ? e.message : String(e)}`;
  document.body.append(alert);
});
