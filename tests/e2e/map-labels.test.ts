import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COUNTRY_LABEL_POINTS } from '../../src/config/view.ts';
import { LAYER } from '../../src/config/layers.ts';
import { mapIdle, openAtlas, screenshotOnFailure, useAtlasPage } from './browser.ts';

/**
 * The names on the opening view of the built app, in headless Chromium: every country name is
 * drawn, none under a control (the layer control, the legend, the zoom and export buttons, the
 * scale, the attribution) and none cut at the map's edge; the former NKAO's name runs along its
 * outline. MapLibre does not know where the page's controls sit, so the label points are chosen
 * for it (src/config/view.ts COUNTRY_LABEL_POINTS); this checks them at two common screen sizes.
 */
interface LabelsSeen {
  drawn: string[];
  /** "GEO under atlas-layers" */
  underControls: string[];
  /** country names whose box reaches the map's edge */
  atEdge: string[];
  nkao: number;
}

async function labelsSeen(page: Page): Promise<LabelsSeen> {
  await mapIdle(page);
  return page.evaluate(
    ({ country, nkao }) => {
      const h = window.__atlas;
      const box = h.box();
      const controls = [...document.querySelectorAll<HTMLElement>('.maplibregl-ctrl')]
        .map((c) => ({ name: [...c.classList].filter((k) => k !== 'maplibregl-ctrl').join(' '), r: c.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      const underControls = controls.flatMap(({ name, r }) =>
        h
          .rendered([country], [
            [r.left - box.left, r.top - box.top],
            [r.right - box.left, r.bottom - box.top],
          ])
          .map((f) => `${String(f.properties.id)} under ${name}`),
      );
      // a strip along each edge: a name that reaches into it is cut by the edge
      const e = 2;
      const strips: Array<[[number, number], [number, number]]> = [
        [[0, 0], [box.width, e]],
        [[0, box.height - e], [box.width, box.height]],
        [[0, 0], [e, box.height]],
        [[box.width - e, 0], [box.width, box.height]],
      ];
      const atEdge = strips.flatMap((s) => h.rendered([country], s).map((f) => String(f.properties.id)));
      return {
        drawn: [...new Set(h.rendered([country]).map((f) => String(f.properties.id)))].sort(),
        underControls,
        atEdge,
        nkao: h.rendered([nkao]).length,
      };
    },
    { country: LAYER.countryLabel, nkao: LAYER.nkaoLabel },
  );
}

describe('the names on the opening view, in headless Chromium', () => {
  const ctx = useAtlasPage({ width: 1280, height: 800 });
  const countries = Object.keys(COUNTRY_LABEL_POINTS).sort();

  it('at 1280×800: every country named, clear of the controls and the edges; the NKAO named along its outline', async () => {
    screenshotOnFailure(ctx, 'labels-1280');
    await openAtlas(ctx);
    const seen = await labelsSeen(ctx.page);
    expect(seen.drawn).toEqual(countries);
    expect(seen.underControls).toEqual([]);
    expect(seen.atEdge).toEqual([]);
    expect(seen.nkao).toBeGreaterThan(0);
  });

  it('at 1024×768 too (the legend starts folded there)', async () => {
    screenshotOnFailure(ctx, 'labels-1024');
    await ctx.page.setViewportSize({ width: 1024, height: 768 });
    await openAtlas(ctx);
    const seen = await labelsSeen(ctx.page);
    expect(seen.drawn).toEqual(countries);
    expect(seen.underControls).toEqual([]);
    expect(seen.atEdge).toEqual([]);
    expect(seen.nkao).toBeGreaterThan(0);
  });

  it('logged no error', () => {
    expect(ctx.errors).toEqual([]);
  });
});
