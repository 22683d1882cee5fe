import type { IControl, LngLatLike, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { createMap } from './create-map.ts';
import { installInteractions } from './interactions.ts';
import { PopupHost } from './popup-host.ts';

export interface AtlasMap {
  map: MapLibreMap;
  /** first idle with every source loaded */
  ready: Promise<void>;
  onPlacesClicked(handler: (ids: string[], at: [number, number]) => void): void;
  /** shows `content` at a point, bringing the point into view first if it is off screen */
  showPopup(at: [number, number], content: HTMLElement, selected: readonly string[], returnFocus?: HTMLElement): void;
  closePopup(): void;
  addControl(control: IControl, position: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'): void;
}

/** The only owner of the maplibregl.Map: the rest of the app talks to it through this. */
export function createAtlasMap(container: HTMLElement, style: StyleSpecification, attribution: string[]): AtlasMap {
  const { map, ready } = createMap({ container, style, attribution });
  const popups = new PopupHost(map);
  let clickHandler: ((ids: string[], at: [number, number]) => void) | undefined;
  installInteractions(map, (ids, at) => clickHandler?.(ids, [at.lng, at.lat]));

  return {
    map,
    ready,
    onPlacesClicked: (handler) => {
      clickHandler = handler;
    },
    showPopup: (at, content, selected, returnFocus) => {
      if (!map.getBounds().contains(at as LngLatLike)) map.jumpTo({ center: at });
      popups.show(at, content, { selected, returnFocus });
    },
    closePopup: () => popups.close(),
    addControl: (control, position) => {
      map.addControl(control, position);
    },
  };
}
