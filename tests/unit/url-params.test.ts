import { describe, expect, it } from 'vitest';
import { parse, type PermalinkVocabulary } from '../../src/lib/permalink.ts';
import { encodeValue, readParams } from '../../src/lib/url-params.ts';

/** Issue 4's address (`?layers=…`), read by the one parser of the view (src/lib/permalink.ts). */
const known: PermalinkVocabulary = {
  layers: ['khojaly-1992'],
  selectable: { district: [], place: [], route: [], measure: [], check: [] },
  langs: ['en'],
  version: '5a4ff5764d03',
};
const layers = (search: string) => parse(search, known).state.layers;

describe('the page address', () => {
  it('reads the event layers to show', () => {
    expect(parse('?layers=khojaly-1992', known)).toEqual({ state: { layers: ['khojaly-1992'], selected: null }, ignored: [], version: null });
    expect(parse('', known)).toEqual({ state: { layers: [], selected: null }, ignored: [], version: null });
    expect(parse('?', known)).toEqual({ state: { layers: [], selected: null }, ignored: [], version: null });
  });

  it('reads a comma list, escaped or not, each layer once', () => {
    expect(layers('?layers=khojaly-1992,khojaly-1992')).toEqual(['khojaly-1992']);
    const r = parse('?layers=khojaly-1992%2Cnope', known);
    expect(r.state.layers).toEqual(['khojaly-1992']);
    expect(r.ignored).toEqual([{ param: 'layers', value: 'nope', reason: 'unknown-layer' }]);
    expect(layers('?layers=%20khojaly-1992%20')).toEqual(['khojaly-1992']);
  });

  it('ignores, and reports, unknown parameters and unknown or empty values', () => {
    const r = parse('?layers=nope&zoom=x&layers=', known);
    expect(r.state.layers).toEqual([]);
    expect(r.ignored).toEqual([
      { param: 'layers', value: 'nope', reason: 'unknown-layer' },
      { param: 'zoom', value: null, reason: 'unknown-parameter' },
      { param: 'layers', value: null, reason: 'empty' },
    ]);
  });

  it('is case-sensitive: ids are lower-case slugs, "Khojaly-1992" is not one', () => {
    expect(parse('?layers=Khojaly-1992', known).ignored[0]?.reason).toBe('unknown-layer');
    expect(parse('?Layers=khojaly-1992', known).ignored[0]?.reason).toBe('unknown-parameter');
  });

  it('reports broken escapes instead of throwing, and shortens hostile lengths', () => {
    const r = parse('?layers=%E0%A4%A&x%ZZ=1', known);
    expect(r.state.layers).toEqual([]);
    expect(r.ignored.map((i) => i.reason)).toEqual(['malformed', 'malformed']);
    const long = parse(`?${'a'.repeat(5000)}=1`, known).ignored[0]!;
    expect(long.param.length).toBeLessThanOrEqual(40);
    expect(long.param.endsWith('…')).toBe(true);
  });

  it('splits and decodes, "+" as a space, keeping the order', () => {
    expect(readParams('?a=1&b&c=x+y%2Cz&&')).toEqual({
      params: [
        { name: 'a', value: '1' },
        { name: 'b', value: '' },
        { name: 'c', value: 'x y,z' },
      ],
      ignored: [],
    });
  });

  it('writes values with readable commas and colons, everything else escaped', () => {
    expect(encodeValue('district:lachin')).toBe('district:lachin');
    expect(encodeValue('a,b')).toBe('a,b');
    expect(encodeValue('a&b=c d')).toBe('a%26b%3Dc%20d');
  });
});
