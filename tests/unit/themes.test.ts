import { describe, expect, it } from 'vitest';
import { RAMP_DAMAGE, RAMP_IDP, SOURCES_DIFFER } from '../../src/config/palette.ts';
import {
  classIndex,
  damageTheme as buildTheme,
  damageThemeModel,
  damageThemes,
  niceBreaks,
  niceNumbers,
  numbersOf,
  themeClaims,
  themeClasses,
  type DamageTheme,
} from '../../geodata/build/compute-themes.ts';
import { themeOf, type Theme } from '../../src/data/themes.ts';
import { THEME_UI } from '../../src/i18n/en-theme.ts';
import { METRIC_LABEL } from '../../src/i18n/en.ts';
import { Claim, type ClaimValue, type Metric } from '../../src/schema/index.ts';
import { DAMAGE_METRICS } from '../../src/schema/metric-damage.ts';
import { damageLegendModel, idpLegendModel } from '../../src/legend/theme.ts';
import { legendClassItems } from '../../src/legend/items.ts';
import { themeLegendSection } from '../../src/export/evidence.ts';
import { DAMAGE_SET, DEFAULT_THEME_ID } from '../../src/schema/index.ts';

const DAMAGE_THEME_METRICS = DAMAGE_SET;
const IDP_THEME = DEFAULT_THEME_ID;

/** A theme as the build computes it, and as the page gets it (with colours): both views of one model. */
function damageTheme(claims: readonly Claim[], metric: Metric): (DamageTheme & { page: Theme }) | null {
  const t = buildTheme(claims, metric);
  return t ? { ...t, page: themeOf(damageThemeModel(t)) } : null;
}

let seq = 0;
/** A valid claim (parsed with the schema), with only what a theme reads varying. */
function claim(subject: string, metric: Metric, value: ClaimValue, over: Partial<Claim> = {}): Claim {
  seq += 1;
  return Claim.parse({
    id: `test-claim-${seq}`,
    subject,
    metric,
    value,
    unit: 'persons',
    as_of: '1993',
    claimed_by: 'party-a',
    claimed_year: 1994,
    source: 'seed-article',
    locator: 'p. 1',
    quote: 'a quote',
    read: { grade: 'not-read', date: null, note: 'synthetic test claim' },
    ...over,
  });
}
const exact = (n: number): ClaimValue => ({ kind: 'exact', n });

describe('damage themes: which metrics are offered', () => {
  it('lists the damage metrics of the schema and the reused ones, in a fixed order', () => {
    expect(DAMAGE_THEME_METRICS.slice(0, DAMAGE_METRICS.length)).toEqual([...DAMAGE_METRICS]);
    expect(DAMAGE_THEME_METRICS).toEqual(expect.arrayContaining(['houses_destroyed', 'killed_civilians', 'economic_damage_usd', 'villages_destroyed']));
    expect(DAMAGE_THEME_METRICS).not.toContain('idp');
  });

  it('offers a metric only when some district (or the NKAO) has a number for it, in the list order', () => {
    const claims = [
      claim('AZE', 'schools_destroyed', exact(900)), // the country: not a district
      claim('lachin', 'killed_civilians', exact(30)),
      claim('nkao', 'houses_burned', exact(12)),
      claim('aghdam', 'settlements_under_armenian_control', { kind: 'text', text: 'most of them' }), // not a number
      claim('khojaly-town', 'killed', exact(613)), // an event place
      claim('fuzuli', 'settlements_under_armenian_control', { kind: 'range', min: 50, max: 60 }),
    ];
    const offered = damageThemes(claims).map((t) => t.metric);
    expect(offered).toEqual(['settlements_under_armenian_control', 'houses_burned', 'killed_civilians']);
    expect(damageTheme(claims, 'schools_destroyed')).toBeNull();
  });

  it('leaves out a breakdown of a total about the same place and metric, keeps one of another metric', () => {
    const total = claim('shusha', 'killed', exact(500));
    const part = claim('shusha', 'killed', exact(100), { part_of: total.id });
    const civilians = claim('shusha', 'killed_civilians', exact(480), { part_of: total.id });
    expect(themeClaims([total, part, civilians], 'killed').map((c) => c.id)).toEqual([total.id]);
    expect(themeClaims([total, part, civilians], 'killed_civilians').map((c) => c.id)).toEqual([civilians.id]);
  });
});

