/**
 * The import rules that keep the page's layers pointing one way, read from the source: one owner
 * of the map, the export reached through one lazy entry, a config that imports nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

interface Import {
  file: string;
  from: string;
  typeOnly: boolean;
  names: string[];
  dynamic: boolean;
}

/** Every import and re-export of a file, comments left out. */
function importsOf(file: string): Import[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const rel = relative(SRC, file);
  const out: Import[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'/gm)) {
    const names = (m[3] ?? '').replace(/[{}*]/g, ' ').split(/[\s,]+/).filter((n) => n && n !== 'as' && n !== 'type');
    const allTypes = /^\{[^}]*\}$/.test((m[3] ?? '').trim()) && (m[3] ?? '').replace(/[{}]/g, '').split(',').every((p) => /^\s*type\s/.test(p) || p.trim() === '');
    out.push({ file: rel, from: m[4] ?? '', typeOnly: Boolean(m[2]) || allTypes, names, dynamic: false });
  }
  for (const m of code.matchAll(/^\s*import\s+'([^']+)'/gm)) out.push({ file: rel, from: m[1] ?? '', typeOnly: false, names: [], dynamic: false });
  for (const m of code.matchAll(/import\(\s*'([^']+)'\s*\)/g)) out.push({ file: rel, from: m[1] ?? '', typeOnly: false, names: [], dynamic: true });
  return out;
}

const all = files(SRC).flatMap(importsOf);
const dirOf = (file: string) => file.split('/')[0] ?? '';
/** The src folder an import resolves to, or null for a package. */
const target = (i: Import): string | null => (i.from.startsWith('.') ? dirOf(relative(SRC, resolve(SRC, i.file, '..', i.from))) : null);

describe('the layers of the page point one way', () => {
  it('only src/map touches MapLibre: elsewhere, type imports of style specifications and the control contract only', () => {
    const outside = all.filter((i) => i.from.startsWith('maplibre-gl') && dirOf(i.file) !== 'map');
    expect(outside.length).toBeGreaterThan(0);
    const bad = outside.filter((i) => !i.typeOnly || i.dynamic || i.names.some((n) => !/Specification$/.test(n) && n !== 'IControl'));
    expect(bad.map((i) => `${i.file}: ${i.names.join(', ') || '(side effect)'} from ${i.from}`)).toEqual([]);
  });

  it('the export imports nothing of the page (ui, app)', () => {
    const bad = all.filter((i) => dirOf(i.file) === 'export' && ['ui', 'app'].includes(target(i) ?? ''));
    expect(bad.map((i) => `${i.file} → ${i.from}`)).toEqual([]);
  });

  it('the page (ui) reaches the export code only through its one lazy entry, ui/export-engine.ts', () => {
    const bad = all.filter((i) => dirOf(i.file) === 'ui' && target(i) === 'export' && !i.typeOnly && i.file !== 'ui/export-engine.ts');
    expect(bad.map((i) => `${i.file} → ${i.from}`)).toEqual([]);
    const entry = all.filter((i) => dirOf(i.file) === 'ui' && i.from === './export-engine.ts');
    expect(entry.length).toBeGreaterThan(0);
    expect(entry.every((i) => i.dynamic || i.typeOnly)).toBe(true);
  });

  it('config imports nothing outside config; schema, lib and i18n import no page code', () => {
    const bad = all.filter((i) => {
      const t = target(i);
      if (t === null) return false;
      const from = dirOf(i.file);
      if (from === 'config') return t !== 'config';
      // a type describing what a sentence looks up may come from data; code may not
      if (['schema', 'lib', 'i18n'].includes(from)) return !i.typeOnly && ['ui', 'app', 'map', 'export', 'style', 'data'].includes(t);
      return false;
    });
    expect(bad.map((i) => `${i.file} → ${i.from}`)).toEqual([]);
  });

  it('nothing imports main.ts, and nothing below app imports app', () => {
    const bad = all.filter((i) => /(^|\/)main\.ts$/.test(i.from) || (target(i) === 'app' && !['app', 'main.ts'].includes(dirOf(i.file))));
    expect(bad.map((i) => `${i.file} → ${i.from}`)).toEqual([]);
  });
});
