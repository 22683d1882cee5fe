import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { AreaRecord, ArticleFigure, CheckRecipe, ClaimRecord, ComparisonRecord, ControlChangeRecord, CoverageFile, DistrictRecord, EventPlaceRecord, EventRecord, MeasureRecord, Party, RouteRecord, SourceRecord } from '../../src/schema/index.ts';
import { DataError, displayPath, parseRecord, recordLabel } from './errors.ts';
import {
  CountryFeature,
  FeatureCollectionShell,
  LakeFeature,
  NkaoFeature,
  RayonFeature,
  RiverFeature,
} from './source-schemas.ts';

/** A parsed record with the file it came from, so later checks can still name the file. */
export interface Located<T> {
  value: T;
  file: string;
  /** how messages name it: `claim "x"`, `feature "AZE-1735"` */
  label: string;
}

export interface Inputs {
  files: { rayons: string; countries: string; nkao: string; rivers: string; lakes: string; sources: string; parties: string; districts: string; claims: string; events: string; checks: string; coverage: string; areas: string; control: string };
  rayons: Located<RayonFeature>[];
  countries: Located<CountryFeature>[];
  nkao: Located<NkaoFeature>[];
  rivers: Located<RiverFeature>[];
  lakes: Located<LakeFeature>[];
  sources: Located<SourceRecord>[];
  /** geodata/claims/parties.json: who states each figure */
  parties: Located<Party>[];
  districts: Located<DistrictRecord>[];
  /** geodata/claims/areas.json: areas a source names that have no outline; empty when the file is absent */
  areas: Located<AreaRecord>[];
  /** geodata/claims/control.json: dated changes of control, each dated by claims; empty when the file is absent */
  control: Located<ControlChangeRecord>[];
  /** in file-name order, then in order within each file */
  claims: Located<ClaimRecord>[];
  /** geodata/claims/events.json, each list in file order */
  events: EventInputs;
  /** geodata/claims/checks.json: the checks asked for by name; empty when the file is absent */
  recipes: Located<CheckRecipe>[];
  /** geodata/claims/coverage.json: the seed article's figures and where each went; null when absent */
  coverage: Located<CoverageFile> | null;
}

export interface EventInputs {
  events: Located<EventRecord>[];
  places: Located<EventPlaceRecord>[];
  routes: Located<RouteRecord>[];
  measures: Located<MeasureRecord>[];
  comparisons: Located<ComparisonRecord>[];
}

/** The vendored extracts the build reads, by role. places.geojson is read by place-towns.ts. */
export const SOURCE_FILES = {
  rayons: 'az-rayons.geojson',
  countries: 'countries.geojson',
  nkao: 'nkao-1991.geojson',
  rivers: 'rivers.geojson',
  lakes: 'lakes.geojson',
} as const;

