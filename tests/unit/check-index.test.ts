import { describe, expect, it } from 'vitest';
import { indexChecks } from '../../src/data/check-index.ts';
import type { DataCheck } from '../../src/schema/index.ts';

const check = (id: string, category: DataCheck['category'], inputs: string[], against: string | null = null): DataCheck => ({
  id,
  category,
  subject: 'AZE',
  title: id,
  inputs,
  against,
  computed: null,
  computed_unit: null,
  result: category === 'single-source' || category === 'unchecked-quote' ? 'listed' : 'differs',
  explanation: id,
  places: [],
});

describe('the checks a popup badge can open', () => {
  const lookup = indexChecks([
    check('sum', 'arithmetic', ['a', 'b'], 'total'),
    check('differ', 'sources-differ', ['a', 'c']),
    check('single', 'single-source', ['a', 'b', 'c']),
    check('unchecked', 'unchecked-quote', ['c']),
  ]);

  it('finds every comparison a figure is part of, as input or as the stated total', () => {
    expect(lookup.forClaim('a').map((c) => c.id)).toEqual(['sum', 'differ']);
    expect(lookup.forClaim('total').map((c) => c.id)).toEqual(['sum']);
  });

  it('leaves inventories off the rows (they would badge nearly every figure), but keeps the unchecked list for its own badge', () => {
    expect(lookup.forClaim('c').map((c) => c.id)).toEqual(['differ']);
    expect(lookup.uncheckedList?.id).toBe('unchecked');
    expect(lookup.byId.get('single')?.category).toBe('single-source');
  });
});
