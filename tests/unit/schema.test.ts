import { describe, expect, it } from 'vitest';
import { Claim, DistrictRecord, IsoPartialDate, Source } from '../../src/schema/index.ts';
import { HttpUrl, LongText, MAX_LONG, MAX_SHORT, ShortText, describeChar } from '../../src/schema/common.ts';

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
    const parsed = Claim.parse({ ...claim, subject: 'AZE', metric: 'idp_armenian_controlled_areas', value: { kind: 'more_than', n: 568000 } });
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

describe('text fields against hostile data (issue 7)', () => {
  const BIDI: Array<[string, string]> = [
    ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u202b', 'U+202B RIGHT-TO-LEFT EMBEDDING'],
    ['\u202c', 'U+202C POP DIRECTIONAL FORMATTING'],
    ['\u202d', 'U+202D LEFT-TO-RIGHT OVERRIDE'],
    ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u2067', 'U+2067 RIGHT-TO-LEFT ISOLATE'],
    ['\u2068', 'U+2068 FIRST STRONG ISOLATE'],
    ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
  ];
  const message = (schema: typeof ShortText, s: string) => firstIssue(schema.safeParse(s))?.message;

  it.each(BIDI)('rejects the bidi control %j in short and long texts, naming it (%s)', (ch, name) => {
    expect(message(ShortText, `Lachin${ch}txt.exe`)).toBe(
      `contains ${name} at character 7: a bidirectional control makes the text display in another order than it is written, so no text field may hold one`,
    );
    expect(message(LongText, `a quote ${ch}with an override`)).toContain(`contains ${name} at character 9`);
  });

  it('counts the position in characters, not UTF-16 units', () => {
    // 𝐀 is one character of two UTF-16 units
    expect(message(ShortText, '𝐀b\u202e')).toContain('at character 3');
  });

  it.each([
    ['\u0000', 'U+0000 NULL'],
    ['\u0007', 'U+0007 BELL'],
    ['\u001b', 'U+001B ESCAPE'],
    ['\r', 'U+000D CARRIAGE RETURN'],
    ['\u007f', 'U+007F DELETE'],
    ['\u0085', 'U+0085 NEXT LINE'],
    ['\u009b', 'U+009B CONTROL SEQUENCE INTRODUCER'],
  ])('rejects the control character %j in short and long texts, naming it (%s)', (ch, name) => {
    expect(message(ShortText, `a${ch}b`)).toBe(
      `contains ${name} at character 2: a control character; a short text (a name, title or label) may hold none, not even tab or line feed`,
    );
    expect(message(LongText, `a${ch}b`)).toBe(`contains ${name} at character 2: a control character; a long text may hold only tab and line feed`);
  });

  it('allows tab and line feed in a long text (kept as they are), not in a short one', () => {
    expect(LongText.parse('line one\n\tline two')).toBe('line one\n\tline two');
    expect(message(ShortText, 'Lachin\nBerdzor')).toContain('U+000A LINE FEED at character 7');
    expect(message(ShortText, 'Lachin\tBerdzor')).toContain('U+0009 CHARACTER TABULATION at character 7');
  });

  it.each([
    ['Azerbaijani', 'Laçın, Şuşa, Kəlbəcər, Ağdam, Xocalı'],
    ['Armenian', 'Բերձոր, Շուշի, Քարվաճառ'],
    ['Russian', 'Лачин, Шуша, Кельбаджар'],
    ['Arabic (right-to-left, with a ZERO WIDTH NON-JOINER)', 'قره\u200cباغ'],
    ['Hebrew (right-to-left)', 'קרבאך'],
    ['implicit direction marks LRM, RLM, ALM', 'Lachin\u200e \u200fقره\u061c'],
  ])('accepts %s letters unchanged', (_what, s) => {
    expect(ShortText.parse(s)).toBe(s);
    expect(LongText.parse(s)).toBe(s);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<img src=x onerror="window.__pwned=1">',
    '"><script>alert(1)</script>',
    '&lt;b&gt; &amp; &#60;',
    'javascript:alert(1)',
    "{{constructor.constructor('alert(1)')()}}",
  ])('accepts markup-like text as text, unchanged: %s', (s) => {
    expect(ShortText.parse(s)).toBe(s);
    expect(LongText.parse(`a quote: ${s}`)).toBe(`a quote: ${s}`);
  });

  it('bounds lengths: 300 and 4,000 characters pass, one more does not, and 10,000 names its length', () => {
    expect(ShortText.safeParse('x'.repeat(MAX_SHORT)).success).toBe(true);
    expect(message(ShortText, 'x'.repeat(MAX_SHORT + 1))).toBe('is 301 characters long; a short text (a name, title or label) may have at most 300');
    expect(LongText.safeParse('x'.repeat(MAX_LONG)).success).toBe(true);
    expect(message(LongText, 'x'.repeat(10_000))).toBe('is 10,000 characters long; a long text (a quote, note or explanation) may have at most 4,000');
  });

  it('names the field of the record: a claim quote with an override, a district alias', () => {
    const r = Claim.safeParse({ ...claim, quote: 'Lachin (63,007 \u202epersons)' });
    expect(firstIssue(r)?.path).toEqual(['quote']);
    expect(firstIssue(r)?.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    const d = DistrictRecord.safeParse({
      id: 'lachin', adm1_codes: ['AZE-1735'], name_az: 'Laçın', name_en: 'Lachin', kind: 'rayon',
      aliases: [{ name: 'Berdzor\u2067', lang: 'hy', use: 'Armenian name' }],
    });
    expect(firstIssue(d)?.path).toEqual(['aliases', 0, 'name']);
    expect(firstIssue(d)?.message).toContain('U+2067 RIGHT-TO-LEFT ISOLATE');
  });

  it('names characters by their Unicode name or alias', () => {
    expect(describeChar(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeChar(0x1f)).toBe('U+001F INFORMATION SEPARATOR ONE');
    expect(describeChar(0x9f)).toBe('U+009F APPLICATION PROGRAM COMMAND');
    expect(describeChar(0x41)).toBe('U+0041');
  });
});

describe('HttpUrl against hostile links (issue 7)', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.org/protocol-relative',
    '/relative/path',
  ])('rejects %j', (u) => {
    expect(HttpUrl.safeParse(u).success).toBe(false);
  });

  it('rejects an http(s) URL holding a bidi or control character, naming it', () => {
    expect(firstIssue(HttpUrl.safeParse('https://example.org/\u202egpj.exe'))?.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE at character 21');
    expect(firstIssue(HttpUrl.safeParse('https://example.org/a\nb'))?.message).toContain('U+000A LINE FEED');
  });

  it('accepts http(s) with markup in the query, unchanged (it only ever becomes an href attribute)', () => {
    const u = 'https://example.org/districts?q="><img src=x onerror="window.__pwned=10">';
    expect(HttpUrl.parse(u)).toBe(u);
    expect(HttpUrl.parse('http://example.org/')).toBe('http://example.org/');
  });

  it('bounds its length at 2,000 characters', () => {
    expect(firstIssue(HttpUrl.safeParse(`https://example.org/${'a'.repeat(10_000)}`))?.message).toBe('is 10,020 characters long; a URL may have at most 2,000');
  });
});
