/**
 * The view as a page address, and back: the one parser of the address (src/lib/url-params.ts only
 * splits it). Pure, no DOM; the vocabulary (which layers, districts, places exist) is passed in.
 *
 * Parameters (short and stable: links outlive releases, so a name is never reused for something else):
 *   c=lon,lat       map centre, WGS84 degrees, 5 decimals (about 1 m)            c=46.79123,39.91002
 *   z=zoom          zoom, 2 decimals                                              z=9.5
 *   b=bearing       degrees clockwise from north, 1 decimal; left out when 0      b=-12.5
 *   p=pitch         degrees, 1 decimal; left out when 0                           p=30
 *   layers=a,b      event layers shown, comma-separated (the oldest parameter)   layers=khojaly-1992
 *   theme=metric    what the districts are shaded by: a damage metric; left out   theme=schools_destroyed
 *                   for displaced people (the default); `theme=idp` is read as it
 *   sel=kind:id     the open popup (district, place, route, measure), or the       sel=district:lachin
 *                   data check the data-quality view is open at                   sel=check:uscr-district-sum
 *   t=YYYY-MM-DD    the timeline's day (the timeline is open at it); left out     t=1993-07-25
 *                   while the timeline is closed
 *   lang=en         interface language                                            lang=en
 *   v=hash          data version the link was made with (12 hex digits)          v=5a4ff5764d03
 *
 * Rounding keeps links short and restores the view to well under a pixel at every zoom this map
 * allows; re-serialising a parsed link gives the same address (stable links). A link with only
 * `layers` still opens as before; anything malformed, out of range or unknown is left
 * out and listed in `ignored` with its reason; a link made with another data version opens anyway
 * and says so (`version`).
 */
import { parseDay } from './days.ts';
import { encodeValue, readParams, shorten, type IgnoredParam } from './url-params.ts';

export type { IgnoredParam, IgnoredReason } from './url-params.ts';

export const PARAM = {
  center: 'c',
  zoom: 'z',
  bearing: 'b',
  pitch: 'p',
  layers: 'layers',
  theme: 'theme',
  selected: 'sel',
  date: 't',
  lang: 'lang',
  version: 'v',
} as const;

/**
 * Themes renamed in neutral words: a link made before still opens the same shading.
 * The old ids name the metric only; nothing else in a link changed.
 */
export const RENAMED_THEMES: Readonly<Record<string, string>> = {
  settlements_occupied: 'settlements_under_armenian_control',
  towns_occupied: 'towns_under_armenian_control',
  urban_settlements_occupied: 'urban_settlements_under_armenian_control',
  villages_occupied: 'villages_under_armenian_control',
  area_occupied_km2: 'area_under_armenian_control_km2',
  district_share_occupied_pct: 'district_share_under_armenian_control_pct',
  schools_occupied: 'schools_under_armenian_control',
  hospitals_occupied: 'hospitals_under_armenian_control',
  mosques_occupied: 'mosques_under_armenian_control',
  museums_occupied: 'museums_under_armenian_control',
  monuments_occupied: 'monuments_under_armenian_control',
  cultural_facilities_occupied: 'cultural_facilities_under_armenian_control',
  forest_occupied_ha: 'forest_under_armenian_control_ha',
};

/** The theme a link without `theme` shows: displaced people. */
export const DEFAULT_THEME = 'idp';

/** Every parameter this map reads, in the order it writes them. */
export const PERMALINK_PARAMS: readonly string[] = Object.values(PARAM);

