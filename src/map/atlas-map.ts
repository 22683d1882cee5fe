import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, IControl, LngLatLike, StyleSpecification } from 'maplibre-gl';
import type { SourceId } from '../config/layers.ts';
import { FIT_PADDING, MAX_ZOOM } from '../config/view.ts';
import type { Camera } from '../lib/permalink.ts';
import { addStyleImage, createMap } from './create-map.ts';
import { onFontFailed } from './font-files.ts';
import { installInteractions, type EventHit } from './interactions.ts';
import { boundsOf, liveView, type LiveView } from './live-view.ts';
import { PopupHost, type SelectedFeature, type SheetWords } from './popup-host.ts';
import { applyLayerChanges, layerChanges, patternImages } from './style-diff.ts';
import { testHandle, type AtlasTestHandle, type ExportImageFn } from './test-handle.ts';

export type { EventHit } from './interactions.ts';
export type { SelectedFeature } from './popup-host.ts';
export type { LiveView } from './live-view.ts';

export type Bounds = [number, number, number, number];

export interface AtlasMap {
  /** first idle with every source loaded, after setData */
  ready: Promise<void>;
  /**
   * Fills the sources: the map is made before the data has arrived, and draws it from here.
   * Then `setStyle` with the style of the data, as always.
   */
  setData(data: Readonly<Partial<Record<SourceId, FeatureCollection>>>): void;
  /** draws a new style (same sources and layers, other filters and paint): applied as a diff */
  setStyle(style: StyleSpecification): void;
  camera(): Camera;
  jumpTo(camera: Partial<Camera>): void;
  /** [west, south, east, north] of what the reader sees */
  bounds(): Bounds;
  /** after every move the reader or the page made, with the camera it ended at */
  onCameraChange(handler: (camera: Camera) => void): void;
  onPlacesClicked(handler: (ids: string[], at: [number, number]) => void): void;
  onEventsClicked(handler: (hits: EventHit[], at: [number, number]) => void): void;
  onPlaceHovered(handler: (id: string) => void): void;
  /** shows `content` at a point, bringing the point into view first if it is off screen */
  showPopup(at: [number, number], content: HTMLElement, selected: readonly SelectedFeature[], returnFocus?: HTMLElement): void;
  closePopup(): void;
  /** the popup was closed (Escape, its close button, closePopup), not replaced by another */
  onPopupClosed(handler: () => void): void;
  /** brings an area into view; animated only when the reader asked for it with a click */
  fitTo(bounds: Bounds, animate: boolean): void;
  addControl(control: IControl, position: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'): void;
  /** a label font that could not be loaded (named; the map draws on without it), those before the call included */
  onFontFailed(handler: (error: { message: string }) => void): void;
  /** what an export reads of the live map */
  live: LiveView;
  /** what the end-to-end tests and the benchmark may read (test builds expose it as window.__atlas) */
  testHandle(exportImage: ExportImageFn): AtlasTestHandle;
}

const GAP_PX = 16;

/**
 * Room kept around a fitted area for whatever controls sit in the map's corners (the layer
 * control, an open legend): a tall control pushes the area sideways, a wide one down or up.
 */
function paddingForControls(container: HTMLElement): { top: number; bottom: number; left: number; right: number } {
  const pad = { top: GAP_PX, bottom: GAP_PX, left: GAP_PX, right: GAP_PX };
  const box = container.getBoundingClientRect();
  for (const [corner, v, h] of [
    ['top-left', 'top', 'left'],
    ['top-right', 'top', 'right'],
    ['bottom-left', 'bottom', 'left'],
    ['bottom-right', 'bottom', 'right'],
  ] as const) {
    // each control on its own: a corner's box is as wide as its widest control (the attribution)
    for (const ctrl of container.querySelectorAll(`.maplibregl-ctrl-${corner} > .maplibregl-ctrl`)) {
      const r = ctrl.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // how far the control reaches in from the map's edge, sideways or up/down
      const across = h === 'left' ? r.right - box.left : box.right - r.left;
      const down = v === 'top' ? r.bottom - box.top : box.bottom - r.top;
      if (r.height > box.height / 2) pad[h] = Math.max(pad[h], across + GAP_PX);
      else pad[v] = Math.max(pad[v], down + GAP_PX);
    }
  }
  // never more than the map can give: a tiny map gets the area, controls or not
  const fits = pad.left + pad.right < box.width * 0.7 && pad.top + pad.bottom < box.height * 0.7;
  return fits ? pad : { top: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING, right: FIT_PADDING };
}

/** The only owner of the maplibregl.Map: the rest of the app talks to it through this. */
export function createAtlasMap(container: HTMLElement, style: StyleSpecification, attribution: string[], sheetWords?: SheetWords): AtlasMap {
  let dataSet = () => {};
  const { map, ready } = createMap({ container, style, attribution, dataSet: new Promise<void>((resolve) => (dataSet = resolve)) });
  const constructedAt = performance.now();
  const popups = new PopupHost(map, sheetWords);
  let placesHandler: ((ids: string[], at: [number, number]) => void) | undefined;
  let eventsHandler: ((hits: EventHit[], at: [number, number]) => void) | undefined;
  let hoverHandler: ((id: string) => void) | undefined;
  installInteractions(map, {
    places: (ids, at) => placesHandler?.(ids, [at.lng, at.lat]),
    events: (hits, at) => eventsHandler?.(hits, [at.lng, at.lat]),
    hover: (id) => hoverHandler?.(id),
  });

  // setFilter and friends before the style has loaded throw: a style set earlier waits for `load`
  let applied = style;
  let pending: StyleSpecification | null = null;
  const apply = (next: StyleSpecification) => {
    for (const id of patternImages(next)) addStyleImage(map, id);
    applyLayerChanges(map, layerChanges(applied, next));
    applied = next;
  };
  let loaded = false;
  let pendingData: Readonly<Partial<Record<SourceId, FeatureCollection>>> | null = null;
  const fill = (data: Readonly<Partial<Record<SourceId, FeatureCollection>>>) => {
    for (const [id, fc] of Object.entries(data)) map.getSource<GeoJSONSource>(id)?.setData(fc);
    dataSet();
  };
  map.once('load', () => {
    loaded = true;
    for (const id of patternImages(applied)) addStyleImage(map, id);
    if (pendingData) fill(pendingData);
    pendingData = null;
    if (pending) apply(pending);
    pending = null;
  });

  const camera = (): Camera => {
    const c = map.getCenter();
    return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  };

  return {
    ready,
    setData: (data) => {
      if (loaded) fill(data);
      else pendingData = data;
    },
    setStyle: (next) => {
      if (loaded) apply(next);
      else pending = next;
    },
    camera,
    jumpTo: (c) => map.jumpTo(c),
    bounds: () => boundsOf(map),
    onFontFailed,
    onCameraChange: (handler) => {
      map.on('moveend', () => handler(camera()));
    },
    onPlacesClicked: (handler) => {
      placesHandler = handler;
    },
    onEventsClicked: (handler) => {
      eventsHandler = handler;
    },
    onPlaceHovered: (handler) => {
      hoverHandler = handler;
    },
    showPopup: (at, content, selected, returnFocus) => {
      if (!map.getBounds().contains(at as LngLatLike)) map.jumpTo({ center: at });
      popups.show(at, content, { selected, returnFocus });
    },
    closePopup: () => popups.close(),
    onPopupClosed: (handler) => {
      popups.onClosed = handler;
    },
    fitTo: (bounds, animate) => {
      map.fitBounds(bounds, { padding: paddingForControls(container), animate, maxZoom: MAX_ZOOM });
    },
    addControl: (control, position) => {
      map.addControl(control, position);
    },
    live: liveView(map),
    testHandle: (exportImage) => testHandle(map, constructedAt, exportImage),
  };
}
