import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForQuoteMatch, quoteOccursIn } from '../../src/lib/quote-text.ts';
import { CoverageFile } from '../../src/schema/index.ts';
import { committedData } from '../committed-data.ts';
import {
  claimCarries,
  containsFigure,
  digitsOf,
  quoteSpans,
  squashDigits,
  uncoveredDigitRuns,
} from './coverage-scan.ts';

/**
 * Issue 6: every figure and date of the seed article is either a claim in the data or set aside
 * with a reason (geodata/claims/coverage.json), and every run of digits in the article is accounted
 * for, so a figure added to the article, or one the research missed, fails here by name.
 * Everything read is in the repository (CI has no ../shared).
 */
const root = resolve(import.meta.dirname, '../../geodata');
const article = readFileSync(resolve(root, 'sources/seed-article.txt'), 'utf8');
const hay = normaliseForQuoteMatch(article);
const coverage = CoverageFile.parse(JSON.parse(readFileSync(resolve(root, 'claims/coverage.json'), 'utf8')));
const { index } = await committedData();

const RESEARCH_RECORDS = 129; // S-001…S-129 of the research list (../shared/research/facts-seed.json)
/** The current coverage, rounded down: raise it when figures are entered, never lower it quietly. */
const COVERAGE_FLOOR_PCT = 82;

const inData = coverage.figures.filter((f) => f.claims.length > 0).length;
const percent = Math.round((1000 * inData) / coverage.figures.length) / 10;

// ---------------------------------------------------------------- the helpers can fail

describe('coverage helpers', () => {
  it('finds a quote at its first occurrence and fails on a missing piece', () => {
    const text = normaliseForQuoteMatch('a (2011, p. 62) b c (2011, p. 62) d');
    expect(quoteSpans('(2011, p. 62)', text)).toEqual([[2, 15]]);
    expect(quoteSpans('c (2011, p. 62)', text)).toEqual([[18, 33]]);
    expect(quoteSpans('a … d', text)).toEqual([[0, 1], [34, 35]]);
    expect(quoteSpans('(2011, p. 63)', text)).toBeNull();
  });

  it('names a run of digits that no quote covers, with its context', () => {
    const text = 'killed 613 people in 1992 (Goltz, 2012, p. 189)';
    const figure = quoteSpans('killed 613 people in 1992', text)!;
    const runs = uncoveredDigitRuns(text, figure);
    expect(runs.map((r) => r.digits)).toEqual(['2012', '189']);
    expect(runs[0]!.context).toContain('Goltz');
    // a run half inside a quote is still open: "17, 000" quoted as "17,"
    expect(uncoveredDigitRuns('was 17, 000 sq. km', quoteSpans('was 17,', 'was 17, 000 sq. km')!)).toHaveLength(1);
  });

  it('compares figures with their separators squashed, and checks a claim by quote or by value', () => {
    expect(squashDigits('Gubadli (31–276)')).toBe('Gubadli (31276)');
    expect(containsFigure('was 17, 000 sq. km.', '17,000')).toBe(true);
    expect(containsFigure('end of 1991, when … May 1994', 'end of 1991 … May 1994')).toBe(true);
    expect(containsFigure('in May 1994', '1993')).toBe(false);
    expect(digitsOf('10, 563 sq. miles')).toBe('10563');
    const gubadli = { quote: 'Gubadli (31–276)', value: { kind: 'exact', n: 31276 } as const };
    expect(claimCarries(gubadli, '31,276')).toBe(true);
    expect(claimCarries({ quote: 'the CIS’s unit', value: { kind: 'category', text: 'CIS 366th Motor Rifle Regiment' } }, '366th Military Regiment')).toBe(true);
    expect(claimCarries(gubadli, '34,797')).toBe(false);
    // a list quote holds every figure of the list: a number value must be the figure's own
    const list = 'Gubadli (31–276), Zangilan (34,797)';
    expect(claimCarries({ quote: list, value: { kind: 'exact', n: 31276 } }, '34,797')).toBe(false);
    expect(claimCarries({ quote: 'bridges', value: { kind: 'exact', n: 160 } }, '1 copper')).toBe(false);
    expect(claimCarries({ quote: '', value: { kind: 'about', n: 4600000 } }, '4, 6 million')).toBe(true);
    expect(claimCarries({ quote: '', value: { kind: 'range', min: 22000, max: 25000 } }, '22,000/25,000')).toBe(true);
    expect(claimCarries({ quote: 'hundreds of civilians', value: { kind: 'category', text: 'hundreds' } }, 'dozens')).toBe(false);
  });
});

