import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { EVENT_LAYERS, LAYER } from '../../src/config/layers.ts';
import type { EventCollection } from '../../src/schema/index.ts';
import { mapIdle, openAtlas, project, screenshotOnFailure, useAtlasPage } from './browser.ts';
import { district, interiorPoint } from './geo.ts';

const EVENT = 'khojaly-1992';
const toggle = `[data-testid="layer-toggle"][data-layer="${EVENT}"]`;


/** Rendered features per event layer, and each layer's visibility, as the live map reports them. */
const eventLayerState = (page: Page) =>
  page.evaluate((ids) => {
    const h = window.__atlas;
    return ids.map((id) => ({
      id,
      visibility: h.layout(id, 'visibility') ?? 'visible',
      rendered: h.rendered([id]).map((f) => `${String(f.properties.kind)}:${String(f.properties.id)}`),
    }));
  }, [...EVENT_LAYERS]);

/** The events file as the page gets it (same origin). */
const loadEvents = (page: Page): Promise<EventCollection> =>
  page.evaluate(async () => {
    const res = await fetch(new URL('data/events.geojson', document.baseURI));
    return (await res.json()) as EventCollection;
  });

/**
 * A page pixel inside a polygon where a reader clicking "in the hatched area" lands on the area
 * itself: deepest first, on the canvas (not under a control), with no place dot or name within
 * reach of the click (those are more specific marks and win the click).
 */
async function clickableInside(page: Page, area: Feature<Polygon | MultiPolygon>): Promise<{ x: number; y: number }> {
  const [w, s, e, n] = turf.bbox(area);
  const candidates: Array<{ at: [number, number]; depth: number }> = [];
  for (let i = 1; i < 25; i++) {
    for (let j = 1; j < 25; j++) {
      const at: [number, number] = [w + ((e - w) * i) / 25, s + ((n - s) * j) / 25];
      if (!turf.booleanPointInPolygon(at, area)) continue;
      candidates.push({ at, depth: -turf.pointToPolygonDistance(turf.point(at), area) });
    }
  }
  candidates.sort((a, b) => b.depth - a.depth);
  for (const c of candidates) {
    const pt = await project(page, c.at);
    const free = await page.evaluate(
      ({ pt, layers }) => {
        const h = window.__atlas;
        const box = h.box();
        if (document.elementFromPoint(pt.x, pt.y) !== h.canvas()) return false;
        const x = pt.x - box.left;
        const y = pt.y - box.top;
        return h.rendered(layers, [[x - 12, y - 12], [x + 12, y + 12]]).length === 0;
      },
      { pt, layers: [LAYER.eventPlace, LAYER.eventPlaceLabel, LAYER.eventDescribedLabel, LAYER.eventMeasureLabel] },
    );
    if (free) return pt;
  }
  throw new Error('no free point inside the area is on screen');
}

