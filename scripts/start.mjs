#!/usr/bin/env node
// `npm start`: install what is missing, rebuild the data and the app, serve dist/ on loopback.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const step = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${r.status}); nothing is served.`);
    process.exit(r.status ?? 1);
  }
};

step('dependencies', process.execPath, ['scripts/ensure.mjs']);
step('geodata (npm run build:data)', 'npm', ['run', '--silent', 'build:data']);
step('app (vite build)', 'npx', ['vite', 'build', '--logLevel', 'warn']);

const port = process.env.PORT ?? '4173';
const url = `http://127.0.0.1:${port}/`;
console.log(`\n▶ serving the atlas at ${url}  (Ctrl+C to stop)\n`);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
  cwd: root,
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
