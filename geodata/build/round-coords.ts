import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** 5 decimals ≈ 1.1 m at the equator, well below the 1:10m sources' accuracy. */
export const DECIMALS = 5;
const SCALE = 10 ** DECIMALS;

/** Math.round on the scaled value, the same everywhere; -0 becomes 0 so JSON never prints "-0". */
export function round5(x: number): number {
  const r = Math.round(x * SCALE) / SCALE;
  return r === 0 ? 0 : r;
}

/**
 * Rounds every position and drops a position equal to the one before it. Each vertex is rounded on
 * its own (no simplification, no feature-by-feature smoothing), so an arc shared by two features
 * becomes the same rounded arc in both and shared borders stay identical.
 */
function roundPath(path: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q: Position = [round5(p[0] ?? NaN), round5(p[1] ?? NaN)];
    const prev = out[out.length - 1];
    if (prev && prev[0] === q[0] && prev[1] === q[1]) continue;
    out.push(q);
  }
  return out;
}

/**
 * Rounds a polygon's rings. A hole that collapses below 4 positions is dropped; when the outer ring
 * collapses the whole polygon is gone (its holes must not be promoted to an outer ring).
 */
function roundPolygon(rings: readonly Position[][]): Position[][] | null {
  const [outer, ...holes] = rings.map(roundPath);
  if (!outer || outer.length < 4) return null;
  return [outer, ...holes.filter((h) => h.length >= 4)];
}

/** Returns null when nothing of the geometry is left (only possible for tiny clipped context slivers). */
export function roundArea(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map(roundPolygon)
    .filter((p): p is Position[][] => p !== null);
  const [only] = polys;
  if (!only) return null;
  // a one-part MultiPolygon (e.g. after clipping) becomes a Polygon: the same shape, simpler for readers
  return polys.length === 1 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polys };
}

export function roundLine(g: LineString | MultiLineString): LineString | MultiLineString | null {
  const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map(roundPath).filter((l) => l.length >= 2);
  if (lines.length === 0) return null;
  return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] ?? [] } : { type: 'MultiLineString', coordinates: lines };
}
