import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { ContextCollection, DistrictCollection } from '../schema/index.ts';
import { NKAO_ID } from '../schema/index.ts';
import { nkaoLabelLines, type NkaoLabelBand } from './nkao-label-lines.ts';

export interface DistrictLabelProps {
  id: string;
  name_az: string;
  /** map-calculated area; the style places the labels of larger districts first */
  area_km2: number;
  /** on the NKAO's label lines: the zooms the line is for */
  band?: NkaoLabelBand;
}

/**
 * One point per district at its label point, and the lines the former NKAO's name runs along
 * (src/data/nkao-label-lines.ts): LineStrings with the NKAO's id and the zooms they are for
 * (`band`). The style labels the points and the lines apart by geometry type.
 */
export function districtLabelPoints(districts: DistrictCollection): FeatureCollection<Point | LineString, DistrictLabelProps> {
  const features: FeatureCollection<Point | LineString, DistrictLabelProps>['features'] = [];
  for (const f of districts.features) {
    const p = f.properties;
    const props = { id: p.id, name_az: p.name_az, area_km2: p.area_km2_map };
    if (p.id !== NKAO_ID) {
      features.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [p.label_lon, p.label_lat] } });
      continue;
    }
    const ring = outerRing(f.geometry);
    for (const line of ring ? nkaoLabelLines(ring) : []) {
      features.push({ type: 'Feature', properties: { ...props, band: line.band }, geometry: { type: 'LineString', coordinates: line.coordinates } });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The outer ring of a polygon, or of a multipolygon's part with the most vertices. */
function outerRing(geometry: Polygon | MultiPolygon): Position[] | null {
  if (geometry.type === 'Polygon') return geometry.coordinates[0] ?? null;
  return [...geometry.coordinates].map((part) => part[0] ?? []).sort((a, b) => b.length - a.length)[0] ?? null;
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
