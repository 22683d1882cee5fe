/**
 * The page around the map, laid out in millimetres: title and date on top, the map frame, the
 * legend and the sources beside it (landscape) or under it (portrait), and a footer with the scale
 * bar, north arrow, attribution and permalink. Type sizes are physical (mm), so a page keeps its
 * look at 72 or 600 dpi; only the conversion to pixels (page-units.ts) knows the dpi. Pure: text is
 * measured by a function passed in (Canvas 2D in the browser, a stand-in in unit tests).
 */
import { EXPORT_UI } from '../i18n/en-export.ts';
import type { Rect } from './tiles.ts';

export type EventMark = 'exact' | 'approximate' | 'described' | 'route' | 'corridor' | 'measure';

/** A legend swatch as data: the painter draws it from the same colours the live legend shows. */
export type Swatch =
  | { kind: 'fill'; color: string }
  | { kind: 'hatch'; color: string; hatch: string }
  | { kind: 'line'; color: string }
  | { kind: 'dashed'; color: string }
  /** the former NKAO's outline drawn for a figure: a wide line in `color` (striped with `stripe`) under a dashed `ink` line */
  | { kind: 'cased'; color: string; ink: string; stripe?: string }
  | { kind: 'event'; mark: EventMark; ink: string; tint: string; casing: string; measure: string };

export interface LegendEntry {
  swatch: Swatch;
  label: string;
}

export interface LegendSection {
  title: string;
  subtitle?: string;
  entries: LegendEntry[];
}

export interface PageContent {
  title: string;
  /** "Exported 25 November 2026 · data version 5a4ff5764d03" */
  subtitle: string;
  legend: LegendSection[];
  citations: string[];
  attribution: string;
  permalink: string;
}

export interface Font {
  sizeMm: number;
  weight: 400 | 700;
  muted?: boolean;
}

/** Width in mm of a text set in a font. */
export type Measure = (text: string, font: Font) => number;

export type TextRole = 'title' | 'subtitle' | 'legend' | 'sources' | 'footer';

export interface TextBlock {
  role: TextRole;
  x: number;
  /** top of the first line */
  y: number;
  w: number;
  h: number;
  lines: string[];
  font: Font;
  lineMm: number;
}

export interface SwatchBox {
  rect: Rect;
  swatch: Swatch;
}

export interface PageLayout {
  pageMm: { w: number; h: number };
  /** type scale: 1 on A4, more on larger paper, less on small custom pages */
  scale: number;
  frame: Rect;
  texts: TextBlock[];
  swatches: SwatchBox[];
  scaleBar: Rect;
  northArrow: Rect;
  regions: { header: Rect; legend: Rect; sources: Rect; footer: Rect };
  omittedCitations: number;
}

const LINE = 1.25;

/** Words that fit in `maxW`; a word longer than the line (a URL) is broken between characters. */
export function wrapText(text: string, maxW: number, font: Font, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxW) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word, font) <= maxW) {
      line = word;
      return;
    }
    let part = '';
    for (const ch of word) {
      if (part && measure(part + ch, font) > maxW) {
        lines.push(part);
        part = '';
      }
      part += ch;
    }
    line = part;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) pushWord(word);
  if (line) lines.push(line);
  return lines;
}

/** A piece of a column: its height, and how to put it at a position. */
interface Atom {
  h: number;
  /** a heading: never the last thing in a column */
  keepWithNext?: boolean;
  place(x: number, y: number): { texts: TextBlock[]; swatches: SwatchBox[] };
}

function textAtom(role: TextRole, text: string, w: number, font: Font, measure: Measure, after = 0, keepWithNext = false): Atom {
  const lines = wrapText(text, w, font, measure);
  const lineMm = font.sizeMm * LINE;
  const h = lines.length * lineMm;
  return { h: h + after, keepWithNext, place: (x, y) => ({ texts: [{ role, x, y, w, h, lines, font, lineMm }], swatches: [] }) };
}

export interface Sizes {
  margin: number;
  gap: number;
  title: Font;
  subtitle: Font;
  heading: Font;
  sub: Font;
  body: Font;
  footer: Font;
  swatch: { w: number; h: number; gap: number };
}