describe('the Khojaly event layer, built, in headless Chromium', () => {
  const ctx = useAtlasPage();
  beforeEach(() => ctx.page.keyboard.press('Escape'));

  it('is off by default: the box is clear, every event layer is hidden and nothing of it is drawn', async () => {
    screenshotOnFailure(ctx, 'khojaly-off');
    await openAtlas(ctx);
    expect(await ctx.page.locator(toggle).isChecked()).toBe(false);
    for (const layer of await eventLayerState(ctx.page)) {
      expect(layer.visibility, layer.id).toBe('none');
      expect(layer.rendered, layer.id).toEqual([]);
    }
    expect(await ctx.page.locator('[data-testid="event-card"]').count()).toBe(0);
    expect(await ctx.page.locator('[data-testid="legend-events"]').count()).toBe(0);
  });

  it('the layer control turns it on: the Nakhchivanik area and the route are drawn, the address and legend follow', async () => {
    screenshotOnFailure(ctx, 'khojaly-toggle-on');
    await ctx.page.locator(toggle).check();
    await mapIdle(ctx.page);
    const state = await eventLayerState(ctx.page);
    const drawn = (id: string) => state.find((l) => l.id === id)?.rendered ?? [];
    expect(drawn(LAYER.eventDescribedFill)).toContain('described-area:nakhchivanik');
    expect(drawn(LAYER.eventRoute)).toContain('route:khojaly-escape-route');
    expect(drawn(LAYER.eventPlace).length).toBeGreaterThanOrEqual(4);
    // the map says in words that Nakhchivanik has no sourced coordinate, and draws no point for it
    expect(drawn(LAYER.eventDescribedLabel)).toContain('described-area:nakhchivanik');
    expect(drawn(LAYER.eventPlace)).not.toContain('place:nakhchivanik');
    expect(new URL(ctx.page.url()).searchParams.get('layers')).toBe(EVENT);
    const legend = ctx.page.locator('[data-testid="legend-events"]');
    await legend.waitFor({ state: 'visible' });
    const marks = await legend.locator('[data-testid="legend-event"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')));
    expect(marks).toEqual(expect.arrayContaining(['exact', 'described', 'route', 'corridor', 'measure']));
    await ctx.page.locator('[data-testid="event-card"]').waitFor({ state: 'visible' });
  });

  it('a click inside Nakhchivanik opens its popup: no coordinates, the hatched area explained, the death toll from two or more sources', async () => {
    screenshotOnFailure(ctx, 'khojaly-click-nakhchivanik');
    const events = await loadEvents(ctx.page);
    const area = events.features.find((f) => f.properties.kind === 'described-area' && f.properties.id === 'nakhchivanik');
    expect(area, 'the described area of Nakhchivanik in data/events.geojson').toBeDefined();
    const pt = await clickableInside(ctx.page, area as unknown as Feature<Polygon | MultiPolygon>);
    await ctx.page.mouse.click(pt.x, pt.y);
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    // the event mark wins over the district under it
    expect(await popup.getAttribute('data-event-ref')).toBe('place:nakhchivanik');
    const precision = popup.locator('[data-testid="precision"]');
    expect(await precision.getAttribute('data-precision')).toBe('described');
    expect(await precision.textContent()).toMatch(/No source gives coordinates for this place/);
    expect(await precision.textContent()).toMatch(/map calculation/);
    const toll = popup.locator('[data-testid="death-toll"] [data-testid="claim"]');
    const sources = new Set(await toll.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-source-id'))));
    expect(sources.size).toBeGreaterThanOrEqual(2);
    const metrics = new Set(await toll.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-metric'))));
    expect([...metrics].every((m) => m !== null && m !== '')).toBe(true);
    await ctx.page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
  });

  it('the event card gives the time the attack began from at least two sources, side by side, not collapsed to one', async () => {
    screenshotOnFailure(ctx, 'khojaly-card-timeline');
    const card = ctx.page.locator('[data-testid="event-card"]');
    await card.waitFor({ state: 'visible' });
    const entries = card.locator('[data-testid="timeline-entry"]');
    expect(await entries.count()).toBeGreaterThanOrEqual(2);
    const began = card.locator('[data-testid="timeline-entry"][data-metric="attack_began"] [data-testid="claim"]');
    const rows = await began.evaluateAll((els) =>
      els.map((e) => ({ source: e.getAttribute('data-source-id'), value: e.querySelector('.claim-value')?.textContent ?? '' })),
    );
    expect(new Set(rows.map((r) => r.source)).size).toBeGreaterThanOrEqual(2);
    // two different times, both shown
    expect(new Set(rows.map((r) => r.value)).size).toBeGreaterThanOrEqual(2);
  });

  it("the card's place buttons open each place's popup from the keyboard; Escape returns focus", async () => {
    screenshotOnFailure(ctx, 'khojaly-card-keyboard');
    const button = ctx.page.locator('[data-testid="event-place-button"][data-ref="place:khojaly-town"]');
    await button.focus();
    await ctx.page.keyboard.press('Enter');
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    const precision = popup.locator('[data-testid="precision"]');
    expect(await precision.getAttribute('data-precision')).toBe('exact');
    expect(await precision.textContent()).toMatch(/Point from .+ \(gazetteer\)/);
    expect(await precision.locator('[data-testid="claim"][data-metric="location"]').count()).toBeGreaterThanOrEqual(1);
    await ctx.page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await ctx.page.evaluate(() => document.activeElement?.getAttribute('data-ref'))).toBe('place:khojaly-town');
  });

  it('the measure popup sets the map calculation beside the distances the sources state', async () => {
    screenshotOnFailure(ctx, 'khojaly-measure');
    const button = ctx.page.locator('[data-testid="event-place-button"][data-ref^="measure:"]');
    await button.click();
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.locator('[data-testid="map-calculation"]').textContent()).toMatch(/\d+(\.\d)? km \(\d+(\.\d)? miles\), map calculation/);
    expect(await popup.locator('[data-testid="claim"][data-metric="distance_miles"]').count()).toBeGreaterThanOrEqual(1);
    await ctx.page.keyboard.press('Escape');
  });

  it('a data check comparing Khojaly figures opens the event card at the figure it names', async () => {
    screenshotOnFailure(ctx, 'khojaly-check-to-card');
    const atlas = await ctx.page.evaluate(async () => {
      const res = await fetch(new URL('data/atlas.json', document.baseURI));
      return (await res.json()) as { checks: Array<{ id: string; subject: string; inputs: string[] }> };
    });
    const check = atlas.checks.find((c) => c.subject === EVENT);
    expect(check, 'a data check about the event in atlas.json').toBeDefined();
    const claimId = check!.inputs[0]!;
    await ctx.page.getByTestId('quality-open').click();
    await ctx.page.locator(`[data-testid="quality-view"] [data-testid="data-check"][data-check-id="${check!.id}"] .check-claim[data-claim-id="${claimId}"]`).click();
    await ctx.page.locator('[data-testid="event-card"]').waitFor({ state: 'visible' });
    expect(await ctx.page.evaluate(() => document.activeElement?.closest('[data-testid="event-card"]') !== null)).toBe(true);
    expect(await ctx.page.evaluate(() => document.activeElement?.getAttribute('data-claim-id'))).toBe(claimId);
  });

  it('turning the layer off hides every mark and the card, and takes it out of the address', async () => {
    screenshotOnFailure(ctx, 'khojaly-toggle-off');
    await ctx.page.locator(toggle).uncheck();
    await mapIdle(ctx.page);
    for (const layer of await eventLayerState(ctx.page)) expect(layer.rendered, layer.id).toEqual([]);
    expect(await ctx.page.locator('[data-testid="event-card"]').count()).toBe(0);
    expect(new URL(ctx.page.url()).searchParams.has('layers')).toBe(false);
  });

  it('?layers=khojaly-1992 turns the layer on at load and opens on the event', async () => {
    screenshotOnFailure(ctx, 'khojaly-url-on');
    await openAtlas(ctx, `?layers=${EVENT}`);
    expect(await ctx.page.locator(toggle).isChecked()).toBe(true);
    await mapIdle(ctx.page);
    const state = await eventLayerState(ctx.page);
    expect(state.find((l) => l.id === LAYER.eventDescribedFill)?.rendered).toContain('described-area:nakhchivanik');
    expect(await ctx.page.locator('[data-testid="event-card"]').isVisible()).toBe(true);
    expect(await ctx.page.locator('[data-testid="url-notice"]').count()).toBe(0);
    // opened on the event, not on the whole region
    expect(await ctx.page.evaluate(() => window.__atlas.zoom())).toBeGreaterThan(9);
  });

  it('?layers=nope&zoom=x: a visible notice names what was ignored, and the map still works', async () => {
    screenshotOnFailure(ctx, 'khojaly-url-notice');
    await openAtlas(ctx, '?layers=nope&zoom=x');
    const notice = ctx.page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.getAttribute('role')).toBe('status');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('nope');
    expect(text).toContain('zoom');
    expect(await ctx.page.locator(toggle).isChecked()).toBe(false);
    const pt = await project(ctx.page, interiorPoint(district('lachin')));
    await ctx.page.mouse.click(pt.x, pt.y);
    const popup = ctx.page.locator('[data-testid="popup"]');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.textContent()).toContain('Laçın');
  });

  it('carries the GeoNames licence in the map attribution, made no request to another origin and logged no error', async () => {
    expect(await ctx.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('GeoNames, CC BY 4.0');
    const origin = new URL(ctx.baseUrl).origin;
    const foreign = ctx.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(ctx.requests.some((u) => u.endsWith('/data/events.geojson'))).toBe(true);
    expect(ctx.errors).toEqual([]);
  });
});
