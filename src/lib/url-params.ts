/**
 * Reading a page address, the part every parameter shares: split `?a=1&b=2` into names and
 * values, decode them, and name what could not be read. What each parameter *means* is
 * src/lib/permalink.ts (the one parser of the view state). Anything the map does not understand is
 * ignored and *reported* (never a crash, never a silent drop), so a reader who follows a mistyped
 * or outdated link learns what was left out. Imports nothing from src.
 */

export type IgnoredReason =
  | 'unknown-parameter'
  | 'unknown-layer'
  | 'empty'
  | 'malformed'
  | 'out-of-range'
  | 'unknown-kind'
  | 'unknown-id'
  | 'unknown-lang'
  | 'duplicate';

/** One part of the address that was not used, as the reader wrote it (shortened if long). */
export interface IgnoredParam {
  param: string;
  /** the offending value; null when the whole parameter was ignored */
  value: string | null;
  reason: IgnoredReason;
}

/** One `name=value` of the address, decoded. */
export interface RawParam {
  name: string;
  value: string;
}

/** A hostile or broken link must not flood the notice: names and values are shortened. */
const MAX_SHOWN = 40;
export const shorten = (s: string): string => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s);

/** Form decoding ("+" is a space); null when the percent-escapes are broken. */
function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * "?a=1&b" → [{a,"1"}, {b,""}], decoded, in the address's order; empty pieces dropped; a piece
 * whose escapes are broken ("%E0%A4%A") goes to `ignored` as malformed.
 */
export function readParams(search: string): { params: RawParam[]; ignored: IgnoredParam[] } {
  const params: RawParam[] = [];
  const ignored: IgnoredParam[] = [];
  for (const piece of search.replace(/^\?/, '').split('&')) {
    if (piece === '') continue;
    const i = piece.indexOf('=');
    const rawName = i < 0 ? piece : piece.slice(0, i);
    const rawValue = i < 0 ? '' : piece.slice(i + 1);
    const name = decode(rawName);
    const value = decode(rawValue);
    if (name === null || value === null) {
      ignored.push({ param: shorten(name ?? rawName), value: shorten(value ?? rawValue), reason: 'malformed' });
      continue;
    }
    params.push({ name, value });
  }
  return { params, ignored };
}

/**
 * A value for the address: escaped, except the characters our values use as separators (`,` in
 * lists, `:` in `sel=district:lachin`), which are legal in a query and keep links readable.
 */
export const encodeValue = (v: string): string => encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
