/**
 * The two pages under test, driven the same way: the app (built dist/) and the bare MapLibre page
 * (bench/baseline/). The app exposes nothing for the bench beyond window.__atlas.map; an init
 * script watches for it, so the app is timed by the same rule as the bare page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ClickTiming, LoadTimes } from './bench-window.ts';
import { freshPage } from './lib.ts';

export type Kind = 'app' | 'baseline';
export interface Target {
  kind: Kind;
  url: string;
}

/**
 * Runs in the app page before its scripts: when main.ts assigns window.__atlas, the map is
 * handed to the bench and its first idle after load with everything loaded is timed (the
 * condition the bare page uses); data-map-ready is timed too.
 */
function hookApp(): void {
  const times: LoadTimes = {};
  window.__benchTimes = times;
  let atlas: Window['__atlas'] | undefined;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => atlas,
    set: (value: Window['__atlas']) => {
      atlas = value;
      const map = value.map;
      window.__bench = { map };
      times.createdAt = performance.now();
      map.once('load', () => {
        times.loadAt = performance.now();
        const check = () => {
          if (!map.loaded()) return;
          map.off('idle', check);
          times.idleAt = performance.now();
        };
        map.on('idle', check);
      });
    },
  });
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.documentElement;
    const seen = () => {
      if (root.dataset.mapReady !== 'true' || times.readyAt !== undefined) return false;
      times.readyAt = performance.now();
      return true;
    };
    if (seen()) return;
    const mo = new MutationObserver(() => {
      if (seen()) mo.disconnect();
    });
    mo.observe(root, { attributes: true, attributeFilter: ['data-map-ready'] });
  });
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  times: LoadTimes;
  close(): Promise<void>;
}

/** A fresh context, the page loaded to its first full idle; app pages also to data-map-ready. */
export async function openTarget(browser: Browser, target: Target): Promise<OpenPage> {
  const { page, context } = await freshPage(browser);
  if (target.kind === 'app') await context.addInitScript(hookApp);
  await page.goto(target.url);
  await page
    .waitForFunction(
      (kind) => (kind === 'app' ? document.documentElement.dataset.mapReady === 'true' : window.__benchTimes?.idleAt !== undefined),
      target.kind,
      { timeout: 90_000, polling: 50 },
    )
    .catch(async (e: unknown) => {
      await context.close();
      const what = target.kind === 'app' ? '<html data-map-ready="true">' : 'its first idle';
      throw new Error(`the ${target.kind} page (${target.url}) did not reach ${what} within 90 s`, { cause: e });
    });
  // the app marks itself ready on its own idle; ours is registered after it, give it the same frame
  if (target.kind === 'app') await page.waitForFunction(() => window.__benchTimes?.idleAt !== undefined, undefined, { timeout: 10_000, polling: 20 });
  const times = await page.evaluate((): LoadTimes => {
    // when the page's own script and its map data (app: data/*; bare page: style.json) had arrived
    const arrived = (re: RegExp) => {
      const ends = performance.getEntriesByType('resource').filter((e) => re.test(e.name)).map((e) => (e as PerformanceResourceTiming).responseEnd);
      return ends.length > 0 ? Math.max(...ends) : undefined;
    };
    return { ...window.__benchTimes, scriptAt: arrived(/\/assets\/[^/]+\.js$/), dataAt: arrived(/\/data\/|\/style\.json$/) };
  });
  return { page, context, times, close: () => context.close() };
}

/** Resolves at the map's next idle after a repaint: whatever was asked is drawn. */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__bench?.map;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );

/** Page pixel of a lon/lat in the page's live map. */
export function pixelOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.__bench?.map;
    if (!map) throw new Error('no map on the page');
    const p = map.project(ll);
    const box = map.getCanvasContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

/**
 * Arms the page before a click: the press and click timestamps, and a MutationObserver that
 * resolves on the requestAnimationFrame after a popup with text is in the DOM.
 */
function armClick(): void {
  window.__benchClick = new Promise<ClickTiming>((resolve, reject) => {
    let down = NaN;
    let click = NaN;
    addEventListener('mousedown', (e) => (down = e.timeStamp), { capture: true, once: true });
    addEventListener('click', (e) => (click = e.timeStamp), { capture: true, once: true });
    const timer = setTimeout(() => {
      mo.disconnect();
      reject(new Error('no popup text within 15 s of the click'));
    }, 15_000);
    const mo = new MutationObserver(() => {
      const text = document.querySelector('.maplibregl-popup-content')?.textContent?.trim() ?? '';
      if (!text) return;
      const dom = performance.now();
      mo.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ down, click, dom, painted: performance.now(), text: text.slice(0, 60) }));
    });
    mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * One real mouse click at a lon/lat: the pointer is moved there first and the map let settle (a
 * reader's pointer arrives before the press, and so does the app's hover outline), then the
 * click is timed; the popup is closed with its own close button (the next click settles the map).
 */
export async function clickAt(page: Page, lngLat: [number, number]): Promise<ClickTiming> {
  const pt = await pixelOf(page, lngLat);
  await page.mouse.move(pt.x, pt.y);
  await settle(page);
  await page.evaluate(armClick);
  await page.mouse.click(pt.x, pt.y);
  const timing = await page.evaluate(() => window.__benchClick);
  if (!timing) throw new Error('click probe missing');
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('.maplibregl-popup-close-button')?.click());
  await page.waitForFunction(() => !document.querySelector('.maplibregl-popup'), undefined, { timeout: 10_000 });
  return timing;
}
