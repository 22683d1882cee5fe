import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYER_ORDER, SOURCE } from '../config/layers.ts';
import { REGION_BOUNDS } from '../config/view.ts';
import { contextLayers, frameGeoJson, frameLayer } from './context-layers.ts';
import { countryLabelLayer, districtLayers } from './district-layers.ts';
import { eventLayers, type EventLayerOptions } from './event-layers.ts';
import { fontFaces } from './fonts.ts';
import { THEME_UI } from '../i18n/en-theme.ts';
import type { ThemeShading } from './theme-paint.ts';

export interface StyleInput {
  districts: FeatureCollection;
  context: FeatureCollection;
  districtLabels: FeatureCollection;
  countryLabels: FeatureCollection;
  /** where the Noto Sans woff2 files are served, ending with "/" */
  fontBaseUrl: string;
  /** geodata/events.geojson; absent → an empty source (the event layers draw nothing) */
  events?: FeatureCollection;
  /** label points of described places (describedLabelPoints); absent → none */
  eventLabels?: FeatureCollection;
  /** which events are shown and the described-place label wording */
  eventOptions?: EventLayerOptions;
  /** what the districts are shaded by */
  shading: ThemeShading;
  /** the name along the former NKAO's outline; absent → the English one */
  nkaoLabel?: string;
}

const NO_EVENTS: FeatureCollection = { type: 'FeatureCollection', features: [] };
const EVENTS_HIDDEN: EventLayerOptions = { shown: [], describedSuffix: '— no sourced coordinate' };

/** Sorts layers by LAYER_ORDER; a layer missing from the order is a programming error. */
export function sortLayers(layers: LayerSpecification[]): LayerSpecification[] {
  const rank = (l: LayerSpecification) => {
    const i = (LAYER_ORDER as readonly string[]).indexOf(l.id);
    if (i < 0) throw new Error(`layer ${l.id} is not in LAYER_ORDER`);
    return i;
  };
  return [...layers].sort((a, b) => rank(a) - rank(b));
}

/**
 * The whole style, a pure function of the data and what the reader chose (the theme, the events
 * shown): the map's owner applies a new one as a diff. Data inline: everything the map draws comes from the validated data files,
 * so the first `idle` means every source is loaded. No `glyphs`: labels use `font-faces`.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'karabakh-atlas',
    'font-faces': fontFaces(input.fontBaseUrl),
    sources: {
      [SOURCE.context]: { type: 'geojson', data: input.context },
      // promoteId: feature-state (hover, selection) keys on our district id
      [SOURCE.districts]: { type: 'geojson', data: input.districts, promoteId: 'id' },
      [SOURCE.districtLabels]: { type: 'geojson', data: input.districtLabels },
      [SOURCE.countryLabels]: { type: 'geojson', data: input.countryLabels },
      [SOURCE.frame]: { type: 'geojson', data: frameGeoJson(REGION_BOUNDS) },
      // promoteId: the open popup outlines its place, route or measure (feature-state `selected`);
      // a place's point and its uncertainty circle share the id, so both light up together
      [SOURCE.events]: { type: 'geojson', data: input.events ?? NO_EVENTS, promoteId: 'id' },
      [SOURCE.eventLabels]: { type: 'geojson', data: input.eventLabels ?? NO_EVENTS },
    },
    layers: sortLayers([
      ...contextLayers(),
      ...districtLayers(input.shading, input.nkaoLabel ?? THEME_UI.nkaoMapLabel),
      countryLabelLayer(),
      frameLayer(),
      ...eventLayers(input.eventOptions ?? EVENTS_HIDDEN),
    ]),
  };
}
