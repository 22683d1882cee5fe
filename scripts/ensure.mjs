#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm dependencies when they are missing or older than the
// lockfile, and (for the browser tests) Debian's Chromium when it is missing and we may install it.
// Only node built-ins here: this runs before node_modules exists.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
};

const marker = resolve(root, 'node_modules/.package-lock.json');
const lock = resolve(root, 'package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--browser')) {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean);
  if (!candidates.some((p) => existsSync(p))) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    let hasApt = false;
    try {
      execSync('command -v apt-get', { stdio: 'ignore' });
      hasApt = true;
    } catch {
      hasApt = false;
    }
    if (isRoot && hasApt) {
      console.log('Installing Chromium for the browser tests (apt-get install chromium)…');
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
    } else {
      console.error(
        'The browser tests need Chromium. Install the Debian package "chromium" (sudo apt-get install chromium)\n' +
          'or set CHROMIUM_PATH to a Chromium/Chrome binary.',
      );
      process.exit(1);
    }
  }
}
