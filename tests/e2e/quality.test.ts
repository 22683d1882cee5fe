/**
 * The data-quality view, in the built app: every check of the data is listed with its figures, a
 * check leads to its figures on the map and a popup badge leads back to its check; a district no
 * source gives a damage figure for says so.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkExplanation, checkTitle } from '../../src/i18n/en-checks.ts';
import { committedData } from '../committed-data.ts';
import { openAtlas, openOtherFigures, screenshotOnFailure, useAtlasPage } from './browser.ts';

const { index } = await committedData();
const atlas = index.atlas;
const view = '[data-testid="quality-view"]';
const checkSel = (id: string) => `${view} [data-testid="data-check"][data-check-id="${id}"]`;

describe('the data-quality view', () => {
  const ctx = useAtlasPage();
  beforeAll(() => openAtlas(ctx));
  beforeEach(async () => {
    // start each test with the view closed and no popup
    await ctx.page.evaluate(() => document.querySelector<HTMLDialogElement>('[data-testid="quality-view"]')?.close());
    await ctx.page.keyboard.press('Escape');
  });

  const openView = async () => {
    await ctx.page.getByTestId('quality-open').click();
    await ctx.page.locator(view).waitFor({ state: 'visible' });
  };

  it('lists every check of the data, with the coverage of the article as the build computed it', async () => {
    screenshotOnFailure(ctx, 'quality-open');
    await openView();
    expect(await ctx.page.locator(`${view} [data-testid="data-check"]`).count()).toBe(atlas.checks.length);
    const coverage = atlas.coverage;
    expect(coverage, 'the committed atlas has a coverage summary').not.toBeNull();
    const text = (await ctx.page.locator(`${view} [data-testid="coverage"]`).textContent()) ?? '';
    expect(text).toContain(`${coverage!.in_data} of the ${coverage!.total} figures`);
    expect(text).toContain(`(${coverage!.percent}%)`);
  });

  it("shows that the article's USCR list sums to 560,098 while it states more than 568,000", async () => {
    await openView();
    const text = (await ctx.page.locator(checkSel('uscr-district-sum')).textContent()) ?? '';
    expect(text).toContain('560,098');
    expect(text).toContain('more than 568,000');
  });

  it('filters the checks by category', async () => {
    await openView();
    await ctx.page.getByTestId('quality-filter').selectOption('dates-differ');
    const visible = ctx.page.locator(`${view} [data-testid="data-check"]:visible`);
    const dates = atlas.checks.filter((c) => c.category === 'dates-differ');
    expect(dates.length).toBeGreaterThan(0);
    expect(await visible.count()).toBe(dates.length);
    expect(new Set(await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-category'))))).toEqual(new Set(['dates-differ']));
    await ctx.page.getByTestId('quality-filter').selectOption('');
  });

  it('follows a check to one of its figures in the district popup, and the badge there leads back to the check', async () => {
    screenshotOnFailure(ctx, 'quality-follow');
    const check = atlas.checks.find((c) => c.category === 'dates-differ' && index.districtsById.has(c.subject as never));
    expect(check, 'a dates-differ check about a district').toBeDefined();
    const claimId = check!.inputs[1]!;
    await openView();
    // the build gave ids and numbers; the view words them, the district named as the data names it
    expect(await ctx.page.locator(`${checkSel(check!.id)} .check-title`).textContent()).toContain(checkTitle(check!, index));
    expect(await ctx.page.locator(`${checkSel(check!.id)} .check-explanation`).textContent()).toBe(checkExplanation(check!, index));
    expect(checkTitle(check!, index)).toContain(index.districtsById.get(check!.subject as never)!.name_az);
    await ctx.page.locator(`${checkSel(check!.id)} .check-claim[data-claim-id="${claimId}"]`).click();
    await ctx.page.locator(view).waitFor({ state: 'hidden' });
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    await expect.poll(() => ctx.page.evaluate(() => document.activeElement?.getAttribute('data-claim-id'))).toBe(claimId);
    expect(await popup.textContent()).toContain(index.districtsById.get(check!.subject as never)!.name_az);
    // the metric's "sources differ" badge opens the view at this very check
    const badge = popup.locator(`[data-open-check="${check!.id}"]`).first();
    await badge.click();
    await ctx.page.locator(view).waitFor({ state: 'visible' });
    await expect.poll(() => ctx.page.evaluate(() => document.activeElement?.getAttribute('data-check-id'))).toBe(check!.id);
  });

  it('a district no source gives a damage figure for says so; a district with figures lists them with their count', async () => {
    screenshotOnFailure(ctx, 'quality-damage-gap');
    const gap = atlas.checks.find((c) => c.id === 'no-damage-figure');
    const without = gap?.places[0];
    expect(without, 'a district with no damage figure in the gap list').toBeDefined();
    await openView();
    await ctx.page.locator(`${checkSel('no-damage-figure')} .check-place[data-place-id="${without}"]`).click();
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    const name = index.districtsById.get(without as never)!.name_az;
    await openOtherFigures(popup);
    expect(await popup.getByTestId('damage-none').textContent()).toContain(`No source in this atlas gives a damage figure for ${name}`);
    await ctx.page.keyboard.press('Escape');

    const withDamage = atlas.districts.find((d) => !gap!.places.includes(d.id) && d.id !== 'nkao');
    await ctx.page.locator(`[data-testid="district-button"][data-district-id="${withDamage!.id}"]`).click();
    await popup.waitFor({ state: 'visible' });
    await openOtherFigures(popup);
    const summary = (await popup.getByTestId('damage').first().locator(':scope > summary').textContent()) ?? '';
    expect(summary).toMatch(/\d+ figures? from \d+ sources?/);
  });

  it('a link names the check the view is open at, and opens the view there', async () => {
    screenshotOnFailure(ctx, 'quality-permalink');
    const id = 'territory-sq-mi-conversion';
    // the national figures carry the badge of the conversion check: it opens the view there
    await ctx.page.getByTestId('country-button').click();
    await ctx.page.locator(`[data-testid="country-panel"] [data-open-check="${id}"]`).first().click();
    await ctx.page.locator(view).waitFor({ state: 'visible' });
    await expect.poll(() => new URL(ctx.page.url()).searchParams.get('sel')).toBe(`check:${id}`);
    const link = ctx.page.url();
    await ctx.page.getByTestId('quality-close').click();
    await expect.poll(() => new URL(ctx.page.url()).searchParams.get('sel')).toBeNull();

    await openAtlas(ctx, new URL(link).search);
    await ctx.page.locator(view).waitFor({ state: 'visible' });
    await expect.poll(() => ctx.page.evaluate(() => document.activeElement?.getAttribute('data-check-id'))).toBe(id);
    expect(await ctx.page.locator(checkSel(id)).textContent()).toContain('6,564 sq mi');
  });
});
