/**
 * The thematic choice of the layer control: "Displaced people" (the fixed classes of classes.ts,
 * the default) or one damage metric. Classes of a damage theme are computed from the data at
 * build, never fixed here; their colours are.
 */
import { RAMP_DAMAGE } from './palette.ts';

/** Value kinds that are numbers: only these are drawn (a date, a category or a text is not). */
export const THEME_NUMERIC_KINDS = ['exact', 'about', 'more_than', 'at_least', 'less_than', 'range'] as const;

/** At most this many classes; fewer when the data has fewer distinct values. */
export const MAX_THEME_CLASSES = 4;

/** Class breaks are "nice" numbers: one of these × a power of ten. */
export const NICE_MANTISSAS = [1, 2, 5] as const;

/**
 * Class colours by number of classes, from the damage ramp: light to dark, spread out when there
 * are fewer classes so that neighbouring classes stay easy to tell apart.
 */
export const DAMAGE_CLASS_COLOURS: Readonly<Record<number, readonly string[]>> = {
  1: [RAMP_DAMAGE[2]],
  2: [RAMP_DAMAGE[0], RAMP_DAMAGE[3]],
  3: [RAMP_DAMAGE[0], RAMP_DAMAGE[2], RAMP_DAMAGE[3]],
  4: [RAMP_DAMAGE[0], RAMP_DAMAGE[1], RAMP_DAMAGE[2], RAMP_DAMAGE[3]],
};
