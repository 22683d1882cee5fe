import { describe, expect, it } from 'vitest';
import {
  layoutPage,
  typeScale,
  wrapText,
  type Font,
  type LegendSection,
  type PageContent,
  type PageLayout,
} from '../../src/export/compose-page.ts';
import { rectPx, scaleBar } from '../../src/export/page-units.ts';
import { pageSize, pxToMm } from '../../src/lib/paper.ts';
import type { Rect } from '../../src/export/tiles.ts';

/** A stand-in for Canvas measureText: every character 0.55 em wide (0.6 em in bold). */
const measure = (text: string, font: Font) => [...text].length * font.sizeMm * (font.weight === 700 ? 0.6 : 0.55);

const LEGEND: LegendSection[] = [
  {
    title: 'Displaced people',
    subtitle: 'per district, according to the US Committee for Refugees as relayed by the article',
    entries: ['fewer than 10,000', '10,000–49,999', '50,000–99,999', '100,000 or more'].map((label) => ({ swatch: { kind: 'fill', color: '#fe9929' }, label })),
  },
  {
    title: 'District outline: group in the article',
    entries: ['Former NKAO', 'Seven surrounding districts', 'Bordering Armenia', 'On the line of contact', 'Nakhchivan Autonomous Republic'].map((label) => ({
      swatch: { kind: 'line', color: '#253494' },
      label,
    })),
  },
];

const CITATION =
  'Human Rights Watch (1994), “Azerbaijan: Seven Years of Conflict in Nagorno-Karabakh”, Human Rights Watch/Helsinki, p. 12; p. 14';

