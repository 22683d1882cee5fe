/**
 * P2: a real mouse click on a district's interior pixel → the popup's text in the DOM and the
 * next requestAnimationFrame, timed in the page from the mousedown's event timestamp. Same
 * district and view in every page (the bare page has the app's camera and map box) and the same
 * visible work: the hover outline is drawn before the press (the pointer rests on the point
 * first), the click opens a popup and outlines the district; the popup is closed between clicks.
 * A second row gives the part before the frame: press → text in the DOM.
 */
import type { Browser } from 'playwright-core';
import { district, interiorPoint } from '../tests/e2e/geo.ts';
import type { ClickTiming } from './bench-window.ts';
import { log, median, ratio, round1, RUNS, type PerApp } from './lib.ts';
import { clickAt, openTarget, type OpenPage, type Target } from './pages.ts';

export const CLICK_DISTRICT = 'lachin';

/** The district's name, what a popup about it must say. */
export const clickName = (): string => district(CLICK_DISTRICT).properties.name_az;
export const clickPoint = (): [number, number] => interiorPoint(district(CLICK_DISTRICT));

/** Press → painted and press → in the DOM, for clicks taken in turn on several open pages. */
export interface Clicks {
  painted: number[];
  dom: number[];
}

/**
 * `clicks` rounds, each one click per page in the given order, after a warm-up click on each
 * (the first popup of a page builds its DOM and styles).
 */
export async function clickRounds(pages: { label: string; open: OpenPage }[], clicks: number, what: string): Promise<Map<string, Clicks>> {
  const at = clickPoint();
  const name = clickName();
  for (const p of pages) await clickAt(p.open.page, at);
  const out = new Map<string, Clicks>(pages.map((p) => [p.label, { painted: [], dom: [] }]));
  const check = (t: ClickTiming) => {
    if (!t.text.includes(name)) throw new Error(`popup text "${t.text}" does not name ${name}`);
  };
  for (let i = 0; i < clicks; i++) {
    for (const p of pages) {
      const t = await clickAt(p.open.page, at);
      check(t);
      const c = out.get(p.label);
      c?.painted.push(t.painted - t.down);
      c?.dom.push(t.dom - t.down);
    }
    if (i % 5 === 4) log(`${what} click ${i + 1}/${clicks}: ${pages.map((p) => `${p.label} ${round1(out.get(p.label)?.painted[i] ?? NaN)} ms`).join(', ')}`);
  }
  return out;
}

export async function benchClick(browser: Browser, apps: Target[], baseline: Target): Promise<{ P2: PerApp; dom: PerApp }> {
  const clicks = Math.max(10, 2 * RUNS);
  const at = clickPoint();
  const opened: { label: string; open: OpenPage }[] = [];
  try {
    for (const t of [...apps, baseline]) opened.push({ label: t.label, open: await openTarget(browser, t) });
    const r = await clickRounds(opened, clicks, 'P2');
    const bare = r.get(baseline.label) ?? { painted: [], dom: [] };
    const mb = median(bare.painted);
    const db = median(bare.dom);
    const P2: PerApp = {};
    const dom: PerApp = {};
    for (const app of apps) {
      const x = r.get(app.label) ?? { painted: [], dom: [] };
      const ma = median(x.painted);
      const da = median(x.dom);
      P2[app.label] = {
        app: round1(ma),
        baseline: round1(mb),
        ratio: ratio(ma, mb),
        goal: 1.2,
        unit: 'ms (median)',
        note:
          `${clicks} clicks each at ${clickName()} [${at.map((v) => v.toFixed(3)).join(', ')}], in turn (${opened.map((o) => o.label).join(', ')}); ` +
          `mousedown event → rAF after the popup text; both pages outline the hovered and the clicked district; ` +
          `min ${app.label} ${round1(Math.min(...x.painted))}, bare ${round1(Math.min(...bare.painted))}`,
      };
      dom[app.label] = {
        app: round1(da),
        baseline: round1(db),
        ratio: ratio(da, db),
        goal: '–',
        unit: 'ms (median)',
        note: 'part of P2: mousedown → popup text in the DOM (the click handlers and the popup build); the rest of P2 is waiting for the frame',
      };
    }
    return { P2, dom };
  } finally {
    for (const o of opened) await o.open.close();
  }
}
