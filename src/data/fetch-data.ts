/** Fetching and parsing one data file, with errors that name the file, the field and the record. */
import type { z } from 'zod';
import './zod-jitless.ts';
import { formatPath } from '../lib/field-path.ts';
import { fileTimeoutMs, noAnswer } from './file-timeout.ts';

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

/**
 * The bytes of one file, or a DataLoadError naming it: not answered (a network error, a blocked
 * request), an HTTP error, or nothing received for `timeoutMs` (fileTimeoutMs(): the wait
 * restarts with every piece that arrives, so only a file that stalls is given up on).
 */
export async function fetchBytes(url: string, file: string, timeoutMs = fileTimeoutMs()): Promise<Uint8Array<ArrayBuffer>> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeoutMs);
  };
  const failed = (e: unknown, what: string) =>
    controller.signal.aborted ? new DataLoadError(noAnswer(file, timeoutMs), file) : new DataLoadError(`${file}: ${what} (${e instanceof Error ? e.message : String(e)})`, file);
  wait();
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal });
    } catch (e) {
      throw failed(e, 'could not be fetched');
    }
    if (!res.ok) throw new DataLoadError(`${file}: HTTP ${res.status} ${res.statusText}`.trim(), file);
    if (!res.body) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    // the browser errors the body when the fetch is aborted; this does not rely on it
    const abandoned = new Promise<never>((_, reject) =>
      controller.signal.addEventListener('abort', () => {
        reject(new Error('aborted'));
        reader.cancel().catch(() => undefined);
      }),
    );
    abandoned.catch(() => undefined);
    const parts: Uint8Array[] = [];
    let length = 0;
    try {
      for (;;) {
        wait();
        const { done, value } = await Promise.race([reader.read(), abandoned]);
        if (done) break;
        parts.push(value);
        length += value.length;
      }
    } catch (e) {
      throw failed(e, 'stopped arriving');
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchJson(url: string, file: string, timeoutMs = fileTimeoutMs()): Promise<unknown> {
  const bytes = await fetchBytes(url, file, timeoutMs);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new DataLoadError(`${file}: is not valid JSON`, file);
  }
}
