import { z } from 'zod';
import { LongText, ShortText, Slug } from './common.ts';
import { ClaimId } from './claim.ts';
import { DistrictId, NKAO_ID, SubjectId } from './ids.ts';
import { Metric } from './metric.ts';

/**
 * Who a district came under, in the sources' terms: "came under Armenian control", "came under the
 * control of the de facto authorities", "returned to Azerbaijani control". The map draws the first
 * two alike (one status) and says which words each source used.
 */
export const CONTROL_TARGETS = ['armenian', 'de-facto', 'azerbaijani'] as const;
export const ControlTarget = z.enum(CONTROL_TARGETS);
export type ControlTarget = z.infer<typeof ControlTarget>;

/** The dated claims of a change have this metric, one per target. */
export const CONTROL_METRIC: Readonly<Record<ControlTarget, Metric>> = {
  armenian: 'date_came_under_armenian_control',
  'de-facto': 'date_came_under_de_facto_control',
  azerbaijani: 'date_returned',
};

/**
 * How much of the place changed: all of it, a part (named in `part` as the sources give it), or
 * the rest after earlier parts. The map never draws a line for a part: the place is "partly" so.
 */
export const ControlExtent = z.enum(['whole', 'part', 'rest']);
export type ControlExtent = z.infer<typeof ControlExtent>;

/** A place the timeline shades: a district, or the former NKAO (its outline). */
export const ControlPlace = z.union([DistrictId, z.literal(NKAO_ID)]);
export type ControlPlace = z.infer<typeof ControlPlace>;

/** The fields a curated change of control has (below: the record, with its one rule). */
const ChangeFields = z.strictObject({
  id: Slug,
  place: ControlPlace,
  to: ControlTarget,
  extent: ControlExtent,
  /** the part that changed, as the sources give it ("the town of Füzuli", "13 villages") */
  part: ShortText.optional(),
  /** the claims that date the change; each of the target's metric, with a date, a range, or a date this map derives */
  claims: z.array(ClaimId).min(1),
  /** claims that measure the part (a share, a count of villages): shown with it, never turned into a line */
  part_claims: z.array(ClaimId).optional(),
  /** why a claim about another subject (Nagorno-Karabakh as a whole) dates this place's change */
  basis: LongText.optional(),
  /** for the reader, in the atlas's own neutral voice */
  note: LongText.optional(),
});

/**
 * One change of control, as curated in geodata/claims/control.json: the claims that date it
 * (sources that give different dates for the same change are one record: the map draws the span
 * between them as uncertain), and for a part, the part in the sources' terms.
 */
export const ControlChangeRecord = ChangeFields.superRefine((r, ctx) => {
  if ((r.extent === 'part') !== (r.part !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['part'], message: 'a change of part of a place names the part, and only such a change does' });
  }
});
export type ControlChangeRecord = z.infer<typeof ControlChangeRecord>;

/** A calendar day, YYYY-MM-DD. */
export const IsoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
export type IsoDay = z.infer<typeof IsoDay>;

export const DaySpan = z.strictObject({ from: IsoDay, to: IsoDay });
export type DaySpan = z.infer<typeof DaySpan>;

/**
 * A change as the page needs it: the record, each claim's days (a month is its first to last day)
 * and the span drawn uncertain. A claim whose days hold every other claim's ("May 1992" beside
 * "17 May" and "18 May") agrees with them and does not widen the span (`coarser`).
 */
export const ControlChange = ChangeFields.extend({
  part_claims: z.array(ClaimId),
  /** the subjects whose claim files hold the claims (the place's own, or Nagorno-Karabakh's) */
  subjects: z.array(SubjectId).min(1),
  dates: z.array(z.strictObject({ claim: ClaimId, from: IsoDay, to: IsoDay, coarser: z.boolean() })).min(1),
  span: DaySpan,
});
export type ControlChange = z.infer<typeof ControlChange>;

/** A change's words (the part, why a wider area's date applies, a note): in its place's claim file, read with the popup. */
export const ChangeTexts = ChangeFields.pick({ part: true, basis: true, note: true }).extend({ change: Slug });
export type ChangeTexts = z.infer<typeof ChangeTexts>;

/** A change as the first load carries it: what the map draws and the axis marks, without its words. */
export const ControlChangeFirst = ControlChange.omit({ part: true, basis: true, note: true });
export type ControlChangeFirst = z.infer<typeof ControlChangeFirst>;

/** What a mark on the date axis stands for. */
export const MARK_KINDS = ['control', 'resolution', 'ceasefire', 'event', 'displacement', 'period'] as const;
export const MarkKind = z.enum(MARK_KINDS);
export type MarkKind = z.infer<typeof MarkKind>;

/** A mark on the axis: a change, or the claims of one dated thing (a resolution, a ceasefire, a displacement period). */
export const TimelineMark = z.strictObject({
  id: Slug,
  kind: MarkKind,
  metric: Metric,
  subject: SubjectId,
  span: DaySpan,
  claims: z.array(ClaimId).min(1),
  /** the subjects whose claim files hold them */
  subjects: z.array(SubjectId).min(1),
  /** the change it marks (kind `control`) */
  change: Slug.optional(),
});
export type TimelineMark = z.infer<typeof TimelineMark>;

/** The timeline: the axis, every change of control and every mark, ordered by their first day. */
export const TimelineModel = z.strictObject({
  axis: DaySpan,
  changes: z.array(ControlChange),
  marks: z.array(TimelineMark),
});
export type TimelineModel = z.infer<typeof TimelineModel>;

/** The timeline as the first load carries it (the changes' words come with each place's claims). */
export const TimelineFirst = TimelineModel.extend({ changes: z.array(ControlChangeFirst) });
export type TimelineFirst = z.infer<typeof TimelineFirst>;

/** A place's status on a day, as the map shades it. */
export const CONTROL_STATUSES = ['azerbaijani', 'armenian-or-de-facto', 'partly', 'uncertain'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
