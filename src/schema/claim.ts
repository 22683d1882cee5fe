import { z } from 'zod';
import { HttpUrl, IsoPartialDate, LongText, ShortText, Slug } from './common.ts';
import { GroupId, SubjectId } from './ids.ts';
import { Metric } from './metric.ts';
import { PartyId } from './party.ts';
import { SourceId } from './source.ts';
import { unitProblem } from './units.ts';

const Num = z.number().finite();

/**
 * How loosely a source dates something: "about 11 p.m." (`about`), "by the morning of 26
 * February" (`morning`), "on the night of 25–26 February" (`night`), "early 1991" (`early`).
 * Absent: as precise as the ISO string says.
 */
export const DateQualifier = z.enum(['about', 'by', 'before', 'morning', 'evening', 'night', 'early', 'mid', 'late', 'end']);
export type DateQualifier = z.infer<typeof DateQualifier>;

/** The source's own word for "about": kept so that "approximately 22,000" is not shown as "about 22,000". */
export const AboutWord = z.enum(['approximately', 'around', 'some', 'roughly', 'estimated']);
/** How a source hedges a range: "as many as 500 to 1,000", "approximately 22,000–25,000". */
export const RangeHedge = z.enum(['about', 'approximately', 'as_many_as', 'up_to', 'between', 'more_than']);

/**
 * What a source says, with the hedge it uses: "more than 568,000" is `more_than`, never 568000.
 * The discriminant keeps formatting and comparison honest: nothing reads `.n` without knowing
 * which kind of statement it is. Each hedge keeps the source's own word where it has one.
 */
export const ClaimValue = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), n: Num }),
  z.strictObject({ kind: z.literal('about'), n: Num, word: AboutWord.optional() }),
  z.strictObject({ kind: z.literal('more_than'), n: Num, word: z.enum(['over', 'in excess of', 'above']).optional() }),
  /** "at least 161": kept apart from more_than 160 so the reader sees the source's own words */
  z.strictObject({ kind: z.literal('at_least'), n: Num }),
  z.strictObject({ kind: z.literal('less_than'), n: Num, word: z.enum(['under', 'fewer than', 'below']).optional() }),
  /** "nearly 700": an approach from below, not "about" */
  z.strictObject({ kind: z.literal('nearly'), n: Num, word: z.enum(['almost', 'close to']).optional() }),
  /** "as many as 1,000": an upper bound the source holds possible */
  z.strictObject({ kind: z.literal('as_many_as'), n: Num, word: z.enum(['up to']).optional() }),
  z.strictObject({ kind: z.literal('range'), min: Num, max: Num, hedge: RangeHedge.optional() }),
  z.strictObject({ kind: z.literal('date'), date: IsoPartialDate, qualifier: DateQualifier.optional() }),
  /** `qualifier` hedges the whole range; `from_qualifier`/`to_qualifier` one end ("early 1988 – the end of 1991") */
  z.strictObject({
    kind: z.literal('date_range'),
    from: IsoPartialDate,
    to: IsoPartialDate,
    qualifier: DateQualifier.optional(),
    from_qualifier: DateQualifier.optional(),
    to_qualifier: DateQualifier.optional(),
  }),
  z.strictObject({ kind: z.literal('category'), text: ShortText }),
  /** coordinates exactly as a gazetteer or source gives them (WGS84, decimal degrees) */
  z.strictObject({ kind: z.literal('point'), lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
  /** where a source puts something, in words ("the fields of the village of Nakhchivanik") */
  z.strictObject({ kind: z.literal('text'), text: LongText }),
]);
export type ClaimValue = z.infer<typeof ClaimValue>;

/**
 * How closely this map read the quote, never more than it did. `original`: the whole original
 * document; `excerpt`: only part of the original (which part is `part`); `reproduction`: read on
 * another site than the original publisher's (`via` names it); `not-read`: a lead whose quote has
 * not been read in any copy of the source yet.
 */
export const READ_GRADES = ['original', 'excerpt', 'reproduction', 'not-read'] as const;
export const ReadGrade = z.enum(READ_GRADES);
export type ReadGrade = z.infer<typeof ReadGrade>;

