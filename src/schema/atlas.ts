import { z } from 'zod';
import { LongText, ShortText, Slug } from './common.ts';
import { Claim } from './claim.ts';
import { Alias, GroupBasis } from './district.ts';
import { DistrictId, GroupId, NKAO_ID, SubjectId } from './ids.ts';
import { Source } from './source.ts';
import { Party, SIDES } from './party.ts';
import { READ_GRADES } from './claim.ts';
import { METRIC_GROUPS } from './metric-group.ts';
import { EventSummary } from './event.ts';
import { CoverageSummary } from './coverage.ts';
import { ThemeModel } from './theme.ts';

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
 * What kind of check it is, in the order the data-quality view lists them. The first three
 * compare a source with itself or two statements; the middle ones are found by the build across all
 * claims; the last ones are inventories (lists, not verdicts).
 */
export const CHECK_CATEGORIES = [
  'arithmetic', // one source's figures added up, against the total it states
  'conversion', // one source's figure converted, against its own printed conversion
  'wording', // two statements set side by side (a comparison curated in the data)
  'sources-differ', // the same figure about the same place, given differently
  'dates-differ', // the same date, given differently
  'series', // totals of different years and sources, listed side by side (never combined)
  'map-measure', // a stated area against the map's own measurement of the boundary
  'gap', // places the sources give no figure for
  'single-source', // figures that rest on one claimant
  'unchecked-quote', // quotes taken from the research, not yet read by us in the original
  'no-source-named', // figures whose text names no source for them
] as const;
export const CheckCategory = z.enum(CHECK_CATEGORIES);
export type CheckCategory = z.infer<typeof CheckCategory>;

/**
 * A check computed at build time from claims, shown to the reader, never hidden. Only figures of
 * one source are combined (e.g. the article's own list against its own total); across sources the
 * map only sets figures side by side.
 */
export const DataCheck = z
  .strictObject({
    id: Slug,
    category: CheckCategory,
    subject: SubjectId,
    /** long: a found check's title carries place names, which may each be a full short text */
    title: LongText,
    /** the claims the check is about (computed from, compared, or listed) */
    inputs: z.array(ShortText),
    /** the claim the computation is compared against; null for lists and side-by-side sets */
    against: ShortText.nullable(),
    /** the number this map computed; null for a check that compares wording, not numbers */
    computed: z.number().nullable(),
    /** the unit of `computed` ("persons", "sq mi", "km²") */
    computed_unit: ShortText.nullable(),
    /** "consistent"/"differs" for comparisons; "listed" for inventories */
    result: z.enum(['consistent', 'differs', 'listed']),
    explanation: LongText,
    /** places the check names that have no claim to link (a gap) */
    places: z.array(SubjectId),
  })
  .superRefine((c, ctx) => {
    if (c.inputs.length === 0 && c.places.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['inputs'], message: 'a check must name at least one claim or place' });
    }
  });
export type DataCheck = z.infer<typeof DataCheck>;

const Count = z.number().int().min(0);
/** Claims per side of the party that states them. */
export const SideCounts = z.strictObject(Object.fromEntries(SIDES.map((s) => [s, Count])) as Record<(typeof SIDES)[number], typeof Count>);
export type SideCounts = z.infer<typeof SideCounts>;

/** Who speaks, computed by the build from party ids: shown in the data-quality view and the side panel. */
export const Balance = z.strictObject({
  claims: Count,
  sides: SideCounts,
  by_grade: z.strictObject(Object.fromEntries(READ_GRADES.map((g) => [g, SideCounts])) as Record<(typeof READ_GRADES)[number], typeof SideCounts>),
  by_group: z.strictObject(Object.fromEntries(METRIC_GROUPS.map((g) => [g, SideCounts])) as Record<(typeof METRIC_GROUPS)[number], typeof SideCounts>),
  by_subject: z.array(z.strictObject({ subject: SubjectId, counts: SideCounts })),
  /** how many parties of each side the registry holds */
  parties_by_side: SideCounts,
});
export type Balance = z.infer<typeof Balance>;

/**
 * Everything the build knows, in one record: validated whole at build time, then split into the
 * first-load file and one claim file per subject (AtlasFirst, ClaimFile). Tests join the two back.
 */
export const Atlas = z.strictObject({
  /** short hash of the built geodata, shown in the app and in exports */
  version: z.string().regex(/^[0-9a-f]{12}$/),
  sources: z.array(Source),
  parties: z.array(Party),
  claims: z.array(Claim),
  balance: Balance,
  districts: z.array(DistrictSummary),
  groups: z.array(GroupDef),
  checks: z.array(DataCheck),
  events: z.array(EventSummary),
  /** how much of the seed article is in the data; null when the build has no coverage file */
  coverage: CoverageSummary.nullable(),
  /** what the districts can be shaded by, classed at build: displaced people first */
  themes: z.array(ThemeModel).min(1),
});
export type Atlas = z.infer<typeof Atlas>;

const Counts = z.strictObject({ claims: Count, sources: Count, parties: Count });

/**
 * geodata/atlas.json, served as data/atlas.json: what the map draws and the lists name, without
 * a quote, a note or a source's text. Claims come per subject when a place is opened.
 */
export const AtlasFirst = z.strictObject({
  version: Atlas.shape.version,
  counts: Counts,
  balance: Balance,
  districts: z.array(DistrictSummary.omit({ note: true })),
  groups: z.array(GroupDef),
  checks: z.array(DataCheck),
  /** per check, the subjects whose claim files hold its inputs (the data-quality view loads them) */
  check_subjects: z.record(z.string(), z.array(SubjectId)),
  events: z.array(EventSummary),
  coverage: CoverageSummary.nullable(),
  themes: Atlas.shape.themes,
  /** the subjects that have a claim file, in the claims' order */
  claim_files: z.array(SubjectId),
});
export type AtlasFirst = z.infer<typeof AtlasFirst>;

/**
 * geodata/claim-files/<subject>.json, served as data/claims/<subject>.json: one subject's claims with
 * their quotes, the claims they refer to (a total a figure is part of, the claim that puts a
 * district in a group, the figures a measure is set against) and the sources and parties of all.
 */
export const ClaimFile = z.strictObject({
  version: Atlas.shape.version,
  subject: SubjectId,
  /** the district's own note (names, spellings and where they come from) */
  note: LongText.optional(),
  claims: z.array(Claim),
  related: z.array(Claim),
  sources: z.array(Source),
  parties: z.array(Party),
});
export type ClaimFile = z.infer<typeof ClaimFile>;
