/**
 * Draws a laid-out page (compose-page.ts) on a Canvas 2D context: text, legend swatches, the frame
 * line, scale bar and north arrow. Every length comes from the layout in mm and is converted at the
 * page's dpi here, so the page looks the same at any resolution. Text waits for the app's Noto
 * Sans (loadExportFonts), so it is set in the same face as the map's labels.
 */
import { DataLoadError, fetchBytes } from '../data/fetch-data.ts';
import { ExportFontError } from '../lib/export-errors.ts';
import { fontFaces } from '../style/fonts.ts';
import { EXPORT_UI } from '../i18n/en-export.ts';
import { type Font, type PageLayout, type Swatch } from './compose-page.ts';
import { mmPx, rectPx, scaleBar } from './page-units.ts';
import type { Rect } from './tiles.ts';

/** The family the page's text is set in: the app's own Noto Sans files, registered for Canvas 2D. */
export const EXPORT_FONT_FAMILY = 'Atlas Export Noto Sans';
const INK = '#1d1d1b';
const MUTED = '#5f5a51';

let fontsLoaded: Promise<void> | undefined;

/**
 * Registers and loads the same-origin Noto Sans (regular, bold; latin and latin-ext) under one
 * family for Canvas 2D, then waits for document.fonts.ready. Canvas draws with a fallback face if
 * a font is not loaded yet, so the page is drawn only after this resolves. The files are fetched
 * like the data (with the page's wait for a file), so a file that fails or never answers ends the
 * export with an ExportFontError naming it, not a wait for ever.
 */
export function loadExportFonts(fontBaseUrl: string): Promise<void> {
  fontsLoaded ??= (async () => {
    const files = Object.entries(fontFaces(fontBaseUrl)).flatMap(([name, files]) =>
      (Array.isArray(files) ? files : [files]).map((f) => ({
        url: typeof f === 'string' ? f : f.url,
        range: typeof f === 'string' ? undefined : f['unicode-range'],
        weight: /bold/i.test(name) ? '700' : '400',
      })),
    );
    const loaded = await Promise.allSettled(
      files.map(async ({ url, range, weight }) => {
        const file = new URL(url).pathname.replace(/^\//, '');
        const bytes = await fetchBytes(url, file);
        const face = new FontFace(EXPORT_FONT_FAMILY, bytes, { weight, ...(range ? { unicodeRange: range.join(', ') } : {}) });
        try {
          return await face.load();
        } catch (e) {
          throw new DataLoadError(`${file}: is not a font this browser can read (${e instanceof Error ? e.message : String(e)})`, file);
        }
      }),
    );
    const failed = loaded.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof DataLoadError ? r.reason : new DataLoadError(String(r.reason), '')] : []));
    if (failed.length > 0) throw new ExportFontError(failed.map((e) => e.file), EXPORT_UI.fontsFailed(failed.map((e) => e.message)));
    for (const r of loaded) if (r.status === 'fulfilled') document.fonts.add(r.value);
    await document.fonts.ready;
  })();
  // a failed load (offline, a 404, no answer) is tried again by the next export
  fontsLoaded.catch(() => {
    fontsLoaded = undefined;
  });
  return fontsLoaded;
}

/** The page is drawn on an OffscreenCanvas; the same code draws on a page canvas. */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export const cssFont = (font: Font, px: number): string => `${font.weight} ${px}px "${EXPORT_FONT_FAMILY}", sans-serif`;

/** Text width in mm, measured once at 100 px and scaled: the same at every dpi. */
export function canvasMeasure(ctx: Ctx2D): (text: string, font: Font) => number {
  return (text, font) => {
    ctx.font = cssFont(font, 100);
    return (ctx.measureText(text).width / 100) * font.sizeMm;
  };
}

export interface ScaleInfo {
  /** ground metres per mm of paper, at the frame's centre latitude */
  metresPerMm: number;
  centreLat: number;
}

export function paintPage(ctx: Ctx2D, layout: PageLayout, dpi: number, scale: ScaleInfo): void {
  const px = (mm: number) => mmPx(mm, dpi);
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const t of layout.texts) {
    ctx.font = cssFont(t.font, px(t.font.sizeMm));
    ctx.fillStyle = t.font.muted ? MUTED : INK;
    t.lines.forEach((line, i) => ctx.fillText(line, px(t.x), px(t.y + (i + 0.5) * t.lineMm)));
  }
  for (const s of layout.swatches) paintSwatch(ctx, rectPx(s.rect, dpi), s.swatch, dpi);
  // the frame line sits just outside the map, so it never covers a map pixel
  const f = rectPx(layout.frame, dpi);
  const lw = Math.max(1, px(0.25));
  ctx.strokeStyle = INK;
  ctx.lineWidth = lw;
  ctx.strokeRect(f.x - lw / 2, f.y - lw / 2, f.w + lw, f.h + lw);
  paintScaleBar(ctx, layout, dpi, scale);
  paintNorthArrow(ctx, rectPx(layout.northArrow, dpi), dpi, layout.scale);
  ctx.restore();
}

