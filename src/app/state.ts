/**
 * The one state of the page: what the districts are shaded by, which event layers are shown, what
 * is selected, where the camera is, the timeline's day and the language.
 * Features read it and write it here; the map, the legend, the list and the address follow it;
 * the export is handed it. The address is `linkOf(state)`, and a link is read back by
 * `stateFromLink`.
 */
import { parse, serialize, type Camera, type LinkState, type ParsedPermalink, type PermalinkVocabulary, type Selection } from '../lib/permalink.ts';
import { DEFAULT_THEME_ID, type ThemeId } from '../schema/index.ts';

export type { Camera } from '../lib/permalink.ts';

export interface AtlasState {
  theme: ThemeId;
  /** event layers shown, in the data's order */
  layers: readonly string[];
  /** the open popup or the check the data-quality view is open at */
  selected: Selection | null;
  /** where the map looks; null until the map has one (or a link gives one) */
  camera: Camera | null;
  /** the timeline's day ("YYYY-MM-DD"); null while the timeline is closed (the map shades by the theme) */
  date: string | null;
  lang: string;
}

export type Listener = (next: AtlasState, prev: AtlasState) => void;

export interface Store {
  get(): AtlasState;
  /** changes some fields; listeners run only when something changed */
  update(patch: Partial<AtlasState>): void;
  /** calls `listener` after every change; returns a function that stops it */
  subscribe(listener: Listener): () => void;
}

const sameSelection = (a: Selection | null, b: Selection | null) => a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
const sameCamera = (a: Camera | null, b: Camera | null) =>
  a === b ||
  (a !== null && b !== null && a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two states differ in a field a reader could notice. */
export function changed(a: AtlasState, b: AtlasState): boolean {
  return (
    a.theme !== b.theme ||
    !sameList(a.layers, b.layers) ||
    !sameSelection(a.selected, b.selected) ||
    !sameCamera(a.camera, b.camera) ||
    a.date !== b.date ||
    a.lang !== b.lang
  );
}

export function createStore(initial: AtlasState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update: (patch) => {
      const next = { ...state, ...patch };
      if (!changed(state, next)) return;
      const prev = state;
      state = next;
      for (const l of [...listeners]) l(state, prev);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The page address of a state: `?c=…&z=…&layers=…&theme=…&sel=…&t=…&lang=…&v=…`. */
export function linkOf(state: AtlasState, version: string): string {
  const cam = state.camera ?? { center: [0, 0] as [number, number], zoom: 0, bearing: 0, pitch: 0 };
  return serialize({
    center: cam.center,
    zoom: cam.zoom,
    bearing: cam.bearing,
    pitch: cam.pitch,
    layers: [...state.layers],
    theme: state.theme,
    selected: state.selected,
    date: state.date,
    lang: state.lang,
    v: version,
  });
}

/** The state a link names, over the defaults for what it leaves out. */
export function stateFromLink(link: LinkState, defaults: AtlasState): AtlasState {
  const camera: Camera | null =
    link.center && link.zoom !== undefined
      ? { center: link.center, zoom: link.zoom, bearing: link.bearing ?? 0, pitch: link.pitch ?? 0 }
      : defaults.camera;
  return {
    theme: (link.theme as ThemeId | undefined) ?? defaults.theme,
    layers: link.layers.length ? link.layers : defaults.layers,
    selected: link.selected ?? defaults.selected,
    camera,
    date: link.date ?? defaults.date,
    lang: link.lang ?? defaults.lang,
  };
}

/** An address read against what the map offers: the state, and what was left out and why. */
export function readAddress(search: string, vocabulary: PermalinkVocabulary, defaults: AtlasState): { state: AtlasState; link: ParsedPermalink } {
  const link = parse(search, vocabulary);
  return { state: stateFromLink(link.state, defaults), link };
}

export const INITIAL_STATE: AtlasState = {
  theme: DEFAULT_THEME_ID,
  layers: [],
  selected: null,
  camera: null,
  date: null,
  lang: 'en',
};
