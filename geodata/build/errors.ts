import { isAbsolute, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { formatPath } from '../../src/lib/field-path.ts';

/** The repository root: messages name files relative to it, as a reviewer would type them. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * A problem in the input data (not a bug in the build). The build stops at the first one and the
 * CLI prints only its message, so the message alone must say where to look: file, record, field.
 */
export class DataError extends Error {
  override name = 'DataError';
}

/** Path relative to the repo when inside it (e.g. `geodata/claims/sources.json`), else absolute. */
export function displayPath(abs: string): string {
  const rel = relative(REPO_ROOT, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
}


/** How a record is named in a message: `claim "seed-idp-lachin"`, or `claim #3` when it has no usable id. */
export function recordLabel(kind: string, id: unknown, index: number): string {
  return typeof id === 'string' && id.trim() !== '' ? `${kind} "${id}"` : `${kind} #${index}`;
}

/** One line per problem: `<file>: <record>: field <path>: <what is wrong>`. */
export function fieldError(file: string, record: string, path: readonly PropertyKey[] | string, what: string): DataError {
  const p = typeof path === 'string' ? path : formatPath(path);
  return new DataError(`${file}: ${record}: ${p === '' ? 'record' : `field ${p}`}: ${what}`);
}

/**
 * zod's messages start with "Invalid input: " and unions only say "Invalid input"; rewrite the
 * first issue so it reads "expected number, received string" or lists the accepted values.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
    const values = issue.errors.flat().flatMap((sub) => (sub.code === 'invalid_value' ? sub.values : []));
    if (values.length > 0) return `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
    const first = issue.errors[0]?.[0];
    if (first) return describeIssue(first);
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/** Parse one record; on failure throw a DataError naming file, record and the first failing field. */
export function parseRecord<S extends z.ZodType>(schema: S, data: unknown, file: string, record: string): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (!issue) throw new DataError(`${file}: ${record}: invalid`);
  // Issues inside a union branch carry their own sub-path; prefer the deepest one we can name.
  let path: PropertyKey[] = [...issue.path];
  let what = describeIssue(issue);
  if (issue.code === 'invalid_union' && 'errors' in issue) {
    const deepest = issue.errors.flat().find((s) => s.code !== 'invalid_value' && s.path.length > 0);
    if (deepest && !what.startsWith('expected one of')) {
      path = [...path, ...deepest.path];
      what = describeIssue(deepest);
    }
  }
  throw fieldError(file, record, path, what);
}
