#!/usr/bin/env node
// `npm start`: take the port, install what is missing, rebuild the data and the app, serve dist/ on
// loopback (scripts/serve.ts). The address is printed only once the server listens and the app it
// serves is built.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { HOST, listen, listenProblem, portFrom } from './listen.mjs';

const root = resolve(import.meta.dirname, '..');
const fail = (line) => {
  console.error(line);
  process.exit(1);
};

const asked = portFrom(process.env.PORT);
if ('problem' in asked) fail(asked.problem);

// the port first: a port in use is said in one line at once, not after a minute of building. Until
// the app is built and its server code loaded, requests wait in line.
const waiting = [];
let handle = (req, res) => waiting.push([req, res]);
const server = createServer((req, res) => handle(req, res));
const port = await listen(server, asked.port).catch((e) => fail(listenProblem(e, asked.port)));

const step = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`\n✖ ${label} failed (exit ${r.status}); nothing is served.`);
};
step('dependencies', process.execPath, ['scripts/ensure.mjs']);
step('geodata (npm run build:data)', 'npm', ['run', '--silent', 'build:data']);
step('app (vite build)', 'npx', ['vite', 'build', '--logLevel', 'warn']);

// the server is TypeScript (it shares the security headers with the build): tsx loads it, now that
// the dependencies are installed
const { tsImport } = await import('tsx/esm/api');
const { atlasHandler, answerClientErrors } = await tsImport('./serve.ts', import.meta.url);
handle = atlasHandler(resolve(root, 'dist'));
answerClientErrors(server);
for (const [req, res] of waiting.splice(0)) handle(req, res);

console.log(`\n▶ serving the atlas at http://${HOST}:${port}/  (Ctrl+C to stop)\n`);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
