import { z } from 'zod';
import { LongText, ShortText, Slug } from './common.ts';
import { ClaimId } from './claim.ts';
import { SubjectId } from './ids.ts';
import { ControlExtent, ControlTarget, DaySpan } from './control.ts';
import { Metric } from './metric.ts';
import { PartyId } from './party.ts';

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

/** A curator's own words (geodata/claims/checks.json, events.json comparisons): data, shown as written. */
export const CuratedWords = z.strictObject({ title: LongText, explanation: LongText });
export type CuratedWords = z.infer<typeof CuratedWords>;

/** Lengths a conversion slip can be made with: a length factor applied to an area. */
export const LengthUnit = z.enum(['km', 'mi']);

const Count = z.number().int().min(0);

/**
 * What a check says, as the recipe that made it and the ids and numbers its sentences need; the page
 * words it in the reader's language (src/i18n/en-checks.ts), looking up names and claims in the data.
 * Only `compare` and `convert` carry words, and those are a curator's.
 */
export const CheckText = z.discriminatedUnion('recipe', [
  /** two statements a curator set side by side, with their own title and explanation */
  z.strictObject({ recipe: z.literal('compare'), curated: CuratedWords }),
  /** the first claim's figure converted into the unit of the one it is checked against */
  z.strictObject({
    recipe: z.literal('convert'),
    curated: CuratedWords,
    factor: z.number().positive(),
    /** the length factor that turns the figure into the printed one, when that explains it */
    slip: z.strictObject({ factor: z.number().positive(), from: LengthUnit, to: LengthUnit }).nullable(),
  }),
  /** one party's list in the seed article, added up against the total the same passage states */
  z.strictObject({ recipe: z.literal('list-sum'), party: PartyId }),
  /** the same measure of the same subject, given differently by the claims in `inputs` */
  z.strictObject({
    recipe: z.literal('differ'),
    metric: Metric,
    /** how many different values (claims that agree count once) */
    values: z.number().int().min(2),
    /** one claimant gives them all, in different texts or years */
    one_claimant: z.boolean(),
  }),
  /**
   * one change of control that the claims in `inputs` date differently: the span the map draws
   * uncertain runs from the first to the last day they give (`computed`: its length in days);
   * `coarser`: claims whose month or year holds the others' days and so do not widen it
   */
  z.strictObject({ recipe: z.literal('control-dates'), change: Slug, to: ControlTarget, extent: ControlExtent, span: DaySpan, coarser: z.array(ClaimId) }),
  /** the national displaced-people totals in `inputs`, by year */
  z.strictObject({ recipe: z.literal('idp-series') }),
  /** stated areas against the boundary the map draws (measured: `computed`, km²) */
  z.strictObject({
    recipe: z.literal('area-vs-map'),
    /** a difference beyond this share (per cent) is listed */
    tolerance_pct: z.number().positive(),
    /** each stated area, in the order of `inputs`: its difference from the map's, in whole per cent */
    stated: z.array(z.strictObject({ claim: ClaimId, percent: z.number().int(), beyond: z.boolean() })),
  }),
  /** the districts in `places` with no figure of this kind */
  z.strictObject({ recipe: z.literal('gap'), figure: z.enum(['damage', 'idp']) }),
  /** figures one claimant alone gives for their place and measure; `metrics`: how many measures */
  z.strictObject({ recipe: z.literal('single-source'), metrics: Count }),
  /** quotes no copy of their source has been read for yet */
  z.strictObject({ recipe: z.literal('not-read') }),
  /** quotes read only on another site than the original publisher's */
  z.strictObject({ recipe: z.literal('read-in-copy') }),
  /** figures whose text names no source for them */
  z.strictObject({ recipe: z.literal('no-source-named') }),
]);
export type CheckText = z.infer<typeof CheckText>;
export type CheckRecipeId = CheckText['recipe'];

/** The categories a recipe's checks can be in: the view files a check by its category. */
const RECIPE_CATEGORIES: Readonly<Record<CheckRecipeId, readonly CheckCategory[]>> = {
  compare: ['wording'],
  convert: ['conversion'],
  'list-sum': ['arithmetic'],
  differ: ['sources-differ', 'dates-differ'],
  'control-dates': ['dates-differ'],
  'idp-series': ['series'],
  'area-vs-map': ['map-measure'],
  gap: ['gap'],
  'single-source': ['single-source'],
  'not-read': ['unchecked-quote'],
  'read-in-copy': ['unchecked-quote'],
  'no-source-named': ['no-source-named'],
};

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
    text: CheckText,
    /** the claims the check is about (computed from, compared, or listed) */
    inputs: z.array(ShortText),
    /** the claim the computation is compared against; null for lists and side-by-side sets */
    against: ShortText.nullable(),
    /** the number this map computed (for a list, how many it names); null for a check that compares wording, not numbers */
    computed: z.number().nullable(),
    /** the unit of `computed`, a claim unit ("persons", "sq mi", "km²"); null for a count of a list */
    computed_unit: ShortText.nullable(),
    /** "consistent"/"differs" for comparisons; "listed" for inventories */
    result: z.enum(['consistent', 'differs', 'listed']),
    /** places the check names that have no claim to link (a gap) */
    places: z.array(SubjectId),
  })
  .superRefine((c, ctx) => {
    if (c.inputs.length === 0 && c.places.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['inputs'], message: 'a check must name at least one claim or place' });
    }
    if (!RECIPE_CATEGORIES[c.text.recipe].includes(c.category)) {
      ctx.addIssue({ code: 'custom', path: ['text', 'recipe'], message: `a "${c.text.recipe}" check cannot be in category "${c.category}"` });
    }
  });
export type DataCheck = z.infer<typeof DataCheck>;
