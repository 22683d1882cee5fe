import type { FeatureCollection, Point } from 'geojson';
import type { ContextCollection, DistrictCollection } from '../schema/index.ts';
import { NKAO_ID } from '../schema/index.ts';

export interface DistrictLabelProps {
  id: string;
  name_az: string;
  /** map-calculated area; the style places the labels of larger districts first */
  area_km2: number;
}

/** One point per district at its label point (the NKAO outline is labelled along its line instead). */
export function districtLabelPoints(districts: DistrictCollection): FeatureCollection<Point, DistrictLabelProps> {
  return {
    type: 'FeatureCollection',
    features: districts.features
      .filter((f) => f.properties.id !== NKAO_ID)
      .map((f) => ({
        type: 'Feature',
        properties: { id: f.properties.id, name_az: f.properties.name_az, area_km2: f.properties.area_km2_map },
        geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
      })),
  };
}

export interface CountryLabelProps {
  id: string;
  name: string;
}

/** Country names from the context data, placed at the given points (countries without one are not labelled). */
export function countryLabelPoints(
  context: ContextCollection,
  points: Readonly<Record<string, [number, number]>>,
): FeatureCollection<Point, CountryLabelProps> {
  const features: FeatureCollection<Point, CountryLabelProps>['features'] = [];
  for (const f of context.features) {
    const p = f.properties;
    if (p.kind !== 'country') continue;
    const at = points[p.id];
    if (!at) continue;
    features.push({ type: 'Feature', properties: { id: p.id, name: p.name }, geometry: { type: 'Point', coordinates: at } });
  }
  return { type: 'FeatureCollection', features };
}
