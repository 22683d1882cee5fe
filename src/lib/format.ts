/**
 * Formatting of figures, dates and attributions for the reader (English). Pure; imports nothing
 * from src: the value type below is structurally the schema's ClaimValue, so a Claim's value can
 * be passed as is.
 */

export type ValueLike =
  | { kind: 'exact'; n: number }
  | { kind: 'about'; n: number; word?: string }
  | { kind: 'more_than'; n: number; word?: string }
  | { kind: 'at_least'; n: number }
  | { kind: 'less_than'; n: number; word?: string }
  | { kind: 'nearly'; n: number; word?: string }
  | { kind: 'as_many_as'; n: number; word?: string }
  | { kind: 'range'; min: number; max: number; hedge?: RangeHedgeLike }
  | { kind: 'date'; date: string; qualifier?: DateQualifierLike }
  | { kind: 'date_range'; from: string; to: string; qualifier?: DateQualifierLike; from_qualifier?: DateQualifierLike; to_qualifier?: DateQualifierLike }
  | { kind: 'category'; text: string }
  | { kind: 'point'; lon: number; lat: number }
  | { kind: 'text'; text: string };

export type DateQualifierLike = 'about' | 'by' | 'before' | 'morning' | 'evening' | 'night' | 'early' | 'mid' | 'late' | 'end';
export type RangeHedgeLike = 'about' | 'approximately' | 'as_many_as' | 'up_to' | 'between' | 'more_than';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 63007 → "63,007"; 4.6 → "4.6". */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** The hedge of each kind, when the source uses no word of its own (a `word` replaces it). */
export const HEDGE: Record<'exact' | 'about' | 'more_than' | 'at_least' | 'less_than' | 'nearly' | 'as_many_as', string> = {
  exact: '',
  about: 'about',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  nearly: 'nearly',
  as_many_as: 'as many as',
};

/** "as many as 500–1,000", "approximately 22,000–25,000", "between 3 and 5": the range's own hedge. */
export const RANGE_HEDGE: Record<RangeHedgeLike, string> = {
  about: 'about',
  approximately: 'approximately',
  as_many_as: 'as many as',
  up_to: 'up to',
  between: 'between',
  more_than: 'more than',
};

/** Units whose figures are shares: written "20%" with no space. */
const PERCENT_UNITS = new Set(['%', 'percent', 'pct', 'per cent']);
const USD_UNITS = new Set(['usd', 'us$', 'us dollars']);

type Scale = { div: number; word: string };
const USD_SCALES: readonly Scale[] = [
  { div: 1e9, word: 'billion' },
  { div: 1e6, word: 'million' },
  { div: 1, word: '' },
];

function usdScale(n: number): Scale {
  return USD_SCALES.find((s) => Math.abs(n) >= s.div) ?? { div: 1, word: '' };
}

/** 53.5e9 → "US$53.5 billion"; 1500 → "US$1,500". */
export function formatUsd(n: number): string {
  const s = usdScale(n);
  return `US$${formatNumber(n / s.div)}${s.word ? ` ${s.word}` : ''}`;
}

/** A number with its unit: "63,007 persons", "20%", "US$53.5 billion", "4,388 km²". */
export function formatAmount(n: number, unit: string): string {
  const u = unit.trim();
  const key = u.toLowerCase();
  if (PERCENT_UNITS.has(key)) return `${formatNumber(n)}%`;
  if (USD_UNITS.has(key)) return formatUsd(n);
  return u ? `${formatNumber(n)} ${u}` : formatNumber(n);
}

function formatAmountRange(min: number, max: number, unit: string): string {
  const key = unit.trim().toLowerCase();
  if (USD_UNITS.has(key)) {
    const a = usdScale(min);
    const b = usdScale(max);
    // "US$22–818.88 billion" when both ends share a scale, else each end written in full
    if (a.div === b.div) {
      return `US$${formatNumber(min / a.div)}–${formatNumber(max / a.div)}${a.word ? ` ${a.word}` : ''}`;
    }
    return `${formatUsd(min)}–${formatUsd(max)}`;
  }
  if (PERCENT_UNITS.has(key)) return `${formatNumber(min)}–${formatNumber(max)}%`;
  return `${formatNumber(min)}–${formatNumber(max)}${unit.trim() ? ` ${unit.trim()}` : ''}`;
}

interface DateParts {
  year: number;
  month?: number;
  day?: number;
  time?: string;
}

