/** Fetching and parsing one data file, with errors that name the file, the field and the record. */
import type { z } from 'zod';
import './zod-jitless.ts';
import { formatPath } from '../lib/field-path.ts';

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

export async function fetchJson(url: string, file: string): Promise<unknown> {
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

