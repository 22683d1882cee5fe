/**
 * The data-quality checks are computed from the claims, not written down: change a claim in the
 * valid fixture and its check changes with it. Each test builds the fixture in a temp folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fullAtlas } from '../committed-data.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../geodata/build/build.ts';
import { Atlas, type Claim, type DataCheck } from '../../src/schema/index.ts';
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

  it('converts the km² figure into square miles and names the slip that gives the printed figure', () => {
    expect(byId(checks, 'fixture-territory-sq-mi')).toMatchObject({
      category: 'conversion',
      inputs: ['fixture-territory-km2'],
      against: 'fixture-territory-sq-mi',
      computed: 6564,
      computed_unit: 'sq mi',
      result: 'differs',
    });
    expect(byId(checks, 'fixture-territory-sq-mi')?.explanation).toContain('17,000 × 0.621371 (10,563)');
  });

  it('recomputes the conversion from the claims: a corrected printed figure is consistent', () => {
    const fixed = checksAfter('quality.json', setValue('fixture-territory-sq-mi', { kind: 'exact', n: 6564 }));
    expect(byId(fixed.checks, 'fixture-territory-sq-mi')).toMatchObject({ computed: 6564, result: 'consistent' });
    const other = checksAfter('quality.json', setValue('fixture-territory-km2', { kind: 'exact', n: 1000 }));
    expect(byId(other.checks, 'fixture-territory-sq-mi')?.computed).toBe(386);
  });

  it('lists the two figures of Lachin displaced people side by side, and drops the check when they agree', () => {
    expect(byId(checks, 'differ-lachin-idp')).toMatchObject({ category: 'sources-differ', inputs: ['ministry-idp-lachin', 'seed-idp-lachin'], result: 'differs', computed: null });
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
    expect(series?.explanation).toMatch(/^1993: 778,500 persons according to .*; 2000: more than 168,000 persons/);
  });

  it('names the districts with no damage figure, and takes one off when a damage claim about it is added', () => {
    expect(byId(checks, 'no-damage-figure')).toMatchObject({ category: 'gap', places: ['shusha', 'kalbajar'], inputs: [] });
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

  it('orders the checks by category as the data-quality view lists them', () => {
    const cats = checks.map((c) => c.category);
    expect(cats.indexOf('arithmetic')).toBeLessThan(cats.indexOf('conversion'));
    expect(cats.indexOf('sources-differ')).toBeLessThan(cats.indexOf('gap'));
    expect(cats.at(-1)).toBe('unchecked-quote');
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
