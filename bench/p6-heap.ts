/**
 * P6: main-thread JS heap (CDP Performance.getMetrics JSHeapUsedSize after
 * HeapProfiler.collectGarbage) after load, and after 20 district clicks alternating two districts
 * (popup opened and closed each time), each app against the bare page, all pages open at once. MapLibre's workers have heaps
 * of their own, the same in both pages, and are not counted.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { district, interiorPoint } from '../tests/e2e/geo.ts';
import { log, ratio, round1, type PerApp } from './lib.ts';
import { clickAt, openTarget, settle, type OpenPage, type Target } from './pages.ts';

const DISTRICTS = ['lachin', 'kalbajar'] as const;
const CLICKS = 20;
const MB = 2 ** 20;

async function heapBytes(cdp: CDPSession): Promise<number> {
  // twice: the first pass can leave finalised objects for the next
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('no JSHeapUsedSize in Performance.getMetrics');
  return used;
}

interface Heaps {
  load: number;
  after10: number;
  after20: number;
}

async function cdpOf(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

async function clicks(open: OpenPage, cdp: CDPSession, load: number): Promise<Heaps> {
  const points = DISTRICTS.map((id) => interiorPoint(district(id)));
  let after10 = NaN;
  for (let i = 0; i < CLICKS; i++) {
    const at = points[i % points.length];
    if (at) await clickAt(open.page, at);
    if (i === 9) {
      await settle(open.page);
      after10 = await heapBytes(cdp);
    }
  }
  await settle(open.page);
  return { load, after10, after20: await heapBytes(cdp) };
}

const perClick = (h: Heaps) => (h.after20 - h.load) / CLICKS;
const steady = (h: Heaps) => (h.after20 - h.after10) / 10;

export async function benchHeap(browser: Browser, apps: Target[], baseline: Target): Promise<PerApp> {
  const opened: { target: Target; open: OpenPage }[] = [];
  try {
    for (const target of [...apps, baseline]) opened.push({ target, open: await openTarget(browser, target) });
    const cdps = await Promise.all(opened.map((o) => cdpOf(o.open.page)));
    // every page's heap after load first, then the clicks: no page is measured while another clicks
    const loads: number[] = [];
    for (const cdp of cdps) loads.push(await heapBytes(cdp));
    const heaps = new Map<string, Heaps>();
    for (const [i, o] of opened.entries()) {
      const cdp = cdps[i];
      if (cdp) heaps.set(o.target.label, await clicks(o.open, cdp, loads[i] ?? NaN));
    }
    const b = heaps.get(baseline.label);
    if (!b) throw new Error('no heap read on the bare page');
    const kb = (x: number) => `${round1(x / 1024)} KB`;
    const out: PerApp = {};
    for (const app of apps) {
      const a = heaps.get(app.label);
      if (!a) continue;
      log(`P6 ${app.label} ${round1(a.load / MB)} → ${round1(a.after20 / MB)} MB, bare ${round1(b.load / MB)} → ${round1(b.after20 / MB)} MB`);
      out[app.label] = {
        app: round1(a.load / MB),
        baseline: round1(b.load / MB),
        ratio: ratio(a.load, b.load),
        goal: '≤ 1.5, no growth per click',
        unit: 'MB heap after load',
        note:
          `main-thread JSHeapUsedSize after GC; after ${CLICKS} clicks (${DISTRICTS.join('/')}): ${app.label} ${round1(a.after20 / MB)} MB, bare ${round1(b.after20 / MB)} MB; ` +
          `growth per click (after-20 − after-load)/20: ${app.label} ${kb(perClick(a))}, bare ${kb(perClick(b))}; ` +
          `clicks 11–20 only: ${app.label} ${kb(steady(a))}, bare ${kb(steady(b))}`,
      };
    }
    return out;
  } finally {
    for (const o of opened) await o.open.close();
  }
}
