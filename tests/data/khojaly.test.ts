import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForQuoteMatch, quoteOccursIn } from '../../src/lib/quote-text.ts';
import { ClaimRecord as Claim, EVENT_PLACE_IDS, EventsFile, SourceRecord as Source } from '../../src/schema/index.ts';
import type { Metric } from '../../src/schema/index.ts';

/**
 * The Khojaly event layer (issue 4) against its own sources: places and their coordinates, the
 * counts and their bibliography, and the seed article's figures read again from the article text.
 */
const root = resolve(import.meta.dirname, '../../geodata');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
const article = read('sources/seed-article.txt');
const placesText = read('sources/places.geojson');
const events = EventsFile.parse(JSON.parse(read('claims/events.json')));
const claims = Claim.array().parse(JSON.parse(read('claims/claims/khojaly.json')));
const sources = Source.array().parse(JSON.parse(read('claims/sources.json')));
const byId = new Map(claims.map((c) => [c.id, c]));

const EVENT = 'khojaly-1992';
const GEONAMES = 'geonames-cities1000';
const COUNT_METRICS: readonly Metric[] = [
  'killed', 'killed_civilians', 'killed_women', 'killed_children', 'killed_elderly',
  'bodies_counted', 'bodies_brought', 'bodies_examined',
  'hostages', 'missing', 'disabled', 'injured',
  'orphaned_both_parents', 'orphaned_one_parent', 'families_wiped_out',
  'defenders', 'attackers',
];
const DEATH_TOLL: readonly Metric[] = ['killed', 'killed_civilians', 'bodies_brought'];

// ---------------------------------------------------------------- helpers (each has a failing case below)

type GeoFeature = { properties: { name: string }; geometry: { coordinates: [number, number] } };
const places = (JSON.parse(placesText) as { features: GeoFeature[] }).features;

/** Problems with a GeoNames location claim: its quote must be a feature of the vendored file, with the claim's point. */
export function geonamesProblems(c: Claim, fileText: string, features: GeoFeature[]): string[] {
  const out: string[] = [];
  if (!fileText.includes(c.quote)) out.push(`${c.id}: the quote is not verbatim in places.geojson`);
  let quoted: GeoFeature | undefined;
  try {
    quoted = JSON.parse(c.quote) as GeoFeature;
  } catch {
    return [...out, `${c.id}: the quote is not a GeoJSON feature`];
  }
  const named = features.filter((f) => f.properties.name === quoted.properties?.name);
  if (named.length !== 1) return [...out, `${c.id}: ${named.length} features named "${quoted.properties?.name}"`];
  const [lon, lat] = named[0]!.geometry.coordinates;
  if (c.value.kind !== 'point' || c.value.lon !== lon || c.value.lat !== lat) {
    out.push(`${c.id}: point ${JSON.stringify(c.value)} is not [${lon}, ${lat}] of "${named[0]!.properties.name}"`);
  }
  return out;
}

const WORDS: Record<string, number> = {
  a: 1, and: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000,
};
const WORD_RE = new RegExp(`(${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})`, 'g');

/**
 * A number as the article prints it: "1275", "2,000", "Twenty-five", "Four hundred and
 * seventy-six", "a hundred". Hyphens may already be dropped by the quote normaliser ("Twentyfive").
 */
export function parseNumber(s: string): number {
  const t = s.trim().toLowerCase();
  if (/^[\d,]+$/.test(t)) return Number(t.replace(/,/g, ''));
  const flat = t.replace(/[-\s]+/g, '');
  const words = flat.match(WORD_RE) ?? [];
  if (words.length === 0 || words.join('') !== flat) return Number.NaN;
  let total = 0;
  let current = 0;
  for (const w of words) {
    const n = WORDS[w]!;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += n;
  }
  return total + current;
}

const NUM = '((?:[\\d,]+)|(?:[A-Za-z]+(?:[- ](?:and )?[A-Za-z]+)*?))';

