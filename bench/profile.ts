/**
 * Where the app spends main-thread time before its first idle and on a district click: CPU
 * profiles (CDP Profiler) of one app load in a fresh context after a warm-up load, split where the
 * map is constructed, and of one click; each sample is mapped through the build's source maps
 * (and maplibre-gl's own) to the original file and line.
 * Not part of `npm run bench`: `npx tsx bench/profile.ts` builds the app with source maps into
 * BENCH_OUT_DIR (default a temp dir) and prints the top self-time functions and files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { district, interiorPoint } from '../tests/e2e/geo.ts';
import { freshPage, ROOT, serve } from './lib.ts';
import { CLICK_DISTRICT } from './p2-click.ts';
import { clickAt, openTarget, pixelOf, settle } from './pages.ts';

const OUT = resolve(process.env.BENCH_OUT_DIR ?? resolve(os.tmpdir(), 'karabakh-atlas-profile'));
const TOP = Number(process.env.PROFILE_TOP ?? 25);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const maps = new Map<string, SourceMap | null>();
/** The source map beside a file on disk (file + ".map"), or null. */
function mapBeside(file: string): SourceMap | null {
  if (!maps.has(file)) {
    const at = `${file}.map`;
    maps.set(file, existsSync(at) ? new SourceMap(JSON.parse(readFileSync(at, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null);
  }
  return maps.get(file) ?? null;
}

/**
 * Where a call frame is in the original sources (a package path under node_modules or a project
 * path), its line and original name: through the build's map, then through the map a package
 * ships beside its own bundle (maplibre-gl.mjs.map), so MapLibre frames name its src/*.ts.
 */
function where(f: ProfileNode['callFrame']): { file: string; line: number; name: string } {
  if (!f.url) return { file: f.functionName.startsWith('(') ? f.functionName : `(native ${f.functionName})`, line: 0, name: '' };
  let file = resolve(OUT, new URL(f.url).pathname.replace(/^\//, ''));
  let line = f.lineNumber;
  let column = f.columnNumber;
  let name = f.functionName;
  for (let hop = 0; hop < 2; hop++) {
    const entry = mapBeside(file)?.findEntry(line, column);
    if (!entry || !('originalSource' in entry) || typeof entry.originalSource !== 'string') break;
    const src = entry.originalSource.replace(/^file:\/\//, '');
    file = src.startsWith('/') ? src : resolve(dirname(file), src);
    line = entry.originalLine;
    column = entry.originalColumn;
    // `name` is in Node's mappings from 20.x on, not yet in its types
    if (hop > 0 && 'name' in entry && typeof entry.name === 'string' && entry.name) name = entry.name;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
  const shown = pkg ? `${pkg[1]}/${pkg[2]}` : file.replace(/^.*?\/(src|bench|tests)\//, '$1/');
  return { file: shown, line: line + 1, name };
}

/** The package of a node_modules file ("maplibre-gl", "@turf/helpers"), or the project file itself. */
const groupOf = (file: string): string => /^(src|bench|tests)\//.test(file) || file.startsWith('(') ? file : (/^((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file);

/** Self time per "function at file:line" and per file, in ms, largest first. */
function summarise(p: Profile): { fns: [string, number][]; files: [string, number][]; total: number } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (!node || ms <= 0) return;
    const w = where(node.callFrame);
    if (!node.callFrame.url && /^\((idle|program)\)$/.test(node.callFrame.functionName)) return;
    total += ms;
    const key = node.callFrame.url ? `${w.name || '(anonymous)'} ${w.file}:${w.line}` : w.file;
    fns.set(key, (fns.get(key) ?? 0) + ms);
    files.set(groupOf(w.file), (files.get(groupOf(w.file)) ?? 0) + ms);
  });
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  return { fns: top(fns), files: top(files), total };
}

function print(title: string, p: Profile): void {
  const s = summarise(p);
  console.log(`\n## ${title}: ${Math.round(s.total)} ms of main-thread samples (idle and "(program)" left out)\n`);
  console.log('self ms | function at original file:line');
  for (const [k, ms] of s.fns) console.log(`${ms.toFixed(1).padStart(7)} | ${k}`);
  console.log('\nself ms | project file or package');
  for (const [k, ms] of s.files) console.log(`${ms.toFixed(1).padStart(7)} | ${k}`);
}

/**
 * In the page before its scripts: one profile from the document's start until main.ts assigns
 * window.__atlas (data, parsing, indexing, DOM, style: the app's own work before the map exists;
 * the handle exists in `--mode test` builds, which this one is),
 * one from there until data-map-ready (MapLibre loading and drawing, with the app's remaining setup).
 */
function splitProfile(): void {
  const before = 'document start → map constructed (window.__atlas assigned)';
  const after = 'map constructed → data-map-ready';
  console.profile(before);
  let atlas: Window['__atlas'] | undefined;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => atlas,
    set: (value: Window['__atlas']) => {
      atlas = value;
      console.profileEnd(before);
      console.profile(after);
    },
  });
  document.addEventListener('DOMContentLoaded', () => {
    const mo = new MutationObserver(() => {
      if (document.documentElement.dataset.mapReady !== 'true') return;
      mo.disconnect();
      console.profileEnd(after);
    });
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-map-ready'] });
  });
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function main(): Promise<void> {
  if (!CHROMIUM_PATH) throw new Error('Chromium not found');
  execFileSync('npx', ['vite', 'build', '--mode', 'test', '--logLevel', 'warn', '--sourcemap', '--outDir', OUT, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  const app = await serve(OUT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    await (await openTarget(browser, { kind: 'app', url: app.url, label: 'app' })).close(); // warm-up
    const { page, context } = await freshPage(browser);
    const cdp = await context.newCDPSession(page);
    const profiles = new Map<string, Profile>();
    cdp.on('Profiler.consoleProfileFinished', (e) => profiles.set(e.title ?? '', e.profile as Profile));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await context.addInitScript(splitProfile);
    await page.goto(app.url);
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout: 90_000 });
    for (let i = 0; i < 100 && profiles.size < 2; i++) await page.waitForTimeout(100);
    await context.close();
    for (const [title, profile] of profiles) print(`app load, ${title}`, profile);

    const open = await openTarget(browser, { kind: 'app', url: app.url, label: 'app' });
    const at = interiorPoint(district(CLICK_DISTRICT));
    await clickAt(open.page, at); // warm-up click
    const pt = await pixelOf(open.page, at);
    await open.page.mouse.move(pt.x, pt.y);
    await settle(open.page);
    const ccdp = await open.context.newCDPSession(open.page);
    await startProfiler(ccdp);
    await clickAt(open.page, at);
    const click = (await ccdp.send('Profiler.stop')).profile as Profile;
    await open.close();
    print(`one click on ${CLICK_DISTRICT} (press → popup painted → closed → idle)`, click);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
