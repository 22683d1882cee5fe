/**
 * The themes the districts can be shaded by, computed at build from the claims alone: which
 * metrics have a number for at least two places, the classes of each (from every value of that
 * metric, all districts, all sources) and, per place, what to draw. The page paints from the
 * result (src/schema/theme.ts) and never classes a figure itself.
 *
 * The map attributes, it never adjudicates: a district's figures are never summed, averaged or
 * picked between. Each number a claim states is classed on its own ("more than N" at N, a range at
 * both ends); a district whose numbers all fall in one class is drawn in that class, one whose
 * numbers fall in different classes is drawn "sources differ", one with none "no figure in sources".
 */
import { IDP_CLASSES } from '../../src/config/classes.ts';
import { MAX_THEME_CLASSES, NICE_MANTISSAS, THEME_NUMERIC_KINDS } from '../../src/config/themes.ts';
import { AREA_IDS, COUNTRY_ID, DAMAGE_SET, DISTRICT_IDS, METRIC_ROWS, NKAO_ID, type Claim, type ClaimValue, type DistrictId, type DistrictProps, type Metric, type Party, type Population, type ThemeModel } from '../../src/schema/index.ts';

/** A subject a theme can shade: a district or the former NKAO outline. */
export type ThemePlace = DistrictId | typeof NKAO_ID;

const PLACES: ReadonlySet<string> = new Set<string>([...DISTRICT_IDS, NKAO_ID]);
export const isThemePlace = (subject: string): subject is ThemePlace => PLACES.has(subject);

/**
 * One class: numbers from `min` (inclusive) to `below` (exclusive; Infinity for the top class).
 * `max` is the largest whole number in it when every value of the metric is whole (as the
 * displaced-people legend writes "10,000–49,999"), else `below` itself.
 */
export interface ThemeClass {
  min: number;
  below: number;
  max: number;
}

/** What a district with figures is drawn as. */
export type PlaceShade =
  | { kind: 'class'; cls: number; claims: readonly Claim[] }
  /** its numbers fall in more than one class: `classes` ascending */
  | { kind: 'differ'; classes: readonly number[]; claims: readonly Claim[] };

export interface DamageTheme {
  metric: Metric;
  classes: readonly ThemeClass[];
  /** every value is a whole number: classes read "100–499" */
  integer: boolean;
  /** the districts with a figure; a place not in the map has "no figure in sources" */
  shades: ReadonlyMap<ThemePlace, PlaceShade>;
  /** places drawn "sources differ", in DISTRICT_IDS order (the NKAO last) */
  differ: readonly ThemePlace[];
  /** smallest and largest number drawn (a one-class theme is labelled with them) */
  extent: readonly [number, number];
  /** units as the claims state them, in first use over the places in the map's order */
  units: readonly string[];
  /** years of the figures drawn (as_of, else the year the party stated it), ascending */
  years: readonly number[];
  /** some value is hedged ("more than", "at least", "less than"): classed at its number */
  hedged: boolean;
  /** some value is a range: both ends are classed */
  ranges: boolean;
  /** the claims drawn, in the data's order */
  claims: readonly Claim[];
}

const NUMERIC: ReadonlySet<string> = new Set(THEME_NUMERIC_KINDS);

/** The numbers a value states, as the theme classes them; null for a value that is not a number. */
export function numbersOf(v: ClaimValue): number[] | null {
  if (!NUMERIC.has(v.kind)) return null;
  if (v.kind === 'range') return [v.min, v.max];
  return 'n' in v ? [v.n] : null;
}

/** m × 10^e without binary drift (0.2, not 0.20000000000000001). */
const nice = (m: number, e: number): number => Number(`${m}e${e}`);

/**
 * The nice numbers (1, 2, 5 × 10^k) in (lo, hi], ascending, none below 10^minExp (whole-number
 * data gets whole-number breaks: minExp 0).
 */
export function niceNumbers(lo: number, hi: number, minExp = 0): number[] {
  if (!(hi > lo)) return [];
  const out: number[] = [];
  const top = Math.ceil(Math.log10(Math.max(Math.abs(hi), 1))) + 1;
  for (let e = minExp; e <= top; e++) {
    for (const m of NICE_MANTISSAS) {
      const n = nice(m, e);
      if (n > lo && n <= hi) out.push(n);
    }
  }
  return out;
}

/** Smallest power of ten a break may be: 1 for whole numbers, else that of the smallest positive value. */
function minExponent(values: readonly number[]): number {
  if (values.every((v) => Number.isInteger(v))) return 0;
  const positive = values.filter((v) => v > 0);
  return positive.length === 0 ? 0 : Math.min(0, Math.floor(Math.log10(Math.min(...positive))));
}

