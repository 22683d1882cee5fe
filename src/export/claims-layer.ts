/**
 * The claims of a view as a GIS layer: one Point feature per claim, every property a flat column
 * (the CSV's columns: value, hedge, unit, date, party, side, how the quote was read, source,
 * locator, quote, and the view's permalink, data version and export time), so that QGIS, GDAL
 * and a Shapefile keep every figure as a row. One geometry type in the file.
 *
 * A point only places the row on a map: `point_is` says what it is. A district's label point, a
 * place's sourced coordinates, or for a place no source locates a point inside the area the
 * descriptions allow: never a location the sources give.
 */
import { pointOnFeature } from '@turf/turf';
import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import { CLAIMS_LAYER } from '../i18n/en-cite.ts';
import type { EventFeature } from '../schema/index.ts';
import { claimRow, CSV_COLUMNS, extentOf, type ExportMeta } from './data-export.ts';
import { claimsInView, type InView } from './in-view.ts';

type Position = [number, number];

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
const pointOf = (features: readonly EventFeature[]): Position => {
  const p = pointOnFeature({ type: 'FeatureCollection', features: [...features] } as never).geometry.coordinates;
  return [round5(p[0] ?? 0), round5(p[1] ?? 0)];
};

/** Where each subject in view is put, and what that point is. */
function anchors(index: AtlasIndex, view: InView): Map<string, { at: Position; point_is: string }> {
  const out = new Map<string, { at: Position; point_is: string }>();
  for (const f of view.districts) {
    const p = index.propsById.get(f.properties.id as PlaceId);
    if (p) out.set(f.properties.id, { at: [p.label_lon, p.label_lat], point_is: CLAIMS_LAYER.districtPoint });
  }
  const byEvent = new Map<string, EventFeature[]>();
  for (const f of view.eventFeatures) {
    byEvent.set(f.properties.event, [...(byEvent.get(f.properties.event) ?? []), f]);
    const { kind, id } = f.properties;
    if (kind === 'measure' || kind === 'uncertainty' || kind === 'corridor' || out.has(id)) continue;
    const point_is = kind === 'place' ? CLAIMS_LAYER.placePoint(f.properties.precision) : kind === 'route' ? CLAIMS_LAYER.routePoint : CLAIMS_LAYER.describedPoint;
    out.set(id, { at: pointOf([f]), point_is });
  }
  for (const [event, features] of byEvent) out.set(event, { at: pointOf(features), point_is: CLAIMS_LAYER.eventPoint });
  return out;
}

export interface ClaimsLayer {
  type: 'FeatureCollection';
  bbox: [number, number, number, number];
  features: Array<{ type: 'Feature'; id: string; geometry: { type: 'Point'; coordinates: Position }; properties: Record<string, string | number | null> }>;
}

export function claimsLayer(index: AtlasIndex, view: InView, meta: ExportMeta): ClaimsLayer {
  const where = anchors(index, view);
  const features = claimsInView(index, view).flatMap((c) => {
    const a = where.get(c.subject);
    if (!a) return [];
    const row = claimRow(c, index, meta);
    // the CSV's columns in its order, then what the point is; null, not a missing key, for an empty cell
    const properties: Record<string, string | number | null> = Object.fromEntries([...CSV_COLUMNS.map((k) => [k, row[k] ?? null]), ['point_is', a.point_is]]);
    return [{ type: 'Feature' as const, id: c.id, geometry: { type: 'Point' as const, coordinates: a.at }, properties }];
  });
  return { type: 'FeatureCollection', bbox: features.length > 0 ? extentOf(features) : view.bbox, features };
}
