import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT, IMAGE, LAYER, SOURCE } from '../config/layers.ts';
import { BASE, GROUP_COLOUR } from '../config/palette.ts';
import { NKAO_LABEL_DETAIL_ZOOM } from '../config/view.ts';
import { groupLineColor, highlighted, isNkao, isNotNkao, NKAO_FEATURE } from './expressions.ts';
import { themeFillColor, type ThemeShading } from './theme-paint.ts';

/** The width of the NKAO outline drawn in its class colour: wider than any group outline, so it reads as the NKAO's own. */
const NKAO_FIGURE_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 6, 5, 10, 9];

/** True for the features whose id is one of `ids` (an empty list matches nothing). */
export function placeIn(ids: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/** A pattern over some rayons' fill (the "sources differ" stripes, the timeline's "partly" hatch); hidden when it covers none. */
function patternOver(id: string, rayons: readonly string[], image: string): LayerSpecification {
  return {
    id,
    type: 'fill',
    source: SOURCE.districts,
    filter: ['all', isNotNkao, placeIn(rayons)],
    layout: { visibility: rayons.length > 0 ? 'visible' : 'none' },
    paint: { 'fill-pattern': image },
  };
}

/**
 * The districts, shaded by a theme (displaced people or a damage metric, as the build classed
 * them): fills by class (opaque, so the colour on screen is the legend's), a hatch where no source
 * gives a figure, the "sources differ" stripes, outlines by group, a hover/selection outline and
 * labels. The former NKAO overlaps today's rayons, so it is drawn as a line only, never as an
 * area: its dashed outline, its name along it and, when the theme has a figure for it, the same
 * outline drawn wide in its class colour (striped where its sources differ). A tint or a band
 * inside the line would paint a strip of another colour across Kəlbəcər, Tərtər and Ağdam.
 * `nkaoLabel` is the name drawn along the dashed line.
 */
export function districtLayers(shading: ThemeShading, nkaoLabel: string): LayerSpecification[] {
  const fill = themeFillColor(shading);
  const withFigure = [...shading.fills.map((f) => f.id), ...shading.differ];
  const differRayons = shading.differ.filter((id) => id !== NKAO_FEATURE);
  const nkaoDiffers = shading.differ.includes(NKAO_FEATURE);
  const nkaoHasFigure = withFigure.includes(NKAO_FEATURE);
  const partlyRayons = (shading.partly ?? []).filter((id) => id !== NKAO_FEATURE);
  return [
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      filter: isNotNkao,
      paint: { 'fill-color': fill },
    },
    {
      id: LAYER.districtNoFigure,
      type: 'fill',
      source: SOURCE.districts,
      filter: ['all', isNotNkao, ['!', placeIn(withFigure)]],
      paint: { 'fill-pattern': IMAGE.noFigureHatch },
    },
    patternOver(LAYER.districtDiffer, differRayons, IMAGE.sourcesDiffer),
    patternOver(LAYER.districtPartly, partlyRayons, IMAGE.controlPartly),
    {
      id: LAYER.nkaoFill,
      type: 'fill',
      source: SOURCE.districts,
      filter: isNkao,
      // never seen: a click or a hover inside the 1991 line finds the NKAO here
      paint: { 'fill-color': BASE.nkaoOutline, 'fill-opacity': 0 },
    },
    {
      id: LAYER.districtOutline,
      type: 'line',
      source: SOURCE.districts,
      filter: isNotNkao,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': groupLineColor(GROUP_COLOUR, BASE.countryOutline),
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.3, 10, 3],
      },
    },
    {
      id: LAYER.nkaoFigure,
      type: 'line',
      source: SOURCE.districts,
      filter: isNkao,
      layout: { 'line-join': 'round', visibility: nkaoHasFigure ? 'visible' : 'none' },
      paint: {
        'line-color': fill,
        // where the NKAO's own figures fall in different classes, the line carries the stripes
        ...(nkaoDiffers ? { 'line-pattern': IMAGE.sourcesDiffer } : {}),
        // centred on the 1991 line, as wide on either side: a line, not a strip inside the rayons
        'line-width': NKAO_FIGURE_WIDTH,
      },
    },
    {
      id: LAYER.nkaoOutline,
      type: 'line',
      source: SOURCE.districts,
      filter: isNkao,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASE.nkaoOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.6, 10, 3],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.nkaoLabel,
      type: 'symbol',
      // the smoothed outline (src/data/nkao-label-lines.ts): the 1991 line zigzags too much for a name to follow it
      source: SOURCE.districtLabels,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: {
        // one line per zoom band: the loose overview stretch, then the close ring
        'text-field': [
          'step',
          ['zoom'],
          ['case', ['==', ['get', 'band'], 'overview'], nkaoLabel, ''],
          NKAO_LABEL_DETAIL_ZOOM,
          ['case', ['==', ['get', 'band'], 'detail'], nkaoLabel, ''],
        ],
        'text-font': [FONT.bold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10, 9, 13],
        'symbol-placement': 'line',
        // at most once along the overview stretch; around the ring, every 400 px when zoomed in
        'symbol-spacing': 400,
        // MapLibre adds up the turns under a name in the tile's rounded coordinates: the overview
        // stretch bends gently but for longer, so it gets more room than the close ring
        'text-max-angle': ['step', ['zoom'], 90, NKAO_LABEL_DETAIL_ZOOM, 45],
        'text-letter-spacing': 0.04,
        // beside the line, not on it: the dashes stay readable under the name
        'text-offset': [0, 0.9],
        'text-padding': 2,
      },
      paint: { 'text-color': BASE.nkaoOutline, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.6 },
    },
    {
      id: LAYER.districtHighlight,
      type: 'line',
      source: SOURCE.districts,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASE.highlight, 'line-width': 3, 'line-opacity': highlighted },
    },
    {
      id: LAYER.districtLabel,
      type: 'symbol',
      source: SOURCE.districtLabels,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'name_az'],
        'text-font': [FONT.bold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10, 9, 15],
        // small districts are labelled first (they have one place to go); large ones move to find room
        'symbol-sort-key': ['to-number', ['get', 'area_km2'], 0],
        'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        'text-radial-offset': 0.5,
        'text-padding': 1,
        'text-max-width': 8,
      },
      paint: { 'text-color': BASE.labelText, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}

export function countryLabelLayer(): LayerSpecification {
  return {
    id: LAYER.countryLabel,
    type: 'symbol',
    source: SOURCE.countryLabels,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 9, 16],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.25,
      'text-allow-overlap': false,
    },
    paint: { 'text-color': BASE.countryLabel, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.2 },
  };
}
