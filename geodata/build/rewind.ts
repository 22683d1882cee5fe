import { rewind } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * RFC 7946 winding: outer rings counter-clockwise, holes clockwise. MapLibre does not care, but
 * other GeoJSON readers (d3-geo among them) treat a clockwise outer ring as "everything except".
 */
export function rewindArea<G extends Polygon | MultiPolygon>(g: G): G {
  // turf's signature widens to any GeoJSON; it returns a geometry of the type it was given
  return rewind(g, { reverse: false, mutate: false }) as G;
}
