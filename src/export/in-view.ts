/**
 * What a view shows, from the data alone (no map): which districts and event marks lie in a
 * bounding box, the claims behind what is drawn there, and every claim about those subjects.
 * The image export cites the first; the data export ships the second. Pure and testable.
 */
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import type { Claim, DistrictFeature, EventFeature, Source, SubjectId } from '../schema/index.ts';

/** [west, south, east, north] in degrees */
export type Bbox = [number, number, number, number];

export interface InView {
  bbox: Bbox;
  /** districts (and the NKAO outline) that intersect the box, in the data's order */
  districts: DistrictFeature[];
  /** event marks of the shown events that intersect the box */
  eventFeatures: EventFeature[];
}

export function inView(data: AtlasData, bbox: Bbox, shownEvents: readonly string[]): InView {
  const box = bboxPolygon(bbox);
  return {
    bbox,
    districts: data.districts.features.filter((f) => booleanIntersects(f, box)),
    eventFeatures: data.events.features.filter((f) => shownEvents.includes(f.properties.event) && booleanIntersects(f, box)),
  };
}

/** Every subject the view shows: its districts, the shown events, their places and routes in view. */
export function subjectsInView(view: InView): SubjectId[] {
  const ids = new Set<SubjectId>(view.districts.map((f) => f.properties.id));
  for (const f of view.eventFeatures) {
    ids.add(f.properties.event);
    if (f.properties.kind !== 'measure') ids.add(f.properties.id);
  }
  return [...ids];
}

/**
 * The claims behind what is drawn: each district's choropleth figure and the claims that put it
 * in its outline's group; each drawn event place's location claim. A figure the map does not draw
 * (an area claim in a popup) is not "visible in the view".
 */
export function drawnClaims(index: AtlasIndex, view: InView): Claim[] {
  const out: Claim[] = [];
  const add = (id: string | null | undefined) => {
    const c = id ? index.claimsById.get(id) : undefined;
    if (c && !out.includes(c)) out.push(c);
  };
  for (const f of view.districts) {
    add(f.properties.idp_claim);
    for (const g of index.districtsById.get(f.properties.id as PlaceId)?.groups ?? []) {
      if (g.kind === 'claim' && g.group === f.properties.group) add(g.claim);
    }
  }
  for (const f of view.eventFeatures) {
    if (f.properties.kind !== 'place') continue;
    const loc = index.eventPlacesById.get(f.properties.id)?.location;
    if (loc && loc.precision !== 'described') add(loc.claim);
  }
  return out;
}

/** Every claim about a subject in view (for the data export): nothing the popups show is left out. */
export function claimsInView(index: AtlasIndex, view: InView): Claim[] {
  return subjectsInView(view).flatMap((s) => index.claimsBySubject.get(s) ?? []);
}

/** The sources of some claims, each once, in first-use order. */
export function sourcesOf(index: AtlasIndex, claims: readonly Claim[]): Source[] {
  const out: Source[] = [];
  for (const c of claims) {
    const s = index.sourcesById.get(c.source);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