function content(citations = 3): PageContent {
  return {
    title: 'Karabakh Atlas — displaced people by district',
    subtitle: 'Exported 25 November 2026 · data version 5a4ff5764d03',
    legend: LEGEND,
    citations: Array.from({ length: citations }, (_, i) => `${i + 1} ${CITATION}`),
    attribution: 'Boundaries: Natural Earth (public domain) · Font: Noto Sans (SIL OFL 1.1) · Place names: © GeoNames, CC BY 4.0',
    permalink: 'http://127.0.0.1:4173/?c=46.79,39.91&z=9.5&layers=khojaly-1992&sel=district:lachin&lang=en&v=5a4ff5764d03',
  };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;
const inside = (a: Rect, page: { w: number; h: number }) => a.x >= 0 && a.y >= 0 && a.x + a.w <= page.w + 1e-9 && a.y + a.h <= page.h + 1e-9;

function boxes(l: PageLayout): Rect[] {
  return [...l.texts, ...l.swatches.map((s) => s.rect), l.scaleBar, l.northArrow];
}

const PAGES = [
  { paper: 'A4', orientation: 'landscape' },
  { paper: 'A4', orientation: 'portrait' },
  { paper: 'A3', orientation: 'landscape' },
  { paper: 'A2', orientation: 'portrait' },
] as const;

describe('page layout', () => {
  it.each(PAGES)('$paper $orientation: nothing overlaps the map frame or another block, all inside the page', ({ paper, orientation }) => {
    const page = pageSize(paper, orientation, 300);
    const l = layoutPage({ w: page.widthMm, h: page.heightMm }, content(), measure);
    for (const b of boxes(l)) {
      expect(overlaps(b, l.frame)).toBe(false);
      expect(inside(b, l.pageMm)).toBe(true);
    }
    const texts = l.texts;
    for (const [i, a] of texts.entries()) for (const b of texts.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    expect(l.omittedCitations).toBe(0);
    // the legend and sources are there, and each line fits the width it was given
    expect(l.regions.legend.h).toBeGreaterThan(20);
    expect(l.regions.sources.h).toBeGreaterThan(10);
    for (const t of texts) for (const line of t.lines) expect(measure(line, t.font)).toBeLessThanOrEqual(t.w + 1e-9);
  });

  it('puts legend and sources beside the map in landscape, under it in portrait', () => {
    const land = layoutPage({ w: 297, h: 210 }, content(), measure);
    expect(land.regions.legend.x).toBeGreaterThan(land.frame.x + land.frame.w);
    const port = layoutPage({ w: 210, h: 297 }, content(), measure);
    expect(port.regions.legend.y).toBeGreaterThan(port.frame.y + port.frame.h);
    expect(port.regions.sources.y).toBeGreaterThan(port.frame.y + port.frame.h);
  });

  it('keeps every box the same size in mm at 72 and at 600 dpi (within one 72-dpi pixel)', () => {
    const sizes = [72, 600].map((dpi) => {
      const page = pageSize('A4', 'landscape', dpi);
      const l = layoutPage({ w: page.widthMm, h: page.heightMm }, content(), measure);
      const mm = (r: Rect) => {
        const p = rectPx(r, dpi);
        return [pxToMm(p.x, dpi), pxToMm(p.y, dpi), pxToMm(p.w, dpi), pxToMm(p.h, dpi)];
      };
      return { frame: mm(l.frame), texts: l.texts.map((t) => [...mm(t), t.font.sizeMm, t.lines.join('|')] as const) };
    });
    const [a, b] = sizes as [typeof sizes[0], typeof sizes[0]];
    const tol = 25.4 / 72;
    a.frame.forEach((v, i) => expect(Math.abs(v - b.frame[i]!)).toBeLessThanOrEqual(tol));
    expect(a.texts).toHaveLength(b.texts.length);
    a.texts.forEach((t, i) => {
      const u = b.texts[i]!;
      for (let k = 0; k < 4; k++) expect(Math.abs((t[k] as number) - (u[k] as number))).toBeLessThanOrEqual(tol);
      // same type size, same line breaks
      expect(t[4]).toBe(u[4]);
      expect(t[5]).toBe(u[5]);
    });
  });

  it('sets type larger on larger paper (read from further away), never smaller than half on small pages', () => {
    expect(typeScale({ w: 297, h: 210 })).toBeCloseTo(1, 9);
    expect(typeScale({ w: 420, h: 297 })).toBeGreaterThan(1.15);
    expect(typeScale({ w: 50, h: 40 })).toBe(0.5);
  });

  it('drops citations that do not fit and says how many, without overflowing the page', () => {
    const l = layoutPage({ w: 297, h: 210 }, content(40), measure);
    expect(l.omittedCitations).toBeGreaterThan(0);
    const more = l.texts.find((t) => t.role === 'sources' && t.lines.join(' ').includes(`${l.omittedCitations} more sources`));
    expect(more).toBeDefined();
    for (const b of boxes(l)) expect(inside(b, l.pageMm)).toBe(true);
    // the legend is never cut while a citation can go instead
    const legendLines = l.texts.filter((t) => t.role === 'legend').flatMap((t) => t.lines).join(' ');
    expect(legendLines).toContain('Nakhchivan Autonomous Republic');
  });

  it('refuses a page too small for a useful map', () => {
    expect(() => layoutPage({ w: 60, h: 40 }, content(), measure)).toThrow(/too small/);
  });
});

describe('text wrapping', () => {
  const font: Font = { sizeMm: 3, weight: 400 };

  it('breaks between words, each line within the width, no word lost', () => {
    const text = 'per district, according to the US Committee for Refugees as relayed by the article';
    const lines = wrapText(text, 40, font, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l, font)).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a long URL between characters', () => {
    const url = 'http://127.0.0.1:4173/?c=46.79,39.91&z=9.5&layers=khojaly-1992&sel=district:lachin';
    const lines = wrapText(url, 30, font, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
  });
});

describe('scale bar', () => {
  it('is the longest 1-2-5 round distance that fits, with its label and the ratio', () => {
    // 2,550 m per mm of paper (1 : 2,550,000), 40 mm room → 102 km → 100 km bar
    const s = scaleBar(2550, 40);
    expect(s.metres).toBe(100_000);
    expect(s.label).toBe('100 km');
    expect(s.mm).toBeCloseTo(100_000 / 2550, 9);
    expect(s.ratio).toBe(2_550_000);
    expect(scaleBar(118, 40).label).toBe('2 km');
    expect(scaleBar(10, 40).label).toBe('200 m');
  });
});
