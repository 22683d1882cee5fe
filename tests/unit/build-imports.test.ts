/**
 * The data build writes ids and numbers; the page words them in the reader's language. So nothing
 * the build runs may reach the interface's words in src/i18n, directly or through another module.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const buildDir = resolve(repo, 'geodata/build');
const i18nDir = resolve(repo, 'src/i18n');

/** The files a module imports or re-exports from, by relative path (packages are left out). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s));
}

/** Every module reachable from `roots`, each with the chain of imports that reaches it. */
function reachable(roots: readonly string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>(roots.map((r) => [r, [r]]));
  const queue = [...roots];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of importsOf(file)) {
      if (seen.has(next) || !next.endsWith('.ts')) continue;
      seen.set(next, [...(seen.get(file) ?? []), next]);
      queue.push(next);
    }
  }
  return seen;
}

describe('the data build', () => {
  const roots = readdirSync(buildDir).filter((f) => f.endsWith('.ts')).map((f) => resolve(buildDir, f));
  const modules = reachable(roots);

  it('reaches the schemas it validates with (the walk follows imports)', () => {
    expect([...modules.keys()]).toContain(resolve(repo, 'src/schema/check.ts'));
  });

  it('imports nothing from src/i18n, directly or through another module', () => {
    const words = [...modules.entries()].filter(([file]) => file.startsWith(`${i18nDir}/`));
    expect(words.map(([, chain]) => chain.map((f) => relative(repo, f)).join(' → '))).toEqual([]);
  });
});
