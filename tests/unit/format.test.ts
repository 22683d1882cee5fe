import { describe, expect, it } from 'vitest';
import { citeShort } from '../../src/lib/cite.ts';
import {
  attribution,
  foldForSearch,
  formatAmount,
  formatDate,
  formatDateRange,
  formatNumber,
  formatUsd,
  formatValue,
} from '../../src/lib/format.ts';

describe('numbers', () => {
  it('uses thousands separators', () => {
    expect(formatNumber(63007)).toBe('63,007');
    expect(formatNumber(560098)).toBe('560,098');
    expect(formatNumber(4.6)).toBe('4.6');
  });

  it('keeps the hedge the source uses', () => {
    expect(formatValue({ kind: 'more_than', n: 568000 }, '')).toBe('more than 568,000');
    expect(formatValue({ kind: 'more_than', n: 150000 }, 'houses')).toBe('more than 150,000 houses');
    expect(formatValue({ kind: 'about', n: 20 }, '%')).toBe('about 20%');
    expect(formatValue({ kind: 'less_than', n: 100 }, 'persons')).toBe('less than 100 persons');
    expect(formatValue({ kind: 'exact', n: 63007 }, 'persons')).toBe('63,007 persons');
  });

  it('writes ranges with an en dash, never a midpoint', () => {
    expect(formatValue({ kind: 'range', min: 22000, max: 25000 }, '')).toBe('22,000–25,000');
    expect(formatValue({ kind: 'range', min: 500, max: 1000 }, 'persons')).toBe('500–1,000 persons');
  });

  it('writes US dollars in billions', () => {
    expect(formatUsd(53.5e9)).toBe('US$53.5 billion');
    expect(formatValue({ kind: 'exact', n: 53.5e9 }, 'USD')).toBe('US$53.5 billion');
    expect(formatValue({ kind: 'range', min: 22e9, max: 818.88e9 }, 'USD')).toBe('US$22–818.88 billion');
    expect(formatUsd(650e6)).toBe('US$650 million');
    expect(formatAmount(1500, 'USD')).toBe('US$1,500');
  });

  it('writes areas with their unit', () => {
    expect(formatAmount(4388, 'km²')).toBe('4,388 km²');
  });
});

describe('dates, with the precision the source gives', () => {
  it('day, month, year', () => {
    expect(formatDate('1992-05-18')).toBe('18 May 1992');
    expect(formatDate('1994-05')).toBe('May 1994');
    expect(formatDate('1991')).toBe('1991');
    expect(formatDate('1992-02-25T23:00')).toBe('25 February 1992, 23:00');
    expect(formatValue({ kind: 'date', date: '1993-04-02' }, 'date')).toBe('2 April 1993');
  });

  it('keeps how loosely a source dates something: the hedge on the hour, the part of the day', () => {
    expect(formatValue({ kind: 'date', date: '1992-02-25T23:00', qualifier: 'about' }, 'time')).toBe('about 23:00 on 25 February 1992');
    expect(formatValue({ kind: 'date', date: '1992-02-26T07:00', qualifier: 'by' }, 'time')).toBe('by 07:00 on 26 February 1992');
    expect(formatValue({ kind: 'date', date: '1992-02-26', qualifier: 'morning' }, 'date')).toBe('the morning of 26 February 1992');
    expect(formatValue({ kind: 'date_range', from: '1992-02-25', to: '1992-02-26', qualifier: 'night' }, 'date')).toBe('the night of 25–26 February 1992');
    expect(formatValue({ kind: 'at_least', n: 161 }, 'persons')).toBe('at least 161 persons');
  });

  it('ranges', () => {
    expect(formatDateRange('1993-04-02', '1993-04-03')).toBe('2–3 April 1993');
    expect(formatDateRange('1993-10-29', '1993-11-01')).toBe('29 October – 1 November 1993');
    expect(formatDateRange('1988', '1994')).toBe('1988–1994');
    expect(formatDateRange('1992-02', '1993-04-02')).toBe('February 1992 – 2 April 1993');
  });
});

describe('attribution and citation', () => {
  it('says who claims it and when', () => {
    expect(attribution('US Committee for Refugees', 2000)).toBe('according to US Committee for Refugees (2000)');
    expect(attribution('Government of Azerbaijan', null)).toBe('according to Government of Azerbaijan');
  });

  it('cites author or organisation, year, title and locator', () => {
    expect(citeShort({ organisation: 'Human Rights Watch', title: 'Seven Years of Conflict', year: 1994 }, 'p. 12')).toBe(
      'Human Rights Watch (1994), “Seven Years of Conflict”, p. 12',
    );
    expect(citeShort({ author: ['A', 'B', 'C'], title: 'T', year: null })).toBe('A et al. (n.d.), “T”');
  });

  it('starts with the title when a source names no author or organisation', () => {
    expect(citeShort({ title: 'An article', year: null }, 'para. 3')).toBe('“An article” (n.d.), para. 3');
    expect(citeShort({ title: 'T', container: 'Journal', year: 2000 })).toBe('“T” (2000), Journal');
  });
});

describe('search folding', () => {
  it('matches Azerbaijani letters with their plain spellings', () => {
    expect(foldForSearch('Kəlbəcər')).toBe('kelbecer');
    expect(foldForSearch('Şuşa')).toBe('susa');
    expect(foldForSearch('Ağdam')).toBe('agdam');
    expect(foldForSearch('Cəbrayıl')).toBe('cebrayil');
  });
});
