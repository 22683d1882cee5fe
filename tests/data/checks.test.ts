/**
 * The data-quality checks are computed from the claims, not written down: change a claim in the
 * valid fixture and its check changes with it. Each test builds the fixture in a temp folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fullAtlas } from '../committed-data.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../geodata/build/build.ts';
import { checkExplanation, checkTitle } from '../../src/i18n/en-checks.ts';
import { Atlas, type Claim, type DataCheck } from '../../src/schema/index.ts';
import { checkData } from '../check-data.ts';
import { committedData } from '../committed-data.ts';
import { inputsFor } from './fixture-dirs.ts';

type Edit = (claims: Claim[]) => void;

/** Builds the valid fixture after editing one claim file, and returns the atlas's checks. */
function checksAfter(file: string, edit?: Edit): { checks: DataCheck[]; atlas: Atlas } {
  const dirs = inputsFor();
  if (edit) {
    const path = join(dirs.claimsDir, 'claims', file);
    const claims = JSON.parse(readFileSync(path, 'utf8')) as Claim[];
    edit(claims);
    writeFileSync(path, JSON.stringify(claims));
  }
  buildData(dirs);
  const atlas = fullAtlas(dirs.outDir);
  return { checks: atlas.checks, atlas };
}

const byId = (checks: readonly DataCheck[], id: string) => checks.find((c) => c.id === id);
const setValue = (id: string, value: Claim['value']): Edit => (claims) => {
  const c = claims.find((x) => x.id === id);
  if (!c) throw new Error(`fixture has no claim ${id}`);
  c.value = value;
};

