/**
 * `npm run build:data`: vendored Natural Earth extracts (geodata/sources) + curated claims
 * (geodata/claims) → geodata/districts.geojson, context.geojson, events.geojson, atlas.json.
 *
 * Every step is a small file named for what it does; this one only orders them. The build stops at
 * the first bad input with a DataError naming file, record and field, and writes nothing then.
 * Same inputs → same bytes: no clock, no locale, no Map/Set iteration order that depends on hashing.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MultiPolygon, Polygon } from 'geojson';
import { Atlas, AtlasFirst, ClaimFile, ContextFeature, DistrictFeature, EventFeature } from '../../src/schema/index.ts';
import type { ContextProps, DataCheck, DistrictSummary, TimelineModel } from '../../src/schema/index.ts';
import { CHECK_CATEGORIES } from '../../src/schema/index.ts';
import { clipContext } from './clip-context.ts';
import { checkRecipes, recipeChecks } from './check-recipes.ts';
import { compareClaims } from './compare-claims.ts';
import { coverageSummary } from './coverage.ts';
import { areaAgainstMap, findDisagreements, idpSeries } from './find-checks.ts';
import { gaps, inventories } from './inventories.ts';
import { balanceTable } from './balance.ts';
import { uscrDistrictSum } from './compute-checks.ts';
import { computeGroups } from './compute-groups.ts';
import { DataError, REPO_ROOT, displayPath, parseRecord, recordLabel } from './errors.ts';
import { joinIdp } from './join-claims.ts';
import { makeEventFeatures } from './make-event-features.ts';
import { makeDistrict } from './make-features.ts';
import { placeTowns } from './place-towns.ts';
import { readInputs, type Inputs } from './read-inputs.ts';
import { rewindArea } from './rewind.ts';
import { roundArea, roundLine } from './round-coords.ts';
import { selectDistricts } from './select-districts.ts';
import { checkAreaGeometry, checkInputs } from './validate.ts';
import { checkEvents } from './validate-events.ts';
import { CLAIM_FILES_DIR, OUTPUT_FILES, dataVersion, serializeAtlas, serializeCollection, writeOutputs } from './write-outputs.ts';
import { splitAtlas } from './split-atlas.ts';
import { themeModels } from './compute-themes.ts';
import { changeClaimIds, timelineModel } from './compute-control.ts';
import { controlDateChecks } from './control-checks.ts';

export { DataError } from './errors.ts';

export interface BuildOptions {
  sourcesDir: string;
  claimsDir: string;
  outDir: string;
  /** require a record for every id in src/schema/ids.ts (the real data; fixtures hold a few) */
  complete?: boolean;
}

