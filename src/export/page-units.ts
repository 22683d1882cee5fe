/**
 * From the page's millimetres to device pixels, and from the map's ground scale to a scale bar.
 * The layout (compose-page.ts) works in mm only; these are the two places that know a dpi or a
 * ground distance.
 */
import type { Rect } from './tiles.ts';

/** mm → device px at a dpi. */
export const mmPx = (mm: number, dpi: number): number => (mm / 25.4) * dpi;

/** A rectangle in whole device px: edges rounded, so neighbours stay neighbours. */
export function rectPx(r: Rect, dpi: number): Rect {
  const x0 = Math.round(mmPx(r.x, dpi));
  const y0 = Math.round(mmPx(r.y, dpi));
  return { x: x0, y: y0, w: Math.round(mmPx(r.x + r.w, dpi)) - x0, h: Math.round(mmPx(r.y + r.h, dpi)) - y0 };
}

/**
 * The scale bar: the longest round distance (1, 2 or 5 × 10ⁿ m) that fits in `maxMm` of paper,
 * where one mm of paper is `metresPerMm` on the ground; and the ratio "1 : 1,250,000".
 */
export function scaleBar(metresPerMm: number, maxMm: number): { metres: number; mm: number; label: string; ratio: number } {
  const maxMetres = metresPerMm * maxMm;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= maxMetres) ?? pow;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  const ratio = metresPerMm * 1000;
  const rounded = Number(ratio.toPrecision(3));
  return { metres, mm: metres / metresPerMm, label, ratio: rounded };
}