// ---------------------------------------------------------------- the coverage file

describe('coverage of the seed article (geodata/claims/coverage.json)', () => {
  it('lists each research record S-001…S-129 once, and numbers added figures after them', () => {
    const ids = coverage.figures.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const expected = Array.from({ length: RESEARCH_RECORDS }, (_, i) => `S-${String(i + 1).padStart(3, '0')}`);
    expect(expected.filter((id) => !ids.includes(id))).toEqual([]);
    const added = ids.filter((id) => Number(id.slice(2)) > RESEARCH_RECORDS).sort();
    expect(added).toEqual(added.map((_, i) => `S-${String(RESEARCH_RECORDS + i + 1).padStart(3, '0')}`));
  });

  it('quotes every figure from the article, and each quote contains its figure', () => {
    const missing = coverage.figures.filter((f) => !quoteOccursIn(f.quote, article)).map((f) => `${f.id}: ${f.quote}`);
    expect(missing).toEqual([]);
    const without = coverage.figures.filter((f) => !containsFigure(f.quote, f.figure)).map((f) => `${f.id}: "${f.figure}" not in "${f.quote}"`);
    expect(without).toEqual([]);
  });

  it('quotes every non-figure from the article, each with digits in it', () => {
    expect(coverage.not_figures.filter((n) => !quoteOccursIn(n.quote, article)).map((n) => n.quote)).toEqual([]);
    expect(coverage.not_figures.filter((n) => digitsOf(n.quote) === '').map((n) => n.quote)).toEqual([]);
  });

  it('points every in-scope figure at seed-article claims that carry it', () => {
    const problems: string[] = [];
    for (const f of coverage.figures) {
      for (const id of f.claims) {
        const c = index.claimsById.get(id);
        if (!c) problems.push(`${f.id}: no claim "${id}" in the committed data (run npm run build:data)`);
        else if (c.source !== 'seed-article') problems.push(`${f.id}: ${id} is from "${c.source}", not the seed article`);
        else if (!claimCarries(c, f.figure)) problems.push(`${f.id}: ${id} carries neither "${f.figure}" in its quote nor its digits in its value`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives a reason for every figure left out, and no two figures the same words', () => {
    const out = coverage.figures.filter((f) => f.claims.length === 0);
    expect(out.filter((f) => (f.out_of_scope ?? '').length < 30).map((f) => f.id)).toEqual([]);
    const quoted = coverage.figures.map((f) => `${f.figure}\u0000${f.quote}`);
    expect(quoted.filter((q, i) => quoted.indexOf(q) !== i)).toEqual([]);
  });

  it('accounts for every run of digits in the article: a figure, or a non-figure with its reason', () => {
    const spans = [...coverage.figures, ...coverage.not_figures].flatMap((x) => quoteSpans(x.quote, hay) ?? []);
    const open = uncoveredDigitRuns(hay, spans).map((r) => `"${r.digits}" in "…${r.context}…"`);
    expect(open, 'digits of the article that coverage.json does not list').toEqual([]);
  });

  it(`covers ${percent}% of the article's ${coverage.figures.length} figures with claims (${inData} in the data)`, () => {
    expect(percent).toBeGreaterThanOrEqual(COVERAGE_FLOOR_PCT);
  });
});
