/**
 * The reader's build (`npm run build`, what `npm start` serves) carries no test handle: only the
 * test build (`npm run build:test`) lets a script read the map through window.__atlas.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scripts = (dir: string): string => {
  const assets = join(root, dir, 'assets');
  if (!existsSync(assets)) throw new Error(`${dir}/ is missing: npm test builds it (npm run build, npm run build:test)`);
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
};

describe('the builds', () => {
  it("the reader's build has no window.__atlas; the test build has it", () => {
    expect(scripts('dist')).not.toContain('__atlas');
    expect(scripts(process.env.ATLAS_DIST ?? 'dist-test')).toContain('__atlas');
  });

  it('both serve the same data: the first-load file and one claim file per subject', () => {
    for (const dir of ['dist', process.env.ATLAS_DIST ?? 'dist-test']) {
      const data = join(root, dir, 'data');
      expect(readdirSync(data).sort(), dir).toEqual(['atlas.json', 'claims', 'context.geojson', 'districts.geojson', 'events.geojson']);
      expect(readdirSync(join(data, 'claims')).length, dir).toBe(readdirSync(join(root, 'geodata/claim-files')).length);
    }
  });
});
