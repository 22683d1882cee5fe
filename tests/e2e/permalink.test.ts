import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { committedData } from '../committed-data.ts';
import { BOM, CSV_COLUMNS } from '../../src/export/data-export.ts';
import { claimsInView, inView, type Bbox } from '../../src/export/in-view.ts';
import { openAtlas, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';

const { data, index } = await committedData();
const VERSION = data.atlas.version;
const EVENT = 'khojaly-1992';
const toggle = `[data-testid="layer-toggle"][data-layer="${EVENT}"]`;

const camera = (page: Page) =>
  page.evaluate(() => {
    const h = window.__atlas;
    const [lon, lat] = h.center();
    return { lon, lat, zoom: h.zoom(), bbox: h.bounds() as Bbox };
  });
const search = (page: Page) => new URL(page.url()).searchParams;

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('permalinks, data export and citations in headless Chromium', () => {
  const ctx = useAtlasPage();

  // a view on Laçın with the Khojaly layer on and Laçın's popup open, as "Copy link" would give it
  const LINK = `?c=46.55123,39.65432&z=9.25&layers=${EVENT}&sel=district:lachin&lang=en&v=${VERSION}`;

  it('a permalink restores the camera (to its rounding), the layer and the Laçın popup; the address stays as it was', async () => {
    screenshotOnFailure(ctx, 'permalink-restore');
    await openAtlas(ctx, LINK);
    const cam = await camera(ctx.page);
    expect(Math.abs(cam.lon - 46.55123)).toBeLessThan(1e-5);
    expect(Math.abs(cam.lat - 39.65432)).toBeLessThan(1e-5);
    expect(Math.abs(cam.zoom - 9.25)).toBeLessThan(0.005);
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('[data-place-id="lachin"] .place-name').textContent()).toBe('Laçın');
    expect(await ctx.page.locator(toggle).isChecked()).toBe(true);
    expect(await ctx.page.locator('[data-testid="url-notice"]').count()).toBe(0);
    // the restored view writes the very same address: links are stable
    expect(new URL(ctx.page.url()).search).toBe(LINK);
  });

  it('"Cite this figure" in the Laçın popup shows BibTeX naming the source, with the permalink and data version', async () => {
    screenshotOnFailure(ctx, 'permalink-cite-figure');
    const row = ctx.page.locator('[data-testid="popup"] [data-testid="claim"][data-claim-id="seed-idp-lachin"]');
    const cite = row.locator('[data-testid="cite-figure"]').first();
    await cite.click();
    const dialog = ctx.page.locator('[data-testid="cite-dialog"][data-ready="true"]');
    await dialog.waitFor({ state: 'visible' });
    const bibtex = await dialog.locator('[data-testid="cite-text"]').inputValue();
    const source = index.sourcesById.get('seed-article')!;
    // the figure is an item of its own, titled with the figure, its party and year; its source follows
    expect(bibtex).toMatch(/^@misc\{figureseedidplachin,/);
    expect(bibtex).toContain('Laçın — {Internally} displaced');
    expect(bibtex).toMatch(/@article\{seedarticle,/);
    expect(bibtex).toContain('{Article} on the consequences');
    // who states the figure, with the side in words, travels in the note with the figure
    expect(bibtex).toContain('according to US Committee for Refugees · third party (2000)');
    expect(bibtex).toContain('63,007 persons');
    expect(bibtex).toContain(`data version ${VERSION}`);
    expect(bibtex).toContain('sel=district:lachin');
    expect(source.title).toMatch(/author and date not given/);
    // the other formats, from the same library
    await dialog.locator('[data-testid="cite-tab"][data-format="ris"]').click();
    const ris = await dialog.locator('[data-testid="cite-text"]').inputValue();
    expect(ris).toMatch(/^TY {2}- DATA\r?\n/);
    expect(ris).toMatch(/\r?\nTY {2}- JOUR\r?\n/);
    await dialog.locator('[data-testid="cite-tab"][data-format="csl"]').click();
    const csl = JSON.parse(await dialog.locator('[data-testid="cite-text"]').inputValue()) as Array<{ title: string; URL?: string }>;
    expect(csl[0]?.title).toContain('63,007 persons');
    expect(csl[0]?.URL).toContain('sel=district:lachin');
    expect(csl[1]?.title).toBe(source.title);
    // Escape closes the dialog only (the popup stays) and focus returns to the Cite button
    await ctx.page.keyboard.press('Escape');
    await ctx.page.locator('[data-testid="cite-dialog"]').waitFor({ state: 'detached' });
    expect(await ctx.page.locator('[data-testid="popup"]').isVisible()).toBe(true);
    expect(await ctx.page.evaluate(() => document.activeElement?.getAttribute('data-cite-claim'))).toBe('seed-idp-lachin');
  });

  it('the CSV download holds one row per claim about what is in view, Laçın\'s among them', async () => {
    screenshotOnFailure(ctx, 'permalink-csv');
    const cam = await camera(ctx.page);
    // at 800 px the open legend (bottom right) grows over the Export button (top right): fold it,
    // as a reader would (the overlap is reported to the lead)
    await ctx.page.locator('[data-testid="legend"] details[open] > summary').click();
    await ctx.page.locator('[data-testid="export-toggle"]').click();
    const button = ctx.page.locator('[data-testid="export-data"] [data-testid="export-csv"]');
    await button.waitFor({ state: 'visible' });
    const [download] = await Promise.all([ctx.page.waitForEvent('download'), button.click()]);
    // the data, the time to the second, and what: the popup open (Laçın's, restored by the link)
    expect(download.suggestedFilename()).toMatch(new RegExp(`^karabakh-atlas-${VERSION}-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z-[a-z0-9._-]+\\.csv$`));
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = readCsv(text.slice(BOM.length));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const ids = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('claim_id')]);
    // every claim about a district or mark in view (the same functions, run here on the page's bounds), in order
    const expected = claimsInView(index, inView(data, cam.bbox, [EVENT]));
    expect(ids).toEqual(expected.map((c) => c.id));
    expect(ids).toEqual(expect.arrayContaining((index.claimsBySubject.get('lachin') ?? []).map((c) => c.id)));
    const idp = rows.find((r) => r[CSV_COLUMNS.indexOf('claim_id')] === 'seed-idp-lachin')!;
    expect(idp[CSV_COLUMNS.indexOf('subject_name_az')]).toBe('Laçın');
    expect(idp[CSV_COLUMNS.indexOf('value')]).toBe('63,007');
    // each row keeps its provenance: the view's link, the data version, the time of the export
    expect(new Set(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('data_version')]))).toEqual(new Set([VERSION]));
    expect(new Set(rows.slice(1).map((r) => new URL(r[CSV_COLUMNS.indexOf('permalink')]!).searchParams.get('v')))).toEqual(new Set([VERSION]));
    expect(rows[1]![CSV_COLUMNS.indexOf('exported_at')]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect(await ctx.page.locator('[data-testid="export-data-status"]').textContent()).toContain(`${expected.length} figures`);

    // the same figures as a GIS layer: one point per figure, flat columns, a bbox that holds them
    const layerButton = ctx.page.locator('[data-testid="export-data"] [data-testid="export-claims-layer"]');
    const [layerFile] = await Promise.all([ctx.page.waitForEvent('download'), layerButton.click()]);
    expect(layerFile.suggestedFilename()).toMatch(/-figures\.geojson$/);
    const layer = JSON.parse(readFileSync((await layerFile.path())!, 'utf8')) as {
      bbox: number[];
      features: Array<{ id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }>;
    };
    expect(layer.features.map((f) => f.id)).toEqual(expected.map((c) => c.id));
    expect(new Set(layer.features.map((f) => f.geometry.type))).toEqual(new Set(['Point']));
    expect(layer.features.every((f) => Object.values(f.properties).every((v) => v === null || typeof v !== 'object'))).toBe(true);
    const [w, s, e, n] = layer.bbox as [number, number, number, number];
    expect(layer.features.every(({ geometry: { coordinates: [x = 0, y = 0] } }) => x >= w && x <= e && y >= s && y <= n)).toBe(true);
    expect(layer.features.find((f) => f.id === 'seed-idp-lachin')?.properties).toMatchObject({ value_number: 63007, data_version: VERSION });
    await ctx.page.locator('[data-testid="export-toggle"]').click();
  });

  it('panning the map and closing the popup update the address', async () => {
    screenshotOnFailure(ctx, 'permalink-pan');
    const before = search(ctx.page).get('c');
    const box = await ctx.page.locator('.maplibregl-canvas').boundingBox();
    // on the map's right, clear of the popup (left of centre) and of the folded legend
    const x = box!.x + box!.width * 0.75;
    const y = box!.y + box!.height * 0.35;
    await ctx.page.mouse.move(x, y);
    await ctx.page.mouse.down();
    await ctx.page.mouse.move(x + 120, y - 60, { steps: 8 });
    await ctx.page.mouse.up();
    await ctx.page.waitForFunction((c) => new URL(location.href).searchParams.get('c') !== c, before);
    const cam = await camera(ctx.page);
    const [lon, lat] = search(ctx.page).get('c')!.split(',').map(Number);
    expect(Math.abs(lon! - cam.lon)).toBeLessThanOrEqual(0.000005);
    expect(Math.abs(lat! - cam.lat)).toBeLessThanOrEqual(0.000005);
    expect(search(ctx.page).get('sel')).toBe('district:lachin');
    await ctx.page.keyboard.press('Escape');
    await ctx.page.locator('[data-testid="popup"]').waitFor({ state: 'detached' });
    expect(search(ctx.page).has('sel')).toBe(false);
    expect(search(ctx.page).get('layers')).toBe(EVENT);
  });

  it('a permalink selecting an event place opens its popup with its layer on', async () => {
    screenshotOnFailure(ctx, 'permalink-event-place');
    await openAtlas(ctx, '?sel=place:nakhchivanik');
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.getAttribute('data-event-ref')).toBe('place:nakhchivanik');
    expect(await ctx.page.locator(toggle).isChecked()).toBe(true);
    expect(search(ctx.page).get('layers')).toBe(EVENT);
    expect(search(ctx.page).get('sel')).toBe('place:nakhchivanik');
    expect(search(ctx.page).get('v')).toBe(VERSION);
  });

  it('a malformed link, made with other data: a notice names what was left out and both versions; the rest applies and the map works', async () => {
    screenshotOnFailure(ctx, 'permalink-malformed');
    await openAtlas(ctx, '?c=abc&z=99&sel=district:lachin&layers=nope&foo=1&v=0123456789ab');
    const notice = ctx.page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ state: 'visible' });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('c “abc” (could not be read)');
    expect(text).toContain('z “99” (out of range)');
    expect(text).toContain('layers “nope” (no such layer)');
    expect(text).toContain('“foo” (not a setting this map reads)');
    expect(await notice.locator('[data-testid="url-notice-version"]').textContent()).toBe(
      `This link was made with data version 0123456789ab; this map shows ${VERSION}. Figures may have been added or corrected since.`,
    );
    // what was understood applies: Laçın's popup is open; the address is rewritten for today's data
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('.place-name').first().textContent()).toBe('Laçın');
    expect(search(ctx.page).get('v')).toBe(VERSION);
    expect(search(ctx.page).has('foo')).toBe(false);
    expect(await ctx.page.locator(toggle).isChecked()).toBe(false);
    // and the map works: close, click the district, the popup and the address follow
    await ctx.page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(search(ctx.page).has('sel')).toBe(false);
    const pt = await project(ctx.page, interiorPoint(district('lachin')));
    await ctx.page.mouse.click(pt.x, pt.y);
    await popup.waitFor({ state: 'visible' });
    expect(await popup.textContent()).toContain('Laçın');
    expect(search(ctx.page).get('sel')).toBe('district:lachin');
  });

  it('made no request to another origin and logged no error', () => {
    const origin = new URL(ctx.baseUrl).origin;
    const foreign = ctx.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(ctx.errors).toEqual([]);
  });
});
