/**
 * The benchmark peer (BENCH.md P4, P5): this very app, with @watergis/maplibre-gl-export added to
 * its live map, so both exports start from the same view in the same browser. Built by
 * bench/vite.peer.config.ts with `resolve.dedupe` so the plugin runs on our MapLibre 6.
 */
import { Format, MaplibreExportControl, Size } from '@watergis/maplibre-gl-export';
import '@watergis/maplibre-gl-export/dist/maplibre-gl-export.css';
import '../../src/main.ts';

declare global {
  interface Window {
    __peer?: { generate(size: 'A4' | 'A3', dpi: number): void };
  }
}

// main.ts sets window.__atlas once the map exists; poll for it rather than change the app for a benchmark
const timer = setInterval(() => {
  const map = window.__atlas?.map;
  if (!map) return;
  clearInterval(timer);
  const control = new MaplibreExportControl({ PageSize: Size.A4, Format: Format.PNG, DPI: 300, Crosshair: false, PrintableArea: false });
  map.addControl(control, 'top-right');
  window.__peer = {
    // generateMap is what the plugin's own Generate button calls; it is protected only in the types
    generate: (size, dpi) =>
      (control as unknown as { generateMap(m: unknown, s: readonly number[], d: number, f: string, u: string): void }).generateMap(map, Size[size], dpi, Format.PNG, 'mm'),
  };
}, 50);
