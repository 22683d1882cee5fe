import { area, buffer, circle, distance, featureCollection, intersect, length, lineString, point, feature as turfFeature } from '@turf/turf';
import type { LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Claim, EventFeature, EventPlaceSummary, EventSummary, MeasureSummary, RouteSummary } from '../../src/schema/index.ts';
import { DataError } from './errors.ts';
import { labelPoint } from './label-points.ts';
import type { Inputs } from './read-inputs.ts';
import { rewindArea } from './rewind.ts';
import { round5, roundArea, roundLine } from './round-coords.ts';

const KM_PER_MILE = 1.609344;
/** circles and buffers: enough steps to look round at the zooms the layer is read at */
const STEPS = 32;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Unsaved features: the build parses every one with EventFeature before writing. */
export type EventDraft = { type: 'Feature'; properties: EventFeature['properties']; geometry: Polygon | MultiPolygon | LineString | Point };

export interface EventBuild {
  features: EventDraft[];
  summaries: EventSummary[];
}

function area2(g: Polygon | MultiPolygon, what: string): Polygon | MultiPolygon {
  const r = roundArea(g);
  if (!r) throw new DataError(`${what}: the area vanished when rounded to 5 decimals`);
  return rewindArea(r);
}

/**
 * Geometry of the event layer, all of it derived here from claims and district outlines:
 * points from `location` claims; a circle for approximate points; a line through the route's
 * places and its corridor (turf buffer); for a described place, the part of its district within
 * `corridor_km` of the route (turf intersect) — an area, never a point. Distances are geodesic.
 */
export function makeEventFeatures(inputs: Inputs, districtGeoms: ReadonlyMap<string, Polygon | MultiPolygon>): EventBuild {
  const file = inputs.files.events;
  const claims = new Map<string, Claim>(inputs.claims.map((c) => [c.value.id, c.value]));
  const features: EventDraft[] = [];

  const pointOf = new Map<string, Position>();
  for (const { value: p } of inputs.events.places) {
    if (p.location.precision === 'described') continue;
    const v = claims.get(p.location.claim)?.value;
    if (v?.kind !== 'point') throw new Error(`internal: place "${p.id}" lost its point claim after validation`);
    pointOf.set(p.id, [round5(v.lon), round5(v.lat)]);
  }
  const at = (id: string): Position => pointOf.get(id) ?? fail(`no point for "${id}"`);

  const routes: RouteSummary[] = [];
  const routeLines = new Map<string, Position[]>();
  const corridors = new Map<string, Polygon | MultiPolygon>();
  for (const { value: r } of inputs.events.routes) {
    const names = { event: r.event, name_en: r.name_en, name_az: r.name_en };
    const coords = r.through.map(at);
    const line = lineString(coords);
    const rounded = roundLine(line.geometry);
    if (rounded?.type !== 'LineString') throw new DataError(`${file}: route "${r.id}": field through: the places coincide, no line to draw`);
    routeLines.set(r.id, rounded.coordinates);
    const buf = buffer(line, r.corridor_km, { units: 'kilometers', steps: STEPS });
    if (!buf) throw new DataError(`${file}: route "${r.id}": field corridor_km: the corridor could not be computed`);
    const corridor = area2(buf.geometry, `${file}: route "${r.id}"`);
    corridors.set(r.id, corridor);
    features.push({ type: 'Feature', properties: { kind: 'corridor', id: r.id, ...names, precision: 'approximate', corridor_km: r.corridor_km }, geometry: corridor });
    features.push({ type: 'Feature', properties: { kind: 'route', id: r.id, ...names, precision: 'approximate' }, geometry: rounded });
    routes.push({ ...r, length_km: round1(length(line, { units: 'kilometers' })) });
  }

  const places: EventPlaceSummary[] = inputs.events.places.map(({ value: p, label }) => {
    const names = { event: p.event, name_en: p.name_en, name_az: p.name_az };
    const loc = p.location;
    if (loc.precision === 'described') {
      if (!loc.area) return { ...p, drawn_at: null, area_km2: null };
      const district = districtGeoms.get(loc.area.district) ?? fail(`no geometry for district "${loc.area.district}"`);
      const route = routeLines.get(loc.area.route) ?? fail(`no line for route "${loc.area.route}"`);
      const band = buffer(lineString(route), loc.area.corridor_km, { units: 'kilometers', steps: STEPS });
      const cut = band ? intersect(featureCollection([turfFeature(district), band])) : null;
      if (!cut) throw new DataError(`${file}: ${label}: field location.area: the route's corridor does not cross district "${loc.area.district}", so there is no area to draw`);
      const geometry = area2(cut.geometry, `${file}: ${label}`);
      features.push({ type: 'Feature', properties: { kind: 'described-area', id: p.id, ...names, precision: 'described' }, geometry });
      return { ...p, drawn_at: labelPoint(geometry) as [number, number], area_km2: round1(area(geometry) / 1e6) };
    }
    const pos = at(p.id);
    if (loc.precision === 'approximate') {
      const ring = area2(circle(pos, loc.radius_km, { units: 'kilometers', steps: STEPS }).geometry, `${file}: ${label}`);
      features.push({ type: 'Feature', properties: { kind: 'uncertainty', id: p.id, ...names, precision: 'approximate', radius_km: loc.radius_km }, geometry: ring });
    }
    features.push({ type: 'Feature', properties: { kind: 'place', id: p.id, ...names, precision: loc.precision }, geometry: { type: 'Point', coordinates: pos } });
    return { ...p, drawn_at: [pos[0] ?? 0, pos[1] ?? 0], area_km2: null };
  });

  const measures: MeasureSummary[] = inputs.events.measures.map(({ value: m }) => {
    const a = at(m.from);
    const b = at(m.to);
    const km = round1(distance(point(a), point(b), { units: 'kilometers' }));
    const ev = inputs.events.events.find((e) => e.value.id === m.event)?.value;
    const label = `${km} km straight line · map calculation`;
    features.push({
      type: 'Feature',
      properties: { kind: 'measure', id: m.id, event: m.event, name_en: ev?.name_en ?? m.event, name_az: ev?.name_az ?? m.event, km, label },
      geometry: { type: 'LineString', coordinates: [a, b] },
    });
    return { ...m, km, miles: round1(km / KM_PER_MILE), method: 'great-circle distance between the two drawn points (turf distance, WGS84 sphere)' };
  });

  const summaries: EventSummary[] = inputs.events.events.map(({ value: e }) => ({
    ...e,
    places: places.filter((p) => p.event === e.id),
    routes: routes.filter((r) => r.event === e.id),
    measures: measures.filter((m) => m.event === e.id),
  }));
  // areas under lines under points, so a reader's click lands on the most specific mark
  const ORDER: Record<EventFeature['properties']['kind'], number> = { corridor: 0, 'described-area': 1, uncertainty: 2, route: 3, measure: 4, place: 5 };
  features.sort((x, y) => ORDER[x.properties.kind] - ORDER[y.properties.kind] || (x.properties.id < y.properties.id ? -1 : x.properties.id > y.properties.id ? 1 : 0));
  return { features, summaries };
}

function fail(what: string): never {
  throw new Error(`internal: ${what}`);
}
