/**
 * P4 and P5: our export against @watergis/maplibre-gl-export (the peer page, bench/peer/) on the
 * same view, in turn (each app build, then the peer); P5 is the pixel size each delivers for A3 at 300 dpi.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { log, median, ratio, RUNS, VIEWPORT, type PerApp } from './lib.ts';

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
  const r = await page.evaluate((p) => {
    // old and new builds both give exportImage on window.__atlas; read it without src/'s declaration of the handle
    const atlas = (window as unknown as { __atlas?: { exportImage(r: object): Promise<{ width: number; height: number }> } }).__atlas;
    if (!atlas) throw new Error('no window.__atlas: not a `vite build --mode test` build');
    return atlas.exportImage({ paper: p, orientation: 'landscape', dpi: 300, format: 'png' });
  }, paper);
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

export async function benchExport(browser: Browser, apps: { label: string; url: string }[], peerUrl: string): Promise<{ P4: PerApp; P5: PerApp }> {
  const pages: { label: string; page: Page }[] = [];
  let peerPage: Page | undefined;
  try {
    for (const app of apps) pages.push({ label: app.label, page: await open(browser, app.url) });
    peerPage = await open(browser, peerUrl);
    // warm-up: shaders, fonts and workers of every page, not measured
    for (const p of pages) await appExport(p.page, 'A4');
    await peerExport(peerPage, 'A4');

    const a = new Map<string, { ms: number[]; size: string }>(pages.map((p) => [p.label, { ms: [], size: '' }]));
    const b: number[] = [];
    let peerSize = '';
    for (let i = 0; i < RUNS; i++) {
      const line: string[] = [];
      for (const p of pages) {
        const x = await appExport(p.page, 'A4');
        const entry = a.get(p.label);
        entry?.ms.push(x.ms);
        if (entry) entry.size = x.size;
        line.push(`${p.label} ${Math.round(x.ms)} ms (${x.size})`);
      }
      const y = await peerExport(peerPage, 'A4');
      b.push(y.ms);
      peerSize = y.size;
      log(`P4 run ${i + 1}/${RUNS}: ${line.join(', ')}, peer ${Math.round(y.ms)} ms (${y.size})`);
    }
    const P4: PerApp = {};
    const P5: PerApp = {};
    for (const p of pages) {
      const x = a.get(p.label) ?? { ms: [], size: '' };
      P4[p.label] = {
        app: Math.round(median(x.ms)),
        baseline: Math.round(median(b)),
        ratio: ratio(median(x.ms), median(b)),
        goal: 1.0,
        unit: 'ms (median)',
        note: `A4 landscape 300 dpi PNG; ${p.label} ${x.size} with title, legend and sources; peer ${peerSize}, map only; min ${p.label} ${Math.round(Math.min(...x.ms))}, peer ${Math.round(Math.min(...b))}`,
      };
    }
    const p3 = await peerExport(peerPage, 'A3');
    for (const p of pages) {
      const a3 = await appExport(p.page, 'A3');
      P5[p.label] = { app: a3.size, baseline: p3.size, ratio: null, goal: '4961×3508', unit: 'px delivered', note: `A3 landscape 300 dpi; ${p.label} ${Math.round(a3.ms)} ms, peer ${Math.round(p3.ms)} ms` };
    }
    return { P4, P5 };
  } finally {
    for (const p of pages) await p.page.close();
    await peerPage?.close();
  }
}
