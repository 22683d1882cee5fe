import type { LngLat, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { CLICKABLE_LAYERS, SOURCE } from '../config/layers.ts';

/** Place ids under a point, rayon first then the NKAO outline, each once. */
function placesAt(map: MapLibreMap, point: MapMouseEvent['point']): string[] {
  const layers = CLICKABLE_LAYERS as readonly string[];
  const hits = map.queryRenderedFeatures(point, { layers: [...layers] });
  const ranked = hits
    .map((f) => ({ id: String(f.properties.id ?? f.id), rank: layers.indexOf(f.layer.id) }))
    .sort((a, b) => a.rank - b.rank);
  return [...new Set(ranked.map((h) => h.id))];
}

/**
 * The one click router and the hover state: a click on the district fills hands every place hit
 * to `onPlaces`; hovering outlines the place under the pointer and shows a pointer cursor.
 */
export function installInteractions(map: MapLibreMap, onPlaces: (ids: string[], at: LngLat) => void): void {
  let hovered: string | undefined;
  const setHover = (id: string | undefined) => {
    if (id === hovered) return;
    if (hovered !== undefined) map.setFeatureState({ source: SOURCE.districts, id: hovered }, { hover: false });
    hovered = id;
    if (id !== undefined) map.setFeatureState({ source: SOURCE.districts, id }, { hover: true });
    map.getCanvas().style.cursor = id === undefined ? '' : 'pointer';
  };

  map.on('click', (e) => {
    const ids = placesAt(map, e.point);
    if (ids.length > 0) onPlaces(ids, e.lngLat);
  });
  map.on('mousemove', (e) => setHover(placesAt(map, e.point)[0]));
  map.getCanvas().addEventListener('mouseleave', () => setHover(undefined));
}
