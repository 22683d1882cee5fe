/** P7: `npm run build:data` wall time (median of two runs) and whether the two runs wrote identical bytes. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median, ROOT, type Metric } from './lib.ts';

const OUTPUTS = ['districts.geojson', 'context.geojson', 'events.geojson', 'atlas.json'];

export function buildDataTwice(): Metric {
  const times: number[] = [];
  const outputs: string[] = [];
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    execFileSync('npx', ['tsx', 'geodata/build/build.ts'], { cwd: ROOT, stdio: 'pipe' });
    times.push(performance.now() - t0);
    outputs.push(OUTPUTS.map((f) => readFileSync(resolve(ROOT, 'geodata', f), 'utf8')).join('\0'));
  }
  return { app: Math.round(median(times)), baseline: null, ratio: null, goal: 'identical', unit: 'ms', note: outputs[0] === outputs[1] ? 'two runs: identical bytes' : 'two runs DIFFER' };
}
