import { z } from 'zod';
import { Confidence, IsoPartialDate, LongText, ShortText, Slug } from './common.ts';
import { GroupId, SubjectId } from './ids.ts';
import { Metric } from './metric.ts';
import { SourceId } from './source.ts';

const Num = z.number().finite();

/**
 * How loosely a source dates something: "about 11 p.m." (`about`), "by the morning of 26
 * February" (`morning`), "on the night of 25–26 February" (`night`). Absent: as precise as the
 * ISO string says.
 */
export const DateQualifier = z.enum(['about', 'by', 'morning', 'evening', 'night']);
export type DateQualifier = z.infer<typeof DateQualifier>;

/**
 * What a source says, with the hedge it uses: "more than 568,000" is `more_than`, never 568000.
 * The discriminant keeps formatting and comparison honest: nothing reads `.n` without knowing
 * which kind of statement it is.
 */
export const ClaimValue = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), n: Num }),
  z.strictObject({ kind: z.literal('about'), n: Num }),
  z.strictObject({ kind: z.literal('more_than'), n: Num }),
  /** "at least 161": kept apart from more_than 160 so the reader sees the source's own words */
  z.strictObject({ kind: z.literal('at_least'), n: Num }),
  z.strictObject({ kind: z.literal('less_than'), n: Num }),
  z.strictObject({ kind: z.literal('range'), min: Num, max: Num }),
  z.strictObject({ kind: z.literal('date'), date: IsoPartialDate, qualifier: DateQualifier.optional() }),
  z.strictObject({ kind: z.literal('date_range'), from: IsoPartialDate, to: IsoPartialDate, qualifier: DateQualifier.optional() }),
  z.strictObject({ kind: z.literal('category'), text: ShortText }),
  /** coordinates exactly as a gazetteer or source gives them (WGS84, decimal degrees) */
  z.strictObject({ kind: z.literal('point'), lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
  /** where a source puts something, in words ("the fields of the village of Nakhchivanik") */
  z.strictObject({ kind: z.literal('text'), text: LongText }),
]);
export type ClaimValue = z.infer<typeof ClaimValue>;

/**
 * How the quote was verified. `seed-verbatim`: the quote occurs in the seed article (whitespace and
 * line-break hyphenation normalised; a data test re-checks it). `research-lead`: taken from
 * ../shared/research with its stored-page URL, not re-read by us. `original-read`: we read the
 * cited page ourselves.
 */
export const Checked = z.strictObject({
  method: z.enum(['seed-verbatim', 'research-lead', 'original-read']),
  note: LongText,
});
export type Checked = z.infer<typeof Checked>;

export const ClaimId = Slug;

export const Claim = z
  .strictObject({
    id: ClaimId,
    subject: SubjectId,
    metric: Metric,
    value: ClaimValue,
    unit: ShortText, // "persons", "km²", "USD", "head"; for dates "date"
    /** the time the figure describes (ISO, partial), null if the source does not say */
    as_of: IsoPartialDate.nullable(),
    /** the party that states the figure: "US Committee for Refugees", "Government of Azerbaijan" */
    claimed_by: ShortText,
    /** the year the party stated it, for "according to X (year)"; null when unknown */
    claimed_year: z.number().int().min(1800).max(2100).nullable(),
    /** the source we read and quote */
    source: SourceId,
    /** the source's own citation, when it relays someone else ("USAN Factsheet, 2012") */
    cites: ShortText.optional(),
    /** page, or section/paragraph where the source has no pages */
    locator: ShortText,
    /** exact words; an omission is marked with "…" */
    quote: LongText,
    checked: Checked,
    confidence: Confidence,
    note: LongText.optional(),
    /**
     * A breakdown figure: the id of the claim (same source) whose total this is part of, e.g.
     * "106 women" of "613 killed". Never added up by the map; shown under its total.
     */
    part_of: ClaimId.optional(),
    /**
     * The source attributes the figure to a party but names no document for it ("Armenia
     * estimates … less than a hundred"): shown with a "no source given" badge.
     */
    unsourced: z.literal(true).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.metric === 'group') {
      const ok = c.value.kind === 'category' && GroupId.safeParse(c.value.text).success;
      if (!ok) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a group claim must have a category value that is a group id' });
    }
    if ((c.metric === 'location') !== (c.value.kind === 'point')) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a location claim, and only a location claim, has a point value' });
    }
    if (c.value.kind === 'range' && c.value.min > c.value.max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'range min is greater than max' });
    }
  });
export type Claim = z.infer<typeof Claim>;
