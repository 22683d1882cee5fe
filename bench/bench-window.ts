import type { Map as MapLibreMap } from 'maplibre-gl';

/** Times taken inside a page, in ms since navigation start (performance.now()). */
export interface LoadTimes {
  /** the last first-load script (assets/*.js) had arrived (resource timing responseEnd) */
  scriptAt?: number;
  /** the map's data had arrived: the app's data/* files, the bare page's style.json */
  dataAt?: number;
  /** the map was constructed (app: when main.ts assigned window.__atlas) */
  createdAt?: number;
  /** the map's `load` event (style parsed, first sources added) */
  loadAt?: number;
  /** first `idle` after `load` at which map.loaded() (style and every source loaded) */
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

declare global {
  interface Window {
    /** the map of the page under test: the bare page sets it; in the app the bench's init script copies window.__atlas.map */
    __bench?: { map: MapLibreMap };
    __benchTimes?: LoadTimes;
    __benchClick?: Promise<ClickTiming>;
  }
}
