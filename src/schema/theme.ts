import { z } from 'zod';
import { ShortText } from './common.ts';
import { Metric } from './metric.ts';
import { NKAO_ID, DistrictId } from './ids.ts';

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
});
export type ThemeModel = z.infer<typeof ThemeModel>;
