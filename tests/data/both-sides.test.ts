import { describe, expect, it } from 'vitest';
import { AREA_IDS, DISTRICT_IDS, ERA_YEARS, METRIC_ROWS, NKAO_ID, POPULATIONS, type Claim } from '../../src/schema/index.ts';
import { committedData } from '../committed-data.ts';

/**
 * Both sides' displacement and harm in the built data: each population and period its own theme,
 * figures kept on the area their source names, the balance per theme, and the checks the sources'
 * disagreements call for.
 */
const { data, atlas } = await committedData();
const byId = new Map(atlas.claims.map((c) => [c.id, c]));
const ERA = new Map(METRIC_ROWS.map((r) => [r.id as string, r.era]));
const RAYONS = new Set<string>(DISTRICT_IDS);
const yearOf = (c: Claim): number | null => (c.as_of ? Number(c.as_of.slice(0, 4)) : null);

/** Why a claim's date lies outside its metric's era (a 2016 count under a 2020 metric). */
export function eraProblems(claims: readonly Claim[]): string[] {
  return claims.flatMap((c) => {
    const era = ERA.get(c.metric);
    const y = yearOf(c);
    if (era === undefined || era === 'any' || y === null) return [];
    const [from, to] = ERA_YEARS[era];
    return y < from || (to !== null && y > to) ? [`${c.id}: ${c.metric} (${era}) dated ${y}`] : [];
  });
}

describe('each population and period is its own theme', () => {
  it('a displacement theme for each population, in order, and no two themes share a claim', () => {
    const populations = data.atlas.themes.filter((t) => t.population !== null);
    expect(populations.map((t) => t.population)).toEqual([...POPULATIONS]);
    const seen = new Map<string, string>();
    for (const t of data.atlas.themes) {
      for (const id of [...t.shades.flatMap((s) => s.claims), ...t.elsewhere.flatMap((e) => e.claims)]) {
        expect(seen.get(id), `${id} in ${t.id} and ${seen.get(id)}`).toBeUndefined();
        seen.set(id, t.id);
      }
    }
  });

  it('no theme mixes periods: every figure it draws or lists is of its metric and dated within its era', () => {
    for (const t of data.atlas.themes) {
      const claims = [...t.shades.flatMap((s) => s.claims), ...t.elsewhere.flatMap((e) => e.claims)].map((id) => byId.get(id));
      expect(claims.every((c) => c?.metric === t.id), t.id).toBe(true);
      expect(eraProblems(claims.filter((c): c is Claim => c !== undefined)), t.id).toEqual([]);
    }
    expect(eraProblems(atlas.claims)).toEqual([]);
  });

  it('eraProblems: a 2016 count under a 2020 metric, a 2023 count under a 2020 one', () => {
    const base = byId.values().next().value as Claim;
    const wrong = [
      { ...base, id: 'x-2016', metric: 'left_nk_2020', as_of: '2016-04-05' },
      { ...base, id: 'x-2023', metric: 'left_nk_2020', as_of: '2023-10-01' },
      { ...base, id: 'x-1987', metric: 'displaced_armenians_1988_1994', as_of: '1987' },
      { ...base, id: 'x-ok', metric: 'left_nk_2023', as_of: '2023-10-01' },
    ] as Claim[];
    expect(eraProblems(wrong)).toEqual([
      'x-2016: left_nk_2020 (war-2020) dated 2016',
      'x-2023: left_nk_2020 (war-2020) dated 2023',
      'x-1987: displaced_armenians_1988_1994 (war-1988-1994) dated 1987',
    ]);
  });
});

describe('figures stay on the area their source names', () => {
  it('no de facto region is put in a rayon: it covers no district and lies in none', () => {
    const regions = atlas.areas.filter((a) => a.kind === 'de-facto-region');
    expect(regions.length).toBeGreaterThanOrEqual(7);
    for (const a of regions) expect([a.id, a.covers, a.within]).toEqual([a.id, [], null]);
  });

  it('an area that covers or holds a district says why; every area id has its record', () => {
    expect(atlas.areas.map((a) => a.id).sort()).toEqual([...AREA_IDS].sort());
    for (const a of atlas.areas) if (a.covers.length > 0 || a.within !== null) expect(a.basis, a.id).toBeTruthy();
  });

  it('themes shade only districts and the NKAO; the figures of areas are listed beside the legend, never shaded', () => {
    const places = new Set<string>([...DISTRICT_IDS, NKAO_ID]);
    for (const t of data.atlas.themes) {
      for (const s of t.shades) {
        expect(places.has(s.place), `${t.id}: ${s.place}`).toBe(true);
        for (const id of s.claims) expect(byId.get(id)?.subject, `${t.id}: ${id}`).toBe(s.place);
      }
      for (const e of t.elsewhere) expect(places.has(e.subject) || RAYONS.has(e.subject), `${t.id}: ${e.subject}`).toBe(false);
    }
  });

  it('the figures of an area are filed under the area, never under a district it covers', () => {
    const areaClaims = atlas.claims.filter((c) => (AREA_IDS as readonly string[]).includes(c.subject));
    expect(areaClaims.length).toBeGreaterThan(0);
    const files = new Set(data.atlas.claim_files);
    for (const a of atlas.areas) if (areaClaims.some((c) => c.subject === a.id)) expect(files.has(a.id), a.id).toBe(true);
  });
});

describe('who speaks, per theme', () => {
  it('the balance counts, per theme, the sides of the figures it draws and lists', () => {
    const sideOf = new Map(atlas.parties.map((p) => [p.id, p.side]));
    for (const t of data.atlas.themes) {
      const row = data.atlas.balance.by_theme.find((r) => r.theme === t.id);
      const ids = [...t.shades.flatMap((s) => s.claims), ...t.elsewhere.flatMap((e) => e.claims)];
      const counts = { azerbaijani: 0, armenian: 0, 'third-party': 0, unknown: 0 };
      for (const id of ids) counts[sideOf.get(byId.get(id)?.claimed_by ?? '') ?? 'unknown'] += 1;
      expect(row?.counts, t.id).toEqual(counts);
    }
  });

  it('the displacement legends name who speaks, with their sides, in the order the figures come', () => {
    for (const t of data.atlas.themes.filter((x) => x.population !== null)) {
      const ids = [...t.shades.flatMap((s) => s.claims), ...t.elsewhere.flatMap((e) => e.claims)];
      const parties = [...new Set(ids.map((id) => byId.get(id)?.claimed_by))];
      expect(t.parties.map((p) => p.id), t.id).toEqual(parties);
    }
  });
});
