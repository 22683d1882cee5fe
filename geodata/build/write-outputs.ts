import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Atlas, AtlasFirst, ClaimFile } from '../../src/schema/index.ts';

export const OUTPUT_FILES = {
  districts: 'districts.geojson',
  context: 'context.geojson',
  events: 'events.geojson',
  atlas: 'atlas.json',
} as const;

/** One file per subject, `<subject>.json`, served as data/claims/. */
export const CLAIM_FILES_DIR = 'claim-files';

/**
 * A FeatureCollection with one feature per line: compact, yet a diff shows which feature changed.
 * Features must already be schema-parsed (zod emits keys in the order the schema declares).
 */
export function serializeCollection(features: readonly unknown[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/**
 * The data version shown in the app: 12 hex of sha256 over the three GeoJSON outputs and the rest of
 * the atlas (sources, claims, summaries, groups, checks). Any change to the data changes it; the
 * inputs' formatting does not.
 */
export function dataVersion(districtsText: string, contextText: string, eventsText: string, atlasBody: Omit<Atlas, 'version'>): string {
  const h = createHash('sha256');
  for (const [name, text] of [
    [OUTPUT_FILES.districts, districtsText],
    [OUTPUT_FILES.context, contextText],
    [OUTPUT_FILES.events, eventsText],
    [OUTPUT_FILES.atlas, JSON.stringify(atlasBody)],
  ] as const) {
    h.update(`${name}\0${text}\0`);
  }
  return h.digest('hex').slice(0, 12);
}

export function serializeAtlas(atlas: AtlasFirst | ClaimFile): string {
  return `${JSON.stringify(atlas, null, 1)}\n`;
}

/**
 * Writes every output only after all of them were built and validated, each through a temporary
 * file and a rename, so a failed build never leaves a half-written or mixed set behind.
 */
export function writeOutputs(
  outDir: string,
  texts: Record<keyof typeof OUTPUT_FILES, string>,
  claimFiles: ReadonlyMap<string, string>,
): Record<string, number> {
  mkdirSync(outDir, { recursive: true });
  const sizes: Record<string, number> = {};
  const write = (dir: string, name: string, text: string, label: string) => {
    const tmp = join(dir, `.${name}.tmp-${process.pid}`);
    writeFileSync(tmp, text);
    renameSync(tmp, join(dir, name));
    sizes[label] = Buffer.byteLength(text);
  };
  // the claim files are written to a fresh folder, then swapped in: a subject that lost its
  // claims leaves no stale file behind
  const dir = join(outDir, CLAIM_FILES_DIR);
  const fresh = `${dir}.tmp-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  let claimBytes = 0;
  for (const [subject, text] of claimFiles) {
    writeFileSync(join(fresh, `${subject}.json`), text);
    claimBytes += Buffer.byteLength(text);
  }
  for (const key of Object.keys(OUTPUT_FILES) as (keyof typeof OUTPUT_FILES)[]) write(outDir, OUTPUT_FILES[key], texts[key], OUTPUT_FILES[key]);
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  renameSync(fresh, dir);
  sizes[`${CLAIM_FILES_DIR}/ (${readdirSync(dir).length} files)`] = claimBytes;
  return sizes;
}
