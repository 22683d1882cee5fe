import { beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_COLOUR, CONTROL_PARTLY, SOURCES_DIFFER } from '../../src/config/palette.ts';
import { EVENT_LAYERS, LAYER } from '../../src/config/layers.ts';
import { fullAtlas } from '../committed-data.ts';
import { downloadUrl, mapIdle, openAtlas, paintedColour, screenshotOnFailure, useAtlasPage, type AtlasPage } from './browser.ts';

/**
 * The timeline in the built app: moved by keyboard from 22 to 25 July 1993, Ağdam turns from
 * Azerbaijani control to "partly" with its source in the popup; a resolution's mark gives its
 * quote; a t= link reopens the same day and shading; and it works on a 390×844 phone.
 */
const atlas = fullAtlas();
const slider = '[data-testid="timeline-slider"]';
const partyName = (id: string) => atlas.parties.find((p) => p.id === id)?.name ?? id;

async function press(ctx: AtlasPage, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await ctx.page.keyboard.press(key);
}

const day = (ctx: AtlasPage) => ctx.page.evaluate(() => new URL(location.href).searchParams.get('t'));

describe('the timeline, in headless Chromium', () => {
  const ctx = useAtlasPage();
  beforeAll(() => openAtlas(ctx));

  it('set by keyboard to 22 and to 25 July 1993: Ağdam changes, and its popup gives the source', async () => {
    screenshotOnFailure(ctx, 'timeline-aghdam');
    const { page } = ctx;
    await page.locator('[data-testid="timeline"] [data-action="open"]').click();
    await page.locator(slider).focus();
    await page.keyboard.press('Home');
    await press(ctx, 'Shift+ArrowRight', 5); // 1 January 1993
    await press(ctx, 'PageUp', 6); // 1 July 1993
    await press(ctx, 'ArrowRight', 21);
    await mapIdle(page);
    expect(await page.locator(slider).getAttribute('aria-valuetext')).toBe('22 July 1993');
    expect(await day(ctx)).toBe('1993-07-22');
    expect(await paintedColour(page, LAYER.districtFill, 'fill-color', 'aghdam')).toBe(CONTROL_COLOUR.azerbaijani);
    // Laçın came under Armenian control in May 1992; the legend is the timeline's, for that day
    expect(await paintedColour(page, LAYER.districtFill, 'fill-color', 'lachin')).toBe(CONTROL_COLOUR['armenian-or-de-facto']);
    expect(await page.getByTestId('legend-theme-title').textContent()).toBe('Control on 22 July 1993');

    await press(ctx, 'ArrowRight', 3);
    await mapIdle(page);
    expect(await day(ctx)).toBe('1993-07-25');
    expect(await paintedColour(page, LAYER.districtFill, 'fill-color', 'aghdam')).toBe(CONTROL_COLOUR.partly);
    expect(await page.locator('[data-testid="legend-item"][data-status="partly"]').getAttribute('data-color')).toBe(CONTROL_COLOUR.partly);

    await page.locator('[data-district-id="aghdam"]').click();
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    const status = popup.getByTestId('control-status');
    expect(await status.getAttribute('data-status')).toBe('partly');
    expect(await status.textContent()).toContain('On 25 July 1993: Partly changed control (since 23 July 1993)');
    const change = popup.locator('[data-change-id="aghdam-1993"]');
    const claimId = atlas.timeline.changes.find((c) => c.id === 'aghdam-1993')?.claims[0] ?? '';
    const claim = atlas.claims.find((c) => c.id === claimId);
    const row = change.locator(`[data-claim-id="${claimId}"]`);
    expect(await row.textContent()).toContain(partyName(claim?.claimed_by ?? ''));
    await row.locator('details.claim-quote summary').click();
    expect(await row.locator('blockquote').textContent()).toBe(claim?.quote);
    await page.keyboard.press('Escape');
  });

  it('a resolution’s mark opens its quote', async () => {
    screenshotOnFailure(ctx, 'timeline-resolution');
    const { page } = ctx;
    const mark = atlas.timeline.marks.find((m) => m.kind === 'resolution' && m.span.from === '1993-07-29');
    // the four resolutions of 1993 lie weeks apart: the first war's years drawn alone set them apart
    await page.locator('[data-testid="timeline"] [data-period="1988-01-01/1994-12-31"]').click();
    await page.locator(`[data-mark-id="${mark?.id}"]`).click();
    const details = page.locator('[data-testid="timeline-mark"]');
    await details.waitFor({ state: 'visible' });
    await details.locator('[aria-busy]').waitFor({ state: 'detached' }).catch(() => undefined);
    const claim = atlas.claims.find((c) => c.id === mark?.claims[0]);
    const row = details.locator(`[data-claim-id="${claim?.id}"]`);
    await row.locator('details.claim-quote summary').click();
    expect(await row.locator('blockquote').textContent()).toBe(claim?.quote);
    expect(claim?.quote).toContain('Condemns the seizure of the district of Agdam');
    // the mark moved the day to its own: the resolution's 29 July 1993
    expect(await day(ctx)).toBe('1993-07-29');
  });

  it('a t= link reopens the same day and the same shading', async () => {
    screenshotOnFailure(ctx, 'timeline-permalink');
    const { page } = ctx;
    await openAtlas(ctx, '?t=1993-08-20');
    expect(await page.locator(slider).getAttribute('aria-valuetext')).toBe('20 August 1993');
    // Cəbrayıl: 18, 23 or 25 August by its sources, drawn in dispute between them
    expect(await paintedColour(page, LAYER.districtFill, 'fill-color', 'jabrayil')).toBe(SOURCES_DIFFER.light);
    expect(await page.locator('[data-testid="legend-item"][data-status="uncertain"]').getAttribute('data-count')).not.toBe('0');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    expect(await page.locator(slider).getAttribute('aria-valuetext')).toBe('20 August 1993');
    expect(await paintedColour(page, LAYER.districtFill, 'fill-color', 'aghdam')).toBe(CONTROL_COLOUR.partly);
    // a day that does not exist is left out, with a visible notice
    await openAtlas(ctx, '?t=1993-02-30');
    expect(await page.getByTestId('url-notice').textContent()).toContain('1993-02-30');
    expect(await page.getByTestId('timeline').getAttribute('data-open')).toBeNull();
  });

  it('the export prints the day in its title and keeps it in its link', { timeout: 90_000 }, async () => {
    screenshotOnFailure(ctx, 'timeline-export');
    const { page } = ctx;
    await openAtlas(ctx, '?t=1993-07-25');
    // a part changed: Ağdam is hatched over its fill, and the list's chip says so too
    expect(JSON.stringify(await page.evaluate((l) => window.__atlas.filter(l), LAYER.districtPartly))).toContain('aghdam');
    expect(await page.locator('[data-district-id="aghdam"] .chip').evaluate((e) => (e as HTMLElement).style.getPropertyValue('--swatch-2'))).toBe(CONTROL_PARTLY.hatch);
    const result = await page.evaluate(() => window.__atlas.exportImage({ paper: 'A4', orientation: 'landscape', dpi: 72, format: 'png' }));
    const meta = (await downloadUrl(page, result.url, result.fileName)).toString('latin1');
    expect(meta).toContain('Control on 25 July 1993');
    expect(meta).toContain('t=1993-07-25');
  });

  it('a place dated only by a wider area says why, and a part is given as its sources give it', async () => {
    screenshotOnFailure(ctx, 'timeline-basis');
    const { page } = ctx;
    await openAtlas(ctx, '?t=1990-01-01&sel=district:khankendi');
    const popup = page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.getByTestId('control-status').textContent()).toContain('its source gives only a period, so it is drawn “date uncertain” from 1 January 1988 until 31 December 1992');
    const change = popup.locator('[data-change-id="khankendi-1992"]');
    expect(await change.locator('.control-basis').textContent()).toContain('Khankendi lies wholly within the former NKAO');
    // the claim is Nagorno-Karabakh's, read from its own file with its quote
    expect(await change.locator('[data-claim-id="ext-nkao-armenian-control-e147"] blockquote').textContent()).toBe('Nagorno-Karabakh: 1988-1992, territory 4400 km2');
    await page.keyboard.press('Escape');

    await openAtlas(ctx, '?t=1994-06-01&sel=district:aghdam');
    await popup.waitFor({ state: 'visible' });
    const aghdam = popup.locator('[data-change-id="aghdam-1993"]');
    expect(await aghdam.locator('.control-part').textContent()).toContain('most of the territory of the district');
    expect(await aghdam.locator('.control-part-figure').count()).toBe(3);
  });

  it('an event shown before its day: no marks yet, and the legend says from when', async () => {
    screenshotOnFailure(ctx, 'timeline-event-later');
    const { page } = ctx;
    await openAtlas(ctx, '?t=1991-06-01&layers=khojaly-1992');
    expect(await page.getByTestId('legend-event-later').textContent()).toContain('from 26 February 1992');
    const drawn = async () => (await page.evaluate((layers) => window.__atlas.rendered(layers), [...EVENT_LAYERS])).length;
    expect(await drawn()).toBe(0);
    await page.locator(slider).focus();
    await page.keyboard.press('End');
    await mapIdle(page);
    expect(await page.getByTestId('legend-event-later').count()).toBe(0);
    expect(await drawn()).toBeGreaterThan(0);
  });

  it('a press on the axis moves the day there, and a drag follows the pointer', async () => {
    const { page } = ctx;
    await openAtlas(ctx, '?t=1993-07-25');
    const track = await page.locator('.timeline-track').boundingBox();
    if (!track) throw new Error('no axis');
    // on the year labels' row, clear of the marks: halfway along 1988–2024 is the middle of 2006
    const y = track.y + track.height - 4;
    await page.mouse.click(track.x + track.width / 2, y);
    expect((await day(ctx))?.slice(0, 4)).toBe('2006');
    await page.mouse.move(track.x + track.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.01, y, { steps: 5 });
    await page.mouse.up();
    expect((await day(ctx))?.slice(0, 4)).toBe('1988');
  });

  it('closing the timeline gives the map back to its theme', async () => {
    const { page } = ctx;
    await openAtlas(ctx, '?t=1994-06-01');
    await page.locator('[data-testid="timeline"] [data-action="close"]').click();
    await mapIdle(page);
    expect(await day(ctx)).toBeNull();
    expect(await page.getByTestId('legend-theme').getAttribute('data-theme')).toBe('idp');
    // choosing a figure to shade by, with the timeline open, shows that figure: the timeline closes
    await openAtlas(ctx, '?t=1994-06-01');
    await page.locator('[data-testid="theme-select"]').selectOption('schools_destroyed');
    await mapIdle(page);
    expect(await day(ctx)).toBeNull();
    expect(await page.getByTestId('legend-theme').getAttribute('data-theme')).toBe('schools_destroyed');
  });
});

describe('the timeline on a 390×844 phone', () => {
  const ctx = useAtlasPage({ width: 390, height: 844 }, [], { isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  beforeAll(() => openAtlas(ctx, '?t=1993-07-25'));

  it('fits the screen, with buttons a finger can hit, and steps to the next mark', async () => {
    screenshotOnFailure(ctx, 'timeline-phone');
    const { page } = ctx;
    const box = await page.getByTestId('timeline').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const action of ['play', 'prev', 'next', 'close']) {
      const b = await page.locator(`[data-testid="timeline"] [data-action="${action}"]`).boundingBox();
      expect(b?.height, action).toBeGreaterThanOrEqual(44);
      expect(b?.width, action).toBeGreaterThanOrEqual(44);
    }
    const next = atlas.timeline.marks.find((m) => m.span.from > '1993-07-25');
    await page.locator('[data-testid="timeline"] [data-action="next"]').tap();
    await mapIdle(page);
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('t'))).toBe(next?.span.from);
  });
});
