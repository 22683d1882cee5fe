import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the *built* app (dist/), as a reader gets it from `npm start`, on a free loopback port. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  // the test build (`npm run build:test`): the reader's build plus the narrow handle the tests
  // read the map through; ATLAS_DIST serves another build
  const outDir = resolve(root, process.env.ATLAS_DIST ?? 'dist-test');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir} is missing: e2e tests run against the built app. Run \`npm run build:test\` (npm test does).`);
  }
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const addr = server.httpServer.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${addr.port}/`);
  return async () => {
    await server.close();
  };
}
