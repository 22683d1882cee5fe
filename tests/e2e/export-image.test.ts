import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../src/lib/paper.ts';
import type { ExportImageResult } from '../../src/ui/export-panel.ts';
import { openAtlas, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { downloadUrl } from './browser.ts';
import { decodePng, lumaVariance, pngChunks, type Box, type DecodedPng } from './png-decode.ts';

const ctx = useAtlasPage();

/** tEXt chunks by keyword, and the dpi from pHYs. */
function metadata(png: Buffer): { text: Record<string, string>; dpi: number | null } {
  const text: Record<string, string> = {};
  let dpi: number | null = null;
  for (const c of pngChunks(png)) {
    if (c.type === 'tEXt') {
      const nul = c.data.indexOf(0);
      text[c.data.toString('latin1', 0, nul)] = c.data.toString('latin1', nul + 1);
    } else if (c.type === 'pHYs' && c.data[8] === 1) {
      dpi = Math.round(c.data.readUInt32BE(0) * 0.0254);
    }
  }
  return { text, dpi };
}

/** Runs window.__atlas.exportImage and brings the file to Node through a real download. */
async function apiExport(page: Page, request: ExportRequest): Promise<{ result: ExportImageResult; png: Buffer }> {
  const result = await page.evaluate((r) => window.__atlas.exportImage(r), request);
  return { result, png: await downloadUrl(page, result.url, result.fileName) };
}


const inset = (b: Box, by: number): Box => ({ x: b.x + by, y: b.y + by, w: b.w - 2 * by, h: b.h - 2 * by });

describe('image export', () => {
  beforeAll(async () => {
    await openAtlas(ctx);
  });

  it('opens from the keyboard, shows the printable area on the map, and closes with Escape', async () => {
    screenshotOnFailure(ctx, 'export-keyboard');
    const { page } = ctx;
    const toggle = page.getByTestId('export-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-paper');
    const preview = page.getByTestId('export-preview');
    // it appears once the page is laid out (the export code loads on first open)
    await preview.waitFor({ state: 'visible' });
    // A4 landscape: the frame on the live map has the page map frame's shape, wider than tall
    const box = (await preview.boundingBox())!;
    expect(box.width / box.height).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('export-panel').isVisible()).toBe(false);
    expect(await preview.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-toggle');
  });

  it('refuses a dpi out of range with a clear message, and a canvas the browser cannot allocate', async () => {
    screenshotOnFailure(ctx, 'export-invalid');
    const { page } = ctx;
    await page.getByTestId('export-toggle').click();
    await page.getByTestId('export-dpi').fill('1000');
    await expect.poll(() => page.getByTestId('export-invalid').textContent()).toBe('The resolution must be between 72 and 600 dpi.');
    expect(await page.getByTestId('export-go').isDisabled()).toBe(true);
    expect(await page.getByTestId('export-dpi').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('export-dpi').fill('600');
    await page.getByTestId('export-paper').selectOption('custom');
    await page.getByTestId('export-width').fill('32000');
    await page.getByTestId('export-height').fill('32000');
    await page.getByTestId('export-go').click();
    const status = page.getByTestId('export-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('error');
    expect(await status.textContent()).toBe('This browser cannot allocate a 600 dpi canvas (32000×32000 px): try 300 dpi.');
    await page.getByTestId('export-paper').selectOption('A4');
  });

  it('exports A4 landscape at 150 dpi through the panel: a 1754×1240 PNG download with its evidence', { timeout: 60_000 }, async () => {
    screenshotOnFailure(ctx, 'export-a4-ui');
    const { page } = ctx;
    await page.getByTestId('export-paper').selectOption('A4');
    await page.getByTestId('export-landscape').check();
    await page.getByTestId('export-dpi').fill('150');
    await page.getByTestId('export-png').check();
    expect(await page.getByTestId('export-size').textContent()).toBe('A4 landscape at 150 dpi: 1754 × 1240 px (297 × 210 mm)');
    const title = await page.getByTestId('export-title').inputValue();
    expect(title).toBe('Karabakh Atlas — displaced people by district');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-go').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^karabakh-atlas-\d{4}-\d{2}-\d{2}-[0-9a-f]{12}-a4-landscape-150dpi\.png$/);
    const png = readFileSync(await file.path());
    const img = decodePng(png);
    expect([img.width, img.height]).toEqual([1754, 1240]);
    const meta = metadata(png);
    expect(meta.dpi).toBe(150);
    expect(meta.text.Title).toBe('Karabakh Atlas - displaced people by district');
    expect(meta.text.Source).toBe(await page.evaluate(() => window.location.href));
    expect(meta.text.Copyright).toContain('Place names: © GeoNames, CC BY 4.0');
    // landscape: the legend column on the right third has ink, the top-left margin is blank paper
    expect(lumaVariance(img, { x: 1240, y: 160, w: 450, h: 600 })).toBeGreaterThan(500);
    expect(lumaVariance(img, { x: 0, y: 0, w: 40, h: 40 })).toBe(0);
    await expect.poll(() => page.getByTestId('export-status').getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('export-status').textContent()).toContain('(1754 × 1240 px');
  });

  it('cancels a running export: a visible "cancelled" state and no file', { timeout: 60_000 }, async () => {
    screenshotOnFailure(ctx, 'export-cancel');
    const { page } = ctx;
    await page.getByTestId('export-paper').selectOption('A3');
    await page.getByTestId('export-dpi').fill('300');
    let downloads = 0;
    const count = () => downloads++;
    page.on('download', count);
    await page.getByTestId('export-go').click();
    await expect.poll(() => page.getByTestId('export-cancel').isVisible()).toBe(true);
    expect(await page.getByTestId('export-progress').isVisible()).toBe(true);
    await page.getByTestId('export-cancel').click();
    const status = page.getByTestId('export-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 20_000 }).toBe('cancelled');
    expect(await status.textContent()).toBe('Export cancelled.');
    expect(await status.isVisible()).toBe(true);
    expect(await page.getByTestId('export-cancel').isVisible()).toBe(false);
    expect(await page.getByTestId('export-go').isEnabled()).toBe(true);
    // the hidden map is gone, and no file came
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelectorAll('.maplibregl-map').length)).toBe(1);
    page.off('download', count);
    expect(downloads).toBe(0);
    await page.getByTestId('export-toggle').click();
  });

  it('exports A3 landscape at 300 dpi via window.__atlas.exportImage at exactly 4961×3508, evidence inked, while the live map pans', { timeout: 90_000 }, async () => {
    screenshotOnFailure(ctx, 'export-a3-api');
    const { page } = ctx;
    const permalink = await page.evaluate(() => window.location.href);
    const version = await page.evaluate(async () => ((await (await fetch(new URL('data/atlas.json', document.baseURI))).json()) as { version: string }).version);
    // start the export, then drag the live map while it runs
    type Probe = { __exporting: Promise<ExportImageResult>; __exportDoneAt: number; __firstMoveAt: number };
    await page.evaluate(() => {
      const w = window as unknown as Probe;
      w.__exportDoneAt = Number.POSITIVE_INFINITY;
      w.__firstMoveAt = Number.POSITIVE_INFINITY;
      window.__atlas.once('move', () => {
        w.__firstMoveAt = performance.now();
      });
      w.__exporting = window.__atlas.exportImage({ paper: 'A3', orientation: 'landscape', dpi: 300, format: 'png' }).then((r) => {
        w.__exportDoneAt = performance.now();
        return r;
      });
    });
    const before = await page.evaluate(() => window.__atlas.center());
    const box = (await page.locator('#map canvas.maplibregl-canvas').boundingBox())!;
    const from = { x: box.x + box.width * 0.35, y: box.y + box.height * 0.6 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 18 * i, from.y - 6 * i);
    await page.mouse.up();
    const result = await page.evaluate(() => (window as unknown as Probe).__exporting);
    const after = await page.evaluate(() => window.__atlas.center());
    // the live map followed the drag (right and up: its centre moved west and south)…
    expect(after[0]).toBeLessThan(before[0]!);
    expect(after[1]).toBeLessThan(before[1]!);
    // …and started moving while the export was still running
    const t = await page.evaluate(() => [(window as unknown as Probe).__firstMoveAt, (window as unknown as Probe).__exportDoneAt]);
    expect(t[0]).toBeLessThan(t[1]!);

    expect([result.width, result.height]).toEqual([4961, 3508]);
    const png = await downloadUrl(page, result.url, result.fileName);
    expect(png.length).toBe(result.bytes);
    const img: DecodedPng = decodePng(png);
    expect([img.width, img.height]).toEqual([4961, 3508]);
    const meta = metadata(png);
    expect(meta.dpi).toBe(300);
    expect(meta.text.Source).toBe(permalink);
    expect(meta.text.Software).toContain(version);
    expect(meta.text.Comment).toContain(`Data version ${version}`);
    expect(meta.text.Copyright).toContain('Place names: © GeoNames, CC BY 4.0');
    expect(Date.now() - Date.parse(meta.text['Creation Time']!)).toBeLessThan(5 * 60_000);
    // the legend, the sources, the map and the header are not blank; the margin is
    const { regions } = result;
    expect(regions.legend.w * regions.legend.h).toBeGreaterThan(0);
    expect(lumaVariance(img, regions.legend)).toBeGreaterThan(500);
    expect(lumaVariance(img, regions.sources)).toBeGreaterThan(500);
    expect(lumaVariance(img, inset(regions.frame, 4))).toBeGreaterThan(500);
    expect(lumaVariance(img, regions.header)).toBeGreaterThan(500);
    expect(lumaVariance(img, regions.footer)).toBeGreaterThan(500);
    expect(lumaVariance(img, { x: 0, y: 0, w: 100, h: 100 })).toBe(0);
    console.log(`A3 300 dpi: ${result.ms} ms, ${result.tiles} tile(s), ${JSON.stringify(result.timings)}`);
  });

  it('stitches tiles without seams: neighbouring tiles agree across every join, and the page matches the one-tile render', { timeout: 60_000 }, async () => {
    screenshotOnFailure(ctx, 'export-seams');
    const { page } = ctx;
    const request: ExportRequest = { paper: 'A4', orientation: 'landscape', dpi: 150, format: 'png' };
    const one = await apiExport(page, request);
    // a 700 px tile limit cuts the same page into 3×3 tiles, and compares the overlaps at each join
    const tiled = await apiExport(page, { ...request, maxTilePx: 700, probeJoins: true });
    expect(one.result.tiles).toBe(1);
    expect(tiled.result.tiles).toBe(9);
    // a band 24 px either side of each of the 12 joins, rendered by both tiles: identical
    expect(tiled.result.joins).toEqual({ bands: 12, worstMismatch: 0 });
    const a = decodePng(one.png);
    const b = decodePng(tiled.png);
    const f = one.result.regions.frame;
    expect(tiled.result.regions.frame).toEqual(f);
    let off = 0;
    for (let y = f.y; y < f.y + f.h; y++) {
      for (let x = f.x; x < f.x + f.w; x++) {
        const o = (y * a.width + x) * 4;
        const d = Math.max(Math.abs(a.rgba[o]! - b.rgba[o]!), Math.abs(a.rgba[o + 1]! - b.rgba[o + 1]!), Math.abs(a.rgba[o + 2]! - b.rgba[o + 2]!));
        if (d > 40) off++;
      }
    }
    // the same map: only a label may sit on another side of its point (MapLibre keeps the side it
    // chose first, and a tile's first view is not the page's), never a line or a fill out of place
    expect(off / (f.w * f.h)).toBeLessThan(0.01);
  });
});
