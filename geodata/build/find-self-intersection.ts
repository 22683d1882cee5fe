import type { MultiPolygon, Polygon, Position } from 'geojson';
import { orient2d } from 'robust-predicates';
import { SplayTreeSet } from 'splaytree-ts';

/**
 * The most positions one area may have. At two million the check takes seconds and the build
 * under a gigabyte of memory; the map's areas have under a thousand each, so an area near the cap
 * is a mistake to simplify, not a boundary to draw.
 */
export const MAX_AREA_POSITIONS = 2_000_000;

/** Number of positions in all rings of an area, closing positions included (as written in the file). */
export function positionCount(geom: Polygon | MultiPolygon): number {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let n = 0;
  for (const rings of polys) for (const ring of rings) n += ring.length;
  return n;
}

/**
 * Every ring as a cycle of distinct consecutive vertices: the closing position and repeated
 * consecutive positions say nothing about the shape, so they are dropped. Edge i runs from vertex
 * i to next[i]; edges of one ring are numbered in ring order.
 */
function flatten(geom: Polygon | MultiPolygon) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const total = positionCount(geom);
  const xs = new Float64Array(total);
  const ys = new Float64Array(total);
  const next = new Int32Array(total);
  const prev = new Int32Array(total);
  let n = 0;
  for (const rings of polys) {
    for (const ring of rings) {
      const start = n;
      for (const p of ring) {
        const x = p[0] ?? NaN;
        const y = p[1] ?? NaN;
        if (n > start && xs[n - 1] === x && ys[n - 1] === y) continue;
        xs[n] = x;
        ys[n] = y;
        n++;
      }
      while (n - start > 1 && xs[n - 1] === xs[start] && ys[n - 1] === ys[start]) n--;
      // a ring of one distinct position has no edge to check
      if (n - start < 2) {
        n = start;
        continue;
      }
      for (let i = start; i < n; i++) {
        next[i] = i + 1 < n ? i + 1 : start;
        prev[i] = i > start ? i - 1 : n - 1;
      }
    }
  }
  return { xs, ys, next, prev, n };
}

/**
 * Where the boundary of an area crosses or touches itself, or null when it does not: any two of
 * its edges (across all rings and parts) may meet only where one ends and the next begins. Two
 * edges that cross, a vertex on another edge, a position visited twice (a ring touching itself,
 * a hole touching its outer ring, two parts sharing a corner) and an edge running back along the
 * previous one all count.
 *
 * A Shamos–Hoey sweep: vertices in x-then-y order, the edges under the sweep kept sorted from
 * bottom to top, and only edges that become neighbours in that order are tested. Before the first
 * meeting point the order cannot change, so that point is found when its two edges first sit side
 * by side; the sweep stops there. O(n log n) for n vertices whatever the shape, with exact
 * orientation tests so a vertex exactly on an edge is found, not rounded away.
 */
export function findSelfIntersection(geom: Polygon | MultiPolygon): Position | null {
  const { xs, ys, next, prev, n } = flatten(geom);
  const before = (a: number, b: number) => xs[a]! - xs[b]! || ys[a]! - ys[b]!;
  const order = Array.from({ length: n }, (_, i) => i).sort(before);

  // After this, every vertex belongs to exactly two edges: its ring's two edges through it.
  for (let k = 1; k < n; k++) {
    const a = order[k - 1]!;
    if (before(a, order[k]!) === 0) return [xs[a]!, ys[a]!];
  }

  // each edge's end met first and last by the sweep
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const ahead = before(e, next[e]!) < 0;
    lo[e] = ahead ? e : next[e]!;
    hi[e] = ahead ? next[e]! : e;
  }
  const from = (e: number) => lo[e]!;
  const to = (e: number) => hi[e]!;
  // > 0 when vertex c is right of the line from vertex a to vertex b (robust-predicates' sign)
  const orient = (a: number, b: number, c: number) => orient2d(xs[a]!, ys[a]!, xs[b]!, ys[b]!, xs[c]!, ys[c]!);
  /** −1 when edge b lies below edge a, 1 when above, judged where b starts (b starts no earlier than a). */
  const side = (a: number, b: number) => {
    const o = orient(from(a), to(a), from(b)) || orient(from(a), to(a), to(b));
    return o > 0 ? -1 : o < 0 ? 1 : 0;
  };
  // Two edges under the sweep keep their order until they meet, so comparing them where the later
  // one starts is comparing them anywhere the sweep has been.
  const compare = (a: number, b: number) => {
    if (a === b) return 0;
    const s = before(from(a), from(b)) < 0 ? -side(a, b) : side(b, a);
    return s || a - b;
  };
  const opposite = (p: number, q: number) => (p > 0 && q < 0) || (p < 0 && q > 0);
  const within = (v: number, e: number) => {
    const a = from(e);
    const b = to(e);
    return before(v, a) >= 0 && before(v, b) <= 0 && orient(a, b, v) === 0;
  };
  // The point as turf kinks computed it, along the edge that comes first in the ring order.
  const crossing = (e: number, f: number): Position => {
    const [x1, y1, x2, y2] = [xs[e]!, ys[e]!, xs[next[e]!]!, ys[next[e]!]!];
    const [x3, y3, x4, y4] = [xs[f]!, ys[f]!, xs[next[f]!]!, ys[next[f]!]!];
    const t = ((x4 - x3) * (y1 - y3) - (y4 - y3) * (x1 - x3)) / ((y4 - y3) * (x2 - x1) - (x4 - x3) * (y2 - y1));
    return [x1 + t * (x2 - x1), y1 + t * (y2 - y1)];
  };

  const meeting = (e: number, f: number): Position | null => {
    if (next[e] === f || next[f] === e) {
      // neighbours along the ring: only running back over each other is a meeting
      const [a, shared] = next[e] === f ? [e, f] : [f, e];
      const b = next[shared]!;
      const dot = (xs[a]! - xs[shared]!) * (xs[b]! - xs[shared]!) + (ys[a]! - ys[shared]!) * (ys[b]! - ys[shared]!);
      if (orient(a, shared, b) !== 0 || dot <= 0) return null;
      // the nearer of the two far ends lies on the other edge (edge a runs from a to shared)
      const back = within(b, a) ? b : a;
      return [xs[back]!, ys[back]!];
    }
    for (const [v, other] of [[e, f], [next[e]!, f], [f, e], [next[f]!, e]] as const) {
      if (within(v, other)) return [xs[v]!, ys[v]!];
    }
    const e1 = e;
    const e2 = next[e]!;
    const f1 = f;
    const f2 = next[f]!;
    if (!opposite(orient(e1, e2, f1), orient(e1, e2, f2)) || !opposite(orient(f1, f2, e1), orient(f1, f2, e2))) return null;
    return crossing(Math.min(e, f), Math.max(e, f));
  };
  const sweep = new SplayTreeSet<number>(compare);
  const test = (e: number | null, f: number | null) => (e === null || f === null ? null : meeting(e, f));
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const edges = [prev[v]!, v];
    for (const e of edges) {
      if (to(e) !== v) continue;
      const below = sweep.lastBefore(e);
      const above = sweep.firstAfter(e);
      sweep.delete(e);
      const hit = test(below, above);
      if (hit) return hit;
    }
    for (const e of edges) {
      if (from(e) !== v) continue;
      sweep.add(e);
      const hit = test(sweep.lastBefore(e), e) ?? test(e, sweep.firstAfter(e));
      if (hit) return hit;
    }
  }
  return null;
}
