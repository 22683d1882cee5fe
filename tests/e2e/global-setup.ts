import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { HOST, listen } from '../../scripts/listen.mjs';
import { createAtlasServer } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the *built* app with the server of `npm start` (scripts/serve.ts), so the tests get what a
 * reader gets: its headers, its 404s, its ranges. On a free loopback port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  // the test build (`npm run build:test`): the reader's build plus the narrow handle the tests
  // read the map through; ATLAS_DIST serves another build
  const outDir = resolve(root, process.env.ATLAS_DIST ?? 'dist-test');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir} is missing: e2e tests run against the built app. Run \`npm run build:test\` (npm test does).`);
  }
  const server = createAtlasServer(outDir);
  const port = await listen(server, 0);
  project.provide('baseUrl', `http://${HOST}:${port}/`);
  return async () => {
    // a browser's keep-alive connection would hold close() open
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
