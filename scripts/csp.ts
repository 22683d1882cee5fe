/**
 * The Content Security Policy of the built app, written once: vite.config.ts sets it as a <meta>
 * in the built index.html, the server of `npm start` (scripts/serve.ts) sends it as a header on
 * every reply, and tests/e2e/csp.test.ts reads both back. Every directive was checked by use in
 * headless Chromium (load, popup, data-quality view, theme, Khojaly layer, citations, image and
 * data export).
 *
 * What needs what:
 * - script-src 'self': the bundle and its lazy chunks (citations, data export). No inline script,
 *   no 'unsafe-eval'. zod 4 probes `new Function` when its first object schema is built, to decide
 *   whether to compile its parsers; the policy blocks the probe and the browser reports it as a
 *   violation although zod catches it and parses without compiling. The app must therefore call
 *   zod's `config({ jitless: true })` before any schema module runs (it then never probes).
 *   citation-js, MapLibre and the export evaluate no strings.
 * - worker-src 'self': MapLibre 6's worker (setWorkerUrl with the emitted .mjs) and the export's
 *   PNG/JPEG encoder (src/export/encode-worker.ts), both module workers served from this origin.
 * - style-src 'self': the one stylesheet. Styles set from script (element.style, MapLibre's
 *   positioning, CSS custom properties) go through the CSSOM, which CSP does not restrict.
 * - img-src 'self' data: the favicon, and MapLibre's stylesheet draws its control icons (zoom,
 *   compass, attribution) as data: SVGs. Map images (hatches, arrows) are raw pixels, no URL.
 * - font-src 'self': Noto Sans from /fonts/. Nothing loads it by URL any more (see connect-src),
 *   but a font from this origin is all the page could ever need.
 * - connect-src 'self': the data (/data/*.json|geojson), and the font files, which the map's
 *   labels (src/map/font-files.ts) and the exported page's text (src/export/paint-page.ts) fetch
 *   with the page's time limit and hand to FontFace as bytes.
 * - No blob: anywhere. The image and data exports are downloads of blob: URLs through
 *   <a download>, which is a navigation, not a fetch; nothing the app draws or runs needs one.
 */

/** Directive → sources, in the order they are written. */
export type Directives = Readonly<Record<string, readonly string[]>>;

export const CSP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Only in the header: a <meta> policy cannot carry frame-ancestors (browsers ignore it there). */
export const HEADER_ONLY_DIRECTIVES: Directives = {
  'frame-ancestors': ["'none'"],
};

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy of the <meta http-equiv="Content-Security-Policy"> in the built index.html. */
export const CSP_META = serializePolicy(CSP_DIRECTIVES);

/** The Content-Security-Policy header `npm start` sends: the meta policy and frame-ancestors. */
export const CSP_HEADER = serializePolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Every reply of `npm start` (scripts/serve.ts) carries these; vite preview too (the benchmark's server). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Parses a serialized policy back into directives (tests compare the meta and the header with it). */
export function parsePolicy(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}
