import { z } from 'zod';
import { ShortText } from './common.ts';
import { DistrictProps } from './district.ts';
import { EventFeatureProps } from './event.ts';

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z.array(Position).min(4, 'a linear ring needs at least 4 positions');

export const PolygonGeometry = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) });
export const MultiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring).min(1)).min(1),
});
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
const LineGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2)).min(1) }),
]);

export const DistrictFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: DistrictProps,
  geometry: AreaGeometry,
});
export type DistrictFeature = z.infer<typeof DistrictFeature>;

export const DistrictCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(DistrictFeature).min(1),
});
export type DistrictCollection = z.infer<typeof DistrictCollection>;

/** Drawn for orientation only: no figures, no popups. */
export const ContextProps = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('country'), id: z.string().regex(/^[A-Z]{3}$/), name: ShortText }),
  z.strictObject({ kind: z.literal('rayon'), id: z.string().regex(/^AZE-\d+$/) }),
  z.strictObject({ kind: z.literal('lake'), name: ShortText.nullable() }),
  z.strictObject({ kind: z.literal('river'), name: ShortText.nullable() }),
]);
export type ContextProps = z.infer<typeof ContextProps>;

export const ContextFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: ContextProps,
  geometry: z.union([AreaGeometry, LineGeometry]),
});
export const ContextCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(ContextFeature).min(1),
});
export type ContextCollection = z.infer<typeof ContextCollection>;

export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });

/** geodata/events.geojson: places, areas, routes and measures of the event layer. */
export const EventFeature = z
  .strictObject({
    type: z.literal('Feature'),
    properties: EventFeatureProps,
    geometry: z.union([PointGeometry, AreaGeometry, LineGeometry]),
  })
  .superRefine((f, ctx) => {
    const want = { place: 'Point', uncertainty: 'Polygon', 'described-area': 'Polygon', route: 'LineString', corridor: 'Polygon', measure: 'LineString' }[f.properties.kind];
    const got = f.geometry.type.replace(/^Multi/, '');
    if (got !== want) ctx.addIssue({ code: 'custom', path: ['geometry', 'type'], message: `a ${f.properties.kind} feature needs a ${want} geometry` });
  });
export type EventFeature = z.infer<typeof EventFeature>;

export const EventCollection = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(EventFeature),
});
export type EventCollection = z.infer<typeof EventCollection>;
