import { booleanPointInPolygon, centerOfMass, feature, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { round5 } from './round-coords.ts';

/**
 * Where a district's label and popup anchor go. The centre of mass reads best, but for a concave
 * or multi-part district (Gazakh with its exclaves, the crescent-shaped ones) it can fall outside;
 * then pointOnFeature gives a point that is surely inside.
 */
export function labelPoint(g: Polygon | MultiPolygon): Position {
  const f = feature(g, null);
  const com = centerOfMass(f).geometry.coordinates;
  const rounded: Position = [round5(com[0] ?? NaN), round5(com[1] ?? NaN)];
  if (booleanPointInPolygon(rounded, f)) return rounded;
  const p = pointOnFeature(f).geometry.coordinates;
  return [round5(p[0] ?? NaN), round5(p[1] ?? NaN)];
}
