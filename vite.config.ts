import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CSP_META, SECURITY_HEADERS } from './scripts/csp.ts';

/**
 * Where the built data is read from: geodata/, or the folder ATLAS_GEODATA names (the whole
 * folder, so a benchmark can build the app on generated data: bench/scale-fixture.ts).
 */
const GEODATA = process.env.ATLAS_GEODATA ? resolve(process.env.ATLAS_GEODATA) : resolve(import.meta.dirname, 'geodata');
/**
 * The built outputs the page loads (sources and curated claims stay out of the bundle), with the
 * path each is served at: geodata/*.geojson|json at data/, and one claim file per subject
 * (geodata/claim-files/) at data/claims/<subject>.json, fetched when a place is opened.
 */
const CLAIM_FILES = resolve(GEODATA, 'claim-files');
const servedData = (): Array<{ served: string; path: string }> => [
  ...readdirSync(GEODATA)
    .filter((f) => /\.(geojson|json)$/.test(f))
    .map((f) => ({ served: f, path: resolve(GEODATA, f) })),
  ...readdirSync(CLAIM_FILES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ served: `claims/${f}`, path: resolve(CLAIM_FILES, f) })),
];

/**
 * Serves geodata/*.geojson|json at /data/ in dev and emits them into dist/data/ on build, so the
 * committed outputs are the single copy (no second copy in public/ to drift).
 */
/** citation-js (loaded on demand for citations) imports node-fetch, which cannot run in a browser */
export const BROWSER_ALIASES = [{ find: /^node-fetch$/, replacement: resolve(import.meta.dirname, 'src/shims/node-fetch.ts') }];

/**
 * What the page fetches first, announced in the HTML so the browser starts on it while the script
 * is still downloading: the four data files, and the label fonts of the default view (Latin
 * regular and bold; bold Latin Extended for the Azerbaijani names). Each is a fetch() from the same
 * origin, so the preload is reused by the app's and MapLibre's own requests.
 */
const PRELOADS = [
  ...['districts.geojson', 'context.geojson', 'events.geojson', 'atlas.json'].map((f) => `data/${f}`),
  ...['latin-400', 'latin-700', 'latin-ext-700'].map((f) => `fonts/noto-sans-${f}-normal.woff2`),
];

/**
 * A data file that is not there is a 404, never the page: the SPA fallback would answer 200 with
 * index.html, and the reader would be told the file "is not valid JSON" instead of missing.
 */
function dataNotFound(res: ServerResponse, headers: OutgoingHttpHeaders = {}): void {
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('no such data file\n');
}

/** The path under /data/ a request asks for, without query; null when it is not a valid URL path. */
function dataName(url: string | undefined): string | null {
  try {
    return decodeURIComponent((url ?? '').split('?')[0] ?? '').replace(/^\//, '');
  } catch {
    return null;
  }
}

export function geodata(): Plugin {
  let base = '/';
  return {
    name: 'karabakh-geodata',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () =>
      PRELOADS.map((href) => ({ tag: 'link', attrs: { rel: 'preload', href: `${base}${href}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })),
    configureServer(server) {
      server.middlewares.use('/data/', (req, res) => {
        const name = dataName(req.url) ?? '';
        const file = servedData().find((f) => f.served === name);
        if (!file) return dataNotFound(res);
        res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/geo+json');
        res.end(readFileSync(file.path));
      });
    },
    configurePreviewServer(server) {
      // what the build wrote to dist/data/ is served as usual; anything else there is a 404
      const dir = resolve(server.config.root, server.config.build.outDir, 'data');
      server.middlewares.use(`${base}data/`, (req, res, next) => {
        const name = dataName(req.url);
        const file = resolve(dir, name ?? '');
        const exists = name !== null && file.startsWith(dir + sep) && (statSync(file, { throwIfNoEntry: false })?.isFile() ?? false);
        if (exists) return next();
        dataNotFound(res, server.config.preview.headers);
      });
    },
    generateBundle() {
      for (const f of servedData()) {
        this.emitFile({ type: 'asset', fileName: `data/${f.served}`, source: readFileSync(f.path) });
      }
    },
  };
}

/**
 * The Content Security Policy (scripts/csp.ts) as the first element of <head> in the built
 * index.html, ahead of every script and stylesheet it governs. Build only: the dev server's HMR
 * client needs inline script, so `npm run dev` stays without a policy.
 */
export function cspMeta(): Plugin {
  return {
    name: 'karabakh-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  plugins: [geodata(), cspMeta()],
  resolve: { alias: BROWSER_ALIASES },
  server: { host: '127.0.0.1', port: 5173 },
  // `vite preview` (the benchmark's server) sends the headers of `npm start` (scripts/serve.ts)
  preview: { host: '127.0.0.1', port: 4173, headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB minified: at the default limit the warning fires on every build and
    // would hide a real regression; 1,400 kB still catches one
    chunkSizeWarningLimit: 1400,
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'data', include: ['tests/data/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // one Chromium at a time: two software-rendered WebGL pages on 2 cores just thrash
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
