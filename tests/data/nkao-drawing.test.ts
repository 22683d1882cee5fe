/**
 * The former NKAO as the committed data draws it: its name runs along lines that stay close to the
 * 1991 outline, and the legend lists its figure exactly when the map draws the outline in a class
 * colour or striped.
 */
import { pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASE, SOURCES_DIFFER } from '../../src/config/palette.ts';
import { themeLegendSection } from '../../src/export/evidence.ts';
import { THEME_UI } from '../../src/i18n/en-theme.ts';
import { districtLabelPoints } from '../../src/data/label-points.ts';
import { themeOf } from '../../src/data/themes.ts';
import { themeLegendModel } from '../../src/legend/theme.ts';
import { themeShading } from '../../src/style/theme-paint.ts';
import { NKAO_ID } from '../../src/schema/index.ts';
import { committedData } from '../committed-data.ts';

const { data } = await committedData();
const nkao = data.districts.features.find((f) => f.properties.id === NKAO_ID)!;
const outline = polygonToLine(nkao) as Feature<LineString>;
const labels = districtLabelPoints(data.districts).features;
const lines = labels.filter((f) => f.geometry.type === 'LineString');

/** The farthest a line's vertices lie from the 1991 outline, km. */
const farthest = (coords: readonly Position[]) => Math.max(...coords.map((p) => pointToLineDistance(p, outline, { units: 'kilometers' })));
const lengthKm = (coords: readonly Position[]) =>
  coords.slice(1).reduce((sum, p, i) => {
    const q = coords[i]!;
    const kx = 111.32 * Math.cos(((p[1]! + q[1]!) / 2) * (Math.PI / 180));
    return sum + Math.hypot((p[0]! - q[0]!) * kx, (p[1]! - q[1]!) * 111.32);
  }, 0);

describe('the name of the former NKAO on the map', () => {
  it('runs along two lines, one per zoom band, and every district keeps its label point', () => {
    expect(lines.map((f) => f.properties.band).sort()).toEqual(['detail', 'overview']);
    expect(lines.every((f) => f.properties.id === NKAO_ID)).toBe(true);
    const points = labels.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.id);
    expect(points.sort()).toEqual(data.districts.features.map((f) => f.properties.id).filter((id) => id !== NKAO_ID).sort());
  });

  it('close to the 1991 line: the whole ring within 2.5 km when zoomed in, a stretch of it within 8 km at the opening view', () => {
    const detail = lines.find((f) => f.properties.band === 'detail')!.geometry as LineString;
    const overview = lines.find((f) => f.properties.band === 'overview')!.geometry as LineString;
    expect(detail.coordinates[0]).toEqual(detail.coordinates.at(-1));
    expect(farthest(detail.coordinates)).toBeLessThan(2.5);
    expect(farthest(overview.coordinates)).toBeLessThan(8);
    // long enough for "former NKAO (1991)" at the opening zoom, with room at both ends
    expect(lengthKm(overview.coordinates)).toBeGreaterThan(140);
    expect(lengthKm(overview.coordinates)).toBeLessThan(lengthKm(detail.coordinates));
  });
});

describe('the legend of the former NKAO outline', () => {
  const themes = data.atlas.themes.map(themeOf);
  const total = data.districts.features.length;

  it('lists its figure exactly when the map draws it: its class colour, or the stripes', () => {
    for (const theme of themes) {
      const shading = themeShading(theme);
      const model = themeLegendModel(theme, total);
      const shade = theme.shades.get(NKAO_ID);
      if (!shade) expect(model.nkao, theme.metric).toBeNull();
      else if (shade.kind === 'differ') expect(model.nkao, theme.metric).toMatchObject({ kind: 'differ', light: SOURCES_DIFFER.light, dark: SOURCES_DIFFER.dark });
      else expect(model.nkao, theme.metric).toMatchObject({ kind: 'class', color: shading.fills.find((f) => f.id === NKAO_ID)!.color });
    }
    // the committed data has all three: the 2023 counts in one class, the 2020 counts across two, and themes without the NKAO
    expect(new Set(themes.map((t) => themeLegendModel(t, total).nkao?.kind ?? 'none'))).toEqual(new Set(['class', 'differ', 'none']));
  });

  it('travels to the exported page: the same item, drawn as the outline in its class colour (or striped) under the dashed line', () => {
    for (const theme of themes) {
      const model = themeLegendModel(theme, total);
      const entry = themeLegendSection(model).entries.find((e) => e.swatch.kind === 'cased');
      if (!model.nkao) expect(entry, theme.metric).toBeUndefined();
      else if (model.nkao.kind === 'class') expect(entry, theme.metric).toEqual({ swatch: { kind: 'cased', color: model.nkao.color, ink: BASE.nkaoOutline }, label: THEME_UI.nkaoClass });
      else expect(entry, theme.metric).toEqual({ swatch: { kind: 'cased', color: SOURCES_DIFFER.light, stripe: SOURCES_DIFFER.dark, ink: BASE.nkaoOutline }, label: THEME_UI.nkaoDiffer });
    }
  });

  it('shows the districts\' "sources differ" item only when a district (not the NKAO) is striped', () => {
    for (const theme of themes) {
      const rayons = theme.differ.filter((p) => p !== NKAO_ID);
      expect(themeLegendModel(theme, total).differ !== null, theme.metric).toBe(rayons.length > 0);
    }
  });
});
