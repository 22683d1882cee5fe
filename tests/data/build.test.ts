import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fullAtlas } from '../committed-data.ts';
import { describe, expect, it } from 'vitest';
import { FIXTURES, inputsFor, tempDir } from './fixture-dirs.ts';
import { DataError, buildData } from '../../geodata/build/build.ts';
import { OUTPUT_FILES } from '../../geodata/build/write-outputs.ts';
import { area, booleanPointInPolygon, booleanWithin, distance } from '@turf/turf';
import { DistrictCollection, ContextCollection, EventCollection } from '../../src/schema/index.ts';

const REPO = resolve(import.meta.dirname, '../..');

function readOutputs(outDir: string): Record<string, Buffer> {
  return Object.fromEntries(Object.values(OUTPUT_FILES).map((n) => [n, readFileSync(join(outDir, n))]));
}

describe('build:data on the valid fixture', () => {
  const dirs = inputsFor();
  const result = buildData(dirs);
  const districts = DistrictCollection.parse(JSON.parse(readFileSync(join(dirs.outDir, 'districts.geojson'), 'utf8')));
  const atlas = fullAtlas(dirs.outDir);
  const props = (id: string) => districts.features.find((f) => f.properties.id === id)?.properties;

  it('writes the three outputs, which parse with the schemas', () => {
    expect(result.districts).toBe(4);
    ContextCollection.parse(JSON.parse(readFileSync(join(dirs.outDir, 'context.geojson'), 'utf8')));
    expect(atlas.version).toBe(result.version);
    expect(districts.features.map((f) => f.properties.id)).toEqual(['kalbajar', 'lachin', 'nkao', 'shusha']);
  });

  it('joins the USCR figure of the seed article, not another source, and null where none', () => {
    expect(props('lachin')).toMatchObject({ idp: 63007, idp_claim: 'seed-idp-lachin' });
    expect(props('nkao')).toMatchObject({ idp: 42072, idp_claim: 'seed-idp-nkao' });
    expect(props('shusha')).toMatchObject({ idp: null, idp_claim: null });
  });

  it('dissolves Shusha from two adm1 codes and keeps the vertex its neighbour Lachin shares', () => {
    const shusha = districts.features.find((f) => f.properties.id === 'shusha');
    expect(shusha?.geometry.type).toBe('Polygon');
    expect(JSON.stringify(shusha?.geometry.coordinates)).toContain('[46.5,39.75]');
  });

  it('puts Shusha in former-nkao by map calculation and Kalbajar in two groups by claims', () => {
    const shusha = atlas.districts.find((d) => d.id === 'shusha');
    expect(shusha?.groups).toEqual([
      { kind: 'map-calculation', group: 'former-nkao', share_pct: 100, method: "share of the Natural Earth rayon inside Natural Earth's 1991 NKAO line" },
    ]);
    expect(props('kalbajar')).toMatchObject({ group: 'seven-surrounding', in_seven_surrounding: true, in_border_armenia: true, in_former_nkao: false });
  });

  it('computes the USCR sum check from the claims, and sets compared claims side by side without computing', () => {
    expect(atlas.checks.filter((c) => c.category === 'arithmetic' || c.category === 'wording')).toEqual([
      expect.objectContaining({ id: 'uscr-district-sum', computed: 42072 + 63007 + 59274, result: 'differs', against: 'seed-idp-total' }),
      expect.objectContaining({ id: 'fixture-children', computed: null, result: 'differs', inputs: ['fixture-children-83'], against: 'fixture-children-63' }),
    ]);
  });

  it('lists the gazetteer towns with the district GeoNames puts them in, null outside the districts of the atlas', () => {
    expect(atlas.towns).toEqual([
      { name: 'Laçın', country: 'AZ', point: [46.25, 39.9], district: 'lachin' },
      { name: 'Shusha', country: 'AZ', point: [46.75, 39.75], district: 'shusha' },
      { name: 'Barda', country: 'AZ', point: [47.12619, 40.37577], district: null },
      // rounded to 5 decimals like every coordinate; a town of Armenia is in no district of the atlas
      { name: 'Goris', country: 'AM', point: [46.34168, 39.51111], district: null },
    ]);
  });

  it('dates a change of control by every claim, and a month that holds the day does not widen the span', () => {
    const [change] = atlas.timeline.changes;
    expect(change).toMatchObject({ id: 'lachin-1992', span: { from: '1992-05-18', to: '1992-05-18' } });
    expect(change?.dates.map((d) => [d.claim, d.coarser])).toEqual([
      ['ministry-lachin-taken-month', true],
      ['ministry-lachin-taken', false],
    ]);
    // two dates for one change: listed as a check, with the span drawn (0 days: one day)
    expect(atlas.checks.find((c) => c.id === 'control-dates-lachin-1992')).toMatchObject({ category: 'dates-differ', computed: 0 });
    expect(atlas.timeline.marks.find((m) => m.change === 'lachin-1992')?.kind).toBe('control');
  });

  describe('event layer', () => {
    const events = EventCollection.parse(JSON.parse(readFileSync(join(dirs.outDir, 'events.geojson'), 'utf8')));
    const byKind = (kind: string) => events.features.filter((f) => f.properties.kind === kind);
    const shusha = districts.features.find((f) => f.properties.id === 'shusha');
    const event = atlas.events[0];

    it('draws points only for places whose coordinates a claim gives, at exactly those coordinates', () => {
      expect(byKind('place').map((f) => [f.properties.id, 'precision' in f.properties ? f.properties.precision : null, f.geometry.coordinates])).toEqual([
        ['aghdam-city', 'approximate', [46.8, 40.2]],
        ['khojaly-town', 'exact', [46.6, 39.85]],
      ]);
    });

    it('draws an approximate place with its uncertainty circle of the stated radius', () => {
      const [ring] = byKind('uncertainty');
      expect(ring?.properties).toMatchObject({ id: 'aghdam-city', radius_km: 2 });
      // area of a 2 km circle: 12.57 km²; 32 steps lose under 1%
      expect(area(ring as Parameters<typeof area>[0]) / 1e6).toBeCloseTo(12.5, 0);
    });

    it('gives a described place an area inside its district along the route, and no point', () => {
      const [described] = byKind('described-area');
      expect(described?.properties).toMatchObject({ id: 'nakhchivanik', precision: 'described' });
      expect(shusha && described && booleanWithin(described, shusha)).toBe(true);
      const summary = event?.places.find((p) => p.id === 'nakhchivanik');
      expect(summary?.area_km2).toBeGreaterThan(0);
      expect(summary?.drawn_at && described && booleanPointInPolygon(summary.drawn_at, described as Parameters<typeof booleanPointInPolygon>[1])).toBe(true);
      expect(event?.places.find((p) => p.id === 'pirjamal')).toMatchObject({ drawn_at: null, area_km2: null });
    });

    it('computes the straight-line distance between the drawn points and labels it a map calculation', () => {
      const expected = distance([46.6, 39.85], [46.8, 40.2], { units: 'kilometers' });
      expect(event?.measures[0]?.km).toBeCloseTo(expected, 1);
      expect(event?.measures[0]?.miles).toBeCloseTo(expected / 1.609344, 1);
      expect(byKind('measure')[0]?.properties).toMatchObject({ label: `${event?.measures[0]?.km} km straight line · map calculation` });
      expect(byKind('route')[0]?.geometry.coordinates).toEqual([[46.6, 39.85], [46.8, 40.2]]);
    });
  });

  it('gives identical bytes on a second build', () => {
    const again = { ...dirs, outDir: join(tempDir(), 'out') };
    buildData(again);
    expect(readOutputs(again.outDir)).toEqual(readOutputs(dirs.outDir));
  });
});