/** Read and JSON-parse a file; a missing, empty or truncated file is a DataError naming it. */
export function readJson(abs: string): unknown {
  const file = displayPath(abs);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(code === 'ENOENT' ? `${file}: file is missing` : `${file}: cannot be read (${code ?? String(e)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DataError(`${file}: not valid JSON, truncated or malformed (${(e as Error).message})`);
  }
}

function readArray<S extends z.ZodType>(abs: string, kind: string, schema: S): Located<z.output<S>>[] {
  const file = displayPath(abs);
  const data = readJson(abs);
  if (!Array.isArray(data)) throw new DataError(`${file}: expected a JSON array of ${kind} records`);
  return data.map((raw: unknown, i) => {
    const label = recordLabel(kind, (raw as { id?: unknown } | null)?.id, i);
    return { value: parseRecord(schema, raw, file, label), file, label };
  });
}

function readFeatures<S extends z.ZodType>(abs: string, schema: S, idOf: (props: Record<string, unknown>) => unknown): Located<z.output<S>>[] {
  const file = displayPath(abs);
  const shell = parseRecord(FeatureCollectionShell, readJson(abs), file, 'collection');
  return shell.features.map((raw, i) => {
    const props = (raw as { properties?: Record<string, unknown> } | null)?.properties ?? {};
    const label = recordLabel('feature', idOf(props), i);
    return { value: parseRecord(schema, raw, file, label), file, label };
  });
}

/** coverage.json: each figure parsed and named on its own ("figure \"S-042\""), then the whole. */
function readCoverage(abs: string): Located<CoverageFile> {
  const file = displayPath(abs);
  const data = readJson(abs);
  const figures = (data as { figures?: unknown } | null)?.figures;
  if (Array.isArray(figures)) {
    figures.forEach((raw: unknown, i) => parseRecord(ArticleFigure, raw, file, recordLabel('figure', (raw as { id?: unknown } | null)?.id, i)));
  }
  return { value: parseRecord(CoverageFile, data, file, 'coverage'), file, label: 'coverage' };
}

/** events.json is one object of five lists; each record is parsed and named on its own. */
function readEvents(abs: string): EventInputs {
  const file = displayPath(abs);
  const data = readJson(abs);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DataError(`${file}: expected an object with events, places, routes, measures and comparisons`);
  }
  const obj = data as Record<string, unknown>;
  const list = <S extends z.ZodType>(key: string, kind: string, schema: S): Located<z.output<S>>[] => {
    const raw = obj[key];
    if (!Array.isArray(raw)) throw new DataError(`${file}: field ${key}: expected an array of ${kind} records`);
    return raw.map((r: unknown, i) => {
      const label = recordLabel(kind, (r as { id?: unknown } | null)?.id, i);
      return { value: parseRecord(schema, r, file, label), file, label };
    });
  };
  const extra = Object.keys(obj).find((k) => !['events', 'places', 'routes', 'measures', 'comparisons'].includes(k));
  if (extra !== undefined) throw new DataError(`${file}: field ${extra}: unknown list (expected events, places, routes, measures, comparisons)`);
  return {
    events: list('events', 'event', EventRecord),
    places: list('places', 'place', EventPlaceRecord),
    routes: list('routes', 'route', RouteRecord),
    measures: list('measures', 'measure', MeasureRecord),
    comparisons: list('comparisons', 'comparison', ComparisonRecord),
  };
}

export function readInputs(sourcesDir: string, claimsDir: string): Inputs {
  const src = (name: string) => join(sourcesDir, name);
  const claimFilesDir = join(claimsDir, 'claims');
  const files = {
    rayons: displayPath(src(SOURCE_FILES.rayons)),
    countries: displayPath(src(SOURCE_FILES.countries)),
    nkao: displayPath(src(SOURCE_FILES.nkao)),
    rivers: displayPath(src(SOURCE_FILES.rivers)),
    lakes: displayPath(src(SOURCE_FILES.lakes)),
    sources: displayPath(join(claimsDir, 'sources.json')),
    parties: displayPath(join(claimsDir, 'parties.json')),
    districts: displayPath(join(claimsDir, 'districts.json')),
    claims: displayPath(claimFilesDir),
    events: displayPath(join(claimsDir, 'events.json')),
    checks: displayPath(join(claimsDir, 'checks.json')),
    coverage: displayPath(join(claimsDir, 'coverage.json')),
    areas: displayPath(join(claimsDir, 'areas.json')),
    control: displayPath(join(claimsDir, 'control.json')),
  };

  const rayons = readFeatures(src(SOURCE_FILES.rayons), RayonFeature, (p) => p.adm1_code);
  const countries = readFeatures(src(SOURCE_FILES.countries), CountryFeature, (p) => p.adm0_a3);
  const nkao = readFeatures(src(SOURCE_FILES.nkao), NkaoFeature, () => undefined);
  const rivers = readFeatures(src(SOURCE_FILES.rivers), RiverFeature, (p) => p.name);
  const lakes = readFeatures(src(SOURCE_FILES.lakes), LakeFeature, (p) => p.name);

  const sources = readArray(join(claimsDir, 'sources.json'), 'source', SourceRecord);
  const parties = readArray(join(claimsDir, 'parties.json'), 'party', Party);
  const districts = readArray(join(claimsDir, 'districts.json'), 'district', DistrictRecord);
  const areasPath = join(claimsDir, 'areas.json');
  const areas = existsSync(areasPath) ? readArray(areasPath, 'area', AreaRecord) : [];
  const controlPath = join(claimsDir, 'control.json');
  const control = existsSync(controlPath) ? readArray(controlPath, 'change', ControlChangeRecord) : [];

  let names: string[];
  try {
    // Sorted by code unit, not locale: the order must not depend on the machine.
    names = readdirSync(claimFilesDir).filter((n) => n.endsWith('.json')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch {
    throw new DataError(`${files.claims}: folder is missing`);
  }
  if (names.length === 0) throw new DataError(`${files.claims}: no claim files (*.json)`);
  const claims = names.flatMap((n) => readArray(join(claimFilesDir, n), 'claim', ClaimRecord));

  const events = readEvents(join(claimsDir, 'events.json'));

  const checksPath = join(claimsDir, 'checks.json');
  const recipes = existsSync(checksPath) ? readArray(checksPath, 'check', CheckRecipe) : [];
  const coveragePath = join(claimsDir, 'coverage.json');
  const coverage = existsSync(coveragePath) ? readCoverage(coveragePath) : null;
  return { files, rayons, countries, nkao, rivers, lakes, sources, parties, districts, areas, control, claims, events, recipes, coverage };
}
