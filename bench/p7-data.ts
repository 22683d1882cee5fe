/**
 * P7: `npm run build:data` run twice in a tree: the wall time (median of the two) and whether the
 * two runs wrote identical bytes. What it wrote is read as every file under geodata/ other than
 * the inputs and the build's code, so a change of output files needs no change here.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { median, type Metric } from './lib.ts';

/** geodata/ folders that are not outputs */
const NOT_OUTPUT = new Set(['build', 'claims', 'sources']);

function outputs(tree: string): string {
  const root = resolve(tree, 'geodata');
  const files: string[] = [];
  const walk = (dir: string, top: boolean) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !(top && NOT_OUTPUT.has(e.name))) walk(resolve(dir, e.name), false);
      else if (e.isFile()) files.push(resolve(dir, e.name));
    }
  };
  walk(root, true);
  return files
    .sort()
    .map((f) => `${relative(root, f)} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`)
    .join('\n');
}

export function buildDataTwice(tree: string): Metric {
  const times: number[] = [];
  const written: string[] = [];
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    execFileSync('npx', ['tsx', 'geodata/build/build.ts'], { cwd: tree, stdio: 'pipe' });
    times.push(performance.now() - t0);
    written.push(outputs(tree));
  }
  const files = (written[0] ?? '').split('\n').length;
  return {
    app: Math.round(median(times)),
    baseline: null,
    ratio: null,
    goal: 'identical',
    unit: 'ms',
    note: `${written[0] === written[1] ? 'two runs: identical bytes' : 'two runs DIFFER'} (${files} files under geodata/)`,
  };
}