export const SELECTION_KINDS = ['district', 'place', 'route', 'measure', 'check'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

/** The open popup: a district (or the NKAO outline) or an event mark. */
export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** Where the map looks. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The whole view, as the map reports it: what `serialize` writes. */
export interface ViewState {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  /** event layers shown, in the order to write them */
  layers: string[];
  /** the damage metric the districts are shaded by; absent, null or DEFAULT_THEME: displaced people */
  theme?: string | null;
  selected: Selection | null;
  /** the timeline's day; absent or null while the timeline is closed */
  date?: string | null;
  lang: string;
  /** data version (atlas.version) */
  v: string;
}

/** What an address asks for: every part may be missing (an issue-4 link has only `layers`). */
export interface LinkState {
  center?: [number, number];
  zoom?: number;
  bearing?: number;
  pitch?: number;
  layers: string[];
  /** a theme the map offers (never DEFAULT_THEME: that is the absence of `theme`) */
  theme?: string;
  selected: Selection | null;
  /** a real day on the timeline's axis */
  date?: string;
  lang?: string;
  v?: string;
}

/** What the parser accepts. */
export interface PermalinkVocabulary {
  layers: readonly string[];
  /** the damage themes the map offers (default: none; DEFAULT_THEME is always understood) */
  themes?: readonly string[];
  /** ids that can be selected, per kind */
  selectable: Readonly<Record<SelectionKind, readonly string[]>>;
  langs: readonly string[];
  /** the data version this map shows */
  version: string;
  /** [west, south, east, north]: a centre outside is out of range (default: the world) */
  bounds?: readonly [number, number, number, number];
  /** [min, max] zoom (default [0, 24]) */
  zoom?: readonly [number, number];
  /** largest pitch (default 85, MapLibre's limit) */
  maxPitch?: number;
  /** the timeline's first and last day (default: no timeline, `t` is not understood) */
  dates?: { from: string; to: string };
}

export interface ParsedPermalink {
  state: LinkState;
  ignored: IgnoredParam[];
  /** the link was made with other data: it opens anyway, and the reader is told both versions */
  version: { link: string; current: string } | null;
}

/** Decimal places written per quantity. */
export const DECIMALS = { lonLat: 5, zoom: 2, angle: 1 } as const;

/** Rounds as the address writes it; -0 becomes 0 so a link never reads "z=-0". */
export function round(x: number, decimals: number): number {
  const r = Number(x.toFixed(decimals));
  return r === 0 ? 0 : r;
}

/** Shortest decimal text of a rounded number: 9.5, not 9.50 (String never uses exponents here). */
const num = (x: number, decimals: number): string => String(round(x, decimals));

/** Plain decimals only: no exponent, hex, "Infinity", spaces or empty parts. */
const NUMBER = /^-?\d{1,4}(?:\.\d{1,12})?$/;
const VERSION = /^[0-9a-f]{12}$/;

function parseNumber(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
}

/** The view rounded as the address writes it: what a link restores. */
export function roundView(s: ViewState): ViewState {
  return {
    ...s,
    center: [round(s.center[0], DECIMALS.lonLat), round(s.center[1], DECIMALS.lonLat)],
    zoom: round(s.zoom, DECIMALS.zoom),
    bearing: round(s.bearing, DECIMALS.angle),
    pitch: round(s.pitch, DECIMALS.angle),
  };
}

/** The address of a view: "?c=46.79,39.91&z=9.5&layers=khojaly-1992&sel=district:lachin&lang=en&v=…". */
export function serialize(s: ViewState): string {
  const parts: string[] = [
    `${PARAM.center}=${num(s.center[0], DECIMALS.lonLat)},${num(s.center[1], DECIMALS.lonLat)}`,
    `${PARAM.zoom}=${num(s.zoom, DECIMALS.zoom)}`,
  ];
  const bearing = round(s.bearing, DECIMALS.angle);
  const pitch = round(s.pitch, DECIMALS.angle);
  if (bearing !== 0) parts.push(`${PARAM.bearing}=${bearing}`);
  if (pitch !== 0) parts.push(`${PARAM.pitch}=${pitch}`);
  if (s.layers.length > 0) parts.push(`${PARAM.layers}=${s.layers.map(encodeValue).join(',')}`);
  if (s.theme && s.theme !== DEFAULT_THEME) parts.push(`${PARAM.theme}=${encodeValue(s.theme)}`);
  if (s.selected) parts.push(`${PARAM.selected}=${s.selected.kind}:${encodeValue(s.selected.id)}`);
  if (s.date) parts.push(`${PARAM.date}=${s.date}`);
  parts.push(`${PARAM.lang}=${encodeValue(s.lang)}`, `${PARAM.version}=${encodeValue(s.v)}`);
  return `?${parts.join('&')}`;
}

const isKind = (k: string): k is SelectionKind => (SELECTION_KINDS as readonly string[]).includes(k);

export function parse(search: string, known: PermalinkVocabulary): ParsedPermalink {
  const { params, ignored } = readParams(search);
  const state: LinkState = { layers: [], selected: null };
  let version: ParsedPermalink['version'] = null;
  const seen = new Set<string>();
  const skip = (param: string, value: string | null, reason: IgnoredParam['reason']) =>
    ignored.push({ param: shorten(param), value: value === null ? null : shorten(value), reason });
  const [minZoom, maxZoom] = known.zoom ?? [0, 24];
  const [west, south, east, north] = known.bounds ?? [-180, -90, 180, 90];
  const maxPitch = known.maxPitch ?? 85;

  /** A number parameter: malformed or out of [min, max] is reported, else set. */
  const numberParam = (name: string, value: string, min: number, max: number, set: (n: number) => void) => {
    const n = parseNumber(value.trim());
    if (n === null) return skip(name, value, 'malformed');
    if (n < min || n > max) return skip(name, value, 'out-of-range');
    set(n);
  };

  for (const { name, value } of params) {
    // one value per parameter: a second `z` is reported, not silently preferred (layers lists merge)
    if (name !== PARAM.layers && PERMALINK_PARAMS.includes(name)) {
      if (seen.has(name)) {
        skip(name, value, 'duplicate');
        continue;
      }
      seen.add(name);
    }
    switch (name) {
      case PARAM.center: {
        const xy = value.split(',').map((s) => parseNumber(s.trim()));
        const [lon, lat] = xy;
        if (xy.length !== 2 || lon === null || lat === null || lon === undefined || lat === undefined) {
          skip(name, value, 'malformed');
        } else if (lon < west || lon > east || lat < south || lat > north) {
          skip(name, value, 'out-of-range');
        } else state.center = [lon, lat];
        break;
      }
      case PARAM.zoom:
        numberParam(name, value, minZoom, maxZoom, (n) => (state.zoom = n));
        break;
      case PARAM.bearing:
        numberParam(name, value, -180, 180, (n) => (state.bearing = n));
        break;
      case PARAM.pitch:
        numberParam(name, value, 0, maxPitch, (n) => (state.pitch = n));
        break;
      case PARAM.layers: {
        const ids = value
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== '');
        if (ids.length === 0) skip(name, null, 'empty');
        for (const id of ids) {
          if (!known.layers.includes(id)) skip(name, id, 'unknown-layer');
          else if (!state.layers.includes(id)) state.layers.push(id);
        }
        break;
      }
      case PARAM.theme:
        // an unknown metric, or one no district has a figure for, is left out and named
        if (value === '') skip(name, null, 'empty');
        else if (value === DEFAULT_THEME) break;
        else if (known.themes?.includes(value)) state.theme = value;
        else if (known.themes?.includes(RENAMED_THEMES[value] ?? '')) state.theme = RENAMED_THEMES[value];
        else skip(name, value, 'unknown-id');
        break;
      case PARAM.selected: {
        const i = value.indexOf(':');
        const kind = i < 0 ? '' : value.slice(0, i);
        const id = i < 0 ? '' : value.slice(i + 1);
        if (value.trim() === '') skip(name, null, 'empty');
        else if (i < 0 || id === '') skip(name, value, 'malformed');
        else if (!isKind(kind)) skip(name, value, 'unknown-kind');
        else if (!known.selectable[kind].includes(id)) skip(name, value, 'unknown-id');
        else state.selected = { kind, id };
        break;
      }
      case PARAM.date: {
        const day = parseDay(value);
        if (value.trim() === '') skip(name, null, 'empty');
        else if (!known.dates) skip(name, null, 'unknown-parameter');
        else if (day === null) skip(name, value, 'malformed');
        else if (day < known.dates.from || day > known.dates.to) skip(name, value, 'out-of-range');
        else state.date = day;
        break;
      }
      case PARAM.lang:
        if (known.langs.includes(value)) state.lang = value;
        else skip(name, value, value === '' ? 'empty' : 'unknown-lang');
        break;
      case PARAM.version:
        if (!VERSION.test(value)) skip(name, value, value === '' ? 'empty' : 'malformed');
        else {
          state.v = value;
          if (value !== known.version) version = { link: value, current: known.version };
        }
        break;
      default:
        skip(name, null, 'unknown-parameter');
    }
  }
  return { state, ignored, version };
}

/** True when the address moves the camera (else the map opens as it would without a link). */
export const hasCamera = (s: LinkState): boolean =>
  s.center !== undefined || s.zoom !== undefined || s.bearing !== undefined || s.pitch !== undefined;