/**
 * The number printed in the article where the claim's quote stands: the article text is found
 * through the quote, and `pattern` (with NUM for the number) is matched in that stretch of the
 * article, not in the quote. Returns NaN when the pattern is not there.
 */
export function numberInArticle(quote: string, pattern: string, text: string): number {
  const hay = normaliseForQuoteMatch(text);
  const first = normaliseForQuoteMatch(quote).split(/\s*(?:…|\.\.\.)\s*/)[0]!;
  const at = hay.indexOf(first);
  if (at < 0) return Number.NaN;
  const window = hay.slice(Math.max(0, at - 40), at + normaliseForQuoteMatch(quote).length + 40);
  const m = new RegExp(pattern.replace('NUM', NUM)).exec(window);
  return m ? parseNumber(m[1]!) : Number.NaN;
}

/** "genocide" outside double quotation marks (straight or curly): our own wording must not use it. */
export function genocideOutsideQuotes(text: string): boolean {
  const unquoted = text.replace(/“[^”]*”/g, '').replace(/"[^"]*"/g, '');
  return /genocid/i.test(unquoted);
}

const numberOf = (c: Claim): number =>
  c.value.kind === 'exact' || c.value.kind === 'about' || c.value.kind === 'more_than' || c.value.kind === 'less_than'
    ? c.value.n
    : Number.NaN;

// ---------------------------------------------------------------- the data

describe('Khojaly event layer: places', () => {
  it('has a record for every place id, each with a precision', () => {
    expect(events.places.map((p) => p.id).sort()).toEqual([...EVENT_PLACE_IDS].sort());
    for (const p of events.places) expect(['exact', 'approximate', 'described'], p.id).toContain(p.location.precision);
  });

  it('draws an exact or approximate place only at a location claim about that place, with a point', () => {
    for (const p of events.places) {
      if (p.location.precision === 'described') continue;
      const c = byId.get(p.location.claim);
      expect(c, `${p.id}: claim ${p.location.claim}`).toBeDefined();
      expect(c!.subject, p.id).toBe(p.id);
      expect(c!.metric, p.id).toBe('location');
      expect(c!.value.kind, p.id).toBe('point');
    }
  });

  it('prefers the GeoNames point where the gazetteer has the place', () => {
    for (const p of events.places) {
      if (p.location.precision === 'described') continue;
      const gazetteer = claims.find((c) => c.subject === p.id && c.metric === 'location' && c.source === GEONAMES);
      if (gazetteer) expect(p.location.claim, p.id).toBe(gazetteer.id);
    }
  });

  it('gives every GeoNames location claim the point of its feature in geodata/sources/places.geojson', () => {
    const gn = claims.filter((c) => c.source === GEONAMES);
    expect(gn.map((c) => c.subject).sort()).toEqual(['aghdam-city', 'askeran', 'khojaly-town']);
    expect(gn.flatMap((c) => geonamesProblems(c, placesText, places))).toEqual([]);
  });

  it('never gives Nakhchivanik a point: no location claim, precision "described"', () => {
    const n = events.places.find((p) => p.id === 'nakhchivanik');
    expect(n?.location.precision).toBe('described');
    expect(claims.filter((c) => c.subject === 'nakhchivanik' && (c.metric === 'location' || c.value.kind === 'point'))).toEqual([]);
    expect(claims.filter((c) => c.subject === 'nakhchivanik' && c.metric === 'place_description').length).toBeGreaterThanOrEqual(3);
  });

  it('routes only through places that have sourced coordinates', () => {
    for (const r of events.routes) {
      for (const id of r.through) {
        expect(events.places.find((p) => p.id === id)?.location.precision, `${r.id} → ${id}`).not.toBe('described');
      }
    }
  });
});

