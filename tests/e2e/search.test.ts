/**
 * The place search in headless Chromium at 1280×800, by keyboard only: a name typed as readers
 * know it, Enter on the first suggestion, and the map goes there and opens what holds its
 * figures (a district popup, an event popup, the national panel at an area). The combobox keeps
 * the WAI-ARIA pattern: the active option is named by aria-activedescendant while focus stays in
 * the input, and Escape closes the list.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlaceId } from '../../src/data/index-claims.ts';
import { committedData } from '../committed-data.ts';
import { openAtlas, screenshotOnFailure, useAtlasPage } from './browser.ts';

const { index } = await committedData();

const center = (page: Page) => page.evaluate(() => window.__atlas.center());

/**
 * Whether a point is in view, with the map zoomed in to at most `span` degrees across. The fit
 * keeps clear of the controls in the map's corners, so the point need not be at the very centre.
 */
const inView = (page: Page, [lon, lat]: [number, number], span: number) =>
  page.evaluate(
    ({ lon, lat, span }) => {
      const [w, s, e, n] = window.__atlas.bounds();
      return lon > w && lon < e && lat > s && lat < n && e - w < span;
    },
    { lon, lat, span },
  );

/** Resolves once the map's centre is more than a hair away from `before`, and the move has ended. */
async function moved(page: Page, before: [number, number]): Promise<[number, number]> {
  await page.waitForFunction(([lon, lat]) => {
    const [x, y] = window.__atlas.center();
    return Math.hypot(x - lon, y - lat) > 1e-3;
  }, before);
  await page.evaluate(() => window.__atlas.idle());
  return center(page);
}

