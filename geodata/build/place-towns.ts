import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fold } from '../../src/lib/search-text.ts';
import { DistrictId, NKAO_ID, ShortText, Town, type DistrictRecord } from '../../src/schema/index.ts';
import { DataError, displayPath, parseRecord, recordLabel } from './errors.ts';
import { readJson } from './read-inputs.ts';
import { round5 } from './round-coords.ts';
import { FeatureCollectionShell } from './source-schemas.ts';

/** The vendored GeoNames extract: the page's search finds every town it names. */
export const PLACES_FILE = 'places.geojson';

/** Only what the search needs is read; GeoNames' codes pass through unread (looseObject). */
const PlaceFeature = z.looseObject({
  type: z.literal('Feature'),
  properties: z.looseObject({ name: ShortText, country: Town.shape.country, admin1_name: ShortText.nullable() }),
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: Town.shape.point }),
});

/** "Fuzuli District", "Lachin Rayon", "Yevlax City": the division's name without the word for its kind. */
const divisionName = (admin1: string): string => fold(admin1).replace(/ (district|rayon|city)$/, '');

/**
 * The gazetteer's towns, in the file's order, each with the district GeoNames puts it in: its
 * first-level division, matched by name to a district's names and aliases ("Xankǝndi",
 * "Lachin Rayon", "Nakhchivan"). The gazetteer's word is taken rather than a test of the point
 * against the drawn outline, because the 1:10m outlines are coarse: GeoNames' point of Laçın
 * falls inside the drawn Şuşa, its Jabrayil inside the drawn Xocavənd (tests/data/towns.test.ts
 * lists them). A division that is none of the atlas's districts (Barda, Gǝncǝ, a province of
 * Armenia) gives null. A missing file gives no towns (the test fixtures have none); a present one
 * must be valid, two towns may not share a name, and a division may not match two districts.
 */
export function placeTowns(sourcesDir: string, districts: readonly DistrictRecord[]): Town[] {
  const abs = join(sourcesDir, PLACES_FILE);
  if (!existsSync(abs)) return [];
  const file = displayPath(abs);
  const shell = parseRecord(FeatureCollectionShell, readJson(abs), file, 'collection');
  const namesOf = (d: DistrictRecord) => new Set([d.name_az, d.name_en, ...d.aliases.map((a) => a.name)].map(fold));
  const candidates = districts.filter((d) => d.id !== NKAO_ID).map((d) => ({ id: DistrictId.parse(d.id), names: namesOf(d) }));
  const seen = new Set<string>();
  return shell.features.map((raw, i) => {
    const name = (raw as { properties?: { name?: unknown } } | null)?.properties?.name;
    const label = recordLabel('feature', name, i);
    const place = parseRecord(PlaceFeature, raw, file, label);
    const { name: text, country, admin1_name: admin1 } = place.properties;
    if (seen.has(text)) throw new DataError(`${file}: ${label}: field properties.name: a second town of this name (the search could not tell them apart)`);
    seen.add(text);
    const division = country === 'AZ' && admin1 !== null ? divisionName(admin1) : null;
    const matches = division === null ? [] : candidates.filter((d) => d.names.has(division));
    if (matches.length > 1) throw new DataError(`${file}: ${label}: field properties.admin1_name: "${admin1}" names more than one district (${matches.map((d) => d.id).join(', ')})`);
    const [lon, lat] = place.geometry.coordinates;
    const point: [number, number] = [round5(lon), round5(lat)];
    return parseRecord(Town, { name: text, country, point, district: matches[0]?.id ?? null }, file, label);
  });
}
