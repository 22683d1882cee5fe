import { z } from 'zod';
import { LongText, ShortText, Slug } from './common.ts';
import { Claim } from './claim.ts';
import { Alias, GroupBasis } from './district.ts';
import { DistrictId, GroupId, NKAO_ID, SubjectId } from './ids.ts';
import { Source } from './source.ts';
import { EventSummary } from './event.ts';

export const GroupDef = z.strictObject({
  id: GroupId,
  label: ShortText,
  /** ids of the claims that found this group (the article's list sentence) */
  claims: z.array(ShortText),
});
export type GroupDef = z.infer<typeof GroupDef>;

/** A district as the popup and the list need it: names, groups with their basis, derived numbers. */
export const DistrictSummary = z.strictObject({
  id: z.union([DistrictId, z.literal(NKAO_ID)]),
  name_az: ShortText,
  name_en: ShortText,
  kind: z.enum(['rayon', 'city', 'autonomous-republic', 'former-oblast']),
  aliases: z.array(Alias),
  groups: z.array(GroupBasis),
  area_km2_map: z.number().positive(),
  note: LongText.optional(),
});
export type DistrictSummary = z.infer<typeof DistrictSummary>;

/**
 * A check computed at build time from claims, shown to the reader, never hidden. Only figures of
 * one source are combined (e.g. the article's own list against its own total).
 */
export const DataCheck = z.strictObject({
  id: Slug,
  subject: SubjectId,
  title: ShortText,
  /** the claims whose values went into `computed` */
  inputs: z.array(ShortText).min(1),
  /** the claim the computation is compared against */
  against: ShortText,
  /** the number this map computed; null for a check that compares wording, not numbers */
  computed: z.number().nullable(),
  /** "consistent" when the computation satisfies the stated claim, else "differs" */
  result: z.enum(['consistent', 'differs']),
  explanation: LongText,
});
export type DataCheck = z.infer<typeof DataCheck>;

/** geodata/atlas.json: everything the popups need, validated at build and again at load. */
export const Atlas = z.strictObject({
  /** short hash of the built geodata, shown in the app and (issue 5) in exports */
  version: z.string().regex(/^[0-9a-f]{12}$/),
  sources: z.array(Source),
  claims: z.array(Claim),
  districts: z.array(DistrictSummary),
  groups: z.array(GroupDef),
  checks: z.array(DataCheck),
  events: z.array(EventSummary),
});
export type Atlas = z.infer<typeof Atlas>;
