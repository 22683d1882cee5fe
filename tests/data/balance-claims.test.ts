import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AreaRecord, ClaimRecord, DISTRICT_IDS, Party } from '../../src/schema/index.ts';

/**
 * The claims made from the leads on both sides' displacement and harm (geodata/claims/leads/facts-balance.json,
 * records B-001…B-117) against the leads themselves: each quote is the lead's own words, each read grade
 * claims no more than the lead says was read, each party is on a side, no de facto region is put on a rayon,
 * and each dated figure falls in the years of its metric's period. Every helper has a failing case at the
 * end of the file.
 */
const root = resolve(import.meta.dirname, '../../geodata/claims');
const readJson = (p: string): unknown => JSON.parse(readFileSync(resolve(root, p), 'utf8'));

export interface Lead {
  id: string;
  subject: string;
  quote: string;
  how_read: string;
}
type Claim = ClaimRecord;

const leads = readJson('leads/facts-balance.json') as Lead[];
const leadsById = new Map(leads.map((l) => [l.id, l]));
const claims = readdirSync(resolve(root, 'claims'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => ClaimRecord.array().parse(readJson(`claims/${f}`)));
const parties = Party.array().parse(readJson('parties.json'));
const areas = AreaRecord.array().parse(readJson('areas.json'));

const LEAD_ID = /\bB-\d{3}\b/;
/** The lead a claim's curation names ("Lead B-042."), or undefined. */
export const leadOf = (c: Claim): string | undefined => LEAD_ID.exec(c.curation ?? '')?.[0];
const fromLeads = claims.filter((c) => leadOf(c) !== undefined);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The site a lead says it was read on: "reproduction on another site: caucasusrecord.com (…)" → "caucasusrecord.com". */
export function reproductionSite(howRead: string): string | null {
  const m = /^reproduction on another site: (.+)$/.exec(howRead);
  return m ? m[1]!.split(' (')[0]!.trim() : null;
}

// ---------------------------------------------------------------- helpers (each has a failing case below)

/**
 * A quote must be the lead's quote, or contiguous parts of it in order joined by " … " (the lead marks
 * its own omissions "[…]"), compared after collapsing whitespace.
 */
export function quoteProblems(list: readonly Claim[], byId: ReadonlyMap<string, Lead>): string[] {
  const out: string[] = [];
  for (const c of list) {
    const id = leadOf(c);
    const lead = id === undefined ? undefined : byId.get(id);
    if (!lead) {
      out.push(`${c.id}: curation names no lead of the leads file (${id ?? 'none'})`);
      continue;
    }
    const source = collapse(lead.quote);
    const quote = collapse(c.quote);
    if (quote === source) continue;
    let from = 0;
    for (const part of quote.split(' … ')) {
      const at = part === '' ? -1 : source.indexOf(part, from);
      if (at < 0) {
        out.push(`${c.id}: “${part.slice(0, 60)}” is not in lead ${lead.id}'s quote (after what came before)`);
        break;
      }
      from = at + part.length;
    }
  }
  return out;
}

/** The grade says no more than the lead read: an excerpt, or a reproduction naming the lead's site; never the original. */
export function readProblems(list: readonly Claim[], byId: ReadonlyMap<string, Lead>): string[] {
  const out: string[] = [];
  for (const c of list) {
    const lead = byId.get(leadOf(c) ?? '');
    if (!lead) continue;
    const site = reproductionSite(lead.how_read);
    if (c.read.grade === 'original') out.push(`${c.id}: graded original; only part of a saved copy was read`);
    else if (lead.how_read === 'excerpt only' && c.read.grade !== 'excerpt') out.push(`${c.id}: lead read an excerpt, claim graded ${c.read.grade}`);
    else if (site !== null && (c.read.grade !== 'reproduction' || c.read.via?.name !== site)) {
      out.push(`${c.id}: lead read a reproduction on ${site}, claim graded ${c.read.grade} via ${c.read.via?.name ?? 'no site'}`);
    } else if (site === null && lead.how_read !== 'excerpt only') out.push(`${c.id}: lead ${lead.id} has an unknown how_read “${lead.how_read}”`);
  }
  return out;
}

/** Every party a claim names (claimed_by, relayed_by) is in the registry and on a side. */
export function partyProblems(list: readonly Claim[], registry: readonly Party[]): string[] {
  const sideOf = new Map(registry.map((p) => [p.id, p.side]));
  return list.flatMap((c) =>
    [c.claimed_by, ...(c.relayed_by ? [c.relayed_by] : [])].flatMap((p) => {
      const side = sideOf.get(p);
      if (side === undefined) return [`${c.id}: party “${p}” is not in the registry`];
      return side === 'unknown' ? [`${c.id}: party “${p}” has no side`] : [];
    }),
  );
}

const RAYONS: ReadonlySet<string> = new Set(DISTRICT_IDS);
/** Leads whose subject is a region of the de facto authorities (and B-029…B-035, the per-region list). */
const isRegionLead = (l: Lead) => /region \(NKR administrative unit/.test(l.subject) || /^B-0(29|3[0-5])$/.test(l.id);

/** A figure a source gives for a de facto region stays on a region area: never on a rayon, never on another kind of area. */
export function regionProblems(list: readonly Claim[], byId: ReadonlyMap<string, Lead>, regionAreas: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const c of list) {
    const lead = byId.get(leadOf(c) ?? '');
    if (!lead || !isRegionLead(lead)) continue;
    if (RAYONS.has(c.subject)) out.push(`${c.id}: lead ${lead.id} (${lead.subject}) put on the rayon ${c.subject}`);
    else if (!regionAreas.has(c.subject)) out.push(`${c.id}: lead ${lead.id} (${lead.subject}) is on ${c.subject}, not on a de facto region area`);
  }
  return out;
}

// ---------------------------------------------------------------- the data

const regionAreas = new Set(areas.filter((a) => a.kind === 'de-facto-region').map((a) => a.id as string));

describe('claims made from the leads B-001…B-117 (geodata/claims/leads/facts-balance.json)', () => {
  it('exist, and each names one lead of the file', () => {
    expect(leads).toHaveLength(117);
    expect(fromLeads.length).toBeGreaterThan(100);
    expect(fromLeads.filter((c) => !leadsById.has(leadOf(c)!)).map((c) => c.id)).toEqual([]);
  });

  it("quote the lead's own words: the whole quote, or parts of it in order joined by “ … ”", () => {
    expect(quoteProblems(fromLeads, leadsById)).toEqual([]);
  });

  it('are graded as the lead was read: an excerpt, or a reproduction on the site the lead names; never the original', () => {
    expect(readProblems(fromLeads, leadsById)).toEqual([]);
    expect(fromLeads.filter((c) => c.read.grade === 'reproduction').length).toBeGreaterThan(20);
  });

  it('name parties that are in the registry and on a side', () => {
    expect(partyProblems(fromLeads, parties)).toEqual([]);
  });

  it('keep the figures of a de facto region on that region, never on a rayon', () => {
    const regional = fromLeads.filter((c) => isRegionLead(leadsById.get(leadOf(c)!)!));
    expect(regional.length).toBeGreaterThanOrEqual(7);
    expect(regionProblems(fromLeads, leadsById, regionAreas)).toEqual([]);
  });
});

// ---------------------------------------------------------------- the helpers fail when they should

describe('the checks above catch what they are for', () => {
  const lead: Lead = { id: 'B-900', subject: 'Kashatagh region (NKR administrative unit)', quote: 'One two three. […] Four five six.', how_read: 'excerpt only' };
  const copy: Lead = { ...lead, id: 'B-901', how_read: 'reproduction on another site: example.org (a mirror)' };
  const byId = new Map([lead, copy].map((l) => [l.id, l]));
  const base: Claim = { ...fromLeads[0]!, curation: 'Lead B-900.', quote: 'One two three.', subject: 'kashatagh-region', metric: 'displaced_2020_in_armenia', as_of: '2021-03-15', claimed_year: null };
  const read = (grade: Claim['read']['grade'], via?: string): Claim['read'] => ({ grade, date: null, part: 'the opening', ...(via ? { via: { name: via } } : {}) });

  it('reproductionSite: reads the site name before its bracket', () => {
    expect(reproductionSite(copy.how_read)).toBe('example.org');
    expect(reproductionSite('excerpt only')).toBeNull();
  });

  it('quoteProblems: a word not in the lead, parts out of order, a curation naming no lead', () => {
    expect(quoteProblems([base], byId)).toEqual([]);
    expect(quoteProblems([{ ...base, quote: 'One two three. … Four five six.' }], byId)).toEqual([]);
    expect(quoteProblems([{ ...base, quote: 'One two four.' }], byId)).toHaveLength(1);
    expect(quoteProblems([{ ...base, quote: 'Four five six. … One two three.' }], byId)).toHaveLength(1);
    expect(quoteProblems([{ ...base, curation: 'taken from a page' }], byId)).toHaveLength(1);
  });

  it('readProblems: an original, an excerpt graded as a copy, a copy on another site or graded as an excerpt', () => {
    expect(readProblems([{ ...base, read: read('excerpt') }], byId)).toEqual([]);
    expect(readProblems([{ ...base, read: read('original') }], byId)).toHaveLength(1);
    expect(readProblems([{ ...base, read: read('reproduction', 'example.org') }], byId)).toHaveLength(1);
    const fromCopy = { ...base, curation: 'Lead B-901.' };
    expect(readProblems([{ ...fromCopy, read: read('reproduction', 'example.org') }], byId)).toEqual([]);
    expect(readProblems([{ ...fromCopy, read: read('reproduction', 'elsewhere.org') }], byId)).toHaveLength(1);
    expect(readProblems([{ ...fromCopy, read: read('excerpt') }], byId)).toHaveLength(1);
  });

  it('partyProblems: a party not in the registry, a party with no side', () => {
    expect(partyProblems([{ ...base, claimed_by: 'no-such-party' }], parties)).toHaveLength(1);
    expect(partyProblems([{ ...base, claimed_by: 'not-stated' }], parties)).toHaveLength(1);
    expect(partyProblems([{ ...base, claimed_by: 'unhcr', relayed_by: 'no-such-outlet' }], parties)).toHaveLength(1);
  });

  it('regionProblems: a region figure put on a rayon or on another area', () => {
    expect(regionProblems([base], byId, regionAreas)).toEqual([]);
    expect(regionProblems([{ ...base, subject: 'lachin' }], byId, regionAreas)).toHaveLength(1);
    expect(regionProblems([{ ...base, subject: 'nkao' }], byId, regionAreas)).toHaveLength(1);
  });

});