const expanded = (page: Page) => page.locator('#district-search').getAttribute('aria-expanded');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the place search', () => {
  const ctx = useAtlasPage();
  const input = () => ctx.page.getByRole('combobox', { name: 'Find a place by any of its names' });
  const options = () => ctx.page.locator('#district-search-list [role="option"]');

  /** From the search box: select what is there, type the query, and wait for the suggestions. */
  async function typeQuery(q: string): Promise<void> {
    expect(await focusedId(ctx.page)).toBe('district-search');
    await ctx.page.keyboard.press('Control+A');
    await ctx.page.keyboard.type(q);
    await options().first().waitFor({ state: 'visible' });
  }

  /** Escape closes the open popup and gives the focus back to the search box, which opened it. */
  async function backToSearch(): Promise<void> {
    await ctx.page.keyboard.press('Escape');
    await ctx.page.locator('.maplibregl-popup').waitFor({ state: 'detached' });
    expect(await focusedId(ctx.page)).toBe('district-search');
  }

  it('opens with the combobox wired to its listbox, and the list of suggestions passes axe', async () => {
    screenshotOnFailure(ctx, 'search-aria');
    await openAtlas(ctx);
    await input().focus();
    expect(await input().getAttribute('aria-controls')).toBe('district-search-list');
    expect(await expanded(ctx.page)).toBe('false');
    await typeQuery('Kel');
    expect(await expanded(ctx.page)).toBe('true');
    const first = options().first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await input().getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await ctx.page.evaluate(axe.source);
    const violations = await ctx.page.evaluate(async () => {
      const r = await window.axe.run('.place-search', { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('Escape closes the list and keeps the text and the focus; the arrow keys move the active option', async () => {
    screenshotOnFailure(ctx, 'search-keys');
    await ctx.page.keyboard.press('Escape');
    expect(await expanded(ctx.page)).toBe('false');
    expect(await ctx.page.locator('#district-search-list').isHidden()).toBe(true);
    expect(await input().inputValue()).toBe('Kel');
    expect(await input().getAttribute('aria-activedescendant')).toBeNull();
    expect(await focusedId(ctx.page)).toBe('district-search');
    // ArrowDown opens the list again at its first option, then moves on; ArrowUp wraps round
    await ctx.page.keyboard.press('ArrowDown');
    expect(await expanded(ctx.page)).toBe('true');
    const ids = await options().evaluateAll((os) => os.map((o) => o.id));
    expect(ids.length).toBeGreaterThan(1);
    expect(await input().getAttribute('aria-activedescendant')).toBe(ids[0]);
    await ctx.page.keyboard.press('ArrowDown');
    expect(await input().getAttribute('aria-activedescendant')).toBe(ids[1]);
    await ctx.page.keyboard.press('ArrowUp');
    await ctx.page.keyboard.press('ArrowUp');
    expect(await input().getAttribute('aria-activedescendant')).toBe(ids.at(-1));
    await ctx.page.keyboard.press('Escape');
  });

  // one after another, each to another place than the one before, so the map has somewhere to go
  const DISTRICT_QUERIES: Array<{ q: string; place: string; alias: string | null; shows?: string }> = [
    { q: 'kelbajar', place: 'kalbajar', alias: 'matched “Kelbajar” (spelling in the seed article)' },
    { q: 'Stepanakert', place: 'khankendi', alias: 'matched “Stepanakert” (Armenian name)' },
    { q: 'Kəlbəcər', place: 'kalbajar', alias: null },
    // a town a source names, within a district: the district's popup, which lists the town's figures
    { q: 'Horadiz', place: 'fuzuli', alias: null, shows: 'Horadiz' },
    { q: 'Karvachar', place: 'kalbajar', alias: 'matched “Karvachar” (Armenian name)' },
  ];

  for (const { q, place, alias, shows } of DISTRICT_QUERIES) {
    it(`“${q}” + Enter opens the popup of ${place} and moves the map there`, async () => {
      screenshotOnFailure(ctx, `search-${place}-${q}`);
      await typeQuery(q);
      const first = options().first();
      const text = (await first.textContent()) ?? '';
      if (alias) expect(await first.locator('[data-testid="search-alias"]').textContent()).toBe(alias);
      else expect(await first.locator('[data-testid="search-alias"]').count()).toBe(0);
      expect(text).toMatch(shows ? /town in Füzuli/ : /district/);
      const before = await center(ctx.page);
      await ctx.page.keyboard.press('Enter');
      const popup = ctx.page.locator(`[data-testid="popup"] [data-place-id="${place}"]`);
      await popup.waitFor({ state: 'visible' });
      expect(await expanded(ctx.page)).toBe('false');
      await moved(ctx.page, before);
      // the map went to the district: it fills the view, its label point near the middle
      const [w, s, e, n] = await ctx.page.evaluate(() => window.__atlas.bounds());
      const props = index.propsById.get(place as PlaceId)!;
      expect(props.label_lon > w && props.label_lon < e && props.label_lat > s && props.label_lat < n, `${place} in view`).toBe(true);
      expect(e - w, 'zoomed in from the whole region').toBeLessThan(3);
      if (shows) expect(await ctx.page.locator('[data-testid="popup"]').textContent()).toContain(shows);
      await backToSearch();
    });
  }

  it('“Aghdara” + Enter opens the national panel at the Martakert region, which has no outline to go to', async () => {
    screenshotOnFailure(ctx, 'search-aghdara');
    await typeQuery('Aghdara');
    const first = options().first();
    expect(await first.locator('[data-testid="search-alias"]').textContent()).toBe('matched “Ağdərə” (Azerbaijani name of the town)');
    expect(await first.textContent()).toContain('region of the de facto authorities');
    const before = await center(ctx.page);
    await ctx.page.keyboard.press('Enter');
    const block = ctx.page.locator('[data-testid="country-panel"] [data-testid="area"][data-area-id="martakert-region"]');
    await block.waitFor({ state: 'visible' });
    await expect.poll(() => focusedId(ctx.page)).toBe('area-martakert-region');
    // no outline and no point: the map stays where it was rather than guess where the region lies
    expect(await center(ctx.page)).toEqual(before);
    await input().focus();
  });

  it('an event place turns its layer on, opens its popup and brings it into view', async () => {
    screenshotOnFailure(ctx, 'search-event-place');
    await typeQuery('Pirdzhamal');
    expect(await options().first().textContent()).toContain('place of the event layer “Khojaly, Feb 1992”');
    const before = await center(ctx.page);
    await ctx.page.keyboard.press('Enter');
    await ctx.page.locator('[data-testid="popup"][data-event-ref="place:pirjamal"]').waitFor({ state: 'visible' });
    expect(await ctx.page.locator('[data-testid="layer-toggle"][data-layer="khojaly-1992"]').isChecked()).toBe(true);
    await moved(ctx.page, before);
    expect(await inView(ctx.page, [46.88357, 39.90253], 0.5)).toBe(true);
    await backToSearch();
  });

  it('the arrow keys choose the second suggestion: the event place Ağdam rather than the district', async () => {
    screenshotOnFailure(ctx, 'search-arrow');
    await typeQuery('Aghdam');
    expect(await options().evaluateAll((os) => os.map((o) => o.getAttribute('data-key')))).toEqual(['district:aghdam', 'place:aghdam-city', 'town:Aghdam']);
    await ctx.page.keyboard.press('ArrowDown');
    expect(await options().nth(1).getAttribute('aria-selected')).toBe('true');
    await ctx.page.keyboard.press('Enter');
    await ctx.page.locator('[data-testid="popup"][data-event-ref="place:aghdam-city"]').waitFor({ state: 'visible' });
    await backToSearch();
  });

  it('a gazetteer town outside the districts: the map goes to its point and a popup says what it is', async () => {
    screenshotOnFailure(ctx, 'search-town');
    await typeQuery('Goris');
    expect(await options().first().textContent()).toContain('town, Armenia');
    const before = await center(ctx.page);
    await ctx.page.keyboard.press('Enter');
    const popup = ctx.page.locator('[data-testid="popup"][data-town="Goris"]');
    await popup.waitFor({ state: 'visible' });
    await moved(ctx.page, before);
    expect(await inView(ctx.page, [46.34168, 39.51111], 2)).toBe(true);
    expect(await popup.textContent()).toContain('Town in Armenia.');
    await backToSearch();
  });

  it('a gazetteer town in a district opens that district, at the town', async () => {
    screenshotOnFailure(ctx, 'search-town-district');
    await typeQuery('Askyaran');
    expect(await options().first().getAttribute('data-key')).toBe('town:Askyaran');
    expect(await options().first().textContent()).toContain('town in Xocalı');
    const before = await center(ctx.page);
    await ctx.page.keyboard.press('Enter');
    await ctx.page.locator('[data-testid="popup"] [data-place-id="khojaly"]').waitFor({ state: 'visible' });
    await moved(ctx.page, before);
    expect(await inView(ctx.page, [46.83161, 39.9391], 2)).toBe(true);
    await backToSearch();
    expect(ctx.errors).toEqual([]);
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
