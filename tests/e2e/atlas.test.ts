import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LAYER } from '../../src/config/layers.ts';
import { openAtlas, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint, loadDistricts } from './geo.ts';
import { colourDistance, hexToRgb, rgbOfOnePixelPng } from './pixels.ts';

interface LegendClass {
  color: string;
  min: number;
  max: number;
}

describe('the atlas, built, in headless Chromium', () => {
  const ctx = useAtlasPage();
  beforeAll(() => openAtlas(ctx));
  // each test starts with no popup open, so one failure does not cascade into the next
  beforeEach(() => ctx.page.keyboard.press('Escape'));

  const classOf = (classes: LegendClass[], idp: number | null) =>
    classes.find((c) => idp !== null && idp >= c.min && idp <= c.max);

  const legendClasses = (): Promise<LegendClass[]> =>
    ctx.page.$$eval('[data-testid="legend-item"]:not([data-nodata])', (els) =>
      els.map((el) => ({
        color: el.getAttribute('data-color') ?? '',
        min: Number(el.getAttribute('data-min')),
        max: Number(el.getAttribute('data-max')),
      })),
    );

  it('a click inside Lachin opens a popup with 63,007 displaced, attributed to the US Committee for Refugees', async () => {
    screenshotOnFailure(ctx, 'click-lachin');
    const pt = await project(ctx.page, interiorPoint(district('lachin')));
    await ctx.page.mouse.click(pt.x, pt.y);
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('Laçın');
    expect(text).toContain('63,007');
    expect(text).toContain('US Committee for Refugees');
    const idpRow = popup.locator('[data-testid="claim"]', { hasText: '63,007' });
    expect(await idpRow.textContent()).toMatch(/according to US Committee for Refugees \(\d{4}\)/);
    // the quote is there on demand, exactly as the article prints it
    expect(await idpRow.locator('details').textContent()).toContain('Lachin (63,007 persons)');
    await ctx.page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
  });

  it('every legend class has the colour the map paints for districts in that class', async () => {
    screenshotOnFailure(ctx, 'legend-matches-paint');
    const classes = await legendClasses();
    expect(classes.length).toBeGreaterThanOrEqual(3);
    const paint = await ctx.page.evaluate(
      (id) => window.__atlas.paint(id, 'fill-color'),
      LAYER.districtFill,
    );
    const expr = createExpression(paint, `layers.${LAYER.districtFill}.paint.fill-color`);
    if (expr.result !== 'success') throw new Error('fill-color is not a valid expression');
    const withFigure = loadDistricts().filter((d) => d.properties.idp !== null);
    expect(withFigure.length).toBeGreaterThanOrEqual(10);
    for (const d of withFigure) {
      const cls = classOf(classes, d.properties.idp);
      expect(cls, `legend class for ${d.properties.id} (${d.properties.idp})`).toBeDefined();
      const painted = expr.value.evaluate({ zoom: 6 }, { type: 'Polygon', properties: d.properties } as never) as {
        r: number;
        g: number;
        b: number;
      };
      const rgb = [painted.r, painted.g, painted.b].map((v) => Math.round(v * 255));
      expect(colourDistance(rgb, hexToRgb(cls!.color)), d.properties.id).toBeLessThan(2);
    }
  });

  it('on screen, each shaded district is nearest in colour to its own legend class', async () => {
    screenshotOnFailure(ctx, 'pixels-match-legend');
    const classes = await legendClasses();
    for (const id of ['fuzuli', 'lachin', 'gubadli', 'tartar']) {
      const d = district(id);
      const pt = await project(ctx.page, interiorPoint(d));
      const png = await ctx.page.screenshot({ clip: { x: Math.round(pt.x), y: Math.round(pt.y), width: 1, height: 1 } });
      const rgb = rgbOfOnePixelPng(png);
      const nearest = [...classes].sort(
        (a, b) => colourDistance(rgb, hexToRgb(a.color)) - colourDistance(rgb, hexToRgb(b.color)),
      )[0]!;
      expect(nearest, `${id} painted ${rgb.join(',')}`).toEqual(classOf(classes, d.properties.idp));
    }
  });

  it('a district without a figure says so instead of showing zero', async () => {
    screenshotOnFailure(ctx, 'no-figure');
    const pt = await project(ctx.page, interiorPoint(district('gadabay')));
    await ctx.page.mouse.click(pt.x, pt.y);
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('Gədəbəy');
    expect(text).toMatch(/no figure in sources/i);
    expect(text).not.toMatch(/\b0 (persons|people)/);
    await ctx.page.keyboard.press('Escape');
  });

  it('the keyboard reaches every district: Enter opens the popup, Escape closes it and returns focus', async () => {
    screenshotOnFailure(ctx, 'keyboard');
    const button = ctx.page.locator('[data-testid="district-button"][data-district-id="kalbajar"]');
    await button.focus();
    await ctx.page.keyboard.press('Enter');
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.textContent()).toContain('59,274');
    await ctx.page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await ctx.page.evaluate(() => document.activeElement?.getAttribute('data-district-id'))).toBe('kalbajar');
    const count = await ctx.page.locator('[data-testid="district-button"]').count();
    expect(count).toBe(21);
  });

  it('finds a district by any of its names: the article spelling and the Armenian name', async () => {
    screenshotOnFailure(ctx, 'search');
    const search = ctx.page.getByRole('combobox', { name: 'Find a place by any of its names' });
    for (const q of ['Kelbadjar', 'Karvachar']) {
      await search.fill(q);
      const visible = ctx.page.locator('[data-testid="district-button"]:visible');
      await expect.poll(() => visible.count()).toBe(1);
      expect(await visible.getAttribute('data-district-id')).toBe('kalbajar');
    }
    await search.fill('');
  });

  it('the country panel lists the national damage figures, each with its source', async () => {
    screenshotOnFailure(ctx, 'country-panel');
    await ctx.page.locator('[data-testid="country-button"]').click();
    const panel = ctx.page.locator('[data-testid="country-panel"]');
    await panel.waitFor({ state: 'visible' });
    // the figures of Azerbaijan as a whole, not those of the areas listed after them (Armenia's 150,000 refugees)
    const houses = panel.locator('> section.metric [data-testid="claim"]', { hasText: '150,000' });
    expect(await houses.textContent()).toMatch(/more than 150,000/);
    expect(await houses.textContent()).toMatch(/according to .*Ministry of Foreign Affairs/);
    const usd = panel.locator('[data-testid="claim"]', { hasText: '53.5' });
    expect(await usd.textContent()).toContain('UNDP');
    expect(await panel.locator('[data-testid="claim"]').count()).toBeGreaterThanOrEqual(30);
  });

  it('made no request to another origin and logged no error', () => {
    const origin = new URL(ctx.baseUrl).origin;
    const foreign = ctx.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(ctx.requests.some((u) => u.endsWith('/data/districts.geojson'))).toBe(true);
    expect(ctx.errors).toEqual([]);
  });
});
