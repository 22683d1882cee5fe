import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { BROWSER_ALIASES, geodata } from '../vite.config.ts';

/** The peer page of the export benchmark: the app plus @watergis/maplibre-gl-export, on one MapLibre. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'peer'),
  publicDir: resolve(import.meta.dirname, '../public'),
  plugins: [geodata()],
  // as installed the plugin nests maplibre-gl 5; dedupe puts it on ours (PEER-EXPORT.md)
  resolve: { dedupe: ['maplibre-gl'], alias: BROWSER_ALIASES },
  build: { outDir: resolve(import.meta.dirname, 'peer/dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  logLevel: 'warn',
});
