/**
 * `npm run bench` (BENCH.md): the app against a baseline in the same run, alternating, medians and
 * ratios; prints a table and writes bench/results/latest.json. Never a test: it cannot fail the
 * build. Today: P4 and P5 (export, against @watergis/maplibre-gl-export) and P7 (build:data);
 * issue 7 adds P1–P3 and P6 here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWPORT = { width: 1280, height: 800 };

interface Metric {
  app: number | string;
  baseline: number | string | null;
  ratio: number | null;
  goal: number | string;
  unit: string;
  note?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

/** Width × height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(bytes: Buffer): string {
  return `${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)}`;
}

async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const addr = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${addr.port}/`, close: () => server.close() };
}

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout: 90_000 });
  return page;
}

/** Our export: the call the export panel makes, timed from the trigger to the finished blob. */
async function appExport(page: Page, paper: 'A4' | 'A3'): Promise<{ ms: number; size: string }> {
  const t0 = performance.now();
  const r = await page.evaluate(
    (p) => window.__atlas.exportImage({ paper: p, orientation: 'landscape', dpi: 300, format: 'png' }),
    paper,
  );
  return { ms: performance.now() - t0, size: `${r.width}×${r.height}` };
}

/** The peer: its own generateMap, timed from the trigger until its download is on disk. */
async function peerExport(page: Page, paper: 'A4' | 'A3'): Promise<{ ms: number; size: string }> {
  const t0 = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    page.evaluate((p) => window.__peer?.generate(p, 300), paper),
  ]);
  const path = await download.path();
  const ms = performance.now() - t0;
  return { ms, size: pngSize(readFileSync(path)) };
}

function buildDataTwice(): Metric {
  const times: number[] = [];
  const outputs: string[] = [];
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    execFileSync('npx', ['tsx', 'geodata/build/build.ts'], { cwd: ROOT, stdio: 'pipe' });
    times.push(performance.now() - t0);
    outputs.push(['districts.geojson', 'context.geojson', 'events.geojson', 'atlas.json'].map((f) => readFileSync(resolve(ROOT, 'geodata', f), 'utf8')).join('\0'));
  }
  return { app: Math.round(median(times)), baseline: null, ratio: null, goal: 'identical', unit: 'ms', note: outputs[0] === outputs[1] ? 'two runs: identical bytes' : 'two runs DIFFER' };
}

async function main(): Promise<void> {
  if (!CHROMIUM_PATH) throw new Error('Chromium not found: install Debian package "chromium" or set CHROMIUM_PATH');
  console.log('bench: building the app and the peer page…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.peer.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  const app = await serve(resolve(ROOT, 'dist'));
  const peer = await serve(resolve(ROOT, 'bench/peer/dist'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const metrics: Record<string, Metric> = {};
  try {
    const appPage = await open(browser, app.url);
    const peerPage = await open(browser, peer.url);
    // warm-up: shaders, fonts and workers of both pages, not measured
    await appExport(appPage, 'A4');
    await peerExport(peerPage, 'A4');

    const a: number[] = [];
    const b: number[] = [];
    let sizes = { app: '', peer: '' };
    for (let i = 0; i < RUNS; i++) {
      const x = await appExport(appPage, 'A4');
      const y = await peerExport(peerPage, 'A4');
      a.push(x.ms);
      b.push(y.ms);
      sizes = { app: x.size, peer: y.size };
      console.log(`  P4 run ${i + 1}/${RUNS}: app ${Math.round(x.ms)} ms (${x.size}), peer ${Math.round(y.ms)} ms (${y.size})`);
    }
    metrics.P4 = {
      app: Math.round(median(a)),
      baseline: Math.round(median(b)),
      ratio: Math.round((median(a) / median(b)) * 100) / 100,
      goal: 1.0,
      unit: 'ms (median)',
      note: `A4 landscape 300 dpi PNG; app ${sizes.app} with title, legend and sources; peer ${sizes.peer}, map only; min app ${Math.round(Math.min(...a))}, peer ${Math.round(Math.min(...b))}`,
    };

    const a3 = await appExport(appPage, 'A3');
    const p3 = await peerExport(peerPage, 'A3');
    metrics.P5 = { app: a3.size, baseline: p3.size, ratio: null, goal: '4961×3508', unit: 'px delivered', note: `A3 landscape 300 dpi; app ${Math.round(a3.ms)} ms, peer ${Math.round(p3.ms)} ms` };
  } finally {
    await browser.close();
    await app.close();
    await peer.close();
  }
  metrics.P7 = buildDataTwice();

  const result = {
    date: new Date().toISOString(),
    machine: { platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    chromium: { path: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport: VIEWPORT },
    runs: RUNS,
    metrics,
  };
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('\n| id | app | baseline | ratio | goal | unit | note |\n|---|---|---|---|---|---|---|');
  for (const [id, m] of Object.entries(metrics)) {
    console.log(`| ${id} | ${m.app} | ${m.baseline ?? '–'} | ${m.ratio ?? '–'} | ${m.goal} | ${m.unit} | ${m.note ?? ''} |`);
  }
  console.log('\nwritten: bench/results/latest.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