/** k-element subsets of `items`, in lexicographic order of positions. */
function* combinations<T>(items: readonly T[], k: number, start = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - k; i++) {
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i]!, ...rest];
  }
}

/**
 * Class breaks for some values: at most `maxClasses - 1` nice numbers such that every class holds
 * at least one distinct value, as many classes as possible, the distinct values spread as evenly
 * as possible over them (ties: the smaller breaks). Few distinct values give fewer classes; one
 * distinct value gives none (one class).
 */
export function niceBreaks(values: readonly number[], maxClasses = MAX_THEME_CLASSES): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const lo = distinct[0];
  const hi = distinct.at(-1);
  if (lo === undefined || hi === undefined) return [];
  const candidates = niceNumbers(lo, hi, minExponent(distinct));
  for (let k = Math.min(maxClasses, distinct.length); k >= 2; k--) {
    let best: number[] | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const breaks of combinations(candidates, k - 1)) {
      const counts = new Array<number>(k).fill(0);
      for (const v of distinct) counts[classOf(breaks, v)]! += 1;
      if (counts.some((c) => c === 0)) continue;
      const even = distinct.length / k;
      const score = counts.reduce((s, c) => s + (c - even) ** 2, 0);
      if (score < bestScore) {
        bestScore = score;
        best = breaks;
      }
    }
    if (best) return best;
  }
  return [];
}

/** Index of the class of `n` given ascending breaks (the class minima after the first). */
function classOf(breaks: readonly number[], n: number): number {
  let i = 0;
  while (i < breaks.length && n >= breaks[i]!) i++;
  return i;
}

/**
 * The classes of a metric from all its values: the first from 0 ("fewer than …"), the last open
 * ("… or more"), colours from the damage ramp. One distinct value (or none that nice breaks can
 * split) gives one class spanning the data.
 */
export function themeClasses(values: readonly number[], maxClasses = MAX_THEME_CLASSES): { classes: ThemeClass[]; integer: boolean } {
  const integer = values.every((v) => Number.isInteger(v));
  const breaks = niceBreaks(values, maxClasses);
  const mins = [Math.min(0, ...values), ...breaks];
  const classes = mins.map((min, i): ThemeClass => {
    const below = breaks[i] ?? Number.POSITIVE_INFINITY;
    const max = Number.isFinite(below) && integer && Number.isInteger(below) ? below - 1 : below;
    return { min, below, max };
  });
  return { classes, integer };
}

/** Index of the class a number falls in (the last class whose minimum it reaches). */
export function classIndex(classes: readonly { min: number }[], n: number): number {
  let i = 0;
  while (i + 1 < classes.length && n >= classes[i + 1]!.min) i++;
  return i;
}

const yearOf = (c: Claim): number | null => (c.as_of ? Number(c.as_of.slice(0, 4)) : c.claimed_year);

/**
 * The claims a theme draws for a metric: about a district or the NKAO, with a number. A breakdown
 * (`part_of`) is not the district's figure when its total is about the same place and metric (a
 * share of it) or about another place (one town of a wider count): left out. A breakdown of a
 * total of another metric about the same place (480 civilians of 500 killed) is kept.
 */
export function themeClaims(claims: readonly Claim[], metric: Metric): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return claims.filter((c) => {
    if (c.metric !== metric || !isThemePlace(c.subject) || numbersOf(c.value) === null) return false;
    const total = c.part_of ? byId.get(c.part_of) : undefined;
    if (!total) return true;
    return total.subject === c.subject && total.metric !== c.metric;
  });
}

/**
 * What a legend says of the claims a theme draws, given in the map's order of places: their units
 * (first use), years (ascending), whether a value is hedged ("more than N") and whether one is a range.
 */
function claimFacts(drawn: readonly Claim[]): Pick<ThemeModel, 'units' | 'years' | 'hedged' | 'ranges'> {
  return {
    units: [...new Set(drawn.map((c) => c.unit))],
    years: [...new Set(drawn.map(yearOf).filter((y): y is number => y !== null))].sort((a, b) => a - b),
    hedged: drawn.some((c) => c.value.kind === 'more_than' || c.value.kind === 'at_least' || c.value.kind === 'less_than'),
    ranges: drawn.some((c) => c.value.kind === 'range'),
  };
}

