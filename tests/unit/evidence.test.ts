import { describe, expect, it } from 'vitest';
import { EVIDENCE, sideLabel } from '../../src/i18n/en-evidence.ts';
import { formatValue } from '../../src/lib/format.ts';
import { Claim, ClaimValue, Party, ShortText, forbiddenChar, mixedScript, unitProblem } from '../../src/schema/index.ts';
import { committedData } from '../committed-data.ts';

const committed = await committedData();

/** Issue 12: each hedge rendered as the source words it, values held to their unit's range, names that cannot pose as others. */
describe('every hedge is shown as the source states it', () => {
  const cases: Array<[ClaimValue, string, string]> = [
    [{ kind: 'about', n: 22000 }, 'persons', 'about 22,000 persons'],
    [{ kind: 'about', n: 569000, word: 'around' }, 'persons', 'around 569,000 persons'],
    [{ kind: 'about', n: 650000, word: 'estimated' }, 'persons', 'estimated 650,000 persons'],
    [{ kind: 'about', n: 250000, word: 'approximately' }, 'persons', 'approximately 250,000 persons'],
    [{ kind: 'nearly', n: 700 }, 'houses', 'nearly 700 houses'],
    [{ kind: 'as_many_as', n: 61 }, 'persons', 'as many as 61 persons'],
    [{ kind: 'more_than', n: 40000, word: 'over' }, 'persons', 'over 40,000 persons'],
    [{ kind: 'more_than', n: 568000 }, 'persons', 'more than 568,000 persons'],
    [{ kind: 'at_least', n: 161 }, 'persons', 'at least 161 persons'],
    [{ kind: 'less_than', n: 100 }, 'persons', 'less than 100 persons'],
    [{ kind: 'range', min: 500, max: 1000, hedge: 'as_many_as' }, 'persons', 'as many as 500–1,000 persons'],
    [{ kind: 'range', min: 22000, max: 25000, hedge: 'approximately' }, 'persons', 'approximately 22,000–25,000 persons'],
    [{ kind: 'date', date: '1991', qualifier: 'early' }, 'date', 'early 1991'],
    [{ kind: 'date', date: '1991', qualifier: 'late' }, 'date', 'late 1991'],
    [{ kind: 'date_range', from: '1988', to: '1991', to_qualifier: 'early' }, 'date', '1988 – early 1991'],
    [{ kind: 'date_range', from: '1991', to: '1994-05', from_qualifier: 'end' }, 'date', 'the end of 1991 – May 1994'],
    [{ kind: 'date', date: '2020-11-20', qualifier: 'before' }, 'date', 'before 20 November 2020'],
  ];
  for (const [value, unit, shown] of cases) {
    it(`${JSON.stringify(value)} → “${shown}”`, () => {
      expect(ClaimValue.safeParse(value).success).toBe(true);
      expect(formatValue(value, unit)).toBe(shown);
    });
  }

  it("the data keeps HRW's “as many as 500–1,000” and the conversion of IWPR's 132 km² apart from IWPR's figure", () => {
    const { atlas } = committed;
    const hrw = atlas.claims.filter((c) => c.value.kind === 'range' && c.value.hedge === 'as_many_as');
    expect(hrw.map((c) => formatValue(c.value, c.unit))).toContain('as many as 500–1,000 persons');
    const converted = atlas.claims.filter((c) => c.derived?.method.includes('converted by this map'));
    expect(converted.length).toBeGreaterThanOrEqual(2);
    const iwpr = converted.find((c) => c.derived?.unit === 'ha');
    expect(iwpr && formatValue(iwpr.value, iwpr.unit)).toBe('more than 132 km²');
    expect(iwpr && formatValue(iwpr.derived!.value, iwpr.derived!.unit)).toBe('more than 13,200 ha');
  });
});

describe('values held to the range of their unit', () => {
  it('refuses 1e308 displaced people, naming the value, the range and what the unit counts', () => {
    expect(unitProblem({ kind: 'exact', n: 1e308 }, 'persons')?.message).toMatch(/^1e\+308 is outside the valid range 0–10,000,000 for a count of people/);
  });
  it('refuses -5 villages and 101%', () => {
    expect(unitProblem({ kind: 'exact', n: -5 }, 'villages')?.path).toEqual(['value', 'n']);
    expect(unitProblem({ kind: 'range', min: 20, max: 101 }, '%')?.path).toEqual(['value', 'max']);
  });
  it('refuses a unit not in the list, and a year outside 1800–2100', () => {
    expect(unitProblem({ kind: 'exact', n: 5 }, 'perons')?.message).toMatch(/unknown unit "perons"/);
    expect(unitProblem({ kind: 'date', date: '1700' }, 'date')?.message).toMatch(/year 1700/);
  });
  it('accepts the figures of the real data (every claim parses) and a count in words with its unit', () => {
    expect(unitProblem({ kind: 'category', text: 'hundreds' }, 'persons')).toBeNull();
    expect(unitProblem({ kind: 'exact', n: 63007 }, 'persons')).toBeNull();
    const { atlas } = committed;
    expect(atlas.claims.filter((c) => !Claim.safeParse(c).success).map((c) => c.id)).toEqual([]);
  });
});

describe('names that look like another are refused, naming the character', () => {
  it('a zero-width space inside "US Committee for Refugees"', () => {
    expect(forbiddenChar('US Committee\u200bfor Refugees', false)).toMatch(/U\+200B ZERO WIDTH SPACE at character 13/);
    expect(ShortText.safeParse('US Committee\u200bfor Refugees').success).toBe(false);
  });
  it('a Cyrillic С inside a Latin word', () => {
    expect(mixedScript('US \u0421ommittee for Refugees')).toMatch(/"Сommittee" mixes Cyrillic and Latin letters \(U\+0421/);
    expect(ShortText.safeParse('US \u0421ommittee for Refugees').success).toBe(false);
  });
  it('word joiners, line separators, tag characters and a lone surrogate', () => {
    for (const [text, name] of [['a\u2060b', 'WORD JOINER'], ['a\u2028b', 'LINE SEPARATOR'], ['a\u{e0041}b', 'TAG CHARACTER'], ['a\ud800b', 'LONE SURROGATE']] as const) {
      expect(forbiddenChar(text, true)).toContain(name);
    }
  });
  it('accepts names written in one script each, Azerbaijani, Armenian and Russian, side by side', () => {
    for (const name of ['Kəlbəcər', 'Քարվաճառ', 'Кельбаджар', 'Xankəndi / Ստեփանակերտ / Степанакерт']) expect(ShortText.safeParse(name).success, name).toBe(true);
  });
});

describe('who speaks, in words', () => {
  const party = (side: Party['side'], kind: Party['kind'], country: string | null): Pick<Party, 'side' | 'kind' | 'country'> => ({ side, kind, country });
  it('names the side and, for a state body, that the state speaks; never a colour alone', () => {
    expect(sideLabel(party('azerbaijani', 'government', 'AZE'))).toBe('Azerbaijani state');
    expect(sideLabel(party('azerbaijani', 'national-media', 'AZE'))).toBe('Azerbaijani media');
    expect(sideLabel(party('armenian', 'ombudsman', null))).toBe('Armenian side (de facto authorities)');
    expect(sideLabel(party('third-party', 'ngo', 'USA'))).toBe('third party');
  });
  it('counts figures per side label: "3 figures: 2 Azerbaijani state, 1 third party"', () => {
    expect(EVIDENCE.whoSpeaks(3, [['Azerbaijani state', 2], ['third party', 1]])).toBe('3 figures: 2 Azerbaijani state, 1 third party');
  });
});
