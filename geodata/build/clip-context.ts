import { bboxClip, bboxPolygon, coordEach, feature, featureCollection, intersect } from '@turf/turf';
import type { BBox, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { ContextProps } from '../../src/schema/index.ts';
import type { Inputs } from './read-inputs.ts';
import { restoreDroppedVertices } from './restore-vertices.ts';

/** The region the map shows: the South Caucasus from the Georgian border to the Caspian (lon/lat). */
export const REGION_BBOX: BBox = [44.0, 38.2, 49.6, 41.95];

export interface ContextDraft {
  properties: ContextProps;
  geometry: Polygon | MultiPolygon | LineString | MultiLineString;
}

/** True when every position lies inside the bbox, so there is nothing to clip. */
function inside(g: Polygon | MultiPolygon, [w, s, e, n]: BBox): boolean {
  let ok = true;
  coordEach(g, ([x = NaN, y = NaN]) => {
    ok &&= x >= w && x <= e && y >= s && y <= n;
  });
  return ok;
}

/**
 * Clips an area to the bbox; null when nothing is inside. Not bboxClip: its Sutherland–Hodgman
 * clipping keeps a concave polygon that leaves and re-enters the box as one ring joined by
 * zero-width bridges along the edge (on the real data Baku self-intersects, Absheron, Armenia and
 * Azerbaijan get collinear bridges). turf intersect with the bbox polygon splits them properly.
 * Features already inside are returned untouched, so their vertices stay exactly the source's.
 */
function clipArea(g: Polygon | MultiPolygon, bbox: BBox): Polygon | MultiPolygon | null {
  if (inside(g, bbox)) return g;
  const clipped = intersect(featureCollection([feature(g, null), bboxPolygon(bbox)]));
  if (!clipped) return null;
  restoreDroppedVertices(clipped.geometry, [g]);
  return clipped.geometry;
}

/** Lines are clipped with bboxClip, which cuts them into parts at the edges (no bridges for lines). */
function clipLine(g: LineString | MultiLineString, bbox: BBox): LineString | MultiLineString | null {
  const clipped = bboxClip(g, bbox).geometry;
  // bboxClip's return type covers polygons too; a line input always gives a line back
  if (clipped.type !== 'LineString' && clipped.type !== 'MultiLineString') return null;
  const lines = (clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates).filter((l) => l.length >= 2);
  const [only] = lines;
  if (!only) return null;
  return lines.length === 1 ? { type: 'LineString', coordinates: only } : { type: 'MultiLineString', coordinates: lines };
}

/**
 * Orientation layers, clipped to the region: countries, the AZE rayons that are not part of any
 * district (so the districts are not drawn twice), rivers and lakes. Features with nothing inside
 * the bbox are dropped. Input order is kept; the writer sorts.
 */
export function clipContext(inputs: Inputs, usedCodes: ReadonlySet<string>, bbox: BBox = REGION_BBOX): ContextDraft[] {
  const out: ContextDraft[] = [];
  const push = (properties: ContextProps, geometry: ContextDraft['geometry'] | null) => {
    if (geometry) out.push({ properties, geometry });
  };
  for (const { value: f } of inputs.countries) {
    push({ kind: 'country', id: f.properties.adm0_a3, name: f.properties.admin }, clipArea(f.geometry, bbox));
  }
  for (const { value: f } of inputs.rayons) {
    if (usedCodes.has(f.properties.adm1_code)) continue;
    push({ kind: 'rayon', id: f.properties.adm1_code }, clipArea(f.geometry, bbox));
  }
  for (const { value: f } of inputs.lakes) push({ kind: 'lake', name: f.properties.name }, clipArea(f.geometry, bbox));
  for (const { value: f } of inputs.rivers) push({ kind: 'river', name: f.properties.name }, clipLine(f.geometry, bbox));
  return out;
}
