import { z } from 'zod';
import { LongText, ShortText, Slug } from './common.ts';

/**
 * geodata/claims/coverage.json: every figure and date of the seed article, each either entered as
 * claims or set aside with a reason. `id` is the record of the research list it was
 * first listed in (the leads list of the article's figures, S-001…S-129); the file itself is what the
 * tests and the build read, so CI needs nothing outside the repository.
 */
export const ArticleFigure = z
  .strictObject({
    id: z.string().regex(/^S-\d{3}$/, 'must be a figure id like S-042'),
    /** the figure as printed: "568,000", "25–26 February 1992", "366th" */
    figure: ShortText,
    /** the article's words around it, verbatim as seed-verbatim quotes are (src/lib/quote-text.ts) */
    quote: LongText,
    /** ids of the claims that hold it; empty only when it is out of scope */
    claims: z.array(Slug),
    /** why it is not in the data ("historical background before 1988, not a figure about…") */
    out_of_scope: LongText.optional(),
  })
  .superRefine((f, ctx) => {
    if ((f.claims.length > 0) === (f.out_of_scope !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['claims'], message: 'give either claims or out_of_scope, not both and not neither' });
    }
  });
export type ArticleFigure = z.infer<typeof ArticleFigure>;

/** Digits in the article that are not figures (a citation's year, a page number), with why. */
export const NotAFigure = z.strictObject({ quote: LongText, reason: ShortText });
export type NotAFigure = z.infer<typeof NotAFigure>;

export const CoverageFile = z.strictObject({
  figures: z.array(ArticleFigure).min(1),
  not_figures: z.array(NotAFigure),
});
export type CoverageFile = z.infer<typeof CoverageFile>;

/** What atlas.json carries: the counts, and each figure left out with its reason. */
export const CoverageSummary = z.strictObject({
  total: z.number().int().positive(),
  in_data: z.number().int().nonnegative(),
  out_of_scope: z.array(z.strictObject({ id: ShortText, figure: ShortText, reason: LongText })),
  /** in_data / total, one decimal, computed at build */
  percent: z.number().min(0).max(100),
});
export type CoverageSummary = z.infer<typeof CoverageSummary>;
