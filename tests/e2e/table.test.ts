/**
 * The table of places beside the map, in the built app: it loads every place's figures with a
 * visible state (and names a file that fails), sorts by its columns with aria-sort, opens a place
 * from the keyboard, follows the theme select and a click on the map, exports its rows as CSV, and
 * works without WebGL.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { committedData } from '../committed-data.ts';
import { themeOf, type Theme } from '../../src/data/themes.ts';
import { CSV_COLUMNS } from '../../src/export/data-export.ts';
import { formatValue } from '../../src/lib/format.ts';
import { mapIdle, openAtlas, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';

const { data, index } = await committedData();
const themes = data.atlas.themes.map(themeOf);
const idp = themes[0]!;
const order = data.districts.features.map((f) => f.properties.id);
const nameAz = (id: string) => data.atlas.districts.find((d) => d.id === id)?.name_az ?? id;

/** The figures a theme draws on a place, as the table should word them. */
const figuresOf = (theme: Theme, id: string): string[] =>
  (theme.shades.get(id as never)?.claims ?? []).map((c) => {
    const claim = index.claimsById.get(c)!;
    return formatValue(claim.value, claim.unit);
  });

/** Every number a theme's figures state about a place (a range's two ends). */
const numbersOf = (theme: Theme, id: string): number[] =>
  (theme.shades.get(id as never)?.claims ?? []).flatMap((c) => {
    const v = index.claimsById.get(c)!.value;
    return 'n' in v ? [v.n] : v.kind === 'range' ? [v.min, v.max] : [];
  });

const rowIds = (page: Page) => page.$$eval('[data-testid="place-table"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-table-place') ?? ''));
const figureTexts = (page: Page) =>
  page.$$eval('[data-testid="place-table"] tbody tr', (trs) =>
    Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-table-place'), [...tr.querySelectorAll('[data-testid="table-figure"] li')].map((li) => li.textContent)])),
  );

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g)) {
    const field = m[1] ?? '';
    record.push(field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
    if (m[2] !== ',') {
      records.push(record);
      record = [];
      if (m[2] === '') break;
    }
  }
  return records.filter((r) => r.length > 1);
}

async function showTable(page: Page): Promise<void> {
  await page.locator('[data-testid="side-tab"][data-tab="table"]').click();
  await expect.poll(() => page.getByTestId('table-status').textContent()).toMatch(/^21 places\./);
}