describe('data checks on the valid fixture', () => {
  const { checks, atlas } = checksAfter('quality.json');
  const data = checkData(atlas);
  const title = (id: string) => checkTitle(byId(checks, id)!, data);
  const explanation = (id: string) => checkExplanation(byId(checks, id)!, data);

  it('converts the km² figure into square miles and names the slip that gives the printed figure', () => {
    expect(byId(checks, 'fixture-territory-sq-mi')).toMatchObject({
      category: 'conversion',
      inputs: ['fixture-territory-km2'],
      against: 'fixture-territory-sq-mi',
      computed: 6564,
      computed_unit: 'sq mi',
      result: 'differs',
    });
    // the curator's words first, then the map's own arithmetic and the slip that gives the printed figure
    expect(explanation('fixture-territory-sq-mi')).toBe(
      'The article gives the territory in km² and in square miles. 17,000 km² is 6,564 sq mi (× 0.386102, map calculation); the source prints 10,563 sq mi. ' +
        'That is 17,000 × 0.621371 (10,563): the factor for kilometres to miles, a length, applied to an area.',
    );
    expect(title('fixture-territory-sq-mi')).toBe('17,000 km² in square miles');
  });

  it('recomputes the conversion from the claims: a corrected printed figure is consistent', () => {
    const fixed = checksAfter('quality.json', setValue('fixture-territory-sq-mi', { kind: 'exact', n: 6564 }));
    expect(byId(fixed.checks, 'fixture-territory-sq-mi')).toMatchObject({ computed: 6564, result: 'consistent' });
    // the printed figure is now the right one: no slip to name
    expect(checkExplanation(byId(fixed.checks, 'fixture-territory-sq-mi')!, checkData(fixed.atlas))).toMatch(/the source prints 6,564 sq mi\.$/);
    const other = checksAfter('quality.json', setValue('fixture-territory-km2', { kind: 'exact', n: 1000 }));
    expect(byId(other.checks, 'fixture-territory-sq-mi')?.computed).toBe(386);
    expect(checkExplanation(byId(other.checks, 'fixture-territory-sq-mi')!, checkData(other.atlas))).toContain('1,000 km² is 386 sq mi');
  });

  it('lists the two figures of Lachin displaced people side by side, and drops the check when they agree', () => {
    expect(byId(checks, 'differ-lachin-idp')).toMatchObject({ category: 'sources-differ', inputs: ['ministry-idp-lachin', 'seed-idp-lachin'], result: 'differs', computed: null });
    expect(title('differ-lachin-idp')).toBe('Laçın — Internally displaced people in Azerbaijan, 1988–1994: 2 different figures');
    expect(explanation('differ-lachin-idp')).toBe(
      'about 71,000 persons according to Government of Azerbaijan (2000); 63,007 persons according to US Committee for Refugees (2000). ' +
        'Different sources give different figures. The map shows them side by side and does not choose between them.',
    );
    const agreed = checksAfter('displaced.json', setValue('ministry-idp-lachin', { kind: 'exact', n: 63007 }));
    expect(byId(agreed.checks, 'differ-lachin-idp')).toBeUndefined();
  });

  it('does not list a pair twice when a curated comparison already sets it side by side', () => {
    expect(byId(checks, 'fixture-children')?.category).toBe('wording');
    expect(checks.filter((c) => c.category === 'sources-differ' && c.inputs.includes('fixture-children-83'))).toEqual([]);
  });

  it('lists national displaced totals by year and source without adding them', () => {
    const series = byId(checks, 'idp-totals-by-year');
    expect(series).toMatchObject({ category: 'series', inputs: ['fixture-national-idp-1993', 'seed-idp-total'], computed: null });
    expect(explanation('idp-totals-by-year')).toMatch(/^1993: 778,500 persons according to .*; 2000: more than 168,000 persons/);
    expect(title('idp-totals-by-year')).toBe('Displaced people in Azerbaijan: 2 totals by year and source');
  });

  it('names the districts with no damage figure, and takes one off when a damage claim about it is added', () => {
    expect(byId(checks, 'no-damage-figure')).toMatchObject({ category: 'gap', places: ['shusha', 'kalbajar'], inputs: [] });
    expect(explanation('no-damage-figure')).toBe(
      'No source in this atlas gives any damage figure for Şuşa, Kəlbəcər. Nothing is estimated for them: every damage shading draws them as "no figure in sources".',
    );
    const more = checksAfter('quality.json', (claims) => {
      const lachin = claims.find((c) => c.id === 'dmg-lachin-schools-fixture');
      if (lachin) claims.push({ ...lachin, id: 'dmg-shusha-schools-fixture', subject: 'shusha' });
    });
    expect(byId(more.checks, 'no-damage-figure')?.places).toEqual(['kalbajar']);
  });

  it('lists every quote not read yet, and every quote read only in a copy', () => {
    const notRead = atlas.claims.filter((c) => c.read.grade === 'not-read').map((c) => c.id);
    expect(notRead.length).toBeGreaterThan(0);
    expect(byId(checks, 'quotes-not-checked')?.inputs).toEqual(notRead);
    const copies = atlas.claims.filter((c) => c.read.grade === 'reproduction').map((c) => c.id);
    expect(copies.length).toBeGreaterThan(0);
    expect(byId(checks, 'quotes-read-in-copies')?.inputs).toEqual(copies);
  });

  it('lists figures that rest on one claimant, and not those two claimants give', () => {
    const single = byId(checks, 'single-source-figures')?.inputs ?? [];
    expect(single).toContain('dmg-lachin-schools-fixture');
    expect(single).not.toContain('seed-idp-lachin');
  });

  it("adds up the article's list against its own total, and says the two do not agree", () => {
    expect(byId(checks, 'uscr-district-sum')).toMatchObject({ category: 'arithmetic', computed: 164353, computed_unit: 'persons', result: 'differs' });
    expect(title('uscr-district-sum')).toBe("The article's US Committee for Refugees list against its own total");
    expect(explanation('uscr-district-sum')).toBe(
      'The article relays 3 figures from the US Committee for Refugees (Nagorno-Karabakh Autonomous Oblast, Lachin, Kalbajar). ' +
        'Added up by this map they come to 164,353; the same passage states more than 168,000. The two do not agree; both are shown as the article gives them.',
    );
  });

  it('names places as the data names them when the page words a check, not as they were at build time', () => {
    const check = byId(checks, 'differ-lachin-idp')!;
    const renamed = { ...data, districtsById: new Map([['lachin', { name_az: 'Lachin (renamed)', name_en: 'Lachin' }]]) };
    expect(checkTitle(check, renamed)).toBe('Lachin (renamed) — Internally displaced people in Azerbaijan, 1988–1994: 2 different figures');
  });

  it('orders the checks by category as the data-quality view lists them', () => {
    const cats = checks.map((c) => c.category);
    expect(cats.indexOf('arithmetic')).toBeLessThan(cats.indexOf('conversion'));
    expect(cats.indexOf('sources-differ')).toBeLessThan(cats.indexOf('gap'));
    expect(cats.at(-1)).toBe('unchecked-quote');
  });

  it('lists the quotes not read yet with their count in the title', () => {
    expect(title('quotes-not-checked')).toBe(`Quotes not yet read in any copy of their source (${byId(checks, 'quotes-not-checked')?.inputs.length})`);
  });

  it('computes the article coverage from the coverage file', () => {
    expect(atlas.coverage).toEqual({
      total: 3,
      in_data: 2,
      percent: 66.7,
      out_of_scope: [{ id: 'S-002', figure: '1918', reason: 'Background before 1988, not about the mapped territories.' }],
    });
  });
});

const { index } = await committedData();

describe('the checks in atlas.json carry ids and numbers, not sentences', () => {
  /** Every string in a value, with where it is. */
  const strings = (v: unknown, path: string): Array<[string, string]> =>
    typeof v === 'string'
      ? [[path, v]]
      : v && typeof v === 'object'
        ? Object.entries(v).flatMap(([k, x]) => (k === 'curated' ? [] : strings(x, `${path}.${k}`)))
        : [];

  it("holds no words in what the build wrote: outside a curator's words, each string is an id", () => {
    const texts = index.atlas.checks.flatMap((c) => strings(c.text, c.id));
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter(([, s]) => !/^[a-z0-9_-]+$/.test(s))).toEqual([]);
  });

  it("keeps a curator's words only on the comparisons and conversions a curator asked for", () => {
    const curated = index.atlas.checks.filter((c) => 'curated' in c.text).map((c) => c.category);
    expect(new Set(curated)).toEqual(new Set(['wording', 'conversion']));
  });

  it('words every check for the page with the names the data gives, never an id in their place', () => {
    const ids = new Set([...index.atlas.districts.map((d) => d.id as string), ...index.eventNames.keys()]);
    const worded = index.atlas.checks.map((c) => `${checkTitle(c, index)} ${checkExplanation(c, index)}`);
    expect(worded.filter((w) => w.split(/[\s(),.;:—]+/).some((word) => ids.has(word)))).toEqual([]);
  });
});

