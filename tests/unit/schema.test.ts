import { describe, expect, it } from 'vitest';
import { Claim, DistrictRecord, IsoPartialDate, Source } from '../../src/schema/index.ts';

const claim = {
  id: 'seed-idp-lachin',
  subject: 'lachin',
  metric: 'idp',
  value: { kind: 'exact', n: 63007 },
  unit: 'persons',
  as_of: '2000',
  claimed_by: 'US Committee for Refugees',
  claimed_year: 2000,
  source: 'seed-article',
  cites: 'USAN Factsheet',
  locator: 'section "The Consequences of the Nagorno-Karabakh Conflict"',
  quote: 'Lachin (63,007 persons)',
  checked: { method: 'seed-verbatim', note: 'found in the seed article' },
  confidence: 'high',
};

const firstIssue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues[0];

describe('Claim', () => {
  it('accepts a sourced, quoted figure', () => {
    expect(Claim.safeParse(claim).success).toBe(true);
  });

  it('keeps the hedge of "more than 568,000" as part of the value', () => {
    const parsed = Claim.parse({ ...claim, subject: 'AZE', metric: 'idp_occupied_areas', value: { kind: 'more_than', n: 568000 } });
    expect(parsed.value).toEqual({ kind: 'more_than', n: 568000 });
  });

  it('rejects a figure without a quote, naming the field', () => {
    const r = Claim.safeParse({ ...claim, quote: '' });
    expect(r.success).toBe(false);
    expect(firstIssue(r)?.path).toEqual(['quote']);
  });

  it('rejects a number written as a string', () => {
    const r = Claim.safeParse({ ...claim, value: { kind: 'exact', n: '63,007' } });
    expect(firstIssue(r)?.path).toEqual(['value', 'n']);
  });

  it('rejects a subject that is not a known district, the NKAO or the country', () => {
    const r = Claim.safeParse({ ...claim, subject: 'lankaran' });
    expect(firstIssue(r)?.path).toEqual(['subject']);
  });

  it('rejects a group claim whose value is not a group id', () => {
    const r = Claim.safeParse({ ...claim, metric: 'group', value: { kind: 'category', text: 'occupied' } });
    expect(firstIssue(r)?.message).toMatch(/group id/);
  });

  it('rejects a range whose minimum exceeds its maximum', () => {
    const r = Claim.safeParse({ ...claim, value: { kind: 'range', min: 25000, max: 22000 } });
    expect(firstIssue(r)?.message).toMatch(/min is greater than max/);
  });

  it('rejects unknown fields instead of silently dropping them', () => {
    expect(Claim.safeParse({ ...claim, vaule: 1 }).success).toBe(false);
  });
});

describe('Source', () => {
  const source = { id: 'seed-article', type: 'article', organisation: 'Unknown', title: 'Seed', year: null };
  it('accepts http(s) URLs only', () => {
    expect(Source.safeParse({ ...source, url: 'https://example.org/a' }).success).toBe(true);
    expect(Source.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(Source.safeParse({ ...source, url: 'data:text/html,x' }).success).toBe(false);
  });
  it('needs an author or an organisation', () => {
    const { organisation: _drop, ...anonymous } = source;
    expect(Source.safeParse(anonymous).success).toBe(false);
  });
  it('bounds the length of a title', () => {
    expect(Source.safeParse({ ...source, title: 'x'.repeat(10_000) }).success).toBe(false);
  });
});

describe('IsoPartialDate', () => {
  it.each(['1993', '1993-04', '1993-04-02', '1992-02-25T23:00'])('accepts %s', (d) => {
    expect(IsoPartialDate.safeParse(d).success).toBe(true);
  });
  it.each(['1993-13', '93-04-02', '1993 (partial)', '1992-02-30T25:00', 'not occupied'])('rejects %s', (d) => {
    expect(IsoPartialDate.safeParse(d).success).toBe(false);
  });
});

describe('DistrictRecord', () => {
  it('keys on Natural Earth adm1 codes, not names', () => {
    const rec = { id: 'lachin', adm1_codes: ['Lankaran'], name_az: 'Laçın', name_en: 'Lachin', kind: 'rayon', aliases: [] };
    expect(firstIssue(DistrictRecord.safeParse(rec))?.path).toEqual(['adm1_codes', 0]);
  });
});