/** Each invalid case overrides one file of the valid set; the message must name file, record and field. */
const CASES: Record<string, string> = {
  'claim-value-wrong-type': 'claims/claims/displaced.json: claim "seed-idp-lachin": field value.n: expected number, received string',
  'duplicate-claim-id': 'claims/claims/displaced.json: claim "seed-idp-lachin": field id: duplicate id "seed-idp-lachin" (also claim "seed-idp-lachin" in ',
  'unknown-source': 'claims/claims/areas.json: claim "ministry-area-lachin": field source: "nowhere-2020" is not in ',
  'unknown-subject': 'claims/claims/areas.json: claim "ministry-area-lachin": field subject: "fuzuli" is not a district in ',
  'invalid-subject': 'claims/claims/areas.json: claim "ministry-area-lachin": field subject: expected one of "khankendi", ',
  'adm1-code-not-found': 'claims/districts.json: district "kalbajar": field adm1_codes[0]: "AZE-9999" is not in ',
  'duplicate-district-id': 'claims/districts.json: district "lachin": field id: duplicate id "lachin"',
  'duplicate-source-id': 'claims/sources.json: source "fixture-seed": field id: duplicate id "fixture-seed"',
  // the party is named by its id in parties.json ("uscr"), no longer by a spelling of its name
  'two-uscr-figures': 'claims/claims/displaced.json: claim "seed-idp-lachin-again": field subject: a second uscr idp figure from the seed article for "lachin"',
  'district-in-no-group': 'claims/districts.json: district "kalbajar": record: in no group',
  'group-not-a-group-id': 'claims/claims/groups.json: claim "seed-group-lachin": field value: a group claim must have a category value that is a group id',
  'self-intersecting-rayon': 'sources/az-rayons.geojson: feature "AZE-1682": field geometry: self-intersects near [46.25, 40.25]',
  // a ring that only touches itself at one vertex is refused too, as turf kinks did
  'pinched-rayon': 'sources/az-rayons.geojson: feature "AZE-1682": field geometry: self-intersects near [46.3, 40.2]',
  'unclosed-ring': 'sources/nkao-1991.geojson: feature #0: field geometry.coordinates[0]: ring is not closed',
  'truncated-claims': 'claims/claims/displaced.json: not valid JSON, truncated or malformed',
  'truncated-geojson': 'sources/rivers.geojson: not valid JSON, truncated or malformed',
  'missing-districts': 'claims/districts.json: file is missing',
  'check-total-missing': 'claims/claims: check "uscr-district-sum": needs exactly one claim on subject "AZE" with metric idp_armenian_controlled_areas',
  'route-through-described-place': 'claims/events.json: route "khojaly-escape-route": field through[1]: "nakhchivanik" has no sourced coordinates',
  'location-claim-other-place': 'claims/events.json: place "khojaly-town": field location.claim: claim "fixture-city-location" is about "aghdam-city", not "khojaly-town"',
  'described-place-with-point': 'claims/events.json: place "nakhchivanik": field location: unknown field "claim"',
  'corridor-misses-district': 'claims/events.json: place "nakhchivanik": field location.area: the route\'s corridor does not cross district "kalbajar"',
  'breakdown-other-source': 'claims/claims/events.json: claim "fixture-children-63": field part_of: claim "fixture-killed" is from "fixture-seed", not "fixture-ministry"',
  'check-unknown-claim': 'claims/checks.json: check "fixture-territory-sq-mi": field against: no claim "fixture-territory-miles" in ',
  'check-unknown-conversion': 'claims/checks.json: check "fixture-territory-sq-mi": field kind: no conversion from "km²" to "persons"',
  'coverage-unknown-claim': 'claims/coverage.json: figure "S-001": field claims[1]: no claim "seed-idp-lachn" in ',
  'coverage-claims-and-reason': 'claims/coverage.json: figure "S-002": field claims: give either claims or out_of_scope, not both and not neither',
  'claim-about-unknown-place': 'claims/claims/events.json: claim "fixture-six-miles": field subject: "askeran" is not an event, place or route in ',
  // an area a source names must have its record, and a record that puts it over districts says why
  'claim-about-unknown-area': 'claims/claims/areas.json: claim "ministry-area-lachin": field subject: "kashatagh-region" is not an area in ',
  'area-covers-without-basis': 'claims/areas.json: area "operation-ring-villages": field basis: say why the area covers or lies in these districts (basis)',
  // issue 7: hostile data is rejected by rule (tests/data/fixtures/README.md)
  'hostile-javascript-url': 'claims/sources.json: source "fixture-ministry": field url: must be an http(s) URL',
  'hostile-rtl-override': 'claims/districts.json: district "lachin": field aliases[1].name: contains U+202E RIGHT-TO-LEFT OVERRIDE at character 7',
  'hostile-10000-chars': 'claims/claims/displaced.json: claim "seed-idp-lachin": field quote: is 10,000 characters long; a long text (a quote, note or explanation) may have at most 4,000',
  // issue 12: values in their unit's valid range, parties by id, one record per party, honest read grades
  'value-out-of-range':
    'claims/claims/displaced.json: claim "seed-idp-lachin": field value.n: 1e+308 is outside the valid range 0–10,000,000 for a count of people (at most 10 million, more than the population of Azerbaijan)',
  'negative-count':
    'claims/claims/displaced.json: claim "ministry-idp-lachin": field value.n: -5 is outside the valid range 0–1,000,000 for a count of places, buildings or objects (at most 1 million)',
  'invisible-in-party-name':
    'claims/parties.json: party "uscr": field name: contains U+200B ZERO WIDTH SPACE at character 13: an invisible format character makes two texts that look the same differ, so no text field may hold one',
  'mixed-script-party-name':
    'claims/parties.json: party "uscr": field name: the word "\u0421ommittee" mixes Cyrillic and Latin letters (U+0421, a cyrillic letter, is letter 1 of the word)',
  'unknown-party': 'claims/claims/displaced.json: claim "seed-idp-lachin": field claimed_by: "us-committee-for-refugees" is not a party in ',
  'duplicate-party-name':
    'claims/parties.json: party "us-committee-refugees": field name: "US committee for refugees" is already a name of party "uscr": one party, one record',
  'duplicate-town-name': 'sources/places.geojson: feature "Goris": field properties.name: a second town of this name',
  // the timeline: a change of control is dated by claims that exist, of its target's metric, about its place (or says why)
  'control-unknown-claim': 'claims/control.json: change "lachin-1992": field claims[1]: no claim has the id "nowhere-claim"',
  'control-claim-wrong-metric': 'claims/control.json: change "lachin-1992": field claims[0]: claim "ministry-area-lachin" has metric "area_km2"; a change to "armenian" is dated by "date_came_under_armenian_control" claims',
  'control-claim-other-place': 'claims/control.json: change "lachin-1992": field claims[0]: claim "ministry-lachin-taken" is about "lachin", not "kalbajar": give the basis on which it dates this place',
  'control-part-unnamed': 'claims/control.json: change "lachin-1992": field part: a change of part of a place names the part, and only such a change does',
  'reproduction-without-site':
    'claims/claims/displaced.json: claim "ministry-idp-lachin": field read.via: a reproduction, and only a reproduction, names the site it was read on (via)',
};

describe('build:data stops at the first bad input', () => {
  it('has a test for every invalid fixture folder', () => {
    expect(readdirSync(join(FIXTURES, 'invalid')).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const dirs = inputsFor(name);
      let error: unknown;
      try {
        buildData(dirs);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).message).toContain(expected);
      expect(existsSync(dirs.outDir), 'a failed build writes nothing').toBe(false);
    });
  }
});

describe('build:data on the repository inputs', () => {
  const claimsReady = existsSync(join(REPO, 'geodata/claims/claims'));
  it.skipIf(!claimsReady)('reproduces the committed outputs byte for byte', () => {
    const outDir = join(tempDir(), 'out');
    buildData({ sourcesDir: join(REPO, 'geodata/sources'), claimsDir: join(REPO, 'geodata/claims'), outDir, complete: true });
    expect(readOutputs(outDir)).toEqual(readOutputs(join(REPO, 'geodata')));
  });
});
