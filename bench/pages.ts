/**
 * The pages under test, driven the same way: the app (a `--mode test` build) and the bare MapLibre
 * page (bench/baseline/). Both are driven only through the app's test handle (window.__atlas:
 * constructedAt, loaded, on/once, project, center, zoom), which the bare page copies from its own
 * map; an init script in the app takes the handle when main.ts assigns it, so the app is timed by
 * the same rule as the bare page. Builds from before the handle assigned { map, exportImage }:
 * the same init script wraps that map in the handle's shape, so an old revision can be benched.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AtlasTestHandle, ClickTiming, FrameLog, LoadTimes, OldAtlasHandle } from './bench-window.ts';
import { freshPage } from './lib.ts';

export type Kind = 'app' | 'baseline';
export interface Target {
  kind: Kind;
  url: string;
  /** how the bench's lines and notes name it: "after", "before", "bare", "scaled" … */
  label: string;
}

/**
 * Runs in the app page before its scripts: when main.ts assigns window.__atlas, its handle (or
 * an old build's map, wrapped) is given to the bench, the map's frames are logged, and its first
 * idle after load with everything loaded is timed (the bare page's rule); data-map-ready too, and
 * a `__benchReady` binding is called then if the bench exposed one (P8 counts data bytes up to it).
 */
function hookApp(): void {
  const times: LoadTimes = {};
  const frames: FrameLog = { render: 0, idle: 0 };
  window.__benchTimes = times;
  window.__benchFrames = frames;
  const adopt = (value: AtlasTestHandle | OldAtlasHandle): AtlasTestHandle => {
    if (!('map' in value) || !value.map) return value as AtlasTestHandle;
    const map = value.map;
    return {
      // the old build assigned its handle right after constructing the map
      constructedAt: performance.now(),
      loaded: () => map.loaded(),
      on: (type, handler) => void map.on(type, handler),
      once: (type, handler) => void map.once(type, handler),
      project: (lngLat) => {
        const p = map.project(lngLat);
        return [p.x, p.y];
      },
      center: () => map.getCenter().toArray(),
      zoom: () => map.getZoom(),
    };
  };
  let atlas: unknown;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get: () => atlas,
    set: (value: AtlasTestHandle | OldAtlasHandle) => {
      atlas = value;
      const handle = adopt(value);
      window.__bench = handle;
      times.createdAt = handle.constructedAt;
      handle.on('render', () => (frames.render = performance.now()));
      handle.on('idle', () => (frames.idle = performance.now()));
      handle.once('load', () => {
        times.loadAt = performance.now();
        // the handle has no off(): a flag stops the check after the first full idle
        handle.on('idle', () => {
          if (times.idleAt === undefined && handle.loaded()) times.idleAt = performance.now();
        });
      });
    },
  });
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.documentElement;
    const seen = () => {
      if (root.dataset.mapReady !== 'true' || times.readyAt !== undefined) return false;
      times.readyAt = performance.now();
      (window as unknown as { __benchReady?: () => void }).__benchReady?.();
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

/**
 * A fresh context, the page loaded to its first full idle; app pages also to data-map-ready.
 * `prepare` runs on the page before it navigates (P8 listens to its network there).
 */
export async function openTarget(browser: Browser, target: Target, prepare?: (page: Page) => Promise<void>): Promise<OpenPage> {
  const { page, context } = await freshPage(browser);
  if (target.kind === 'app') await context.addInitScript(hookApp);
  await prepare?.(page);
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
      throw new Error(`the ${target.label} page (${target.url}) did not reach ${what} within 90 s`, { cause: e });
    });
  // the app marks itself ready on its own idle; ours is registered after it, give it the same frame
  if (target.kind === 'app') {
    await page.waitForFunction(() => window.__benchTimes?.idleAt !== undefined, undefined, { timeout: 10_000, polling: 20 }).catch(async (e: unknown) => {
      const handle = await page.evaluate(() => (window.__bench ? 'taken' : 'never assigned')).catch(() => '?');
      await context.close();
      throw new Error(`the ${target.label} page is ready but the bench saw no full idle: window.__atlas ${handle} (is it a \`vite build --mode test\` build?)`, { cause: e });
    });
  }
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

/**
 * Resolves once the map has settled: it says it is loaded, and its last drawn frame was followed
 * by an idle, for three animation frames running. The handle cannot ask for a repaint, so this
 * watches the frames the page logs instead; three frames let a repaint just asked for (a hover
 * outline after a pointer move) start before the check can pass.
 */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const handle = window.__bench;
        const frames = window.__benchFrames;
        if (!handle || !frames) return resolve();
        const give = setTimeout(() => reject(new Error('the map did not settle within 15 s')), 15_000);
        let quiet = 0;
        const check = () => {
          quiet = handle.loaded() && frames.idle >= frames.render ? quiet + 1 : 0;
          if (quiet < 3) return void requestAnimationFrame(check);
          clearTimeout(give);
          resolve();
        };
        requestAnimationFrame(check);
      }),
  );

/** Page pixel of a lon/lat in the page's live map (the handle projects into the map's container). */
export function pixelOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const handle = window.__bench;
    const container = document.querySelector('.maplibregl-map');
    if (!handle || !container) throw new Error('no map on the page');
    const [x, y] = handle.project(ll);
    const box = container.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, lngLat);
}

/**
 * Arms the page before a click: the press and click timestamps, and a MutationObserver that
 * resolves on the requestAnimationFrame after a popup with its figures (not a loading note) is in the DOM.
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
      // a popup still fetching its place's figures (aria-busy) has not shown them yet
      if (!text || document.querySelector('.maplibregl-popup-content [aria-busy="true"]')) return;
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
 * reader's pointer arrives before the press, and so does the hover outline), then the click is
 * timed; the popup is closed with its own close button (the next click settles the map).
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
