import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordedChecks } from '../check-data.ts';
import { committedData } from '../committed-data.ts';
import { partyTermIn, workshopWordIn } from '../voice-words.ts';

/**
 * The atlas's own voice (issue 12): its interface strings, the notes and titles it writes, its
 * party records and its README take no side, and nothing it serves speaks of how the work was
 * organised. Quotes are the sources' words and are not scanned for party terms.
 */
const repo = resolve(import.meta.dirname, '../..');
const { atlas } = await committedData();

/** String literals of a TypeScript file, comments left out. */
function stringLiterals(code: string): string[] {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...bare.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0].slice(1, -1).replace(/\\(['"`])/g, '$1'));
}

/** Every text the atlas writes itself and serves, with where it is. */
function ownTexts(): Array<[where: string, text: string]> {
  const out: Array<[string, string]> = [];
  for (const c of atlas.claims) {
    if (c.note) out.push([`claim ${c.id} note`, c.note]);
    if (c.read.part) out.push([`claim ${c.id} read.part`, c.read.part]);
    if (c.read.note) out.push([`claim ${c.id} read.note`, c.read.note]);
    if (c.derived) out.push([`claim ${c.id} derived.method`, c.derived.method]);
    if (c.speaker) out.push([`claim ${c.id} speaker`, c.speaker]);
    out.push([`claim ${c.id} locator`, c.locator]);
    // a value in words is the atlas's summary of the source: the source's own terms stay in quotes
    if (c.value.kind === 'text' || c.value.kind === 'category') out.push([`claim ${c.id} value`, c.value.text]);
  }
  for (const s of atlas.sources) {
    if (s.note) out.push([`source ${s.id} note`, s.note]);
    if (s.about) out.push([`source ${s.id} about`, s.about]);
    // a title in brackets is one this atlas wrote; any other is the document's own
    if (s.title.startsWith('[')) out.push([`source ${s.id} title`, s.title]);
  }
  for (const p of atlas.parties) out.push([`party ${p.id} name`, p.name], [`party ${p.id} basis`, p.basis]);
  for (const d of atlas.districts) {
    if (d.note) out.push([`district ${d.id} note`, d.note]);
    for (const a of d.aliases) out.push([`district ${d.id} alias use`, a.use]);
  }
  for (const e of atlas.events) out.push([`event ${e.id} name_en`, e.name_en], [`event ${e.id} name_az`, e.name_az], [`event ${e.id} summary`, e.summary]);
  for (const g of atlas.groups) out.push([`group ${g.id} label`, g.label]);
  // as the page words them: the sentences of src/i18n/en-checks.ts with the names and figures of the data
  for (const k of wordedChecks(atlas)) out.push([`check ${k.check.id} title`, k.title], [`check ${k.check.id} explanation`, k.explanation]);
  for (const o of atlas.coverage?.out_of_scope ?? []) out.push([`coverage ${o.id} reason`, o.reason]);
  // the timeline's changes: the part, why a wider area's date applies, and the note, as the popup shows them
  for (const c of atlas.timeline.changes) {
    for (const [field, text] of [['part', c.part], ['basis', c.basis], ['note', c.note]] as const) if (text) out.push([`change ${c.id} ${field}`, text]);
  }
  return out;
}

const i18nDir = resolve(repo, 'src/i18n');
const i18nTexts = readdirSync(i18nDir)
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => stringLiterals(readFileSync(resolve(i18nDir, f), 'utf8')).map((t): [string, string] => [`src/i18n/${f}`, t]));

describe('the atlas speaks in a neutral voice', () => {
  it('has interface strings to scan (the scanner reads the i18n files)', () => {
    expect(i18nTexts.length).toBeGreaterThan(300);
    expect(ownTexts().length).toBeGreaterThan(1000);
  });

  it('no interface string uses a party term outside quotation marks', () => {
    expect(i18nTexts.flatMap(([where, t]) => (partyTermIn(t) ? [`${where}: ${t}`] : []))).toEqual([]);
  });

  it('no note, title, party record, check or summary the atlas writes uses a party term outside quotation marks', () => {
    expect(ownTexts().flatMap(([where, t]) => (partyTermIn(t) ? [`${where}: “${partyTermIn(t)}” in ${t.slice(0, 160)}`] : []))).toEqual([]);
  });

  it("the README's own words use no party term outside quotation marks", () => {
    // by paragraph: a quoted term may run across a line break
    const paragraphs = readFileSync(resolve(repo, 'README.md'), 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .split(/\n\s*\n/)
      .map((p) => p.split('\n').filter((line) => !line.startsWith('![')).join(' '));
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(paragraphs.filter((p) => partyTermIn(p)).map((p) => `${partyTermIn(p)}: ${p.slice(0, 200)}`)).toEqual([]);
  });

  it('names the Khojaly event by place and date, and lists the names parties give it as theirs', () => {
    const khojaly = atlas.events.find((e) => e.id === 'khojaly-1992');
    expect(khojaly?.name_en).toBe('Khojaly, 25–26 February 1992');
    expect(khojaly?.summary).toMatch(/“Khojaly massacre” \(Human Rights Watch/);
    expect(khojaly?.summary).toMatch(/“Khojaly genocide” in Azerbaijan's official usage/);
  });
});

describe('nothing of the workshop in what is served', () => {
  it('no served text of atlas.json (notes, titles, locators, checks) describes how the work was organised or names a repository path', () => {
    const texts = ownTexts();
    expect(texts.flatMap(([where, t]) => (workshopWordIn(t) ? [`${where}: “${workshopWordIn(t)}” in ${t.slice(0, 160)}`] : []))).toEqual([]);
  });

  it('no curation note reaches atlas.json: the build drops them', () => {
    const raw = readFileSync(resolve(repo, 'geodata/atlas.json'), 'utf8');
    expect(raw).not.toContain('"curation"');
    const curated = JSON.parse(readFileSync(resolve(repo, 'geodata/claims/claims/damage.json'), 'utf8')) as Array<{ curation?: string }>;
    expect(curated.filter((c) => c.curation).length).toBeGreaterThan(100);
  });

  it('the curated files, maintainers\' notes included, name no path outside the project, no tool and no helper', () => {
    const dir = resolve(repo, 'geodata/claims');
    const files = [...readdirSync(dir).filter((f) => f.endsWith('.json')), ...readdirSync(resolve(dir, 'claims')).map((f) => `claims/${f}`)];
    const OUTSIDE = /\.\.\/shared|\/work\/|facts-[a-z]+\.json|\bhelpers?\b|search tool|\bcorpus\b|\bissue \d+|\bby us\b|research record|stored cop(?:y|ies)/i;
    const hits: string[] = [];
    const walk = (v: unknown, where: string, key = ''): void => {
      if (typeof v === 'string') {
        if (key !== 'quote' && key !== 'url' && OUTSIDE.test(v)) hits.push(`${where} ${key}: ${OUTSIDE.exec(v)?.[0]}`);
      } else if (Array.isArray(v)) v.forEach((x) => walk(x, where, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, (v as { id?: string }).id ? `${where} ${(v as { id?: string }).id}` : where, k);
    };
    for (const f of files) walk(JSON.parse(readFileSync(resolve(dir, f), 'utf8')), f);
    expect(files.length).toBeGreaterThan(12);
    expect(hits).toEqual([]);
  });

  it('the interface strings name no repository path or workshop word', () => {
    expect(i18nTexts.flatMap(([where, t]) => (workshopWordIn(t) ? [`${where}: ${t}`] : []))).toEqual([]);
  });
});
