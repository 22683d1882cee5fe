/**
 * P3: gzip bytes (node:zlib, level 9) of the built app's JavaScript minus maplibre-gl's own, and
 * of the geodata it serves. First-load JS is what index.html references (script and
 * modulepreload) and what those chunks import statically; the rest of assets/*.js is lazy.
 * MapLibre's worker (.mjs) is set against MapLibre's own worker.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, round1, type Metric } from './lib.ts';

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes: number): number => round1(bytes / 1000);
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const MAPLIBRE = resolve(ROOT, 'node_modules/maplibre-gl/dist');

/** Chunk names a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/** First-load chunks of a built index.html: referenced there, then their static imports. */
export function firstLoadChunks(dist: string): string[] {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?assets\/([^"]+\.js)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    if (seen.has(name) || !existsSync(resolve(dist, 'assets', name))) continue;
    seen.add(name);
    queue.push(...staticImports(readFileSync(resolve(dist, 'assets', name), 'utf8')));
  }
  return [...seen];
}

export function benchSize(appDist: string, baselineDist: string): Metric[] {
  const assets = readdirSync(resolve(appDist, 'assets'));
  const first = firstLoadChunks(appDist);
  const lazy = assets.filter((f) => f.endsWith('.js') && !first.includes(f));
  const workers = assets.filter((f) => f.endsWith('.mjs'));
  const at = (f: string) => resolve(appDist, 'assets', f);
  const firstGz = sum(first.map((f) => gz(at(f))));
  const lazyGz = lazy.map((f) => ({ f, bytes: gz(at(f)) })).sort((x, y) => y.bytes - x.bytes);
  const workerGz = sum(workers.map((f) => gz(at(f))));
  const mlMain = gz(resolve(MAPLIBRE, 'maplibre-gl.mjs'));
  const mlWorker = gz(resolve(MAPLIBRE, 'maplibre-gl-worker.mjs'));
  const own = firstGz - mlMain;

  // cross-check: the bare page's bundle is MapLibre as this bundler emits it, plus a few lines
  let bare = '';
  if (existsSync(resolve(baselineDist, 'index.html'))) {
    const bareGz = sum(firstLoadChunks(baselineDist).map((f) => gz(resolve(baselineDist, 'assets', f))));
    bare = `; first-load minus the bare page's bundle (${kB(bareGz)} kB): ${kB(firstGz - bareGz)} kB`;
  }
  const dataDir = resolve(appDist, 'data');
  // the files the page fetches at once (data/*), and the claim files it fetches per place (data/claims/*)
  const data = existsSync(dataDir)
    ? readdirSync(dataDir, { withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => ({ f: d.name, bytes: gz(resolve(dataDir, d.name)) }))
    : [];
  const dataGz = sum(data.map((d) => d.bytes));
  const notGeometry = sum(data.filter((d) => !d.f.endsWith('.geojson')).map((d) => d.bytes));
  const claimsDir = resolve(dataDir, 'claims');
  const claimFiles = existsSync(claimsDir) ? readdirSync(claimsDir).map((f) => ({ f, bytes: gz(resolve(claimsDir, f)) })) : [];
  const lachin = claimFiles.find((c) => c.f === 'lachin.json');
  const perPlace = claimFiles.length
    ? `; fetched per place: ${claimFiles.length} claim files, ${kB(sum(claimFiles.map((c) => c.bytes)))} kB in all, Laçın's ${lachin ? kB(lachin.bytes) : '?'} kB`
    : '; no claim files: every claim is in the first load';
  return [
    {
      app: kB(own),
      baseline: kB(mlMain),
      ratio: null,
      goal: '≤ 60 kB',
      unit: 'kB gzip (1000 B)',
      note:
        `first-load JS ${first.join(' + ')} = ${kB(firstGz)} kB minus maplibre-gl.mjs ${kB(mlMain)} kB` +
        `${bare}; worker ${workers.join(' + ') || 'none'} ${kB(workerGz)} kB vs maplibre-gl-worker.mjs ${kB(mlWorker)} kB`,
    },
    {
      app: kB(sum(lazyGz.map((l) => l.bytes))),
      baseline: null,
      ratio: null,
      goal: '–',
      unit: 'kB gzip (1000 B)',
      note: `lazy chunks (${lazyGz.length}): ${lazyGz.map((l) => `${basename(l.f).replace(/-[\w-]{8}\.js$/, '')} ${kB(l.bytes)}`).join(', ')}`,
    },
    {
      app: data.length > 0 ? kB(dataGz) : 'n/a',
      baseline: null,
      ratio: null,
      goal: '≤ 200 kB',
      unit: 'kB gzip (1000 B)',
      note: data.length > 0 ? `first-load data: ${data.map((d) => `${d.f} ${kB(d.bytes)}`).join(', ')}${perPlace}` : `no data/ in ${appDist}`,
    },
    {
      app: data.length > 0 ? kB(notGeometry) : 'n/a',
      baseline: null,
      ratio: null,
      goal: '≤ 40 kB',
      unit: 'kB gzip (1000 B)',
      note: 'first-load data other than geometry (not *.geojson): no quote, note or source text should be in it',
    },
  ];
}
