/**
 * The page's one state and its address: every parameter a reader can change survives
 * `linkOf` → `readAddress`, and the store tells its listeners only about real changes.
 */
import { describe, expect, it } from 'vitest';
import { createStore, INITIAL_STATE, linkOf, readAddress, type AtlasState } from '../../src/app/state.ts';
import type { PermalinkVocabulary } from '../../src/lib/permalink.ts';

const VERSION = '0123456789ab';
const vocabulary: PermalinkVocabulary = {
  layers: ['khojaly-1992', 'other-event'],
  themes: ['idp', 'schools_destroyed', 'houses_destroyed'],
  selectable: {
    district: ['lachin', 'nkao'],
    place: ['khojaly-town'],
    route: ['khojaly-escape-route'],
    measure: ['khojaly-aghdam-distance'],
    check: ['uscr-district-sum'],
  },
  langs: ['en'],
  version: VERSION,
  bounds: [43, 37, 50, 43],
  zoom: [5, 14],
};

const roundTrip = (state: AtlasState) => readAddress(linkOf(state, VERSION), vocabulary, INITIAL_STATE);

describe('the state and its address', () => {
  const full: AtlasState = {
    theme: 'schools_destroyed',
    layers: ['khojaly-1992', 'other-event'],
    selected: { kind: 'district', id: 'lachin' },
    camera: { center: [46.79123, 39.91002], zoom: 9.5, bearing: -12.5, pitch: 30 },
    date: null,
    lang: 'en',
  };

  it('every parameter comes back as it was written: camera, layers, theme, selection, language', () => {
    const { state, link } = roundTrip(full);
    expect(link.ignored).toEqual([]);
    expect(link.version).toBeNull();
    expect(state).toEqual(full);
  });

  it('each kind of selection comes back, and so does no selection', () => {
    for (const selected of [
      { kind: 'place', id: 'khojaly-town' },
      { kind: 'route', id: 'khojaly-escape-route' },
      { kind: 'measure', id: 'khojaly-aghdam-distance' },
      { kind: 'check', id: 'uscr-district-sum' },
      null,
    ] as const) {
      expect(roundTrip({ ...full, selected }).state.selected).toEqual(selected);
    }
  });

  it('the default theme and no layers leave their parameters out, and read back as the defaults', () => {
    const plain: AtlasState = { ...full, theme: 'idp', layers: [], selected: null };
    const link = linkOf(plain, VERSION);
    expect(link).not.toMatch(/theme=|layers=|sel=/);
    expect(roundTrip(plain).state).toEqual(plain);
  });

  it('a camera is written to its rounding, and reads back at that rounding', () => {
    const { state } = roundTrip({ ...full, camera: { center: [46.791234567, 39.910029], zoom: 9.5049, bearing: 0, pitch: 0 } });
    expect(state.camera).toEqual({ center: [46.79123, 39.91003], zoom: 9.5, bearing: 0, pitch: 0 });
  });

  it('what the map does not offer is left out and named, and the rest of the link still applies', () => {
    const { state, link } = readAddress(`?theme=nonsense&layers=khojaly-1992,nope&sel=district:atlantis&lang=en&v=${VERSION}`, vocabulary, INITIAL_STATE);
    expect(state.theme).toBe('idp');
    expect(state.layers).toEqual(['khojaly-1992']);
    expect(state.selected).toBeNull();
    expect(link.ignored.map((i) => i.param).sort()).toEqual(['layers', 'sel', 'theme'].sort());
  });
});

describe('the store', () => {
  it('tells its listeners what changed, once per change, and nothing for a patch that changes nothing', () => {
    const store = createStore(INITIAL_STATE);
    const seen: Array<[string, string]> = [];
    const stop = store.subscribe((next, prev) => seen.push([prev.theme, next.theme]));
    store.update({ theme: 'schools_destroyed' });
    store.update({ theme: 'schools_destroyed' });
    store.update({ layers: [] });
    store.update({ selected: null, camera: null });
    expect(seen).toEqual([['idp', 'schools_destroyed']]);
    stop();
    store.update({ theme: 'idp' });
    expect(seen).toHaveLength(1);
    expect(store.get().theme).toBe('idp');
  });

  it('a new camera, selection or list of layers is a change; the same values in new objects are not', () => {
    const store = createStore({ ...INITIAL_STATE, camera: { center: [46, 40], zoom: 8, bearing: 0, pitch: 0 }, layers: ['a'] });
    let calls = 0;
    store.subscribe(() => calls++);
    store.update({ camera: { center: [46, 40], zoom: 8, bearing: 0, pitch: 0 }, layers: ['a'], selected: null });
    expect(calls).toBe(0);
    store.update({ camera: { center: [46, 40], zoom: 8.5, bearing: 0, pitch: 0 } });
    store.update({ selected: { kind: 'district', id: 'lachin' } });
    store.update({ layers: ['a', 'b'] });
    expect(calls).toBe(3);
  });
});
