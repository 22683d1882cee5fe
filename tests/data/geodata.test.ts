/**
 * Checks on the committed outputs (geodata/*.geojson, atlas.json) as the app will load them.
 * build.test.ts proves the build reproduces them; this file proves they are right.
 */
import { readFileSync } from 'node:fs';
import { fullAtlas } from '../committed-data.ts';
import { resolve } from 'node:path';
import { area, bbox, booleanClockwise, booleanIntersects, booleanPointInPolygon, feature, featureCollection, intersect, kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REGION_BBOX } from '../../geodata/build/clip-context.ts';
import { ContextCollection, DISTRICT_IDS, DistrictCollection, NKAO_ID } from '../../src/schema/index.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
const load = (name: string): unknown => JSON.parse(readFileSync(resolve(GEODATA, name), 'utf8'));

const districts = DistrictCollection.parse(load('districts.geojson'));
const context = ContextCollection.parse(load('context.geojson'));
const atlas = fullAtlas();
const byId = new Map(districts.features.map((f) => [f.properties.id as string, f]));
const claimById = new Map(atlas.claims.map((c) => [c.id, c]));

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const isArea = (g: { type: string }): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** RFC 7946 polygons: closed rings of ≥ 4 positions, outer CCW, holes CW, no self-intersection. */
function expectValidArea(name: string, g: Polygon | MultiPolygon): void {
  polygonsOf(g).forEach((rings) =>
    rings.forEach((ring, ri) => {
      expect(ring.length, `${name}: ring size`).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1], `${name}: ring closed`).toEqual(ring[0]);
      expect(booleanClockwise(ring), `${name}: ring ${ri} winding`).toBe(ri > 0);
    }),
  );
  expect(kinks(g).features, `${name}: kinks`).toEqual([]);
}

/** Every coordinate has at most 5 decimals. */
function expectRounded(name: string, g: { coordinates: unknown }): void {
  const flat = JSON.stringify(g.coordinates).match(/-?\d+(?:\.\d+)?/g) ?? [];
  const long = flat.filter((n) => (n.split('.')[1] ?? '').length > 5);
  expect(long, `${name}: coordinates with more than 5 decimals`).toEqual([]);
}

describe('geodata/districts.geojson', () => {
  it('has every district id of src/schema/ids.ts once, plus the NKAO outline, sorted by id', () => {
    const ids = districts.features.map((f) => f.properties.id as string);
    expect(ids).toEqual([...DISTRICT_IDS, NKAO_ID].sort());
  });

  it('has valid, rounded RFC 7946 geometry', () => {
    for (const f of districts.features) {
      expectValidArea(f.properties.id, f.geometry);
      expectRounded(f.properties.id, f.geometry);
    }
  });

  it('puts every label point inside its district', () => {
    for (const f of districts.features) {
      expect(booleanPointInPolygon([f.properties.label_lon, f.properties.label_lat], f), f.properties.id).toBe(true);
    }
  });

  it('carries the USCR figure of the article as idp, with its claim, and null (never 0) elsewhere', () => {
    for (const f of districts.features) {
      const { id, idp, idp_claim } = f.properties;
      if (idp_claim === null) {
        expect(idp, id).toBeNull();
        continue;
      }
      const claim = claimById.get(idp_claim);
      expect(claim, `${id}: ${idp_claim}`).toMatchObject({ subject: id, metric: 'idp', claimed_by: 'uscr' });
      expect(claim?.value.kind === 'exact' || claim?.value.kind === 'about' ? claim.value.n : undefined, id).toBe(idp);
    }
    // claimed_by is a party id: the registry names the party
    expect(atlas.parties.find((p) => p.id === 'uscr')?.name).toBe('US Committee for Refugees');
    expect(byId.get('nkao')?.properties.idp).toBe(42072);
    expect(byId.get('lachin')?.properties.idp).toBe(63007);
    const none = districts.features.filter((f) => f.properties.idp === null).map((f) => f.properties.id).sort();
    expect(none).toEqual(
      ['khankendi', 'khojaly', 'khojavend', 'shusha', 'gazakh', 'agstafa', 'tovuz', 'gadabay', 'goranboy', 'beylagan', 'nakhchivan'].sort(),
    );
  });

  it('measures areas close to the areas sources state (a sanity check of the adm1_code mapping)', () => {
    /**
     * Claims the map calculation misses by more than 15%. Not errors: the 1:10m Natural Earth
     * outlines are approximate and do not always follow the same boundary vintage as the source.
     * The list must stay exact, so a new outlier (e.g. a wrong adm1_code) fails the test.
     */
    const KNOWN: Record<string, string> = {
      'ext-tartar-area-e098': "NE's Tartar includes part of the old Mardakert rayon (sources README); the 960 km² figure does not say which boundary",
      'ext-shusha-area-e072': 'NE draws Shusha district + town at 363 km²; the source says 289 km²',
      'ext-khankendi-area-e086': 'a 29 km² city drawn by NE at 1:10m as 23 km²',
      'ext-jabrayil-area-e043': 'NE 1:10m outline 850 km² against 1,050 km² stated; cause not known',
    };
    const outliers: string[] = [];
    for (const c of atlas.claims) {
      if (c.metric !== 'area_km2' || (c.value.kind !== 'exact' && c.value.kind !== 'about')) continue;
      const f = byId.get(c.subject);
      if (!f) continue;
      const off = Math.abs(f.properties.area_km2_map - c.value.n) / c.value.n;
      if (off > 0.15) outliers.push(c.id);
      expect(off, `${c.id}: map ${f.properties.area_km2_map} km² against ${c.value.n} km²`).toBeLessThan(0.35);
    }
    expect(outliers.sort()).toEqual(Object.keys(KNOWN).sort());
  });

  it('keeps shared borders shared: neighbours touch and do not overlap', () => {
    const lachin = byId.get('lachin');
    const kalbajar = byId.get('kalbajar');
    if (!lachin || !kalbajar) throw new Error('lachin or kalbajar missing');
    expect(booleanIntersects(lachin, kalbajar)).toBe(true);
    // every pair of districts (the NKAO outline overlaps rayons by design): overlap under 0.01 km²
    const rayons = districts.features.filter((f) => f.properties.id !== NKAO_ID);
    for (let i = 0; i < rayons.length; i++) {
      for (let j = i + 1; j < rayons.length; j++) {
        const a = rayons[i];
        const b = rayons[j];
        if (!a || !b) continue;
        const [aw = 0, as = 0, ae = 0, an = 0] = bbox(a);
        const [bw = 0, bs = 0, be = 0, bn = 0] = bbox(b);
        if (aw > be || bw > ae || as > bn || bs > an) continue;
        const both = intersect(featureCollection([a, b]));
        const km2 = both ? area(both) / 1e6 : 0;
        expect(km2, `${a.properties.id} ∩ ${b.properties.id}`).toBeLessThan(0.01);
      }
    }
  });
});

