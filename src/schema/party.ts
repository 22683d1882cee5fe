import { z } from 'zod';
import { HttpUrl, ShortText, Slug } from './common.ts';

export const PartyId = Slug;

/** The party of a figure whose source does not say whose it is. */
export const NOT_STATED = 'not-stated';

/** What kind of body a party is: said in words next to its name, never by colour alone. */
export const PARTY_KINDS = [
  'government',
  'ministry',
  'state-body',
  'local-authority',
  'prosecutor',
  'parliament',
  'military',
  'ombudsman',
  'state-media',
  'national-media',
  'international-media',
  'press-agency',
  'ngo',
  'community-organisation',
  'intergovernmental',
  'scholar',
  'journalist',
  'encyclopedia',
  'gazetteer',
  'website',
  'agreement',
  'author-unknown',
  'not-stated',
] as const;
export const PartyKind = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKind>;

/**
 * The side a party speaks from. `unknown` is only for "not stated in the source": a figure whose
 * source does not say whose it is cannot be counted on any side.
 */
export const SIDES = ['azerbaijani', 'armenian', 'third-party', 'unknown'] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

/**
 * Who states a figure (geodata/claims/parties.json). Claims point to a party by id, so "who
 * speaks" is counted from ids, never from spellings of a name.
 */
export const Party = z.strictObject({
  id: PartyId,
  name: ShortText,
  /** other names and spellings of the same party; no two parties may share one */
  aka: z.array(ShortText).optional(),
  kind: PartyKind,
  /** ISO 3166-1 alpha-3 of the country it belongs to or works from; null when international or unknown */
  country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code like "AZE"').nullable(),
  side: Side,
  /** one line: why this side ("state body of Azerbaijan") */
  basis: ShortText,
  url: HttpUrl.optional(),
});
export type Party = z.infer<typeof Party>;
