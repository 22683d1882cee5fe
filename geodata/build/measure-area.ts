import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * Geodesic area of the shipped geometry in km², 1 decimal. It is a map calculation, labelled as
 * such in the data (area_km2_map), never a substitute for an area that a source states.
 */
export function areaKm2(g: Polygon | MultiPolygon): number {
  return Math.round(area(g) / 1e5) / 10;
}
