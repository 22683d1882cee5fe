import type { MultiPolygon, Polygon, Position } from 'geojson';
import { orient2d } from 'robust-predicates';
import { describe, expect, it } from 'vitest';
import { MAX_AREA_POSITIONS, findSelfIntersection } from '../../geodata/build/find-self-intersection.ts';
import { checkAreaGeometry } from '../../geodata/build/validate.ts';

/** The build's message for an area, or null when it passes. */
function problem(geom: Polygon | MultiPolygon): string | null {
  try {
    checkAreaGeometry('sources/test.geojson', 'feature "T"', geom, { winding: false });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** n vertices on a circle of radius 1° around 46°E 40°N, counter-clockwise, closed. */
function circle(n: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) ring.push([46 + Math.cos((2 * Math.PI * i) / n), 40 + Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0]!);
  return ring;
}

const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

/** Where the line through a and b meets the line through c and d. */
function lineMeet([ax, ay]: Position, [bx, by]: Position, [cx, cy]: Position, [dx, dy]: Position): [number, number] {
  const t = ((dx! - cx!) * (ay! - cy!) - (dy! - cy!) * (ax! - cx!)) / ((dy! - cy!) * (bx! - ax!) - (dx! - cx!) * (by! - ay!));
  return [ax! + t * (bx! - ax!), ay! + t * (by! - ay!)];
}

// A check that compares every pair of edges would take tens of minutes on these rings and time out.
describe('the self-intersection check on large areas', () => {
  it('accepts a valid ring of 200,000 vertices', () => {
    expect(problem(polygon(circle(200_000)))).toBeNull();
  });

  it('refuses a ring of 200,000 vertices with two vertices swapped, naming where it crosses', () => {
    const ring = circle(200_000);
    const k = 50_000;
    const [before, a, , b, after] = ring.slice(k - 1, k + 4) as [Position, Position, Position, Position, Position];
    ring[k] = b;
    ring[k + 2] = a;
    // the ring now runs before → b → mid → a → after: edge before→b crosses edge a→after, nothing else
    const message = problem(polygon(ring));
    expect(message).toMatch(/^sources\/test\.geojson: feature "T": field geometry: self-intersects near \[[\d.]+, [\d.]+\]$/);
    const named = (message ?? '').match(/\[([\d.]+), ([\d.]+)\]/)?.slice(1).map(Number) ?? [];
    const [x, y] = lineMeet(before, b, a, after);
    expect(named[0]).toBeCloseTo(x, 9);
    expect(named[1]).toBeCloseTo(y, 9);
  });

  it('refuses an area with more positions than the cap, stating the cap and the count', () => {
    // two parts of half the cap each, plus their closing positions: two over
    const half = MAX_AREA_POSITIONS / 2;
    const parts = [[circle(half)], [circle(half).map(([x, y]) => [x! + 3, y!])]];
    const count = (MAX_AREA_POSITIONS + 2).toLocaleString('en');
    expect(problem({ type: 'MultiPolygon', coordinates: parts })).toBe(
      `sources/test.geojson: feature "T": field geometry: has ${count} positions; an area may have at most ${MAX_AREA_POSITIONS.toLocaleString('en')} (simplify it first)`,
    );
  });
});

const square: Position[] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];

describe('what counts as the boundary meeting itself', () => {
  const cases: [string, Polygon | MultiPolygon, Position | null][] = [
    ['a square', polygon(square), null],
    ['a square with an extra vertex along one side', polygon([[0, 0], [2, 0], [4, 0], [4, 4], [0, 4], [0, 0]]), null],
    ['a position written twice in a row', polygon([[0, 0], [4, 0], [4, 0], [4, 4], [0, 4], [0, 0]]), null],
    ['a square with a square hole', polygon(square, [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]), null],
    ['a bow-tie', polygon([[0, 0], [4, 4], [4, 0], [0, 4], [0, 0]]), [2, 2]],
    ['a ring touching itself at one vertex', polygon([[0, 0], [4, 0], [2, 2], [4, 4], [0, 4], [2, 2], [0, 0]]), [2, 2]],
    ['a vertex on another edge', polygon([[0, 0], [4, 0], [4, 4], [3, 4], [2, 0], [0, 4], [0, 0]]), [2, 0]],
    ['an edge running back over the one before', polygon([[0, 0], [4, 0], [4, 4], [4, 2], [0, 4], [0, 0]]), [4, 2]],
    ['a hole touching the outer ring', polygon(square, [[0, 0], [1, 2], [2, 1], [0, 0]]), [0, 0]],
    ['a hole crossing the outer ring', polygon(square, [[3, 1], [3, 3], [5, 3], [5, 1], [3, 1]]), [4, 1]],
    [
      'two parts sharing a corner',
      { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]] },
      [1, 1],
    ],
  ];
  for (const [name, geom, at] of cases) {
    it(`${name}: ${at ? `refused at [${at.join(', ')}]` : 'accepted'}`, () => {
      expect(problem(geom)).toBe(at ? `sources/test.geojson: feature "T": field geometry: self-intersects near [${at.join(', ')}]` : null);
    });
  }
});

