import { describe, expect, it } from 'vitest';
import {
  hasCamera,
  parse,
  roundView,
  serialize,
  type PermalinkVocabulary,
  type ViewState,
} from '../../src/lib/permalink.ts';
import { urlNoticeText } from '../../src/ui/url-notice.ts';

const known: PermalinkVocabulary = {
  layers: ['khojaly-1992', 'other-1993'],
  selectable: {
    district: ['lachin', 'kalbajar', 'nkao'],
    place: ['nakhchivanik', 'khojaly-town'],
    route: ['khojaly-escape-route'],
    measure: ['khojaly-aghdam-straight-line'],
    check: ['uscr-district-sum'],
  },
  langs: ['en'],
  version: '5a4ff5764d03',
  themes: ['schools_destroyed', 'killed_civilians'],
};

const view = (over: Partial<ViewState> = {}): ViewState => ({
  center: [46.79123, 39.91002],
  zoom: 9.5,
  bearing: 0,
  pitch: 0,
  layers: [],
  selected: null,
  lang: 'en',
  v: '5a4ff5764d03',
  ...over,
});

/** What a parsed link restores, with the defaults the map applies (no bearing/pitch = 0). */
const restored = (search: string): ViewState => {
  const { state, ignored } = parse(search, known);
  expect(ignored).toEqual([]);
  return {
    center: state.center!,
    zoom: state.zoom!,
    bearing: state.bearing ?? 0,
    pitch: state.pitch ?? 0,
    layers: state.layers,
    selected: state.selected,
    lang: state.lang!,
    v: state.v!,
  };
};

