/**
 * What the reader sees when something is missing: a browser without WebGL, a data file that is
 * missing or corrupt. The page names what failed, and every figure it can still show stays usable.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, screenshotOnFailure, useAtlasPage, type AtlasPage } from './browser.ts';

const ready = (ctx: AtlasPage) => ctx.page.waitForFunction(() => document.documentElement.dataset.mapReady !== undefined, undefined, { timeout: 60_000 });

describe('without WebGL', () => {
  // --disable-3d-apis: no WebGL context at all, as on a machine with graphics turned off
  const ctx = useAtlasPage({ width: 1280, height: 800 }, ['--disable-3d-apis']);

  it('says the map cannot be drawn, and the district list still opens every figure', async () => {
    screenshotOnFailure(ctx, 'no-webgl');
    await ctx.page.goto(ctx.baseUrl);
    await ready(ctx);
    expect(await ctx.page.evaluate(() => document.documentElement.dataset.mapReady)).toBe('unavailable');
    expect(await ctx.page.getByTestId('error-panel').textContent()).toMatch(/cannot draw the map.*WebGL/s);
    await ctx.page.locator('[data-testid="district-button"][data-district-id="lachin"]').click();
    const panel = ctx.page.getByTestId('figures-panel');
    await expect.poll(() => panel.textContent()).toContain('63,007');
    expect(await panel.textContent()).toMatch(/according to US Committee for Refugees/);
    expect(ctx.errors).toEqual([]);
  });

  it('the data-quality view works and leads to a figure in the panel', async () => {
    await ctx.page.getByTestId('quality-open').click();
    const check = ctx.page.locator('[data-testid="quality-view"] [data-testid="data-check"][data-category="dates-differ"]').first();
    const claimId = await check.locator('.check-claim').first().getAttribute('data-claim-id');
    await check.locator('.check-claim').first().click();
    await expect.poll(() => ctx.page.getByTestId('figures-panel').locator(`[data-claim-id="${claimId}"]`).count()).toBe(1);
  });

  it("a link to Laçın's figures opens them in the panel; so does a link to an event's place; a link to a check opens the data-quality view at it", async () => {
    screenshotOnFailure(ctx, 'no-webgl-link');
    await ctx.page.goto(`${ctx.baseUrl}?c=46.5,39.6&z=9&sel=district:lachin`);
    await ready(ctx);
    expect(await ctx.page.evaluate(() => document.documentElement.dataset.mapReady)).toBe('unavailable');
    const panel = ctx.page.getByTestId('figures-panel');
    await expect.poll(() => panel.textContent()).toContain('63,007');
    expect(await panel.locator('h2').first().textContent()).toContain('Laçın');
    expect(await panel.textContent()).toMatch(/according to US Committee for Refugees/);

    // an event's place: its popup, in the same panel
    await ctx.page.goto(`${ctx.baseUrl}?layers=khojaly-1992&sel=place:nakhchivanik`);
    await ready(ctx);
    await panel.locator('[data-event-ref="place:nakhchivanik"]').waitFor();

    await ctx.page.goto(`${ctx.baseUrl}?sel=check:uscr-district-sum`);
    await ready(ctx);
    const view = ctx.page.getByTestId('quality-view');
    await view.waitFor();
    expect(await view.textContent()).toContain('560,098');
  });
});

describe('a data file missing or corrupt', () => {
  const ctx = useAtlasPage();

  it('the server answers a data file that is not there with 404, not with the page', async () => {
    for (const path of ['data/no-such-file.geojson', 'data/claims/no-such-file.json']) {
      const res = await fetch(`${ctx.baseUrl}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.text()).not.toMatch(/<html/i);
    }
    expect((await fetch(`${ctx.baseUrl}data/context.geojson`)).status).toBe(200);
  });

  it('a missing basemap file is named in a notice; the districts, the map and the figures still work', async () => {
    screenshotOnFailure(ctx, 'missing-context');
    // the server itself answers: the request goes to a path that is not there
    await ctx.page.route('**/data/context.geojson', (route) => route.continue({ url: `${ctx.baseUrl}data/no-such-file.geojson` }));
    await openAtlas(ctx);
    expect(await ctx.page.getByTestId('data-notice').textContent()).toContain('data/context.geojson: HTTP 404 Not Found');
    await ctx.page.locator('[data-testid="district-button"][data-district-id="lachin"]').click();
    await expect.poll(() => ctx.page.locator('[data-testid="popup"]').textContent()).toContain('63,007');
    await ctx.page.unroute('**/data/context.geojson');
  });

  it('a corrupt figures file stops the page with a message naming the file', async () => {
    screenshotOnFailure(ctx, 'corrupt-atlas');
    await ctx.page.route('**/data/atlas.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": "0123' }));
    await ctx.page.goto(ctx.baseUrl);
    await ctx.page.getByTestId('error-panel').waitFor();
    expect(await ctx.page.getByTestId('error-panel').textContent()).toContain('data/atlas.json: is not valid JSON');
    await ctx.page.unroute('**/data/atlas.json');
  });

  it('a figures file of the wrong shape is named down to the record and field', async () => {
    await ctx.page.route('**/data/atlas.json', async (route) => {
      const res = await route.fetch();
      const atlas = (await res.json()) as { districts: Array<Record<string, unknown>> };
      const lachin = atlas.districts.find((d) => d.id === 'lachin');
      if (lachin) lachin.name_az = 42;
      await route.fulfill({ response: res, body: JSON.stringify(atlas) });
    });
    await ctx.page.goto(ctx.baseUrl);
    await ctx.page.getByTestId('error-panel').waitFor();
    expect(await ctx.page.getByTestId('error-panel').textContent()).toMatch(/data\/atlas\.json: districts\[\d+\]\.name_az in record "lachin"/);
    await ctx.page.unroute('**/data/atlas.json');
  });

  it("a place's claim file of the wrong shape is named in its popup, down to the record and field; the rest keeps working", async () => {
    screenshotOnFailure(ctx, 'corrupt-claim-file');
    await ctx.page.route('**/data/claims/lachin.json', async (route) => {
      const res = await route.fetch();
      const file = (await res.json()) as { claims: Array<Record<string, unknown>> };
      const idp = file.claims.find((c) => c.id === 'seed-idp-lachin');
      if (idp) idp.source = 42;
      await route.fulfill({ response: res, body: JSON.stringify(file) });
    });
    await ctx.page.goto(ctx.baseUrl);
    await ctx.page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    await ctx.page.locator('[data-testid="district-button"][data-district-id="lachin"]').click();
    const failed = ctx.page.locator('[data-testid="popup"] [data-testid="claims-failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/data\/claims\/lachin\.json: claims\[\d+\]\.source in record "seed-idp-lachin"/);
    expect(await ctx.page.locator('[data-testid="popup"] [data-testid="claim"]').count()).toBe(0);
    await ctx.page.keyboard.press('Escape');
    // another place still opens with its figures
    await ctx.page.locator('[data-testid="district-button"][data-district-id="kalbajar"]').click();
    await expect.poll(() => ctx.page.locator('[data-testid="popup"]').textContent()).toContain('59,274');
    await ctx.page.unroute('**/data/claims/lachin.json');
  });

  it("an event's blocked claim file is named on its card; the map and the layer still work", async () => {
    screenshotOnFailure(ctx, 'blocked-event-file');
    await ctx.page.route('**/data/claims/khojaly-1992.json', (route) => route.abort('blockedbyclient'));
    await ctx.page.goto(`${ctx.baseUrl}?layers=khojaly-1992`);
    await ctx.page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    const failed = ctx.page.locator('[data-testid="event-card"] [data-testid="claims-failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('data/claims/khojaly-1992.json');
    expect(await ctx.page.locator('[data-testid="layer-toggle"][data-layer="khojaly-1992"]').isChecked()).toBe(true);
    await ctx.page.unroute('**/data/claims/khojaly-1992.json');
  });

  it("a blocked claim file is named in the popup, and the place opens once the file is back", async () => {
    screenshotOnFailure(ctx, 'blocked-claim-file');
    await ctx.page.route('**/data/claims/lachin.json', (route) => route.abort('blockedbyclient'));
    await ctx.page.goto(ctx.baseUrl);
    await ctx.page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    const button = ctx.page.locator('[data-testid="district-button"][data-district-id="lachin"]');
    await button.click();
    const failed = ctx.page.locator('[data-testid="popup"] [data-testid="claims-failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('data/claims/lachin.json');
    await ctx.page.keyboard.press('Escape');
    await ctx.page.unroute('**/data/claims/lachin.json');
    await button.click();
    await expect.poll(() => ctx.page.locator('[data-testid="popup"]').textContent()).toContain('63,007');
  });
});

describe('a file that never answers', () => {
  const ctx = useAtlasPage();
  /** the test build's wait for a file, shortened for these pages (src/data/file-timeout.ts) */
  const WAIT_S = 5;
  const never = () => undefined;
  beforeAll(async () => {
    await ctx.page.addInitScript((ms) => (globalThis.__atlasTimeoutMs = ms), WAIT_S * 1000);
  });

  it('the figures file: the page stops and names it, not "Loading" for ever', async () => {
    screenshotOnFailure(ctx, 'atlas-never-answers');
    await ctx.page.route('**/data/atlas.json', never);
    await ctx.page.goto(ctx.baseUrl);
    const panel = ctx.page.getByTestId('error-panel');
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.textContent()).toContain(`data/atlas.json: did not answer within ${WAIT_S} s`);
    expect(await ctx.page.getByText('Loading map data').isVisible()).toBe(false);
    await ctx.page.unroute('**/data/atlas.json', never);
  });

  it("a place's claim file: its popup names it; the place opens once the file answers", async () => {
    screenshotOnFailure(ctx, 'claim-file-never-answers');
    await ctx.page.route('**/data/claims/lachin.json', never);
    await openAtlas(ctx);
    const button = ctx.page.locator('[data-testid="district-button"][data-district-id="lachin"]');
    await button.click();
    const failed = ctx.page.locator('[data-testid="popup"] [data-testid="claims-failed"]');
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.textContent()).toContain(`data/claims/lachin.json: did not answer within ${WAIT_S} s`);
    await ctx.page.keyboard.press('Escape');
    await ctx.page.unroute('**/data/claims/lachin.json', never);
    await button.click();
    await expect.poll(() => ctx.page.locator('[data-testid="popup"]').textContent()).toContain('63,007');
  }, 120_000);

  it('a label font: the notice above the map names it, and the map finishes drawing without it', async () => {
    screenshotOnFailure(ctx, 'font-never-answers');
    const font = '**/fonts/noto-sans-latin-400-normal.woff2';
    await ctx.page.route(font, never);
    await openAtlas(ctx);
    expect(await ctx.page.getByTestId('data-notice').textContent()).toContain(`fonts/noto-sans-latin-400-normal.woff2: did not answer within ${WAIT_S} s`);
    expect(await ctx.page.getByText('Loading map data').isVisible()).toBe(false);
    await ctx.page.unroute(font, never);
  }, 120_000);

  it("an export whose font cannot be loaded says which file, and nothing is drawn with another face", async () => {
    screenshotOnFailure(ctx, 'export-font-missing');
    const font = '**/fonts/noto-sans-latin-ext-400-normal.woff2';
    await ctx.page.route(font, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await openAtlas(ctx);
    await ctx.page.getByTestId('export-toggle').click();
    const status = ctx.page.getByTestId('export-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 60_000 }).toBe('error');
    expect(await status.textContent()).toContain('fonts/noto-sans-latin-ext-400-normal.woff2: HTTP 404 Not Found');
    await ctx.page.unroute(font);
  }, 120_000);
});
