import type { Claim, ClaimValue, DataCheck } from '../../src/schema/index.ts';
import { COUNTRY_ID } from '../../src/schema/index.ts';
import { hedgeOf } from '../../src/lib/format.ts';
import { DataError } from './errors.ts';
import { USCR, claimNumber, seedSourceId, uscrIdpClaims } from './join-claims.ts';
import type { Inputs } from './read-inputs.ts';

/** 560098 → "560,098", without Intl so the bytes cannot depend on the machine's ICU data. */
export function groupDigits(n: number): string {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** How the stated value reads, hedge included: "more than 568,000". */
export function describeValue(v: ClaimValue): string {
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

/**
 * Whether a computed number satisfies what the source states, taking its hedge at its word:
 * "more than 568,000" is satisfied only by more than 568,000. "about" gets no tolerance: we do not
 * decide how loose a source meant to be, the reader sees both numbers.
 */
export function satisfies(v: ClaimValue, computed: number): boolean | null {
  switch (v.kind) {
    case 'exact':
    case 'about': return computed === v.n;
    case 'more_than': return computed > v.n;
    case 'at_least': return computed >= v.n;
    case 'less_than': return computed < v.n;
    // "nearly 700" and "as many as 700" bound from above; how near is the source's to say
    case 'nearly':
    case 'as_many_as': return computed <= v.n;
    case 'range': return computed >= v.min && computed <= v.max;
    default: return null;
  }
}

/**
 * `uscr-district-sum`: the article's USCR list (the NKAO and the districts) added up by this map,
 * against the total the same passage states. Both sides come from one source, so adding them is
 * fair; the result is shown to the reader either way.
 */
export function uscrDistrictSum(inputs: Inputs, nameOf: (id: string) => string, party: (id: string) => string): DataCheck {
  const id = 'uscr-district-sum';
  const seed = seedSourceId(inputs);
  const parts = uscrIdpClaims(inputs).map((c) => c.value);
  if (parts.length === 0) throw new DataError(`${inputs.files.claims}: check "${id}": no "${USCR}" idp claims from the seed article ("${seed}")`);
  const totals = inputs.claims
    .map((c) => c.value)
    .filter((c: Claim) => c.subject === COUNTRY_ID && c.metric === 'idp_armenian_controlled_areas' && c.source === seed && c.claimed_by === USCR);
  const [against] = totals;
  if (!against || totals.length > 1) {
    throw new DataError(
      `${inputs.files.claims}: check "${id}": needs exactly one claim on subject "${COUNTRY_ID}" with metric idp_armenian_controlled_areas by "${USCR}" from "${seed}", found ${totals.length}`,
    );
  }
  const computed = parts.reduce((sum, c) => sum + claimNumber(c), 0);
  const ok = satisfies(against.value, computed);
  if (ok === null) throw new DataError(`claim "${against.id}": field value.kind: check "${id}" cannot compare a number with "${against.value.kind}"`);
  const stated = describeValue(against.value);
  const names = parts.map((c) => nameOf(c.subject)).join(', ');
  return {
    id,
    category: 'arithmetic',
    subject: COUNTRY_ID,
    title: `The article's ${party(USCR)} list against its own total`,
    inputs: parts.map((c) => c.id),
    against: against.id,
    computed,
    computed_unit: against.unit,
    result: ok ? 'consistent' : 'differs',
    explanation:
      `The article relays ${parts.length} figures from the ${party(USCR)} (${names}). ` +
      `Added up by this map they come to ${groupDigits(computed)}; the same passage states ${stated}. ` +
      (ok ? 'The two agree.' : 'The two do not agree; both are shown as the article gives them.'),
    places: [],
  };
}
