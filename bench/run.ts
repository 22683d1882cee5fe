/**
 * `npm run bench` (BENCH.md): the app against a baseline in the same run, in turn, medians and
 * ratios; prints a table and writes bench/results/latest.json. Never a test: it cannot fail the
 * build, and a metric that fails is printed "n/a" with the reason.
 *   P1, P1b load, P2 click, P6 heap: against the bare MapLibre page (bench/baseline/, style.json
 *      made from the app's own style builder, bench/baseline-style.ts)
 *   P3 built sizes; P4, P5 export against @watergis/maplibre-gl-export (bench/peer/); P7 build:data;
 *   P8 the app on ten times today's claims against today's (bench/scale-fixture.ts)
 * BENCH_BEFORE=<rev> builds that revision too and measures it beside this tree, against the same
 * baselines in the same run. Other options: see bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { BASELINE_DIST, prepareBaseline } from './baseline-style.ts';
import { buildBefore, buildScaledApp, cleanUp, viteBuild, type AppBuild } from './builds.ts';
import { benchExport } from './export.ts';
import { APP_DIST, APP_DIST_GIVEN, notAvailable, paired, ROOT, serve, wants, type Metric, type PerApp } from './lib.ts';
import { benchLoad } from './p1-load.ts';
import { benchClick } from './p2-click.ts';
import { benchSize } from './p3-size.ts';
import { benchHeap } from './p6-heap.ts';
import { buildDataTwice } from './p7-data.ts';
import { benchScale } from './p8-scale.ts';
import { printTable, writeResults } from './table.ts';
import type { Target } from './pages.ts';

/** BENCH_BEFORE=<git rev>: that revision is built and measured beside this tree */
const BEFORE = process.env.BENCH_BEFORE?.trim() || undefined;

type Row = readonly [id: string, goal: number | string, unit: string];
const P1: Row = ['P1', 1.2, 'ms (median)'];
const P1B: Row = ['P1b', 1.3, 'ms (median)'];
const P2: Row = ['P2', 1.2, 'ms (median)'];
const P6: Row = ['P6', '≤ 1.5, no growth per click', 'MB heap after load'];
const P4: Row = ['P4', 1.0, 'ms (median)'];
const P5: Row = ['P5', '4961×3508', 'px delivered'];
const P7: Row = ['P7', 'identical', 'ms'];
const P8: Row = ['P8', '≤ 1.1', 'kB gzip (1000 B), first-load data'];
const P8_P1B: Row = ['P8-P1b', '≤ 1.1', 'ms (median), map constructed'];
const P8_POPUP: Row = ['P8-popup', '≤ 1.2', 'ms (median), popup painted'];

/** Runs some metrics; a failure makes each of their rows "n/a" naming the error, and the bench goes on. */
async function attempt(metrics: Record<string, Metric>, rows: readonly Row[], run: () => Promise<Record<string, Metric>>): Promise<void> {
  const t0 = performance.now();
  const names = rows.map((r) => r[0]).join(', ');
  try {
    Object.assign(metrics, await run());
    console.log(`  ${names}: ${Math.round((performance.now() - t0) / 1000)} s`);
  } catch (e) {
    console.error(`  ${names} failed:`, e instanceof Error ? e.message : e);
    for (const [id, goal, unit] of rows) metrics[id] = notAvailable(goal, unit, e);
  }
}

async function againstBareMap(browser: Browser, apps: { label: string; url: string }[], metrics: Record<string, Metric>): Promise<void> {
  const bare = await serve(BASELINE_DIST);
  try {
    const after = apps[0];
    if (!after) return;
    let prepared: Awaited<ReturnType<typeof prepareBaseline>>;
    try {
      prepared = await prepareBaseline(browser, after.url, bare.url);
    } catch (e) {
      // the app page itself did not load: every metric against the bare page is n/a
      console.error('  the app page did not load:', e instanceof Error ? e.message : e);
      for (const [id, goal, unit] of [P1, P1B, P2, P6]) if (wants(id.slice(0, 2))) metrics[id] = notAvailable(goal, unit, e);
      return;
    }
    const targets: Target[] = apps.map((a) => ({ kind: 'app', url: a.url, label: a.label }));
    const baseline: Target = { kind: 'baseline', url: prepared.url, label: 'bare' };
    if (wants('P1')) {
      await attempt(metrics, [P1, P1B], async () => {
        const r = await benchLoad(browser, targets, baseline);
        return { P1: paired(r.P1), P1b: paired(r.P1b) };
      });
    }
    if (wants('P2')) {
      await attempt(metrics, [P2], async () => {
        const r = await benchClick(browser, targets, baseline);
        return { P2: paired(r.P2), 'P2-dom': paired(r.dom) };
      });
    }
    if (wants('P6')) await attempt(metrics, [P6], async () => ({ P6: paired(await benchHeap(browser, targets, baseline)) }));
  } finally {
    await bare.close();
  }
}