/** Deterministic pseudo-random numbers (mulberry32): the same "many states" on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('permalink: the view written into the address and read back', () => {
  it('writes short, documented parameters in a fixed order', () => {
    const s = serialize(view({ layers: ['khojaly-1992'], selected: { kind: 'district', id: 'lachin' } }));
    expect(s).toBe('?c=46.79123,39.91002&z=9.5&layers=khojaly-1992&sel=district:lachin&lang=en&v=5a4ff5764d03');
    // bearing and pitch only when the map is turned or tilted
    expect(serialize(view({ bearing: -12.5, pitch: 30 }))).toBe('?c=46.79123,39.91002&z=9.5&b=-12.5&p=30&lang=en&v=5a4ff5764d03');
  });

  it('rounds to 5 decimals of a degree (about 1 m) and 2 of zoom, and never writes "-0"', () => {
    const s = serialize(view({ center: [46.123456789, -0.000001], zoom: 7.123456, bearing: -0.01, pitch: 0.04 }));
    expect(s).toBe('?c=46.12346,0&z=7.12&lang=en&v=5a4ff5764d03');
  });

  it('restores many views exactly, to the rounding, including negative and edge values', () => {
    const rnd = random(20261125);
    const edge: ViewState[] = [
      view({ center: [-180, -90], zoom: 0, bearing: -180, pitch: 0 }),
      view({ center: [180, 90], zoom: 24, bearing: 180, pitch: 85 }),
      view({ center: [-0.000004, 0.000006], zoom: 0.004 }),
      view({ center: [-73.98765432, -33.1], zoom: 23.999, bearing: -179.96 }),
      view({ layers: ['other-1993', 'khojaly-1992'], selected: { kind: 'measure', id: 'khojaly-aghdam-straight-line' } }),
      view({ selected: { kind: 'district', id: 'nkao' } }),
    ];
    const kinds = Object.keys(known.selectable) as Array<keyof typeof known.selectable>;
    const randomViews = Array.from({ length: 300 }, () => {
      const kind = kinds[Math.floor(rnd() * kinds.length)]!;
      const ids = known.selectable[kind];
      return view({
        center: [rnd() * 360 - 180, rnd() * 180 - 90],
        zoom: rnd() * 24,
        bearing: rnd() * 360 - 180,
        pitch: rnd() * 85,
        layers: known.layers.filter(() => rnd() < 0.5),
        selected: rnd() < 0.3 ? null : { kind, id: ids[Math.floor(rnd() * ids.length)]! },
      });
    });
    for (const s of [...edge, ...randomViews]) {
      const search = serialize(s);
      expect(restored(search), search).toEqual(roundView(s));
      // stable: a restored view writes the very same address
      expect(serialize(restored(search))).toBe(search);
      // "exactly": within half a unit of the last decimal written
      const back = restored(search);
      expect(Math.abs(back.center[0] - s.center[0])).toBeLessThanOrEqual(0.000005 + 1e-12);
      expect(Math.abs(back.zoom - s.zoom)).toBeLessThanOrEqual(0.005 + 1e-12);
    }
  });

  it("an issue-4 link (?layers=khojaly-1992 alone) opens as before: the layer, no camera, no notice", () => {
    const r = parse('?layers=khojaly-1992', known);
    expect(r.state).toEqual({ layers: ['khojaly-1992'], selected: null });
    expect(hasCamera(r.state)).toBe(false);
    expect(r.ignored).toEqual([]);
    expect(r.version).toBeNull();
  });

  it('a link made with another data version opens anyway, naming both versions', () => {
    const r = parse('?c=46.5,39.7&z=8&sel=district:lachin&v=0123456789ab', known);
    expect(r.version).toEqual({ link: '0123456789ab', current: '5a4ff5764d03' });
    expect(r.state.center).toEqual([46.5, 39.7]);
    expect(r.state.selected).toEqual({ kind: 'district', id: 'lachin' });
    expect(r.ignored).toEqual([]);
    expect(parse('?v=5a4ff5764d03', known).version).toBeNull();
  });
});

describe('permalink: malformed, out-of-range and unknown values are left out, each with its reason', () => {
  const cases: Array<[string, string, string]> = [
    ['?c=abc', 'c', 'malformed'],
    ['?c=46.5', 'c', 'malformed'],
    ['?c=46.5,39.7,3', 'c', 'malformed'],
    ['?c=NaN,39.7', 'c', 'malformed'],
    ['?c=46.5,', 'c', 'malformed'],
    ['?z=NaN', 'z', 'malformed'],
    ['?z=Infinity', 'z', 'malformed'],
    ['?z=1e1', 'z', 'malformed'],
    ['?z=0x10', 'z', 'malformed'],
    ['?z=', 'z', 'malformed'],
    ['?z=25', 'z', 'out-of-range'],
    ['?z=-1', 'z', 'out-of-range'],
    ['?c=181,10', 'c', 'out-of-range'],
    ['?c=10,-90.5', 'c', 'out-of-range'],
    ['?b=200', 'b', 'out-of-range'],
    ['?p=-5', 'p', 'out-of-range'],
    ['?p=90', 'p', 'out-of-range'],
    ['?sel=lachin', 'sel', 'malformed'],
    ['?sel=district:', 'sel', 'malformed'],
    ['?sel=', 'sel', 'empty'],
    ['?sel=country:AZE', 'sel', 'unknown-kind'],
    ['?sel=District:lachin', 'sel', 'unknown-kind'],
    ['?sel=district:nowhere', 'sel', 'unknown-id'],
    ['?sel=place:lachin', 'sel', 'unknown-id'],
    ['?lang=fr', 'lang', 'unknown-lang'],
    ['?v=xyz', 'v', 'malformed'],
    ['?v=5A4FF5764D03', 'v', 'malformed'],
    ['?layers=nope', 'layers', 'unknown-layer'],
    ['?zoom=9', 'zoom', 'unknown-parameter'],
  ];
  it.each(cases)('%s → %s %s', (search, param, reason) => {
    const r = parse(search, known);
    expect(r.ignored).toHaveLength(1);
    expect(r.ignored[0]).toMatchObject({ param, reason });
    expect(r.state).toEqual({ layers: [], selected: null });
  });

  it('the rest of a partly broken link still applies', () => {
    const r = parse('?c=46.5,abc&z=9.25&layers=khojaly-1992,nope&sel=district:lachin&foo=1', known);
    expect(r.state).toEqual({ zoom: 9.25, layers: ['khojaly-1992'], selected: { kind: 'district', id: 'lachin' } });
    expect(r.ignored.map((i) => `${i.param}:${i.reason}`)).toEqual(['c:malformed', 'layers:unknown-layer', 'foo:unknown-parameter']);
  });

  it('a parameter given twice: the first is used and the second reported', () => {
    const r = parse('?z=8&z=9', known);
    expect(r.state.zoom).toBe(8);
    expect(r.ignored).toEqual([{ param: 'z', value: '9', reason: 'duplicate' }]);
  });

  it('a centre outside the bounds the map can show is out of range', () => {
    const r = parse('?c=10,10', { ...known, bounds: [40, 36, 53.5, 44] });
    expect(r.ignored[0]?.reason).toBe('out-of-range');
    expect(parse('?c=46.5,39.7', { ...known, bounds: [40, 36, 53.5, 44] }).state.center).toEqual([46.5, 39.7]);
  });

  it('the notice names each in words', () => {
    const r = parse('?z=abc&c=200,10&sel=district:nowhere&lang=fr&z=3', known);
    expect(urlNoticeText(r.ignored)).toBe(
      'Ignored in the page address: z “abc” (could not be read); c “200,10” (out of range); ' +
        'sel “district:nowhere” (no such district or mark); lang “fr” (not a language of this map); a second “z” (the first is used).',
    );
  });
});

describe('permalink: the theme the districts are shaded by', () => {
  it('writes `theme` after the layers, and leaves it out for displaced people', () => {
    expect(serialize(view({ theme: 'schools_destroyed', layers: ['khojaly-1992'] }))).toBe(
      '?c=46.79123,39.91002&z=9.5&layers=khojaly-1992&theme=schools_destroyed&lang=en&v=5a4ff5764d03',
    );
    expect(serialize(view({ theme: 'idp' }))).toBe('?c=46.79123,39.91002&z=9.5&lang=en&v=5a4ff5764d03');
    expect(serialize(view({ theme: null }))).toBe(serialize(view()));
  });

  it('reads an offered theme back; `theme=idp` is displaced people, with no notice', () => {
    const search = serialize(view({ theme: 'killed_civilians', selected: { kind: 'district', id: 'lachin' } }));
    const r = parse(search, known);
    expect(r.ignored).toEqual([]);
    expect(r.state.theme).toBe('killed_civilians');
    expect(serialize({ ...restored(search), theme: r.state.theme ?? null })).toBe(search);
    const idp = parse('?theme=idp', known);
    expect(idp.ignored).toEqual([]);
    expect(idp.state.theme).toBeUndefined();
  });

  it('a link made before the themes were renamed in neutral words opens the same shading, with no notice', () => {
    const r = parse('?theme=villages_occupied', { ...known, themes: ['villages_under_armenian_control'] });
    expect(r.ignored).toEqual([]);
    expect(r.state.theme).toBe('villages_under_armenian_control');
  });

  it('an unknown metric, or one no district has a figure for, is left out and named in the notice', () => {
    for (const value of ['nonsense', 'shells_fired']) {
      const r = parse(`?theme=${value}&layers=khojaly-1992`, known);
      expect(r.state).toEqual({ layers: ['khojaly-1992'], selected: null });
      expect(r.ignored).toEqual([{ param: 'theme', value, reason: 'unknown-id' }]);
      expect(urlNoticeText(r.ignored)).toContain(`theme “${value}” (not a theme of this map`);
    }
    expect(parse('?theme=', known).ignored).toEqual([{ param: 'theme', value: null, reason: 'empty' }]);
    // a map that offers no damage theme ignores any
    expect(parse('?theme=schools_destroyed', { ...known, themes: [] }).ignored[0]?.reason).toBe('unknown-id');
  });
});

describe('permalink: the timeline’s day', () => {
  const withDates: PermalinkVocabulary = { ...known, dates: { from: '1988-01-01', to: '2024-12-31' } };

  it('writes t= after the selection and reads the same day back', () => {
    const search = serialize(view({ date: '1993-07-25', selected: { kind: 'district', id: 'lachin' } }));
    expect(search).toContain('&sel=district:lachin&t=1993-07-25&lang=en');
    expect(parse(search, withDates)).toMatchObject({ state: { date: '1993-07-25' }, ignored: [] });
  });

  it('a closed timeline writes no t', () => {
    expect(serialize(view({ date: null }))).not.toContain('t=');
  });

  it('a day that does not exist, or lies off the axis, is left out with its reason', () => {
    expect(parse('?t=1993-02-30', withDates).ignored).toEqual([{ param: 't', value: '1993-02-30', reason: 'malformed' }]);
    expect(parse('?t=25.07.1993', withDates).ignored).toEqual([{ param: 't', value: '25.07.1993', reason: 'malformed' }]);
    expect(parse('?t=1980-01-01', withDates).ignored).toEqual([{ param: 't', value: '1980-01-01', reason: 'out-of-range' }]);
    expect(parse('?t=1980-01-01', withDates).state.date).toBeUndefined();
  });
});
