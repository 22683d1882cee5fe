import { describe, expect, it } from 'vitest';
import { committedData } from '../committed-data.ts';
import { claimsLayer } from '../../src/export/claims-layer.ts';
import { CSV_COLUMNS, type ExportMeta } from '../../src/export/data-export.ts';
import { claimsInView, inView, type Bbox } from '../../src/export/in-view.ts';
import { CLAIMS_LAYER } from '../../src/i18n/en-cite.ts';

/**
 * The figures of a view as a GIS layer: one point per claim with flat columns, the way QGIS and
 * GDAL keep them (a JSON string in a column is a blob there, cut to 254 characters in a Shapefile).
 */
const { data, index } = await committedData();
const meta: ExportMeta = { permalink: 'https://atlas.example.org/?c=46.5,39.6&z=9&lang=en&v=x', version: data.atlas.version, exported: '2026-12-07T10:00:00.000Z' };
const BOX: Bbox = [46.3, 39.4, 46.95, 40.0];
const view = inView(data, BOX, ['khojaly-1992']);
const layer = claimsLayer(index, view, meta);

describe('the claims layer of a view', () => {
  it('has every claim in view as one Point feature, the events’ own claims included', () => {
    const ids = claimsInView(index, view).map((c) => c.id);
    expect(layer.features.map((f) => f.id)).toEqual(ids);
    expect(new Set(layer.features.map((f) => f.geometry.type))).toEqual(new Set(['Point']));
    expect(layer.features.some((f) => f.properties.subject_id === 'khojaly-1992')).toBe(true);
  });

  it('writes flat columns only: strings, numbers or null, the CSV’s columns and what the point is', () => {
    for (const f of layer.features) {
      expect(Object.keys(f.properties)).toEqual([...CSV_COLUMNS, 'point_is']);
      for (const v of Object.values(f.properties)) expect(v === null || typeof v === 'string' || typeof v === 'number').toBe(true);
      expect(f.properties.permalink).toBe(meta.permalink);
      expect(f.properties.data_version).toBe(meta.version);
      expect(f.properties.exported_at).toBe(meta.exported);
    }
    const lachin = layer.features.find((f) => f.id === 'seed-idp-lachin')!;
    expect(lachin.properties).toMatchObject({ subject_id: 'lachin', value: '63,007', value_number: 63007, unit: 'persons', point_is: CLAIMS_LAYER.districtPoint });
  });

  it('never puts a place no source locates at a point that looks sourced', () => {
    const nakh = layer.features.filter((f) => f.properties.subject_id === 'nakhchivanik');
    expect(nakh.length).toBeGreaterThan(0);
    expect(nakh.every((f) => f.properties.point_is === CLAIMS_LAYER.describedPoint)).toBe(true);
  });

  it('has a bbox that holds every point (RFC 7946 §5)', () => {
    const [w, s, e, n] = layer.bbox;
    expect(layer.features.every(({ geometry: { coordinates: [x, y] } }) => x >= w && x <= e && y >= s && y <= n)).toBe(true);
  });
});
