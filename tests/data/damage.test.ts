import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimRecord, DISTRICT_IDS, NKAO_ID, SourceRecord } from '../../src/schema/index.ts';
import type { Metric } from '../../src/schema/index.ts';
import { DAMAGE_METRICS, SHELLING_METRICS, WAR_1990S_METRICS } from '../../src/schema/metric-damage.ts';
import { fullAtlas } from '../committed-data.ts';

/**
 * Per-district damage claims and national totals (issue 6) against their own rules: who may be a
 * subject, which metrics may hold which war, where each quote was read, and the figures the issue
 * names, each kept as its own claim. Every helper has a failing case at the end of the file.
 */
const root = resolve(import.meta.dirname, '../../geodata');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
type Claim = ClaimRecord;
type Source = SourceRecord;
const damage = ClaimRecord.array().parse(JSON.parse(read('claims/claims/damage.json')));
const national = ClaimRecord.array().parse(JSON.parse(read('claims/claims/national-totals.json')));
const sources = new Map(SourceRecord.array().parse(JSON.parse(read('claims/sources.json'))).map((s) => [s.id, s]));
const groupSubjects = new Set((JSON.parse(read('claims/claims/groups.json')) as Array<{ subject: string }>).map((c) => c.subject));
const damageMd = read('claims/DAMAGE.md');

/** Metrics of metric.ts the damage claims reuse (declared here so a new one is a conscious choice). */
export const REUSED_METRICS: readonly Metric[] = [
  'killed', 'killed_civilians', 'killed_women', 'killed_children', 'injured', 'disabled', 'hostages', 'missing',
  'houses_destroyed', 'hospitals_destroyed', 'villages_destroyed', 'clubs_destroyed', 'music_schools_destroyed',
  'economic_damage_usd', 'idp', 'area_km2',
];
const DAMAGE_SUBJECTS = new Set<string>([...DISTRICT_IDS, NKAO_ID]);
const ALLOWED = new Set<string>([...DAMAGE_METRICS, ...REUSED_METRICS]);
const RECORD_ID = /\b[DE]-\d{3}\b/;
const year = (c: Claim) => (c.as_of === null ? null : Number(c.as_of.slice(0, 4)));

// ---------------------------------------------------------------- helpers (each has a failing case below)

/** Why a damage.json claim breaks the file's rules: subject, metric, research record. */
export function damageProblems(claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (const c of claims) {
    if (!DAMAGE_SUBJECTS.has(c.subject)) out.push(`${c.id}: subject "${c.subject}" is not a district or nkao`);
    if (!ALLOWED.has(c.metric)) out.push(`${c.id}: metric "${c.metric}" is neither a damage metric nor a declared reused one`);
    // where the record came from is a maintainers' note: kept in the repository, never served
    if (!RECORD_ID.test(c.curation ?? '')) out.push(`${c.id}: curation names no research record (D-0xx / E-1xx)`);
  }
  return out;
}

/** 1990s metrics never describe 2016 or later; shelling metrics always have a date from 2000 on. */
export function eraProblems(claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (const c of claims) {
    const y = year(c);
    if (WAR_1990S_METRICS.includes(c.metric) && y !== null && y >= 2016) out.push(`${c.id}: 1990s metric ${c.metric} dated ${c.as_of}`);
    if ((SHELLING_METRICS as readonly string[]).includes(c.metric) && (y === null || y < 2000)) {
      out.push(`${c.id}: shelling metric ${c.metric} dated ${c.as_of ?? 'null'}`);
    }
  }
  return out;
}

/**
 * A quote read by this map says where a reader can read it too: the source's URL, or for a copy
 * the copy's; and when it was read.
 */
export function readWhereProblems(claims: readonly Claim[], byId: ReadonlyMap<string, Source>): string[] {
  return claims
    .filter((c) => c.read.grade !== 'not-read')
    .filter((c) => (c.read.via?.url ?? byId.get(c.source)?.url) === undefined || c.read.date === null)
    .map((c) => `${c.id}: read ${c.read.grade} with no address (source ${c.source}) or no date read`);
}

