import type { Claim, ClaimValue, DataCheck } from '../../src/schema/index.ts';
import { COUNTRY_ID } from '../../src/schema/index.ts';
import { DataError } from './errors.ts';
import { USCR, claimNumber, seedSourceId, uscrIdpClaims } from './join-claims.ts';
import type { Inputs } from './read-inputs.ts';

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
export function uscrDistrictSum(inputs: Inputs): DataCheck {
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
  return {
    id,
    category: 'arithmetic',
    subject: COUNTRY_ID,
    text: { recipe: 'list-sum', party: USCR },
    inputs: parts.map((c) => c.id),
    against: against.id,
    computed,
    computed_unit: against.unit,
    result: ok ? 'consistent' : 'differs',
    places: [],
  };
}
