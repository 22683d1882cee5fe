/**
 * The built atlas, split in what the page reads first (the map, the lists, the checks) and what it
 * reads when a place is opened (its claims, quotes, sources and parties). Every claim is in
 * exactly one subject's file; a file repeats the claims its own refer to, so a popup needs one file.
 */
import type { Atlas, AtlasFirst, Claim, ClaimFile, Party, Source, SubjectId } from '../../src/schema/index.ts';

export interface SplitAtlas {
  first: AtlasFirst;
  files: ClaimFile[];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Claim ids a subject's popup, card or panel shows besides the subject's own claims. */
function referencedIds(atlas: Atlas, subject: SubjectId, own: readonly Claim[]): string[] {
  const district = atlas.districts.find((d) => d.id === subject);
  const event = atlas.events.find((e) => e.id === subject);
  return unique([
    ...own.flatMap((c) => (c.part_of ? [c.part_of] : [])),
    ...(district?.groups.flatMap((g) => (g.kind === 'claim' ? [g.claim] : [])) ?? []),
    ...(event?.measures.flatMap((m) => m.compare_with) ?? []),
  ]);
}

export function splitAtlas(atlas: Atlas): SplitAtlas {
  const bySubject = new Map<SubjectId, Claim[]>();
  for (const c of atlas.claims) bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  const claimsById = new Map(atlas.claims.map((c) => [c.id, c]));
  const subjectOf = (id: string): SubjectId[] => {
    const c = claimsById.get(id);
    return c ? [c.subject] : [];
  };

  // a change's words travel with its place's claims; a place with changes but no claims of its own gets a file for them
  const textsOf = (subject: SubjectId) =>
    atlas.timeline.changes
      .filter((c) => c.place === subject && (c.part !== undefined || c.basis !== undefined || c.note !== undefined))
      .map((c) => ({ change: c.id, ...(c.part === undefined ? {} : { part: c.part }), ...(c.basis === undefined ? {} : { basis: c.basis }), ...(c.note === undefined ? {} : { note: c.note }) }));
  for (const c of atlas.timeline.changes) if (!bySubject.has(c.place)) bySubject.set(c.place, []);

  const files = [...bySubject].map(([subject, claims]): ClaimFile => {
    const related = referencedIds(atlas, subject, claims)
      .filter((id) => !claims.some((c) => c.id === id))
      .flatMap((id) => claimsById.get(id) ?? []);
    const all = [...claims, ...related];
    const sourceIds = new Set(all.map((c) => c.source));
    const partyIds = new Set(all.flatMap((c) => (c.relayed_by ? [c.claimed_by, c.relayed_by] : [c.claimed_by])));
    const note = atlas.districts.find((d) => d.id === subject)?.note;
    const summary = atlas.events.find((e) => e.id === subject)?.summary;
    const control = textsOf(subject);
    return {
      version: atlas.version,
      subject,
      ...(note ? { note } : {}),
      ...(summary ? { summary } : {}),
      claims,
      related,
      sources: atlas.sources.filter((s: Source) => sourceIds.has(s.id)),
      parties: atlas.parties.filter((p: Party) => partyIds.has(p.id)),
      ...(control.length > 0 ? { control } : {}),
    };
  });

  const first: AtlasFirst = {
    version: atlas.version,
    counts: { claims: atlas.claims.length, sources: atlas.sources.length, parties: atlas.parties.length },
    balance: atlas.balance,
    districts: atlas.districts.map(({ note: _note, ...d }) => d),
    areas: atlas.areas,
    groups: atlas.groups,
    checks: atlas.checks,
    check_subjects: Object.fromEntries(
      atlas.checks.map((c) => [c.id, unique([...c.inputs, ...(c.against === null ? [] : [c.against])].flatMap(subjectOf))]),
    ),
    events: atlas.events.map(({ summary: _summary, ...e }) => e),
    coverage: atlas.coverage,
    themes: atlas.themes,
    timeline: { ...atlas.timeline, changes: atlas.timeline.changes.map(({ part: _p, basis: _b, note: _n, ...c }) => c) },
    claim_files: files.map((f) => f.subject),
    resolutions: atlas.claims.filter((c) => c.metric === 'unsc_resolution').map((c) => ({ claim: c.id, subject: c.subject })),
    towns: atlas.towns,
  };
  return { first, files };
}

/**
 * The whole atlas again from its parts: claims and sources in the files' order (each subject's
 * claims together), parties and sources once each. For tests and tools that read every figure.
 */
export function joinAtlas(first: AtlasFirst, files: readonly ClaimFile[]): Atlas {
  const sources = new Map<string, Source>();
  const parties = new Map<string, Party>();
  for (const f of files) {
    for (const s of f.sources) sources.set(s.id, s);
    for (const p of f.parties) parties.set(p.id, p);
  }
  const notes = new Map(files.flatMap((f) => (f.note ? [[f.subject, f.note] as const] : [])));
  const summaries = new Map(files.flatMap((f) => (f.summary ? [[f.subject, f.summary] as const] : [])));
  return {
    version: first.version,
    sources: [...sources.values()],
    parties: [...parties.values()],
    claims: files.flatMap((f) => f.claims),
    balance: first.balance,
    districts: first.districts.map((d) => {
      const note = notes.get(d.id);
      return note ? { ...d, note } : d;
    }),
    areas: first.areas,
    groups: first.groups,
    checks: first.checks,
    events: first.events.map((e) => ({ ...e, summary: summaries.get(e.id) ?? '' })),
    coverage: first.coverage,
    themes: first.themes,
    timeline: {
      ...first.timeline,
      changes: first.timeline.changes.map((c) => {
        const words = files.flatMap((f) => f.control ?? []).find((t) => t.change === c.id);
        const { change: _id, ...texts } = words ?? { change: c.id };
        return { ...c, ...texts };
      }),
    },
    towns: first.towns,
  };
}
