/** The bench's output: one table on stdout and the BENCH.md JSON (bench/results/latest.json unless BENCH_JSON says). */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { APP_DIST, LOAD_AT_START, ROOT, RUNS, VIEWPORT, type Metric } from './lib.ts';

/** Rows by metric number (P1, P2, P3, P3-lazy, P3-data, P4 …), rows of one number in the order they were made. */
const num = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 99);
const sub = (id: string) => (id.includes('-') ? 1 : 0);
const byId = (metrics: Record<string, Metric>) => Object.entries(metrics).sort(([x], [y]) => num(x) - num(y) || sub(x) - sub(y));

const cell = (v: number | string | null | undefined): string => (v === null || v === undefined ? '–' : String(v)).replace(/\|/g, '\\|');

export function printTable(metrics: Record<string, Metric>): void {
  console.log('\n| id | app | baseline | ratio | goal | unit | note |\n|---|---|---|---|---|---|---|');
  for (const [id, m] of byId(metrics)) {
    console.log(`| ${id} | ${cell(m.app)} | ${cell(m.baseline)} | ${cell(m.ratio)} | ${cell(m.goal)} | ${cell(m.unit)} | ${cell(m.note)} |`);
  }
}

export function writeResults(metrics: Record<string, Metric>, seconds: number): string {
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
    app_dist: relative(ROOT, APP_DIST) || '.',
    only: process.env.BENCH_ONLY ?? null,
    wall_seconds: Math.round(seconds),
    metrics: Object.fromEntries(byId(metrics)),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return relative(ROOT, file);
}
