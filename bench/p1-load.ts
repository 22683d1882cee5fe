/**
 * P1 and P1b, from the same loads. P1: navigation → first map `idle` after `load` with everything
 * loaded (the handle's loaded()); P1b: navigation → map constructed (the app: its handle's
 * constructedAt, after it has loaded and parsed its data and built its style; the bare page:
 * right after `new Map`, which it does first). Both read in the page as performance.now() (ms
 * since navigation start). A new context per load, each app and the bare page in turn, round after
 * round; the warm-up loads happen before (prepareBaseline loads the app once, and every page is
 * loaded once here). The note splits the time (medians): scripts arrived, map data arrived, map
 * constructed, map `load`, idle.
 */
import type { Browser } from 'playwright-core';
import type { LoadTimes } from './bench-window.ts';
import { log, median, ratio, RUNS, type Metric, type PerApp } from './lib.ts';
import { openTarget, type Target } from './pages.ts';

type Phases = Required<Omit<LoadTimes, 'readyAt'>> & { readyAt: number };

export async function loadOnce(browser: Browser, target: Target): Promise<Phases> {
  const page = await openTarget(browser, target);
  await page.close();
  const { scriptAt, dataAt, createdAt, loadAt, readyAt } = page.times;
  let { idleAt } = page.times;
  if (idleAt === undefined) throw new Error(`${target.label}: no idle time recorded`);
  // the app makes its map before its data arrives, so its first idle may draw nothing yet: its
  // P1 ends when the data is drawn (data-map-ready), never earlier
  if (readyAt !== undefined) idleAt = Math.max(idleAt, readyAt);
  const or = (x: number | undefined) => x ?? NaN;
  return { scriptAt: or(scriptAt), dataAt: or(dataAt), createdAt: or(createdAt), loadAt: or(loadAt), idleAt, readyAt: or(readyAt) };
}

const phases = (xs: Phases[]): string => {
  const m = (k: keyof Phases) => Math.round(median(xs.map((x) => x[k])));
  return `JS in ${m('scriptAt')}, data in ${m('dataAt')}, map created ${m('createdAt')}, load ${m('loadAt')}, idle ${m('idleAt')}`;
};

const minOf = (xs: Phases[], k: keyof Phases) => Math.round(Math.min(...xs.map((x) => x[k])));

export async function benchLoad(browser: Browser, apps: Target[], baseline: Target): Promise<{ P1: PerApp; P1b: PerApp }> {
  const rounds = Math.max(5, RUNS);
  await loadOnce(browser, baseline);
  // the "after" app's warm-up was prepareBaseline's load; any other gets one here
  for (const app of apps.slice(1)) await loadOnce(browser, app);
  const a = new Map<string, Phases[]>(apps.map((t) => [t.label, []]));
  const b: Phases[] = [];
  for (let i = 0; i < rounds; i++) {
    const line: string[] = [];
    for (const app of apps) {
      const x = await loadOnce(browser, app);
      a.get(app.label)?.push(x);
      line.push(`${app.label} idle ${Math.round(x.idleAt)} ms (created ${Math.round(x.createdAt)}, map-ready ${Math.round(x.readyAt)})`);
    }
    const y = await loadOnce(browser, baseline);
    b.push(y);
    log(`P1 round ${i + 1}/${rounds}: ${line.join(', ')}, bare ${Math.round(y.idleAt)} ms (created ${Math.round(y.createdAt)})`);
  }
  const P1: PerApp = {};
  const P1b: PerApp = {};
  const mbIdle = median(b.map((x) => x.idleAt));
  const mbMade = median(b.map((x) => x.createdAt));
  const order = `${rounds} rounds of ${[...apps.map((t) => t.label), 'bare'].join(', ')}, a new context each`;
  for (const app of apps) {
    const xs = a.get(app.label) ?? [];
    const maIdle = median(xs.map((x) => x.idleAt));
    const maMade = median(xs.map((x) => x.createdAt));
    const p1: Metric = {
      app: Math.round(maIdle),
      baseline: Math.round(mbIdle),
      ratio: ratio(maIdle, mbIdle),
      goal: 1.2,
      unit: 'ms (median)',
      note:
        `${order}; navigation start → first idle after load with the map loaded. Medians, ${app.label}: ${phases(xs)}, ` +
        `data-map-ready ${Math.round(median(xs.map((x) => x.readyAt)))}; bare: ${phases(b)}; min ${app.label} ${minOf(xs, 'idleAt')}, bare ${minOf(b, 'idleAt')}`,
    };
    const p1b: Metric = {
      app: Math.round(maMade),
      baseline: Math.round(mbMade),
      ratio: ratio(maMade, mbMade),
      goal: 1.3,
      unit: 'ms (median)',
      note:
        `the loads of P1; navigation start → map constructed (the app after fetching and parsing its data and building its style; ` +
        `the bare page constructs at once). Scripts in: ${app.label} ${Math.round(median(xs.map((x) => x.scriptAt)))}, bare ${Math.round(median(b.map((x) => x.scriptAt)))}; ` +
        `min ${app.label} ${minOf(xs, 'createdAt')}, bare ${minOf(b, 'createdAt')}`,
    };
    P1[app.label] = p1;
    P1b[app.label] = p1b;
  }
  return { P1, P1b };
}
