/**
 * The rows of the table of places, from the committed data: one per place in the list's order,
 * every figure a theme draws (never one picked where sources differ), and the orders each column
 * sorts in, with places that have nothing to sort by last either way.
 */
import { describe, expect, it } from 'vitest';
import { committedData } from '../committed-data.ts';
import { figureSpan, placeRows, sidesKey, sortRows, type PlaceRow } from '../../src/data/place-rows.ts';

const { index } = await committedData();
const [idp] = index.themes;
const differing = index.themes.find((t) => t.differ.length > 0);

const ids = (rows: readonly PlaceRow[]) => rows.map((r) => r.id);

describe('the table of places', () => {
  it('one row per place, in the list’s order, with the claims the theme draws and the build’s counts by side', () => {
    const rows = placeRows(index, idp!);
    expect(ids(rows)).toEqual(index.order);
    for (const r of rows) {
      expect(r.claims.map((c) => c.id)).toEqual([...(idp!.shades.get(r.id)?.claims ?? [])]);
      const counts = index.atlas.balance.by_subject.find((s) => s.subject === r.id)?.counts;
      if (counts) expect(r.total).toBe(counts.azerbaijani + counts.armenian + counts['third-party'] + counts.unknown);
    }
  });

  it('a place whose sources differ keeps every figure', () => {
    expect(differing).toBeDefined();
    const place = differing!.differ[0]!;
    const row = placeRows(index, differing!).find((r) => r.id === place)!;
    expect(row.shade?.kind).toBe('differ');
    expect(row.claims.length).toBe(differing!.shades.get(place)!.claims.length);
    expect(row.claims.length).toBeGreaterThan(1);
  });

  it('by figure: the lowest number first going up, the highest first going down; no figure last both ways', () => {
    const rows = placeRows(index, idp!);
    for (const dir of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows, 'figure', dir, index);
      const spans = sorted.map((r) => figureSpan(r.claims));
      const firstNone = spans.findIndex((s) => s === null);
      expect(spans.slice(firstNone).every((s) => s === null)).toBe(true);
      const shown = spans.slice(0, firstNone) as [number, number][];
      for (let i = 1; i < shown.length; i++) {
        if (dir === 'ascending') expect(shown[i]![0]).toBeGreaterThanOrEqual(shown[i - 1]![0]);
        else expect(shown[i]![1]).toBeLessThanOrEqual(shown[i - 1]![1]);
      }
      // the places with no figure keep the list's order
      expect(ids(sorted.slice(firstNone))).toEqual(index.order.filter((id) => !idp!.shades.has(id)));
    }
  });

  it('by count and by sides; not sorted, the list’s order', () => {
    const rows = placeRows(index, idp!);
    const byCount = sortRows(rows, 'count', 'descending', index).map((r) => r.total);
    expect(byCount).toEqual([...byCount].sort((a, b) => b - a));
    const bySides = sortRows(rows, 'sides', 'ascending', index).map((r) => sidesKey(r.counts)[0]);
    expect(bySides).toEqual([...bySides].sort((a, b) => a - b));
    expect(ids(sortRows(rows, null, 'ascending', index))).toEqual(index.order);
  });
});
