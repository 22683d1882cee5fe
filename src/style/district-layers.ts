import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT, IMAGE, LAYER, SOURCE } from '../config/layers.ts';
import { BASE, GROUP_COLOUR } from '../config/palette.ts';
import { groupLineColor, highlighted, isNkao, isNotNkao } from './expressions.ts';
import { themeFillColor, type ThemeShading } from './theme-paint.ts';

/** True for the features whose id is one of `ids` (an empty list matches nothing). */
export function placeIn(ids: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/**
 * The districts, shaded by a theme (displaced people or a damage metric, as the build classed
 * them): fills by class (opaque, so the colour on screen is the legend's), a hatch where no source
 * gives a figure, the "sources differ" stripes, the NKAO outline drawn over the rayons it overlaps
 * (a light tint and a band in its class), outlines by group, a hover/selection outline and labels.
 */
export function districtLayers(shading: ThemeShading): LayerSpecification[] {
  const fill = themeFillColor(shading);
  const withFigure = [...shading.fills.map((f) => f.id), ...shading.differ];
  const differRayons = shading.differ.filter((id) => id !== 'nkao');
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
    {
      id: LAYER.districtDiffer,
      type: 'fill',
      source: SOURCE.districts,
      filter: ['all', isNotNkao, placeIn(differRayons)],
      layout: { visibility: differRayons.length > 0 ? 'visible' : 'none' },
      paint: { 'fill-pattern': IMAGE.sourcesDiffer },
    },
    {
      id: LAYER.nkaoFill,
      type: 'fill',
      source: SOURCE.districts,
      filter: isNkao,
      // a light tint only: the rayons under it keep their own colour (and their pixels stay readable)
      paint: { 'fill-color': fill, 'fill-opacity': 0.2 },
    },
    {
      id: LAYER.nkaoBand,
      type: 'line',
      source: SOURCE.districts,
      filter: isNkao,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': fill,
        // the band of a former NKAO whose figures differ carries the stripes along it
        ...(shading.differ.includes('nkao') ? { 'line-pattern': IMAGE.sourcesDiffer } : {}),
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 4, 10, 9],
        // positive = to the right of the ring's direction; MapLibre's tile rings run clockwise, so inward
        'line-offset': ['interpolate', ['linear'], ['zoom'], 6, 2, 10, 4.5],
        'line-opacity': 0.9,
      },
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