describe('Khojaly event layer: counts and their sources', () => {
  const sourceIds = new Set(sources.map((s) => s.id));

  it('gives every count a source that is in the bibliography', () => {
    const counts = claims.filter((c) => COUNT_METRICS.includes(c.metric));
    expect(counts.length).toBeGreaterThan(25);
    expect(counts.filter((c) => !sourceIds.has(c.source)).map((c) => `${c.id} → ${c.source}`)).toEqual([]);
    expect(claims.filter((c) => !sourceIds.has(c.source)).map((c) => c.id)).toEqual([]);
  });

  it('has the death toll from at least two distinct sources', () => {
    const toll = claims.filter((c) => c.subject === EVENT && DEATH_TOLL.includes(c.metric));
    expect(new Set(toll.map((c) => c.source)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(toll.map((c) => c.claimed_by)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps breakdowns with a total of the same source', () => {
    for (const c of claims.filter((x) => x.part_of)) {
      const total = byId.get(c.part_of!);
      expect(total?.source, c.id).toBe(c.source);
    }
  });

  it('marks the "less than a hundred" as given with no source, and never enters 70 bodies for the Reuters trucks', () => {
    const armenia = claims.find((c) => c.id === 'seed-khojaly-civilians-killed-armenia-under-100');
    expect(armenia?.unsourced).toBe(true);
    expect(armenia?.value).toEqual({ kind: 'less_than', n: 100 });
    expect(claims.filter((c) => c.metric === 'bodies_counted' && numberOf(c) === 70)).toEqual([]);
  });

  it('quotes every claim it takes from the article as the article has it, read in full', () => {
    const seed = claims.filter((c) => c.source === 'seed-article');
    expect(seed.length).toBeGreaterThan(25);
    expect(seed.filter((c) => c.read.grade !== 'original' || !quoteOccursIn(c.quote, article)).map((c) => c.id)).toEqual([]);
  });

  // [claim id, value kind, where the number stands in the article (NUM marks it)]
  const ARTICLE_FIGURES: [string, string, string][] = [
    ['seed-khojaly-killed-613', 'exact', 'following the occupation NUM innocent Azerbaijanis'],
    ['seed-khojaly-killed-women-106', 'exact', 'including NUM women'],
    ['seed-khojaly-killed-children-83', 'exact', 'women and NUM children'],
    ['seed-khojaly-hostages-1275', 'exact', 'A total of NUM people were taken hostage'],
    ['seed-khojaly-missing-150', 'exact', 'the fates of NUM of them'],
    ['seed-khojaly-disabled-476', 'exact', 'NUM people were permanently disabled'],
    ['seed-khojaly-orphaned-both-25', 'exact', 'NUM children were orphaned'],
    ['seed-khojaly-orphaned-one-130', 'exact', 'orphaned and NUM lost one parent'],
    ['seed-khojaly-families-8', 'exact', 'NUM families were'],
    ['seed-khojaly-defenders-160', 'about', 'defended by about NUM lightly armed men'],
    ['seed-khojaly-attackers-2000', 'about', 'some NUM Armenian fighters'],
    ['seed-khojaly-civilians-killed-hrw-200', 'more_than', 'More than NUM civilians were killed'],
    ['seed-khojaly-bodies-counted-reuters-35', 'exact', 'I counted NUM,'],
    ['seed-khojaly-civilians-killed-armenia-under-100', 'less_than', 'deceased less than NUM;'],
  ];

  it.each(ARTICLE_FIGURES)("%s matches the number printed in the article", (id, kind, pattern) => {
    const c = byId.get(id);
    expect(c, id).toBeDefined();
    expect(c!.source).toBe('seed-article');
    expect(c!.value.kind).toBe(kind);
    const printed = numberInArticle(c!.quote, pattern, article);
    expect(printed, `the article's number for ${id}`).not.toBeNaN();
    expect(numberOf(c!)).toBe(printed);
  });

  it('compares the article with the later official texts: 83 against 63 children, 476 against 487', () => {
    const pair = (id: string) => {
      const k = events.comparisons.find((x) => x.id === id);
      expect(k, id).toBeDefined();
      return [numberOf(byId.get(k!.claim)!), numberOf(byId.get(k!.against)!)];
    };
    expect(pair('khojaly-children-killed')).toEqual([83, 63]);
    expect(pair('khojaly-disabled-injured')).toEqual([476, 487]);
    const unit = events.comparisons.find((x) => x.id === 'khojaly-366th-unit')!;
    expect(byId.get(unit.claim)?.quote).toMatch(/motorized infantry brigade of the Russian Interior Ministry/);
    expect(byId.get(unit.against)?.quote).toMatch(/366th Motor Rifle Regiment/);
  });

  it('sets both stated distances beside the computed one', () => {
    const m = events.measures.find((x) => x.id === 'khojaly-aghdam-straight-line')!;
    expect(m.compare_with.map((id) => byId.get(id)?.value)).toEqual([
      { kind: 'about', n: 6 },
      { kind: 'about', n: 9 },
    ]);
  });
});

describe('Khojaly event layer: wording', () => {
  it('uses "genocide" only inside a quotation, in events.json and in claim notes', () => {
    const texts: [string, string][] = [
      ...events.events.flatMap((e): [string, string][] => [[`${e.id}.summary`, e.summary], [`${e.id}.name_en`, e.name_en]]),
      ...events.places.flatMap((p): [string, string][] => [[`${p.id}.role`, p.role], [`${p.id}.note`, p.note ?? '']]),
      ...events.routes.map((r): [string, string] => [`${r.id}.basis`, r.basis]),
      ...events.measures.map((m): [string, string] => [`${m.id}.note`, m.note]),
      ...events.comparisons.flatMap((k): [string, string][] => [[`${k.id}.title`, k.title], [`${k.id}.explanation`, k.explanation]]),
      ...claims.map((c): [string, string] => [`${c.id}.note`, c.note ?? '']),
    ];
    expect(texts.filter(([, t]) => genocideOutsideQuotes(t)).map(([where]) => where)).toEqual([]);
  });
});

describe('Khojaly test helpers fail when they should', () => {
  it('parseNumber reads digits and words, and refuses anything else', () => {
    expect(parseNumber('1,275')).toBe(1275);
    expect(parseNumber('Four hundred and seventy-six')).toBe(476);
    expect(parseNumber('Fourhundredandseventysix')).toBe(476);
    expect(parseNumber('Twentyfive')).toBe(25);
    expect(parseNumber('a hundred')).toBe(100);
    expect(parseNumber('many')).toBeNaN();
  });

  it('numberInArticle finds a different number when the claim is wrong', () => {
    const c = byId.get('seed-khojaly-killed-613')!;
    expect(numberInArticle(c.quote, 'following the occupation NUM innocent', article)).toBe(613);
    expect(numberInArticle('a sentence that is not in the article', 'NUM', article)).toBeNaN();
    expect(numberOf({ ...c, value: { kind: 'exact', n: 612 } })).not.toBe(613);
  });

  it('geonamesProblems reports a moved point and a quote that is not in the file', () => {
    const c = claims.find((x) => x.source === GEONAMES)!;
    expect(geonamesProblems(c, placesText, places)).toEqual([]);
    const moved: Claim = { ...c, value: { kind: 'point', lon: 46.8, lat: 39.9 } };
    expect(geonamesProblems(moved, placesText, places)).toHaveLength(1);
    expect(geonamesProblems({ ...c, quote: c.quote.replace('Feature', 'Featur') }, placesText, places).length).toBeGreaterThan(0);
  });

  it('genocideOutsideQuotes allows a quotation and catches our own use', () => {
    expect(genocideOutsideQuotes('the Ministry titles its report “Khojaly Genocide”')).toBe(false);
    expect(genocideOutsideQuotes('the Khojaly genocide of 1992')).toBe(true);
  });
});
