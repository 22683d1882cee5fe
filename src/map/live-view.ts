/**
 * What an export reads of the live map, and the hidden map it renders with: the export code
 * gets this, never the map itself.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { OffscreenMap, OffscreenMapOptions } from './offscreen-map.ts';

export type { OffscreenMap, OffscreenMapOptions } from './offscreen-map.ts';

export interface LiveView {
  container(): HTMLElement;
  /** the lon/lat under a point of the container, CSS px */
  unproject(px: [number, number]): [number, number];
  /** [west, south, east, north] */
  bounds(): [number, number, number, number];
  zoom(): number;
  /** the style as drawn now (the theme and events on screen) */
  style(): StyleSpecification;
  gpuLimits(): ReturnType<typeof gpuLimits>;
  on(type: 'resize' | 'moveend', handler: () => void): void;
  off(type: 'resize' | 'moveend', handler: () => void): void;
  /** a hidden map rendering `style` tile by tile, copying this map's run-time images */
  offscreen(options: Omit<OffscreenMapOptions, 'live'>): Promise<OffscreenMap>;
}

/** What the GPU of this browser allows, read from the live map's own WebGL2 context. */
export function gpuLimits(live: MapLibreMap): { maxTexture: number; maxRenderbuffer: number; maxViewport: number[] } {
  // getContext with the same type returns the context MapLibre already made: nothing new is created
  const gl = live.getCanvas().getContext('webgl2');
  if (!gl) return { maxTexture: 4096, maxRenderbuffer: 4096, maxViewport: [4096, 4096] };
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return {
    maxTexture: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    maxRenderbuffer: gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    maxViewport: [viewport[0] ?? 4096, viewport[1] ?? 4096],
  };
}

/** [west, south, east, north] of what the map shows now. */
export function boundsOf(map: MapLibreMap): [number, number, number, number] {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export function liveView(map: MapLibreMap): LiveView {
  return {
    container: () => map.getContainer(),
    unproject: (px) => {
      const ll = map.unproject(px);
      return [ll.lng, ll.lat];
    },
    bounds: () => boundsOf(map),
    zoom: () => map.getZoom(),
    style: () => map.getStyle(),
    gpuLimits: () => gpuLimits(map),
    on: (type, handler) => void map.on(type, handler),
    off: (type, handler) => void map.off(type, handler),
    // the hidden map's code comes with the first export, not with the page
    offscreen: async (options) => (await import('./offscreen-map.ts')).OffscreenMap.create({ ...options, live: map }),
  };
}
