import { area, feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { GROUP_IDS, NKAO_ID } from '../../src/schema/index.ts';
import type { GroupBasis, GroupDef, GroupId } from '../../src/schema/index.ts';
import type { Inputs } from './read-inputs.ts';

/** Shown as the group's heading in the legend and popups. */
export const GROUP_LABELS: Record<GroupId, string> = {
  'former-nkao': 'Former Nagorno-Karabakh Autonomous Oblast',
  'seven-surrounding': 'The seven surrounding districts',
  'border-armenia': 'Districts bordering Armenia',
  'line-of-contact': 'Districts on the line of contact',
  'nakhchivan-ar': 'Nakhchivan Autonomous Republic',
};

/**
 * The article names "Nagorno-Karabakh" but not the post-1991 rayons carved out of it, so for these
 * four the group is a map calculation (how much of the rayon lies inside the 1991 NKAO line),
 * labelled as such, never passed off as a source's claim.
 */
export const NKAO_MAP_CALCULATION = {
  group: 'former-nkao',
  districts: ['khankendi', 'khojaly', 'khojavend', 'shusha'],
  minSharePct: 50,
  method: "share of the Natural Earth rayon inside Natural Earth's 1991 NKAO line",
} as const satisfies { group: GroupId; districts: readonly string[]; minSharePct: number; method: string };

export interface Groups {
  /** bases per district id, in GROUP_IDS order */
  bases: Map<string, GroupBasis[]>;
  defs: GroupDef[];
}

/** Percent of `g` inside `outline`, 1 decimal, geodesic areas. */
export function sharePctInside(g: Polygon | MultiPolygon, outline: Polygon | MultiPolygon): number {
  const inside = intersect(featureCollection([feature(g, null), feature(outline, null)]));
  const pct = inside ? (area(inside) / area(g)) * 100 : 0;
  return Math.min(100, Math.round(pct * 10) / 10);
}

const rank = (g: GroupId) => GROUP_IDS.indexOf(g);

export function computeGroups(inputs: Inputs, geoms: ReadonlyMap<string, Polygon | MultiPolygon>): Groups {
  const bases = new Map<string, GroupBasis[]>(inputs.districts.map((d) => [d.value.id, []]));
  const groupClaims = inputs.claims.map((c) => c.value).filter((c) => c.metric === 'group');
  for (const c of groupClaims) {
    // the schema's refinement guarantees a category value naming a group id
    if (c.value.kind !== 'category') continue;
    bases.get(c.subject)?.push({ kind: 'claim', group: c.value.text as GroupId, claim: c.id });
  }
  const nkao = geoms.get(NKAO_ID);
  if (nkao) {
    for (const id of NKAO_MAP_CALCULATION.districts) {
      const g = geoms.get(id);
      if (!g) continue;
      const share = sharePctInside(g, nkao);
      if (share < NKAO_MAP_CALCULATION.minSharePct) continue;
      bases.get(id)?.push({ kind: 'map-calculation', group: NKAO_MAP_CALCULATION.group, share_pct: share, method: NKAO_MAP_CALCULATION.method });
    }
  }
  // stable sort: group order first, then claims before calculations in the order they were read
  for (const list of bases.values()) list.sort((a, b) => rank(a.group) - rank(b.group));

  const defs: GroupDef[] = GROUP_IDS.map((id) => ({
    id,
    label: GROUP_LABELS[id],
    claims: groupClaims.filter((c) => c.value.kind === 'category' && c.value.text === id).map((c) => c.id),
  }));
  return { bases, defs };
}

/**
 * The group whose colour outlines the feature: the first in the article's order. The NKAO outline
 * *is* the former oblast, so it belongs to former-nkao by definition, whatever claims say.
 */
export function primaryGroup(id: string, bases: readonly GroupBasis[]): GroupId | null {
  if (id === NKAO_ID) return 'former-nkao';
  return bases[0]?.group ?? null;
}
