import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, buildData } from '../../geodata/build/build.ts';
import { OUTPUT_FILES } from '../../geodata/build/write-outputs.ts';
import { Atlas, DistrictCollection, ContextCollection } from '../../src/schema/index.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const REPO = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const t = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  temps.push(t);
  return t;
}

/** Walks a folder and returns file paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

/**
 * The valid set copied to a temp folder, with an invalid case's files laid over it. A file named
 * `<name>.remove` deletes `<name>` instead (the way to express "this input is missing").
 */
function inputsFor(caseName?: string): { sourcesDir: string; claimsDir: string; outDir: string } {
  const root = tempDir();
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  if (caseName) {
    const overlay = join(FIXTURES, 'invalid', caseName);
    for (const rel of filesUnder(overlay)) {
      if (rel.endsWith('.remove')) rmSync(join(root, rel.slice(0, -'.remove'.length)));
      else cpSync(join(overlay, rel), join(root, rel));
    }
  }
  return { sourcesDir: join(root, 'sources'), claimsDir: join(root, 'claims'), outDir: join(root, 'out') };
}

function readOutputs(outDir: string): Record<string, Buffer> {
  return Object.fromEntries(Object.values(OUTPUT_FILES).map((n) => [n, readFileSync(join(outDir, n))]));
}

describe('build:data on the valid fixture', () => {
  const dirs = inputsFor();
  const result = buildData(dirs);
  const districts = DistrictCollection.parse(JSON.parse(readFileSync(join(dirs.outDir, 'districts.geojson'), 'utf8')));
  const atlas = Atlas.parse(JSON.parse(readFileSync(join(dirs.outDir, 'atlas.json'), 'utf8')));
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

  it('computes the USCR sum check from the claims', () => {
    expect(atlas.checks).toEqual([
      expect.objectContaining({ id: 'uscr-district-sum', computed: 42072 + 63007 + 59274, result: 'differs', against: 'seed-idp-total' }),
    ]);
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
  'two-uscr-figures': 'claims/claims/displaced.json: claim "seed-idp-lachin-again": field subject: a second US Committee for Refugees idp figure from the seed article for "lachin"',
  'district-in-no-group': 'claims/districts.json: district "kalbajar": record: in no group',
  'group-not-a-group-id': 'claims/claims/groups.json: claim "seed-group-lachin": field value: a group claim must have a category value that is a group id',
  'self-intersecting-rayon': 'sources/az-rayons.geojson: feature "AZE-1682": field geometry: self-intersects near [46.25, 40.25]',
  'unclosed-ring': 'sources/nkao-1991.geojson: feature #0: field geometry.coordinates[0]: ring is not closed',
  'truncated-claims': 'claims/claims/displaced.json: not valid JSON, truncated or malformed',
  'truncated-geojson': 'sources/rivers.geojson: not valid JSON, truncated or malformed',
  'missing-districts': 'claims/districts.json: file is missing',
  'check-total-missing': 'claims/claims: check "uscr-district-sum": needs exactly one claim on subject "AZE" with metric idp_occupied_areas',
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
