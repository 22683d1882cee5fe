import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimRecord, METRIC_GROUPS, NOT_STATED, READ_GRADES, SIDES, metricGroup, type Side, type SideCounts } from '../../src/schema/index.ts';
import { committedData } from '../committed-data.ts';

/**
 * Evidence a sceptical reader can audit (issue 12): every claim names a party record, parties are
 * not duplicated under two names, read grades claim no more than the notes say was read, and the
 * balance table the page shows is the count of the data.
 */
const repo = resolve(import.meta.dirname, '../..');
const { data, index, atlas } = await committedData();
const claimsDir = resolve(repo, 'geodata/claims/claims');
const records = readdirSync(claimsDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => ClaimRecord.array().parse(JSON.parse(readFileSync(resolve(claimsDir, f), 'utf8'))));
const sideOf = (id: string): Side => index.partiesById.get(id)?.side ?? 'unknown';
const zero = (): SideCounts => ({ azerbaijani: 0, armenian: 0, 'third-party': 0, unknown: 0 });
const key = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

describe('parties are records', () => {
  it('every claim names a party of the registry, and every relaying party is one too', () => {
    const unknown = atlas.claims.filter((c) => !index.partiesById.has(c.claimed_by) || (c.relayed_by !== undefined && !index.partiesById.has(c.relayed_by)));
    expect(unknown.map((c) => `${c.id}: ${c.claimed_by} / ${c.relayed_by}`)).toEqual([]);
  });

  it('no party is recorded twice under two names (names and "also known as" compared without case)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of atlas.parties) {
      for (const n of [p.name, ...(p.aka ?? [])]) {
        const other = owner.get(key(n));
        if (other !== undefined && other !== p.id) clashes.push(`${n}: ${other} and ${p.id}`);
        owner.set(key(n), p.id);
      }
    }
    expect(clashes).toEqual([]);
    expect(new Set(atlas.parties.map((p) => p.id)).size).toBe(atlas.parties.length);
  });

  it('every party in the registry states or relays at least one figure, and says why it is on its side', () => {
    const used = new Set(atlas.claims.flatMap((c) => [c.claimed_by, ...(c.relayed_by ? [c.relayed_by] : [])]));
    expect(atlas.parties.filter((p) => !used.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(atlas.parties.filter((p) => p.basis.length < 10).map((p) => p.id)).toEqual([]);
  });

  it('the displaced-people shading joins on the USCR party id: every district with a figure has one claim by it', () => {
    const shaded = data.districts.features.filter((f) => f.properties.idp !== null);
    expect(shaded.length).toBeGreaterThan(5);
    for (const f of shaded) expect(index.claimsById.get(f.properties.idp_claim ?? '')?.claimed_by, f.properties.id).toBe('uscr');
  });

  it('the figures the article gives with no source, or whose source does not say whose they are, are marked so', () => {
    const noSource = atlas.claims.filter((c) => c.unsourced === true || c.claimed_by === NOT_STATED);
    expect(noSource.length).toBeGreaterThanOrEqual(13);
    // the article's own estimates: the party is its author, and the badge says no source is given
    const byAuthor = atlas.claims.filter((c) => c.claimed_by === 'seed-article-author');
    expect(byAuthor.length).toBeGreaterThanOrEqual(10);
    expect(byAuthor.filter((c) => c.unsourced !== true).map((c) => c.id)).toEqual([]);
    // the km → mile slip is not the Government's: the article does not say who converted
    expect(index.claimsById.get('seed-territory-control-or-affected-sq-mi')?.claimed_by).toBe(NOT_STATED);
    expect(index.checks.byId.get('no-source-named')?.inputs.sort()).toEqual(noSource.map((c) => c.id).sort());
  });
});

