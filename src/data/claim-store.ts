/**
 * The claims of each subject, fetched from data/claims/<subject>.json when a popup, a card, the
 * table or an export needs them (or a little earlier, when the pointer or the focus rests on a
 * place). Everything fetched is kept; the maps below grow and are never emptied, so a view built
 * after `ensure` reads them synchronously.
 */
import type { ChangeTexts, Claim, ClaimFile, Party, Source, SubjectId } from '../schema/index.ts';
import { ClaimFile as ClaimFileSchema } from '../schema/index.ts';
import { DataLoadError, fetchJson, parseWith } from './fetch-data.ts';

/** Where a subject's claims are served, relative to the app's base URL. */
export const claimFilePath = (subject: string): string => `data/claims/${subject}.json`;

export interface ClaimStore {
  /** every claim of every subject loaded so far, by subject (a subject not loaded is absent) */
  readonly bySubject: ReadonlyMap<SubjectId, readonly Claim[]>;
  readonly byId: ReadonlyMap<string, Claim>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly parties: ReadonlyMap<string, Party>;
  /** a district's note, once its file is loaded */
  readonly notes: ReadonlyMap<SubjectId, string>;
  /** an event's summary, once its file is loaded */
  readonly summaries: ReadonlyMap<SubjectId, string>;
  /** the words of a change of control (by change id), once its place's file is loaded */
  readonly changeTexts: ReadonlyMap<string, ChangeTexts>;
  /**
   * Loads the files of these subjects (those that have one; each once). Never rejects: a file
   * that fails is kept in `failures` and named by whoever shows the subject.
   */
  ensure(subjects: readonly SubjectId[]): Promise<void>;
  /** the subject's claims can be read now: loaded, or it has no file */
  ready(subject: SubjectId): boolean;
  /** starts loading without waiting (hover, focus) */
  prefetch(subject: SubjectId): void;
  /** why a subject's file could not be loaded, if it could not */
  failure(subject: SubjectId): DataLoadError | undefined;
}

/** Reads one file: `path` relative to the base URL, `file` the name errors give. */
export type ReadJson = (url: string, file: string) => Promise<unknown>;

export function createClaimStore(baseUrl: string, version: string, withFiles: readonly SubjectId[], read: ReadJson = fetchJson): ClaimStore {
  const base = baseUrl.replace(/\/?$/, '/');
  const has = new Set<string>(withFiles);
  const bySubject = new Map<SubjectId, Claim[]>();
  const byId = new Map<string, Claim>();
  const sources = new Map<string, Source>();
  const parties = new Map<string, Party>();
  const notes = new Map<SubjectId, string>();
  const summaries = new Map<SubjectId, string>();
  const changeTexts = new Map<string, ChangeTexts>();
  const failures = new Map<SubjectId, DataLoadError>();
  const loading = new Map<SubjectId, Promise<void>>();

  const take = (file: ClaimFile) => {
    bySubject.set(file.subject, file.claims);
    for (const c of [...file.claims, ...file.related]) byId.set(c.id, c);
    for (const s of file.sources) sources.set(s.id, s);
    for (const p of file.parties) parties.set(p.id, p);
    if (file.note) notes.set(file.subject, file.note);
    if (file.summary) summaries.set(file.subject, file.summary);
    for (const t of file.control ?? []) changeTexts.set(t.change, t);
  };

  const load = (subject: SubjectId): Promise<void> => {
    let p = loading.get(subject);
    if (p) return p;
    const path = claimFilePath(subject);
    p = read(`${base}${path}`, path)
      .then((raw) => {
        const file = parseWith(ClaimFileSchema, raw, path);
        if (file.subject !== subject) throw new DataLoadError(`${path}: holds the claims of "${file.subject}", not "${subject}"`, path, 'subject');
        if (file.version !== version) throw new DataLoadError(`${path}: is of data version ${file.version}, the page of ${version}`, path, 'version');
        take(file);
        failures.delete(subject);
      })
      .catch((e: unknown) => {
        failures.set(subject, e instanceof DataLoadError ? e : new DataLoadError(`${path}: ${String(e)}`, path));
        // the next opening tries again (a network that came back, a file since restored)
        loading.delete(subject);
      });
    loading.set(subject, p);
    return p;
  };

  return {
    bySubject,
    byId,
    sources,
    parties,
    notes,
    summaries,
    changeTexts,
    ensure: async (subjects) => {
      await Promise.all([...new Set(subjects)].filter((s) => has.has(s)).map(load));
    },
    ready: (subject) => !has.has(subject) || bySubject.has(subject),
    prefetch: (subject) => {
      if (has.has(subject)) void load(subject);
    },
    failure: (subject) => failures.get(subject),
  };
}
