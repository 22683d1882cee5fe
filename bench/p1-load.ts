/**
 * P1: navigation → first map `idle` after `load` with everything loaded (map.loaded()), read in
 * the page as performance.now() (ms since navigation start). A new context per load, app and bare
 * page alternating; the warm-up loads happen before (prepareBaseline loads the app once, and the
 * bare page is loaded once here). The note splits the time (medians): scripts arrived, map data
 * arrived, map constructed, map `load`, idle.
 */
import type { Browser } from 'playwright-core';
import type { LoadTimes } from './bench-window.ts';
import { log, median, ratio, RUNS, type Metric } from './lib.ts';
import { openTarget, type Target } from './pages.ts';

type Phases = Required<Omit<LoadTimes, 'readyAt'>> & { readyAt: number };

async function loadOnce(browser: Browser, target: Target): Promise<Phases> {
  const page = await openTarget(browser, target);
  await page.close();
  const { scriptAt, dataAt, createdAt, loadAt, idleAt, readyAt } = page.times;
  if (idleAt === undefined) throw new Error(`${target.kind}: no idle time recorded`);
  const or = (x: number | undefined) => x ?? NaN;
  return { scriptAt: or(scriptAt), dataAt: or(dataAt), createdAt: or(createdAt), loadAt: or(loadAt), idleAt, readyAt: or(readyAt) };
}

const phases = (xs: Phases[]): string => {
  const m = (k: keyof Phases) => Math.round(median(xs.map((x) => x[k])));
  return `JS in ${m('scriptAt')}, data in ${m('dataAt')}, map created ${m('createdAt')}, load ${m('loadAt')}, idle ${m('idleAt')}`;
};

export async function benchLoad(browser: Browser, app: Target, baseline: Target): Promise<Metric> {
  const pairs = Math.max(5, RUNS);
  await loadOnce(browser, baseline); // warm-up of the bare page (the app's was prepareBaseline)
  const a: Phases[] = [];
  const b: Phases[] = [];
  for (let i = 0; i < pairs; i++) {
    const x = await loadOnce(browser, app);
    const y = await loadOnce(browser, baseline);
    a.push(x);
    b.push(y);
    log(`P1 pair ${i + 1}/${pairs}: app idle ${Math.round(x.idleAt)} ms (created ${Math.round(x.createdAt)}, map-ready ${Math.round(x.readyAt)}), bare ${Math.round(y.idleAt)} ms (created ${Math.round(y.createdAt)})`);
  }
  const ma = median(a.map((x) => x.idleAt));
  const mb = median(b.map((x) => x.idleAt));
  return {
    app: Math.round(ma),
    baseline: Math.round(mb),
    ratio: ratio(ma, mb),
    goal: 1.3,
    unit: 'ms (median)',
    note:
      `${pairs} pairs, new context each; navigation start → first idle after load with map.loaded() (app: its map ` +
      `from window.__atlas). Medians, app: ${phases(a)}, data-map-ready ${Math.round(median(a.map((x) => x.readyAt)))}; ` +
      `bare: ${phases(b)}; min app ${Math.round(Math.min(...a.map((x) => x.idleAt)))}, bare ${Math.round(Math.min(...b.map((x) => x.idleAt)))}`,
  };
}
