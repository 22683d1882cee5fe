/**
 * The bare page's style.json, made at bench time by the app's own style builder from the
 * committed geodata, as src/main.ts calls it for a plain address (no event shown, no theme), with
 * the camera and map size the app's page ends up with. So both pages draw the same sources and
 * layers over the same view; what differs is the app code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StyleSpecification } from 'maplibre-gl';
import { COUNTRY_LABEL_POINTS } from '../src/config/view.ts';
import { countryLabelPoints, districtLabelPoints } from '../src/data/label-points.ts';
import { UI } from '../src/i18n/en.ts';
import { AtlasFirst, ContextCollection, DistrictCollection, EventCollection } from '../src/schema/index.ts';
import { themeOf } from '../src/data/themes.ts';
import { themeShading } from '../src/style/theme-paint.ts';
import { describedLabelPoints } from '../src/style/event-layers.ts';
import { buildStyle } from '../src/style/index.ts';
import { BARE } from './baseline/bare-ids.ts';
import { ROOT, log } from './lib.ts';
import type { LoadTimes } from './bench-window.ts';
import { openTarget } from './pages.ts';

export const BASELINE_DIST = resolve(ROOT, 'bench/baseline/dist');

export interface Camera {
  /** where the app's map sits in its page: left, top, width, height (CSS px) */
  box: [number, number, number, number];
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(ROOT, 'geodata', name), 'utf8'));

/** The style src/main.ts builds, from the same files parsed by the same schemas. */
export function appStyle(fontBaseUrl: string): StyleSpecification {
  const districts = DistrictCollection.parse(readJson('districts.geojson'));
  const context = ContextCollection.parse(readJson('context.geojson'));
  const events = EventCollection.parse(readJson('events.geojson'));
  const atlas = AtlasFirst.parse(readJson('atlas.json'));
  // the default theme, displaced people: the first the build offers
  const theme = atlas.themes[0];
  if (!theme) throw new Error('geodata/atlas.json offers no theme');
  return buildStyle({
    districts,
    context,
    districtLabels: districtLabelPoints(districts),
    countryLabels: countryLabelPoints(context, COUNTRY_LABEL_POINTS),
    fontBaseUrl,
    events,
    eventLabels: describedLabelPoints(atlas.events.flatMap((e) => e.places)),
    eventOptions: { shown: [], describedSuffix: UI.eventDescribedSuffix },
    shading: themeShading(themeOf(theme)),
  });
}

/**
 * The names the bare page uses (bench/baseline/bare-ids.ts) are in this style: its hit layers,
 * and an outline layer on the districts source whose paint reads both feature-state keys.
 */
function checkBareIds(style: StyleSpecification): void {
  const where = 'update bench/baseline/bare-ids.ts';
  for (const id of BARE.hitLayers) {
    if (!style.layers.some((l) => l.id === id && 'source' in l && l.source === BARE.source)) throw new Error(`the style has no ${id} layer on "${BARE.source}": ${where}`);
  }
  const outline = style.layers.find((l) => l.id === BARE.outlineLayer);
  if (!outline || !('source' in outline) || outline.source !== BARE.source) throw new Error(`the style has no ${BARE.outlineLayer} layer on "${BARE.source}": ${where}`);
  const paint = JSON.stringify(outline.paint ?? {});
  for (const key of [BARE.hover, BARE.selected]) {
    if (!paint.includes(`["feature-state","${key}"]`)) throw new Error(`${BARE.outlineLayer}'s paint does not read feature-state "${key}": ${where}`);
  }
  const source = style.sources[BARE.source];
  if (!source || !('promoteId' in source) || !source.promoteId) throw new Error(`source "${BARE.source}" has no promoteId: feature-state cannot key on district ids`);
}

/**
 * Loads the app once (the warm-up of P1, not measured), reads where its map is and what it
 * shows, and writes the bare page's style.json with that camera and fonts served by the bare
 * page's own origin. Returns the bare page's address (with the map's box) and the app's camera.
 * The app's map cannot be rotated or tilted, so bearing and pitch are 0.
 */
export async function prepareBaseline(browser: Browser, appUrl: string, baselineUrl: string): Promise<{ url: string; camera: Camera; warmup: LoadTimes }> {
  const app = await openTarget(browser, { kind: 'app', url: appUrl, label: 'after' });
  const camera = await app.page.evaluate((): Camera => {
    const handle = window.__bench;
    const container = document.querySelector('.maplibregl-map');
    if (!handle || !container) throw new Error('the app page has no map handle (window.__atlas)');
    const r = container.getBoundingClientRect();
    return { box: [r.left, r.top, r.width, r.height], center: handle.center(), zoom: handle.zoom(), bearing: 0, pitch: 0 };
  });
  const warmup = app.times;
  await app.close();

  const style = appStyle(new URL('fonts/', baselineUrl).href);
  checkBareIds(style);
  const { center, zoom, bearing, pitch } = camera;
  writeFileSync(resolve(BASELINE_DIST, 'style.json'), JSON.stringify({ ...style, center, zoom, bearing, pitch }));
  const url = `${baselineUrl}?box=${camera.box.map((v) => Math.round(v * 100) / 100).join(',')}`;
  log(`baseline: app map ${Math.round(camera.box[2])}×${Math.round(camera.box[3])} px at z${camera.zoom.toFixed(2)}; app warm-up idle ${Math.round(warmup.idleAt ?? NaN)} ms`);
  return { url, camera, warmup };
}
