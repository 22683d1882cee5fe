/**
 * What the end-to-end tests and the benchmark may read of the live map. Only a build made with
 * `--mode test` puts it on `window.__atlas` (main.ts); the reader's build has no such global.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { boundsOf } from './live-view.ts';
import type { ExportImageResult } from '../export/export-image.ts';
import type { ExportRequest } from '../lib/paper.ts';

export type ExportImageFn = (request: ExportRequest) => Promise<ExportImageResult>;

type MapEvent = 'load' | 'idle' | 'move' | 'moveend' | 'render';

export interface AtlasTestHandle {
  /** performance.now() right after the map was constructed */
  constructedAt: number;
  loaded(): boolean;
  on(type: MapEvent, handler: () => void): void;
  once(type: MapEvent, handler: () => void): void;
  /** resolves at the next idle after a repaint: what the map was just told to draw is drawn */
  idle(): Promise<void>;
  /** CSS px in the map container */
  project(lngLat: [number, number]): [number, number];
  /** the container's box in the page, CSS px */
  box(): { left: number; top: number; width: number; height: number };
  canvas(): HTMLCanvasElement;
  center(): [number, number];
  zoom(): number;
  /** [west, south, east, north] */
  bounds(): [number, number, number, number];
  paint(layer: string, prop: string): unknown;
  filter(layer: string): unknown;
  layout(layer: string, prop: string): unknown;
  /** features drawn in these layers, within a box of the container (CSS px) or the whole map */
  rendered(layers: readonly string[], box?: [[number, number], [number, number]]): Array<{ layer: string; properties: Record<string, unknown> }>;
  exportImage: ExportImageFn;
}

declare global {
  interface Window {
    /** only in a test build (main.ts); the type is for the tests and the benchmark that run against one */
    __atlas: AtlasTestHandle;
  }
}

export function testHandle(map: MapLibreMap, constructedAt: number, exportImage: ExportImageFn): AtlasTestHandle {
  return {
    constructedAt,
    loaded: () => map.loaded(),
    on: (type, handler) => void map.on(type, handler),
    once: (type, handler) => void map.once(type, handler),
    idle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    project: (ll) => {
      const p = map.project(ll);
      return [p.x, p.y];
    },
    box: () => {
      const r = map.getCanvasContainer().getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    },
    canvas: () => map.getCanvas(),
    center: () => map.getCenter().toArray() as [number, number],
    zoom: () => map.getZoom(),
    bounds: () => boundsOf(map),
    paint: (layer, prop) => map.getPaintProperty(layer, prop as never),
    filter: (layer) => map.getFilter(layer),
    layout: (layer, prop) => map.getLayoutProperty(layer, prop as never),
    rendered: (layers, box) =>
      (box ? map.queryRenderedFeatures(box, { layers: [...layers] }) : map.queryRenderedFeatures({ layers: [...layers] })).map((f) => ({
        layer: f.layer.id,
        properties: f.properties as Record<string, unknown>,
      })),
    exportImage,
  };
}
