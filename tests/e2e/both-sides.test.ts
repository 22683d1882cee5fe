import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDP_CLASSES } from '../../src/config/classes.ts';
import { LAYER } from '../../src/config/layers.ts';
import { METRIC_LABEL } from '../../src/i18n/en.ts';
import { THEME_UI } from '../../src/i18n/en-theme.ts';
import { fullAtlas } from '../committed-data.ts';
import { mapIdle, openAtlas, openOtherFigures, paintedColour, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';

/**
 * Both sides' displacement and harm in the built app: the 2023 theme on the former NKAO with each
 * count under its claimant, the Julfa figures in Nakhchivan's popup, resolution 822 in Kəlbəcər's,
 * a regional figure listed for the wider area and never as the district's own.
 */
const atlas = fullAtlas();
const select = '[data-testid="theme-select"]';
const partyName = (id: string) => atlas.parties.find((p) => p.id === id)?.name ?? id;

describe('both sides on one map, in headless Chromium', () => {
  const ctx = useAtlasPage();
  beforeAll(() => openAtlas(ctx));
  beforeEach(async () => {
    await ctx.page.keyboard.press('Escape');
    await ctx.page.locator(select).selectOption('idp');
  });

  it('the 2023 theme shades the former NKAO by its counts: the Government of Armenia and UNHCR side by side, never combined', async () => {
    screenshotOnFailure(ctx, 'both-sides-2023');
    const { page } = ctx;
    const counts = atlas.claims.filter((c) => c.metric === 'left_nk_2023' && c.subject === 'nkao');
    const sides = new Set(counts.map((c) => atlas.parties.find((p) => p.id === c.claimed_by)?.side));
    expect(sides.has('armenian') && sides.has('third-party')).toBe(true);

    await page.locator(select).selectOption('left_nk_2023');
    await mapIdle(page);
    expect(await page.getByTestId('legend-theme-title').textContent()).toBe(METRIC_LABEL.left_nk_2023);
    const sources = (await page.getByTestId('legend-sources').textContent()) ?? '';
    expect(sources).toMatch(/Government of Armenia[^;]*\(Armenian side\)/);
    expect(sources).toMatch(/UNHCR[^;]*\(third party\)/);
    // every count is 100,000 or more ("more than 100,000" is classed at 100,000): one class, its colour on the NKAO's outline
    expect(await paintedColour(page, LAYER.nkaoFigure, 'line-color', 'nkao')).toBe(IDP_CLASSES[3]!.color);
    expect(await page.evaluate((l) => window.__atlas.layout(l, 'visibility'), LAYER.nkaoFigure)).toBe('visible');
    // and the legend says so, in that colour
    const nkaoItem = page.getByTestId('legend-nkao-figure');
    expect(await nkaoItem.getAttribute('data-color')).toBe(IDP_CLASSES[3]!.color);
    expect(await nkaoItem.textContent()).toBe(THEME_UI.nkaoClass);
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('theme'))).toBe('left_nk_2023');

    // a rayon of the former NKAO says where its figure is: for the wider area, one click away
    await page.locator('[data-district-id="khojaly"]').click();
    const wider = page.locator('[data-testid="popup"] [data-testid="wider-figure"]');
    await wider.waitFor({ state: 'visible' });
    expect(await wider.textContent()).toContain('reported only for Nagorno-Karabakh as a whole');
    await page.keyboard.press('Escape');

    const pt = await project(page, interiorPoint(district('khankendi')));
    await page.mouse.click(pt.x, pt.y);
    const nkao = page.locator('[data-testid="popup"] .place[data-place-id="nkao"]');
    await nkao.waitFor({ state: 'visible' });
    const block = nkao.locator('section.metric[data-metric="left_nk_2023"]').first();
    const rows = block.locator('[data-testid="claim"]');
    expect(await rows.count()).toBe(counts.length);
    const text = (await block.textContent()) ?? '';
    expect(text).toMatch(/according to [^·]*Government of Armenia/);
    expect(text).toMatch(/according to UNHCR/);
    expect(text).toContain('115,183');
    expect(text).toContain('101,848');
    // side by side: no sum, no average of the counts anywhere in the popup
    const total = counts.reduce((n, c) => n + ('n' in c.value ? c.value.n : 0), 0);
    expect(text).not.toContain(total.toLocaleString('en-US'));
  });

  it("Nakhchivan's popup shows the Julfa cemetery figures with who states them", async () => {
    screenshotOnFailure(ctx, 'both-sides-julfa');
    const { page } = ctx;
    await page.locator('[data-district-id="nakhchivan"]').click();
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    await openOtherFigures(popup);
    expect(await popup.getByTestId('damage-none').count()).toBe(0);
    await popup.locator('[data-testid="damage"] > summary').click();
    const block = popup.locator('section.metric[data-metric="khachkars_destroyed"]');
    await block.waitFor({ state: 'visible' });
    const julfa = atlas.claims.filter((c) => c.subject === 'nakhchivan' && c.metric === 'khachkars_destroyed');
    expect(julfa.length).toBeGreaterThanOrEqual(2);
    expect(await block.locator('[data-testid="claim"]').count()).toBe(julfa.length);
    for (const c of julfa) expect(await block.textContent()).toContain(partyName(c.claimed_by));
    expect(await popup.textContent()).toMatch(/Julfa|Jugha/);
  });

  it("Kəlbəcər's popup shows resolution 822, quoted and attributed to the Security Council", async () => {
    screenshotOnFailure(ctx, 'both-sides-822');
    const { page } = ctx;
    await page.locator('[data-district-id="kalbajar"]').click();
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    await openOtherFigures(popup);
    const block = popup.locator('section.metric[data-metric="unsc_resolution"]');
    await block.waitFor({ state: 'visible' });
    expect(await block.locator('.metric-heading').textContent()).toMatch(new RegExp(`^${METRIC_LABEL.unsc_resolution}`));
    const row = block.locator('[data-testid="claim"]').first();
    expect(await row.locator('.claim-main').textContent()).toMatch(/822/);
    expect(await row.locator('.claim-main').textContent()).toMatch(/according to [^·]*Security Council/);
    await row.locator('details.claim-quote summary').click();
    expect(await row.locator('details.claim-quote').textContent()).toContain('Kelbadjar');
  });

  it("a regional figure is listed for the wider area in a district's popup, never as the district's own", async () => {
    screenshotOnFailure(ctx, 'both-sides-wider');
    const { page } = ctx;
    await page.locator('[data-district-id="goranboy"]').click();
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    const areas = popup.getByTestId('areas');
    await areas.locator('> summary').click();
    const ring = areas.locator('[data-area-id="operation-ring-villages"]');
    expect(await ring.locator('.area-relation').textContent()).toContain('for the wider area');
    expect(await ring.locator('[data-metric="displaced_armenians_1988_1994"] [data-testid="claim"]').count()).toBeGreaterThan(0);
    // outside the fold, the popup's own figures hold none of the area's
    expect(await popup.locator('.place > .figures [data-metric="displaced_armenians_1988_1994"]').count()).toBe(0);
  });

  it('a theme no district has a figure for says so, and its legend opens the areas its figures stay on', async () => {
    screenshotOnFailure(ctx, 'both-sides-1988');
    const { page } = ctx;
    await page.locator(select).selectOption('displaced_armenians_1988_1994');
    await mapIdle(page);
    const legend = page.getByTestId('legend-theme');
    expect(await legend.textContent()).toContain('so none is shaded');
    // no class it does not use: only "no figure in sources"
    expect(await legend.locator('[data-testid="legend-item"]').allTextContents()).toEqual(['no figure in sources']);
    const button = page.locator('[data-testid="legend-elsewhere"] button[data-open-area="AZE"]');
    expect(await button.textContent()).toMatch(/^Azerbaijan as a whole — \d+ figures?$/);
    await page.locator('[data-testid="legend-elsewhere"] button[data-open-area="operation-ring-villages"]').click();
    const area = page.locator('#country-panel [data-area-id="operation-ring-villages"]');
    await area.waitFor({ state: 'visible' });
    expect(await area.locator('[data-metric="displaced_armenians_1988_1994"] [data-testid="claim"]').count()).toBeGreaterThan(0);
    // the national panel also lists the four resolutions of 1993, each once with every place it names
    const resolutions = page.locator('#country-panel [data-testid="resolutions"] [data-testid="claim"]');
    expect(await resolutions.count()).toBe(new Set(atlas.claims.filter((c) => c.metric === 'unsc_resolution').map((c) => c.source)).size);
    expect(await resolutions.filter({ hasText: 'Resolution 884' }).textContent()).toContain('Zəngilan, Horadiz');
  });
});
