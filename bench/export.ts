/**
 * P4 and P5: our export against @watergis/maplibre-gl-export (the peer page, bench/peer/) on the
 * same view, alternating; P5 is the pixel size each delivers for A3 at 300 dpi.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { log, median, ratio, RUNS, VIEWPORT, type Metric } from './lib.ts';

/** Width × height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(bytes: Buffer): string {
  return `${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)}`;
}

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout: 90_000 });
  return page;
}

/** Our export: the call the export panel makes, timed from the trigger to the finished blob. */
async function appExport(page: Page, paper: 'A4' | 'A3'): Promise<{ ms: number; size: string }> {
  const t0 = performance.now();
  const r = await page.evaluate(
    (p) => window.__atlas.exportImage({ paper: p, orientation: 'landscape', dpi: 300, format: 'png' }),
    paper,
  );
  return { ms: performance.now() - t0, size: `${r.width}×${r.height}` };
}

/** The peer: its own generateMap, timed from the trigger until its download is on disk. */
async function peerExport(page: Page, paper: 'A4' | 'A3'): Promise<{ ms: number; size: string }> {
  const t0 = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    page.evaluate((p) => window.__peer?.generate(p, 300), paper),
  ]);
  const path = await download.path();
  const ms = performance.now() - t0;
  return { ms, size: pngSize(readFileSync(path)) };
}

export async function benchExport(browser: Browser, appUrl: string, peerUrl: string): Promise<{ P4: Metric; P5: Metric }> {
  const appPage = await open(browser, appUrl);
  const peerPage = await open(browser, peerUrl);
  try {
    // warm-up: shaders, fonts and workers of both pages, not measured
    await appExport(appPage, 'A4');
    await peerExport(peerPage, 'A4');

    const a: number[] = [];
    const b: number[] = [];
    let sizes = { app: '', peer: '' };
    for (let i = 0; i < RUNS; i++) {
      const x = await appExport(appPage, 'A4');
      const y = await peerExport(peerPage, 'A4');
      a.push(x.ms);
      b.push(y.ms);
      sizes = { app: x.size, peer: y.size };
      log(`P4 run ${i + 1}/${RUNS}: app ${Math.round(x.ms)} ms (${x.size}), peer ${Math.round(y.ms)} ms (${y.size})`);
    }
    const P4: Metric = {
      app: Math.round(median(a)),
      baseline: Math.round(median(b)),
      ratio: ratio(median(a), median(b)),
      goal: 1.0,
      unit: 'ms (median)',
      note: `A4 landscape 300 dpi PNG; app ${sizes.app} with title, legend and sources; peer ${sizes.peer}, map only; min app ${Math.round(Math.min(...a))}, peer ${Math.round(Math.min(...b))}`,
    };

    const a3 = await appExport(appPage, 'A3');
    const p3 = await peerExport(peerPage, 'A3');
    const P5: Metric = { app: a3.size, baseline: p3.size, ratio: null, goal: '4961×3508', unit: 'px delivered', note: `A3 landscape 300 dpi; app ${Math.round(a3.ms)} ms, peer ${Math.round(p3.ms)} ms` };
    return { P4, P5 };
  } finally {
    await appPage.close();
    await peerPage.close();
  }
}
