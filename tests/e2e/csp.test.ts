/**
 * The Content Security Policy of the built app: the served index.html carries it as a <meta>, the
 * server of `npm start` (scripts/serve.ts) sends it as a header, both are strict (scripts/csp.ts), and
 * using the app breaks none of it: no securitypolicyviolation in the page or in its workers, no
 * CSP message in the console.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, HEADER_ONLY_DIRECTIVES, parsePolicy } from '../../scripts/csp.ts';
import { mapIdle, openAtlas, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** A violation as one line: directive, what was blocked, where. */
type Violation = string;

const CSP_MESSAGE = /Content Security Policy|Refused to/i;

/** The meta policy of an index.html, if it is the first element of <head>. */
function firstMetaPolicy(html: string): string | null {
  const m = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i.exec(html);
  if (!m) return null;
  return m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What a strict policy for this app must say, whichever way it is delivered. */
function expectStrict(policy: string, how: string): void {
  const d = parsePolicy(policy);
  const all = Object.values(d).flat();
  expect(d['default-src'], `${how}: default-src`).toEqual(["'self'"]);
  expect(d['script-src'], `${how}: script-src`).toEqual(["'self'"]);
  expect(d['script-src'], `${how}: no inline script`).not.toContain("'unsafe-inline'");
  expect(all, `${how}: no eval of any kind`).not.toContain("'unsafe-eval'");
  expect(all, `${how}: no eval of any kind`).not.toContain("'wasm-unsafe-eval'");
  expect(d['connect-src'], `${how}: connect-src`).toEqual(["'self'"]);
  expect(d['object-src'], `${how}: object-src`).toEqual(["'none'"]);
  expect(d['base-uri'], `${how}: base-uri`).toEqual(["'none'"]);
  // nothing in the app needs blob: (scripts/csp.ts says what needs what), no wildcard, no other origin
  for (const source of all) expect(source, `${how}: a source that opens the policy`).not.toMatch(/^(blob:|\*|https?:|'unsafe-inline')/);
}

describe('Content Security Policy of the built app', () => {
  const ctx = useAtlasPage();
  /** violations reported by the app's workers and CSP messages in their consoles */
  const workerReports: Violation[] = [];

  beforeAll(async () => {
    // before any app script runs: every violation the page reports, as a line
    await ctx.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
        true,
      );
    });
    // workers have their own policy (their script's header) and report in their own scope, which
    // the page's listener cannot hear: each worker gets a listener that says it in its console
    ctx.page.on('worker', (worker) => {
      worker.on('console', (m) => {
        if (CSP_MESSAGE.test(m.text())) workerReports.push(`${worker.url()}: ${m.text()}`);
      });
      worker
        .evaluate(() =>
          self.addEventListener('securitypolicyviolation', (e) =>
            console.error(`Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
          ),
        )
        .catch(() => undefined); // a worker that is already gone (the encoder finishes fast)
    });
  });

  it('the served index.html carries the policy as the first element of <head>, the header says the same and frame-ancestors', async () => {
    const res = await fetch(ctx.baseUrl);
    expect(res.ok).toBe(true);
    const html = await res.text();
    const meta = firstMetaPolicy(html);
    expect(meta, 'a Content-Security-Policy <meta> first in <head>').not.toBeNull();
    const header = res.headers.get('content-security-policy');
    expect(header, 'a Content-Security-Policy header').not.toBeNull();
    expect(meta).toBe(CSP_META);
    expect(header).toBe(CSP_HEADER);
    expectStrict(meta!, 'meta');
    expectStrict(header!, 'header');
    // they agree: the header is the meta policy plus what only a header can carry
    const m = parsePolicy(meta!);
    const h = parsePolicy(header!);
    expect(h).toEqual({ ...m, ...parsePolicy(Object.entries(HEADER_ONLY_DIRECTIVES).map(([k, v]) => `${k} ${v.join(' ')}`).join('; ')) });
    expect(h['frame-ancestors']).toEqual(["'none'"]);
    expect(m['frame-ancestors'], 'a <meta> policy cannot carry frame-ancestors').toBeUndefined();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // nothing in the page that the policy would block: no inline script, style or data: favicon
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag, 'scripts load from files').toMatch(/\ssrc="\/[^"]+"/);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|href="data:/i);
  });

  it('the scripts are served with the same header', async () => {
    const html = await (await fetch(ctx.baseUrl)).text();
    const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(entry, 'the entry script in index.html').toBeDefined();
    const js = await fetch(new URL(entry!, ctx.baseUrl));
    expect(js.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('using the app reports no violation: load, popup, Cite, data-quality view, theme, Khojaly layer, image and data export', { timeout: 180_000 }, async () => {
    screenshotOnFailure(ctx, 'csp-use');
    const { page } = ctx;
    const steps: Record<string, Violation[]> = {};
    const take = async (step: string) => {
      steps[step] = await page.evaluate(() => window.__cspViolations!.splice(0));
    };

    await openAtlas(ctx);
    await mapIdle(page);
    expect(await page.evaluate(() => Array.isArray(window.__cspViolations)), 'the listener ran before the app').toBe(true);
    await take('load');

    const pt = await project(page, interiorPoint(district('lachin')));
    await page.mouse.click(pt.x, pt.y);
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    await take('district popup');

    // citation-js is loaded on demand here
    await popup.locator('[data-testid="cite-figure"]').first().click();
    const dialog = page.locator('[data-testid="cite-dialog"][data-ready="true"]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('[data-testid="cite-text"]').inputValue()).toMatch(/^@/);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="cite-dialog"]').waitFor({ state: 'detached' });
    await take('Cite dialog');

    await page.getByTestId('quality-open').click();
    const quality = page.locator('[data-testid="quality-view"]');
    await quality.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await quality.waitFor({ state: 'hidden' });
    await take('data-quality view');

    const select = page.getByTestId('theme-select');
    const damage = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).slice(1));
    expect(damage.length, 'a damage theme to switch to').toBeGreaterThan(0);
    await select.selectOption(damage[0]!);
    await mapIdle(page);
    await take('theme select');

    await page.locator('[data-testid="layer-toggle"][data-layer="khojaly-1992"]').check();
    await mapIdle(page);
    await take('Khojaly layer');

    // the export renders in a hidden map and encodes in a worker (src/export/encode-worker.ts)
    const image = await page.evaluate(() => window.__atlas.exportImage({ paper: 'A4', orientation: 'landscape', dpi: 72, format: 'png' }));
    expect([image.width, image.height]).toEqual([842, 595]);
    expect(image.url).toMatch(/^blob:/);
    await take('image export');

    // "Data of this view": a GeoJSON file through the browser's download
    await page.getByTestId('export-toggle').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-geojson').click();
    const geojson = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { type: string };
    expect(geojson.type).toBe('FeatureCollection');
    await take('data export');

    // an eval blocked at load is zod 4's `new Function` probe: zod's config({ jitless: true }) must run
    // before the first schema is built (scripts/csp.ts)
    expect(steps, 'violations by step').toEqual(Object.fromEntries(Object.keys(steps).map((s) => [s, []])));
    expect(workerReports, 'violations in workers').toEqual([]);
    expect(ctx.errors.filter((e) => CSP_MESSAGE.test(e)), 'CSP messages in the console').toEqual([]);
    expect(ctx.errors, 'no other errors either').toEqual([]);
  });

  it("the listeners are live, and the map's worker runs under the header: a blob: image in the page and a foreign fetch in the worker are blocked and reported", async () => {
    const { page } = ctx;
    await page.evaluate(() => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }));
      document.body.append(img);
    });
    await expect.poll(() => page.evaluate(() => window.__cspViolations!.splice(0).join('\n'))).toMatch(/^img-src blocked blob/);
    const mapWorker = page.workers().find((w) => /maplibre-gl-worker/.test(w.url()));
    expect(mapWorker, "MapLibre's worker").toBeDefined();
    // a worker's policy is the header of its script: the page's <meta> does not reach it
    expect((await fetch(mapWorker!.url())).headers.get('content-security-policy')).toBe(CSP_HEADER);
    // 127.0.0.2 is another origin: connect-src 'self' stops it before any connection is made
    await mapWorker!.evaluate(() => fetch('http://127.0.0.2:9/').catch(() => undefined));
    await expect.poll(() => workerReports.join('\n')).toMatch(/connect-src blocked http:\/\/127\.0\.0\.2:9/);
    expect(ctx.errors.some((e) => CSP_MESSAGE.test(e)), 'the blocked image is also a console message').toBe(true);
    workerReports.length = 0;
  });
});
