/**
 * The themes the page paints come from the build: here they are recomputed from the claim files
 * the page reads and must match what atlas.json carries, place by place; and the style of every
 * theme passes MapLibre's validator.
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { themeModels } from '../../geodata/build/compute-themes.ts';
import { themeOf } from '../../src/data/themes.ts';
import { buildStyle } from '../../src/style/index.ts';
import { themeShading } from '../../src/style/theme-paint.ts';
import { committedData } from '../committed-data.ts';

const { data, atlas } = await committedData();

describe('the themes in atlas.json', () => {
  it('equal the themes recomputed from the claim files and the district features: classes, places, claims', () => {
    const recomputed = themeModels(data.districts.features.map((f) => f.properties), atlas.claims, atlas.parties);
    expect(data.atlas.themes.map((t) => t.id)).toEqual(recomputed.map((t) => t.id));
    for (const [i, built] of data.atlas.themes.entries()) expect(built, built.id).toEqual(recomputed[i]);
  });

  it('name only claims the claim files hold, each about the place it shades', () => {
    const byId = new Map(atlas.claims.map((c) => [c.id, c]));
    for (const theme of data.atlas.themes) {
      for (const shade of theme.shades) {
        for (const id of shade.claims) expect(byId.get(id)?.subject, `${theme.id}: ${id}`).toBe(shade.place);
      }
    }
  });

  it('offer displaced people first, then each other population and period, then every damage metric with figures for two or more places', () => {
    expect(data.atlas.themes.slice(0, 4).map((t) => t.id)).toEqual(['idp', 'displaced_armenians_1988_1994', 'left_nk_2020', 'left_nk_2023']);
    expect(data.atlas.themes.slice(0, 4).every((t) => t.population !== null)).toBe(true);
    expect(data.atlas.themes.length).toBeGreaterThan(10);
    for (const t of data.atlas.themes.slice(4)) {
      expect(t.population, t.id).toBeNull();
      expect(t.shades.length, t.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('each give a style MapLibre validates (the pure style of data and theme)', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    for (const model of data.atlas.themes) {
      const style = buildStyle({ districts: data.districts, context: empty, districtLabels: empty, countryLabels: empty, fontBaseUrl: '/fonts/', shading: themeShading(themeOf(model)) });
      expect(validateStyleMin(style), model.id).toEqual([]);
    }
  });
});
