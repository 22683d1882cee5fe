import { z } from 'zod';
import { ShortText } from './common.ts';
import { DistrictProps } from './district.ts';
import { EventFeatureProps } from './event.ts';

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
type Position = z.infer<typeof Position>;

/** Why a value is not a [lon, lat] position, or null when it is one. */
function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length !== 2) return 'expected a [longitude, latitude] pair';
  const [lon, lat] = p as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) return `longitude must be a number from -180 to 180, got ${JSON.stringify(lon)}`;
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) return `latitude must be a number from -90 to 90, got ${JSON.stringify(lat)}`;
  return null;
}

/**
 * A list of positions, checked in one loop rather than by a zod schema per number: the page
 * re-validates some 30,000 coordinates at every load, and a tuple schema per position cost more
 * time than drawing them. The first bad position is reported with its index, as zod would.
 */
const Positions = (min: number, message: string): z.ZodType<Position[]> =>
  z
    .array(z.unknown())
    .min(min, message)
    .superRefine((list, ctx) => {
      for (let i = 0; i < list.length; i++) {
        const problem = positionProblem(list[i]);
        if (problem) {
          ctx.addIssue({ code: 'custom', path: [i], message: problem });
          return;
        }
      }
    }) as unknown as z.ZodType<Position[]>; // the loop above is the check the cast stands for
const Ring = Positions(4, 'a linear ring needs at least 4 positions');

export const PolygonGeometry = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) });
export const MultiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring).min(1)).min(1),
});
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
const LineGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LineString'), coordinates: Positions(2, 'a line needs at least 2 positions') }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(Positions(2, 'a line needs at least 2 positions')).min(1) }),
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
