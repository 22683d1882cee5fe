import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { IDP_CLASSES, IDP_NO_FIGURE } from '../../src/config/classes.ts';
import { LAYER, LAYER_ORDER, SOURCE } from '../../src/config/layers.ts';
import { GROUP_COLOUR } from '../../src/config/palette.ts';
import { buildStyle } from '../../src/style/index.ts';
import { controlShading } from '../../src/style/control-paint.ts';
import type { ControlStatus } from '../../src/schema/index.ts';
import { hatchImage, stripeImage } from '../../src/style/hatch.ts';
import { themeShading } from '../../src/style/theme-paint.ts';
import { CONTROL_COLOUR, NO_FIGURE, RAMP_DAMAGE, SOURCES_DIFFER } from '../../src/config/palette.ts';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { legendClassItems } from '../../src/legend/items.ts';
import { idpThemeModel } from '../../geodata/build/compute-themes.ts';
import { themeOf } from '../../src/data/themes.ts';
import { layerChanges, type LayerChange } from '../../src/map/style-diff.ts';
import type { DistrictProps } from '../../src/schema/index.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, y], [x + 0.2, y], [x + 0.2, y + 0.2], [x, y + 0.2], [x, y]]],
});

/** One place per displaced-people class, one without a figure, and the NKAO outline. */
const FIXTURE = [
  { id: 'kalbajar', idp: 0, group: 'seven-surrounding' },
  { id: 'lachin', idp: 63007, group: 'seven-surrounding' },
  { id: 'aghdam', idp: 128000, group: 'seven-surrounding' },
  { id: 'gadabay', idp: null, group: 'border-armenia' },
  { id: 'nkao', idp: 42072, group: 'former-nkao' },
] as const;
const districts: FeatureCollection = {
  type: 'FeatureCollection',
  features: FIXTURE.map((p, i) => ({ type: 'Feature' as const, properties: { ...p }, geometry: square(45.7 + i * 0.3, 39.6) })),
};
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const idpTheme = themeOf(
  idpThemeModel(
    FIXTURE.map((p) => ({ ...p, idp_claim: p.idp === null ? null : `claim-${p.id}` }) as unknown as DistrictProps),
    [],
  ),
);
const base = { districts, context: empty, districtLabels: empty, countryLabels: empty, fontBaseUrl: '/fonts/' };
const style = buildStyle({ ...base, shading: themeShading(idpTheme) });

