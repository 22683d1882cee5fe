import { describe, expect, it } from 'vitest';
import { Claim, ClaimRecord, DistrictRecord, IsoPartialDate, Source, SourceRecord } from '../../src/schema/index.ts';
import { HttpUrl, LongText, MAX_LONG, MAX_SHORT, ShortText, describeChar } from '../../src/schema/common.ts';

const claim = {
  id: 'seed-idp-lachin',
  subject: 'lachin',
  metric: 'idp',
  value: { kind: 'exact', n: 63007 },
  unit: 'persons',
  as_of: '2000',
  claimed_by: 'uscr',
  relayed_by: 'seed-article-author',
  claimed_year: 2000,
  source: 'seed-article',
  cites: 'USAN Factsheet',
  locator: 'section "The Consequences of the Nagorno-Karabakh Conflict"',
  quote: 'Lachin (63,007 persons)',
  read: { grade: 'original', date: '2026-11-25', part: 'the whole text' },
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

  it('names the claimant by party id, never by a spelling of its name', () => {
    const r = Claim.safeParse({ ...claim, claimed_by: 'US Committee for Refugees' });
    expect(firstIssue(r)?.path).toEqual(['claimed_by']);
    expect(firstIssue(Claim.safeParse({ ...claim, relayed_by: 'The article' }))?.path).toEqual(['relayed_by']);
    expect(Claim.parse({ ...claim, speaker: 'a spokesperson of the committee' }).speaker).toBe('a spokesperson of the committee');
  });

  it('has no confidence and no `checked` any more: how the quote was read is `read`', () => {
    expect(Claim.safeParse({ ...claim, confidence: 'high' }).success).toBe(false);
    const { read: _read, ...unread } = claim;
    expect(firstIssue(Claim.safeParse({ ...unread, checked: { method: 'seed-verbatim', note: 'x' } }))?.path).toEqual(['read']);
  });

  it('keeps the curators\' `curation` note in the input record only, never in a served claim', () => {
    expect(ClaimRecord.parse({ ...claim, curation: 'taken from the research notes' }).curation).toBe('taken from the research notes');
    const r = Claim.safeParse({ ...claim, curation: 'taken from the research notes' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('how a quote was read (read)', () => {
  const read = (r: Record<string, unknown>) => Claim.safeParse({ ...claim, read: r });

  it('accepts each grade with what it needs', () => {
    expect(read({ grade: 'original', date: '2026-11-25', part: 'the whole text' }).success).toBe(true);
    expect(read({ grade: 'excerpt', date: '2026-11-25', part: 'the paragraph quoted', note: 'the rest is behind a paywall' }).success).toBe(true);
    expect(read({ grade: 'reproduction', date: '2026-11-25', part: 'the whole text', via: { name: 'a mirror', url: 'https://mirror.example.org/a' } }).success).toBe(true);
    expect(read({ grade: 'not-read', date: null }).success).toBe(true);
    expect(read({ grade: 'read-somewhere', date: null }).success).toBe(false);
  });

  it('a reproduction, and only a reproduction, names the site it was read on', () => {
    const bare = read({ grade: 'reproduction', date: '2026-11-25', part: 'the whole text' });
    expect(firstIssue(bare)?.path).toEqual(['read', 'via']);
    expect(firstIssue(bare)?.message).toMatch(/names the site it was read on/);
    expect(firstIssue(read({ grade: 'excerpt', date: '2026-11-25', part: 'the paragraph quoted', via: { name: 'a mirror' } }))?.path).toEqual(['read', 'via']);
  });

  it('a quote read says which part was read; a quote not read has no date read', () => {
    expect(firstIssue(read({ grade: 'original', date: '2026-11-25' }))?.path).toEqual(['read', 'part']);
    expect(firstIssue(read({ grade: 'not-read', date: '2026-11-25' }))?.path).toEqual(['read', 'date']);
  });
});

describe('values as the source hedges them', () => {
  const parses = (value: unknown, unit = 'persons') => Claim.safeParse({ ...claim, value, unit }).success;

  it('keeps the source\'s own word: "around 882", "nearly 700", "as many as 1,000", "approximately 22,000–25,000"', () => {
    expect(parses({ kind: 'about', n: 882, word: 'around' }, 'km²')).toBe(true);
    expect(parses({ kind: 'about', n: 778500, word: 'estimated' })).toBe(true);
    expect(parses({ kind: 'more_than', n: 568000, word: 'over' })).toBe(true);
    expect(parses({ kind: 'less_than', n: 100, word: 'fewer than' })).toBe(true);
    expect(parses({ kind: 'nearly', n: 700, word: 'almost' })).toBe(true);
    expect(parses({ kind: 'as_many_as', n: 1000 })).toBe(true);
    expect(parses({ kind: 'range', min: 22000, max: 25000, hedge: 'approximately' })).toBe(true);
    // a word outside the list is refused, not shown as some other hedge
    expect(parses({ kind: 'about', n: 882, word: 'circa' }, 'km²')).toBe(false);
    expect(parses({ kind: 'exact', n: 882, word: 'around' }, 'km²')).toBe(false);
  });

  it('dates keep their qualifier, and each end of a range its own', () => {
    const date = (value: unknown) => Claim.safeParse({ ...claim, metric: 'date_came_under_armenian_control', value, unit: 'date' }).success;
    for (const q of ['early', 'mid', 'late', 'before', 'end']) expect(date({ kind: 'date', date: '1991', qualifier: q }), q).toBe(true);
    expect(date({ kind: 'date_range', from: '1988', to: '1991', from_qualifier: 'early', to_qualifier: 'end' })).toBe(true);
    expect(date({ kind: 'date', date: '1991', qualifier: 'sometime' })).toBe(false);
  });
});

describe('Source', () => {
  const source = { id: 'seed-article', type: 'article', organisation: 'Unknown', title: 'Seed', year: null };
  it('accepts http(s) URLs only', () => {
    expect(Source.safeParse({ ...source, url: 'https://example.org/a' }).success).toBe(true);
    expect(Source.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(Source.safeParse({ ...source, url: 'data:text/html,x' }).success).toBe(false);
  });
  it('needs an author, an organisation, or an `about` saying that it names neither', () => {
    const { organisation: _drop, ...anonymous } = source;
    expect(firstIssue(Source.safeParse(anonymous))?.path).toEqual(['author']);
    const about = { ...anonymous, about: 'A one-sided text whose author is not named.', seed: true };
    expect(Source.parse(about)).toEqual(about);
    expect(Source.safeParse({ ...about, seed: false }).success).toBe(false);
  });
  it('keeps the curators\' `curation` note in the input record only', () => {
    expect(SourceRecord.safeParse({ ...source, curation: 'from the research notes' }).success).toBe(true);
    expect(Source.safeParse({ ...source, curation: 'from the research notes' }).success).toBe(false);
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
    ['Arabic (right-to-left)', 'قرهباغ'],
    ['Hebrew (right-to-left)', 'קרבאך'],
    ['several scripts, one per word,', 'Laçın Лачин Բերձոր قرهباغ'],
  ])('accepts %s letters unchanged', (_what, s) => {
    expect(ShortText.parse(s)).toBe(s);
    expect(LongText.parse(s)).toBe(s);
  });

  // issue 12: an invisible format character makes a text that looks like another; refused, named
  it.each([
    ['Arabic with a ZERO WIDTH NON-JOINER', 'قره\u200cباغ', 'U+200C ZERO WIDTH NON-JOINER', 4],
    ['a LEFT-TO-RIGHT MARK', 'Lachin\u200e Berdzor', 'U+200E LEFT-TO-RIGHT MARK', 7],
    ['a RIGHT-TO-LEFT MARK', 'Lachin \u200fقره', 'U+200F RIGHT-TO-LEFT MARK', 8],
    ['a ZERO WIDTH SPACE', 'US Committee\u200bfor Refugees', 'U+200B ZERO WIDTH SPACE', 13],
    ['a ZERO WIDTH JOINER', 'a\u200db', 'U+200D ZERO WIDTH JOINER', 2],
    ['a SOFT HYPHEN', 'Kəl\u00adbəcər', 'U+00AD SOFT HYPHEN', 4],
    ['a LINE SEPARATOR', 'a\u2028b', 'U+2028 LINE SEPARATOR', 2],
    ['a PARAGRAPH SEPARATOR', 'a\u2029b', 'U+2029 PARAGRAPH SEPARATOR', 2],
    ['a WORD JOINER', 'a\u2060b', 'U+2060 WORD JOINER', 2],
    ['an INVISIBLE SEPARATOR', 'a\u2063b', 'U+2063 INVISIBLE SEPARATOR', 2],
    ['a ZERO WIDTH NO-BREAK SPACE (BOM)', 'Lach\ufeffin', 'U+FEFF ZERO WIDTH NO-BREAK SPACE', 5],
    ['a tag character', 'a\u{e0041}b', 'U+E0041 TAG CHARACTER', 2],
    ['a lone surrogate', 'a\ud800b', 'U+D800 LONE SURROGATE', 2],
  ])('refuses %s in short and long texts, naming it', (_what, s, name, at) => {
    const expected = `contains ${name} at character ${at}: an invisible format character makes two texts that look the same differ, so no text field may hold one`;
    expect(message(ShortText, s)).toBe(expected);
    expect(message(LongText, s)).toBe(expected);
  });

  it('refuses a word mixing scripts in a short text (a name), naming the odd letter; a long text may quote one', () => {
    expect(message(ShortText, 'US \u0421ommittee for Refugees')).toMatch(/^the word "\u0421ommittee" mixes Cyrillic and Latin letters \(U\+0421/);
    expect(LongText.parse('US \u0421ommittee for Refugees')).toBe('US \u0421ommittee for Refugees');
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
    expect(describeChar(0x200c)).toBe('U+200C ZERO WIDTH NON-JOINER');
    expect(describeChar(0xfeff)).toBe('U+FEFF ZERO WIDTH NO-BREAK SPACE');
    expect(describeChar(0xe0041)).toBe('U+E0041 TAG CHARACTER');
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
