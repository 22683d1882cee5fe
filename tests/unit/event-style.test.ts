import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EVENT_CLICKABLE_LAYERS, EVENT_LAYERS, LAYER_ORDER, SOURCE } from '../../src/config/layers.ts';
import { arrowImage, transparentHatchImage } from '../../src/style/event-images.ts';
import { describedLabelPoints, eventLayers } from '../../src/style/event-layers.ts';
import { buildStyle } from '../../src/style/index.ts';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const shading = { fills: [], differ: [] };
const styleWith = (shown: string[]) =>
  buildStyle({
    districts: empty,
    context: empty,
    districtLabels: empty,
    countryLabels: empty,
    fontBaseUrl: '/fonts/',
    shading,
    events: empty,
    eventOptions: { shown, describedSuffix: '— no sourced coordinate' },
  });

describe('the event layers', () => {
  it('pass the MapLibre style validator, hidden and shown', () => {
    expect(validateStyleMin(styleWith([]))).toEqual([]);
    expect(validateStyleMin(styleWith(['khojaly-1992']))).toEqual([]);
  });

  it('are hidden by default, all drawn from the event sources, all with ids starting "event-"', () => {
    const layers = eventLayers({ shown: [], describedSuffix: 'x' });
    expect(layers.map((l) => l.id).sort()).toEqual([...EVENT_LAYERS].sort());
    for (const l of layers) {
      expect(l.id.startsWith('event-')).toBe(true);
      expect(l.layout?.visibility, l.id).toBe('none');
      expect(['source' in l && l.source], l.id).toEqual([expect.stringMatching(new RegExp(`^(${SOURCE.events}|${SOURCE.eventLabels})$`))]);
    }
    const style = buildStyle({ districts: empty, context: empty, districtLabels: empty, countryLabels: empty, fontBaseUrl: '/', shading });
    for (const l of style.layers.filter((x) => x.id.startsWith('event-'))) expect(l.layout?.visibility, l.id).toBe('none');
  });

  it('are shown, filtered to the shown events, when an event is on', () => {
    for (const l of eventLayers({ shown: ['khojaly-1992'], describedSuffix: 'x' })) {
      expect(l.layout?.visibility, l.id).toBe('visible');
      expect(JSON.stringify('filter' in l ? l.filter : null), l.id).toContain('khojaly-1992');
    }
  });

  it('draw above the district map, and every clickable event layer is an event layer', () => {
    const firstEvent = LAYER_ORDER.indexOf(EVENT_LAYERS[0]!);
    expect(LAYER_ORDER.slice(firstEvent)).toEqual(EVENT_LAYERS);
    for (const id of EVENT_CLICKABLE_LAYERS) expect(EVENT_LAYERS).toContain(id);
  });

  it('label a described place with its name and "no sourced coordinate", never as a point', () => {
    const layers = eventLayers({ shown: ['khojaly-1992'], describedSuffix: '— no sourced coordinate' });
    const label = layers.find((l) => l.id === 'event-described-label');
    expect(JSON.stringify(label?.layout?.['text-field' as never])).toContain('no sourced coordinate');
    const points = layers.filter((l) => l.type === 'circle');
    for (const p of points) expect(JSON.stringify('filter' in p ? p.filter : null)).not.toContain('described');
  });

  it('put the "no sourced coordinate" label at the build\'s label point of a described place, and only there', () => {
    const base = { event: 'khojaly-1992', name_az: 'X' };
    const points = describedLabelPoints([
      { ...base, id: 'nakhchivanik', location: { precision: 'described' }, drawn_at: [46.83, 39.9] },
      { ...base, id: 'askeran', location: { precision: 'exact' }, drawn_at: [46.8, 39.9] },
      { ...base, id: 'not-drawn', location: { precision: 'described' }, drawn_at: null },
    ]);
    expect(points.features.map((f) => [f.properties?.id, f.geometry.coordinates])).toEqual([['nakhchivanik', [46.83, 39.9]]]);
  });

  it('draw the arrow and the hatch as transparent RGBA tiles of the right size', () => {
    const arrow = arrowImage('#c2185b', '#ffffff', 24);
    expect(arrow.data.length).toBe(24 * 24 * 4);
    const alphas = Array.from(arrow.data).filter((_, i) => i % 4 === 3);
    expect(alphas[0]).toBe(0); // the corner is transparent
    expect(Math.max(...alphas)).toBe(255); // the chevron is opaque
    const hatch = transparentHatchImage('#c2185b', 10);
    const hatchAlphas = Array.from(hatch.data).filter((_, i) => i % 4 === 3);
    expect(Math.min(...hatchAlphas)).toBe(0);
    expect(Math.max(...hatchAlphas)).toBeGreaterThan(150);
  });
});
