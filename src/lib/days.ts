/**
 * Calendar days as "YYYY-MM-DD" text, in UTC: what the timeline moves by and the address writes.
 * Text compares in time order, so no Date is kept around. Pure; imports nothing.
 */

const DAY_MS = 86_400_000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "1993-07-23" if it names a real day (no 31 June), else null. */
export function parseDay(text: string): string | null {
  const m = DAY.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  const back = new Date(t).toISOString().slice(0, 10);
  return back === `${y}-${mo}-${d}` ? back : null;
}

const toTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromTime = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The day `n` days after (or before, for negative n). */
export function addDays(day: string, n: number): string {
  return fromTime(toTime(day) + n * DAY_MS);
}

/** The same day `n` months later, kept within the month (31 January + 1 month = 28/29 February). */
export function addMonths(day: string, n: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

export const clampDay = (day: string, from: string, to: string): string => (day < from ? from : day > to ? to : day);

/**
 * The days a partial ISO date covers: "1992" is 1 January to 31 December, "1992-05" the month,
 * "1992-05-08" (or a time on it) that day. Null for text that is not such a date.
 */
export function daysOf(iso: string): { from: string; to: string } | null {
  const date = iso.split('T')[0] ?? '';
  const parts = date.split('-');
  const [y, m, d] = parts;
  if (!y || !/^\d{4}$/.test(y)) return null;
  if (parts.length === 1) return { from: `${y}-01-01`, to: `${y}-12-31` };
  if (!m || !/^\d{2}$/.test(m)) return null;
  if (parts.length === 2) {
    const from = parseDay(`${y}-${m}-01`);
    return from ? { from, to: addDays(addMonths(from, 1), -1) } : null;
  }
  const day = parseDay(`${y}-${m}-${d ?? ''}`);
  return day ? { from: day, to: day } : null;
}

/** The same day `n` years later; 29 February becomes 28 February in a common year. */
export const addYears = (day: string, n: number): string => addMonths(day, 12 * n);

/** The first of January of each year from `from` to `to`, both ends included when they are one. */
export function yearStarts(from: string, to: string): string[] {
  const first = Number(from.slice(0, 4)) + (from.slice(5) === '01-01' ? 0 : 1);
  const last = Number(to.slice(0, 4));
  const out: string[] = [];
  for (let y = first; y <= last; y++) out.push(`${String(y).padStart(4, '0')}-01-01`);
  return out;
}
