import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { IDP_CLASSES, IDP_NO_FIGURE } from '../../src/config/classes.ts';
import { LAYER, LAYER_ORDER } from '../../src/config/layers.ts';
import { GROUP_COLOUR } from '../../src/config/palette.ts';
import { buildStyle } from '../../src/style/index.ts';
import { hatchImage } from '../../src/style/hatch.ts';
import { legendClassItems } from '../../src/ui/legend-items.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + 0.2, y], [x + 0.2, y + 0.2], [x, y + 0.2], [x, y]]],
});

const districts: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'lachin', idp: 63007, group: 'seven-surrounding' }, geometry: square(46.4, 39.6) },
    { type: 'Feature', properties: { id: 'gadabay', idp: null, group: 'border-armenia' }, geometry: square(45.7, 40.5) },
    { type: 'Feature', properties: { id: 'nkao', idp: 42072, group: 'former-nkao' }, geometry: square(46.6, 39.8) },
  ],
};
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

const style = buildStyle({
  districts,
  context: empty,
  districtLabels: empty,
  countryLabels: empty,
  fontBaseUrl: '/fonts/',
});

const hex = (c: { r: number; g: number; b: number }) =>
  `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;

function fillColorOf(layerId: string): unknown {
  const layer = style.layers.find((l) => l.id === layerId);
  if (!layer || layer.type !== 'fill') throw new Error(`no fill layer ${layerId}`);
  return layer.paint?.['fill-color'];
}

function evaluateFill(layerId: string, idp: number | null): string {
  const expr = createExpression(fillColorOf(layerId), `layers.${layerId}.paint.fill-color`);
  if (expr.result !== 'success') throw new Error(JSON.stringify(expr.value));
  const colour = expr.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { idp } });
  return hex(colour as { r: number; g: number; b: number });
}

describe('the style', () => {
  it('passes the MapLibre style validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has every layer in the z-order registry, in that order, and no glyphs URL', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(LAYER_ORDER.filter((id) => ids.includes(id)));
    expect(ids).toContain(LAYER.districtFill);
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys(style['font-faces'] ?? {})).toContain('Noto Sans Regular');
  });

  it('paints each class with the colour the legend shows for it', () => {
    const legend = legendClassItems();
    expect(legend.map((i) => i.color)).toEqual(IDP_CLASSES.map((c) => c.color));
    for (const item of legend) {
      const samples = [item.min, Number.isFinite(item.max) ? item.max : item.min * 10];
      for (const n of samples) {
        expect(evaluateFill(LAYER.districtFill, n), `${n}`).toBe(item.color);
        expect(evaluateFill(LAYER.nkaoFill, n), `nkao ${n}`).toBe(item.color);
      }
    }
  });

  it('paints "no figure" differently from every class, zero included', () => {
    const noFigure = evaluateFill(LAYER.districtFill, null);
    expect(noFigure).toBe(IDP_NO_FIGURE.color);
    for (const c of IDP_CLASSES) expect(noFigure).not.toBe(c.color);
    expect(evaluateFill(LAYER.districtFill, 0)).toBe(IDP_CLASSES[0]!.color);
  });

  it('classes are contiguous, whole persons, from zero up, open at the top', () => {
    expect(IDP_CLASSES[0]!.min).toBe(0);
    for (let i = 1; i < IDP_CLASSES.length; i++) expect(IDP_CLASSES[i]!.min).toBe(IDP_CLASSES[i - 1]!.max + 1);
    expect(IDP_CLASSES.at(-1)!.max).toBe(Number.POSITIVE_INFINITY);
  });

  it('outlines each group in the colour of the group legend', () => {
    const layer = style.layers.find((l) => l.id === LAYER.districtOutline);
    if (!layer || layer.type !== 'line') throw new Error('no outline layer');
    const expr = createExpression(layer.paint?.['line-color'], 'outline', null);
    if (expr.result !== 'success') throw new Error('invalid');
    for (const [group, colour] of Object.entries(GROUP_COLOUR)) {
      expect(expr.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { group } })).toBe(colour);
    }
  });

  it('makes a seamless hatch tile of the two no-figure colours', () => {
    const img = hatchImage(IDP_NO_FIGURE.color, IDP_NO_FIGURE.hatch);
    expect(img.data.length).toBe(img.width * img.height * 4);
    expect(new Set(Array.from(img.data).filter((_, i) => i % 4 === 3))).toEqual(new Set([255]));
  });
});
