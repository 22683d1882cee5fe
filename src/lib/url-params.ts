/**
 * The page address as state: `?layers=khojaly-1992` shows that event at load. Pure and small on
 * purpose: issue 5 extends it with the view for permalinks. Anything the map does not understand
 * is ignored and *reported* (never a crash, never a silent drop), so a reader who follows a
 * mistyped or outdated link learns what was left out. Imports nothing from src: the vocabulary
 * (which layer ids exist) is passed in.
 */

/** What the address can ask for. */
export interface UrlState {
  /** event layers to show, each once, in the order the address gives them */
  layers: string[];
}

export type IgnoredReason = 'unknown-parameter' | 'unknown-layer' | 'empty' | 'malformed';

/** One part of the address that was not used, as the reader wrote it (shortened if long). */
export interface IgnoredParam {
  param: string;
  /** the offending value; null when the whole parameter was ignored */
  value: string | null;
  reason: IgnoredReason;
}

export interface ParsedUrl {
  state: UrlState;
  ignored: IgnoredParam[];
}

/** The ids each parameter accepts. */
export interface UrlVocabulary {
  layers: readonly string[];
}

/** The parameters this map reads (issue 5 adds to this list). */
export const URL_PARAMS = ['layers'] as const;

/** A hostile or broken link must not flood the notice: names and values are shortened. */
const MAX_SHOWN = 40;
const shorten = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s);

/** Form decoding ("+" is a space); null when the percent-escapes are broken. */
function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** "?a=1&b" → [["a","1"],["b",""]], raw (not yet decoded); empty pieces dropped. */
function pieces(search: string): Array<[string, string]> {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const i = p.indexOf('=');
      return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
    });
}

export function parseUrlParams(search: string, known: UrlVocabulary): ParsedUrl {
  const state: UrlState = { layers: [] };
  const ignored: IgnoredParam[] = [];
  for (const [rawName, rawValue] of pieces(search)) {
    const name = decode(rawName);
    const value = decode(rawValue);
    if (name === null || value === null) {
      ignored.push({ param: shorten(name ?? rawName), value: shorten(value ?? rawValue), reason: 'malformed' });
      continue;
    }
    if (name !== 'layers') {
      ignored.push({ param: shorten(name), value: null, reason: 'unknown-parameter' });
      continue;
    }
    const ids = value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (ids.length === 0) ignored.push({ param: name, value: null, reason: 'empty' });
    for (const id of ids) {
      if (!known.layers.includes(id)) ignored.push({ param: name, value: shorten(id), reason: 'unknown-layer' });
      else if (!state.layers.includes(id)) state.layers.push(id);
    }
  }
  return { state, ignored };
}

/** Commas stay readable in the address (`layers=a,b`); everything else is escaped. */
const encodeValue = (v: string) => encodeURIComponent(v).replace(/%2C/gi, ',');

/**
 * The search string with `name` set to `value` (null removes it), every other part kept exactly
 * as written, so a link the reader edited by hand keeps what they put in it.
 */
export function withParam(search: string, name: string, value: string | null): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && decode(p.split('=')[0] ?? '') !== name);
  if (value !== null) kept.push(`${encodeURIComponent(name)}=${encodeValue(value)}`);
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** The `layers` value for a list of shown layers; null (no parameter) when none is shown. */
export function layersParam(ids: readonly string[]): string | null {
  return ids.length > 0 ? ids.join(',') : null;
}
