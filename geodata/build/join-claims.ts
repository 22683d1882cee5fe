import type { Claim } from '../../src/schema/index.ts';
import { COUNTRY_ID } from '../../src/schema/index.ts';
import { DataError, fieldError } from './errors.ts';
import type { Inputs, Located } from './read-inputs.ts';

/** The party whose district list the choropleth shows (an id in parties.json). */
export const USCR = 'uscr';

/** The seed article's source id: the one source record marked `seed`. */
export function seedSourceId(inputs: Inputs): string {
  const ids = inputs.sources.filter((s) => s.value.seed === true).map((s) => s.value.id);
  const [only] = ids;
  if (ids.length !== 1 || only === undefined) {
    throw new DataError(`${inputs.files.sources}: exactly one source must be marked "seed": true (the text the atlas starts from); found ${ids.length === 0 ? 'none' : ids.map((i) => `"${i}"`).join(', ')}`);
  }
  return only;
}

/**
 * The USCR figures the article relays, one per district (or the NKAO): metric idp, source the seed
 * article, claimed_by USCR. Two for one place would make the map pick one silently, so that fails.
 */
export function uscrIdpClaims(inputs: Inputs): Located<Claim>[] {
  const seed = seedSourceId(inputs);
  const bySubject = new Map<string, Located<Claim>>();
  for (const c of inputs.claims) {
    const v = c.value;
    if (v.metric !== 'idp' || v.source !== seed || v.claimed_by !== USCR || v.subject === COUNTRY_ID) continue;
    const first = bySubject.get(v.subject);
    if (first) throw fieldError(c.file, c.label, 'subject', `a second ${USCR} idp figure from the seed article for "${v.subject}" (first: ${first.label} in ${first.file})`);
    if (v.value.kind !== 'exact' && v.value.kind !== 'about') {
      throw fieldError(c.file, c.label, 'value.kind', `the map needs one number for "${v.subject}": expected "exact" or "about", received "${v.value.kind}"`);
    }
    bySubject.set(v.subject, c);
  }
  return [...bySubject.values()];
}

/** The number a USCR idp claim contributes (uscrIdpClaims has already rejected other kinds). */
export function claimNumber(c: Claim): number {
  if (c.value.kind === 'exact' || c.value.kind === 'about') return c.value.n;
  throw new DataError(`claim "${c.id}": field value.kind: expected "exact" or "about", received "${c.value.kind}"`);
}

/** idp + idp_claim per feature id; null (never 0) where no source gives a figure. */
export function joinIdp(inputs: Inputs): Map<string, { idp: number; idp_claim: string }> {
  return new Map(uscrIdpClaims(inputs).map((c) => [c.value.subject, { idp: claimNumber(c.value), idp_claim: c.value.id }]));
}
