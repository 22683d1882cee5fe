/**
 * The group outlines and the NKAO outline, as readers with a colour-vision deficiency see them:
 * each colour through a simulation of protanopia, deuteranopia and tritanopia (Machado, Oliveira
 * & Fernandes 2009, severity 1, as culori implements it) and as it is, then CIEDE2000 between the
 * results. Outlines that meet on the map (GROUP_NEIGHBOURS, checked against the data in
 * tests/data/palette-neighbours.test.ts) must stay 10 apart; so must every two in the legend,
 * where a reader matches a line to its swatch. Each outline keeps 3:1 contrast (WCAG, graphics)
 * on the paper and the country fills, and stays 15 apart from every class colour it is drawn on.
 */
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { BASE, GROUP_COLOUR, GROUP_NEIGHBOURS, NO_FIGURE, RAMP_DAMAGE, RAMP_IDP } from '../../src/config/palette.ts';
import { GROUP_IDS } from '../../src/schema/index.ts';

const MIN_APART = 10;
const MIN_FROM_CLASSES = 15;
const MIN_CONTRAST = 3;

const difference = differenceCiede2000();
const colour = (hex: string): Color => {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};
const deltaE = (a: string | Color, b: string | Color): number => difference(typeof a === 'string' ? colour(a) : a, typeof b === 'string' ? colour(b) : b);
const VISIONS: Record<'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia', (hex: string) => Color> = {
  typical: colour,
  protanopia: (hex) => filterDeficiencyProt(1)(colour(hex)),
  deuteranopia: (hex) => filterDeficiencyDeuter(1)(colour(hex)),
  tritanopia: (hex) => filterDeficiencyTrit(1)(colour(hex)),
};

/** The outline colours: each group's, and the NKAO's dashed line ('nkao'). */
const LINES: Record<string, string> = { ...GROUP_COLOUR, nkao: BASE.nkaoOutline };

/** The smallest CIEDE2000 between two colours over the four visions, and the vision it falls in. */
function closest(a: string, b: string): { vision: string; delta: number } {
  return Object.entries(VISIONS)
    .map(([vision, see]) => ({ vision, delta: deltaE(see(a), see(b)) }))
    .sort((x, y) => x.delta - y.delta)[0]!;
}

const pairs = (ids: readonly string[]): Array<[string, string]> => ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
const report = (list: Array<{ pair: string; vision: string; delta: number }>) => list.map((r) => `${r.pair}: ${r.delta.toFixed(1)} (${r.vision})`);

describe('the outline colours under colour-vision deficiency', () => {
  it('name only the groups and the NKAO outline, each pair of neighbours once', () => {
    const known = new Set<string>([...GROUP_IDS, 'nkao']);
    expect(Object.keys(GROUP_COLOUR).sort()).toEqual([...GROUP_IDS].sort());
    expect(GROUP_NEIGHBOURS.flat().filter((id) => !known.has(id))).toEqual([]);
    const keys = GROUP_NEIGHBOURS.map(([a, b]) => [a, b].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it(`outlines that meet on the map stay ${MIN_APART} apart (CIEDE2000) as they are and under each simulation`, () => {
    const found = GROUP_NEIGHBOURS.map(([a, b]) => ({ pair: `${a}/${b}`, ...closest(LINES[a]!, LINES[b]!) }));
    expect(found.length).toBeGreaterThan(0);
    expect(report(found.filter((f) => f.delta < MIN_APART))).toEqual([]);
  });

  it(`every two outlines of the legend stay ${MIN_APART} apart too: a reader matches a line to its swatch`, () => {
    const found = pairs(Object.keys(LINES)).map(([a, b]) => ({ pair: `${a}/${b}`, ...closest(LINES[a]!, LINES[b]!) }));
    expect(report(found.filter((f) => f.delta < MIN_APART))).toEqual([]);
  });

  it(`each outline keeps ${MIN_CONTRAST}:1 contrast on the paper, the country fills, the water and the no-figure grey`, () => {
    const grounds = { paper: BASE.background, azerbaijan: BASE.countryAze, 'other countries': BASE.countryOther, water: BASE.water, 'no figure': NO_FIGURE.fill };
    const low = Object.entries(LINES).flatMap(([line, colour]) =>
      Object.entries(grounds)
        .map(([ground, g]) => ({ pair: `${line} on ${ground}`, ratio: wcagContrast(colour, g) }))
        .filter((r) => r.ratio < MIN_CONTRAST)
        .map((r) => `${r.pair}: ${r.ratio.toFixed(2)}:1`),
    );
    expect(low).toEqual([]);
  });

  it(`each outline stays ${MIN_FROM_CLASSES} apart from every class colour and the no-figure hatch, in every vision`, () => {
    const fills = [...RAMP_IDP, ...RAMP_DAMAGE, NO_FIGURE.hatch];
    const found = Object.entries(LINES).flatMap(([line, colour]) => fills.map((f) => ({ pair: `${line}/${f}`, ...closest(colour, f) })));
    expect(report(found.filter((f) => f.delta < MIN_FROM_CLASSES))).toEqual([]);
  });

  it('would have caught the colours it replaced: purple and navy to a reader without red cones, green and teal without blue cones', () => {
    // a guard on the measure itself, so that a change of the library's model shows here
    expect(deltaE(VISIONS.protanopia('#762a83'), VISIONS.protanopia('#253494'))).toBeLessThan(MIN_APART / 2);
    expect(deltaE(VISIONS.tritanopia('#1b7837'), VISIONS.tritanopia('#01737a'))).toBeLessThan(MIN_APART / 2);
    expect(deltaE('#762a83', '#253494')).toBeGreaterThan(MIN_APART);
  });
});