/**
 * The same rule checked on every pair of edges, O(n²): edges may meet only where one ends and the
 * next begins along the ring, after dropping closing and repeated consecutive positions.
 */
function meetsByEveryPair(geom: Polygon | MultiPolygon): boolean {
  const o = (a: Position, b: Position, c: Position) => orient2d(a[0]!, a[1]!, b[0]!, b[1]!, c[0]!, c[1]!);
  const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
  const on = (p: Position, a: Position, b: Position) =>
    o(a, b, p) === 0 && Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) && Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!);
  const edges: { a: Position; b: Position; ring: number; i: number; m: number }[] = [];
  const rings = geom.type === 'Polygon' ? geom.coordinates : geom.coordinates.flat();
  rings.forEach((ring, r) => {
    const v = ring.filter((p, i) => i === 0 || !same(p, ring[i - 1]!));
    while (v.length > 1 && same(v[v.length - 1]!, v[0]!)) v.pop();
    if (v.length > 1) v.forEach((a, i) => edges.push({ a, b: v[(i + 1) % v.length]!, ring: r, i, m: v.length }));
  });
  for (const [s, e] of edges.entries()) {
    for (const f of edges.slice(s + 1)) {
      const eThenF = e.ring === f.ring && (e.i + 1) % e.m === f.i;
      const fThenE = f.ring === e.ring && (f.i + 1) % f.m === e.i;
      if (eThenF || fThenE) {
        const [a, v, b] = eThenF ? [e.a, e.b, f.b] : [f.a, f.b, e.b];
        if (o(a, v, b) === 0 && (a[0]! - v[0]!) * (b[0]! - v[0]!) + (a[1]! - v[1]!) * (b[1]! - v[1]!) > 0) return true;
        continue;
      }
      if (on(e.a, f.a, f.b) || on(e.b, f.a, f.b) || on(f.a, e.a, e.b) || on(f.b, e.a, e.b)) return true;
      if (o(e.a, e.b, f.a) * o(e.a, e.b, f.b) < 0 && o(f.a, f.b, e.a) * o(f.a, f.b, e.b) < 0) return true;
    }
  }
  return false;
}

describe('the sweep agrees with comparing every pair of edges', () => {
  // small integer grids give many collinear edges, vertical edges, shared and touching vertices
  let seed = 7;
  const random = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * k);
  };
  const randomRing = (len: number, grid: number): Position[] => {
    const ring = Array.from({ length: len }, () => [random(grid), random(grid)]);
    return [...ring, ring[0]!];
  };
  /** A ring around the grid's centre, vertices in angle order: mostly simple, sometimes not after rounding. */
  const starRing = (len: number, grid: number): Position[] => {
    const angles = Array.from({ length: len }, () => (random(3600) / 3600) * 2 * Math.PI).sort((a, b) => a - b);
    const ring = angles.map((t) => {
      const r = 1 + random(grid / 2 - 1);
      return [Math.round(grid / 2 + r * Math.cos(t)), Math.round(grid / 2 + r * Math.sin(t))];
    });
    return [...ring, ring[0]!];
  };

  it('on 3,000 random areas, a quarter of them valid', () => {
    let valid = 0;
    for (let n = 0; n < 3000; n++) {
      const grid = [4, 8, 40, 1000][n % 4]!;
      const geom: Polygon | MultiPolygon =
        n % 3 === 0
          ? polygon(randomRing(3 + random(6), grid))
          : n % 3 === 1
            ? polygon(starRing(3 + random(20), grid), ...(random(2) ? [starRing(3 + random(5), grid)] : []))
            : { type: 'MultiPolygon', coordinates: [[starRing(3 + random(10), grid)], [randomRing(3 + random(3), grid)]] };
      const expected = meetsByEveryPair(geom);
      if (!expected) valid++;
      expect(findSelfIntersection(geom) !== null, JSON.stringify(geom)).toBe(expected);
    }
    expect(valid).toBeGreaterThan(600);
  });
});
