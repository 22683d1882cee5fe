/**
 * The committed event layer (geodata/events.geojson and atlas.json `events`) as a reader sees it:
 * points exactly where a cited source puts them, no point where none does, the drawn areas where
 * the descriptions put them, distances that are what the map says they are.
 */
import { readFileSync } from 'node:fs';
import { fullAtlas } from '../committed-data.ts';
import { resolve } from 'node:path';
import { booleanIntersects, booleanPointInPolygon, booleanWithin, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { DistrictCollection, EventCollection } from '../../src/schema/index.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
const load = (name: string): unknown => JSON.parse(readFileSync(resolve(GEODATA, name), 'utf8'));
const atlas = fullAtlas();
const events = EventCollection.parse(load('events.geojson'));
const districts = DistrictCollection.parse(load('districts.geojson'));
const claimById = new Map(atlas.claims.map((c) => [c.id, c]));
const khojaly = atlas.events.find((e) => e.id === 'khojaly-1992');
const featuresOf = (kind: string, id?: string) => events.features.filter((f) => f.properties.kind === kind && (id === undefined || f.properties.id === id));

describe('Khojaly event layer (committed outputs)', () => {
  it('has the event with all its places, the route and the straight-line measure', () => {
    expect(khojaly?.places.map((p) => p.id).sort()).toEqual(['aghdam-city', 'askeran', 'khojaly-airport', 'khojaly-town', 'nakhchivanik', 'pirjamal']);
    expect(khojaly?.routes.map((r) => r.id)).toEqual(['khojaly-escape-route']);
    expect(khojaly?.measures.length).toBeGreaterThan(0);
  });

  it('draws every exact place at exactly the point of its location claim', () => {
    for (const p of khojaly?.places ?? []) {
      if (p.location.precision === 'described') continue;
      const claim = claimById.get(p.location.claim);
      expect(claim?.value.kind, p.id).toBe('point');
      const [f] = featuresOf('place', p.id);
      if (claim?.value.kind !== 'point' || f?.geometry.type !== 'Point') throw new Error(`${p.id}: no point`);
      expect(f.geometry.coordinates[0]).toBeCloseTo(claim.value.lon, 5);
      expect(f.geometry.coordinates[1]).toBeCloseTo(claim.value.lat, 5);
    }
  });

  it('gives Nakhchivanik no point: only an area inside Khojaly district that the route corridor crosses', () => {
    const place = khojaly?.places.find((p) => p.id === 'nakhchivanik');
    expect(place?.location.precision).toBe('described');
    expect(featuresOf('place', 'nakhchivanik')).toEqual([]);
    expect(atlas.claims.filter((c) => c.subject === 'nakhchivanik' && c.metric === 'location')).toEqual([]);
    const [area] = featuresOf('described-area', 'nakhchivanik');
    const district = districts.features.find((f) => f.properties.id === 'khojaly');
    const [corridor] = featuresOf('corridor', 'khojaly-escape-route');
    if (!area || !district || !corridor) throw new Error('missing area, district or corridor');
    // 1e-5° rounding can push a vertex a metre over the shared edge; test a point set instead of strict within
    expect(booleanIntersects(area, district) && booleanIntersects(area, corridor)).toBe(true);
    expect(place?.drawn_at && booleanPointInPolygon(place.drawn_at, district)).toBe(true);
    expect(place?.area_km2).toBeGreaterThan(1);
  });

  it('runs the route through the places it names, in order, inside its corridor', () => {
    const route = khojaly?.routes[0];
    const [line] = featuresOf('route', route?.id);
    const [corridor] = featuresOf('corridor', route?.id);
    if (!route || line?.geometry.type !== 'LineString' || !corridor) throw new Error('no route line');
    const points = route.through.map((id) => khojaly?.places.find((p) => p.id === id)?.drawn_at);
    expect(line.geometry.coordinates).toEqual(points);
    expect(booleanWithin(line, corridor)).toBe(true);
  });

  it('measures Khojaly → Aghdam as the distance between the two drawn points (about 15 km)', () => {
    const m = khojaly?.measures.find((x) => x.from === 'khojaly-town' && x.to === 'aghdam-city');
    const a = khojaly?.places.find((p) => p.id === 'khojaly-town')?.drawn_at;
    const b = khojaly?.places.find((p) => p.id === 'aghdam-city')?.drawn_at;
    if (!m || !a || !b) throw new Error('no measure');
    expect(m.km).toBeCloseTo(distance(a, b, { units: 'kilometers' }), 1);
    // an independent figure: the research computed 15.1 km from Wikipedia's coordinates (E-161)
    expect(Math.abs(m.km - 15.1)).toBeLessThan(1);
    for (const id of m.compare_with) expect(claimById.get(id)?.metric).toBe('distance_miles');
  });
});
