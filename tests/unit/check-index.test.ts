import { describe, expect, it } from 'vitest';
import { indexChecks } from '../../src/data/check-index.ts';
import type { DataCheck } from '../../src/schema/index.ts';

const check = (id: string, category: DataCheck['category'], inputs: string[], against: string | null = null): DataCheck => ({
  id,
  category,
  subject: 'AZE',
  text: { recipe: 'compare', curated: { title: id, explanation: id } },
  inputs,
  against,
  computed: null,
  computed_unit: null,
  result: category === 'single-source' || category === 'unchecked-quote' ? 'listed' : 'differs',
  places: [],
});

describe('the checks a popup badge can open', () => {
  const lookup = indexChecks([
    check('sum', 'arithmetic', ['a', 'b'], 'total'),
    check('differ', 'sources-differ', ['a', 'c']),
    check('single', 'single-source', ['a', 'b', 'c']),
    // the build's two quote inventories, one category: not read yet, and read only in a copy
    check('quotes-not-checked', 'unchecked-quote', ['c']),
    check('quotes-read-in-copies', 'unchecked-quote', ['d']),
  ]);

  it('finds every comparison a figure is part of, as input or as the stated total', () => {
    expect(lookup.forClaim('a').map((c) => c.id)).toEqual(['sum', 'differ']);
    expect(lookup.forClaim('total').map((c) => c.id)).toEqual(['sum']);
  });

  it('leaves inventories off the rows (they would badge nearly every figure), but keeps the unchecked list and the copies list for their own badges', () => {
    expect(lookup.forClaim('c').map((c) => c.id)).toEqual(['differ']);
    expect(lookup.forClaim('d')).toEqual([]);
    expect(lookup.uncheckedList?.id).toBe('quotes-not-checked');
    expect(lookup.copiesList?.id).toBe('quotes-read-in-copies');
    expect(lookup.byId.get('single')?.category).toBe('single-source');
  });

  it('has no unchecked list or copies list when the data has none', () => {
    const none = indexChecks([check('sum', 'arithmetic', ['a'], 'total')]);
    expect(none.uncheckedList).toBeUndefined();
    expect(none.copiesList).toBeUndefined();
  });
});
