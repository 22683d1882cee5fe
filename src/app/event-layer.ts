/**
 * Wiring of the event layers, kept out of main.ts: one state (which events are shown, which cards
 * are open) and the views that follow it — map layers, event cards, the legend section, the layer
 * control and the page address. Like main.ts, this is the one kind of module that imports both
 * `map` and `ui`; nothing but main.ts imports it.
 */
import { UI } from '../i18n/en.ts';
import { formatDate } from '../lib/format.ts';
import { SOURCE } from '../config/layers.ts';
import { eventSubjects, type AtlasIndex } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import type { AtlasMap, EventHit } from '../map/atlas-map.ts';
import type { Store } from './state.ts';
import { eventBounds, lineAnchor } from '../map/event-geometry.ts';
import type { DistrictId, SubjectId } from '../schema/index.ts';
import { el } from '../ui/dom.ts';
import { buildEventCard, focusInCard } from '../ui/event-card.ts';
import { buildEventPopup, type EventRef } from '../ui/event-popup.ts';
import { LayerControl } from '../ui/layer-control.ts';
import { buildEventLegend } from '../ui/legend-events.ts';
import type { LegendControl } from '../ui/legend.ts';

/** Map features of these kinds open the popup of the place, route or measure they draw. */
const REF_KIND: Record<string, EventRef['kind']> = {
  place: 'place',
  uncertainty: 'place',
  'described-area': 'place',
  route: 'route',
  corridor: 'route',
  measure: 'measure',
};

export interface EventLayerDeps {
  data: AtlasData;
  index: AtlasIndex;
  atlasMap: AtlasMap;
  legend: LegendControl;
  /** the page's state: which events are shown lives there */
  store: Store;
  /** a district's label point: where a popup goes when nothing of its event is drawn */
  districtAnchor: (district: DistrictId) => [number, number];
  /** an event popup opened on this mark (the permalink's `sel`) */
  onOpen?: (ref: EventRef) => void;
  /** on the timeline: the first day of an event still to come on its day (the map hides its marks until then), else null */
  notYet?: (eventId: string, day: string) => string | null;
}

export interface EventLayer {
  /** the side-panel host of the open event cards */
  cardHost: HTMLElement;
  control: LayerControl;
  /** a data check's claim about an event, one of its places or its route (or a place the search found); focus returns to `button` */
  openEventSubject(subject: SubjectId, button: HTMLElement): void;
  /** called when a district popup opens: an event popup is no longer the open one */
  forgetOpenPopup(): void;
  /** first render, and (unless `fit` is false: the address gives a camera) the view fitted to the first event shown */
  start(opts?: { fit?: boolean }): void;
  /** opens the popup of a place, route or measure, showing its event first; false if there is no such mark */
  openRef(ref: EventRef): boolean;
}

