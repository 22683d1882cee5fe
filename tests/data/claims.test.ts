import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForQuoteMatch, quoteOccursIn } from '../../src/lib/quote-text.ts';
import { ClaimRecord as Claim, DistrictRecord, METRIC_ROWS, Party, SourceRecord as Source, unitKind } from '../../src/schema/index.ts';

const root = resolve(import.meta.dirname, '../../geodata');
const readJson = (p: string): unknown => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const article = readFileSync(resolve(root, 'sources/seed-article.txt'), 'utf8');
const claims = readdirSync(resolve(root, 'claims/claims'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => Claim.array().parse(readJson(`claims/claims/${f}`)));
const sources = Source.array().parse(readJson('claims/sources.json'));
const districts = DistrictRecord.array().parse(readJson('claims/districts.json'));
const parties = Party.array().parse(readJson('claims/parties.json'));

/** Which district an article spelling names, through our aliases table. */
const districtBySpelling = (spelling: string) =>
  districts.find((d) => [d.name_en, d.name_az, ...d.aliases.map((a) => a.name)].includes(spelling));

describe('curated claims (geodata/claims)', () => {
  it('every claim points at a source in the bibliography', () => {
    const ids = new Set(sources.map((s) => s.id));
    expect(claims.filter((c) => !ids.has(c.source)).map((c) => `${c.id} → ${c.source}`)).toEqual([]);
  });

  it('every figure is counted in the kind of unit its metric is counted in (a count of people is never in km)', () => {
    const kindOf = new Map(METRIC_ROWS.map((r) => [r.id as string, r.unit]));
    // a description in words may stand for any metric: the date "after the town fell", "most of them"
    const counted = claims.filter((c) => c.unit !== 'text');
    expect(counted.length).toBeGreaterThan(300);
    expect(counted.filter((c) => unitKind(c.unit) !== kindOf.get(c.metric)).map((c) => `${c.id}: ${c.metric} in ${c.unit}`)).toEqual([]);
  });

  it('claim ids are unique across files', () => {
    const seen = new Set<string>();
    const dupes = claims.filter((c) => (seen.has(c.id) ? true : (seen.add(c.id), false))).map((c) => c.id);
    expect(dupes).toEqual([]);
  });

  it('every quote from the seed article occurs in it', () => {
    const seed = claims.filter((c) => c.source === 'seed-article');
    expect(seed.length).toBeGreaterThan(50);
    expect(seed.filter((c) => !quoteOccursIn(c.quote, article)).map((c) => `${c.id}: ${c.quote}`)).toEqual([]);
  });

  it("the per-district displaced figures equal the article's USCR list", () => {
    // the article's own sentence, parsed independently of the curated claims
    const text = normaliseForQuoteMatch(article);
    const start = text.indexOf('the US Committee for Refugees');
    const sentence = text.slice(start, text.indexOf('were displaced', start));
    const listed = new Map<string, number>();
    const nk = /more than [\d,]+ people, ([\d,]+) from Nagorno-?Karabakh/.exec(sentence);
    listed.set('Nagorno-Karabakh', Number(nk?.[1]?.replace(/,/g, '')));
    // "Gubadli (31–276)" is printed with a dash for the thousands separator
    for (const m of sentence.matchAll(/([A-Z][a-z]+) \((\d+)[,–](\d{3})(?: persons)?\)/g)) {
      listed.set(m[1]!, Number(`${m[2]}${m[3]}`));
    }
    expect(listed.size).toBe(10);
    const idp = new Map(claims.filter((c) => c.metric === 'idp' && c.source === 'seed-article').map((c) => [c.subject, c.value]));
    for (const [spelling, n] of listed) {
      const d = districtBySpelling(spelling);
      expect(d, `a district for the article's "${spelling}"`).toBeDefined();
      expect(idp.get(d!.id), spelling).toEqual({ kind: 'exact', n });
    }
  });

  it('keeps the stated total as a "more than" claim, not as the sum of the list', () => {
    const total = claims.find((c) => c.subject === 'AZE' && c.metric === 'idp_armenian_controlled_areas');
    expect(total?.value).toEqual({ kind: 'more_than', n: 568000 });
    // claimed_by is a party id; the registry gives the party's name
    expect(total?.claimed_by).toBe('uscr');
    expect(parties.find((p) => p.id === total?.claimed_by)?.name).toBe('US Committee for Refugees');
  });

  it('every district the article names is in the districts table and in its group', () => {
    const named: [string, string][] = [
      ['Nagorno-Karabakh', 'former-nkao'],
      ...['Lachin', 'Kelbajar', 'Agdam', 'Fizuli', 'Jabrail', 'Gubatli', 'Zengilan'].map(
        (n): [string, string] => [n, 'seven-surrounding'],
      ),
      ...['Gazakh', 'Agstafa', 'Tovuz', 'Gedebey'].map((n): [string, string] => [n, 'border-armenia']),
      ...['Terter', 'Goranboy', 'Agjabedi', 'Beylagan'].map((n): [string, string] => [n, 'line-of-contact']),
      ['Nakhchivan', 'nakhchivan-ar'],
    ];
    for (const [spelling, group] of named) {
      expect(article, `the article names ${spelling}`).toContain(spelling);
      const d = districtBySpelling(spelling);
      expect(d, `a district for the article's "${spelling}"`).toBeDefined();
      const groups = claims
        .filter((c) => c.subject === d!.id && c.metric === 'group' && c.value.kind === 'category')
        .map((c) => (c.value.kind === 'category' ? c.value.text : ''));
      expect(groups, spelling).toContain(group);
    }
  });
});