function paintSwatch(ctx: Ctx2D, r: Rect, s: Swatch, dpi: number): void {
  const px = (mm: number) => mmPx(mm, dpi);
  const midY = r.y + r.h / 2;
  const border = () => {
    ctx.lineWidth = Math.max(1, px(0.15));
    ctx.strokeStyle = 'rgba(0,0,0,0.35)';
    ctx.strokeRect(r.x, r.y, r.w, r.h);
  };
  const hatch = (color: string, width: number, step: number) => {
    ctx.save();
    ctx.beginPath();
    ctx.rect(r.x, r.y, r.w, r.h);
    ctx.clip();
    ctx.strokeStyle = color;
    ctx.lineWidth = px(width);
    ctx.beginPath();
    for (let x = r.x - r.h; x < r.x + r.w + r.h; x += px(step)) {
      ctx.moveTo(x, r.y + r.h);
      ctx.lineTo(x + r.h, r.y);
    }
    ctx.stroke();
    ctx.restore();
  };
  const hLine = (color: string, width: number, dash: number[] = []) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = px(width);
    ctx.setLineDash(dash.map(px));
    ctx.beginPath();
    ctx.moveTo(r.x, midY);
    ctx.lineTo(r.x + r.w, midY);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  ctx.save();
  switch (s.kind) {
    case 'fill':
      ctx.fillStyle = s.color;
      ctx.fillRect(r.x, r.y, r.w, r.h);
      border();
      break;
    case 'hatch':
      ctx.fillStyle = s.color;
      ctx.fillRect(r.x, r.y, r.w, r.h);
      hatch(s.hatch, 0.35, 1.2);
      border();
      break;
    case 'line':
      hLine(s.color, 0.8);
      break;
    case 'dashed':
      hLine(s.color, 0.5, [1.2, 0.8]);
      break;
    case 'cased': {
      // the wide line as a band across the swatch's middle, then the dashed line along it
      const band = { ...r, y: midY - px(0.75), h: px(1.5) };
      ctx.fillStyle = s.color;
      ctx.fillRect(band.x, band.y, band.w, band.h);
      if (s.stripe) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(band.x, band.y, band.w, band.h);
        ctx.clip();
        ctx.strokeStyle = s.stripe;
        ctx.lineWidth = px(0.45);
        ctx.beginPath();
        for (let x = band.x - band.h; x < band.x + band.w + band.h; x += px(1.2)) {
          ctx.moveTo(x, band.y + band.h);
          ctx.lineTo(x + band.h, band.y);
        }
        ctx.stroke();
        ctx.restore();
      }
      hLine(s.ink, 0.5, [1.2, 0.8]);
      break;
    }
    case 'event':
      paintEventMark(ctx, r, s, dpi);
      break;
  }
  ctx.restore();
}

