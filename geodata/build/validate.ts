import { booleanClockwise } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { AreaId, COUNTRY_ID, DISTRICT_IDS, DistrictId, NKAO_ID } from '../../src/schema/index.ts';
import { z } from 'zod';

const DistrictSubject = z.union([DistrictId, z.literal(NKAO_ID)]);
import { DataError, fieldError } from './errors.ts';
import { MAX_AREA_POSITIONS, findSelfIntersection, positionCount } from './find-self-intersection.ts';
import type { Inputs, Located } from './read-inputs.ts';

/** Every id must name one record: the first duplicate is reported with where the other one is. */
function checkUnique<T>(items: readonly Located<T>[], key: (t: T) => string, field: string): void {
  const seen = new Map<string, Located<T>>();
  for (const item of items) {
    const k = key(item.value);
    const first = seen.get(k);
    if (first) {
      const where = first.file === item.file ? '' : ` in ${first.file}`;
      throw fieldError(item.file, item.label, field, `duplicate id "${k}" (also ${first.label}${where})`);
    }
    seen.set(k, item);
  }
}

/** The cross-file rules zod cannot see: unique ids, references that resolve, codes that exist. */
export function checkInputs(inputs: Inputs, opts: { complete: boolean }): void {
  const { files } = inputs;
  checkUnique(inputs.rayons, (f) => f.properties.adm1_code, 'properties.adm1_code');
  if (inputs.nkao.length !== 1) throw new DataError(`${files.nkao}: expected exactly 1 feature (the NKAO outline), found ${inputs.nkao.length}`);
  checkUnique(inputs.sources, (s) => s.id, 'id');
  checkUnique(inputs.parties, (p) => p.id, 'id');
  checkPartyNames(inputs);
  checkUnique(inputs.districts, (d) => d.id, 'id');
  checkUnique(inputs.claims, (c) => c.id, 'id');
  for (const list of Object.values(inputs.events)) checkUnique<{ id: string }>(list, (r) => r.id, 'id');

  const rayonCodes = new Set(inputs.rayons.map((r) => r.value.properties.adm1_code));
  const usedBy = new Map<string, string>();
  for (const d of inputs.districts) {
    const codes = d.value.adm1_codes;
    if (d.value.id === NKAO_ID && codes.length > 0) {
      throw fieldError(d.file, d.label, 'adm1_codes', `must be empty: the NKAO outline comes from ${files.nkao}`);
    }
    if (d.value.id !== NKAO_ID && codes.length === 0) {
      throw fieldError(d.file, d.label, 'adm1_codes', 'a district needs at least one Natural Earth adm1_code');
    }
    codes.forEach((code, i) => {
      if (!rayonCodes.has(code)) throw fieldError(d.file, d.label, ['adm1_codes', i], `"${code}" is not in ${files.rayons}`);
      const other = usedBy.get(code);
      if (other) throw fieldError(d.file, d.label, ['adm1_codes', i], `"${code}" is already used by district "${other}"`);
      usedBy.set(code, d.value.id);
    });
  }
  if (opts.complete) {
    const have = new Set<string>(inputs.districts.map((d) => d.value.id));
    const missing = [...DISTRICT_IDS, NKAO_ID].find((id) => !have.has(id));
    if (missing) throw new DataError(`${files.districts}: district "${missing}": missing (every id in src/schema/ids.ts needs a record)`);
  }

  const sourceIds = new Set(inputs.sources.map((s) => s.value.id));
  const partyIds = new Set(inputs.parties.map((p) => p.value.id));
  const districtIds = new Set<string>(inputs.districts.map((d) => d.value.id));
  const areaIds = new Set<string>();
  for (const a of inputs.areas) {
    if (areaIds.has(a.value.id)) throw fieldError(a.file, a.label, 'id', `"${a.value.id}" is listed twice`);
    areaIds.add(a.value.id);
  }
  for (const c of inputs.claims) {
    const { source, subject, metric } = c.value;
    if (!sourceIds.has(source)) throw fieldError(c.file, c.label, 'source', `"${source}" is not in ${files.sources}`);
    if (!partyIds.has(c.value.claimed_by)) throw fieldError(c.file, c.label, 'claimed_by', `"${c.value.claimed_by}" is not a party in ${files.parties}`);
    const relay = c.value.relayed_by;
    if (relay !== undefined && !partyIds.has(relay)) throw fieldError(c.file, c.label, 'relayed_by', `"${relay}" is not a party in ${files.parties}`);
    if (relay === c.value.claimed_by) throw fieldError(c.file, c.label, 'relayed_by', 'a party does not relay itself: leave relayed_by out');
    if (subject !== COUNTRY_ID && DistrictSubject.safeParse(subject).success && !districtIds.has(subject)) {
      throw fieldError(c.file, c.label, 'subject', `"${subject}" is not a district in ${files.districts}`);
    }
    if (AreaId.safeParse(subject).success && !areaIds.has(subject)) {
      throw fieldError(c.file, c.label, 'subject', `"${subject}" is not an area in ${files.areas}`);
    }
    if (metric === 'group' && !DistrictSubject.safeParse(subject).success) throw fieldError(c.file, c.label, 'subject', 'a group claim must be about a district');
  }
}

/** Case- and accent-insensitive, so "Government of Azerbaijan" and "government of azerbaijan" are one name. */
const nameKey = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/** No party under two names: a name or an "also known as" may belong to one party only. */
function checkPartyNames(inputs: Inputs): void {
  const owner = new Map<string, string>();
  for (const p of inputs.parties) {
    const names = [p.value.name, ...(p.value.aka ?? [])];
    names.forEach((n, i) => {
      const k = nameKey(n);
      const other = owner.get(k);
      if (other !== undefined && other !== p.value.id) {
        throw fieldError(p.file, p.label, i === 0 ? 'name' : ['aka', i - 1], `"${n}" is already a name of party "${other}": one party, one record`);
      }
      owner.set(k, p.value.id);
    });
  }
}

const samePos = (a: Position | undefined, b: Position | undefined) => a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * At most MAX_AREA_POSITIONS positions, rings closed, no self-intersection, and optionally RFC 7946
 * winding (outer rings counter-clockwise, holes clockwise). Used on the inputs and again on the
 * outputs, because rounding to 5 decimals could in principle fold a thin spot.
 */
export function checkAreaGeometry(file: string, label: string, geom: Polygon | MultiPolygon, opts: { winding: boolean }): void {
  const count = positionCount(geom);
  if (count > MAX_AREA_POSITIONS) {
    throw fieldError(file, label, 'geometry', `has ${count.toLocaleString('en')} positions; an area may have at most ${MAX_AREA_POSITIONS.toLocaleString('en')} (simplify it first)`);
  }
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  polys.forEach((rings, pi) => {
    rings.forEach((ring, ri) => {
      const path = geom.type === 'Polygon' ? ['geometry', 'coordinates', ri] : ['geometry', 'coordinates', pi, ri];
      if (ring.length < 4) throw fieldError(file, label, path, 'a linear ring needs at least 4 positions');
      if (!samePos(ring[0], ring[ring.length - 1])) throw fieldError(file, label, path, 'ring is not closed (the last position must repeat the first)');
      if (opts.winding && booleanClockwise(ring) !== (ri > 0)) {
        throw fieldError(file, label, path, ri === 0 ? 'outer ring must be counter-clockwise (RFC 7946)' : 'hole must be clockwise (RFC 7946)');
      }
    });
  });
  const at = findSelfIntersection(geom);
  if (at) throw fieldError(file, label, 'geometry', `self-intersects near [${at[0]}, ${at[1]}]`);
}
