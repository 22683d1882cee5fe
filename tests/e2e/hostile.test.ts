/**
 * Issue 7: the built app on the hostile fixture (tests/data/fixtures/hostile). The fixture is built
 * here with the real build into a temp folder, and the page's four data requests are answered with
 * those outputs (page.route), so the bundle, its Content Security Policy and its parsers are the
 * ones a reader gets. Names, aliases, quotes, notes, claimants, source titles and event names carry
 * `<img src=x onerror=…>`, `<script>`, `javascript:` text, entities and right-to-left letters; the page
 * must show each as the text it is and create nothing from it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, type BuildResult } from '../../geodata/build/build.ts';
import { CLAIM_FILES_DIR, OUTPUT_FILES } from '../../geodata/build/write-outputs.ts';
import { DATA_FILES } from '../../src/data/load.ts';
import { checkTitle } from '../../src/i18n/en-checks.ts';
import type { Atlas } from '../../src/schema/index.ts';
import { fullAtlas } from '../committed-data.ts';
import { checkData } from '../check-data.ts';
import { HOSTILE_DISTRICT, HOSTILE_FIXTURE, MARKUP_URL, PAYLOADS } from '../data/fixtures/hostile/payloads.ts';
import { openAtlas, openOtherFigures, screenshotOnFailure, useAtlasPage } from './browser.ts';

declare global {
  interface Window {
    /** set by the fixture's payloads, should any of them ever run */
    __pwned?: unknown;
    /** securitypolicyviolation events, collected from the first script on (addInitScript) */
    __hostileCspViolations?: CspViolation[];
  }
}

interface CspViolation {
  directive: string;
  blocked: string;
  file: string;
  line: number;
  column: number;
}

const EVENT = 'khojaly-1992';
const IMG_TEXT = '<img src=x onerror=';

/** What the page would hold had it turned data into markup: each should match nothing. */
const INJECTED = [
  'img[src="x"]',
  'iframe',
  'svg[onload]',
  'a[href^="javascript:" i]',
  'script:not([src])',
  '[onerror], [onload], [onmouseover], [onclick]',
].join(', ');

