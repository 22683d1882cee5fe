import type { Map as MapLibreMap } from 'maplibre-gl';

/** Times taken inside a page, in ms since navigation start (performance.now()). */
export interface LoadTimes {
  /** the last first-load script (assets/*.js) had arrived (resource timing responseEnd) */
  scriptAt?: number;
  /** the map's data had arrived: the app's data/* files, the bare page's style.json */
  dataAt?: number;
  /** the map was constructed (app: its test handle's constructedAt) */
  createdAt?: number;
  /** the map's `load` event (style parsed, first sources added) */
  loadAt?: number;
  /** first `idle` after `load` at which the map says it is loaded (style and every source) */
  idleAt?: number;
  /** the app only: when <html data-map-ready="true"> appeared (set after atlasMap.ready) */
  readyAt?: number;
}

/** One click, from event timestamps and performance.now() in the page. */
export interface ClickTiming {
  down: number;
  click: number;
  /** the MutationObserver saw the popup's text in the DOM */
  dom: number;
  /** the requestAnimationFrame after the popup's text was in the DOM */
  painted: number;
  text: string;
}

/**
 * The app's test handle (window.__atlas in a `vite build --mode test` build), as far as the bench
 * uses it. Declared here rather than taken from src/, so the bench reads builds of any revision.
 */
export interface AtlasTestHandle {
  constructedAt: number;
  loaded(): boolean;
  on(type: 'load' | 'idle' | 'move' | 'moveend' | 'render', handler: () => void): void;
  once(type: 'load' | 'idle' | 'move' | 'moveend', handler: () => void): void;
  project(lngLat: [number, number]): [number, number];
  center(): [number, number];
  zoom(): number;
}

/** What builds before the test handle assigned: the raw map (the bench wraps it, see pages.ts). */
export interface OldAtlasHandle {
  map: MapLibreMap;
}

/** What the bench drives in either page: the bare page builds it from its map, the app's is its test handle. */
export type BenchHandle = AtlasTestHandle;

/** Frames the map drew and the idles that followed, to tell when it has settled without asking it to repaint. */
export interface FrameLog {
  render: number;
  idle: number;
}

declare global {
  interface Window {
    /** the page under test: the bare page sets it; in the app the bench's init script takes window.__atlas */
    __bench?: BenchHandle;
    __benchTimes?: LoadTimes;
    __benchFrames?: FrameLog;
    __benchClick?: Promise<ClickTiming>;
  }
}
