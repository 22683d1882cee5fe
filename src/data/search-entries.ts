/**
 * What the search can find, built once from the first-load data: the districts and the former
 * NKAO, the places of the event layers, the areas the sources name, and the gazetteer's towns.
 * Each entry keeps every name it answers to (with the keys of src/lib/search-text.ts) and where
 * choosing it leads. No DOM, no map: the page decides how to go there.
 */
import type { Alias, AreaId, AreaRecord, DistrictId, EventPlaceId, Town } from '../schema/index.ts';
import { areaName } from '../lib/format.ts';
import { bestName, nameKeys, queryKeys, type SearchKeys } from '../lib/search-text.ts';
import type { AtlasIndex, PlaceId } from './index-claims.ts';

/** Where choosing an entry leads. */
export type SearchTarget =
  | { kind: 'district'; id: PlaceId }
  | { kind: 'event-place'; id: EventPlaceId; event: string; at: [number, number] | null }
  /** `within`: the district a town or site lies in, whose popup shows its figures */
  | { kind: 'area'; id: AreaId; area: AreaRecord['kind']; within: DistrictId | null }
  | { kind: 'town'; town: Town };

/** One name an entry answers to: its own name, or an alias with where that alias is used. */
export interface SearchName {
  text: string;
  alias: Alias | null;
  keys: SearchKeys;
}

export interface SearchEntry {
  /** unique among entries, stable: `district:kalbajar`, `town:Goris` */
  key: string;
  /** the name shown, Azerbaijani first where there is one */
  name: string;
  names: readonly SearchName[];
  target: SearchTarget;
}

export interface SearchHit {
  entry: SearchEntry;
  tier: number;
  /** the alias the query met, when it met no name of the entry's own as closely */
  alias: Alias | null;
}

type Names = { name_az: string | null; name_en: string; aliases: readonly Alias[] };

/** The entry's own names first (they win ties), then its aliases in the data's order. */
function namesOf(n: Names): SearchName[] {
  const own = [n.name_az, n.name_en].flatMap((text, i) => (text ? [{ text, alias: null, keys: nameKeys(text, i === 0) }] : []));
  const aliases = n.aliases.map((a) => ({ text: a.name, alias: a, keys: nameKeys(a.name, a.lang === 'az') }));
  return [...own, ...aliases];
}

/**
 * Every searchable thing, in the order equal matches are listed: districts (the list's own
 * subjects), then the areas the sources name, the event places, and last the gazetteer's towns,
 * which hold no figures of their own. An area without figures and without a district to open
 * is left out: choosing it would lead nowhere.
 */
export function searchEntries(index: Pick<AtlasIndex, 'order' | 'districtsById' | 'atlas'>): SearchEntry[] {
  const filed = new Set<string>(index.atlas.claim_files);
  const districts = index.order.flatMap((id): SearchEntry[] => {
    const d = index.districtsById.get(id);
    return d ? [{ key: `district:${id}`, name: d.name_az, names: namesOf(d), target: { kind: 'district', id } }] : [];
  });
  const areas = index.atlas.areas
    .filter((a) => a.within !== null || filed.has(a.id))
    .map((a): SearchEntry => ({ key: `area:${a.id}`, name: areaName(a), names: namesOf(a), target: { kind: 'area', id: a.id, area: a.kind, within: a.within } }));
  const places = index.atlas.events.flatMap((e) =>
    e.places.map((p): SearchEntry => ({ key: `place:${p.id}`, name: p.name_az, names: namesOf(p), target: { kind: 'event-place', id: p.id, event: e.id, at: p.drawn_at } })),
  );
  const towns = index.atlas.towns.map(
    (t): SearchEntry => ({
      key: `town:${t.name}`,
      name: t.name,
      // GeoNames writes some Azerbaijani towns in Azerbaijani (Laçın, Qubadlı): their English spelling is a key too
      names: [{ text: t.name, alias: null, keys: nameKeys(t.name, t.country === 'AZ') }],
      target: { kind: 'town', town: t },
    }),
  );
  return [...districts, ...areas, ...places, ...towns];
}

/**
 * The entries a query finds, best first: by how closely it met a name (src/lib/search-text.ts),
 * an entry's own name before an alias, then in the entries' order. At most `limit`.
 */
export function findEntries(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = queryKeys(query);
  if (!q) return [];
  const found = entries.flatMap((entry, order) => {
    const m = bestName(q, entry);
    return m ? [{ entry, tier: m.tier, own: m.name.alias === null ? 0 : 1, order, alias: m.name.alias }] : [];
  });
  found.sort((a, b) => a.tier - b.tier || a.own - b.own || a.order - b.order);
  return found.slice(0, limit).map(({ entry, tier, alias }) => ({ entry, tier, alias }));
}

/** Whether a query finds this entry at all, letters inside words included (the list's filter). */
export function entryMatches(entry: SearchEntry, query: string): boolean {
  const q = queryKeys(query);
  return q === null || bestName(q, entry, 1) !== null;
}

/**
 * The district whose popup holds what a target leads to: the district itself, the one a town or
 * site lies in, the one an event took place in. Null for an area the map has no outline for and
 * a town outside the atlas's districts.
 */
export function targetDistrict(target: SearchTarget, index: Pick<AtlasIndex, 'eventsById'>): PlaceId | null {
  switch (target.kind) {
    case 'district':
      return target.id;
    case 'area':
      return target.within;
    case 'town':
      return target.town.district;
    case 'event-place':
      return index.eventsById.get(target.event)?.district ?? null;
  }
}