export const ReadRecord = z
  .strictObject({
    grade: ReadGrade,
    /** the day the quote was read (ISO); null for `not-read` or when not recorded */
    date: IsoPartialDate.nullable(),
    /** which part was read, in a reader's terms: "the whole text", "the paragraph quoted", "the infobox" */
    part: ShortText.optional(),
    /** for a reproduction: the site it was read on */
    via: z.strictObject({ name: ShortText, url: HttpUrl.optional() }).optional(),
    /** anything else a reader should know about how it was read */
    note: LongText.optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.grade === 'reproduction') !== (r.via !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['via'], message: 'a reproduction, and only a reproduction, names the site it was read on (via)' });
    }
    if (r.grade !== 'not-read' && r.part === undefined) {
      ctx.addIssue({ code: 'custom', path: ['part'], message: 'say which part was read ("the whole text", "the paragraph quoted")' });
    }
    if (r.grade === 'not-read' && r.date !== null) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'a quote not read has no date read' });
    }
  });
export type ReadRecord = z.infer<typeof ReadRecord>;

/**
 * A figure this map derives from a source's figure (a unit conversion, a description read as one
 * number): shown as "converted by this map from …", never as the source's own figure.
 */
export const Derived = z.strictObject({
  value: ClaimValue,
  unit: ShortText,
  /** "converted by this map from km² to ha (1 km² = 100 ha)" */
  method: ShortText,
});
export type Derived = z.infer<typeof Derived>;

export const ClaimId = Slug;

const ClaimFields = z.strictObject({
  id: ClaimId,
  subject: SubjectId,
  metric: Metric,
  value: ClaimValue,
  /** "persons", "km²", "USD", "houses"; for dates "date" (a closed list with valid ranges: units.ts) */
  unit: ShortText,
  /** the time the figure describes (ISO, partial), null if the source does not say */
  as_of: IsoPartialDate.nullable(),
  /** the party that states the figure (an id in parties.json) */
  claimed_by: PartyId,
  /** the person or office who speaks for the party, as the source names them */
  speaker: ShortText.optional(),
  /** the party whose text relays the claimant's figure (the article relaying the USCR) */
  relayed_by: PartyId.optional(),
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
  read: ReadRecord,
  /** a note for the reader, in the atlas's own (neutral) voice */
  note: LongText.optional(),
  /** the same figure as this map derives it (a unit conversion), shown as such */
  derived: Derived.optional(),
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
});

type ClaimShape = z.infer<typeof ClaimFields>;
type Ctx = z.core.$RefinementCtx<ClaimShape>;

function checkClaim(c: ClaimShape, ctx: Ctx): void {
  if (c.metric === 'group') {
    const ok = c.value.kind === 'category' && GroupId.safeParse(c.value.text).success;
    if (!ok) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a group claim must have a category value that is a group id' });
  }
  // coordinates in words ("39°54′40″N …") are kept as the source writes them, the decimal point derived
  const point = c.value.kind === 'point' || (c.value.kind === 'text' && c.derived?.value.kind === 'point');
  if ((c.metric === 'location') !== point) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'a location claim, and only a location claim, has a point value (or coordinates in words with a derived point)' });
  }
  if (c.value.kind === 'range' && c.value.min > c.value.max) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'range min is greater than max' });
  }
  const bad = unitProblem(c.value, c.unit);
  if (bad) ctx.addIssue({ code: 'custom', path: bad.path, message: bad.message });
  if (c.derived) {
    const d = unitProblem(c.derived.value, c.derived.unit);
    if (d) ctx.addIssue({ code: 'custom', path: ['derived', ...d.path], message: d.message });
  }
}

/** A claim as the page and the exports read it. */
export const Claim = ClaimFields.superRefine(checkClaim);
export type Claim = z.infer<typeof Claim>;

/**
 * A claim as curated in geodata/claims: the served fields plus `curation`, maintainers' notes on
 * where the record came from. The build drops it: it is never served or exported.
 */
export const ClaimRecord = ClaimFields.extend({ curation: LongText.optional() }).superRefine(checkClaim);
export type ClaimRecord = z.infer<typeof ClaimRecord>;