const hex = (c: { r: number; g: number; b: number }) =>
  `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;

function fillColorOf(layerId: string): unknown {
  const layer = style.layers.find((l) => l.id === layerId);
  if (!layer || layer.type !== 'fill') throw new Error(`no fill layer ${layerId}`);
  return layer.paint?.['fill-color'];
}

/** The NKAO's class colour is carried by its outline, drawn wide: a line-color. */
function evaluateLine(layerId: string, id: string): string {
  const layer = style.layers.find((l) => l.id === layerId);
  if (!layer || layer.type !== 'line') throw new Error(`no line layer ${layerId}`);
  const expr = createExpression(layer.paint?.['line-color'], `layers.${layerId}.paint.line-color`);
  if (expr.result !== 'success') throw new Error(JSON.stringify(expr.value));
  return hex(expr.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { id } }) as { r: number; g: number; b: number });
}

function evaluateFill(layerId: string, id: string): string {
  const expr = createExpression(fillColorOf(layerId), `layers.${layerId}.paint.fill-color`);
  if (expr.result !== 'success') throw new Error(JSON.stringify(expr.value));
  const colour = expr.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { id } });
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

  it('paints each place the colour the legend shows for the class of its displaced-people figure', () => {
    const legend = legendClassItems();
    expect(legend.map((i) => i.color)).toEqual(IDP_CLASSES.map((c) => c.color));
    const hit = new Set<string>();
    for (const p of FIXTURE) {
      if (p.idp === null) continue;
      const item = legend.find((i) => p.idp >= i.min && p.idp <= i.max)!;
      hit.add(item.color);
      expect(p.id === 'nkao' ? evaluateLine(LAYER.nkaoFigure, p.id) : evaluateFill(LAYER.districtFill, p.id), p.id).toBe(item.color);
    }
    expect(hit.size).toBe(legend.length);
  });

  it('paints "no figure" differently from every class, zero included', () => {
    const noFigure = evaluateFill(LAYER.districtFill, 'gadabay');
    expect(noFigure).toBe(IDP_NO_FIGURE.color);
    for (const c of IDP_CLASSES) expect(noFigure).not.toBe(c.color);
    expect(evaluateFill(LAYER.districtFill, 'kalbajar')).toBe(IDP_CLASSES[0]!.color);
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

  // the default tile and the one the map draws (10 px, lines 1.6 px wide)
  for (const [size, lineWidth] of [[8, 1.5], [10, 1.6]] as const) {
    it(`makes a seamless ${size} px hatch tile of the two no-figure colours: lines rising to the right, unbroken at the edges`, () => {
      const img = hatchImage(IDP_NO_FIGURE.color, IDP_NO_FIGURE.hatch, size, lineWidth);
      expect([img.width, img.height, img.data.length]).toEqual([size, size, size * size * 4]);
      expect(new Set(Array.from(img.data).filter((_, i) => i % 4 === 3))).toEqual(new Set([255]));
      // how much of the line colour each pixel holds: 0 is the grey, 1 the line, between is anti-aliasing
      const bg = [1, 3, 5].map((i) => parseInt(IDP_NO_FIGURE.color.slice(i, i + 2), 16));
      const fg = [1, 3, 5].map((i) => parseInt(IDP_NO_FIGURE.hatch.slice(i, i + 2), 16));
      const span = bg.reduce((sum, b, k) => sum + (fg[k]! - b) ** 2, 0);
      const ink = (x: number, y: number) => {
        const wrap = (v: number) => ((v % size) + size) % size;
        const i = (wrap(y) * size + wrap(x)) * 4;
        return bg.reduce((sum, b, k) => sum + (img.data[i + k]! - b) * (fg[k]! - b), 0) / span;
      };
      const all = Array.from({ length: size * size }, (_, i) => ink(i % size, Math.floor(i / size)));
      // both colours are there as they are, and every row and column crosses a line
      expect(all.some((t) => t > 0.99)).toBe(true);
      expect(all.some((t) => t < 0.01)).toBe(true);
      for (let k = 0; k < size; k++) {
        expect(Math.max(...all.filter((_, i) => i % size === k)), `column ${k}`).toBeGreaterThan(0.99);
        expect(Math.max(...all.filter((_, i) => Math.floor(i / size) === k)), `row ${k}`).toBeGreaterThan(0.99);
      }
      // lines `lineWidth` wide, size / √2 apart across the diagonal: that share of the tile is ink
      const share = all.reduce((a, b) => a + b, 0) / all.length;
      expect(share).toBeGreaterThan((lineWidth * Math.SQRT2) / size - 0.04);
      expect(share).toBeLessThan((lineWidth * Math.SQRT2) / size + 0.04);
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          // one pixel right and one up is the same line, also across the right and the top edge
          // (wrapping into the next tile), so the tiles join without a seam
          expect(ink(x + 1, y - 1), `(${x}, ${y}) → (${x + 1}, ${y - 1})`).toBeCloseTo(ink(x, y), 9);
        }
      }
    });
  }

  it('makes a seamless two-tone stripe tile for "sources differ", of the two stripe colours only at its centres', () => {
    const img = stripeImage(SOURCES_DIFFER.light, SOURCES_DIFFER.dark, 12);
    expect(img.data.length).toBe(12 * 12 * 4);
    const px = (x: number, y: number) => Array.from(img.data.slice((y * 12 + x) * 4, (y * 12 + x) * 4 + 3));
    // half a period apart along a row: one light, one dark
    const hex = (c: number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(new Set([hex(px(3, 0)), hex(px(9, 0))])).toEqual(new Set([SOURCES_DIFFER.light, SOURCES_DIFFER.dark]));
    // seamless: the stripe continues across the tile's edge (column 11 → column 0 one row down)
    expect(px(11, 0)).toEqual(px(0, 1));
  });
});

/** The style with a diff applied to its layers, as the map's owner applies it with MapLibre's setters. */
function applied(base: StyleSpecification, changes: readonly LayerChange[]): StyleSpecification {
  const layers = base.layers.map((l): LayerSpecification => {
    const c = changes.find((x) => x.layer === l.id);
    if (!c) return l;
    const next = structuredClone(l) as LayerSpecification & { filter?: unknown; paint?: Record<string, unknown>; layout?: Record<string, unknown> };
    if (c.filter) {
      if (c.filter.value === null) delete next.filter;
      else next.filter = c.filter.value as never;
    }
    for (const key of ['paint', 'layout'] as const) {
      const props = { ...(next[key] ?? {}) };
      for (const [k, v] of c[key]) {
        if (v === undefined) delete props[k];
        else props[k] = v;
      }
      if (Object.keys(props).length) next[key] = props as never;
      else delete next[key];
    }
    return next as LayerSpecification;
  });
  return { ...base, layers };
}

function evaluate(st: StyleSpecification, layerId: string, prop: string, properties: Record<string, unknown>): unknown {
  const layer = st.layers.find((l) => l.id === layerId) as { paint?: Record<string, unknown> } | undefined;
  const expr = createExpression(layer?.paint?.[prop], `${layerId}.${prop}`);
  if (expr.result !== 'success') throw new Error(JSON.stringify(expr.value));
  return expr.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties } as never);
}

function filterOf(st: StyleSpecification, layerId: string, properties: Record<string, unknown>): boolean {
  const layer = st.layers.find((l) => l.id === layerId) as { filter?: unknown } | undefined;
  const expr = createExpression(layer?.filter ?? true, 'filter', { type: 'boolean' } as never);
  if (expr.result !== 'success') throw new Error(JSON.stringify(expr.value));
  return expr.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties } as never) as boolean;
}

describe('the theme paint', () => {
  const shading = { fills: [{ id: 'lachin', color: RAMP_DAMAGE[1] }, { id: 'aghdam', color: RAMP_DAMAGE[3] }], differ: ['shusha', 'nkao'] };
  const themed = buildStyle({ ...base, shading });

  it('one paint path: the diff from one theme\'s style to another\'s, applied, gives that style; and back', () => {
    const there = layerChanges(style, themed);
    expect(there.length).toBeGreaterThan(0);
    expect(applied(style, there).layers).toEqual(themed.layers);
    expect(applied(themed, layerChanges(themed, style)).layers).toEqual(style.layers);
    // only the district layers a theme paints change: no source, no other layer
    expect(new Set(there.map((c) => c.layer))).toEqual(new Set([LAYER.districtFill, LAYER.districtNoFigure, LAYER.districtDiffer, LAYER.nkaoFigure]));
  });

  it('a damage theme passes the style validator', () => {
    expect(validateStyleMin(themed)).toEqual([]);
  });

  it('paints each place its class colour, the light stripe colour under "sources differ", no-figure grey elsewhere', () => {
    const fill = (id: string) => hex(evaluate(themed, LAYER.districtFill, 'fill-color', { id }) as { r: number; g: number; b: number });
    expect(fill('lachin')).toBe(RAMP_DAMAGE[1]);
    expect(fill('aghdam')).toBe(RAMP_DAMAGE[3]);
    expect(fill('shusha')).toBe(SOURCES_DIFFER.light);
    expect(fill('gadabay')).toBe(NO_FIGURE.fill);
    // the NKAO whose sources differ: its outline drawn wide with the stripes, the lighter colour under them
    expect(hex(evaluate(themed, LAYER.nkaoFigure, 'line-color', { id: 'nkao' }) as { r: number; g: number; b: number })).toBe(SOURCES_DIFFER.light);
    const figure = themed.layers.find((l) => l.id === LAYER.nkaoFigure) as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
    expect(figure.paint?.['line-pattern']).toBe('sources-differ-stripes');
    expect(figure.layout?.visibility).toBe('visible');
  });

  it('never paints the former NKAO as an area: its hit area is unseen, no band, no tint over the rayons', () => {
    for (const st of [style, themed]) {
      const hit = st.layers.find((l) => l.id === LAYER.nkaoFill) as { paint?: Record<string, unknown> };
      expect(hit.paint?.['fill-opacity']).toBe(0);
      const figure = st.layers.find((l) => l.id === LAYER.nkaoFigure) as { paint?: Record<string, unknown> };
      // centred on the 1991 line: no offset into the rayons
      expect(figure.paint?.['line-offset']).toBeUndefined();
      const fills = st.layers.filter((l) => l.type === 'fill' && l.source === SOURCE.districts && l.id !== LAYER.nkaoFill);
      expect(fills.length).toBeGreaterThan(0);
      for (const l of fills) expect(filterOf(st, l.id, { id: 'nkao' }), `${l.id} paints the NKAO`).toBe(false);
    }
  });

  it('draws the NKAO outline in a class colour only when the theme has a figure for it', () => {
    const none = buildStyle({ ...base, shading: { fills: [{ id: 'lachin', color: RAMP_DAMAGE[1] }], differ: [] } });
    expect(none.layers.find((l) => l.id === LAYER.nkaoFigure)!.layout?.visibility).toBe('none');
    expect(style.layers.find((l) => l.id === LAYER.nkaoFigure)!.layout?.visibility).toBe('visible');
    // the dashed outline and the name are always there
    const outline = none.layers.find((l) => l.id === LAYER.nkaoOutline) as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
    expect(outline.paint?.['line-dasharray']).toEqual([3, 2]);
    expect(outline.layout?.visibility).toBeUndefined();
    expect(none.layers.find((l) => l.id === LAYER.nkaoLabel)!.layout?.visibility).toBeUndefined();
  });

  it('hatches exactly the districts without a figure, stripes exactly those whose figures differ', () => {
    for (const [id, hatch, stripes] of [
      ['lachin', false, false],
      ['shusha', false, true],
      ['gadabay', true, false],
      ['nkao', false, false],
    ] as const) {
      expect(filterOf(themed, LAYER.districtNoFigure, { id }), `${id} hatch`).toBe(hatch);
      expect(filterOf(themed, LAYER.districtDiffer, { id }), `${id} stripes`).toBe(stripes);
    }
    const differ = themed.layers.find((l) => l.id === LAYER.districtDiffer)!;
    expect(differ.layout?.visibility).toBe('visible');
    expect(style.layers.find((l) => l.id === LAYER.districtDiffer)!.layout?.visibility).toBe('none');
  });
});

describe('the timeline paint', () => {
  const statuses = new Map<string, { status: ControlStatus }>([
    ['lachin', { status: 'armenian-or-de-facto' }],
    ['aghdam', { status: 'partly' }],
    ['jabrayil', { status: 'uncertain' }],
    ['gadabay', { status: 'azerbaijani' }],
    ['nkao', { status: 'armenian-or-de-facto' }],
  ]);
  const timed = buildStyle({ ...base, shading: controlShading(statuses) });

  it('passes the style validator', () => {
    expect(validateStyleMin(timed)).toEqual([]);
  });

  it('paints each status its colour, hatches a part changed, stripes a date uncertain, and draws no place as "no figure"', () => {
    const fill = (id: string) => hex(evaluate(timed, LAYER.districtFill, 'fill-color', { id }) as { r: number; g: number; b: number });
    expect(fill('lachin')).toBe(CONTROL_COLOUR['armenian-or-de-facto']);
    expect(fill('gadabay')).toBe(CONTROL_COLOUR.azerbaijani);
    expect(fill('jabrayil')).toBe(SOURCES_DIFFER.light);
    expect(filterOf(timed, LAYER.districtPartly, { id: 'aghdam' })).toBe(true);
    expect(filterOf(timed, LAYER.districtPartly, { id: 'lachin' })).toBe(false);
    expect(filterOf(timed, LAYER.districtDiffer, { id: 'jabrayil' })).toBe(true);
    expect(filterOf(timed, LAYER.districtNoFigure, { id: 'gadabay' })).toBe(false);
    expect(hex(evaluate(timed, LAYER.nkaoFigure, 'line-color', { id: 'nkao' }) as { r: number; g: number; b: number })).toBe(CONTROL_COLOUR['armenian-or-de-facto']);
  });
});