export function sizesAt(scale: number): Sizes {
  const s = scale;
  return {
    margin: 10 * s,
    gap: 4 * s,
    title: { sizeMm: 6 * s, weight: 700 },
    subtitle: { sizeMm: 3 * s, weight: 400, muted: true },
    heading: { sizeMm: 3.1 * s, weight: 700 },
    sub: { sizeMm: 2.5 * s, weight: 400, muted: true },
    body: { sizeMm: 2.7 * s, weight: 400 },
    footer: { sizeMm: 2.4 * s, weight: 400, muted: true },
    swatch: { w: 6 * s, h: 3.4 * s, gap: 2 * s },
  };
}

/** A4 is the reference (1); A3 and A2 get larger type, since they are read from further away. */
export function typeScale(pageMm: { w: number; h: number }): number {
  const short = Math.min(pageMm.w, pageMm.h);
  return Math.min(1.5, Math.max(0.5, Math.sqrt(short / 210)));
}

function legendAtoms(sections: readonly LegendSection[], w: number, z: Sizes, measure: Measure): Atom[] {
  const atoms: Atom[] = [textAtom('legend', EXPORT_UI.legendHeading, w, z.heading, measure, z.gap / 2, true)];
  const labelW = w - z.swatch.w - z.swatch.gap;
  sections.forEach((section) => {
    atoms.push(textAtom('legend', section.title, w, { ...z.body, weight: 700 }, measure, 0.6 * z.body.sizeMm, true));
    if (section.subtitle) atoms.push(textAtom('legend', section.subtitle, w, z.sub, measure, 0.6 * z.body.sizeMm, true));
    section.entries.forEach((entry, j) => {
      const lines = wrapText(entry.label, labelW, z.body, measure);
      const lineMm = z.body.sizeMm * LINE;
      const textH = lines.length * lineMm;
      const h = Math.max(textH, z.swatch.h);
      const after = j === section.entries.length - 1 ? z.gap : 0.5 * z.body.sizeMm;
      atoms.push({
        h: h + after,
        place: (x, y) => ({
          texts: [{ role: 'legend', x: x + z.swatch.w + z.swatch.gap, y, w: labelW, h: textH, lines, font: z.body, lineMm }],
          // the swatch centred on the first line
          swatches: [{ rect: { x, y: y + (lineMm - z.swatch.h) / 2, w: z.swatch.w, h: z.swatch.h }, swatch: entry.swatch }],
        }),
      });
    });
  });
  return atoms;
}

/** The sources: heading, then one numbered citation per source (number in a hanging indent). */
function sourceAtoms(citations: readonly string[], omitted: number, w: number, z: Sizes, measure: Measure): Atom[] {
  const font: Font = { ...z.sub, muted: false };
  const indent = 2.2 * font.sizeMm;
  const head = textAtom('sources', EXPORT_UI.sourcesHeading, w, z.heading, measure, z.gap / 2, true);
  if (citations.length === 0 && omitted === 0) return [head, textAtom('sources', EXPORT_UI.noSources, w, z.sub, measure)];
  const list = citations.map((c, i): Atom => {
    const body = textAtom('sources', c, w - indent, font, measure, 0.5 * font.sizeMm);
    const num = textAtom('sources', `${i + 1}.`, indent, font, measure);
    return {
      h: body.h,
      place: (x, y) => {
        const a = num.place(x, y);
        const b = body.place(x + indent, y);
        return { texts: [...a.texts, ...b.texts], swatches: [] };
      },
    };
  });
  const more = omitted > 0 ? [textAtom('sources', EXPORT_UI.moreSources(omitted), w, z.sub, measure)] : [];
  return [head, ...list, ...more];
}

interface Flowed {
  texts: TextBlock[];
  swatches: SwatchBox[];
  /** every atom fitted */
  fits: boolean;
  /** height used by the tallest column */
  used: number;
}

/**
 * Fills `cols` columns of height `maxH` top-down, left to right, in order; a heading moves to the
 * next column rather than end one. Stops (fits = false) at the first atom no column has room for.
 */
