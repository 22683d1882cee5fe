import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The bare MapLibre page of P1, P2 and P6; the bench writes its style.json into the built dist. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  publicDir: resolve(import.meta.dirname, '../public'),
  build: { outDir: resolve(import.meta.dirname, 'baseline/dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  logLevel: 'warn',
});
