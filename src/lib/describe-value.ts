/**
 * A stated value as the data checks' sentences write it: digits grouped without Intl, dates as the
 * source's ISO dates, the hedge in words. The build also uses it as a value's identity: two values
 * that read the same are the same statement.
 */
import { hedgeOf, type ValueLike } from './format.ts';

/** 560098 → "560,098", without Intl so the text cannot depend on the machine's ICU data. */
export function groupDigits(n: number): string {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** How the stated value reads, hedge included: "more than 568,000". */
export function describeValue(v: ValueLike): string {
  switch (v.kind) {
    case 'exact':
    case 'at_least':
    case 'about':
    case 'more_than':
    case 'less_than':
    case 'nearly':
    case 'as_many_as': return [hedgeOf(v), groupDigits(v.n)].filter(Boolean).join(' ');
    case 'range': return [hedgeOf(v), `${groupDigits(v.min)}–${groupDigits(v.max)}`].filter(Boolean).join(' ');
    case 'date': return v.qualifier ? `${v.qualifier} ${v.date}` : v.date;
    case 'date_range': return `${v.qualifier ? `${v.qualifier} ` : ''}${v.from_qualifier ? `${v.from_qualifier} ` : ''}${v.from}–${v.to_qualifier ? `${v.to_qualifier} ` : ''}${v.to}`;
    case 'category':
    case 'text': return v.text;
    case 'point': return `${v.lat}, ${v.lon}`;
  }
}
