/**
 * P8: the app on ten times today's claims per place (bench/scale-fixture.ts) against the same app
 * on today's data, in the same run. Three rows, scaled ÷ normal each:
 *   P8      first-load data: the gzip bytes of every /data/ response the page received before
 *           it marked itself ready (<html data-map-ready>), as the network delivered them,
 *           whatever the files are called
 *   P8-P1b  navigation → map constructed (P1b's clock), from the same loads, taken in turn
 *   P8-popup a click on Laçın → its popup painted (P2's clock and rule), taken in turn
 */
import type { Browser, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { log, median, ratio, round1, RUNS, type Metric } from './lib.ts';
import { loadOnce } from './p1-load.ts';
import { clickName, clickRounds } from './p2-click.ts';
import { openTarget, type OpenPage, type Target } from './pages.ts';

interface DataLoad {
  createdAt: number;
  /** gzip (level 9) and raw bytes per /data/ path received before ready */
  files: { path: string; raw: number; gzip: number }[];
}

/**
 * One load in a fresh context, with the /data/ responses that finished before the page said it
 * was ready. The page calls the `__benchReady` binding when data-map-ready appears (pages.ts);
 * the network events of responses that finished earlier reach the bench before that call does.
 */
async function loadWithData(browser: Browser, target: Target): Promise<DataLoad> {
  let ready = false;
  const bodies: Promise<{ path: string; raw: number; gzip: number }>[] = [];
  const prepare = async (page: Page) => {
    await page.exposeBinding('__benchReady', () => {
      ready = true;
    });
    page.on('requestfinished', (req) => {
      const path = new URL(req.url()).pathname;
      if (ready || !path.includes('/data/')) return;
      bodies.push(
        req.response().then(async (res) => {
          const body = res ? await res.body() : Buffer.alloc(0);
          return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
        }),
      );
    });
  };
  const open = await openTarget(browser, target, prepare);
  try {
    const files = await Promise.all(bodies);
    if (!ready) throw new Error(`${target.label}: the page never called __benchReady`);
    return { createdAt: open.times.createdAt ?? NaN, files };
  } finally {
    await open.close();
  }
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const kB = (bytes: number) => round1(bytes / 1000);
const listed = (l: DataLoad) => l.files.map((f) => `${f.path.replace(/^.*\/data\//, '')} ${kB(f.gzip)}`).join(', ');

export async function benchScale(browser: Browser, normal: Target, scaled: Target, claims: string): Promise<{ P8: Metric; P1b: Metric; popup: Metric }> {
  const rounds = Math.max(5, RUNS);
  // warm-up loads (the "after" normal build was loaded by P1/P2 already, or not: same rule for both)
  await loadOnce(browser, normal);
  await loadOnce(browser, scaled);
  const n: DataLoad[] = [];
  const s: DataLoad[] = [];
  for (let i = 0; i < rounds; i++) {
    n.push(await loadWithData(browser, normal));
    s.push(await loadWithData(browser, scaled));
    log(`P8 ${scaled.label} round ${i + 1}/${rounds}: constructed ${Math.round(n[i]?.createdAt ?? NaN)} → ${Math.round(s[i]?.createdAt ?? NaN)} ms`);
  }
  // the bytes do not change from load to load; the last load's are reported, and any difference noted
  const bytes = (l: DataLoad | undefined) => sum(l?.files.map((f) => f.gzip) ?? []);
  const raw = (l: DataLoad | undefined) => sum(l?.files.map((f) => f.raw) ?? []);
  const lastN = n[n.length - 1];
  const lastS = s[s.length - 1];
  const steady = new Set([...n.map(bytes)]).size === 1 && new Set([...s.map(bytes)]).size === 1 ? '' : ' (the bytes varied between loads)';
  const P8: Metric = {
    app: kB(bytes(lastS)),
    baseline: kB(bytes(lastN)),
    ratio: ratio(bytes(lastS), bytes(lastN)),
    goal: '≤ 1.1',
    unit: 'kB gzip (1000 B), first-load data',
    note:
      `${claims}; /data/ responses before data-map-ready, gzip 9 as served: scaled ${lastS ? listed(lastS) : '–'}; ` +
      `today ${lastN ? listed(lastN) : '–'}; raw ${kB(raw(lastS))} vs ${kB(raw(lastN))} kB${steady}`,
  };
  const mn = median(n.map((x) => x.createdAt));
  const ms = median(s.map((x) => x.createdAt));
  const P1b: Metric = {
    app: Math.round(ms),
    baseline: Math.round(mn),
    ratio: ratio(ms, mn),
    goal: '≤ 1.1',
    unit: 'ms (median), map constructed',
    note: `${rounds} loads each, in turn, new context each; navigation start → map constructed, scaled vs today's data; min ${Math.round(Math.min(...s.map((x) => x.createdAt)))} vs ${Math.round(Math.min(...n.map((x) => x.createdAt)))}`,
  };

  const clicks = Math.max(10, 2 * RUNS);
  const opened: { label: string; open: OpenPage }[] = [];
  try {
    for (const t of [normal, scaled]) opened.push({ label: t.label, open: await openTarget(browser, t) });
    const r = await clickRounds(opened, clicks, `P8 ${scaled.label}`);
    const pn = r.get(normal.label)?.painted ?? [];
    const ps = r.get(scaled.label)?.painted ?? [];
    const popup: Metric = {
      app: round1(median(ps)),
      baseline: round1(median(pn)),
      ratio: ratio(median(ps), median(pn)),
      goal: '≤ 1.2',
      unit: 'ms (median), popup painted',
      note: `${clicks} clicks each on ${clickName()}, in turn; P2's clock (mousedown → rAF after the popup text); min ${round1(Math.min(...ps))} vs ${round1(Math.min(...pn))}`,
    };
    return { P8, P1b, popup };
  } finally {
    for (const o of opened) await o.open.close();
  }
}
