import { NO_FIGURE, RAMP_IDP } from './palette.ts';

/**
 * Class breaks for displaced people per district: the ONE constant the fill expression
 * (src/style/expressions.ts) and the legend (src/ui/legend.ts) both read, so they cannot drift.
 * `min`/`max` are inclusive whole persons; the top class is open-ended.
 */
export interface IdpClass {
  readonly min: number;
  readonly max: number;
  readonly color: string;
}

export const IDP_CLASSES: readonly IdpClass[] = [
  { min: 0, max: 9_999, color: RAMP_IDP[0] },
  { min: 10_000, max: 49_999, color: RAMP_IDP[1] },
  { min: 50_000, max: 99_999, color: RAMP_IDP[2] },
  { min: 100_000, max: Number.POSITIVE_INFINITY, color: RAMP_IDP[3] },
];

/** How a district with `idp: null` is drawn: never a class colour, never "zero". */
export const IDP_NO_FIGURE = { color: NO_FIGURE.fill, hatch: NO_FIGURE.hatch } as const;
