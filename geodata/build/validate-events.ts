import { AreaId, EVENT_IDS, EVENT_PLACE_IDS, ROUTE_IDS, COUNTRY_ID, NKAO_ID, DistrictId } from '../../src/schema/index.ts';
import type { Claim, EventPlaceRecord, SubjectId } from '../../src/schema/index.ts';
import { DataError, fieldError } from './errors.ts';
import type { Inputs, Located } from './read-inputs.ts';

// areas (areas.json) are checked with the districts in validate.ts
const isDistrictSubject = (s: SubjectId) => s === COUNTRY_ID || s === NKAO_ID || DistrictId.safeParse(s).success || AreaId.safeParse(s).success;

/**
 * The references inside geodata/claims/events.json and from claims to it: a place's coordinates
 * must come from a `location` claim about that very place, a route may only pass places that have
 * a point, a described place has no point at all. Run after checkInputs (ids are unique by then).
 */
export function checkEvents(inputs: Inputs, opts: { complete: boolean }): void {
  const { events, places, routes, measures, comparisons } = inputs.events;
  const file = inputs.files.events;
  const claims = new Map(inputs.claims.map((c) => [c.value.id, c]));
  const districtIds = new Set<string>(inputs.districts.map((d) => d.value.id));
  const eventIds = new Set<string>(events.map((e) => e.value.id));
  const placeById = new Map<string, Located<EventPlaceRecord>>(places.map((p) => [p.value.id, p]));
  const routeIds = new Set<string>(routes.map((r) => r.value.id));

  for (const e of events) {
    if (!districtIds.has(e.value.district)) throw fieldError(file, e.label, 'district', `"${e.value.district}" is not in ${inputs.files.districts}`);
  }
  const needEvent = (item: Located<{ event: string }>) => {
    if (!eventIds.has(item.value.event)) throw fieldError(file, item.label, 'event', `"${item.value.event}" is not an event in this file`);
  };

  const pointClaim = (item: Located<unknown>, field: string, id: string, subject: string): Located<Claim> => {
    const c = claims.get(id);
    if (!c) throw fieldError(file, item.label, field, `claim "${id}" is not in ${inputs.files.claims}`);
    if (c.value.metric !== 'location' || c.value.value.kind !== 'point') throw fieldError(file, item.label, field, `claim "${id}" is not a location claim with a point`);
    if (c.value.subject !== subject) throw fieldError(file, item.label, field, `claim "${id}" is about "${c.value.subject}", not "${subject}"`);
    return c;
  };

  for (const p of places) {
    needEvent(p);
    const loc = p.value.location;
    if (loc.precision === 'described') {
      if (loc.area) {
        if (!districtIds.has(loc.area.district)) throw fieldError(file, p.label, 'location.area.district', `"${loc.area.district}" is not in ${inputs.files.districts}`);
        if (!routeIds.has(loc.area.route)) throw fieldError(file, p.label, 'location.area.route', `"${loc.area.route}" is not a route in this file`);
      }
    } else {
      pointClaim(p, 'location.claim', loc.claim, p.value.id);
    }
  }
  for (const r of routes) {
    needEvent(r);
    r.value.through.forEach((id, i) => {
      const p = placeById.get(id);
      if (!p) throw fieldError(file, r.label, ['through', i], `"${id}" is not a place in this file`);
      if (p.value.location.precision === 'described') {
        throw fieldError(file, r.label, ['through', i], `"${id}" has no sourced coordinates (precision "described"): a route cannot pass through a guessed point`);
      }
    });
  }
  for (const m of measures) {
    needEvent(m);
    for (const end of ['from', 'to'] as const) {
      const p = placeById.get(m.value[end]);
      if (!p) throw fieldError(file, m.label, end, `"${m.value[end]}" is not a place in this file`);
      if (p.value.location.precision === 'described') throw fieldError(file, m.label, end, `"${m.value[end]}" has no sourced coordinates: nothing to measure from`);
    }
    m.value.compare_with.forEach((id, i) => {
      const c = claims.get(id);
      if (!c) throw fieldError(file, m.label, ['compare_with', i], `claim "${id}" is not in ${inputs.files.claims}`);
      if (c.value.metric !== 'distance_miles') throw fieldError(file, m.label, ['compare_with', i], `claim "${id}" is not a distance_miles claim`);
    });
  }
  for (const k of comparisons) {
    if (!eventIds.has(k.value.subject)) throw fieldError(file, k.label, 'subject', `"${k.value.subject}" is not an event in this file`);
    for (const field of ['claim', 'against'] as const) {
      if (!claims.has(k.value[field])) throw fieldError(file, k.label, field, `claim "${k.value[field]}" is not in ${inputs.files.claims}`);
    }
  }

  // Claims about events, places and routes need their record; breakdowns need their total.
  const known = new Set<string>([...eventIds, ...placeById.keys(), ...routeIds]);
  for (const c of inputs.claims) {
    const { subject, part_of: partOf } = c.value;
    if (!isDistrictSubject(subject) && !known.has(subject)) {
      throw fieldError(c.file, c.label, 'subject', `"${subject}" is not an event, place or route in ${file}`);
    }
    if (partOf !== undefined) {
      const total = claims.get(partOf);
      if (!total) throw fieldError(c.file, c.label, 'part_of', `claim "${partOf}" is not in ${inputs.files.claims}`);
      if (total.value.source !== c.value.source) {
        throw fieldError(c.file, c.label, 'part_of', `claim "${partOf}" is from "${total.value.source}", not "${c.value.source}": a breakdown belongs to a total of the same source`);
      }
    }
    if (c.value.metric === 'location' && isDistrictSubject(subject)) {
      throw fieldError(c.file, c.label, 'subject', 'a location claim must be about an event place');
    }
  }
  if (opts.complete) {
    const missing = [...EVENT_IDS, ...EVENT_PLACE_IDS, ...ROUTE_IDS].find((id) => !known.has(id));
    if (missing) throw new DataError(`${file}: "${missing}": missing (every id in src/schema/ids.ts needs a record)`);
  }
}
