import type { ExpressionSpecification } from 'maplibre-gl';
import type { IdpClass } from '../config/classes.ts';

/**
 * fill-color for displaced people, read from the same class constant as the legend: `step` over
 * the class minima, and the no-figure colour when `idp` is not a number. Wrapped in `to-color`
 * so the expression evaluates to a colour even outside a paint property (the e2e test evaluates
 * it with the style-spec's `createExpression` and no property spec).
 */
export function idpFillColor(classes: readonly IdpClass[], noFigure: string): ExpressionSpecification {
  const [first, ...rest] = classes;
  if (!first) throw new Error('idpFillColor: no classes');
  const steps: (string | number)[] = [first.color];
  for (const c of rest) steps.push(c.min, c.color);
  return [
    'to-color',
    [
      'case',
      ['==', ['typeof', ['get', 'idp']], 'number'],
      ['step', ['number', ['get', 'idp']], ...steps] as unknown as ExpressionSpecification,
      noFigure,
    ],
  ];
}

/** True for the feature with no displaced-people figure (idp null or absent). */
export const hasNoIdpFigure: ExpressionSpecification = ['!=', ['typeof', ['get', 'idp']], 'number'];

/** The NKAO outline feature, and everything else in the districts source. */
export const isNkao: ExpressionSpecification = ['==', ['get', 'id'], 'nkao'];
export const isNotNkao: ExpressionSpecification = ['!=', ['get', 'id'], 'nkao'];

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
