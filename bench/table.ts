/** The bench's output: one table on stdout and the BENCH.md JSON (bench/results/latest.json unless BENCH_JSON says). */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import type { AppBuild } from './builds.ts';
import { LOAD_AT_START, ROOT, RUNS, VIEWPORT, type Metric } from './lib.ts';

/** Rows by metric number (P1, P1b, P2, P3, P3-lazy, P3-data, P4 …), rows of one number in the order they were made. */
const num = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 99);
const sub = (id: string) => (/^P\d+$/.test(id) ? 0 : 1);
const byId = (metrics: Record<string, Metric>) => Object.entries(metrics).sort(([x], [y]) => num(x) - num(y) || sub(x) - sub(y));

const cell = (v: number | string | null | undefined): string => (v === null || v === undefined ? '–' : String(v)).replace(/\|/g, '\\|');

/**
 * Without a "before": id, app, baseline, ratio, goal, unit, note. With one, both builds side by
 * side: before, its ratio, after, its ratio. The baseline column is the one both are set against
 * (the same measurement); where the two differ (P8: each build on its own data), it says both.
 */
export function printTable(metrics: Record<string, Metric>): void {
  const rows = byId(metrics);
  if (!rows.some(([, m]) => m.before)) {
    console.log('\n| id | app | baseline | ratio | goal | unit | note |\n|---|---|---|---|---|---|---|');
    for (const [id, m] of rows) console.log(`| ${id} | ${cell(m.app)} | ${cell(m.baseline)} | ${cell(m.ratio)} | ${cell(m.goal)} | ${cell(m.unit)} | ${cell(m.note)} |`);
    return;
  }
  console.log('\n| id | before | ratio before | after | ratio after | baseline | goal | unit | note (after) |\n|---|---|---|---|---|---|---|---|---|');
  for (const [id, m] of rows) {
    const b = m.before;
    const base = b && b.baseline !== m.baseline ? `${cell(b.baseline)} (before), ${cell(m.baseline)} (after)` : cell(m.baseline);
    console.log(`| ${id} | ${cell(b?.app)} | ${cell(b?.ratio)} | ${cell(m.app)} | ${cell(m.ratio)} | ${base} | ${cell(m.goal)} | ${cell(m.unit)} | ${cell(m.note)} |`);
  }
}

const shownBuild = (b: AppBuild) => ({ dist: relative(ROOT, b.dist) || '.', ...(b.rev ? { rev: b.rev.asked, commit: b.rev.commit } : {}) });

export function writeResults(metrics: Record<string, Metric>, seconds: number, builds: { after: AppBuild; before?: AppBuild | undefined }): string {
  const file = resolve(process.env.BENCH_JSON ?? resolve(ROOT, 'bench/results/latest.json'));
  const result = {
    date: new Date().toISOString(),
    machine: {
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadavg_at_start: LOAD_AT_START,
      loadavg_at_end: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    chromium: { path: CHROMIUM_PATH, args: CHROMIUM_ARGS, viewport: VIEWPORT },
    runs: RUNS,
    app_dist: shownBuild(builds.after).dist,
    // BENCH_BEFORE: each metric's "before" holds that build's figures; null when not asked
    before: builds.before ? shownBuild(builds.before) : null,
    only: process.env.BENCH_ONLY ?? null,
    wall_seconds: Math.round(seconds),
    metrics: Object.fromEntries(byId(metrics)),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return relative(ROOT, file);
}