describe('geodata/context.geojson', () => {
  it('has the six countries, rivers, lakes and only the rayons no district uses', () => {
    const countries = context.features.flatMap((f) => (f.properties.kind === 'country' ? [f.properties.id] : []));
    expect(countries.sort()).toEqual(['ARM', 'AZE', 'GEO', 'IRN', 'RUS', 'TUR']);
    expect(context.features.some((f) => f.properties.kind === 'river')).toBe(true);
    expect(context.features.some((f) => f.properties.kind === 'lake')).toBe(true);
    const claimsDistricts = JSON.parse(readFileSync(resolve(GEODATA, 'claims/districts.json'), 'utf8')) as { adm1_codes: string[] }[];
    const used = new Set(claimsDistricts.flatMap((d) => d.adm1_codes));
    const rayons = context.features.flatMap((f) => (f.properties.kind === 'rayon' ? [f.properties.id] : []));
    expect(rayons.length).toBeGreaterThan(0);
    expect(rayons.filter((r) => used.has(r))).toEqual([]);
  });

  it('lies inside the region and has valid, rounded geometry', () => {
    const [w, s, e, n] = REGION_BBOX;
    for (const f of context.features) {
      const name = `${f.properties.kind} ${'id' in f.properties ? f.properties.id : f.properties.name}`;
      const [fw = 0, fs = 0, fe = 0, fn = 0] = bbox(feature(f.geometry));
      expect(fw >= w && fs >= s && fe <= e && fn <= n, `${name} inside the region`).toBe(true);
      if (isArea(f.geometry)) expectValidArea(name, f.geometry);
      expectRounded(name, f.geometry);
    }
  });
});

describe('geodata/atlas.json', () => {
  it('shows the uscr-district-sum check, computed from the claims', () => {
    const check = atlas.checks.find((c) => c.id === 'uscr-district-sum');
    expect(check).toMatchObject({ subject: 'AZE', computed: 560098, result: 'differs' });
    const sum = (check?.inputs ?? []).reduce((s, id) => {
      const v = claimById.get(id)?.value;
      return s + (v?.kind === 'exact' || v?.kind === 'about' ? v.n : NaN);
    }, 0);
    expect(sum).toBe(560098);
    expect(claimById.get(check?.against ?? '')?.value).toEqual({ kind: 'more_than', n: 568000 });
  });

  it('has a summary per district with its groups, each based on a claim or a labelled map calculation', () => {
    expect(atlas.districts.map((d) => d.id).sort()).toEqual([...DISTRICT_IDS, NKAO_ID].sort());
    for (const d of atlas.districts) {
      expect(d.groups.length, d.id).toBeGreaterThan(0);
      for (const g of d.groups) {
        if (g.kind === 'claim') expect(claimById.get(g.claim)?.metric, `${d.id}: ${g.claim}`).toBe('group');
        else expect(g.share_pct, d.id).toBeGreaterThanOrEqual(50);
      }
      expect(d.area_km2_map).toBe(byId.get(d.id)?.properties.area_km2_map);
    }
    for (const id of ['khankendi', 'khojaly', 'khojavend', 'shusha']) {
      expect(byId.get(id)?.properties).toMatchObject({ group: 'former-nkao', in_former_nkao: true });
    }
  });
});
