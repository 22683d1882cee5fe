/**
 * What every benchmark shares: options from the environment, the metric record, medians and
 * ratios, the static server and a fresh browser context per page.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');
/** P4's export pairs (as before); P1 uses at least 5 pairs and P2 at least 10 clicks whatever this says */
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const VIEWPORT = { width: 1280, height: 800 };
/** the machine is shared: its load when the bench started goes in the JSON beside the numbers */
export const LOAD_AT_START = os.loadavg().map((x) => Math.round(x * 100) / 100);
/** `BENCH_ONLY=P1,P2`: a subset; unset → all */
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim().toUpperCase())
  .filter(Boolean);
export const wants = (id: string): boolean => ONLY.length === 0 || ONLY.includes(id);
/** `BENCH_APP_DIST=/path/to/dist`: bench that build of the app as it is (nothing is built for it) */
export const APP_DIST_GIVEN = process.env.BENCH_APP_DIST ? resolve(process.env.BENCH_APP_DIST) : undefined;
/** `BENCH_OUT_DIR=/tmp/x`: where the bench builds the app when no BENCH_APP_DIST is given (default dist/) */
export const APP_OUT_DIR = resolve(process.env.BENCH_OUT_DIR ?? resolve(ROOT, 'dist'));
export const APP_DIST = APP_DIST_GIVEN ?? APP_OUT_DIR;

export interface Metric {
  app: number | string;
  baseline: number | string | null;
  ratio: number | null;
  goal: number | string;
  unit: string;
  note?: string;
  /** BENCH_BEFORE: the same metric for the build of that revision, measured in the same run */
  before?: Pick<Metric, 'app' | 'baseline' | 'ratio' | 'note'>;
}

/** A metric per app build, by label: "after" (this tree) and, with BENCH_BEFORE, "before". */
export type PerApp = Record<string, Metric>;

/** One row: the "after" metric, with the "before" one beside it when there is one. */
export function paired(per: PerApp): Metric {
  const after = per.after;
  if (!after) throw new Error(`no "after" measurement (have: ${Object.keys(per).join(', ') || 'none'})`);
  const before = per.before;
  return before ? { ...after, before: { app: before.app, baseline: before.baseline, ratio: before.ratio, note: before.note } } : after;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

export const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A metric whose feature (or page) is missing in this build: the table prints "n/a" and why. */
export function notAvailable(goal: number | string, unit: string, why: unknown): Metric {
  const msg = why instanceof Error ? why.message : String(why);
  return { app: 'n/a', baseline: 'n/a', ratio: null, goal, unit, note: msg.split('\n')[0]?.slice(0, 200) ?? '' };
}

export async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  // the project's config: both pages get the same preview headers (CSP included)
  const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const addr = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${addr.port}/`, close: () => server.close() };
}

/**
 * tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which wraps inner
 * functions in `__name(…)`: the page gets a no-op of it.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** A page in a context of its own (no cache, storage or compiled code shared with other runs). */
export async function freshPage(browser: Browser): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ content: NAME_SHIM });
  const page = await context.newPage();
  return { page, context };
}

export const log = (msg: string): void => console.log(`  ${msg}`);
