/**
 * Which outlines meet on the map, read from the committed districts: two groups meet where a
 * district of one touches or overlaps a district of the other; the NKAO outline ('nkao') meets the
 * groups of the rayons it runs along or across. The palette's GROUP_NEIGHBOURS must say the same,
 * since tests/unit/palette-cvd.test.ts holds exactly those pairs apart for readers with a
 * colour-vision deficiency.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanIntersects } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { GROUP_NEIGHBOURS } from '../../src/config/palette.ts';
import { DistrictCollection, NKAO_ID } from '../../src/schema/index.ts';

const GEODATA = resolve(import.meta.dirname, '../../geodata');
const districts = DistrictCollection.parse(JSON.parse(readFileSync(resolve(GEODATA, 'districts.geojson'), 'utf8')));

/** The outline a feature is drawn with: its group's, or the NKAO's own dashed line. */
const outlineOf = (f: (typeof districts.features)[number]): string => (f.properties.id === NKAO_ID ? 'nkao' : f.properties.group);
const pairKey = (a: string, b: string) => [a, b].sort().join(' / ');

describe('the outlines that meet on the map', () => {
  it('are the pairs the palette lists (GROUP_NEIGHBOURS), no more, no fewer', () => {
    const meet = new Map<string, string[]>();
    const fs = districts.features;
    for (let i = 0; i < fs.length; i++) {
      for (let j = i + 1; j < fs.length; j++) {
        const a = fs[i]!;
        const b = fs[j]!;
        if (outlineOf(a) === outlineOf(b) || !booleanIntersects(a, b)) continue;
        const key = pairKey(outlineOf(a), outlineOf(b));
        meet.set(key, [...(meet.get(key) ?? []), `${a.properties.id}–${b.properties.id}`]);
      }
    }
    // the districts behind each pair, in the failure message
    expect([...meet.keys()].sort(), JSON.stringify(Object.fromEntries(meet), null, 1)).toEqual(GROUP_NEIGHBOURS.map(([a, b]) => pairKey(a, b)).sort());
  });
});
