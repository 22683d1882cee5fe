/**
 * P2: a real mouse click on a district's interior pixel → the popup's text in the DOM and the
 * next requestAnimationFrame, timed in the page from the mousedown's event timestamp. Same
 * district and view in both pages (the bare page has the app's camera and map box); the pointer
 * rests on the point before the press; the popup is closed between clicks. A second row gives the
 * part before the frame: press → text in the DOM.
 */
import type { Browser } from 'playwright-core';
import { district, interiorPoint } from '../tests/e2e/geo.ts';
import { log, median, ratio, round1, RUNS, type Metric } from './lib.ts';
import { clickAt, openTarget, type Target } from './pages.ts';

export const CLICK_DISTRICT = 'lachin';

export async function benchClick(browser: Browser, app: Target, baseline: Target): Promise<{ P2: Metric; dom: Metric }> {
  const clicks = Math.max(10, 2 * RUNS);
  const f = district(CLICK_DISTRICT);
  const at = interiorPoint(f);
  const name = f.properties.name_az;
  const pa = await openTarget(browser, app);
  const pb = await openTarget(browser, baseline);
  try {
    // warm-up: the first popup of each page builds its DOM and styles
    await clickAt(pa.page, at);
    await clickAt(pb.page, at);
    const a: number[] = [];
    const b: number[] = [];
    const aDom: number[] = [];
    const bDom: number[] = [];
    for (let i = 0; i < clicks; i++) {
      const x = await clickAt(pa.page, at);
      const y = await clickAt(pb.page, at);
      for (const t of [x, y]) if (!t.text.includes(name)) throw new Error(`popup text "${t.text}" does not name ${name}`);
      a.push(x.painted - x.down);
      b.push(y.painted - y.down);
      aDom.push(x.dom - x.down);
      bDom.push(y.dom - y.down);
      if (i % 5 === 4) log(`P2 click ${i + 1}/${clicks}: app ${round1(a[i] ?? NaN)} ms, bare ${round1(b[i] ?? NaN)} ms`);
    }
    const ma = median(a);
    const mb = median(b);
    const P2: Metric = {
      app: round1(ma),
      baseline: round1(mb),
      ratio: ratio(ma, mb),
      goal: 1.2,
      unit: 'ms (median)',
      note:
        `${clicks} clicks each at ${name} [${at.map((v) => v.toFixed(3)).join(', ')}], alternating; mousedown event → rAF after the popup text; ` +
        `min app ${round1(Math.min(...a))}, bare ${round1(Math.min(...b))}`,
    };
    const da = median(aDom);
    const db = median(bDom);
    const dom: Metric = {
      app: round1(da),
      baseline: round1(db),
      ratio: ratio(da, db),
      goal: '–',
      unit: 'ms (median)',
      note: 'part of P2: mousedown → popup text in the DOM (the click handlers and the popup build); the rest of P2 is waiting for the frame',
    };
    return { P2, dom };
  } finally {
    await pa.close();
    await pb.close();
  }
}
