import type { IControl, LngLatLike, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { FIT_PADDING, MAX_ZOOM } from '../config/view.ts';
import { eventLayers, type EventLayerOptions } from '../style/event-layers.ts';
import { createMap } from './create-map.ts';
import { installInteractions, type EventHit } from './interactions.ts';
import { PopupHost, type SelectedFeature } from './popup-host.ts';

export type { EventHit } from './interactions.ts';
export type { SelectedFeature } from './popup-host.ts';

export type Bounds = [number, number, number, number];

export interface AtlasMap {
  map: MapLibreMap;
  /** first idle with every source loaded */
  ready: Promise<void>;
  onPlacesClicked(handler: (ids: string[], at: [number, number]) => void): void;
  onEventsClicked(handler: (hits: EventHit[], at: [number, number]) => void): void;
  /** shows `content` at a point, bringing the point into view first if it is off screen */
  showPopup(at: [number, number], content: HTMLElement, selected: readonly SelectedFeature[], returnFocus?: HTMLElement): void;
  closePopup(): void;
  /** the popup was closed (Escape, its close button, closePopup), not replaced by another */
  onPopupClosed(handler: () => void): void;
  /** shows the given events' layers (and hides the rest): the style builder decides how */
  setEvents(opts: EventLayerOptions): void;
  /** brings an area into view; animated only when the reader asked for it with a click */
  fitTo(bounds: Bounds, animate: boolean): void;
  addControl(control: IControl, position: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'): void;
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
export function createAtlasMap(container: HTMLElement, style: StyleSpecification, attribution: string[]): AtlasMap {
  const { map, ready } = createMap({ container, style, attribution });
  const popups = new PopupHost(map);
  let placesHandler: ((ids: string[], at: [number, number]) => void) | undefined;
  let eventsHandler: ((hits: EventHit[], at: [number, number]) => void) | undefined;
  installInteractions(map, {
    places: (ids, at) => placesHandler?.(ids, [at.lng, at.lat]),
    events: (hits, at) => eventsHandler?.(hits, [at.lng, at.lat]),
  });

  return {
    map,
    ready,
    onPlacesClicked: (handler) => {
      placesHandler = handler;
    },
    onEventsClicked: (handler) => {
      eventsHandler = handler;
    },
    showPopup: (at, content, selected, returnFocus) => {
      if (!map.getBounds().contains(at as LngLatLike)) map.jumpTo({ center: at });
      popups.show(at, content, { selected, returnFocus });
    },
    closePopup: () => popups.close(),
    onPopupClosed: (handler) => {
      popups.onClosed = handler;
    },
    setEvents: (layerOpts) => {
      // re-apply what the pure builder says: filter and visibility, nothing decided here
      for (const layer of eventLayers(layerOpts)) {
        if (!map.getLayer(layer.id)) continue;
        if ('filter' in layer) map.setFilter(layer.id, layer.filter ?? null);
        map.setLayoutProperty(layer.id, 'visibility', layer.layout?.visibility ?? 'visible');
      }
    },
    fitTo: (bounds, animate) => {
      map.fitBounds(bounds, { padding: paddingForControls(container), animate, maxZoom: MAX_ZOOM });
    },
    addControl: (control, position) => {
      map.addControl(control, position);
    },
  };
}