/** Each place's shade from its drawn claims: one class, or "sources differ" across classes. */
function placeShades(drawn: readonly Claim[], classes: readonly { min: number }[]): Pick<DamageTheme, 'shades' | 'differ'> & { byPlace: Map<ThemePlace, Claim[]> } {
  const byPlace = new Map<ThemePlace, Claim[]>();
  for (const c of drawn) {
    const place = c.subject as ThemePlace;
    byPlace.set(place, [...(byPlace.get(place) ?? []), c]);
  }
  const shades = new Map<ThemePlace, PlaceShade>();
  const differ: ThemePlace[] = [];
  for (const place of [...DISTRICT_IDS, NKAO_ID] as const) {
    const own = byPlace.get(place);
    if (!own) continue;
    const hit = new Set(own.flatMap((c) => (numbersOf(c.value) ?? []).map((n) => classIndex(classes, n))));
    const sorted = [...hit].sort((a, b) => a - b);
    if (sorted.length === 1) shades.set(place, { kind: 'class', cls: sorted[0]!, claims: own });
    else {
      shades.set(place, { kind: 'differ', classes: sorted, claims: own });
      differ.push(place);
    }
  }
  return { shades, differ, byPlace };
}

/** The theme of one metric, classed with `fixed` or with classes computed from its values; null when no district has a number for it. */
export function damageTheme(claims: readonly Claim[], metric: Metric, fixed?: readonly ThemeClass[]): DamageTheme | null {
  const drawn = themeClaims(claims, metric);
  if (drawn.length === 0) return null;
  const values = drawn.flatMap((c) => numbersOf(c.value) ?? []);
  const { classes, integer } = fixed ? { classes: [...fixed], integer: values.every((v) => Number.isInteger(v)) } : themeClasses(values);
  const { shades, differ, byPlace } = placeShades(drawn, classes);
  return {
    metric,
    classes,
    integer,
    shades,
    differ,
    extent: [Math.min(...values), Math.max(...values)],
    // in the map's order of places, so that the same claims give the same legend however the files list them
    ...claimFacts([...DISTRICT_IDS, NKAO_ID].flatMap((p) => byPlace.get(p) ?? [])),
    claims: drawn,
  };
}

/** The damage themes to offer, in the order of `metrics`: those with at least one district figure. */
export function damageThemes(claims: readonly Claim[], metrics: readonly Metric[] = DAMAGE_SET): DamageTheme[] {
  return metrics.flatMap((m) => damageTheme(claims, m) ?? []);
}

/** A metric is offered as a theme when at least this many places have a figure for it. */
export const MIN_THEME_PLACES = 2;

/** The damage themes offered: a shading of one district compares nothing (its figures are in its popup). */
export function offeredDamageThemes(claims: readonly Claim[]): DamageTheme[] {
  return damageThemes(claims).filter((t) => t.shades.size >= MIN_THEME_PLACES);
}

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);
const rangeOf = (c: ThemeClass) => ({ min: c.min, below: finite(c.below), max: finite(c.max) });

/** What a theme lists besides its shading: nothing until `listed` adds it. */
const UNLISTED = { population: null, elsewhere: [], parties: [] } as const satisfies Pick<ThemeModel, 'population' | 'elsewhere' | 'parties'>;

/** A damage theme as the page gets it (its listing added by `listed`). */
export function damageThemeModel(t: DamageTheme, ramp: ThemeModel['ramp'] = 'damage'): ThemeModel {
  return {
    ...UNLISTED,
    id: t.metric,
    ramp,
    classes: t.classes.map(rangeOf),
    integer: t.integer,
    shades: [...t.shades].map(([place, shade]) => ({
      place,
      classes: shade.kind === 'class' ? [shade.cls] : [...shade.classes],
      claims: shade.claims.map((c) => c.id),
    })),
    extent: [t.extent[0], t.extent[1]],
    units: [...t.units],
    years: [...t.years],
    hedged: t.hedged,
    ranges: t.ranges,
  };
}

/**
 * Displaced people by district, one theme among the others: the fixed classes of the legend
 * (src/config/classes.ts) and, per district, the one list's figure the feature carries (the
 * district sum check and the other sources' figures are in the popup).
 */
