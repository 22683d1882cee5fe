/**
 * The label fonts (the style's font-faces) fetched with the page's wait for a file. MapLibre
 * downloads them itself, with no time limit: a font file that never answered kept the labels'
 * tiles, and so the map's first `idle`, waiting for ever, and the page said "Loading" for good.
 * Its request for a font is routed here instead (a protocol of our own), fetched like the data
 * (src/data/fetch-data.ts), and a file that fails is named to whoever listens: MapLibre then skips
 * that font, as it does any font it cannot load, and the map finishes drawing.
 */
import { addProtocol, type RequestParameters, type ResourceType } from 'maplibre-gl';
import { DataLoadError, fetchBytes } from '../data/fetch-data.ts';

const PROTOCOL = 'atlas-font';
const PREFIX = `${PROTOCOL}://`;

type FontFailure = (error: DataLoadError) => void;
const listeners = new Set<FontFailure>();
const failures: DataLoadError[] = [];

/** The file's name in messages: its path on the server ("fonts/noto-sans-latin-400-normal.woff2"). */
const fileOf = (url: string): string => {
  try {
    return new URL(url).pathname.replace(/^\//, '');
  } catch {
    return url;
  }
};

let registered = false;
function register(): void {
  if (registered) return;
  registered = true;
  addProtocol(PROTOCOL, async (params) => {
    const url = params.url.slice(PREFIX.length);
    const file = fileOf(url);
    try {
      const bytes = await fetchBytes(url, file);
      return { data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
    } catch (e) {
      const error = e instanceof DataLoadError ? e : new DataLoadError(`${file}: ${String(e)}`, file);
      if (!failures.some((f) => f.message === error.message)) {
        failures.push(error);
        for (const listener of listeners) listener(error);
      }
      throw error;
    }
  });
}

/** A map option: its font downloads go through the fetch above; every other request is left as it is. */
export function fontRequests(url: string, type?: ResourceType): RequestParameters | undefined {
  register();
  // a style's font-faces are fetched as "Glyphs"; the atlas has no glyph server, so only its fonts are
  return String(type) === 'Glyphs' && /^https?:/.test(url) ? { url: `${PREFIX}${url}` } : undefined;
}

/** Calls `handler` with every label font that could not be loaded, those before the call included. */
export function onFontFailed(handler: FontFailure): void {
  for (const f of failures) handler(f);
  listeners.add(handler);
}