function flowColumns(atoms: readonly Atom[], cols: number, colW: number, gap: number, x: number, y: number, maxH: number): Flowed {
  const out: Flowed = { texts: [], swatches: [], fits: true, used: 0 };
  let col = 0;
  let used = 0;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const next = atom.keepWithNext ? (atoms[i + 1]?.h ?? 0) : 0;
    if (used > 0 && used + atom.h + next > maxH + 1e-9) {
      col++;
      used = 0;
    }
    if (col >= cols || atom.h + next > maxH + 1e-9) {
      out.fits = false;
      break;
    }
    const p = atom.place(x + col * (colW + gap), y + used);
    out.texts.push(...p.texts);
    out.swatches.push(...p.swatches);
    used += atom.h;
    out.used = Math.max(out.used, used);
  }
  return out;
}

/** The smallest bounding box of the blocks of one role (a legend that spans two columns included). */
function boundsOf(texts: readonly TextBlock[], swatches: readonly SwatchBox[], role: TextRole, withSwatches: boolean): Rect {
  const rects: Rect[] = [...texts.filter((t) => t.role === role), ...(withSwatches ? swatches.map((s) => s.rect) : [])];
  if (rects.length === 0) return { x: 0, y: 0, w: 0, h: 0 };
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.w));
  const y1 = Math.max(...rects.map((r) => r.y + r.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

interface PanelFit {
  cols: number;
  colW: number;
  height: number;
  flowed: Flowed;
  omitted: number;
}

/**
 * Legend then sources, flowed into columns. For each column count allowed (fewest first), the
 * shortest height up to `maxH` that holds everything; if nothing holds everything, citations are
 * dropped from the end, and a line says how many (the permalink lists them all). The legend is
 * never cut while a citation can go instead.
 */
function fitPanel(content: PageContent, colsAllowed: readonly number[], colWidth: (cols: number) => number, maxH: number, z: Sizes, measure: Measure): PanelFit {
  const n = content.citations.length;
  for (let omitted = 0; omitted <= n; omitted++) {
    for (const cols of colsAllowed) {
      const colW = colWidth(cols);
      const atoms = [...legendAtoms(content.legend, colW, z, measure), ...sourceAtoms(content.citations.slice(0, n - omitted), omitted, colW, z, measure)];
      const at = (h: number) => flowColumns(atoms, cols, colW, z.gap * 1.5, 0, 0, h);
      if (!at(maxH).fits) continue;
      // the shortest height that still holds everything (bisection: fitting only gets easier as it grows)
      let lo = Math.max(...atoms.map((a) => a.h));
      let hi = maxH;
      for (let k = 0; k < 24 && hi - lo > 0.25; k++) {
        const mid = (lo + hi) / 2;
        if (at(mid).fits) hi = mid;
        else lo = mid;
      }
      return { cols, colW, height: hi, flowed: at(hi), omitted };
    }
  }
  const cols = colsAllowed[colsAllowed.length - 1] ?? 1;
  const colW = colWidth(cols);
  const atoms = [...legendAtoms(content.legend, colW, z, measure), ...sourceAtoms([], n, colW, z, measure)];
  return { cols, colW, height: maxH, flowed: flowColumns(atoms, cols, colW, z.gap * 1.5, 0, 0, maxH), omitted: n };
}

function shifted(f: Flowed, dx: number, dy: number): Flowed {
  return {
    ...f,
    texts: f.texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy })),
    swatches: f.swatches.map((s) => ({ ...s, rect: { ...s.rect, x: s.rect.x + dx, y: s.rect.y + dy } })),
  };
}

