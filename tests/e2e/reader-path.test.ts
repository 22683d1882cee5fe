import type { Page } from 'playwright-core';
import { REGION_BOUNDS } from '../../src/config/view.ts';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, mapIdle, openAtlas, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';

/**
 * The reader's path: on a phone, a tapped place opens in a sheet that fits the screen and leads
 * with the figure that colours it; every tap target is large enough; on a desktop, About, Share and
 * reset view; no accessibility violation on the first view, a popup, the table or the About panel.
 */

/** Interactive elements in the first screenful smaller than 44 × 44 px, described. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'a[href], button, input, select, summary, textarea, [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue;
      if (r.width < 44 || r.height < 44) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

/** The sheet's box and its first line of figures, once it holds Laçın's figures. */
async function lachinSheet(page: Page): Promise<{ box: { x: number; y: number; width: number; height: number }; first: string }> {
  const sheet = page.getByTestId('sheet');
  await sheet.locator('[data-testid="popup"] .place[data-place-id="lachin"]').waitFor({ state: 'visible' });
  const box = await sheet.boundingBox();
  if (!box) throw new Error('the sheet has no box');
  return { box, first: (await sheet.getByTestId('on-map').textContent()) ?? '' };
}

describe('on a 390 × 844 phone', () => {
  const ctx = useAtlasPage({ width: 390, height: 844 }, [], { isMobile: true, hasTouch: true });
  beforeAll(() => openAtlas(ctx));

  it('the first view: every tap target at least 44 × 44 px, no sideways scrolling, the legend explains the shading', async () => {
    screenshotOnFailure(ctx, 'phone-first-view');
    const { page } = ctx;
    expect(await smallTargets(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // the legend starts open with its classes; the layer menu starts folded
    expect(await page.locator('[data-testid="legend"] details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('[data-testid="legend-theme"] [data-testid="legend-item"]').first().isVisible()).toBe(true);
    expect(await page.locator('.atlas-layers-menu').getAttribute('open')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('tapping Laçın on the map opens a sheet inside the screen whose first line is its 63,007 figure', async () => {
    screenshotOnFailure(ctx, 'phone-tap-map');
    const { page } = ctx;
    await page.evaluate(() => window.scrollTo(0, 0));
    const pt = await project(page, interiorPoint(district('lachin')));
    await page.touchscreen.tap(pt.x, pt.y);
    const { box, first } = await lachinSheet(page);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(first).toMatch(/^On the map: 63,007 persons according to US Committee for Refugees \(2000\)/);
    // the close button is a real target, and closing gives the map back
    const close = page.locator('.atlas-sheet-close');
    const cb = await close.boundingBox();
    expect(Math.min(cb?.width ?? 0, cb?.height ?? 0)).toBeGreaterThanOrEqual(44);
    await close.tap();
    await page.getByTestId('sheet').waitFor({ state: 'detached' });
    // the phone's back gesture closes it too, and leaves the reader on the atlas
    const url = page.url();
    // a second tap on the same spot within half a second is MapLibre's double-tap zoom, not a click: a reader pauses between them
    await page.waitForTimeout(600);
    await page.touchscreen.tap(pt.x, pt.y);
    await lachinSheet(page);
    await page.evaluate(() => history.back());
    await page.getByTestId('sheet').waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(new URL(url).pathname);
    expect(await page.locator('#map').isVisible()).toBe(true);
  });

  it('tapping Laçın in the list brings the map back into view and opens the same sheet', async () => {
    screenshotOnFailure(ctx, 'phone-tap-list');
    const { page } = ctx;
    const row = page.locator('[data-testid="district-button"][data-district-id="lachin"]');
    await row.scrollIntoViewIfNeeded();
    await row.tap();
    const { box, first } = await lachinSheet(page);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(first).toContain('63,007');
    // the map is on screen again, above the sheet
    const map = await page.locator('#map').boundingBox();
    expect(map && map.y + map.height > 0 && map.y < box.y).toBe(true);
    // "Show more" gives the sheet most of the screen; Escape closes it
    await page.locator('.atlas-sheet-expand').tap();
    const tall = await page.getByTestId('sheet').boundingBox();
    expect(tall!.height).toBeGreaterThan(box.height);
    expect(tall!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('sheet').waitFor({ state: 'detached' });
  });
});

describe('on a desktop', () => {
  const ctx = useAtlasPage({ width: 1280, height: 800 }, [], { permissions: ['clipboard-read', 'clipboard-write'] });
  beforeAll(() => openAtlas(ctx));
  beforeEach(() => ctx.page.keyboard.press('Escape'));

  it('the first view and an open popup have no accessibility violation', async () => {
    screenshotOnFailure(ctx, 'desktop-axe');
    const { page } = ctx;
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-testid="district-button"][data-district-id="lachin"]').click();
    await page.locator('[data-testid="popup"]').waitFor({ state: 'visible' });
    expect(await axeViolations(page, '.maplibregl-popup')).toEqual([]);
  });

  it('the table has no accessibility violation', async () => {
    screenshotOnFailure(ctx, 'desktop-axe-table');
    const { page } = ctx;
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.locator('table').first().waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    expect(await axeViolations(page, '.sidebar')).toEqual([]);
    await page.getByRole('tab', { name: 'List' }).click();
  });

  it('About & method opens a dialog that explains the marks and how quotes were read, and closes with Escape', async () => {
    screenshotOnFailure(ctx, 'desktop-about');
    const { page } = ctx;
    await page.getByTestId('about-button').click();
    const about = page.getByTestId('about');
    await about.waitFor({ state: 'visible' });
    const text = (await about.textContent()) ?? '';
    for (const words of ['one-sided', 'hatching', 'stripes', 'Dashed outline', 'read in full', 'excerpt read', 'read in a copy', 'How to cite']) expect(text).toContain(words);
    expect(await axeViolations(page, '.about-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await about.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('about-button');
  });

  it('Share copies the link of the view on screen', async () => {
    screenshotOnFailure(ctx, 'desktop-share');
    const { page } = ctx;
    await page.locator('[data-testid="theme-select"]').selectOption('left_nk_2023');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'left_nk_2023');
    await page.getByTestId('share').click();
    await page.getByTestId('share-status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('theme')).toBe('left_nk_2023');
    await page.locator('[data-testid="theme-select"]').selectOption('idp');
  });

  it('reset view brings back the whole region after zooming in', async () => {
    screenshotOnFailure(ctx, 'desktop-reset');
    const { page } = ctx;
    const start = await page.evaluate(() => window.__atlas.zoom());
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await mapIdle(page);
    expect(await page.evaluate(() => window.__atlas.zoom())).toBeGreaterThan(start);
    await page.getByTestId('reset-view').click();
    // the whole region is in view again (fitted inside the controls)
    await page.waitForFunction(
      ([w, s, e, n]) => {
        const [bw, bs, be, bn] = window.__atlas.bounds();
        return bw <= w && bs <= s && be >= e && bn >= n;
      },
      REGION_BOUNDS,
      { timeout: 15_000 },
    );
  });
});