/** The coverage table of DAMAGE.md: district id → the metrics its row lists (empty for "no sourced damage figure"). */
export function coverageRows(md: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const m of md.matchAll(/^\| `([a-z]+)` \| [^|]+ \| ([^|]+) \|$/gm)) {
    const cell = m[2]!.trim();
    rows.set(m[1]!, cell.startsWith('no sourced damage figure') ? [] : [...cell.matchAll(/`([a-z0-9_]+)`/g)].map((x) => x[1]!).sort());
  }
  return rows;
}

/** Rows that are missing or list other metrics than the data has for that district. */
export function coverageProblems(rows: ReadonlyMap<string, string[]>, ids: readonly string[], claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const listed = rows.get(id);
    const actual = [...new Set(claims.filter((c) => c.subject === id).map((c) => c.metric))].sort();
    if (listed === undefined) out.push(`${id}: no row in the coverage table`);
    else if (listed.join() !== actual.join()) out.push(`${id}: table lists [${listed.join(', ')}], data has [${actual.join(', ')}]`);
  }
  return out;
}

const exact = (c: Claim, n: number) => c.value.kind === 'exact' && c.value.n === n;
const pick = (claims: readonly Claim[], subject: string, metric: Metric, n: number) =>
  claims.filter((c) => c.subject === subject && c.metric === metric && exact(c, n));

// ---------------------------------------------------------------- the data

describe('damage claims (geodata/claims/claims/damage.json)', () => {
  it('are about districts or the NKAO, use a damage or declared metric, and name their research record', () => {
    expect(damage.length).toBeGreaterThan(200);
    expect(damageProblems(damage)).toEqual([]);
  });

  it('never put a 1990s figure in 2016 or later, nor a shelling figure before 2000', () => {
    expect(eraProblems(damage)).toEqual([]);
    expect(eraProblems(national).filter((p) => p.includes('shelling metric'))).toEqual([]);
  });

  it('say, for every quote read, the address of the page it was read in and when', () => {
    expect(readWhereProblems([...damage, ...national], sources)).toEqual([]);
  });

  it('are read in a page or taken from a research lead, never from the seed article', () => {
    expect([...damage, ...national].filter((c) => c.source === 'seed-article').map((c) => c.id)).toEqual([]);
  });

  it('are in the committed atlas exactly as written', () => {
    const built = new Map(fullAtlas().claims.map((c) => [c.id, c]));
    for (const { curation: _internal, ...c } of [...damage, ...national]) expect(built.get(c.id), c.id).toEqual(c);
  });
});

describe('the figures the issue names, each its own claim', () => {
  it('Kalbajar: the English "703.528 million" and the Russian "703 billion 528 million" roubles, never reconciled', () => {
    const en = pick(damage, 'kalbajar', 'economic_damage_rub', 703_528_000);
    const ru = pick(damage, 'kalbajar', 'economic_damage_rub', 703_528_000_000);
    expect(en).toHaveLength(1);
    expect(ru).toHaveLength(1);
    expect(en[0]!.quote).toContain('703.528 million rubles');
    expect(ru[0]!.quote).toContain('703 миллиардов 528 миллионов');
    expect(en[0]!.source).not.toBe(ru[0]!.source);
    expect(damage.filter((c) => c.subject === 'kalbajar' && c.metric === 'economic_damage_rub')).toHaveLength(2);
  });

  it('Shusha: 480 and 195 civilians killed', () => {
    const ids = [480, 195].map((n) => pick(damage, 'shusha', 'killed_civilians', n).map((c) => c.id));
    expect(ids.map((l) => l.length)).toEqual([1, 1]);
    expect(ids[0]![0]).not.toBe(ids[1]![0]);
  });

  it('Lachin: 264, 262 and 237 killed, from three claimants or pages', () => {
    const found = [264, 262, 237].map((n) => pick(damage, 'lachin', 'killed', n));
    expect(found.map((l) => l.length)).toEqual([1, 1, 1]);
    expect(new Set(found.map((l) => l[0]!.source)).size).toBe(3);
  });

  it('Tartar: 17 (October 2020) and 16 (October 2021) civilians killed by shelling, by the same official', () => {
    const c17 = pick(damage, 'tartar', 'killed_civilians_shelling', 17).filter((c) => c.claimed_year === 2020 && c.as_of === '2020-10-29');
    const c16 = pick(damage, 'tartar', 'killed_civilians_shelling', 16);
    expect(c17).toHaveLength(1);
    expect(c16).toHaveLength(1);
    expect(c16[0]!.claimed_by).toBe(c17[0]!.claimed_by);
    expect(c16[0]!.claimed_year).toBe(2021);
  });

  it('the national IDP series: one metric, persons, each year its own claim, with its source\'s hedge', () => {
    const idp = national.filter((c) => c.subject === 'AZE' && c.metric === 'idp');
    expect(idp.every((c) => c.unit === 'persons')).toBe(true);
    // "an estimated 650,000", "roughly 600,000": the source's own word is kept with the value
    const word = (v: Claim['value']) => ('word' in v && v.word !== undefined ? `/${v.word}` : '');
    const stated = idp.map((c) => `${c.value.kind}${word(c.value)}:${'n' in c.value ? c.value.n : ''}@${c.as_of?.slice(0, 4)}`).sort();
    for (const s of [
      'about/estimated:778500@1993',
      'about/estimated:650000@1994',
      'about/estimated:551000@1997',
      'about/roughly:600000@2012',
      'exact:622892@2014',
      'about/around:569000@2014',
    ]) {
      expect(stated).toContain(s);
    }
    expect(pick(national, 'AZE', 'missing', 3890)).toHaveLength(1);
  });
});

