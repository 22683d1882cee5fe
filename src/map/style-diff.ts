/**
 * The one paint path: a new style (a pure function of the data and the reader's choices) is
 * applied to the live map as the difference of its layers' filters, paint and layout from the
 * style applied before. The sources never change after load, so nothing is re-parsed or re-tiled.
 */
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

type Props = Record<string, unknown>;

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The changes from `prev` to `next`, as MapLibre setter calls; layers must be the same ids in the same order. */
export interface LayerChange {
  layer: string;
  filter?: { value: unknown };
  paint: Array<[string, unknown]>;
  layout: Array<[string, unknown]>;
}

export function layerChanges(prev: StyleSpecification, next: StyleSpecification): LayerChange[] {
  const before = new Map(prev.layers.map((l) => [l.id, l]));
  const changes: LayerChange[] = [];
  for (const layer of next.layers) {
    const old = before.get(layer.id);
    if (!old) throw new Error(`style-diff: layer ${layer.id} is new; the layers of a style never change`);
    const change: LayerChange = { layer: layer.id, paint: [], layout: [] };
    const filterOf = (l: LayerSpecification) => ('filter' in l ? l.filter : undefined);
    if (!same(filterOf(old), filterOf(layer))) change.filter = { value: filterOf(layer) ?? null };
    for (const key of ['paint', 'layout'] as const) {
      const a = ((old as { [k: string]: unknown })[key] ?? {}) as Props;
      const b = ((layer as { [k: string]: unknown })[key] ?? {}) as Props;
      for (const prop of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!same(a[prop], b[prop])) change[key].push([prop, b[prop]]);
      }
    }
    if (change.filter || change.paint.length || change.layout.length) changes.push(change);
  }
  return changes;
}

/** Image ids a style's patterns name: they must exist before an export copies the map's images. */
export function patternImages(style: StyleSpecification): string[] {
  const ids = new Set<string>();
  for (const l of style.layers) {
    const paint = ((l as { paint?: Props }).paint ?? {}) as Props;
    for (const key of ['fill-pattern', 'line-pattern']) {
      const v = paint[key];
      if (typeof v === 'string') ids.add(v);
    }
  }
  return [...ids];
}

export function applyLayerChanges(map: MapLibreMap, changes: readonly LayerChange[]): void {
  for (const c of changes) {
    if (!map.getLayer(c.layer)) continue;
    if (c.filter) map.setFilter(c.layer, c.filter.value as Parameters<MapLibreMap['setFilter']>[1]);
    // undefined resets a property to MapLibre's default (a pattern removed, a visibility dropped)
    for (const [prop, value] of c.paint) // a property name from our own style: MapLibre's union of names is not worth restating here
      map.setPaintProperty(c.layer, prop as never, value as never);
    for (const [prop, value] of c.layout) map.setLayoutProperty(c.layer, prop as never, value as never);
  }
}
