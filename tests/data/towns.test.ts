/**
 * The gazetteer's towns in the committed atlas.json: what the page's search finds besides the
 * districts, areas and event places. Each is the GeoNames point as vendored, in the district
 * GeoNames names; where the drawn 1:10m outline disagrees with GeoNames, the test says so by name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { AtlasFirst, DistrictCollection } from '../../src/schema/index.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(GEODATA, name), 'utf8'));
const atlas = AtlasFirst.parse(read('atlas.json'));
const districts = DistrictCollection.parse(read('districts.geojson'));
const places = read('sources/places.geojson') as { features: Array<{ properties: { name: string; country: string }; geometry: { coordinates: [number, number] } }> };

describe('the towns of atlas.json', () => {
  it('are the gazetteer points, every one, in its order, with name, country and point as vendored', () => {
    expect(atlas.towns).toHaveLength(32);
    expect(atlas.towns.map((t) => [t.name, t.country, t.point])).toEqual(places.features.map((f) => [f.properties.name, f.properties.country, f.geometry.coordinates]));
  });

  it('stay small: the first-load file carries a name, a code, a point and a district id each', () => {
    expect(JSON.stringify(atlas.towns).length).toBeLessThan(4000);
  });

  it('lie in the district GeoNames names, and in none outside Azerbaijan or outside the atlas', () => {
    const by = Object.fromEntries(atlas.towns.map((t) => [t.name, t.district]));
    expect(by).toMatchObject({
      Khankendi: 'khankendi',
      Askyaran: 'khojaly',
      Khojaly: 'khojaly',
      'Laçın': 'lachin',
      Jabrayil: 'jabrayil',
      'Naxçıvan': 'nakhchivan',
      Barda: null,
      Baku: null,
      Ganja: null,
      Yerevan: null,
      Goris: null,
      Tabriz: null,
    });
    expect(atlas.towns.filter((t) => t.country !== 'AZ').every((t) => t.district === null)).toBe(true);
  });

  it('lie inside the drawn outline of their district, except the two the coarse 1:10m outlines put in a neighbour', () => {
    const drawnIn = (p: [number, number]) => districts.features.filter((f) => f.properties.id !== 'nkao' && booleanPointInPolygon(p, f)).map((f) => f.properties.id);
    const differ = atlas.towns.filter((t) => t.district !== null && !drawnIn(t.point).includes(t.district)).map((t) => `${t.name}: ${t.district} drawn in ${drawnIn(t.point).join(', ') || 'none'}`);
    // the page opens the district GeoNames names; when the outlines are redrawn, this list shrinks
    expect(differ).toEqual(['Laçın: lachin drawn in shusha', 'Jabrayil: jabrayil drawn in khojavend']);
  });
});