describe('hostile data renders as inert text (built app, hostile fixture)', () => {
  const ctx = useAtlasPage();
  const dialogs: string[] = [];
  let outDir = '';
  let built: BuildResult;
  let atlas: Atlas;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
    built = buildData({ sourcesDir: join(HOSTILE_FIXTURE, 'sources'), claimsDir: join(HOSTILE_FIXTURE, 'claims'), outDir, complete: false });
    atlas = fullAtlas(outDir);

    // the app fetches `${BASE_URL}data/<file>` (src/data/load.ts): answer with the hostile build
    for (const key of Object.keys(DATA_FILES) as Array<keyof typeof DATA_FILES>) {
      const body = readFileSync(join(outDir, OUTPUT_FILES[key]));
      await ctx.page.route(`**/${DATA_FILES[key]}`, (route) =>
        route.fulfill({ status: 200, body, contentType: key === 'atlas' ? 'application/json' : 'application/geo+json' }),
      );
    }
    // and each place's claims from the hostile build's claim files
    await ctx.page.route('**/data/claims/*.json', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const file = join(outDir, CLAIM_FILES_DIR, name);
      return existsSync(file) ? route.fulfill({ status: 200, body: readFileSync(file), contentType: 'application/json' }) : route.fulfill({ status: 404, body: '' });
    });
    await ctx.page.addInitScript(() => {
      window.__hostileCspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) =>
          window.__hostileCspViolations?.push({
            directive: e.effectiveDirective,
            blocked: e.blockedURI || 'inline',
            file: e.sourceFile,
            line: e.lineNumber,
            column: e.columnNumber,
          }),
        true,
      );
    });
    ctx.page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await openAtlas(ctx, `?layers=${EVENT}`);
  });
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Everything that would show an injection: elements made from data, a run payload, a dialog, an error, a CSP report. */
  async function expectInert(where: string): Promise<void> {
    const page = ctx.page;
    const state = await page.evaluate((sel) => {
      const injected = [...document.querySelectorAll(sel)].map((e) => e.outerHTML.slice(0, 120));
      const handlers = [...document.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName.toLowerCase()}[${a.name}]`),
      );
      const hrefs = [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol);
      return {
        injected,
        handlers,
        badLinks: hrefs.filter((p) => !['http:', 'https:', 'blob:'].includes(p)),
        pwned: [typeof window.__pwned, typeof (window.parent as Window).__pwned],
        csp: window.__hostileCspViolations ?? null,
      };
    }, INJECTED);
    expect(state.csp, `${where}: the securitypolicyviolation listener ran before the app`).not.toBeNull();
    const violations: string[] = [];
    for (const v of state.csp ?? []) {
      violations.push(`${v.directive} blocked ${v.blocked} at ${v.file}:${v.line}:${v.column}`);
    }
    expect(state.injected, `${where}: elements created from data`).toEqual([]);
    expect(state.handlers, `${where}: inline event handlers`).toEqual([]);
    expect(state.badLinks, `${where}: links that are not http(s)`).toEqual([]);
    expect(state.pwned, `${where}: window.__pwned`).toEqual(['undefined', 'undefined']);
    expect(violations, `${where}: securitypolicyviolation events`).toEqual([]);
    expect(dialogs, `${where}: dialogs`).toEqual([]);
    expect(ctx.errors, `${where}: page and console errors`).toEqual([]);
  }

  /** Opens every <details> under a locator, as a reader clicking each summary would. */
  const openAllDetails = (root: Locator) => root.evaluate((r) => r.querySelectorAll('details').forEach((d) => (d.open = true)));

  it('the page loads the 4-district hostile build (its data version in the footer) and nothing ran', async () => {
    screenshotOnFailure(ctx, 'hostile-load');
    expect(built.districts).toBe(4);
    expect(await ctx.page.locator('[data-testid="error-panel"]').count()).toBe(0);
    expect(await ctx.page.locator('footer').innerText()).toContain(built.version);
    expect(await ctx.page.locator('[data-testid="district-button"]').count()).toBe(4);
    await expectInert('after load');
  });

  it("a district popup shows the hostile name, aliases, claimants, quotes and source titles as literal text", async () => {
    screenshotOnFailure(ctx, 'hostile-popup');
    const page = ctx.page;
    const district = atlas.districts.find((d) => d.id === HOSTILE_DISTRICT)!;
    await page.locator(`[data-testid="district-button"][data-district-id="${HOSTILE_DISTRICT}"]`).click();
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });

    // the name heading is the name, character for character, and the markup is on screen as text
    expect(await popup.locator('.place-name').textContent()).toBe(district.name_az);
    expect(await popup.getByText(IMG_TEXT).first().isVisible()).toBe(true);
    expect(await popup.innerText()).toContain(`Laçın ${PAYLOADS.img}`);

    // the reader opens the quote of the displaced figure
    const idpRow = popup.locator('[data-testid="claim"][data-claim-id="seed-idp-lachin"]');
    await idpRow.locator('details.claim-quote > summary').click();
    const quote = atlas.claims.find((c) => c.id === 'seed-idp-lachin')!;
    expect(await idpRow.locator('blockquote').textContent()).toBe(quote.quote);
    expect(await idpRow.locator('blockquote').isVisible()).toBe(true);
    expect(await idpRow.locator('.claim-note').textContent()).toContain(quote.note!.slice(0, 200));

    // then every other fold: more names, the other quotes (one keeps its tab and line breaks), the record's note
    await openAllDetails(popup);
    const text = await popup.innerText();
    for (const p of [PAYLOADS.script, PAYLOADS.svg, PAYLOADS.anchor, PAYLOADS.entities, PAYLOADS.jsText, PAYLOADS.iframe, PAYLOADS.style]) {
      expect(text, p).toContain(p);
    }
    const ministry = atlas.claims.find((c) => c.id === 'ministry-idp-lachin')!;
    expect(await popup.locator('[data-claim-id="ministry-idp-lachin"] blockquote').textContent()).toBe(ministry.quote);
    // the claimant is a party record whose name carries markup: shown as its name, as text
    const claimant = atlas.parties.find((x) => x.id === ministry.claimed_by)!;
    expect(claimant.name).toMatch(/<[a-z]/);
    expect(text).toContain(claimant.name);
    const ministrySource = atlas.sources.find((s) => s.id === ministry.source)!;
    expect(text).toContain(ministrySource.title);
    // a URL with markup in its query is only ever an href attribute, exactly as written
    expect(await popup.locator('[data-claim-id="ministry-idp-lachin"] a.claim-link').first().getAttribute('href')).toBe(MARKUP_URL);
    // the 300-character alias and the right-to-left letters are there as written
    for (const a of district.aliases) expect(text).toContain(a.name);
    await expectInert('district popup');
  });

  it('a name made of entities stays entities: Şuşa &lt;b&gt; is not decoded into markup', async () => {
    screenshotOnFailure(ctx, 'hostile-entities');
    await ctx.page.keyboard.press('Escape');
    await ctx.page.locator('[data-testid="district-button"][data-district-id="shusha"]').click();
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('.place-name').textContent()).toBe(`Şuşa ${PAYLOADS.entities}`);
    expect(await popup.locator('.place-name b').count()).toBe(0);
    await expectInert('Shusha popup');
  });

  it('the Cite dialog of a hostile source puts the citation in a textarea, as text', async () => {
    screenshotOnFailure(ctx, 'hostile-cite');
    const page = ctx.page;
    await page.keyboard.press('Escape');
    await page.locator(`[data-testid="district-button"][data-district-id="${HOSTILE_DISTRICT}"]`).click();
    // the figure is not the one the map draws: it is folded under it
    await openOtherFigures(page.locator('[data-testid="popup"]'));
    await page.locator('[data-testid="popup"] [data-claim-id="ministry-idp-lachin"] [data-testid="cite-figure"]').first().click();
    const dialog = page.locator('[data-testid="cite-dialog"]');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('[data-testid="cite-tab"][data-format="csl"]').click();
    const area = dialog.getByTestId('cite-text');
    await expect.poll(() => area.inputValue(), { timeout: 20_000 }).toContain('window.__pwned=1');
    const title = atlas.sources.find((s) => s.id === 'fixture-ministry')!.title;
    expect(await area.inputValue()).toContain(JSON.stringify(title).slice(1, -1));
    await dialog.getByTestId('cite-close').click();
    await expectInert('cite dialog');
  });

  it('the event card and a place popup show hostile event and place names as text', async () => {
    screenshotOnFailure(ctx, 'hostile-event');
    const page = ctx.page;
    await page.keyboard.press('Escape');
    const event = atlas.events[0]!;
    const card = page.locator('[data-testid="event-card"]');
    await card.waitFor({ state: 'visible' });
    await openAllDetails(card);
    const cardText = await card.innerText();
    expect(cardText).toContain(event.name_en);
    expect(cardText).toContain(event.summary.split(' ').slice(0, 6).join(' '));
    expect(cardText).toContain(PAYLOADS.iframe);

    const town = event.places.find((p) => p.id === 'khojaly-town')!;
    await page.locator('[data-testid="event-place-button"][data-ref="place:khojaly-town"]').click();
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor({ state: 'visible' });
    await openAllDetails(popup);
    const text = await popup.innerText();
    expect(text).toContain(town.name_az);
    expect(text).toContain(IMG_TEXT);
    expect(text).toContain(town.role);
    for (const a of town.aliases) expect(text).toContain(a.name);
    await expectInert('event card and place popup');
  });

  it('the data-quality view lists hostile check titles, explanations and claimants as text', async () => {
    screenshotOnFailure(ctx, 'hostile-quality');
    const page = ctx.page;
    await page.keyboard.press('Escape');
    await page.getByTestId('quality-open').click();
    const view = page.locator('[data-testid="quality-view"]');
    await view.waitFor({ state: 'visible' });
    await openAllDetails(view);
    const text = await view.innerText();
    for (const id of ['fixture-territory-sq-mi', 'fixture-children']) {
      expect(text, id).toContain(checkTitle(atlas.checks.find((c) => c.id === id)!, checkData(atlas)));
    }
    expect(text).toContain(PAYLOADS.style);
    expect(text).toContain(IMG_TEXT);
    await page.getByTestId('quality-close').click();
    await expectInert('data-quality view');
  });
});