/** The full page layout in mm. Throws when the map frame would be too small to be of use. */
export function layoutPage(pageMm: { w: number; h: number }, content: PageContent, measure: Measure): PageLayout {
  const scale = typeScale(pageMm);
  const z = sizesAt(scale);
  const inner: Rect = { x: z.margin, y: z.margin, w: pageMm.w - 2 * z.margin, h: pageMm.h - 2 * z.margin };
  const texts: TextBlock[] = [];
  const swatches: SwatchBox[] = [];

  // header: the title (two lines at most), then date and data version
  const titleLines = wrapText(content.title, inner.w, z.title, measure).slice(0, 2);
  const titleLine = z.title.sizeMm * 1.15;
  texts.push({ role: 'title', x: inner.x, y: inner.y, w: inner.w, h: titleLines.length * titleLine, lines: titleLines, font: z.title, lineMm: titleLine });
  const sub = textAtom('subtitle', content.subtitle, inner.w, z.subtitle, measure);
  const subY = inner.y + titleLines.length * titleLine + 0.6 * z.subtitle.sizeMm;
  texts.push(...sub.place(inner.x, subY).texts);
  const header: Rect = { x: inner.x, y: inner.y, w: inner.w, h: subY + sub.h - inner.y };

  // footer: north arrow and scale bar on the left, attribution and permalink beside them
  const arrow = { w: 6 * scale, h: 10 * scale };
  const bar = { w: 45 * scale, h: 10 * scale };
  const footTextX = inner.x + arrow.w + z.gap + bar.w + 2 * z.gap;
  const footTextW = inner.x + inner.w - footTextX;
  const attribution = textAtom('footer', content.attribution, footTextW, z.footer, measure, 0.4 * z.footer.sizeMm);
  const permalink = textAtom('footer', `${EXPORT_UI.permalink}${content.permalink}`, footTextW, z.footer, measure);
  const footH = Math.max(arrow.h, bar.h, attribution.h + permalink.h);
  const footY = inner.y + inner.h - footH;
  const footer: Rect = { x: inner.x, y: footY, w: inner.w, h: footH };
  const northArrow: Rect = { x: inner.x, y: footY + (footH - arrow.h) / 2, w: arrow.w, h: arrow.h };
  const scaleBar: Rect = { x: inner.x + arrow.w + z.gap, y: footY + (footH - bar.h) / 2, w: bar.w, h: bar.h };
  texts.push(...attribution.place(footTextX, footY).texts, ...permalink.place(footTextX, footY + attribution.h).texts);

  const body: Rect = { x: inner.x, y: header.y + header.h + z.gap, w: inner.w, h: 0 };
  body.h = footY - z.gap - body.y;

  const colGap = z.gap * 1.5;
  let frame: Rect;
  let panel: Flowed;
  let omittedCitations: number;
  if (pageMm.w >= pageMm.h) {
    // landscape: columns on the right, as few as hold legend and sources at the map's height
    // one column as wide as reads well; more columns narrower, and never more than half the body
    const colWidth = (cols: number) => (cols === 1 ? Math.min(80 * scale, Math.max(55 * scale, 0.25 * body.w)) : 55 * scale);
    const panelWidth = (cols: number) => cols * colWidth(cols) + (cols - 1) * colGap;
    const allowed = [1, 2, 3].filter((k) => k === 1 || panelWidth(k) <= 0.5 * body.w);
    const fit = fitPanel(content, allowed, colWidth, body.h, z, measure);
    const panelW = panelWidth(fit.cols);
    const panelX = body.x + body.w - panelW;
    frame = { x: body.x, y: body.y, w: panelX - colGap - body.x, h: body.h };
    panel = shifted(fit.flowed, panelX, body.y);
    omittedCitations = fit.omitted;
  } else {
    // portrait: a band under the map, as low as it can be, at most 45 % of the body
    const cols = body.w >= 3 * 58 * scale + 2 * colGap ? 3 : 2;
    const colW = (body.w - (cols - 1) * colGap) / cols;
    const fit = fitPanel(content, [cols], () => colW, 0.45 * body.h, z, measure);
    const bandY = body.y + body.h - fit.height;
    frame = { x: body.x, y: body.y, w: body.w, h: bandY - z.gap - body.y };
    panel = shifted(fit.flowed, body.x, bandY);
    omittedCitations = fit.omitted;
  }
  texts.push(...panel.texts);
  swatches.push(...panel.swatches);
  const legendRect = boundsOf(panel.texts, panel.swatches, 'legend', true);
  const sourcesRect = boundsOf(panel.texts, [], 'sources', false);
  if (frame.w < 40 * scale || frame.h < 30 * scale) throw new Error(EXPORT_UI.pageTooSmall);
  return {
    pageMm,
    scale,
    frame,
    texts,
    swatches,
    scaleBar,
    northArrow,
    regions: { header, legend: legendRect, sources: sourcesRect, footer },
    omittedCitations,
  };
}