function parseIsoPartial(iso: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(iso);
  if (!m) return null;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  if (m[4]) parts.time = m[4];
  return parts;
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** A date with the precision the source gives: "18 May 1992", "May 1994", "1991", "25 February 1992, 23:00". */
export function formatDate(iso: string): string {
  const p = parseIsoPartial(iso);
  if (!p) return iso;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${monthName(p.month)} ${p.year}`;
  const date = `${p.day} ${monthName(p.month)} ${p.year}`;
  return p.time ? `${date}, ${p.time}` : date;
}

/** "2–3 April 1993", "29 October – 1 November 1993", "1988–1994"; each end keeps its precision. */
export function formatDateRange(from: string, to: string): string {
  const a = parseIsoPartial(from);
  const b = parseIsoPartial(to);
  if (!a || !b) return `${from} – ${to}`;
  const plainDays = a.day !== undefined && b.day !== undefined && !a.time && !b.time;
  if (plainDays && a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${monthName(b.month ?? 1)} ${b.year}`;
  }
  if (plainDays && a.year === b.year) {
    return `${a.day} ${monthName(a.month ?? 1)} – ${b.day} ${monthName(b.month ?? 1)} ${b.year}`;
  }
  if (a.month === undefined && b.month === undefined) return `${a.year}–${b.year}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** A span of days in words: one day as a date, more as a range ("17–18 May 1992"). */
export const formatDaySpan = (s: { from: string; to: string }): string => (s.from === s.to ? formatDate(s.from) : formatDateRange(s.from, s.to));

/**
 * The words a source hedges a number or range with ("about", its own "approximately", "as many
 * as"); '' for an exact figure or a value that is not a number. One place for the screen, the
 * exports and the data checks' sentences.
 */
export function hedgeOf(value: ValueLike): string {
  switch (value.kind) {
    case 'about':
    case 'more_than':
    case 'less_than':
    case 'nearly':
    case 'as_many_as':
      return value.word ?? HEDGE[value.kind];
    case 'at_least':
      return HEDGE.at_least;
    case 'range':
      return value.hedge ? RANGE_HEDGE[value.hedge] : '';
    default:
      return '';
  }
}

const hedged = (value: ValueLike, amount: string): string => {
  const h = hedgeOf(value);
  return h ? `${h} ${amount}` : amount;
};

/** A claim's value with its hedge and unit, exactly as strong as the source states it. */
export function formatValue(value: ValueLike, unit: string): string {
  switch (value.kind) {
    case 'exact':
    case 'at_least':
    case 'about':
    case 'more_than':
    case 'less_than':
    case 'nearly':
    case 'as_many_as':
      return hedged(value, formatAmount(value.n, unit));
    case 'range':
      return hedged(value, formatAmountRange(value.min, value.max, unit));
    case 'date': {
      // "about 20:30 on 25 February 1992": the hedge belongs to the hour, not the day
      const [day, time] = value.date.split('T');
      if (time && day && (value.qualifier === 'about' || value.qualifier === 'by')) return `${value.qualifier} ${time} on ${formatDate(day)}`;
      return qualifyDate(formatDate(value.date), value.qualifier);
    }
    case 'date_range':
      if (value.from_qualifier || value.to_qualifier) {
        // each end keeps its own hedge: "early 1988 – the end of 1991"
        return qualifyDate(`${qualifyDate(formatDate(value.from), value.from_qualifier)} – ${qualifyDate(formatDate(value.to), value.to_qualifier)}`, value.qualifier);
      }
      return qualifyDate(formatDateRange(value.from, value.to), value.qualifier);
    case 'category':
    case 'text':
      return value.text;
    case 'point':
      return formatPoint(value.lon, value.lat);
  }
}

/** "about 25 February 1992, 23:00", "the night of 25–26 February 1992": the source's looseness stays visible. */
export function qualifyDate(formatted: string, qualifier: DateQualifierLike | undefined): string {
  switch (qualifier) {
    case undefined: return formatted;
    case 'about': return `about ${formatted}`;
    case 'by': return `by ${formatted}`;
    case 'before': return `before ${formatted}`;
    case 'end': return `the end of ${formatted}`;
    case 'morning': return `the morning of ${formatted}`;
    case 'evening': return `the evening of ${formatted}`;
    case 'night': return `the night of ${formatted}`;
    case 'early': return `early ${formatted}`;
    case 'mid': return `mid-${formatted}`;
    case 'late': return `late ${formatted}`;
  }
}

/** 39.9111, 46.7892 → "39.9111° N, 46.7892° E" (latitude first, as gazetteers write it). */
export function formatPoint(lon: number, lat: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat)}° ${ns}, ${Math.abs(lon)}° ${ew}`;
}

/** "according to US Committee for Refugees (2000)"; the year is left out when the source gives none. */
export function attribution(claimedBy: string, year: number | null): string {
  return year === null ? `according to ${claimedBy}` : `according to ${claimedBy} (${year})`;
}

/** Lower-case, accents and Azerbaijani letters folded, for matching a search against names. */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An area a source names, in the reader's language first: the Azerbaijani name where it has one. */
export const areaName = (a: { name_az: string | null; name_en: string }): string => a.name_az ?? a.name_en;
