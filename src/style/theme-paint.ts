/**
 * The paint of a theme (issue 6), as data: for each district layer a theme touches, its filter,
 * the paint properties it sets and its visibility. Pure; src/app/theme-layer.ts applies it with
 * setFilter / setPaintProperty / setLayoutProperty. The displaced-people paint is read from the
 * very layer specs the style starts with (district-layers.ts), so switching back restores it
 * exactly.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { IMAGE, LAYER, type LayerId } from '../config/layers.ts';
import { NO_FIGURE, SOURCES_DIFFER } from '../config/palette.ts';
import { districtLayers, placeIn } from './district-layers.ts';
import { isNotNkao } from './expressions.ts';

/** What a damage theme draws, per place id ("lachin", "nkao"); a place in neither list has no figure. */
export interface ThemeShading {
  /** places whose figures all fall in one class, with that class's colour */
  fills: ReadonlyArray<{ id: string; color: string }>;
  /** places whose figures fall in different classes: drawn with the "sources differ" stripes */
  differ: readonly string[];
}

/** A paint property's name, as map.setPaintProperty takes it. */
export type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

/** One layer's part of a theme: `undefined` for a paint property resets it to MapLibre's default. */
export interface LayerThemePaint {
  layer: LayerId;
  filter: FilterSpecification | null;
  paint: Partial<Record<PaintName, unknown>>;
  visibility: 'visible' | 'none';
}

/** The layers and paint properties a theme sets, and nothing else. */
const THEMED: ReadonlyArray<{ layer: LayerId; props: readonly PaintName[] }> = [
  { layer: LAYER.districtFill, props: ['fill-color'] },
  { layer: LAYER.districtNoFigure, props: [] },
  { layer: LAYER.districtDiffer, props: [] },
  { layer: LAYER.nkaoFill, props: ['fill-color'] },
  { layer: LAYER.nkaoBand, props: ['line-color', 'line-pattern'] },
];

/** Every layer a theme may change (the e2e tests read their paint). */
export const THEMED_LAYERS: readonly LayerId[] = THEMED.map((t) => t.layer);

function specOf(layers: readonly LayerSpecification[], id: LayerId): LayerSpecification {
  const spec = layers.find((l) => l.id === id);
  if (!spec) throw new Error(`theme-paint: no layer ${id} in districtLayers()`);
  return spec;
}

/** The displaced-people paint: today's style, property for property. */
export function idpThemePaint(): LayerThemePaint[] {
  const layers = districtLayers();
  return THEMED.map(({ layer, props }) => {
    const spec = specOf(layers, layer);
    const paint = (spec.paint ?? {}) as Record<string, unknown>;
    const layout = (spec.layout ?? {}) as { visibility?: 'visible' | 'none' };
    return {
      layer,
      filter: 'filter' in spec ? (spec.filter ?? null) : null,
      paint: Object.fromEntries(props.map((p) => [p, paint[p]])),
      visibility: layout.visibility ?? 'visible',
    };
  });
}

/**
 * fill-color by place id: each class colour for its places, the lighter stripe colour under the
 * "sources differ" stripes, the no-figure grey for the rest. A `match` on the id, wrapped in
 * `to-color` like the displaced-people expression (the e2e tests evaluate it outside a paint
 * property).
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

/** The paint of a damage theme. */
export function damageThemePaint(shading: ThemeShading): LayerThemePaint[] {
  const withFigure = [...shading.fills.map((f) => f.id), ...shading.differ];
  const fill = themeFillColor(shading);
  const nkaoDiffers = shading.differ.includes('nkao');
  const base = idpThemePaint();
  const over: Record<string, Omit<LayerThemePaint, 'layer'>> = {
    [LAYER.districtFill]: { filter: isNotNkao, paint: { 'fill-color': fill }, visibility: 'visible' },
    [LAYER.districtNoFigure]: { filter: ['all', isNotNkao, ['!', placeIn(withFigure)]], paint: {}, visibility: 'visible' },
    [LAYER.districtDiffer]: {
      filter: ['all', isNotNkao, placeIn(shading.differ)],
      paint: {},
      visibility: shading.differ.some((id) => id !== 'nkao') ? 'visible' : 'none',
    },
    [LAYER.nkaoFill]: { filter: base.find((b) => b.layer === LAYER.nkaoFill)?.filter ?? null, paint: { 'fill-color': fill }, visibility: 'visible' },
    [LAYER.nkaoBand]: {
      filter: base.find((b) => b.layer === LAYER.nkaoBand)?.filter ?? null,
      // the band of a former NKAO whose figures differ carries the stripes along it
      paint: { 'line-color': fill, 'line-pattern': nkaoDiffers ? IMAGE.sourcesDiffer : undefined },
      visibility: 'visible',
    },
  };
  return THEMED.map(({ layer }) => ({ layer, ...over[layer]! }));
}
