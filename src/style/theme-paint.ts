/**
 * What a theme paints, as data the district layers are built from: per place, the colour of its
 * class, or the "sources differ" stripes. Displaced people and every damage metric go through
 * this one function, from the build's theme model.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { NO_FIGURE, SOURCES_DIFFER } from '../config/palette.ts';
import type { Theme } from '../data/themes.ts';

/** What a theme draws, per place id ("lachin", "nkao"); a place in neither list has no figure. */
export interface ThemeShading {
  /** places whose figures all fall in one class, with that class's colour */
  fills: ReadonlyArray<{ id: string; color: string }>;
  /** places whose figures fall in different classes: drawn with the "sources differ" stripes */
  differ: readonly string[];
  /** on the timeline, places of which a part changed control: hatched over their fill */
  partly?: readonly string[];
}

export function themeShading(theme: Theme): ThemeShading {
  const fills: Array<{ id: string; color: string }> = [];
  for (const [id, shade] of theme.shades) {
    if (shade.kind === 'class') fills.push({ id, color: theme.classes[shade.cls]?.color ?? NO_FIGURE.fill });
  }
  return { fills, differ: [...theme.differ] };
}

/**
 * fill-color by place id: each class colour for its places, the lighter stripe colour under the
 * "sources differ" stripes, the no-figure grey for the rest. A `match` on the id, wrapped in
 * `to-color` so that it evaluates to a colour outside a paint property too (the tests do).
 */
export function themeFillColor(shading: ThemeShading): ExpressionSpecification {
  const byColour = new Map<string, string[]>();
  for (const { id, color } of shading.fills) byColour.set(color, [...(byColour.get(color) ?? []), id]);
  if (shading.differ.length > 0) {
    byColour.set(SOURCES_DIFFER.light, [...(byColour.get(SOURCES_DIFFER.light) ?? []), ...shading.differ]);
  }
  const arms: unknown[] = [];
  for (const [color, ids] of byColour) arms.push([...ids], color);
  if (arms.length === 0) return ['to-color', NO_FIGURE.fill];
  return ['to-color', ['match', ['get', 'id'], ...arms, NO_FIGURE.fill]] as unknown as ExpressionSpecification;
}