describe('DAMAGE.md coverage table', () => {
  const rows = coverageRows(damageMd);
  it('lists every district the article names, and every other district and the NKAO', () => {
    const named = [...groupSubjects].filter((s) => DAMAGE_SUBJECTS.has(s));
    expect(named.length).toBeGreaterThan(10);
    expect(coverageProblems(rows, named, damage)).toEqual([]);
    expect(coverageProblems(rows, [...DISTRICT_IDS, NKAO_ID], damage)).toEqual([]);
  });
});

// ---------------------------------------------------------------- the helpers fail when they should

describe('the checks above catch what they are for', () => {
  const base = damage.find((c) => c.metric === 'killed')!;
  const bad = (patch: Partial<Claim>): Claim => ({ ...base, ...patch });

  it('damageProblems: a national subject, a metric outside the lists, a note without a record', () => {
    expect(damageProblems([bad({ subject: 'AZE' })])).toHaveLength(1);
    expect(damageProblems([bad({ metric: 'group' })])).toHaveLength(1);
    expect(damageProblems([bad({ curation: 'taken from a page' })])).toHaveLength(1);
  });

  it('eraProblems: a 1990s metric in 2020, a shelling metric in 1993 or undated', () => {
    expect(eraProblems([bad({ as_of: '2020-10-29' })])).toHaveLength(1);
    expect(eraProblems([bad({ metric: 'shells_fired', as_of: '1993' })])).toHaveLength(1);
    expect(eraProblems([bad({ metric: 'houses_damaged', as_of: null })])).toHaveLength(1);
    expect(eraProblems([bad({ as_of: '1993' })])).toEqual([]);
  });

  it('readWhereProblems: a quote read with no date, or from a source with no address', () => {
    const c = damage.find((x) => x.read.grade === 'excerpt')!;
    expect(readWhereProblems([{ ...c, read: { ...c.read, date: null } }], sources)).toHaveLength(1);
    expect(readWhereProblems([{ ...c, source: 'seed-article' }], sources)).toHaveLength(1);
  });

  it('coverageProblems: a missing row and a row that lists the wrong metrics', () => {
    const md = '| `lachin` | Lachin | `killed` (1 claim) |\n| `gadabay` | Gadabay | no sourced damage figure |\n';
    const r = coverageRows(md);
    expect(r.get('gadabay')).toEqual([]);
    expect(coverageProblems(r, ['aghdam'], damage)).toEqual(['aghdam: no row in the coverage table']);
    expect(coverageProblems(r, ['lachin'], damage)[0]).toMatch(/^lachin: table lists \[killed\]/);
    expect(coverageProblems(r, ['gadabay'], damage)).toEqual([]);
  });
});
