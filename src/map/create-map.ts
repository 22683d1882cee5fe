import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { IDP_NO_FIGURE } from '../config/classes.ts';
import { IMAGE, SOURCE } from '../config/layers.ts';
import { FIT_PADDING, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, REGION_BOUNDS } from '../config/view.ts';
import { CONTROL_PARTLY, EVENT, SOURCES_DIFFER } from '../config/palette.ts';
import { arrowImage, transparentHatchImage } from '../style/event-images.ts';
import { hatchImage, stripeImage } from '../style/hatch.ts';
import { fontRequests } from './font-files.ts';

// MapLibre 6 resolves its worker from import.meta.url, which breaks once bundled (STACK-NOTES.md)
setWorkerUrl(workerUrl);

/** MapLibre makes its attribution compact below this width. */
const NARROW_MAP_PX = 640;

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  attribution: string[];
  /** resolves once the sources hold the data (the page may set it after making the map) */
  dataSet: Promise<void>;
}

/**
 * The images the style names, generated when it first asks for them (MapLibre 6 resolver: no
 * warning, no network). The event images are drawn at twice their size for sharp edges.
 */
const IMAGES: Record<string, () => { image: ReturnType<typeof hatchImage>; pixelRatio: number }> = {
  [IMAGE.noFigureHatch]: () => ({ image: hatchImage(IDP_NO_FIGURE.color, IDP_NO_FIGURE.hatch, 10, 1.6), pixelRatio: 1 }),
  [IMAGE.sourcesDiffer]: () => ({ image: stripeImage(SOURCES_DIFFER.light, SOURCES_DIFFER.dark, 12), pixelRatio: 1 }),
  [IMAGE.controlPartly]: () => ({ image: hatchImage(CONTROL_PARTLY.base, CONTROL_PARTLY.hatch, 10, 3), pixelRatio: 1 }),
  [IMAGE.eventDescribedHatch]: () => ({ image: transparentHatchImage(EVENT.ink, 16, 2.6, 0.85, 0.4), pixelRatio: 2 }),
  [IMAGE.eventArrow]: () => ({ image: arrowImage(EVENT.ink, EVENT.casing, 48), pixelRatio: 2 }),
};

/**
 * Adds one of the images above now, not when the map first draws it: an export copies the live
 * map's images, so a pattern used only outside the reader's view must exist all the same.
 */
export function addStyleImage(map: MapLibreMap, id: string): void {
  const make = IMAGES[id];
  if (!make || map.hasImage(id)) return;
  const { image, pixelRatio } = make();
  map.addImage(id, image, { pixelRatio });
}

function provideImages(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => addStyleImage(map, id));
}

/**
 * Resolves on the first `idle` after load at which every source is loaded: the page marks
 * itself ready for tests and readers only when everything is drawn.
 */
function whenReady(map: MapLibreMap, dataSet: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    // the map may be made before its data has arrived: ready means the data is drawn
    map.once('load', () => void dataSet.then(() => {
      const check = () => {
        const loaded = Object.values(SOURCE).every((id) => map.getSource(id) !== undefined && map.isSourceLoaded(id));
        if (!loaded) return;
        map.off('idle', check);
        resolve();
      };
      map.on('idle', check);
      map.triggerRepaint();
    }));
  });
}

export function createMap(opts: CreateMapOptions): { map: MapLibreMap; ready: Promise<void> } {
  const map = new MapLibreMap({
    container: opts.container,
    style: opts.style,
    bounds: REGION_BOUNDS,
    fitBoundsOptions: { padding: FIT_PADDING },
    maxBounds: MAX_BOUNDS,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' },
    // the label fonts with a time limit (font-files.ts)
    transformRequest: fontRequests,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  provideImages(map);
  const ready = whenReady(map, opts.dataSet);

  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  // on a narrow map the (compact) attribution spans the bottom edge: the scale goes to the top
  const narrow = opts.container.clientWidth < NARROW_MAP_PX;
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), narrow ? 'top-left' : 'bottom-left');
  map.addControl(new AttributionControl({ customAttribution: opts.attribution }), 'bottom-right');
  // a compact attribution starts open, over a third of a phone's map: it starts folded there (its
  // "i" button opens it; the footer names the same sources)
  if (narrow) {
    const fold = () => opts.container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    fold();
    map.once('load', fold);
  }
  return { map, ready };
}
