/**
 * The committed build outputs (geodata/*.geojson, atlas.json and the claim files), parsed with the
 * app's own schemas, as the page gets them: for tests that check what the app does with the real data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { joinAtlas } from '../geodata/build/split-atlas.ts';
import { indexAtlas, type AtlasIndex } from '../src/data/index-claims.ts';
import type { AtlasData } from '../src/data/load.ts';
import { Atlas, AtlasFirst, ClaimFile, ContextCollection, DistrictCollection, EventCollection } from '../src/schema/index.ts';

const GEODATA = resolve(import.meta.dirname, '../geodata');

/** A built output folder's files, by the path the page fetches them at (data/claims/<id>.json → claim-files/). */
export function readBuilt(dir = GEODATA): (file: string) => unknown {
  return (file) => JSON.parse(readFileSync(resolve(dir, file.replace(/^data\/claims\//, 'claim-files/').replace(/^data\//, '')), 'utf8')) as unknown;
}

/** Every figure of a built output folder, joined back into one record (claims grouped by subject). */
export function fullAtlas(dir = GEODATA): Atlas {
  const read = readBuilt(dir);
  const first = AtlasFirst.parse(read('atlas.json'));
  const files = readdirSync(resolve(dir, 'claim-files'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ClaimFile.parse(read(`claim-files/${f}`)));
  const order = new Map(first.claim_files.map((s, i) => [s, i]));
  files.sort((a, b) => (order.get(a.subject) ?? 0) - (order.get(b.subject) ?? 0));
  return Atlas.parse(joinAtlas(first, files));
}

/** The data and the index as the page has them, with every subject's claims loaded. */
export async function committedData(): Promise<{ data: AtlasData; index: AtlasIndex; atlas: Atlas }> {
  const read = readBuilt();
  const data: AtlasData = {
    districts: DistrictCollection.parse(read('districts.geojson')),
    context: ContextCollection.parse(read('context.geojson')),
    events: EventCollection.parse(read('events.geojson')),
    atlas: AtlasFirst.parse(read('atlas.json')),
  };
  const index = indexAtlas(data, '/', (_url, file) => Promise.resolve(read(file)));
  await index.claims.ensure(data.atlas.claim_files);
  return { data, index, atlas: fullAtlas() };
}
