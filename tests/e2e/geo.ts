import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { DistrictCollection, type DistrictFeature } from '../../src/schema/index.ts';

export function loadDistricts(): DistrictFeature[] {
  const file = resolve(import.meta.dirname, '../../geodata/districts.geojson');
  return DistrictCollection.parse(JSON.parse(readFileSync(file, 'utf8'))).features;
}

export function district(id: string): DistrictFeature {
  const f = loadDistricts().find((d) => d.properties.id === id);
  if (!f) throw new Error(`no district ${id} in geodata/districts.geojson`);
  return f;
}

/**
 * A point deep inside the polygon and away from its label, so a pixel read there shows the fill,
 * not a border line or a label glyph: the grid point farthest from the boundary, at least a
 * quarter of the polygon's size from the label point.
 */
export function interiorPoint(f: DistrictFeature): [number, number] {
  const poly = f as unknown as Feature<Polygon | MultiPolygon>;
  const [w, s, e, n] = turf.bbox(poly);
  const label = turf.point([f.properties.label_lon, f.properties.label_lat]);
  const minFromLabel = Math.max(e - w, n - s) / 4;
  let best: [number, number] = [f.properties.label_lon, f.properties.label_lat];
  let bestDepth = -1;
  for (let i = 1; i < 30; i++) {
    for (let j = 1; j < 30; j++) {
      const pt = turf.point([w + ((e - w) * i) / 30, s + ((n - s) * j) / 30]);
      if (!turf.booleanPointInPolygon(pt, poly)) continue;
      if (turf.distance(pt, label, { units: 'degrees' }) < minFromLabel) continue;
      // negative inside the polygon: its magnitude is the distance to the nearest border
      const depth = -turf.pointToPolygonDistance(pt, poly);
      if (depth > bestDepth) {
        bestDepth = depth;
        best = pt.geometry.coordinates as [number, number];
      }
    }
  }
  return best;
}