function paintEventMark(ctx: Ctx2D, r: Rect, s: Extract<Swatch, { kind: 'event' }>, dpi: number): void {
  const px = (mm: number) => mmPx(mm, dpi);
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  const circle = (radius: number) => {
    ctx.beginPath();
    ctx.arc(cx, cy, radius, 0, 2 * Math.PI);
  };
  const dashedRect = (fill: string, alpha: number) => {
    ctx.globalAlpha = alpha;
    ctx.fillStyle = fill;
    ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.globalAlpha = 1;
  };
  switch (s.mark) {
    case 'exact':
      circle(px(1.6));
      ctx.fillStyle = 'rgba(0,0,0,0.25)';
      ctx.fill();
      circle(px(1.45));
      ctx.fillStyle = s.casing;
      ctx.fill();
      circle(px(1.0));
      ctx.fillStyle = s.ink;
      ctx.fill();
      break;
    case 'approximate':
      circle(px(1.7));
      ctx.fillStyle = s.tint;
      ctx.globalAlpha = 0.35;
      ctx.fill();
      ctx.globalAlpha = 1;
      circle(px(1.05));
      ctx.fillStyle = s.casing;
      ctx.fill();
      ctx.lineWidth = px(0.45);
      ctx.strokeStyle = s.ink;
      ctx.stroke();
      break;
    case 'described':
    case 'corridor': {
      if (s.mark === 'corridor') dashedRect(s.tint, 0.3);
      else {
        ctx.save();
        ctx.beginPath();
        ctx.rect(r.x, r.y, r.w, r.h);
        ctx.clip();
        ctx.strokeStyle = s.ink;
        ctx.lineWidth = px(0.3);
        ctx.beginPath();
        for (let x = r.x - r.h; x < r.x + r.w + r.h; x += px(1.1)) {
          ctx.moveTo(x, r.y);
          ctx.lineTo(x + r.h, r.y + r.h);
        }
        ctx.stroke();
        ctx.restore();
      }
      ctx.strokeStyle = s.ink;
      ctx.lineWidth = px(0.3);
      ctx.setLineDash([px(0.8), px(0.5)]);
      ctx.strokeRect(r.x, r.y, r.w, r.h);
      ctx.setLineDash([]);
      break;
    }
    case 'route':
    case 'measure': {
      const route = s.mark === 'route';
      ctx.strokeStyle = route ? s.ink : s.measure;
      ctx.lineWidth = px(route ? 0.7 : 0.5);
      ctx.setLineDash(route ? [px(1.2), px(0.6)] : [px(0.3), px(0.5)]);
      ctx.lineCap = route ? 'butt' : 'round';
      ctx.beginPath();
      ctx.moveTo(r.x, cy);
      ctx.lineTo(r.x + r.w - (route ? px(0.6) : 0), cy);
      ctx.stroke();
      ctx.setLineDash([]);
      if (route) {
        const a = px(1.1);
        ctx.lineWidth = px(0.45);
        ctx.beginPath();
        ctx.moveTo(r.x + r.w - a, cy - a);
        ctx.lineTo(r.x + r.w, cy);
        ctx.lineTo(r.x + r.w - a, cy + a);
        ctx.stroke();
      }
      break;
    }
  }
}

/** Alternating black and white halves, the round distance beside them, the ratio under them. */
function paintScaleBar(ctx: Ctx2D, layout: PageLayout, dpi: number, info: ScaleInfo): void {
  const px = (mm: number) => mmPx(mm, dpi);
  const box = layout.scaleBar;
  const s = layout.scale;
  const font: Font = { sizeMm: 2.4 * s, weight: 400 };
  ctx.font = cssFont(font, px(font.sizeMm));
  const labelRoom = (ctx.measureText('5000 km').width / px(1)) + 1.5 * s;
  const bar = scaleBar(info.metresPerMm, box.w - labelRoom);
  const barH = 1.3 * s;
  const y = box.y + 2.2 * s;
  ctx.lineWidth = Math.max(1, px(0.2));
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.fillRect(px(box.x), px(y), px(bar.mm / 2), px(barH));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(px(box.x + bar.mm / 2), px(y), px(bar.mm / 2), px(barH));
  ctx.strokeRect(px(box.x), px(y), px(bar.mm), px(barH));
  ctx.fillStyle = INK;
  ctx.textBaseline = 'middle';
  ctx.fillText(bar.label, px(box.x + bar.mm + 1.2 * s), px(y + barH / 2));
  const small: Font = { sizeMm: 2.2 * s, weight: 400, muted: true };
  ctx.font = cssFont(small, px(small.sizeMm));
  ctx.fillStyle = MUTED;
  ctx.fillText(
    EXPORT_UI.scaleRatio(bar.ratio.toLocaleString('en-GB'), info.centreLat.toFixed(1)),
    px(box.x),
    px(y + barH + 2.4 * s),
  );
}

/** A split arrowhead pointing up (the map is never rotated), an "N" above it. */
function paintNorthArrow(ctx: Ctx2D, r: Rect, dpi: number, s: number): void {
  const px = (mm: number) => mmPx(mm, dpi);
  const cx = r.x + r.w / 2;
  const top = r.y + px(3.6 * s);
  const bottom = r.y + r.h;
  const half = r.w * 0.42;
  ctx.lineWidth = Math.max(1, px(0.2));
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(cx, top);
  ctx.lineTo(cx - half, bottom);
  ctx.lineTo(cx, bottom - (bottom - top) * 0.28);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx, top);
  ctx.lineTo(cx + half, bottom);
  ctx.lineTo(cx, bottom - (bottom - top) * 0.28);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx, top);
  ctx.lineTo(cx - half, bottom);
  ctx.lineTo(cx, bottom - (bottom - top) * 0.28);
  ctx.lineTo(cx + half, bottom);
  ctx.closePath();
  ctx.stroke();
  ctx.font = cssFont({ sizeMm: 3 * s, weight: 700 }, px(3 * s));
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(EXPORT_UI.north, cx, r.y + px(1.4 * s));
  ctx.textAlign = 'left';
}
