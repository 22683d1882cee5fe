import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from '../config/layers.ts';
import { BASE } from '../config/palette.ts';

const kindIs = (kind: string) => ['==', ['get', 'kind'], kind] as ['==', ['get', string], string];

/** Orientation only: countries, the other rayons of Azerbaijan, lakes, rivers. No figures, no clicks. */
export function contextLayers(): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': BASE.background } },
    // inside the region, what no country covers is the Caspian Sea
    { id: LAYER.sea, type: 'fill', source: SOURCE.frame, paint: { 'fill-color': BASE.water } },
    {
      id: LAYER.countryFill,
      type: 'fill',
      source: SOURCE.context,
      filter: kindIs('country'),
      paint: {
        'fill-color': ['case', ['==', ['get', 'id'], 'AZE'], BASE.countryAze, BASE.countryOther],
      },
    },
    {
      id: LAYER.lakeFill,
      type: 'fill',
      source: SOURCE.context,
      filter: kindIs('lake'),
      paint: { 'fill-color': BASE.lake, 'fill-outline-color': BASE.river },
    },
    {
      id: LAYER.river,
      type: 'line',
      source: SOURCE.context,
      filter: kindIs('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': BASE.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 10, 2],
      },
    },
    {
      id: LAYER.rayonOutline,
      type: 'line',
      source: SOURCE.context,
      filter: kindIs('rayon'),
      paint: { 'line-color': BASE.rayonOutline, 'line-width': 0.6 },
    },
    {
      id: LAYER.countryOutline,
      type: 'line',
      source: SOURCE.context,
      filter: kindIs('country'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASE.countryOutline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.1, 10, 2.2],
      },
    },
  ];
}

/** The neat line around the region the context data is clipped to. */
export function frameLayer(): LayerSpecification {
  return {
    id: LAYER.frame,
    type: 'line',
    source: SOURCE.frame,
    paint: { 'line-color': BASE.frame, 'line-width': 1 },
  };
}

/** The region rectangle as GeoJSON (counter-clockwise, RFC 7946). */
export function frameGeoJson(bounds: readonly [number, number, number, number]): FeatureCollection {
  const [w, s, e, n] = bounds;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
      },
    ],
  };
}