export function mountEventLayer({ data, index, atlasMap, legend, store, districtAnchor, onOpen, notYet }: EventLayerDeps): EventLayer {
  const events = data.atlas.events;
  /** the map's current centre: the last resort for a popup with nothing to anchor to */
  const centre = (): [number, number] => atlasMap.camera().center;
  const shownNow = (): readonly string[] => store.get().layers;
  const cardOpen = new Set<string>(shownNow());
  /** The event of the open event popup, so that hiding that event closes it. */
  let openEvent: string | undefined;

  const eventOf = (ref: EventRef): string | undefined =>
    ref.kind === 'place'
      ? index.eventPlacesById.get(ref.id)?.event
      : ref.kind === 'route'
        ? index.routesById.get(ref.id)?.event
        : events.find((e) => e.measures.some((m) => m.id === ref.id))?.id;
  const anchorOf = (ref: EventRef): [number, number] => {
    const drawn = ref.kind === 'place' ? index.eventPlacesById.get(ref.id)?.drawn_at : lineAnchor(data.events, ref.kind, ref.id);
    if (drawn) return drawn;
    const eventId = eventOf(ref) ?? '';
    const b = eventBounds(data.events, eventId);
    if (b) return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
    const district = index.eventsById.get(eventId)?.district;
    return district ? districtAnchor(district) : centre();
  };
  const openEventRefs = async (refs: EventRef[], at?: [number, number], returnFocus?: HTMLElement) => {
    const [first] = refs;
    if (!first) return;
    openEvent = eventOf(first);
    await index.claims.ensure(subjectsOf(openEvent));
    const content = buildEventPopup(refs, index, {
      open: (ref, b) => void openEventRefs([ref], undefined, b),
      openCard: (id) => void showCard(id),
    });
    atlasMap.showPopup(at ?? anchorOf(first), content, [{ source: SOURCE.events, id: first.id }], returnFocus);
    onOpen?.(first);
  };

  /** an event's claims are read together: its card and popups cite each other's figures */
  const subjectsOf = (id: string | undefined): SubjectId[] => {
    const e = id ? index.eventsById.get(id) : undefined;
    return e ? eventSubjects(e) : [];
  };

  /** events whose claims are loaded (or failed to): their cards can be built */
  const loaded = new Set<string>();
  const loadEvent = (id: string): Promise<void> =>
    index.claims.ensure(subjectsOf(id)).then(() => {
      loaded.add(id);
    });

  const cards = new Map<string, HTMLElement>();
  const cardHost = el('div', { class: 'event-cards' });
  const cardOf = (id: string): HTMLElement | undefined => {
    const event = index.eventsById.get(id);
    if (!event) return undefined;
    let card = cards.get(id);
    if (!card) {
      card = buildEventCard(event, index, {
        open: (ref, b) => void openEventRefs([ref], undefined, b),
        showOnMap: (eid) => fitEvent(eid, true),
        closed: (eid) => {
          cardOpen.delete(eid);
          render();
          control.focusCardButton(eid);
        },
      });
      // a card whose figures could not be fetched is built again next time (the fetch is tried again)
      if (!index.claims.failure(event.id)) cards.set(id, card);
    }
    return card;
  };
  const fitEvent = (id: string, animate: boolean) => {
    const b = eventBounds(data.events, id);
    if (b) atlasMap.fitTo(b, animate);
  };

  const control = new LayerControl({
    layers: events.map((e) => ({ id: e.id, label: e.short_name })),
    onToggle: (id, on) => setShown(on ? [...shownNow(), id] : shownNow().filter((s) => s !== id), 'user'),
    onShowCard: (id) => void showCard(id),
  });

  /** Puts every view in line with the state: cards, legend, control (the map follows the state itself). */
  function render(): void {
    const shown = shownNow();
    cardHost.replaceChildren(...events.filter((e) => shown.includes(e.id) && cardOpen.has(e.id) && loaded.has(e.id)).flatMap((e) => cardOf(e.id) ?? []));
    const day = store.get().date;
    // an event the timeline's day has not reached is not drawn: its legend says when it comes instead
    const sections = events
      .filter((e) => shown.includes(e.id))
      .map((e) => {
        const from = day === null ? null : (notYet?.(e.id, day) ?? null);
        return from !== null
          ? el('p', { class: 'legend-sub', 'data-testid': 'legend-event-later' }, UI.eventLater(e.short_name, formatDate(from)))
          : buildEventLegend(e.short_name, data.events.features.filter((f) => f.properties.event === e.id).map((f) => f.properties));
      });
    legend.setEventSection(sections.length ? el('div', {}, ...sections) : null);
    control.sync(shown, (id) => cardOpen.has(id));
  }

  /** Shows exactly these events (in the data's order); a newly shown one opens its card and, unless a link restores its own camera, brings it into view. */
  function setShown(ids: readonly string[], cause: 'user' | 'subject'): void {
    const before = shownNow();
    const added = ids.filter((id) => !before.includes(id));
    for (const id of added) cardOpen.add(id);
    store.update({ layers: events.map((e) => e.id).filter((id) => ids.includes(id)) });
    const first = added[0];
    if (first) fitEvent(first, cause === 'user');
  }
  // whatever changed the shown events (the control, a check, a restored link), the views follow
  store.subscribe((next, prev) => {
    if (next.date !== prev.date && next.layers === prev.layers) return render();
    if (next.layers === prev.layers) return;
    const removed = prev.layers.filter((id) => !next.layers.includes(id));
    for (const id of next.layers.filter((id) => !prev.layers.includes(id))) {
      cardOpen.add(id);
      if (!loaded.has(id)) void loadEvent(id).then(render);
    }
    for (const id of removed) cardOpen.delete(id);
    if (removed.length > 0 && openEvent !== undefined && removed.includes(openEvent)) atlasMap.closePopup();
    render();
  });

  const openRef = (ref: EventRef): boolean => {
    const eventId = eventOf(ref);
    if (!eventId) return false;
    if (!shownNow().includes(eventId)) setShown([...shownNow(), eventId], 'subject');
    void openEventRefs([ref]);
    return true;
  };

  async function showCard(id: string, claimId?: string): Promise<void> {
    await loadEvent(id);
    if (!shownNow().includes(id)) setShown([...shownNow(), id], 'subject');
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
    void openEventRefs(refs, at);
  });

  return {
    cardHost,
    control,
    openEventSubject: (subject, button) => {
      const event = index.eventsById.get(subject);
      if (event) return void showCard(event.id, button.dataset.claimId);
      const ref: EventRef | undefined = index.eventPlacesById.has(subject)
        ? { kind: 'place', id: subject }
        : index.routesById.has(subject)
          ? { kind: 'route', id: subject }
          : undefined;
      const eventId = ref ? eventOf(ref) : undefined;
      if (!ref || !eventId) return;
      if (!shownNow().includes(eventId)) setShown([...shownNow(), eventId], 'subject');
      void openEventRefs([ref], undefined, button);
    },
    forgetOpenPopup: () => {
      openEvent = undefined;
    },
    start: ({ fit = true } = {}) => {
      render();
      // an event named in the address is what the reader came to see: open on it (after the
      // controls exist, so the fit keeps clear of them)
      const first = shownNow()[0];
      if (first && fit) fitEvent(first, false);
      // its card is read at once: its claims are fetched now
      for (const id of shownNow()) void loadEvent(id).then(render);
    },
    openRef,
  };
}
