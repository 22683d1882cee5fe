/**
 * The rows of the table of places: for each place of the list, the figures the current theme draws
 * on it, and the build's count of every figure about it by side. Words are the page's (src/ui);
 * here are the records and the orders they can be read in. Nothing is summed across sources or
 * chosen between them: a place whose sources differ keeps every figure.
 */
import { SIDES, type Claim, type DistrictSummary, type Side, type SideCounts } from '../schema/index.ts';
import { partyOf, type AtlasIndex, type PlaceId } from './index-claims.ts';
import type { PlaceShade, Theme } from './themes.ts';

export interface PlaceRow {
  id: PlaceId;
  place: Pick<DistrictSummary, 'name_az' | 'name_en'>;
  /** how the theme draws the place; undefined: "no figure in sources" */
  shade: PlaceShade | undefined;
  /** the claims behind the shade that are loaded, in the theme's order (empty until the place's file is read) */
  claims: readonly Claim[];
  /** every figure about the place (all themes), by the side of the party that states it */
  counts: SideCounts;
  total: number;
}

export const SORT_KEYS = ['place', 'figure', 'party', 'count', 'sides'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const NO_COUNTS: SideCounts = { azerbaijani: 0, armenian: 0, 'third-party': 0, unknown: 0 };

export function placeRows(index: Pick<AtlasIndex, 'order' | 'districtsById' | 'claimsById' | 'atlas'>, theme: Theme): PlaceRow[] {
  const counts = new Map(index.atlas.balance.by_subject.map((s) => [s.subject, s.counts]));
  return index.order.flatMap((id) => {
    const place = index.districtsById.get(id);
    if (!place) return [];
    const shade = theme.shades.get(id);
    const claims = (shade?.claims ?? []).flatMap((c) => index.claimsById.get(c) ?? []);
    const c = counts.get(id) ?? NO_COUNTS;
    return [{ id, place, shade, claims, counts: c, total: SIDES.reduce((n, s) => n + c[s], 0) }];
  });
}

/** The lowest and highest number a figure states (a range's two ends), or null for a figure in words or a date. */
export function numbersOf(claim: Claim): [number, number] | null {
  const v = claim.value;
  if ('n' in v) return [v.n, v.n];
  if (v.kind === 'range') return [v.min, v.max];
  return null;
}

/** The span of every number a place's figures state: a place whose sources differ spans them all. */
export function figureSpan(claims: readonly Claim[]): [number, number] | null {
  const spans = claims.map(numbersOf).filter((s): s is [number, number] => s !== null);
  if (spans.length === 0) return null;
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}

/** How many sides speak about the place, and how many of its figures come from other sides than the one that gives most. */
export function sidesKey(counts: SideCounts): [number, number] {
  const n = SIDES.map((s: Side) => counts[s]);
  const speaking = n.filter((x) => x > 0).length;
  const others = n.reduce((a, b) => a + b, 0) - Math.max(0, ...n);
  return [speaking, others];
}

type Key = readonly (number | string)[] | null;

const compareKeys = (a: readonly (number | string)[], b: readonly (number | string)[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'string' && typeof y === 'string') return x.localeCompare(y, 'az');
    return Number(x) - Number(y);
  }
  return 0;
};

/**
 * What a row sorts by in a column, or null when it has nothing there (no figure): such rows go
 * last in either direction. Figures sort smallest first by the lowest number stated and largest
 * first by the highest, so a place whose sources differ stands where any of its figures would.
 */
function keyOf(row: PlaceRow, key: SortKey, dir: SortDirection, names: (row: PlaceRow) => string): Key {
  switch (key) {
    case 'place':
      return [row.place.name_az];
    case 'figure': {
      const span = figureSpan(row.claims);
      if (!span) return null;
      return dir === 'ascending' ? [span[0], span[1]] : [span[1], span[0]];
    }
    case 'party':
      return row.claims.length ? [names(row)] : null;
    case 'count':
      return [row.total];
    case 'sides':
      return sidesKey(row.counts);
  }
}

/** The first figure's party, for sorting by who states the figures. */
export const firstPartyName = (row: PlaceRow, lookup: Pick<AtlasIndex, 'partiesById'>): string =>
  row.claims[0] ? partyOf(row.claims[0].claimed_by, lookup).name : '';

/** The rows in a column's order; ties, and a table not sorted, keep the list's order. */
export function sortRows(rows: readonly PlaceRow[], key: SortKey | null, dir: SortDirection, lookup: Pick<AtlasIndex, 'partiesById'>): PlaceRow[] {
  const at = new Map(rows.map((r, i) => [r.id, i]));
  if (key === null) return [...rows];
  const keys = new Map(rows.map((r) => [r.id, keyOf(r, key, dir, (x) => firstPartyName(x, lookup))]));
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = keys.get(a.id) ?? null;
    const kb = keys.get(b.id) ?? null;
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else {
      const c = compareKeys(ka, kb);
      if (c !== 0) return sign * c;
    }
    return (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0);
  });
}
