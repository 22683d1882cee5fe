import { describe, expect, it } from 'vitest';
import { byDate } from '../../src/ui/country-panel.ts';

const claim = (id: string, as_of: string | null, claimed_year: number | null) => ({ id, as_of, claimed_year });

describe('the national panel lists a metric\'s figures in time order', () => {
  it('by the date each describes, else the year it was stated; undated last; ties in the data\'s order', () => {
    const list = [
      claim('a', '2010', 2010),
      claim('undated-1', null, null),
      claim('b', '1993', 1994),
      claim('c', null, 1998),
      claim('d', '1993-05', 1993),
      claim('e', '1993', 2001),
      claim('undated-2', null, null),
      claim('f', '2003-12-31', 2004),
    ];
    expect(byDate(list).map((c) => c.id)).toEqual(['b', 'e', 'd', 'c', 'f', 'a', 'undated-1', 'undated-2']);
  });

  it('leaves the list it is given as it was', () => {
    const list = [claim('late', '2010', null), claim('early', '1990', null)];
    byDate(list);
    expect(list.map((c) => c.id)).toEqual(['late', 'early']);
  });
});
