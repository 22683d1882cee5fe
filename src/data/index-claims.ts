import type {
  AreaRecord,
  AtlasFirst,
  Claim,
  DistrictFeature,
  DistrictProps,
  DistrictSummary,
  EventPlaceSummary,
  EventEntry,
  GroupDef,
  Metric,
  Party,
  RouteSummary,
  Source,
  SubjectId,
} from '../schema/index.ts';
import { COUNTRY_ID, DistrictId, METRICS, NKAO_ID } from '../schema/index.ts';
import { UI } from '../i18n/en.ts';
import { areaName } from '../lib/format.ts';
import { indexChecks, type CheckLookup } from './check-index.ts';
import { createClaimStore, type ClaimStore, type ReadJson } from './claim-store.ts';
import type { AtlasData } from './load.ts';
import { themeOf, type Theme } from './themes.ts';

export type PlaceId = DistrictSummary['id'];

/** A district or the NKAO outline: a subject that has a popup on the map (not the country, not an event). */
export const isPlace = (s: string): s is PlaceId => s === NKAO_ID || DistrictId.safeParse(s).success;

/**
 * Lookups the popups, the list and the panels need. The claim maps hold what has been loaded so
 * far (`claims.ensure` a subject before building its view); the rest is built once.
 */
export interface AtlasIndex {
  version: string;
  /** loads a subject's claims, quotes, sources and parties on demand */
  claims: ClaimStore;
  claimsBySubject: ReadonlyMap<SubjectId, readonly Claim[]>;
  claimsById: ReadonlyMap<string, Claim>;
  sourcesById: ReadonlyMap<string, Source>;
  partiesById: ReadonlyMap<string, Party>;
  districtsById: ReadonlyMap<PlaceId, DistrictSummary>;
  /** areas a source names that have no outline */
  areasById: ReadonlyMap<string, AreaRecord>;
  /** what the districts can be shaded by, displaced people first */
  themes: readonly Theme[];
  /** feature properties (label point, idp, primary group) by district id */
  propsById: ReadonlyMap<PlaceId, DistrictProps>;
  groupsById: ReadonlyMap<string, GroupDef>;
  /** district ids in the order the list shows them: the features' order */
  order: readonly PlaceId[];
  eventsById: ReadonlyMap<string, EventEntry>;
  eventPlacesById: ReadonlyMap<string, EventPlaceSummary>;
  routesById: ReadonlyMap<string, RouteSummary>;
  /** display name of every event, event place and route id (Azerbaijani name for places) */
  eventNames: ReadonlyMap<SubjectId, string>;
  /** the build's data checks, by id and by the claims they name */
  checks: CheckLookup;
  atlas: AtlasFirst;
}

/** A subject as lists and legends name it: the country, a place, an area or an event, in the reader's language first. */
export function subjectName(index: Pick<AtlasIndex, 'districtsById' | 'areasById' | 'eventNames'>, subject: SubjectId): string {
  if (subject === COUNTRY_ID) return UI.countryHeading;
  if (isPlace(subject)) return index.districtsById.get(subject)?.name_az ?? subject;
  const area = index.areasById.get(subject);
  if (area) return areaName(area);
  return index.eventNames.get(subject) ?? subject;
}

/** A party by id; an id the registry lacks (never, after the build) shows as itself, side not stated. */
export function partyOf(id: string, lookup: { partiesById: ReadonlyMap<string, Party> }): Party {
  return lookup.partiesById.get(id) ?? { id, name: id, kind: 'not-stated', country: null, side: 'unknown', basis: '' };
}

/** What a claim row needs: the sources to cite and the checks to badge. */
export const claimContext = (
  index: AtlasIndex,
): { sourcesById: AtlasIndex['sourcesById']; partiesById: AtlasIndex['partiesById']; checks: CheckLookup; names: AtlasIndex } => ({
  sourcesById: index.sourcesById,
  partiesById: index.partiesById,
  checks: index.checks,
  // the badges' titles name places by their names, from the index
  names: index,
});

const METRIC_RANK = new Map<Metric, number>(METRICS.map((m, i) => [m, i]));

/** Claims grouped by metric, metrics in the schema's order (people, territory, damage). */
export function claimsByMetric(claims: readonly Claim[]): Array<[Metric, Claim[]]> {
  const groups = new Map<Metric, Claim[]>();
  for (const c of claims) {
    const list = groups.get(c.metric);
    if (list) list.push(c);
    else groups.set(c.metric, [c]);
  }
  return [...groups.entries()].sort((a, b) => (METRIC_RANK.get(a[0]) ?? 0) - (METRIC_RANK.get(b[0]) ?? 0));
}

/** The claim files are fetched relative to `baseUrl` (the app's base URL), or read by `read`. */
/** Every subject of an event: the event itself, its places and its routes (their claims are read together). */
export function eventSubjects(event: Pick<EventEntry, 'id' | 'places' | 'routes'>): SubjectId[] {
  return [event.id, ...event.places.map((p) => p.id), ...event.routes.map((r) => r.id)];
}

/**
 * The areas with figures that take in a district or lie in it, in the data's order: a district
 * popup lists their figures apart from its own ("for the wider area", "in this district").
 */
export function areasOf(index: Pick<AtlasIndex, 'atlas'>, district: string): AreaRecord[] {
  const filed = new Set<string>(index.atlas.claim_files);
  return index.atlas.areas.filter((a) => filed.has(a.id) && (a.within === district || (a.covers as readonly string[]).includes(district)));
}

export function indexAtlas(data: AtlasData, baseUrl: string, read?: ReadJson): AtlasIndex {
  const { atlas } = data;
  const claims = createClaimStore(baseUrl, atlas.version, atlas.claim_files, read);
  const features: DistrictFeature[] = data.districts.features;
  const places = atlas.events.flatMap((e) => e.places);
  const routes = atlas.events.flatMap((e) => e.routes);
  const eventNames = new Map<SubjectId, string>([
    ...atlas.events.map((e) => [e.id, e.name_en] as const),
    ...places.map((p) => [p.id, p.name_az] as const),
    ...routes.map((r) => [r.id, r.name_en] as const),
  ]);
  return {
    version: atlas.version,
    claims,
    claimsBySubject: claims.bySubject,
    claimsById: claims.byId,
    sourcesById: claims.sources,
    partiesById: claims.parties,
    districtsById: new Map(atlas.districts.map((d) => [d.id, d])),
    areasById: new Map(atlas.areas.map((a) => [a.id, a])),
    themes: atlas.themes.map(themeOf),
    propsById: new Map(features.map((f) => [f.properties.id, f.properties])),
    groupsById: new Map(atlas.groups.map((g) => [g.id, g])),
    order: features.map((f) => f.properties.id),
    eventsById: new Map(atlas.events.map((e) => [e.id, e])),
    eventPlacesById: new Map(places.map((p) => [p.id, p])),
    routesById: new Map(routes.map((r) => [r.id, r])),
    eventNames,
    checks: indexChecks(atlas.checks),
    atlas,
  };
}
