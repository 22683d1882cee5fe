import type { z } from 'zod';
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

/** Fetches and validates the four data files; the first failure rejects with a DataLoadError. */
export async function loadAtlasData(baseUrl: string): Promise<AtlasData> {
  const url = (file: string) => `${baseUrl.replace(/\/?$/, '/')}${file}`;
  const [districts, context, events, atlas] = await Promise.all([
    fetchJson(url(DATA_FILES.districts), DATA_FILES.districts).then((raw) =>
      parseWith(DistrictCollection, raw, DATA_FILES.districts),
    ),
    fetchJson(url(DATA_FILES.context), DATA_FILES.context).then((raw) =>
      parseWith(ContextCollection, raw, DATA_FILES.context),
    ),
    fetchJson(url(DATA_FILES.events), DATA_FILES.events).then((raw) => parseWith(EventCollection, raw, DATA_FILES.events)),
    fetchJson(url(DATA_FILES.atlas), DATA_FILES.atlas).then((raw) => parseWith(Atlas, raw, DATA_FILES.atlas)),
  ]);
  return { districts, context, events, atlas };
}