describe('damage themes: classes computed from the data', () => {
  it('reads the numbers a value states: a hedge at its number, a range at both ends, nothing else', () => {
    expect(numbersOf({ kind: 'more_than', n: 200 })).toEqual([200]);
    expect(numbersOf({ kind: 'at_least', n: 161 })).toEqual([161]);
    expect(numbersOf({ kind: 'less_than', n: 100 })).toEqual([100]);
    expect(numbersOf({ kind: 'about', n: 5 })).toEqual([5]);
    expect(numbersOf({ kind: 'range', min: 10, max: 300 })).toEqual([10, 300]);
    expect(numbersOf({ kind: 'date', date: '1993' })).toBeNull();
    expect(numbersOf({ kind: 'category', text: 'hundreds' })).toBeNull();
  });

  it('nice numbers are 1, 2 and 5 × a power of ten, exactly', () => {
    expect(niceNumbers(195, 480)).toEqual([200]);
    expect(niceNumbers(3, 60)).toEqual([5, 10, 20, 50]);
    expect(niceNumbers(0.05, 0.3, -2)).toEqual([0.1, 0.2]);
    expect(niceNumbers(101, 105)).toEqual([]);
    // whole-number data never gets a fractional break
    expect(niceNumbers(0, 3)).toEqual([1, 2]);
  });

  it('at most 4 classes, each holding a value, breaks nice and increasing', () => {
    const values = [3, 8, 14, 40, 75, 160, 420, 900, 2600, 7000];
    const breaks = niceBreaks(values);
    expect(breaks).toHaveLength(3);
    for (const b of breaks) expect(b / 10 ** Math.floor(Math.log10(b))).toSatisfy((m: number) => [1, 2, 5].includes(Math.round(m * 1e9) / 1e9));
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    const { classes } = themeClasses(values);
    expect(classes).toHaveLength(4);
    for (let i = 0; i < classes.length; i++) expect(values.some((v) => classIndex(classes, v) === i)).toBe(true);
    const page = themeOf({ id: 'killed', ramp: 'damage', classes: classes.map((c) => ({ min: c.min, below: Number.isFinite(c.below) ? c.below : null, max: Number.isFinite(c.max) ? c.max : null })), integer: true, shades: [], extent: [0, 1], units: [], years: [], hedged: false, ranges: false, population: null, elsewhere: [], parties: [] });
    expect(page.classes.map((c) => c.color)).toEqual([...RAMP_DAMAGE]);
  });

  it('fewer classes when there are few distinct values; one value gives one class', () => {
    expect(niceBreaks([195, 480, 480, 195])).toEqual([200]);
    expect(themeClasses([195, 480]).classes).toHaveLength(2);
    expect(themeClasses([7, 7, 7]).classes).toHaveLength(1);
    // no nice number lies between 101 and 105: one class rather than a break that is not nice
    expect(themeClasses([101, 105]).classes).toHaveLength(1);
    expect(themeClasses([5, 50, 500]).classes).toHaveLength(3);
  });

  it('classes start at 0, are contiguous, open at the top; whole numbers give inclusive maxima', () => {
    const { classes, integer } = themeClasses([4, 30, 250, 1800]);
    expect(integer).toBe(true);
    expect(classes[0]!.min).toBe(0);
    for (let i = 1; i < classes.length; i++) {
      expect(classes[i]!.min).toBe(classes[i - 1]!.below);
      expect(classes[i - 1]!.max).toBe(classes[i]!.min - 1);
    }
    expect(classes.at(-1)!.below).toBe(Number.POSITIVE_INFINITY);
    const km = themeClasses([0.5, 12.5, 140.2]);
    expect(km.integer).toBe(false);
    expect(km.classes[0]!.max).toBe(km.classes[0]!.below);
  });

  it('the damage ramp is not the displaced-people ramp', () => {
    for (const c of RAMP_DAMAGE) expect(RAMP_IDP as readonly string[]).not.toContain(c);
  });
});

