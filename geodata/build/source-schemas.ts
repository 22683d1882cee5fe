import { z } from 'zod';
import { AreaGeometry } from '../../src/schema/index.ts';

/**
 * Schemas of the vendored Natural Earth extracts (geodata/sources/*.geojson). Only the properties
 * the build reads are required; the rest of NE's fields pass through untouched (looseObject), so a
 * newer extract with extra fields still builds. Names from NE are never read: they mislabel Lachin.
 */

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const LineGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2)).min(1) }),
]);
export type LineGeometry = z.infer<typeof LineGeometry>;

const feature = <P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) =>
  z.looseObject({ type: z.literal('Feature'), properties, geometry });

export const RayonFeature = feature(
  z.looseObject({ adm1_code: z.string().regex(/^AZE-\d+$/, 'must be a Natural Earth adm1_code like AZE-1735') }),
  AreaGeometry,
);
export const CountryFeature = feature(
  z.looseObject({ adm0_a3: z.string().regex(/^[A-Z]{3}$/), admin: z.string().trim().min(1) }),
  AreaGeometry,
);
export const NkaoFeature = feature(z.looseObject({ comment: z.string() }), AreaGeometry);
export const RiverFeature = feature(z.looseObject({ name: z.string().trim().min(1).nullable() }), LineGeometry);
export const LakeFeature = feature(z.looseObject({ name: z.string().trim().min(1).nullable() }), AreaGeometry);

export type RayonFeature = z.infer<typeof RayonFeature>;
export type CountryFeature = z.infer<typeof CountryFeature>;
export type NkaoFeature = z.infer<typeof NkaoFeature>;
export type RiverFeature = z.infer<typeof RiverFeature>;
export type LakeFeature = z.infer<typeof LakeFeature>;

/** The collection wrapper; features are parsed one by one so a message can name the bad one. */
export const FeatureCollectionShell = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});
