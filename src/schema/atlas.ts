import { z } from 'zod';
import { LongText, ShortText } from './common.ts';
import { Claim } from './claim.ts';
import { Alias, GroupBasis } from './district.ts';
import { DistrictId, GroupId, NKAO_ID, SubjectId } from './ids.ts';
import { Source } from './source.ts';
import { Party, SIDES } from './party.ts';
import { READ_GRADES } from './claim.ts';
import { METRIC_GROUPS } from './metric-group.ts';
import { EventEntry, EventSummary } from './event.ts';
import { CoverageSummary } from './coverage.ts';
import { ThemeId, ThemeModel } from './theme.ts';
import { AreaRecord } from './area.ts';
import { ClaimId } from './claim.ts';
import { DataCheck } from './check.ts';
import { Town } from './town.ts';
import { ChangeTexts, TimelineFirst, TimelineModel } from './control.ts';

// the checks' schema lives in check.ts; importers of this file keep finding it here
export { CHECK_CATEGORIES, CheckCategory, CheckText, CuratedWords, DataCheck } from './check.ts';

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
  /** per theme, the claims it draws and lists: a theme whose figures come from one side shows it */
  by_theme: z.array(z.strictObject({ theme: ThemeId, counts: SideCounts })),
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
  /** areas a source names that have no outline (geodata/claims/areas.json) */
  areas: z.array(AreaRecord),
  groups: z.array(GroupDef),
  checks: z.array(DataCheck),
  events: z.array(EventSummary),
  /** how much of the seed article is in the data; null when the build has no coverage file */
  coverage: CoverageSummary.nullable(),
  /** what the districts can be shaded by, classed at build: displaced people first */
  themes: z.array(ThemeModel).min(1),
  /** who controlled each place when, by whose account, and the dated marks of the axis */
  timeline: TimelineModel,
  /** the gazetteer's named towns, for the search (empty when the build has no places file) */
  towns: z.array(Town),
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
  areas: Atlas.shape.areas,
  groups: z.array(GroupDef),
  checks: z.array(DataCheck),
  /** per check, the subjects whose claim files hold its inputs (the data-quality view loads them) */
  check_subjects: z.record(z.string(), z.array(SubjectId)),
  events: z.array(EventEntry),
  coverage: CoverageSummary.nullable(),
  themes: Atlas.shape.themes,
  timeline: TimelineFirst,
  /** the subjects that have a claim file, in the claims' order */
  claim_files: z.array(SubjectId),
  /** the claims of the 1993 Security Council resolutions and where they are filed: the country panel lists them */
  resolutions: z.array(z.strictObject({ claim: ClaimId, subject: SubjectId })),
  towns: Atlas.shape.towns,
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
  /** the event's summary, in this map's words with the sources' quoted */
  summary: LongText.optional(),
  claims: z.array(Claim),
  related: z.array(Claim),
  sources: z.array(Source),
  parties: z.array(Party),
  /** the words of this place's changes of control (the timeline's popup history) */
  control: z.array(ChangeTexts).optional(),
});
export type ClaimFile = z.infer<typeof ClaimFile>;
