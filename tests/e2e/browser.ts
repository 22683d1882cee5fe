import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFailed } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const SHOTS = resolve(import.meta.dirname, '../../test-results');

export interface AtlasPage {
  page: Page;
  baseUrl: string;
  /** every request URL the page made, to assert nothing left the origin */
  requests: string[];
  /** console errors and page errors, minus SwiftShader's readback warnings */
  errors: string[];
}

/**
 * One browser per test file, one page per test file; a failing test leaves a full-page screenshot
 * in test-results/ named after it.
 */
export function useAtlasPage(
  viewport = { width: 1280, height: 800 },
  extraArgs: readonly string[] = [],
  /** a phone (isMobile, hasTouch), or permissions such as the clipboard's */
  contextOptions: Omit<BrowserContextOptions, 'viewport'> = {},
): AtlasPage {
  let browser: Browser | undefined;
  const ctx = { requests: [], errors: [], baseUrl: inject('baseUrl') } as unknown as AtlasPage;
  beforeAll(async () => {
    if (!CHROMIUM_PATH) throw new Error('Chromium not found: install Debian package "chromium" or set CHROMIUM_PATH');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
    ctx.page = await browser.newPage({ viewport, ...contextOptions });
    ctx.page.on('request', (r) => ctx.requests.push(r.url()));
    ctx.page.on('pageerror', (e) => ctx.errors.push(String(e)));
    ctx.page.on('console', (m) => {
      if (m.type() === 'error' && !/GPU stall|ReadPixels/.test(m.text())) ctx.errors.push(m.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return ctx;
}

/** Call at the top of a test: on failure, a screenshot is written before the page moves on. */
export function screenshotOnFailure(ctx: AtlasPage, name: string): void {
  onTestFailed(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const file = resolve(SHOTS, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
    await ctx.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`screenshot of the failing page: ${file}`);
  });
}

export async function openAtlas(ctx: AtlasPage, query = ''): Promise<void> {
  await ctx.page.goto(ctx.baseUrl + query);
  await ctx.page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, {
    timeout: 60_000,
  });
}

/** Page pixel (for page.mouse) of a lon/lat in the live map: the map need not sit at the page origin. */
export async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const [x, y] = window.__atlas.project(ll);
    const box = window.__atlas.box();
    return { x: box.left + x, y: box.top + y };
  }, lngLat);
}

/** Resolves at the map's next idle after a repaint: what it was just told to draw is drawn and placed. */
export const mapIdle = (page: Page): Promise<void> =>
  page.evaluate(() => window.__atlas.idle());

/** Brings a file the page made (a blob: URL) to Node through a real download, as a reader saves it. */
export async function downloadUrl(page: Page, url: string, name: string): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.evaluate(
    ({ url, name }) => {
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
    },
    { url, name },
  );
  return readFileSync(await (await download).path());
}

/**
 * Opens a popup's folds of other figures ("Other figures about this place", "N other figures from M
 * parties"), as a reader clicks them: the popup leads with the figure on the map.
 */
export async function openOtherFigures(popup: Locator): Promise<void> {
  const folds = popup.locator('details:is([data-testid="more-figures"], [data-testid="other-figures"]):not([open]) > summary');
  while ((await folds.count()) > 0) await folds.first().click();
}

/** Accessibility violations axe-core finds in `selector` (WCAG 2 A and AA), as "rule: targets" lines. */
export async function axeViolations(page: Page, selector = 'body'): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  // evaluated through the debugging protocol: the page's CSP does not apply to it
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run(s: string, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } };
    const r = await w.axe.run(sel, { runOnly: ['wcag2a', 'wcag2aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

/** A colour paint property as the map holds it, evaluated for one feature id at zoom 7, as #rrggbb. */
export async function paintedColour(page: Page, layer: string, prop: 'fill-color' | 'line-color', id: string): Promise<string> {
  const { createExpression } = await import('@maplibre/maplibre-gl-style-spec');
  const paint = await page.evaluate(([l, p]) => window.__atlas.paint(l, p), [layer, prop] as const);
  const expr = createExpression(paint, `layers.${layer}.paint.${prop}`);
  if (expr.result !== 'success') throw new Error(`${layer} ${prop} is not a valid expression`);
  const c = expr.value.evaluate({ zoom: 7 }, { type: 'Polygon', properties: { id } } as never) as { r: number; g: number; b: number };
  return `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}
