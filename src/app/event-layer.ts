/**
 * Wiring of the event layers, kept out of main.ts: one state (which events are shown, which cards
 * are open) and the views that follow it — map layers, event cards, the legend section, the layer
 * control and the page address. Like main.ts, this is the one kind of module that imports both
 * `map` and `ui`; nothing but main.ts imports it.
 */
import { SOURCE } from '../config/layers.ts';
import type { AtlasIndex } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import { UI } from '../i18n/en.ts';
import type { AtlasMap, EventHit } from '../map/atlas-map.ts';
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
  /** events shown at load (from the address) */
  initial: readonly string[];
  /** a district's label point: where a popup goes when nothing of its event is drawn */
  districtAnchor: (district: DistrictId) => [number, number];
  /** an event popup opened on this mark (the permalink's `sel`) */
  onOpen?: (ref: EventRef) => void;
}

export interface EventLayer {
  /** the side-panel host of the open event cards */
  cardHost: HTMLElement;
  control: LayerControl;
  /** a data check's claim about an event, one of its places or its route */
  openEventSubject(subject: SubjectId, button: HTMLButtonElement): void;
  /** called when a district popup opens: an event popup is no longer the open one */
  forgetOpenPopup(): void;
  /** first render, and (unless `fit` is false: the address gives a camera) the view fitted to the first event shown */
  start(opts?: { fit?: boolean }): void;
  /** the events shown, in the data's order */
  shown(): readonly string[];
  /** shows exactly these events (a permalink being restored) */
  setShown(ids: readonly string[]): void;
  /** called after the shown events change, whatever changed them (the permalink follows) */
  onChange(handler: (shown: readonly string[]) => void): void;
  /** opens the popup of a place, route or measure, showing its event first; false if there is no such mark */
  openRef(ref: EventRef): boolean;
}

export function mountEventLayer({ data, index, atlasMap, legend, initial, districtAnchor, onOpen }: EventLayerDeps): EventLayer {
  const events = data.atlas.events;
  /** the map's current centre: the last resort for a popup with nothing to anchor to */
  const centre = (): [number, number] => {
    const c = atlasMap.map.getCenter();
    return [c.lng, c.lat];
  };
  let shown: string[] = [...initial];
  const cardOpen = new Set<string>(shown);
  const eventOptions = () => ({ shown, describedSuffix: UI.eventDescribedSuffix });
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
  const openEventRefs = (refs: EventRef[], at?: [number, number], returnFocus?: HTMLElement) => {
    const [first] = refs;
    if (!first) return;
    openEvent = eventOf(first);
    const content = buildEventPopup(refs, index, {
      open: (ref, b) => openEventRefs([ref], undefined, b),
      openCard: (id) => showCard(id),
    });
    atlasMap.showPopup(at ?? anchorOf(first), content, [{ source: SOURCE.events, id: first.id }], returnFocus);
    onOpen?.(first);
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

  const control = new LayerControl({
    layers: events.map((e) => ({ id: e.id, label: e.short_name })),
    onToggle: (id, on) => setShown(on ? [...shown, id] : shown.filter((s) => s !== id), 'user'),
    onShowCard: (id) => showCard(id),
  });

  /** Puts every view in line with the state: map layers, cards, legend, control. */
  function render(): void {
    atlasMap.setEvents(eventOptions());
    cardHost.replaceChildren(...events.filter((e) => shown.includes(e.id) && cardOpen.has(e.id)).flatMap((e) => cardOf(e.id) ?? []));
    const sections = events
      .filter((e) => shown.includes(e.id))
      .map((e) => buildEventLegend(e.short_name, data.events.features.filter((f) => f.properties.event === e.id).map((f) => f.properties)));
    legend.setEventSection(sections.length ? el('div', {}, ...sections) : null);
    control.sync(shown, (id) => cardOpen.has(id));
  }

  const changeHandlers: Array<(shown: readonly string[]) => void> = [];

  function setShown(ids: readonly string[], cause: 'user' | 'subject' | 'link'): void {
    const added = ids.filter((id) => !shown.includes(id));
    const removed = shown.filter((id) => !ids.includes(id));
    shown = events.map((e) => e.id).filter((id) => ids.includes(id));
    for (const id of added) cardOpen.add(id);
    for (const id of removed) cardOpen.delete(id);
    if (removed.length > 0 && openEvent !== undefined && removed.includes(openEvent)) atlasMap.closePopup();
    render();
    // the address follows through the permalink (src/app/permalink.ts), the one writer of the URL
    for (const h of changeHandlers) h(shown);
    const first = added[0];
    // a restored link sets its own camera afterwards: no fit
    if (first && cause !== 'link') fitEvent(first, cause === 'user');
  }

  const openRef = (ref: EventRef): boolean => {
    const eventId = eventOf(ref);
    if (!eventId) return false;
    if (!shown.includes(eventId)) setShown([...shown, eventId], 'subject');
    openEventRefs([ref]);
    return true;
  };

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

  return {
    cardHost,
    control,
    openEventSubject: (subject, button) => {
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
    },
    forgetOpenPopup: () => {
      openEvent = undefined;
    },
    start: ({ fit = true } = {}) => {
      render();
      // an event named in the address is what the reader came to see: open on it (after the
      // controls exist, so the fit keeps clear of them)
      if (shown[0] && fit) fitEvent(shown[0], false);
    },
    shown: () => shown,
    setShown: (ids) => setShown(ids, 'link'),
    onChange: (handler) => {
      changeHandlers.push(handler);
    },
    openRef,
  };
}
