import { describe, expect, it } from 'vitest';
import { parseWith } from '../../src/data/load.ts';
import { ContextCollection, DistrictCollection } from '../../src/schema/index.ts';

const ring = [[46, 39], [47, 39], [47, 40], [46, 39]];
const props = {
  id: 'lachin', name_az: 'Laçın', name_en: 'Lachin', group: 'seven-surrounding', in_former_nkao: false, in_seven_surrounding: true,
  in_border_armenia: false, in_line_of_contact: false, in_nakhchivan_ar: false, idp: 63007, idp_claim: 'seed-idp-lachin',
  area_km2_map: 1800, label_lon: 46.5, label_lat: 39.5,
};
const collection = (coordinates: unknown) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates } }] });

describe('coordinates in a data file the page loads', () => {
  it('accepts a valid ring', () => {
    expect(parseWith(DistrictCollection, collection([ring]), 'data/districts.geojson').features).toHaveLength(1);
  });

  it('names the file, the position and the record of a coordinate out of range', () => {
    const bad = [[...ring.slice(0, 2), [200, 40], ring[3]]];
    expect(() => parseWith(DistrictCollection, collection(bad), 'data/districts.geojson')).toThrow(
      'data/districts.geojson: features[0].geometry.coordinates[0][2] in record "lachin": longitude must be a number from -180 to 180, got 200',
    );
  });

  it('names a position that is not a pair, and a ring too short', () => {
    expect(() => parseWith(DistrictCollection, collection([[...ring.slice(0, 3), '46,39']]), 'f')).toThrow('coordinates[0][3] in record "lachin": expected a [longitude, latitude] pair');
    expect(() => parseWith(DistrictCollection, collection([ring.slice(0, 3)]), 'f')).toThrow('a linear ring needs at least 4 positions');
  });

  it('checks lines the same way', () => {
    const river = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'river', name: 'Araz' }, geometry: { type: 'LineString', coordinates: [[46, 39], [46, 95]] } }] };
    expect(() => parseWith(ContextCollection, river, 'data/context.geojson')).toThrow('latitude must be a number from -90 to 90, got 95');
  });
});
