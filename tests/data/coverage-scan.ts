/**
 * Helpers of the article-coverage test (tests/data/coverage.test.ts): where a quote stands in the
 * normalised article, which runs of digits no quote accounts for, and whether a claim carries a
 * figure. Each has a failing case in the test.
 */
import { normaliseForQuoteMatch } from '../../src/lib/quote-text.ts';
import type { ClaimValue } from '../../src/schema/index.ts';

/**
 * The character spans a quote occupies in the normalised text `hay`, found as quoteOccursIn finds
 * them: each piece between "…" marks at its first occurrence after the previous piece. Null when a
 * piece is missing. A quote that occurs twice is located at its first occurrence, so a quote meant
 * for a later one must carry enough context to be unique.
 */
export function quoteSpans(quote: string, hay: string): Array<[number, number]> | null {
  const parts = normaliseForQuoteMatch(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter((p) => p.length > 0);
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const part of parts) {
    const at = hay.indexOf(part, from);
    if (at < 0) return null;
    spans.push([at, at + part.length]);
    from = at + part.length;
  }
  return parts.length > 0 ? spans : null;
}

/** A run of digits as the article prints a number: "568,000", "17, 000", "31–276", "1918 – 1920", "2.1". */
const DIGIT_RUN = /\d(?:[\d,.\s–-]*\d)?/g;

export interface UncoveredRun {
  digits: string;
  context: string;
}

/** Every run of digits in `hay` with a digit outside all the given spans, with 60 characters around it. */
export function uncoveredDigitRuns(hay: string, spans: ReadonlyArray<readonly [number, number]>): UncoveredRun[] {
  const covered = new Uint8Array(hay.length);
  for (const [a, b] of spans) covered.fill(1, a, b);
  const out: UncoveredRun[] = [];
  for (const m of hay.matchAll(DIGIT_RUN)) {
    const start = m.index;
    const open = [...m[0]].some((ch, i) => /\d/.test(ch) && covered[start + i] === 0);
    if (open) out.push({ digits: m[0], context: hay.slice(Math.max(0, start - 60), start + m[0].length + 60) });
  }
  return out;
}

/** Digits with the separators the article puts between them removed: "17, 000" → "17000", "31–276" → "31276". */
export function squashDigits(text: string): string {
  return normaliseForQuoteMatch(text).replace(/(\d)[,.\s–-]+(?=\d)/g, '$1');
}

/** Only the digits of a text: "10, 563 sq. miles" → "10563". */
export const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** True when `text` contains the figure: verbatim (as quotes are compared, "…" allowed), or with separators squashed. */
export function containsFigure(text: string, figure: string): boolean {
  const parts = normaliseForQuoteMatch(figure)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter((p) => p.length > 0);
  const hay = normaliseForQuoteMatch(text);
  let from = 0;
  let inOrder = parts.length > 0;
  for (const part of parts) {
    const at = hay.indexOf(part, from);
    if (at < 0) {
      inOrder = false;
      break;
    }
    from = at + part.length;
  }
  return inOrder || squashDigits(text).includes(squashDigits(figure));
}

/** The value as strings whose digits can be compared with a figure's: numbers, range ends, dates, category text. */
export function valueTexts(v: ClaimValue): string[] {
  if ('n' in v) return [String(v.n)];
  switch (v.kind) {
    case 'range':
      return [String(v.min), String(v.max)];
    case 'date':
      return [v.date];
    case 'date_range':
      return [v.from, v.to];
    case 'category':
    case 'text':
      return [v.text];
    case 'point':
      return [];
  }
}

/** Significant digits of a number as printed or stored: "4.6" and 4600000 → "46", "2,000" and 2000 → "2". */
const significant = (s: string): string => digitsOf(s).replace(/^0+/, '').replace(/0+$/, '');

/** The numbers a figure prints, separators squashed: "4, 6 million" → ["46"], "22,000/25,000" → ["22000", "25000"]. */
export const figureNumbers = (figure: string): string[] => squashDigits(figure).match(/\d+/g) ?? [];

const NUMERIC_KINDS: ReadonlySet<ClaimValue['kind']> = new Set(['exact', 'about', 'more_than', 'at_least', 'less_than', 'range']);

/**
 * A claim carries a figure when:
 * - its value is a number (or a range) and the figure prints digits: one of the figure's numbers is
 *   the value, compared by significant digits ("31–276" and 31276, "4, 6 million" and 4600000,
 *   "USD 53.5 billion" and 53500000000), so a list quote shared by ten claims cannot stand for the
 *   wrong one;
 * - otherwise, its quote contains the figure, or the figure's digits stand in one of the value's
 *   strings ("366th Military Regiment" in "CIS 366th Motor Rifle Regiment").
 */
export function claimCarries(claim: { quote: string; value: ClaimValue }, figure: string): boolean {
  const d = digitsOf(figure);
  if (d.length > 0 && NUMERIC_KINDS.has(claim.value.kind)) {
    const values = valueTexts(claim.value).map(significant);
    return figureNumbers(figure).some((t) => values.includes(significant(t)));
  }
  if (containsFigure(claim.quote, figure)) return true;
  return d.length > 0 && valueTexts(claim.value).some((t) => digitsOf(t).includes(d));
}
