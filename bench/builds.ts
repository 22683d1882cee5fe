/**
 * The app builds a run benches: this tree ("after"), the revision BENCH_BEFORE names ("before",
 * checked out in a temporary git worktree with this tree's node_modules), and for P8 each of
 * those again on the scaled data of bench/scale-fixture.ts. Every app build is a
 * `vite build --mode test` (the mode that gives window.__atlas; older revisions ignore it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { log, ROOT } from './lib.ts';
import { buildScaledData, type ScaledData } from './scale-fixture.ts';

export interface AppBuild {
  /** "after" (this tree) or "before" (BENCH_BEFORE) */
  label: string;
  /** the source tree it was built from: its geodata/ is its data, its build:data is P7's */
  tree: string;
  dist: string;
  /** for the JSON: the revision, when not this tree */
  rev?: { asked: string; commit: string };
}

/** Where a run keeps its temporary trees and builds; removed at the end of the run. */
export const WORK = resolve(os.tmpdir(), `karabakh-atlas-bench-${process.pid}`);

const git = (args: string[]): string => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

export function viteBuild(tree: string, outDir: string, env: Record<string, string> = {}): void {
  execFileSync('npx', ['vite', 'build', '--mode', 'test', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: tree,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
}

const worktrees: string[] = [];

/** BENCH_BEFORE=<rev>: that revision in a worktree of its own, built into WORK/before-dist. */
export function buildBefore(asked: string): AppBuild {
  const commit = git(['rev-parse', '--verify', `${asked}^{commit}`]);
  const tree = resolve(WORK, `before-${commit.slice(0, 12)}`);
  mkdirSync(WORK, { recursive: true });
  git(['worktree', 'add', '--detach', tree, commit]);
  worktrees.push(tree);
  // the revision's own package.json may pin other versions; the bench uses what is installed here
  if (!existsSync(resolve(tree, 'node_modules'))) symlinkSync(realpathSync(resolve(ROOT, 'node_modules')), resolve(tree, 'node_modules'));
  const dist = resolve(WORK, 'before-dist');
  log(`before: ${asked} = ${commit.slice(0, 12)}, building in ${tree}`);
  viteBuild(tree, dist);
  return { label: 'before', tree, dist, rev: { asked, commit } };
}

/**
 * P8's build of `app`: its tree's claims scaled (scale-fixture.ts), built by its tree's data
 * build, then the app built on that data. A tree whose vite.config.ts knows ATLAS_GEODATA reads
 * the folder from there; an older one only reads its own geodata/, so in the temporary worktree
 * (never this tree) the scaled outputs are written there for the build and checked out again after.
 */
export async function buildScaledApp(app: AppBuild): Promise<{ dist: string; data: ScaledData }> {
  const work = resolve(WORK, `scale-${app.label}`);
  const dist = resolve(WORK, `scale-${app.label}-dist`);
  const data = await buildScaledData(app.tree, work);
  if (readFileSync(resolve(app.tree, 'vite.config.ts'), 'utf8').includes('ATLAS_GEODATA')) {
    viteBuild(app.tree, dist, { ATLAS_GEODATA: data.outDir });
  } else {
    if (!worktrees.includes(app.tree)) throw new Error(`${app.tree}/vite.config.ts cannot read data from elsewhere (no ATLAS_GEODATA)`);
    execFileSync('cp', ['-R', `${data.outDir}/.`, resolve(app.tree, 'geodata')]);
    try {
      viteBuild(app.tree, dist);
    } finally {
      execFileSync('git', ['-C', app.tree, 'checkout', '--', 'geodata']);
    }
  }
  log(`P8: ${app.label} on ${data.claims.before} → ${data.claims.after} claims (${data.built})`);
  return { dist, data };
}

/** Removes the worktrees this run added (from git's list too) and its temporary folder. */
export function cleanUp(): void {
  for (const tree of worktrees.splice(0)) {
    try {
      git(['worktree', 'remove', '--force', tree]);
    } catch (e) {
      console.error(`  could not remove the worktree ${tree}:`, e instanceof Error ? e.message : e);
    }
  }
  rmSync(WORK, { recursive: true, force: true });
}