export interface BuildResult {
  version: string;
  /** bytes per output file name */
  sizes: Record<string, number>;
  districts: number;
  context: number;
  events: number;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const KIND_ORDER: Record<ContextProps['kind'], number> = { country: 0, rayon: 1, lake: 2, river: 3 };
const contextKey = (p: ContextProps) => ('id' in p ? p.id : (p.name ?? ''));

export function buildData(opts: BuildOptions): BuildResult {
  const inputs = readInputs(opts.sourcesDir, opts.claimsDir);

  // Inputs: geometry first (a broken ring makes every later step meaningless), then references.
  for (const list of [inputs.rayons, inputs.countries, inputs.nkao, inputs.lakes]) {
    for (const f of list) checkAreaGeometry(f.file, f.label, f.value.geometry, { winding: false });
  }
  checkInputs(inputs, { complete: opts.complete ?? false });
  checkEvents(inputs, { complete: opts.complete ?? false });
  checkRecipes(inputs);
  if (opts.complete && !inputs.coverage) throw new DataError(`${inputs.files.coverage}: file is missing`);

  // Districts: pick/dissolve by adm1_code, round, wind. Groups and areas use the shipped geometry.
  const geoms = new Map<string, Polygon | MultiPolygon>();
  for (const [id, f] of selectDistricts(inputs)) {
    const rounded = roundArea(f.geometry);
    if (!rounded) throw new DataError(`${inputs.files.districts}: district "${id}": geometry vanished when rounded to 5 decimals`);
    geoms.set(id, rewindArea(rounded));
  }
  const groups = computeGroups(inputs, geoms);
  const idp = joinIdp(inputs);
  const made = inputs.districts.map((rec) =>
    makeDistrict(rec, geoms.get(rec.value.id) ?? fail(rec.value.id), groups.bases.get(rec.value.id) ?? [], idp.get(rec.value.id)),
  );

  const out = {
    districts: displayPath(join(opts.outDir, OUTPUT_FILES.districts)),
    context: displayPath(join(opts.outDir, OUTPUT_FILES.context)),
    events: displayPath(join(opts.outDir, OUTPUT_FILES.events)),
    atlas: displayPath(join(opts.outDir, OUTPUT_FILES.atlas)),
    claims: (subject: string) => displayPath(join(opts.outDir, CLAIM_FILES_DIR, `${subject}.json`)),
  };

  // Outputs are parsed with the same schemas the app parses them with; a failure names the output.
  const districtFeatures = made
    .map((m) => m.feature)
    .sort((a, b) => byCodeUnit(a.properties.id, b.properties.id))
    .map((f) => {
      const label = recordLabel('feature', f.properties.id, 0);
      const parsed = parseRecord(DistrictFeature, f, out.districts, label);
      checkAreaGeometry(out.districts, label, parsed.geometry, { winding: true });
      return parsed;
    });

  const usedCodes = new Set(inputs.districts.flatMap((d) => d.value.adm1_codes));
  const contextFeatures = clipContext(inputs, usedCodes)
    .flatMap(({ properties, geometry }) => {
      const g = geometry.type === 'LineString' || geometry.type === 'MultiLineString' ? roundLine(geometry) : roundArea(geometry);
      if (!g) return [];
      const wound = g.type === 'Polygon' || g.type === 'MultiPolygon' ? rewindArea(g) : g;
      return [{ type: 'Feature' as const, properties, geometry: wound }];
    })
    .sort((a, b) => KIND_ORDER[a.properties.kind] - KIND_ORDER[b.properties.kind] || byCodeUnit(contextKey(a.properties), contextKey(b.properties)))
    .map((f, i) => {
      const label = recordLabel(`${f.properties.kind} feature`, contextKey(f.properties), i);
      const parsed = parseRecord(ContextFeature, f, out.context, label);
      if (parsed.geometry.type === 'Polygon' || parsed.geometry.type === 'MultiPolygon') {
        checkAreaGeometry(out.context, label, parsed.geometry, { winding: true });
      }
      return parsed;
    });
  if (contextFeatures.length === 0) throw new DataError(`${out.context}: nothing of the context layers lies inside the region`);

  const eventBuild = makeEventFeatures(inputs, geoms);
  const eventFeatures = eventBuild.features.map((f, i) => {
    const label = recordLabel(`${f.properties.kind} feature`, f.properties.id, i);
    const parsed = parseRecord(EventFeature, f, out.events, label);
    if (parsed.geometry.type === 'Polygon' || parsed.geometry.type === 'MultiPolygon') {
      checkAreaGeometry(out.events, label, parsed.geometry, { winding: true });
    }
    return parsed;
  });

  const summaries: DistrictSummary[] = made.map((m) => m.summary);
  const timeline = timelineModel(inputs);
  const checks = allChecks(inputs, summaries, out.atlas, timeline);
  const claims = inputs.claims.map(({ value: { curation: _c, ...claim } }) => claim);
  const parties = inputs.parties.map((p) => p.value);
  const themes = themeModels(districtFeatures.map((f) => f.properties), claims, parties);
  const draft = parseRecord(
    Atlas,
    {
      version: '000000000000',
      // curation notes stay in the repository: never served, never exported
      sources: inputs.sources.map(({ value: { curation: _s, ...source } }) => source),
      parties,
      claims,
      balance: balanceTable(claims, parties, themes),
      districts: summaries,
      areas: inputs.areas.map((a) => a.value),
      groups: groups.defs,
      checks,
      events: eventBuild.summaries,
      coverage: coverageSummary(inputs),
      themes,
      timeline,
      // the gazetteer's towns, each in the district it names: the page's search finds them
      towns: placeTowns(opts.sourcesDir, inputs.districts.map((d) => d.value)),
    },
    out.atlas,
    'atlas',
  );
  const { version: _placeholder, ...body } = draft;
  const districtsText = serializeCollection(districtFeatures);
  const contextText = serializeCollection(contextFeatures);
  const eventsText = serializeCollection(eventFeatures);
  const version = dataVersion(districtsText, contextText, eventsText, body);
  // the page reads the first file at once and a claim file per subject it opens: both are
  // parsed with the page's schemas here, so a file the page would refuse is never written
  const split = splitAtlas({ version, ...body });
  const first = parseRecord(AtlasFirst, split.first, out.atlas, 'atlas');
  const claimFiles = new Map(split.files.map((f) => [f.subject, serializeAtlas(parseRecord(ClaimFile, f, out.claims(f.subject), `subject "${f.subject}"`))]));
  const sizes = writeOutputs(
    opts.outDir,
    { districts: districtsText, context: contextText, events: eventsText, atlas: serializeAtlas(first) },
    claimFiles,
  );
  return { version, sizes, districts: districtFeatures.length, context: contextFeatures.length, events: eventFeatures.length };
}

/** Every data check, in the data-quality view's order: curated first, then found, then inventories. */
function allChecks(inputs: Inputs, summaries: readonly DistrictSummary[], atlasFile: string, timeline: TimelineModel): DataCheck[] {
  const claims = inputs.claims.map((c) => c.value);
  const curated = [
    uscrDistrictSum(inputs),
    ...recipeChecks(inputs),
    ...compareClaims(inputs, inputs.events.comparisons.map((c) => c.value)),
  ];
  const checks = [
    ...curated,
    ...controlDateChecks(timeline),
    ...findDisagreements(claims, curated, changeClaimIds(timeline)),
    ...idpSeries(claims),
    ...areaAgainstMap(claims, summaries),
    ...gaps(claims, inputs.districts.map((d) => d.value.id)),
    ...inventories(claims),
  ];
  const order = new Map(CHECK_CATEGORIES.map((c, i) => [c, i]));
  const seen = new Set<string>();
  for (const c of checks) {
    if (seen.has(c.id)) throw new DataError(`${atlasFile}: check "${c.id}": field id: two checks have this id (a recipe in ${inputs.files.checks} or a comparison in ${inputs.files.events} repeats one the build makes)`);
    seen.add(c.id);
  }
  // stable: within a category, the order above (curated, then by subject and metric as found)
  return checks.map((c, i) => ({ c, i })).sort((a, b) => (order.get(a.c.category) ?? 0) - (order.get(b.c.category) ?? 0) || a.i - b.i).map(({ c }) => c);
}

function fail(id: string): never {
  throw new Error(`internal: no geometry was selected for "${id}"`);
}

/** CLI: the repository's own folders; one line on success, one clear line and exit 1 on bad data. */
function main(): void {
  const t0 = performance.now();
  try {
    const r = buildData({
      sourcesDir: join(REPO_ROOT, 'geodata/sources'),
      claimsDir: join(REPO_ROOT, 'geodata/claims'),
      outDir: join(REPO_ROOT, 'geodata'),
      complete: true,
    });
    const files = Object.entries(r.sizes).map(([n, b]) => `${n} ${b.toLocaleString('en')} B`).join(', ');
    console.log(`build:data: version ${r.version}: ${r.districts} districts, ${r.context} context features, ${r.events} event features; ${files}; ${Math.round(performance.now() - t0)} ms`);
  } catch (e) {
    if (e instanceof DataError) {
      console.error(`build:data failed: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
