import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { committedData } from '../committed-data.ts';
import { LAYER } from '../../src/config/layers.ts';
import { NO_FIGURE } from '../../src/config/palette.ts';
import { themeOf, type Theme, type ThemePlace } from '../../src/data/themes.ts';
import { METRIC_LABEL } from '../../src/i18n/en.ts';
import { THEME_UI } from '../../src/i18n/en-theme.ts';
import { districtLayers } from '../../src/style/district-layers.ts';
import { themeShading } from '../../src/style/theme-paint.ts';
import { damageLegendModel } from '../../src/legend/theme.ts';
import { damageGroups } from '../../src/app/theme-options.ts';
import { downloadUrl, mapIdle, openAtlas, paintedColour, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';
import { colourDistance, hexToRgb, rgbOfOnePixelPng } from './pixels.ts';

const { data } = await committedData();
const [idpTheme, ...themes] = data.atlas.themes.map(themeOf);
const features = data.districts.features;

/** Districts drawn with their own fill: not the NKAO outline, not the rayons inside its line. */
const plain = features.filter((f) => f.properties.id !== 'nkao' && !f.properties.in_former_nkao).map((f) => f.properties.id as ThemePlace);

/** What may cover a district's fill at a point: labels and lines (the NKAO's hit area is never painted, but it marks the NKAO's lines near). */
const COVERS = [LAYER.districtLabel, LAYER.countryLabel, LAYER.nkaoLabel, LAYER.nkaoFill, LAYER.nkaoFigure, LAYER.nkaoOutline, LAYER.districtOutline, LAYER.river];

/**
 * The theme the test picks: of those with a plain district drawn in one class and one with no
 * figure, the one with the most classes, then the most districts (ties: the layer control's order).
 */
function pick(): { theme: Theme; shaded: ThemePlace[]; none: ThemePlace[] } {
  const richest = [...themes].sort((a, b) => b.classes.length - a.classes.length || b.shades.size - a.shades.size);
  for (const theme of richest) {
    const shaded = plain.filter((id) => theme.shades.get(id)?.kind === 'class');
    const none = plain.filter((id) => !theme.shades.has(id));
    if (shaded.length > 0 && none.length > 0) return { theme, shaded, none };
  }
  throw new Error(`no damage theme in the committed data has both a shaded and an unshaded district (offered: ${themes.map((t) => t.metric).join(', ') || 'none'})`);
}

const select = '[data-testid="theme-select"]';
const search = (page: Page) => new URL(page.url()).searchParams;


interface LegendClass {
  color: string;
  min: number;
  max: number;
  below: number;
}
const legendClasses = (page: Page): Promise<LegendClass[]> =>
  page.$$eval('[data-testid="legend-theme"] [data-testid="legend-item"]:not([data-nodata]):not([data-differ])', (els) =>
    els.map((el) => ({
      color: el.getAttribute('data-color') ?? '',
      min: Number(el.getAttribute('data-min')),
      max: Number(el.getAttribute('data-max')),
      below: Number(el.getAttribute('data-below')),
    })),
  );

const paintedFill = (page: Page, layer: string, id: string) => paintedColour(page, layer, 'fill-color', id);

/** Screen pixel at a district's interior point; null where a control, a label or a line covers it. */
async function pixelOf(page: Page, id: string): Promise<[number, number, number] | null> {
  const pt = await project(page, interiorPoint(district(id)));
  const clear = await page.evaluate(
    ({ pt, labels }) => {
      if (!document.elementFromPoint(pt.x, pt.y)?.classList.contains('maplibregl-canvas')) return false;
      const h = window.__atlas;
      const box = h.box();
      const near: [[number, number], [number, number]] = [
        [pt.x - box.left - 3, pt.y - box.top - 3],
        [pt.x - box.left + 3, pt.y - box.top + 3],
      ];
      return h.rendered(labels, near).length === 0;
    },
    { pt, labels: COVERS },
  );
  if (!clear) return null;
  return rgbOfOnePixelPng(await page.screenshot({ clip: { x: Math.round(pt.x), y: Math.round(pt.y), width: 1, height: 1 } }));
}

/** Is a layer drawn at a district's interior point? */
const drawnAt = async (page: Page, layer: string, id: string): Promise<boolean> => {
  const pt = await project(page, interiorPoint(district(id)));
  return page.evaluate(
    ({ pt, layer, id }) => {
      const h = window.__atlas;
      const box = h.box();
      const x = pt.x - box.left;
      const y = pt.y - box.top;
      return h.rendered([layer], [[x, y], [x, y]]).some((f) => f.properties.id === id);
    },
    { pt, layer, id },
  );
};

describe('the damage theme ("Shade districts by"), built, in headless Chromium', () => {
  const ctx = useAtlasPage();
  const { theme, shaded, none } = pick();
  const model = damageLegendModel(theme, features.length);
  const label = METRIC_LABEL[theme.metric];

  it('offers displaced people first, then the damage metrics some district has a figure for, grouped by what is counted', async () => {
    screenshotOnFailure(ctx, 'theme-options');
    await openAtlas(ctx);
    const options = await ctx.page.$$eval(`${select} option`, (els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent })));
    // displaced people first, each population and period its own option, then the damage metrics by group
    const displacement = themes.filter((t) => t.population !== null);
    const groups = damageGroups(themes.filter((t) => t.population === null));
    expect(displacement.length).toBe(3);
    expect(groups.length).toBeGreaterThan(3);
    expect(groups.some((g) => g.id === 'other')).toBe(false);
    expect(options[0]).toEqual({ value: 'idp', text: THEME_UI.idpOption });
    expect(options.slice(1, 4)).toEqual(displacement.map((t) => ({ value: t.metric, text: THEME_UI.displacementOption(METRIC_LABEL[t.metric], t.shades.size) })));
    expect(options.slice(4)).toEqual(groups.flatMap((g) => g.themes).map((t) => ({ value: t.metric, text: THEME_UI.damageOption(METRIC_LABEL[t.metric], t.shades.size) })));
    // each optgroup holds its own metrics, under its label
    const optgroups = await ctx.page.locator(`${select} optgroup`).evaluateAll((els) =>
      els.map((e) => ({ label: e.getAttribute('label'), values: [...e.querySelectorAll('option')].map((o) => o.value) })),
    );
    expect(optgroups).toEqual([
      { label: THEME_UI.displacementGroup, values: ['idp', ...displacement.map((t) => t.metric)] },
      ...groups.map((g) => ({ label: g.label, values: g.themes.map((t) => t.metric) })),
    ]);
    // the money themes name their currency
    const money = options.filter((o) => groups.find((g) => g.id === 'money')?.themes.some((t) => t.metric === o.value));
    expect(money.length).toBeGreaterThan(0);
    for (const o of money) expect(o.text).toMatch(/\((US dollars|manat|roubles)\)/);
    expect(await ctx.page.getByLabel(THEME_UI.selectLabel).getAttribute('data-testid')).toBe('theme-select');
    expect(await ctx.page.locator(select).inputValue()).toBe('idp');
  });

  it('switching to a damage metric: the legend reads its label and the classes computed from the data', async () => {
    screenshotOnFailure(ctx, 'theme-legend');
    await ctx.page.selectOption(select, theme.metric);
    const legend = ctx.page.locator(`[data-testid="legend-theme"][data-theme="${theme.metric}"]`);
    await legend.waitFor({ state: 'visible' });
    expect(await legend.locator('[data-testid="legend-theme-title"]').textContent()).toBe(label);
    expect(await legendClasses(ctx.page)).toEqual(model.classes.map((c) => ({ color: c.color, min: c.min, max: c.max, below: c.below })));
    const texts = await legend.locator('[data-testid="legend-item"]').allTextContents();
    expect(texts).toEqual([...model.classes.map((c) => c.label), 'no figure in sources', ...(model.differ ? [THEME_UI.sourcesDiffer] : [])]);
    expect(await legend.locator('.legend-sub').first().textContent()).toBe(model.subtitle);
    expect(await legend.locator('[data-testid="legend-count"]').textContent()).toBe(THEME_UI.count(theme.shades.size, features.length));
    // the address follows
    await ctx.page.waitForFunction((m) => new URL(location.href).searchParams.get('theme') === m, theme.metric);
  });

  it('a district with the metric is painted its class colour; one without gets the no-figure paint', async () => {
    screenshotOnFailure(ctx, 'theme-paint');
    await mapIdle(ctx.page);
    const classes = await legendClasses(ctx.page);
    const colourOf = (id: ThemePlace) => {
      const s = theme.shades.get(id);
      return s?.kind === 'class' ? model.classes[s.cls]!.color : null;
    };
    for (const id of shaded) {
      expect(await paintedFill(ctx.page, LAYER.districtFill, id), id).toBe(colourOf(id));
      expect(await drawnAt(ctx.page, LAYER.districtNoFigure, id), `${id} not hatched`).toBe(false);
    }
    for (const id of none) {
      expect(await paintedFill(ctx.page, LAYER.districtFill, id), id).toBe(NO_FIGURE.fill);
      expect(await drawnAt(ctx.page, LAYER.districtNoFigure, id), `${id} hatched`).toBe(true);
    }
    // on screen: a shaded district's pixel is nearest its own class colour; an unshaded one's is the hatch's grey or line
    const palette = [...classes.map((c) => c.color), NO_FIGURE.fill, NO_FIGURE.hatch];
    const nearest = (rgb: number[]) => [...palette].sort((a, b) => colourDistance(rgb, hexToRgb(a)) - colourDistance(rgb, hexToRgb(b)))[0];
    let checked = 0;
    for (const id of shaded) {
      const rgb = await pixelOf(ctx.page, id);
      if (!rgb) continue;
      expect(nearest(rgb), `${id} painted ${rgb.join(',')}`).toBe(colourOf(id));
      checked++;
    }
    for (const id of none.slice(0, 3)) {
      const rgb = await pixelOf(ctx.page, id);
      if (!rgb) continue;
      expect([NO_FIGURE.fill, NO_FIGURE.hatch], `${id} painted ${rgb.join(',')}`).toContain(nearest(rgb));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('the export names the theme in its title and link', { timeout: 90_000 }, async () => {
    screenshotOnFailure(ctx, 'theme-export');
    const result = await ctx.page.evaluate(() => window.__atlas.exportImage({ paper: 'A4', orientation: 'landscape', dpi: 72, format: 'png' }));
    // through a download: the page's CSP (connect-src 'self') does not let a script fetch a blob: URL
    const meta = (await downloadUrl(ctx.page, result.url, result.fileName)).toString('latin1');
    expect(meta).toContain(THEME_UI.shown(label).replace(/[“”]/g, '"'));
    expect(meta).toContain(`theme=${theme.metric}`);
  });

  it('back to displaced people: today\'s paint exactly, the legend as before, no theme in the address', async () => {
    screenshotOnFailure(ctx, 'theme-back');
    await ctx.page.selectOption(select, 'idp');
    await ctx.page.locator('[data-testid="legend-theme"][data-theme="idp"]').waitFor({ state: 'visible' });
    const original = districtLayers(themeShading(idpTheme!), THEME_UI.nkaoMapLabel);
    for (const [layer, prop] of [[LAYER.districtFill, 'fill-color'], [LAYER.nkaoFigure, 'line-color']] as const) {
      const spec = original.find((l) => l.id === layer) as { paint: Record<string, unknown> };
      expect(await ctx.page.evaluate(({ l, p }) => window.__atlas.paint(l, p), { l: layer, p: prop }), layer).toEqual(spec.paint[prop]);
    }
    const noFigure = original.find((l) => l.id === LAYER.districtNoFigure) as { filter: unknown };
    expect(await ctx.page.evaluate((l) => window.__atlas.filter(l), LAYER.districtNoFigure)).toEqual(noFigure.filter);
    expect(await ctx.page.evaluate((l) => window.__atlas.layout(l, 'visibility'), LAYER.districtDiffer)).toBe('none');
    expect(await ctx.page.locator('[data-testid="legend-theme-title"]').textContent()).toBe('Internally displaced in Azerbaijan, 1988–1994');
    expect(await ctx.page.locator('[data-testid="legend-count"]').count()).toBe(0);
    await ctx.page.waitForFunction(() => !new URL(location.href).searchParams.has('theme'));
  });

  it('the keyboard changes the theme (a native select)', async () => {
    screenshotOnFailure(ctx, 'theme-keyboard');
    await ctx.page.locator(select).focus();
    await ctx.page.keyboard.press('ArrowDown');
    await expect.poll(() => ctx.page.locator(select).inputValue()).toBe(themes[0]!.metric);
    await ctx.page.locator(`[data-testid="legend-theme"][data-theme="${themes[0]!.metric}"]`).waitFor({ state: 'visible' });
    await ctx.page.keyboard.press('ArrowUp');
    await expect.poll(() => ctx.page.locator(select).inputValue()).toBe('idp');
  });

  it('?theme=<metric> restores the theme: select, legend and paint', async () => {
    screenshotOnFailure(ctx, 'theme-permalink');
    await openAtlas(ctx, `?theme=${theme.metric}`);
    expect(await ctx.page.locator(select).inputValue()).toBe(theme.metric);
    expect(await ctx.page.locator('[data-testid="legend-theme-title"]').textContent()).toBe(label);
    const id = shaded[0]!;
    const s = theme.shades.get(id);
    expect(await paintedFill(ctx.page, LAYER.districtFill, id)).toBe(s?.kind === 'class' ? model.classes[s.cls]!.color : '');
    expect(await paintedFill(ctx.page, LAYER.districtFill, none[0]!)).toBe(NO_FIGURE.fill);
    expect(search(ctx.page).get('theme')).toBe(theme.metric);
    expect(await ctx.page.locator('[data-testid="url-notice"]').count()).toBe(0);
  });

  it('?theme=nonsense: the notice names it, the map shows displaced people', async () => {
    screenshotOnFailure(ctx, 'theme-nonsense');
    await openAtlas(ctx, '?theme=nonsense');
    const notice = ctx.page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain(THEME_UI.urlUnknownTheme('nonsense'));
    expect(await ctx.page.locator(select).inputValue()).toBe('idp');
    expect(await ctx.page.locator('[data-testid="legend-theme-title"]').textContent()).toBe('Internally displaced in Azerbaijan, 1988–1994');
    expect(search(ctx.page).has('theme')).toBe(false);
  });

  it('made no request to another origin and logged no error', () => {
    const origin = new URL(ctx.baseUrl).origin;
    expect(ctx.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(ctx.errors).toEqual([]);
  });
});