describe('the table of places, in headless Chromium', () => {
  const ctx = useAtlasPage();

  it('the list comes first; the table loads every place’s figures with a visible state, and names a file that fails', async () => {
    screenshotOnFailure(ctx, 'table-loading');
    const { page } = ctx;
    // Gubadlı's file fails; the others arrive late enough for the loading state to be read
    await page.route('**/data/claims/*.json', async (route) => {
      if (route.request().url().endsWith('/gubadli.json')) return route.abort();
      await new Promise((r) => setTimeout(r, 400));
      return route.continue();
    });
    await openAtlas(ctx);
    expect(await page.locator('[data-testid="side-tab"][data-tab="list"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('place-table-panel').isVisible()).toBe(false);
    await page.locator('[data-testid="side-tab"][data-tab="table"]').click();
    expect(await page.getByTestId('table-status').textContent()).toBe('Loading the figures of every place…');
    expect(await page.getByTestId('place-table').getAttribute('aria-busy')).not.toBeNull();
    await expect.poll(() => page.getByTestId('table-status').textContent()).toMatch(/^21 places\./);
    expect(await page.getByTestId('claims-failed').textContent()).toContain('data/claims/gubadli.json');
    const gubadli = page.locator('[data-testid="table-row"][data-table-place="gubadli"] [data-testid="table-figure"]');
    expect(await gubadli.textContent()).toBe('figures could not be loaded');
    // the file is back: showing the table again fetches it
    await page.unroute('**/data/claims/*.json');
    await page.locator('[data-testid="side-tab"][data-tab="list"]').click();
    await showTable(page);
    await expect.poll(() => gubadli.textContent()).toBe(figuresOf(idp, 'gubadli').join(''));
    expect(await page.getByTestId('claims-failed').count()).toBe(0);
    // the one console error of the file made to fail
    expect(ctx.errors.filter((e) => !/ERR_FAILED/.test(e))).toEqual([]);
    ctx.errors.length = 0;
  });

  it('one row per place in the list’s order: Azerbaijani name first, the drawn figure, who states it, the counts by side', async () => {
    screenshotOnFailure(ctx, 'table-rows');
    const { page } = ctx;
    expect(await rowIds(page)).toEqual(order);
    expect(await page.locator('[data-testid="place-table"] caption').textContent()).toContain('Internally displaced people in Azerbaijan, 1988–1994');
    expect(await page.locator('[data-testid="place-table"] thead th[scope="col"]').count()).toBe(5);
    expect(await page.locator('[data-testid="place-table"] tbody th[scope="row"]').count()).toBe(21);
    const lachin = page.locator('[data-testid="table-row"][data-table-place="lachin"]');
    expect(await lachin.getByTestId('table-place').textContent()).toBe('Laçın Lachin');
    expect(await lachin.getByTestId('table-figure').textContent()).toBe(figuresOf(idp, 'lachin').join(''));
    expect(await lachin.getByTestId('table-party').textContent()).toMatch(/· (Azerbaijani|third party|Armenian)/);
    const counts = data.atlas.balance.by_subject.find((s) => s.subject === 'lachin')!.counts;
    const total = counts.azerbaijani + counts.armenian + counts['third-party'] + counts.unknown;
    expect(await lachin.getByTestId('table-count').textContent()).toBe(String(total));
    expect(await lachin.getByTestId('table-sides').textContent()).toContain(`${counts.azerbaijani} Azerbaijani`);
    // a place with no drawn figure says so in words
    const none = order.find((id) => !idp.shades.has(id as never))!;
    expect(await page.locator(`[data-testid="table-row"][data-table-place="${none}"] [data-testid="table-figure"]`).textContent()).toBe('no figure in sources');
  });

  it('sorts by figure, smallest and largest first, as the data orders them; places with no figure stay last', async () => {
    screenshotOnFailure(ctx, 'table-sort');
    const { page } = ctx;
    const th = page.locator('[data-testid="place-table"] thead th[data-col="figure"]');
    const withFigure = order.filter((id) => numbersOf(idp, id).length > 0);
    const without = order.filter((id) => numbersOf(idp, id).length === 0);
    await th.getByRole('button').click();
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    const up = [...withFigure].sort((a, b) => Math.min(...numbersOf(idp, a)) - Math.min(...numbersOf(idp, b)));
    expect(await rowIds(page)).toEqual([...up, ...without]);
    // the keyboard works the header buttons too
    await th.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    const down = [...withFigure].sort((a, b) => Math.max(...numbersOf(idp, b)) - Math.max(...numbersOf(idp, a)));
    expect(await rowIds(page)).toEqual([...down, ...without]);
    expect(await page.locator('[data-testid="place-table"] thead th[aria-sort]').count()).toBe(1);
    // and by place, A to Z by the Azerbaijani name
    await page.locator('[data-testid="place-table"] thead th[data-col="place"] button').click();
    // the browser's own collation for Azerbaijani (where it has one: Xankəndi after Hadrut, or after Tovuz)
    const byName = await page.evaluate((names) => names.sort((a, b) => a[1]!.localeCompare(b[1]!, 'az')).map((n) => n[0]), order.map((id) => [id, nameAz(id)]));
    expect(await rowIds(page)).toEqual(byName);
    await page.locator('[data-testid="place-table"] thead th[data-col="figure"] button').click();
  });

  it('arrow keys move between places and Enter opens one: its popup, its row marked, the map flown to it', async () => {
    screenshotOnFailure(ctx, 'table-keyboard');
    const { page } = ctx;
    const ids = await rowIds(page);
    const target = ids[2]!;
    await page.locator('[data-testid="place-table"] tbody [data-testid="table-place"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-table-place'))).toBe(target);
    const moved = page.evaluate(() => new Promise<void>((resolve) => window.__atlas.once('moveend', resolve)));
    await page.keyboard.press('Enter');
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('.place').first().getAttribute('data-place-id')).toBe(target);
    const row = page.locator(`[data-testid="table-row"][data-table-place="${target}"]`);
    expect(await row.getByTestId('table-place').getAttribute('aria-current')).toBe('true');
    await moved;
    const [lon, lat] = await page.evaluate(() => window.__atlas.center());
    const [w, s, e, n] = (() => {
      const f = district(target);
      const pts = (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).flat();
      return [Math.min(...pts.map((p) => p[0]!)), Math.min(...pts.map((p) => p[1]!)), Math.max(...pts.map((p) => p[0]!)), Math.max(...pts.map((p) => p[1]!))];
    })();
    expect(lon).toBeGreaterThan(w!);
    expect(lon).toBeLessThan(e!);
    expect(lat).toBeGreaterThan(s!);
    expect(lat).toBeLessThan(n!);
    // closing the popup gives the focus back to the row and unmarks it
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-table-place'))).toBe(target);
    await expect.poll(() => row.getByTestId('table-place').getAttribute('aria-current')).toBeNull();
  });

  it('switching the theme changes the figure column to that theme’s figures, every one where sources differ', async () => {
    screenshotOnFailure(ctx, 'table-theme');
    const { page } = ctx;
    // the damage theme drawing the most places, with one drawn "sources differ" if any
    const theme = [...themes.slice(1)].sort((a, b) => b.differ.length - a.differ.length || b.shades.size - a.shades.size)[0]!;
    const before = await figureTexts(page);
    await page.locator('[data-testid="theme-select"]').selectOption(theme.metric);
    await expect.poll(() => page.locator('[data-testid="place-table"] caption').textContent()).not.toContain('Internally displaced');
    const after = await figureTexts(page);
    expect(after).not.toEqual(before);
    for (const id of order) {
      const want = figuresOf(theme, id);
      expect([id, after[id]]).toEqual([id, want]);
      if (want.length === 0) expect(await page.locator(`[data-testid="table-row"][data-table-place="${id}"] [data-testid="table-figure"]`).textContent()).toBe('no figure in sources');
    }
    for (const id of theme.differ) expect(await page.locator(`[data-testid="table-row"][data-table-place="${id}"] [data-testid="table-figure"] .badge-differ`).count()).toBe(1);
  });

  it('“Download these rows (CSV)”: the data export’s CSV, one line per figure, in the table’s order', async () => {
    screenshotOnFailure(ctx, 'table-csv');
    const { page } = ctx;
    const claimIds = await page.$$eval('[data-testid="place-table"] tbody [data-testid="table-figure"] li[data-claim-id]', (lis) => lis.map((li) => li.getAttribute('data-claim-id')));
    const download = page.waitForEvent('download');
    await page.getByTestId('table-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^karabakh-atlas-[0-9a-f]{12}-\d{4}-\d{2}-\d{2}T\d{6}Z-table-.+\.csv$/);
    const [header, ...records] = parseCsv(readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, ''));
    expect(header).toEqual([...CSV_COLUMNS]);
    const idCol = CSV_COLUMNS.indexOf('claim_id');
    expect(records.map((r) => r[idCol])).toEqual(claimIds);
    expect(await page.getByTestId('table-csv-status').textContent()).toContain(`${claimIds.length} figures`);
    await page.locator('[data-testid="theme-select"]').selectOption(idp.metric);
  });

  it('a click on Laçın on the map selects Laçın’s row', async () => {
    screenshotOnFailure(ctx, 'table-map-click');
    const { page } = ctx;
    // a fresh view (the last test flew the map away), the table shown beside it
    await openAtlas(ctx);
    await showTable(page);
    await mapIdle(page);
    const pt = await project(page, interiorPoint(district('lachin')));
    await page.mouse.click(pt.x, pt.y);
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('.place').first().getAttribute('data-place-id')).toBe('lachin');
    const row = page.locator('[data-testid="table-row"][data-table-place="lachin"]');
    await expect.poll(() => row.getAttribute('class')).toContain('is-selected');
    expect(await row.getByTestId('table-place').getAttribute('aria-current')).toBe('true');
    expect(await page.locator('[data-testid="table-row"].is-selected').count()).toBe(1);
    expect(ctx.errors).toEqual([]);
  });
});

describe('the table without WebGL', () => {
  const ctx = useAtlasPage({ width: 1280, height: 800 }, ['--disable-3d-apis']);

  it('opens a place’s figures in the panel where the map would be', async () => {
    screenshotOnFailure(ctx, 'table-no-webgl');
    const { page } = ctx;
    await page.goto(ctx.baseUrl);
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'unavailable', undefined, { timeout: 60_000 });
    await showTable(page);
    await page.locator('[data-testid="table-row"][data-table-place="lachin"] [data-testid="table-place"]').click();
    await expect.poll(() => page.getByTestId('figures-panel').textContent()).toContain('63,007');
    expect(await page.locator('[data-testid="table-row"][data-table-place="lachin"]').getAttribute('class')).toContain('is-selected');
    expect(ctx.errors).toEqual([]);
  });
});
