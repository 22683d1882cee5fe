import { z } from 'zod';
import { ShortText } from './common.ts';
import { Metric } from './metric.ts';
import { NKAO_ID, DistrictId, SubjectId } from './ids.ts';
import { POPULATIONS } from './metric-table.ts';
import { PartyId, Side } from './party.ts';

/** What the districts can be shaded by: displaced people (the default) or one damage metric. */
export const ThemeId = Metric;
export type ThemeId = z.infer<typeof ThemeId>;

/** The theme a page without a choice shows. */
export const DEFAULT_THEME_ID = 'idp' as const satisfies ThemeId;

/**
 * One class of a theme: numbers from `min` (inclusive) to `below` (exclusive; null for the open
 * top class). `max` is the largest whole number in it when every value is whole ("10,000–49,999"),
 * else null (the legend then reads "to under").
 */
export const ThemeClassRange = z.strictObject({
  min: z.number(),
  below: z.number().nullable(),
  max: z.number().nullable(),
});
export type ThemeClassRange = z.infer<typeof ThemeClassRange>;

/**
 * How one place is drawn: the classes its figures fall in (one: that class; more: "sources
 * differ") and the ids of the claims behind them. A place not listed has no figure.
 */
export const ThemeShade = z.strictObject({
  place: z.union([DistrictId, z.literal(NKAO_ID)]),
  classes: z.array(z.number().int().min(0)).min(1),
  claims: z.array(ShortText).min(1),
});
export type ThemeShade = z.infer<typeof ThemeShade>;

/**
 * Figures of a theme's metric about a place the map draws no shading for (the country, an area a
 * source names without an outline): listed beside the legend, never spread over districts.
 */
export const ThemeElsewhere = z.strictObject({
  subject: SubjectId,
  claims: z.array(ShortText).min(1),
});
export type ThemeElsewhere = z.infer<typeof ThemeElsewhere>;

/** A party whose figures a theme draws or lists, and its side: the legend names who speaks. */
export const ThemeParty = z.strictObject({ id: PartyId, name: ShortText, side: Side });
export type ThemeParty = z.infer<typeof ThemeParty>;

/**
 * A theme as the build computes it from every claim: breaks, the class of every place and the
 * claims behind it. The page paints, lists and exports from this alone; it never classes a figure.
 */
export const ThemeModel = z.strictObject({
  id: ThemeId,
  /** which colour ramp the classes take */
  ramp: z.enum(['idp', 'damage']),
  classes: z.array(ThemeClassRange).min(1),
  /** every value is a whole number: classes read "100–499" */
  integer: z.boolean(),
  shades: z.array(ThemeShade),
  /** smallest and largest number drawn */
  extent: z.tuple([z.number(), z.number()]),
  /** units as the claims state them, in first-use order */
  units: z.array(ShortText),
  /** years of the figures drawn, ascending */
  years: z.array(z.number().int()),
  /** some value is hedged ("more than N"): classed at N */
  hedged: z.boolean(),
  /** some value is a range: both ends are classed */
  ranges: z.boolean(),
  /** a displacement theme: the population and period it counts; null for the other themes */
  population: z.enum(POPULATIONS).nullable(),
  /** figures of the metric about places without a shading, in the data's order of subjects */
  elsewhere: z.array(ThemeElsewhere),
  /** who states the figures drawn and listed, in first use (drawn first); displacement themes only */
  parties: z.array(ThemeParty),
});
export type ThemeModel = z.infer<typeof ThemeModel>;