describe('damage themes: each district drawn as its sources state it, never summed or averaged', () => {
  const shusha480 = claim('shusha', 'killed_civilians', exact(480), { claimed_by: 'party-a' });
  const shusha195 = claim('shusha', 'killed_civilians', exact(195), { claimed_by: 'party-b', as_of: '2020' });
  const lachin = claim('lachin', 'killed_civilians', exact(30));
  const aghdamA = claim('aghdam', 'killed_civilians', exact(250));
  const aghdamB = claim('aghdam', 'killed_civilians', { kind: 'more_than', n: 300 }, { as_of: null, claimed_year: 2005 });
  const fuzuli = claim('fuzuli', 'killed_civilians', { kind: 'range', min: 40, max: 400 });
  const kalbajar = claim('kalbajar', 'killed_civilians', { kind: 'range', min: 20, max: 90 });
  const theme = damageTheme([shusha480, shusha195, lachin, aghdamA, aghdamB, fuzuli, kalbajar], 'killed_civilians')!;

  it('classes come from every value of the metric, range ends included', () => {
    const values = [480, 195, 30, 250, 300, 40, 400, 20, 90];
    expect(theme.classes).toEqual(themeClasses(values).classes);
    expect(theme.extent).toEqual([20, 480]);
  });

  it('two sources in different classes: "sources differ" (Shusha 480 vs 195), never one of them or their mean', () => {
    const shade = theme.shades.get('shusha')!;
    expect(shade.kind).toBe('differ');
    expect(theme.differ).toContain('shusha');
    if (shade.kind === 'differ') {
      expect(shade.classes).toEqual([classIndex(theme.classes, 195), classIndex(theme.classes, 480)]);
      expect(shade.claims.map((c) => c.id)).toEqual([shusha480.id, shusha195.id]);
    }
    // the mean (337.5) and the sum (675) are nowhere
    expect(JSON.stringify([...theme.shades.values()].map((s) => ('cls' in s ? s.cls : s.classes)))).not.toMatch(/337|675/);
  });

  it('figures in one class give that class; a hedge is classed at its number', () => {
    expect(theme.shades.get('lachin')).toMatchObject({ kind: 'class', cls: classIndex(theme.classes, 30) });
    // Aghdam: 250 and "more than 300" are in the same class exactly when 250 and 300 are
    const same = classIndex(theme.classes, 250) === classIndex(theme.classes, 300);
    expect(theme.shades.get('aghdam')?.kind).toBe(same ? 'class' : 'differ');
    expect(theme.hedged).toBe(true);
  });

  it('a range is classed at both ends: across classes it is drawn "sources differ"', () => {
    const across = classIndex(theme.classes, 40) !== classIndex(theme.classes, 400);
    expect(across).toBe(true);
    expect(theme.shades.get('fuzuli')?.kind).toBe('differ');
    expect(theme.ranges).toBe(true);
  });

  it('a district with no claim has no shade ("no figure in sources")', () => {
    expect(theme.shades.has('gadabay')).toBe(false);
    expect(theme.shades.size).toBe(5);
  });

  it('knows the units and the years of the figures (as_of, else the year stated)', () => {
    expect(theme.units).toEqual(['persons']);
    expect(theme.years).toEqual([1993, 2005, 2020]);
  });

  it('legend: the metric label, labels like the displaced-people legend, unit, years, hedge and the count', () => {
    const model = damageLegendModel(theme.page, 21);
    expect(model.title).toBe(METRIC_LABEL.killed_civilians);
    expect(model.classes.map((c) => c.color)).toEqual(theme.page.classes.map((c) => c.color));
    expect(model.classes[0]!.label).toMatch(/^fewer than /);
    expect(model.classes.at(-1)!.label).toMatch(/ or more$/);
    if (model.classes.length > 2) expect(model.classes[1]!.label).toMatch(/^\d[\d,]*–\d[\d,]*$/);
    expect(model.subtitle).toContain('as each source states it');
    expect(model.subtitle).toContain('persons');
    expect(model.subtitle).toContain('1993, 2005 and 2020');
    expect(model.subtitle).toContain('“More than N” is classed at N');
    expect(model.subtitle).toContain('none are summed or averaged');
    expect(model.differ).toEqual({ light: SOURCES_DIFFER.light, dark: SOURCES_DIFFER.dark });
    expect(model.count).toBe(THEME_UI.count(5, 21));
    // the exported legend lists the same items
    const section = themeLegendSection(model);
    expect(section.title).toBe(model.title);
    expect(section.entries.map((e) => e.label)).toEqual([...model.classes.map((c) => c.label), 'no figure in sources', THEME_UI.sourcesDiffer]);
  });

  it('a one-class theme is labelled with the figures themselves', () => {
    const one = damageTheme([claim('lachin', 'schools_destroyed', exact(62))], 'schools_destroyed')!;
    expect(damageLegendModel(one.page, 21).classes.map((c) => c.label)).toEqual(['62']);
    expect(damageLegendModel(one.page, 21).differ).toBeNull();
  });

  it('classes of millions read in words, as bounds ("200 million to under 2 billion"), never a rounded maximum', () => {
    const money = damageTheme(
      [50e6, 900e6, 3e9, 7.5e9].map((n, i) => claim(['lachin', 'kalbajar', 'aghdam', 'fuzuli'][i]!, 'economic_damage_manat', exact(n), { unit: 'AZN' })),
      'economic_damage_manat',
    )!;
    const labels = damageLegendModel(money.page, 21).classes.map((c) => c.label);
    expect(labels[0]).toMatch(/^fewer than \d+ (million|billion)$/);
    expect(labels.slice(1, -1).every((l) => / to under /.test(l))).toBe(true);
    expect(labels.at(-1)).toMatch(/ (million|billion) or more$/);
    expect(damageLegendModel(money.page, 21).subtitle).toContain('(AZN; figures of 1993)');
  });

  it('the displaced-people legend is exactly as before', () => {
    const idp = idpLegendModel();
    expect(idp.theme).toBe(IDP_THEME);
    expect(idp.classes.map(({ color, min, max, label }) => ({ color, min, max, label }))).toEqual(legendClassItems());
    expect(idp.title).toBe('Internally displaced in Azerbaijan, 1988–1994');
    expect(idp.differ).toBeNull();
    expect(idp.count).toBeNull();
  });
});
