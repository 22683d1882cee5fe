import type { LngLat, Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { CLICKABLE_LAYERS, EVENT_CLICKABLE_LAYERS, SOURCE } from '../config/layers.ts';

/** A mark of the event layer under the pointer, as its feature says: kind and id. */
export interface EventHit {
  kind: string;
  id: string;
}

export interface ClickHandlers {
  /** districts under a click where no event mark is */
  places(ids: string[], at: LngLat): void;
  /** event marks under a click, most specific first; they outrank the district under them */
  events(hits: EventHit[], at: LngLat): void;
  /** the district the pointer came to rest over (its figures may be fetched ahead of a click) */
  hover?(id: string): void;
}

/** Pixels around the pointer that still count as on a mark: a 2 px dashed line is hard to hit. */
const EVENT_TOLERANCE_PX = 5;

/** Place ids under a point, rayon first then the NKAO outline, each once. */
function placesAt(map: MapLibreMap, point: MapMouseEvent['point']): string[] {
  const layers = CLICKABLE_LAYERS as readonly string[];
  const hits = map.queryRenderedFeatures(point, { layers: [...layers] });
  const ranked = hits
    .map((f) => ({ id: String(f.properties.id ?? f.id), rank: layers.indexOf(f.layer.id) }))
    .sort((a, b) => a.rank - b.rank);
  return [...new Set(ranked.map((h) => h.id))];
}

/** Event marks near a point, ranked by EVENT_CLICKABLE_LAYERS, each (kind, id) once. Hidden layers hit nothing. */
function eventsAt(map: MapLibreMap, point: MapMouseEvent['point']): EventHit[] {
  const layers = EVENT_CLICKABLE_LAYERS as readonly string[];
  const t = EVENT_TOLERANCE_PX;
  const box: [PointLike, PointLike] = [
    [point.x - t, point.y - t],
    [point.x + t, point.y + t],
  ];
  const hits = map
    .queryRenderedFeatures(box, { layers: [...layers] })
    .map((f) => ({ kind: String(f.properties.kind), id: String(f.properties.id), rank: layers.indexOf(f.layer.id) }))
    .sort((a, b) => a.rank - b.rank);
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.kind}:${h.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The one click router and the hover state: a click on an event mark goes to `events`, else the
 * districts hit go to `places`; hovering outlines the district under the pointer (not while over
 * an event mark, whose click would win) and shows a pointer cursor over anything clickable.
 */
export function installInteractions(map: MapLibreMap, on: ClickHandlers): void {
  let hovered: string | undefined;
  const setHover = (id: string | undefined, clickable: boolean) => {
    map.getCanvas().style.cursor = clickable ? 'pointer' : '';
    if (id === hovered) return;
    if (hovered !== undefined) map.setFeatureState({ source: SOURCE.districts, id: hovered }, { hover: false });
    hovered = id;
    if (id !== undefined) {
      map.setFeatureState({ source: SOURCE.districts, id }, { hover: true });
      on.hover?.(id);
    }
  };

  map.on('click', (e) => {
    const events = eventsAt(map, e.point);
    if (events.length > 0) return on.events(events, e.lngLat);
    const ids = placesAt(map, e.point);
    if (ids.length > 0) on.places(ids, e.lngLat);
  });
  map.on('mousemove', (e) => {
    if (eventsAt(map, e.point).length > 0) return setHover(undefined, true);
    const id = placesAt(map, e.point)[0];
    setHover(id, id !== undefined);
  });
  map.getCanvas().addEventListener('mouseleave', () => setHover(undefined, false));
}
