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
import { LAYER } from '../src/config/layers.ts';
import { COUNTRY_LABEL_POINTS } from '../src/config/view.ts';
import { countryLabelPoints, districtLabelPoints } from '../src/data/label-points.ts';
import { UI } from '../src/i18n/en.ts';
import { Atlas, ContextCollection, DistrictCollection, EventCollection } from '../src/schema/index.ts';
import { describedLabelPoints } from '../src/style/event-layers.ts';
import { buildStyle } from '../src/style/index.ts';
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
  const atlas = Atlas.parse(readJson('atlas.json'));
  return buildStyle({
    districts,
    context,
    districtLabels: districtLabelPoints(districts),
    countryLabels: countryLabelPoints(context, COUNTRY_LABEL_POINTS),
    fontBaseUrl,
    events,
    eventLabels: describedLabelPoints(atlas.events.flatMap((e) => e.places)),
    eventOptions: { shown: [], describedSuffix: UI.eventDescribedSuffix },
  });
}

/**
 * Loads the app once (the warm-up of P1, not measured), reads where its map is and what it
 * shows, and writes the bare page's style.json with that camera and fonts served by the bare
 * page's own origin. Returns the bare page's address (with the map's box) and the app's camera.
 */
export async function prepareBaseline(browser: Browser, appUrl: string, baselineUrl: string): Promise<{ url: string; camera: Camera; warmup: LoadTimes }> {
  const app = await openTarget(browser, { kind: 'app', url: appUrl });
  const camera = await app.page.evaluate((): Camera => {
    const map = window.__bench?.map;
    if (!map) throw new Error('the app page has no window.__atlas.map');
    const r = map.getContainer().getBoundingClientRect();
    const c = map.getCenter();
    return { box: [r.left, r.top, r.width, r.height], center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  });
  const warmup = app.times;
  await app.close();

  const style = appStyle(new URL('fonts/', baselineUrl).href);
  if (!style.layers.some((l) => l.id === LAYER.districtFill && 'source' in l)) throw new Error(`the style has no ${LAYER.districtFill} layer: update bench/baseline/main.ts`);
  const { center, zoom, bearing, pitch } = camera;
  writeFileSync(resolve(BASELINE_DIST, 'style.json'), JSON.stringify({ ...style, center, zoom, bearing, pitch }));
  const url = `${baselineUrl}?box=${camera.box.map((v) => Math.round(v * 100) / 100).join(',')}`;
  log(`baseline: app map ${Math.round(camera.box[2])}×${Math.round(camera.box[3])} px at z${camera.zoom.toFixed(2)}; app warm-up idle ${Math.round(warmup.idleAt ?? NaN)} ms`);
  return { url, camera, warmup };
}
