/**
 * The committed build outputs (geodata/*.geojson, atlas.json), parsed with the app's own schemas,
 * as the page gets them: for tests that check what the app does with the real data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexAtlas, type AtlasIndex } from '../src/data/index-claims.ts';
import type { AtlasData } from '../src/data/load.ts';
import { Atlas, ContextCollection, DistrictCollection, EventCollection } from '../src/schema/index.ts';

const read = (f: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../geodata', f), 'utf8')) as unknown;

export function committedData(): { data: AtlasData; index: AtlasIndex } {
  const data: AtlasData = {
    districts: DistrictCollection.parse(read('districts.geojson')),
    context: ContextCollection.parse(read('context.geojson')),
    events: EventCollection.parse(read('events.geojson')),
    atlas: Atlas.parse(read('atlas.json')),
  };
  return { data, index: indexAtlas(data) };
}
