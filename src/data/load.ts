import type { z } from 'zod';
import { AtlasFirst, ContextCollection, DistrictCollection, EventCollection } from '../schema/index.ts';
import { DataLoadError, fetchJson, parseWith } from './fetch-data.ts';

export { DataLoadError, parseWith, recordIdAt } from './fetch-data.ts';

export interface AtlasData {
  districts: DistrictCollection;
  context: ContextCollection;
  events: EventCollection;
  atlas: AtlasFirst;
}

/** The files the page loads, relative to the app's base URL (served by the vite geodata plugin). */
export const DATA_FILES = {
  districts: 'data/districts.geojson',
  context: 'data/context.geojson',
  events: 'data/events.geojson',
  atlas: 'data/atlas.json',
} as const;

/** What the page could load: the data, and the map layers it had to leave out (each named). */
export interface LoadedAtlas {
  data: AtlasData;
  /** a failed basemap or event file: the map and the figures work without it, and the page says so */
  problems: DataLoadError[];
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * Fetches and validates the four data files. The figures (atlas.json) and the districts they are
 * about (districts.geojson) are required: their failure rejects with a DataLoadError. The basemap
 * (context.geojson) and the event marks (events.geojson) only draw: without them the map shows
 * the districts, the figures are all there, and `problems` names what is missing.
 */
export async function loadAtlasData(baseUrl: string): Promise<LoadedAtlas> {
  const url = (file: string) => `${baseUrl.replace(/\/?$/, '/')}${file}`;
  const load = <T extends z.ZodType>(file: string, schema: T) => fetchJson(url(file), file).then((raw) => parseWith(schema, raw, file));
  const optional = <T>(p: Promise<T>, empty: T, problems: DataLoadError[]) =>
    p.catch((e: unknown) => {
      if (!(e instanceof DataLoadError)) throw e;
      problems.push(e);
      return empty;
    });
  const problems: DataLoadError[] = [];
  const [districts, context, events, atlas] = await Promise.all([
    load(DATA_FILES.districts, DistrictCollection),
    optional(load(DATA_FILES.context, ContextCollection), EMPTY, problems),
    optional(load(DATA_FILES.events, EventCollection), EMPTY, problems),
    load(DATA_FILES.atlas, AtlasFirst),
  ]);
  return { data: { districts, context, events, atlas }, problems };
}
