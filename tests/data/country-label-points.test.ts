/** The country names' points (src/config/view.ts), against the committed context data. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { COUNTRY_LABEL_POINTS } from '../../src/config/view.ts';
import { ContextCollection } from '../../src/schema/index.ts';

const context = ContextCollection.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geodata/context.geojson'), 'utf8')));

describe('the country labels', () => {
  it('each sit inside their own country, as the context data draws it', () => {
    const outside = Object.entries(COUNTRY_LABEL_POINTS).filter(([id, at]) => {
      const country = context.features.find((f) => f.properties.kind === 'country' && f.properties.id === id);
      const g = country?.geometry;
      return !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !booleanPointInPolygon(at, g);
    });
    expect(outside.map(([id]) => id)).toEqual([]);
  });
});
