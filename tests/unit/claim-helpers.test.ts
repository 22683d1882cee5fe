import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/schema/index.ts';
import { metricBadges, splitBreakdowns } from '../../src/ui/claim-rows.ts';
import { urlNoticeText } from '../../src/ui/url-notice.ts';

const claim = (id: string, over: Partial<Claim>): Claim =>
  ({
    id,
    subject: 'khojaly-1992',
    metric: 'killed',
    value: { kind: 'exact', n: 1 },
    unit: 'persons',
    as_of: null,
    claimed_by: 'government-of-azerbaijan',
    claimed_year: 1992,
    source: 'seed-article',
    locator: 'p. 1',
    quote: 'q',
    read: { grade: 'original', date: '2026-11-25', part: 'the whole text' },
    ...over,
  }) as Claim;

describe('breakdowns', () => {
  const total = claim('total', { value: { kind: 'exact', n: 613 } });
  const women = claim('women', { metric: 'killed_women', value: { kind: 'exact', n: 106 }, part_of: 'total' });
  const children = claim('children', { metric: 'killed_children', value: { kind: 'exact', n: 83 }, part_of: 'total' });
  const other = claim('other', { value: { kind: 'less_than', n: 100 }, claimed_by: 'government-of-armenia', unsourced: true });

  it('go under their total, in data order; totals and other figures stay at the top level', () => {
    const { top, partsOf } = splitBreakdowns([total, women, other, children]);
    expect(top.map((c) => c.id)).toEqual(['total', 'other']);
    expect(partsOf.get('total')?.map((c) => c.id)).toEqual(['women', 'children']);
  });

  it('whose total is not in the list stay at the top level: nothing is dropped', () => {
    const { top, partsOf } = splitBreakdowns([women, other]);
    expect(top.map((c) => c.id)).toEqual(['women', 'other']);
    expect(partsOf.size).toBe(0);
  });
});

describe('badges', () => {
  it('"sources differ" when two parties give different figures, "single source" for one party', () => {
    expect(metricBadges([claim('a', {}), claim('b', { claimed_by: 'hrw', value: { kind: 'more_than', n: 200 } })])).toEqual(['sources differ']);
    expect(metricBadges([claim('a', {}), claim('b', { value: { kind: 'exact', n: 2 } })])).toEqual(['single source']);
  });

  it('two descriptions in words are not "sources differ"', () => {
    const a = claim('a', { metric: 'place_description', value: { kind: 'text', text: 'outside the village' } });
    const b = claim('b', { metric: 'place_description', value: { kind: 'text', text: 'the fields of the village' }, claimed_by: 'memorial' });
    expect(metricBadges([a, b])).toEqual([]);
  });
});

describe('the address notice', () => {
  it('names each ignored part and what was wrong with it', () => {
    const text = urlNoticeText([
      { param: 'layers', value: 'nope', reason: 'unknown-layer' },
      { param: 'zoom', value: null, reason: 'unknown-parameter' },
    ]);
    expect(text).toBe('Ignored in the page address: layers “nope” (no such layer); “zoom” (not a setting this map reads).');
  });

  it('counts what it does not name', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ param: `p${i}`, value: null, reason: 'unknown-parameter' as const }));
    expect(urlNoticeText(many)).toMatch(/ and 3 more\.$/);
  });
});
