import type { z } from 'zod';
import './zod-jitless.ts';
import { formatPath } from '../lib/field-path.ts';
import { Atlas, ContextCollection, DistrictCollection, EventCollection } from '../schema/index.ts';

export interface AtlasData {
  districts: DistrictCollection;
  context: ContextCollection;
  events: EventCollection;
  atlas: Atlas;
}

/** The files the page loads, relative to the app's base URL (served by the vite geodata plugin). */
export const DATA_FILES = {
  districts: 'data/districts.geojson',
  context: 'data/context.geojson',
  events: 'data/events.geojson',
  atlas: 'data/atlas.json',
} as const;

/** A load or parse failure that names the file, the first failing field and the record it is in. */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly field?: string,
    readonly recordId?: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

type Path = readonly PropertyKey[];


const idOf = (node: unknown): string | undefined => {
  if (typeof node !== 'object' || node === null) return undefined;
  const rec = node as Record<string, unknown>;
  if (typeof rec.id === 'string') return rec.id;
  const props = rec.properties;
  if (typeof props === 'object' && props !== null) {
    const pid = (props as Record<string, unknown>).id;
    if (typeof pid === 'string') return pid;
  }
  return undefined;
};

/** The id of the innermost record along the path that has one ("lachin", "seed-idp-lachin"). */
export function recordIdAt(root: unknown, path: Path): string | undefined {
  let node: unknown = root;
  let found: string | undefined;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    found = idOf(node) ?? found;
  }
  return found;
}

/** Parses already-fetched JSON with a schema, or throws a DataLoadError naming file, field and record. */
export function parseWith<T extends z.ZodType>(schema: T, raw: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = formatPath(path) || '(root)';
  const recordId = recordIdAt(raw, path);
  const where = recordId ? ` in record "${recordId}"` : '';
  throw new DataLoadError(`${file}: ${field}${where}: ${issue?.message ?? 'invalid'}`, file, field, recordId);
}

async function fetchJson(url: string, file: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new DataLoadError(`${file}: could not be fetched (${e instanceof Error ? e.message : String(e)})`, file);
  }
  if (!res.ok) throw new DataLoadError(`${file}: HTTP ${res.status} ${res.statusText}`.trim(), file);
  try {
    return await res.json();
  } catch {
    throw new DataLoadError(`${file}: is not valid JSON`, file);
  }
}

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
    load(DATA_FILES.atlas, Atlas),
  ]);
  return { data: { districts, context, events, atlas }, problems };
}