describe('how each quote was read, graded honestly', () => {
  const EXCERPT_WORDS = /excerpt|only part|around the quote|mirror|reproduc|a copy|saved copy|not the live page/i;

  it('no claim is graded "original" where the part read is an excerpt, a copy or a mirror; an original says the whole was read', () => {
    const originals = atlas.claims.filter((c) => c.read.grade === 'original');
    expect(originals.filter((c) => EXCERPT_WORDS.test(c.read.part ?? '')).map((c) => `${c.id}: ${c.read.part}`)).toEqual([]);
    expect(originals.filter((c) => !/whole|full|entire/i.test(c.read.part ?? '')).map((c) => `${c.id}: ${c.read.part}`)).toEqual([]);
  });

  it('no claim whose curation note says only an excerpt was read is graded "original"', () => {
    const over = records.filter((c) => c.read.grade === 'original' && /only an excerpt|only the excerpt|not the whole page/i.test(c.curation ?? ''));
    expect(over.map((c) => c.id)).toEqual([]);
  });

  it('a quote from a research lead that was never re-read is "not read", with no date read', () => {
    const leads = records.filter((c) => /Old checked \(lead\)|quote taken from a saved copy of \S+,? not re-read/.test(c.curation ?? ''));
    expect(leads.length).toBeGreaterThan(50);
    expect(leads.filter((c) => c.read.grade !== 'not-read' || c.read.date !== null).map((c) => c.id)).toEqual([]);
  });

  it('"original" is the seed article (read whole) and nothing read only in part', () => {
    const originals = atlas.claims.filter((c) => c.read.grade === 'original');
    expect(originals.length).toBeGreaterThan(100);
    expect(originals.filter((c) => c.source !== 'seed-article').map((c) => `${c.id} (${c.source})`)).toEqual([]);
  });

  it('a reproduction names the site it was read on, and it is not the source’s own address', () => {
    const copies = atlas.claims.filter((c) => c.read.grade === 'reproduction');
    expect(copies.length).toBeGreaterThan(100);
    expect(copies.filter((c) => !c.read.via?.name).map((c) => c.id)).toEqual([]);
  });

  it('every third-party Khojaly text is graded as read in a copy or not read, never as an original', () => {
    const khojaly = atlas.claims.filter((c) => (c.subject.startsWith('khojaly') || c.subject === 'nakhchivanik' || c.subject === 'askeran') && sideOf(c.claimed_by) === 'third-party' && c.source !== 'seed-article' && c.source !== 'geonames-cities1000');
    expect(khojaly.length).toBeGreaterThan(10);
    expect(khojaly.filter((c) => c.read.grade === 'original').map((c) => c.id)).toEqual([]);
  });
});

describe('the balance table is the count of the data', () => {
  it('claims by side, by side × read grade, by side × kind of figure and by place, recomputed here', () => {
    const sides = zero();
    const byGrade = Object.fromEntries(READ_GRADES.map((g) => [g, zero()]));
    const byGroup = Object.fromEntries(METRIC_GROUPS.map((g) => [g, zero()]));
    const bySubject = new Map<string, SideCounts>();
    for (const c of atlas.claims) {
      const side = sideOf(c.claimed_by);
      sides[side] += 1;
      byGrade[c.read.grade]![side] += 1;
      byGroup[metricGroup(c.metric)]![side] += 1;
      const s = bySubject.get(c.subject) ?? zero();
      s[side] += 1;
      bySubject.set(c.subject, s);
    }
    expect(atlas.balance.claims).toBe(atlas.claims.length);
    expect(atlas.balance.sides).toEqual(sides);
    expect(atlas.balance.by_grade).toEqual(byGrade);
    expect(atlas.balance.by_group).toEqual(byGroup);
    expect(Object.fromEntries(atlas.balance.by_subject.map((r) => [r.subject, r.counts]))).toEqual(Object.fromEntries(bySubject));
    expect(SIDES.reduce((n, s) => n + atlas.balance.sides[s], 0)).toBe(atlas.claims.length);
  });

  it('shows the imbalance the issue measured: most figures come from the Azerbaijani side', () => {
    const { sides, claims } = atlas.balance;
    expect(sides.azerbaijani / claims).toBeGreaterThan(0.5);
    expect(sides.armenian).toBeGreaterThan(0);
    expect(sides['third-party']).toBeGreaterThan(0);
  });
});
