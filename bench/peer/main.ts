/**
 * The benchmark peer (BENCH.md P4, P5): this very app, with @watergis/maplibre-gl-export added to
 * its live map, so both exports start from the same view in the same browser. Built by
 * bench/vite.peer.config.ts with `resolve.dedupe` so the plugin runs on our MapLibre 6.
 */
import { Format, MaplibreExportControl, Size } from '@watergis/maplibre-gl-export';
import '@watergis/maplibre-gl-export/dist/maplibre-gl-export.css';
import { Map as MapLibreMap } from 'maplibre-gl';
import '../../src/main.ts';

declare global {
  interface Window {
    __peer?: { generate(size: 'A4' | 'A3', dpi: number): void };
  }
}

/**
 * The plugin needs the map itself, which the app's test handle does not give (and a peer build is
 * not a test build). The app adds its own controls to its map, so the first addControl call on
 * the (one, deduplicated) MapLibre hands it over; main.ts reaches it only after awaiting its
 * data, long after this module has run.
 */
const addControl = MapLibreMap.prototype.addControl;
MapLibreMap.prototype.addControl = function (this: MapLibreMap, ...args: Parameters<typeof addControl>) {
  MapLibreMap.prototype.addControl = addControl;
  const result = addControl.apply(this, args);
  attach(this);
  return result;
};

function attach(map: MapLibreMap): void {
  const control = new MaplibreExportControl({ PageSize: Size.A4, Format: Format.PNG, DPI: 300, Crosshair: false, PrintableArea: false });
  addControl.call(map, control, 'top-right');
  window.__peer = {
    // generateMap is what the plugin's own Generate button calls; it is protected only in the types
    generate: (size, dpi) =>
      (control as unknown as { generateMap(m: unknown, s: readonly number[], d: number, f: string, u: string): void }).generateMap(map, Size[size], dpi, Format.PNG, 'mm'),
  };
}
