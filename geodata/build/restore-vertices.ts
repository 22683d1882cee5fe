import { coordEach } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * turf union and intersect (polyclip) drop a vertex that lies exactly on the line between its
 * neighbours. Where such a vertex is a corner of a neighbouring feature's border, dropping it would
 * make the two borders differ (and after rounding, leave a sliver), so every input vertex that lies
 * on an output segment is put back in place. Mutates `g`.
 */
export function restoreDroppedVertices(g: Polygon | MultiPolygon, inputs: readonly (Polygon | MultiPolygon)[]): void {
  const kept = new Set<string>();
  coordEach(g, (c) => kept.add(`${c[0]},${c[1]}`));
  const dropped: Position[] = [];
  for (const p of inputs) {
    coordEach(p, (c) => {
      const k = `${c[0]},${c[1]}`;
      if (!kept.has(k)) {
        kept.add(k);
        dropped.push([c[0] ?? NaN, c[1] ?? NaN]);
      }
    });
  }
  if (dropped.length === 0) return;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings) {
    const next: Position[] = [];
    for (let i = 0; i < ring.length - 1; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      next.push(a);
      next.push(...dropped.filter((p) => strictlyBetween(a, b, p)).sort((p, q) => dist2(a, p) - dist2(a, q)));
    }
    next.push(ring[ring.length - 1] as Position);
    ring.splice(0, ring.length, ...next);
  }
}

const dist2 = (a: Position, b: Position) => ((b[0] ?? 0) - (a[0] ?? 0)) ** 2 + ((b[1] ?? 0) - (a[1] ?? 0)) ** 2;

/** p on the open segment a–b, collinear within floating-point noise of 1e-6° coordinates. */
function strictlyBetween(a: Position, b: Position, p: Position): boolean {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [px = 0, py = 0] = p;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = ((px - ax) * dx + (py - ay) * dy) / len2;
  if (!(t > 0 && t < 1)) return false;
  const cross = dx * (py - ay) - dy * (px - ax);
  return Math.abs(cross) <= 1e-12 * Math.sqrt(len2);
}
