import { z } from 'zod';
import { LongText, ShortText } from './common.ts';
import { DistrictId, GroupId, NKAO_ID } from './ids.ts';

export const AliasLang = z.enum(['az', 'en', 'hy', 'ru']);

/** Another name a reader may search for, with where it comes from. */
export const Alias = z.strictObject({
  name: ShortText,
  lang: AliasLang,
  /** "spelling in the seed article", "Armenian name", "Russian name", "former name (until 1926)" */
  use: ShortText,
});
export type Alias = z.infer<typeof Alias>;

/**
 * Our own names table (geodata/claims/districts.json). Natural Earth's names are never shown:
 * they mislabel Lachin as "Lankaran", so features are keyed on `adm1_code` only.
 */
export const DistrictRecord = z.strictObject({
  id: z.union([DistrictId, z.literal(NKAO_ID)]),
  /** Natural Earth admin-1 codes dissolved into this feature; empty for the NKAO outline */
  adm1_codes: z.array(z.string().regex(/^AZE-\d+$/, 'must be a Natural Earth adm1_code like AZE-1735')),
  name_az: ShortText,
  name_en: ShortText,
  kind: z.enum(['rayon', 'city', 'autonomous-republic', 'former-oblast']),
  aliases: z.array(Alias),
  note: LongText.optional(),
});
export type DistrictRecord = z.infer<typeof DistrictRecord>;

/**
 * How a district came to be in a group: a claim of a source, or a map calculation (the four
 * rayons inside the NKAO outline are not named by the article; we compute their overlap).
 */
export const GroupBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('claim'), group: GroupId, claim: ShortText }),
  z.strictObject({
    kind: z.literal('map-calculation'),
    group: GroupId,
    share_pct: z.number().min(0).max(100),
    method: ShortText,
  }),
]);
export type GroupBasis = z.infer<typeof GroupBasis>;

/**
 * Properties of a district feature in geodata/districts.geojson. Flat scalars only: MapLibre
 * expressions read them directly. Every number shown to a reader carries the id of its claim.
 */
export const DistrictProps = z.strictObject({
  id: z.union([DistrictId, z.literal(NKAO_ID)]),
  name_az: ShortText,
  name_en: ShortText,
  /** the group whose outline colour is drawn (first in the article's order) */
  group: GroupId,
  in_former_nkao: z.boolean(),
  in_seven_surrounding: z.boolean(),
  in_border_armenia: z.boolean(),
  in_line_of_contact: z.boolean(),
  in_nakhchivan_ar: z.boolean(),
  /** displaced people for the choropleth: a claim's number, or null = "no figure in sources" */
  idp: z.number().nonnegative().nullable(),
  idp_claim: ShortText.nullable(),
  /** map calculation from the geometry, geodesic, km² */
  area_km2_map: z.number().positive(),
  label_lon: z.number().min(-180).max(180),
  label_lat: z.number().min(-90).max(90),
});
export type DistrictProps = z.infer<typeof DistrictProps>;
