import type { ExpressionSpecification } from 'maplibre-gl';

/** The id of the NKAO outline feature (src/schema/ids.ts NKAO_ID). */
export const NKAO_FEATURE = 'nkao';

/** The NKAO outline feature, and everything else in the districts source. */
export const isNkao: ExpressionSpecification = ['==', ['get', 'id'], NKAO_FEATURE];
export const isNotNkao: ExpressionSpecification = ['!=', ['get', 'id'], NKAO_FEATURE];

/** A colour per group id, read from the same record as the legend. */
export function groupLineColor(colours: Readonly<Record<string, string>>, fallback: string): ExpressionSpecification {
  const pairs: string[] = [];
  for (const [group, colour] of Object.entries(colours)) pairs.push(group, colour);
  return ['match', ['get', 'group'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** 1 while the feature is hovered or selected (feature-state), else 0. */
export const highlighted: ExpressionSpecification = [
  'case',
  ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'selected'], false]],
  1,
  0,
];
