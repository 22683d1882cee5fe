import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

/** The build fixtures laid out in temp folders, for the tests that run build:data on them. */
export const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

export function tempDir(): string {
  const t = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  temps.push(t);
  return t;
}

/** Walks a folder and returns file paths relative to it. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

/**
 * The valid set copied to a temp folder, with an invalid case's files laid over it. A file named
 * `<name>.remove` deletes `<name>` instead (the way to express "this input is missing").
 */
export function inputsFor(caseName?: string): { sourcesDir: string; claimsDir: string; outDir: string } {
  const root = tempDir();
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  if (caseName) {
    const overlay = join(FIXTURES, 'invalid', caseName);
    for (const rel of filesUnder(overlay)) {
      if (rel.endsWith('.remove')) rmSync(join(root, rel.slice(0, -'.remove'.length)));
      else cpSync(join(overlay, rel), join(root, rel));
    }
  }
  return { sourcesDir: join(root, 'sources'), claimsDir: join(root, 'claims'), outDir: join(root, 'out') };
}

