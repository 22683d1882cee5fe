/**
 * `npm run bench` (BENCH.md): the app against a baseline in the same run, alternating, medians and
 * ratios; prints a table and writes bench/results/latest.json. Never a test: it cannot fail the
 * build, and a metric that fails is printed "n/a" with the reason.
 *   P1 load, P2 click, P6 heap: against the bare MapLibre page (bench/baseline/, style.json made
 *      from the app's own style builder, bench/baseline-style.ts)
 *   P3 built sizes; P4, P5 export against @watergis/maplibre-gl-export (bench/peer/); P7 build:data
 * Options (environment): BENCH_ONLY=P1,P2 · BENCH_RUNS=5 (P4 pairs; P1 ≥ 5 pairs, P2 ≥ 10 clicks) ·
 * BENCH_APP_DIST=/path/dist (bench that build, build nothing for it) · BENCH_OUT_DIR=/tmp/x (where
 * the app is built, default dist/) · BENCH_JSON=/path.json (default bench/results/latest.json).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { BASELINE_DIST, prepareBaseline } from './baseline-style.ts';
import { benchExport } from './export.ts';
import { APP_DIST, APP_DIST_GIVEN, APP_OUT_DIR, notAvailable, ROOT, serve, wants, type Metric } from './lib.ts';
import { benchLoad } from './p1-load.ts';
import { benchClick } from './p2-click.ts';
import { benchSize } from './p3-size.ts';
import { benchHeap } from './p6-heap.ts';
import { buildDataTwice } from './p7-data.ts';
import { printTable, writeResults } from './table.ts';
import type { Target } from './pages.ts';

const vite = (args: string[]) => execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { cwd: ROOT, stdio: 'inherit' });

/** Runs one metric; a failure becomes an "n/a" row naming the error, and the bench goes on. */
async function attempt(metrics: Record<string, Metric>, id: string, goal: number | string, unit: string, run: () => Promise<Metric>): Promise<void> {
  const t0 = performance.now();
  try {
    metrics[id] = await run();
    console.log(`  ${id}: ${Math.round((performance.now() - t0) / 1000)} s`);
  } catch (e) {
    console.error(`  ${id} failed:`, e instanceof Error ? e.message : e);
    metrics[id] = notAvailable(goal, unit, e);
  }
}

async function againstBareMap(browser: Browser, appUrl: string, metrics: Record<string, Metric>): Promise<void> {
  const bare = await serve(BASELINE_DIST);
  try {
    const prepared = await prepareBaseline(browser, appUrl, bare.url);
    const app: Target = { kind: 'app', url: appUrl };
    const baseline: Target = { kind: 'baseline', url: prepared.url };
    if (wants('P1')) await attempt(metrics, 'P1', 1.3, 'ms (median)', () => benchLoad(browser, app, baseline));
    if (wants('P2')) {
      await attempt(metrics, 'P2', 1.2, 'ms (median)', async () => {
        const r = await benchClick(browser, app, baseline);
        metrics['P2-dom'] = r.dom;
        return r.P2;
      });
    }
    if (wants('P6')) await attempt(metrics, 'P6', '≤ 1.5, no growth per click', 'MB heap after load', () => benchHeap(browser, app, baseline));
  } catch (e) {
    // the app page itself did not load: every metric against the bare page is n/a
    console.error('  the app page did not load:', e instanceof Error ? e.message : e);
    const rows = [['P1', 1.3, 'ms (median)'], ['P2', 1.2, 'ms (median)'], ['P6', '≤ 1.5, no growth per click', 'MB heap after load']] as const;
    for (const [id, goal, unit] of rows) if (wants(id)) metrics[id] = notAvailable(goal, unit, e);
  } finally {
    await bare.close();
  }
}

async function main(): Promise<void> {
  if (!CHROMIUM_PATH) throw new Error('Chromium not found: install Debian package "chromium" or set CHROMIUM_PATH');
  const t0 = performance.now();
  const bare = wants('P1') || wants('P2') || wants('P6');
  const exports = wants('P4') || wants('P5');
  const browserNeeded = bare || exports;
  console.log(`bench: app ${APP_DIST_GIVEN ? `as built in ${APP_DIST_GIVEN}` : `built into ${APP_OUT_DIR}`}`);
  if (!APP_DIST_GIVEN && (browserNeeded || wants('P3'))) vite(['--outDir', APP_OUT_DIR, '--emptyOutDir']);
  if (bare || wants('P3')) vite(['--config', 'bench/vite.baseline.config.ts']);
  if (exports) vite(['--config', 'bench/vite.peer.config.ts']);
  if (!existsSync(resolve(APP_DIST, 'index.html'))) throw new Error(`no built app in ${APP_DIST}`);

  const metrics: Record<string, Metric> = {};
  if (wants('P3')) {
    const [js, lazy, data] = benchSize(APP_DIST, BASELINE_DIST);
    if (js && lazy && data) Object.assign(metrics, { P3: js, 'P3-lazy': lazy, 'P3-data': data });
  }
  if (browserNeeded) {
    const app = await serve(APP_DIST);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    try {
      if (bare) await againstBareMap(browser, app.url, metrics);
      if (exports) {
        const peer = await serve(resolve(ROOT, 'bench/peer/dist'));
        try {
          const r = await benchExport(browser, app.url, peer.url);
          if (wants('P4')) metrics.P4 = r.P4;
          if (wants('P5')) metrics.P5 = r.P5;
        } catch (e) {
          console.error('  export benchmark failed:', e instanceof Error ? e.message : e);
          if (wants('P4')) metrics.P4 = notAvailable(1.0, 'ms (median)', e);
          if (wants('P5')) metrics.P5 = notAvailable('4961×3508', 'px delivered', e);
        } finally {
          await peer.close();
        }
      }
    } finally {
      await browser.close();
      await app.close();
    }
  }
  if (wants('P7')) await attempt(metrics, 'P7', 'identical', 'ms', async () => buildDataTwice());

  printTable(metrics);
  const seconds = (performance.now() - t0) / 1000;
  const file = writeResults(metrics, seconds);
  console.log(`\nwritten: ${file} (${Math.round(seconds)} s)`);
  if (APP_DIST_GIVEN) console.log(`app: ${APP_DIST_GIVEN}; the bare page and the peer are built from this tree`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
