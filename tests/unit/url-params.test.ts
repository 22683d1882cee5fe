import { describe, expect, it } from 'vitest';
import { layersParam, parseUrlParams, withParam } from '../../src/lib/url-params.ts';

const known = { layers: ['khojaly-1992'] };

describe('the page address', () => {
  it('reads the event layers to show', () => {
    expect(parseUrlParams('?layers=khojaly-1992', known)).toEqual({ state: { layers: ['khojaly-1992'] }, ignored: [] });
    expect(parseUrlParams('', known)).toEqual({ state: { layers: [] }, ignored: [] });
    expect(parseUrlParams('?', known)).toEqual({ state: { layers: [] }, ignored: [] });
  });

  it('reads a comma list, escaped or not, each layer once', () => {
    expect(parseUrlParams('?layers=khojaly-1992,khojaly-1992', known).state.layers).toEqual(['khojaly-1992']);
    expect(parseUrlParams('?layers=khojaly-1992%2Cnope', known)).toEqual({
      state: { layers: ['khojaly-1992'] },
      ignored: [{ param: 'layers', value: 'nope', reason: 'unknown-layer' }],
    });
    expect(parseUrlParams('?layers=%20khojaly-1992%20', known).state.layers).toEqual(['khojaly-1992']);
  });

  it('ignores, and reports, unknown parameters and unknown or empty values', () => {
    const r = parseUrlParams('?layers=nope&zoom=x&layers=', known);
    expect(r.state.layers).toEqual([]);
    expect(r.ignored).toEqual([
      { param: 'layers', value: 'nope', reason: 'unknown-layer' },
      { param: 'zoom', value: null, reason: 'unknown-parameter' },
      { param: 'layers', value: null, reason: 'empty' },
    ]);
  });

  it('is case-sensitive: ids are lower-case slugs, "Khojaly-1992" is not one', () => {
    expect(parseUrlParams('?layers=Khojaly-1992', known).ignored[0]?.reason).toBe('unknown-layer');
    expect(parseUrlParams('?Layers=khojaly-1992', known).ignored[0]?.reason).toBe('unknown-parameter');
  });

  it('reports broken escapes instead of throwing, and shortens hostile lengths', () => {
    const r = parseUrlParams('?layers=%E0%A4%A&x%ZZ=1', known);
    expect(r.state.layers).toEqual([]);
    expect(r.ignored.map((i) => i.reason)).toEqual(['malformed', 'malformed']);
    const long = parseUrlParams(`?${'a'.repeat(5000)}=1`, known).ignored[0]!;
    expect(long.param.length).toBeLessThanOrEqual(40);
    expect(long.param.endsWith('…')).toBe(true);
  });

  it('writes the layers back with readable commas, keeping every other part as written', () => {
    expect(withParam('', 'layers', layersParam(['khojaly-1992']))).toBe('?layers=khojaly-1992');
    expect(withParam('?zoom=x&layers=nope', 'layers', 'khojaly-1992,other-1993')).toBe('?zoom=x&layers=khojaly-1992,other-1993');
    expect(withParam('?layers=khojaly-1992', 'layers', layersParam([]))).toBe('');
    expect(withParam('?a=1&layers=khojaly-1992&b', 'layers', null)).toBe('?a=1&b');
  });

  it('round-trips what it writes', () => {
    const search = withParam('?foo=bar', 'layers', layersParam(['khojaly-1992']));
    expect(parseUrlParams(search, known).state.layers).toEqual(['khojaly-1992']);
  });
});