export function idpThemeModel(districts: readonly DistrictProps[], claims: readonly Claim[]): ThemeModel {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const drawn = districts.flatMap((p) => (p.idp !== null && p.idp_claim !== null ? [{ place: p.id, n: p.idp, claim: p.idp_claim }] : []));
  const values = drawn.map((d) => d.n);
  const classes = IDP_CLASSES.map((c, i) => ({ min: c.min, below: finite(IDP_CLASSES[i + 1]?.min ?? Number.POSITIVE_INFINITY), max: finite(c.max) }));
  const claimOf = drawn.map((d) => byId.get(d.claim)).filter((c): c is Claim => c !== undefined);
  return {
    ...UNLISTED,
    id: 'idp',
    ramp: 'idp',
    classes,
    integer: true,
    shades: drawn.map((d) => ({ place: d.place, classes: [classIndex(classes, d.n)], claims: [d.claim] })),
    extent: values.length ? [Math.min(...values), Math.max(...values)] : [0, 0],
    ...claimFacts(claimOf),
  };
}

/** The fixed classes of displaced people (src/config/classes.ts), shared by every displacement theme. */
const IDP_THEME_CLASSES: readonly ThemeClass[] = IDP_CLASSES.map((c, i) => ({ min: c.min, below: IDP_CLASSES[i + 1]?.min ?? Number.POSITIVE_INFINITY, max: c.max }));

/** The population a metric counts, for the displacement themes. */
const populationOf = (metric: Metric): Population | null => METRIC_ROWS.find((r) => r.id === metric)?.population ?? null;

/** The displacement metrics after `idp`, each its own theme: offered even when no district has a figure. */
export const DISPLACEMENT_THEME_METRICS: readonly Metric[] = METRIC_ROWS.filter((r) => r.population !== undefined && r.id !== 'idp').map((r) => r.id);

/**
 * One displacement theme: every figure of its metric about a district or the NKAO, classed with the
 * displaced-people classes (never added or netted: each number is classed on its own).
 */
export function displacementThemeModel(claims: readonly Claim[], metric: Metric): ThemeModel {
  const theme = damageTheme(claims, metric, IDP_THEME_CLASSES);
  if (theme) return damageThemeModel(theme, 'idp');
  return {
    ...UNLISTED,
    id: metric,
    ramp: 'idp',
    classes: IDP_THEME_CLASSES.map(rangeOf),
    integer: true,
    shades: [],
    extent: [0, 0],
    units: [],
    years: [],
    hedged: false,
    ranges: false,
  };
}

/** Where a legend lists a subject it cannot shade: the country first, then the areas in their table order; null for the rest (events have their own layer). */
function listRank(subject: string): number | null {
  if (subject === COUNTRY_ID) return 0;
  const i = (AREA_IDS as readonly string[]).indexOf(subject);
  return i < 0 ? null : i + 1;
}

/**
 * A theme's listing: its population, the figures of its metric about places it does not shade
 * (the country, areas without an outline) and who states what it draws and lists.
 */
export function listed(model: ThemeModel, claims: readonly Claim[], parties: readonly Party[]): ThemeModel {
  const bySubject = new Map<string, string[]>();
  for (const c of claims) {
    if (c.metric !== model.id || listRank(c.subject) === null || numbersOf(c.value) === null) continue;
    bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c.id]);
  }
  const elsewhere = [...bySubject]
    .sort(([a], [b]) => (listRank(a) ?? 0) - (listRank(b) ?? 0))
    .map(([subject, ids]) => ({ subject: subject as Claim['subject'], claims: ids }));
  const population = populationOf(model.id);
  // the displacement legends name who speaks; the damage legends leave that to the popups
  if (population === null) return { ...model, population, elsewhere, parties: [] };
  const byId = new Map(claims.map((c) => [c.id, c]));
  const partyOf = new Map(parties.map((p) => [p.id, p]));
  const ordered = [...model.shades.flatMap((s) => s.claims), ...elsewhere.flatMap((e) => e.claims)];
  const seen = new Set<string>();
  const who: ThemeModel['parties'] = [];
  for (const id of ordered) {
    const party = partyOf.get(byId.get(id)?.claimed_by ?? '');
    if (!party || seen.has(party.id)) continue;
    seen.add(party.id);
    who.push({ id: party.id, name: party.name, side: party.side });
  }
  return { ...model, population, elsewhere, parties: who };
}

/**
 * Every theme the page offers: displaced people first (the article's list), then the other
 * populations and periods of displacement, then the damage themes in the layer control's order.
 */
export function themeModels(districts: readonly DistrictProps[], claims: readonly Claim[], parties: readonly Party[]): ThemeModel[] {
  return [
    idpThemeModel(districts, claims),
    ...DISPLACEMENT_THEME_METRICS.map((m) => displacementThemeModel(claims, m)),
    ...offeredDamageThemes(claims).map((t) => damageThemeModel(t)),
  ].map((m) => listed(m, claims, parties));
}
