import { z } from 'zod';
import { ShortText } from './common.ts';
import { DistrictId } from './ids.ts';

/**
 * A named town of the vendored gazetteer (GeoNames), as the page's search finds it: the name as
 * GeoNames writes it, the country code, the point, and the district it lies in, which the build
 * reads from GeoNames' first-level division (geodata/build/place-towns.ts); null when that is none
 * of the atlas's districts (Baku, Barda, Yerevan).
 */
export const Town = z.strictObject({
  name: ShortText,
  /** ISO 3166-1 alpha-2, as GeoNames gives it */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code like AZ'),
  /** [lon, lat], 5 decimals at most */
  point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  district: DistrictId.nullable(),
});
export type Town = z.infer<typeof Town>;
