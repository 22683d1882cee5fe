import { describe, expect, it } from 'vitest';
import { THEME_GROUP_IDS, THEME_GROUP_METRICS, themeGroupOf } from '../../src/config/theme-groups.ts';
import { THEME_UI } from '../../src/i18n/en-theme.ts';
import { DAMAGE_SET, METRICS } from '../../src/schema/index.ts';

describe('the groups of the damage themes ("Shade districts by")', () => {
  const listed = THEME_GROUP_IDS.flatMap((g) => THEME_GROUP_METRICS[g]);

  it('put every damage metric in exactly one group', () => {
    expect(DAMAGE_SET.filter((m) => themeGroupOf(m) === null)).toEqual([]);
    expect(listed.filter((m, i) => listed.indexOf(m) !== i)).toEqual([]);
  });

  it('list only damage metrics', () => {
    const known = new Set<string>(METRICS);
    const damage = new Set<string>(DAMAGE_SET);
    expect(listed.filter((m) => !known.has(m) || !damage.has(m))).toEqual([]);
  });

  it('have a label each', () => {
    for (const g of THEME_GROUP_IDS) expect(THEME_UI.damageGroups[g], g).toMatch(/\S/);
  });
});
