/**
 * Issue 7: the hostile fixture (tests/data/fixtures/hostile) is the valid one with markup,
 * `javascript:` text, right-to-left letters and strings at the length bounds in names, aliases,
 * quotes, notes, claimants, source titles and authors, and event names. The build accepts them by
 * rule (tests/data/fixtures/README.md) and must ship them exactly as written: no escaping, no
 * entity decoding, no trimming of what is inside. Rendering them as text is tests/e2e/hostile.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fullAtlas } from '../committed-data.ts';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../geodata/build/build.ts';
import { checkExplanation, checkTitle } from '../../src/i18n/en-checks.ts';
import { DistrictCollection, EventCollection, MAX_LONG, MAX_SHORT } from '../../src/schema/index.ts';
import { checkData } from '../check-data.ts';
import { HOSTILE_DISTRICT, HOSTILE_FIXTURE, MARKUP_URL, PAYLOADS } from './fixtures/hostile/payloads.ts';
import { tempDir } from './fixture-dirs.ts';

type Json = Record<string, unknown>;
const input = (rel: string): unknown => JSON.parse(readFileSync(join(HOSTILE_FIXTURE, 'claims', rel), 'utf8'));
const claimFiles = readdirSync(join(HOSTILE_FIXTURE, 'claims/claims')).filter((n) => n.endsWith('.json')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const sourcesIn = input('sources.json') as Json[];
const partiesIn = input('parties.json') as Json[];
const districtsIn = input('districts.json') as Json[];
const claimsIn = claimFiles.flatMap((n) => input(`claims/${n}`) as Json[]);
const eventsIn = input('events.json') as { events: Json[]; places: Json[]; routes: Json[]; measures: Json[]; comparisons: Json[] };
const recipesIn = input('checks.json') as Json[];
const coverageIn = input('coverage.json') as { figures: Json[]; not_figures: Json[] };

const MARKUP = /<|&lt;|javascript:/;
const hostile = (s: unknown) => typeof s === 'string' && MARKUP.test(s);
/** Every string anywhere in a value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('the hostile fixture', () => {
  it('really is hostile where issue 7 asks: names, aliases, quotes, notes, claimants, source titles and authors, event names', () => {
    const lachin = districtsIn.find((d) => d.id === HOSTILE_DISTRICT)!;
    expect(hostile(lachin.name_az) && hostile(lachin.name_en) && hostile(lachin.note)).toBe(true);
    expect((lachin.aliases as Json[]).filter((a) => hostile(a.name)).length).toBeGreaterThanOrEqual(2);
    expect(claimsIn.filter((c) => hostile(c.quote)).length).toBeGreaterThanOrEqual(4);
    expect(claimsIn.filter((c) => hostile(c.note)).length).toBeGreaterThanOrEqual(2);
    // claimed_by is a party id (a slug); the claimant's name, shown to the reader, is the party's
    const hostileParties = new Set(partiesIn.filter((p) => hostile(p.name)).map((p) => p.id));
    expect(hostileParties.size).toBeGreaterThanOrEqual(3);
    expect(claimsIn.filter((c) => hostileParties.has(c.claimed_by)).length).toBeGreaterThanOrEqual(3);
    expect(sourcesIn.every((s) => hostile(s.title))).toBe(true);
    expect((sourcesIn[0]?.author as string[]).every(hostile)).toBe(true);
    expect(eventsIn.places.filter((p) => hostile(p.name_az)).length).toBeGreaterThanOrEqual(3);
    const all = strings([sourcesIn, partiesIn, districtsIn, claimsIn, eventsIn, recipesIn, coverageIn]).join('\n');
    for (const [name, p] of Object.entries(PAYLOADS)) expect(all, name).toContain(p);
    expect(sourcesIn.map((s) => s.url)).toContain(MARKUP_URL);
  });

  it('holds strings at the length bounds: a 300-character alias and a 4,000-character note', () => {
    expect(strings(districtsIn).some((s) => s.length === MAX_SHORT)).toBe(true);
    expect(claimsIn.some((c) => typeof c.note === 'string' && c.note.length === MAX_LONG)).toBe(true);
  });
});

describe('build:data on the hostile fixture', () => {
  const outDir = join(tempDir(), 'out');
  const result = buildData({ sourcesDir: join(HOSTILE_FIXTURE, 'sources'), claimsDir: join(HOSTILE_FIXTURE, 'claims'), outDir, complete: false });
  const text = (name: string) => readFileSync(join(outDir, name), 'utf8');
  // everything the page may fetch: the first-load file and every claim file
  const atlasText = [text('atlas.json'), ...readdirSync(join(outDir, 'claim-files')).map((f) => text(join('claim-files', f)))].join('\n');
  const atlas = fullAtlas(outDir);
  const byId = <T extends { id?: unknown }>(list: readonly T[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const districts = DistrictCollection.parse(JSON.parse(text('districts.geojson')));
  const events = EventCollection.parse(JSON.parse(text('events.geojson')));

  it('builds: the hostile strings are text, and text is accepted', () => {
    expect(result.districts).toBe(4);
    expect(atlas.version).toBe(result.version);
  });

  it('ships sources, parties and claims exactly as written, without the curators\' notes', () => {
    // `curation` stays in the input files: never served, never exported
    const served = ({ curation: _curation, ...rest }: Json) => rest;
    expect(claimsIn.some((c) => typeof c.curation === 'string' && hostile(c.curation))).toBe(true);
    // each source and party is shipped with the claims that cite it
    const cited = new Set(claimsIn.map((c) => c.source));
    const speaking = new Set(claimsIn.flatMap((c) => [c.claimed_by, c.relayed_by]));
    expect(byId(atlas.sources)).toEqual(byId(sourcesIn.filter((s) => cited.has(s.id)).map(served)));
    expect(byId(atlas.parties)).toEqual(byId(partiesIn.filter((p) => speaking.has(p.id))));
    expect(byId(atlas.claims)).toEqual(byId(claimsIn.map(served)));
    expect(atlasText).not.toContain('"curation"');
  });

  it('ships district names, aliases and notes exactly as written, in atlas.json and districts.geojson', () => {
    for (const d of districtsIn) {
      const summary = atlas.districts.find((s) => s.id === d.id);
      expect(summary, String(d.id)).toMatchObject({ name_az: d.name_az, name_en: d.name_en, aliases: d.aliases });
      expect(summary?.note).toBe(d.note);
      expect(districts.features.find((f) => f.properties.id === d.id)?.properties).toMatchObject({ name_az: d.name_az, name_en: d.name_en });
    }
  });

  it('ships the event, its places, route, measure and comparison texts exactly as written', () => {
    const words = checkData(atlas);
    const [event] = atlas.events;
    const [e] = eventsIn.events;
    expect(event).toMatchObject({ name_en: e!.name_en, name_az: e!.name_az, short_name: e!.short_name, summary: e!.summary });
    for (const p of eventsIn.places) expect(event?.places.find((x) => x.id === p.id), String(p.id)).toMatchObject(p);
    for (const r of eventsIn.routes) expect(event?.routes.find((x) => x.id === r.id)).toMatchObject(r);
    for (const m of eventsIn.measures) expect(event?.measures.find((x) => x.id === m.id)).toMatchObject(m);
    for (const k of [...eventsIn.comparisons, ...recipesIn]) {
      const check = atlas.checks.find((c) => c.id === k.id);
      // the curator's words as data, and on the page: a conversion adds the map's own sentence after them
      expect(check && 'curated' in check.text ? check.text.curated : undefined, String(k.id)).toEqual({ title: k.title, explanation: k.explanation });
      expect(checkTitle(check!, words), String(k.id)).toBe(k.title);
      expect(checkExplanation(check!, words).startsWith(String(k.explanation)), String(k.id)).toBe(true);
    }
    for (const f of events.features) {
      const place = eventsIn.places.find((p) => p.id === f.properties.id);
      if (f.properties.kind === 'place' && place) expect(f.properties).toMatchObject({ name_az: place.name_az, name_en: place.name_en });
    }
    const reasons = atlas.coverage?.out_of_scope.map((o) => o.reason);
    expect(reasons).toContain(coverageIn.figures[1]?.out_of_scope);
  });

  it('writes each payload into the file as plain JSON text: not HTML-escaped, not entity-decoded, not \\u-escaped', () => {
    for (const [name, p] of Object.entries({ ...PAYLOADS, url: MARKUP_URL })) {
      // JSON.stringify escapes only quotes, backslashes and control characters; the payload's < > & stay literal
      expect(atlasText, name).toContain(JSON.stringify(p).slice(1, -1));
    }
    expect(atlasText).toContain('<img src=x onerror=\\"window.__pwned=1\\">');
    expect(atlasText).not.toMatch(/\\u003c|&amp;lt;|&lt;img/i);
    expect(text('districts.geojson')).toContain(JSON.stringify(districtsIn.find((d) => d.id === HOSTILE_DISTRICT)!.name_az));
  });

  it('keeps the tab and line breaks inside a long quote', () => {
    expect(atlas.claims.find((c) => c.id === 'ministry-idp-lachin')?.quote).toMatch(/^about 71,000 displaced from Lachin\n\t"><script>/);
  });
});