/** P8 for each build: its scaled twin built, both served, scaled ÷ normal. */
async function scale(browser: Browser, builds: AppBuild[], servers: Map<string, string>, metrics: Record<string, Metric>): Promise<void> {
  await attempt(metrics, [P8, P8_P1B, P8_POPUP], async () => {
    const rows: Record<'P8' | 'P8-P1b' | 'P8-popup', PerApp> = { P8: {}, 'P8-P1b': {}, 'P8-popup': {} };
    for (const build of builds) {
      const scaled = await buildScaledApp(build);
      const server = await serve(scaled.dist);
      try {
        const normal: Target = { kind: 'app', url: servers.get(build.label) ?? '', label: build.label };
        const big: Target = { kind: 'app', url: server.url, label: `${build.label}, scaled` };
        const claims = `${scaled.data.claims.before} → ${scaled.data.claims.after} claims`;
        const r = await benchScale(browser, normal, big, claims);
        rows.P8[build.label] = r.P8;
        rows['P8-P1b'][build.label] = r.P1b;
        rows['P8-popup'][build.label] = r.popup;
      } finally {
        await server.close();
      }
    }
    return { P8: paired(rows.P8), 'P8-P1b': paired(rows['P8-P1b']), 'P8-popup': paired(rows['P8-popup']) };
  });
}

/** The bare page and the peer: built from this tree, production mode (they read no test handle). */
const vitePage = (config: string) => execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--config', config], { cwd: ROOT, stdio: 'inherit' });

async function main(): Promise<void> {
  if (!CHROMIUM_PATH) throw new Error('Chromium not found: install Debian package "chromium" or set CHROMIUM_PATH');
  const t0 = performance.now();
  const bare = wants('P1') || wants('P2') || wants('P6');
  const exports = wants('P4') || wants('P5');
  const browserNeeded = bare || exports || wants('P8');
  const after: AppBuild = { label: 'after', tree: ROOT, dist: APP_DIST };
  console.log(`bench: app ${APP_DIST_GIVEN ? `as built in ${APP_DIST_GIVEN}` : `built into ${APP_DIST}`}${BEFORE ? `; before: ${BEFORE}` : ''}`);
  const appNeeded = browserNeeded || wants('P3');
  if (!APP_DIST_GIVEN && appNeeded) viteBuild(ROOT, APP_DIST);
  if (appNeeded && !existsSync(resolve(APP_DIST, 'index.html'))) throw new Error(`no built app in ${APP_DIST}`);
  if (bare || wants('P3')) vitePage('bench/vite.baseline.config.ts');
  if (exports) vitePage('bench/vite.peer.config.ts');

  const metrics: Record<string, Metric> = {};
  let before: AppBuild | undefined;
  try {
    if (BEFORE) before = buildBefore(BEFORE);
    const builds = before ? [after, before] : [after];
    if (wants('P3')) {
      const sizes = Object.fromEntries(builds.map((b) => [b.label, benchSize(b.dist, BASELINE_DIST)]));
      ['P3', 'P3-lazy', 'P3-data', 'P3-data-text'].forEach((id, i) => {
        const per: PerApp = {};
        for (const b of builds) {
          const m = sizes[b.label]?.[i];
          if (m) per[b.label] = m;
        }
        if (per.after) metrics[id] = paired(per);
      });
    }
    if (browserNeeded) {
      const servers = new Map<string, string>();
      const closers: (() => Promise<void>)[] = [];
      for (const b of builds) {
        const s = await serve(b.dist);
        servers.set(b.label, s.url);
        closers.push(s.close);
      }
      const apps = builds.map((b) => ({ label: b.label, url: servers.get(b.label) ?? '' }));
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
      try {
        if (bare) await againstBareMap(browser, apps, metrics);
        if (exports) {
          const peer = await serve(resolve(ROOT, 'bench/peer/dist'));
          try {
            await attempt(metrics, [P4, P5].filter(([id]) => wants(id)), async () => {
              const r = await benchExport(browser, apps, peer.url);
              return { ...(wants('P4') ? { P4: paired(r.P4) } : {}), ...(wants('P5') ? { P5: paired(r.P5) } : {}) };
            });
          } finally {
            await peer.close();
          }
        }
        if (wants('P8')) await scale(browser, builds, servers, metrics);
      } finally {
        await browser.close();
        for (const close of closers) await close();
      }
    }
    if (wants('P7')) {
      await attempt(metrics, [P7], async () => ({ P7: paired(Object.fromEntries(builds.map((b) => [b.label, buildDataTwice(b.tree)]))) }));
    }
  } finally {
    cleanUp();
  }

  printTable(metrics);
  const seconds = (performance.now() - t0) / 1000;
  const file = writeResults(metrics, seconds, { after, before });
  console.log(`\nwritten: ${file} (${Math.round(seconds)} s)`);
  if (APP_DIST_GIVEN) console.log(`app: ${APP_DIST_GIVEN}; the bare page and the peer are built from this tree`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
