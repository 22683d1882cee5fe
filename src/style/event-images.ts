/**
 * Images of the event layers, drawn as RGBA pixels for `map.addImage` (like hatch.ts): the labels'
 * font has only the latin subsets, so an arrow cannot be a glyph, and nothing may be fetched.
 * Pure, so they are drawn the same way everywhere and can be tested in Node.
 */
import type { HatchImage } from './hatch.ts';

export type RgbaImage = HatchImage;

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const coverage = (edge: number, d: number) => Math.max(0, Math.min(1, edge + 0.5 - d));

/**
 * A chevron pointing right (the direction a line is drawn in, once `symbol-placement: line`
 * rotates it), in `ink` with a `halo` edge so it reads on light and dark fills. Transparent
 * elsewhere; colours are straight (not premultiplied) alpha, as `addImage` expects.
 */
export function arrowImage(ink: string, halo: string, size = 24): RgbaImage {
  const fg = rgb(ink);
  const bg = rgb(halo);
  const s = size / 24;
  const pts: Array<[number, number]> = [
    [8 * s, 5 * s],
    [16 * s, 12 * s],
    [8 * s, 19 * s],
  ];
  const inner = 1.9 * s;
  const outer = inner + 1.6 * s;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const d = Math.min(
        segmentDistance(cx, cy, ...pts[0]!, ...pts[1]!),
        segmentDistance(cx, cy, ...pts[1]!, ...pts[2]!),
      );
      const a = coverage(outer, d);
      const t = coverage(inner, d);
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) data[i + k] = Math.round(bg[k]! * (1 - t) + fg[k]! * t);
      data[i + 3] = Math.round(255 * a);
    }
  }
  return { width: size, height: size, data };
}

/**
 * Diagonal lines on a see-through tile, falling to the right (the no-figure hatch under it rises
 * to the right, so the two never merge into one texture). A light white wash (`washAlpha`) under
 * the lines quietens whatever is beneath, so the hatch reads as one area. Seamless at `size`.
 */
export function transparentHatchImage(line: string, size = 10, lineWidth = 1.8, alpha = 0.85, washAlpha = 0): RgbaImage {
  const fg = rgb(line);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // distance to the diagonal x − y ≡ 0 (mod size)
      const d = Math.abs((((x - y) % size) + size) % size);
      const dist = Math.min(d, size - d) / Math.SQRT2;
      const t = coverage(lineWidth / 2, dist);
      // "over" compositing of the line on the white wash, in straight alpha
      const a = alpha * t + washAlpha * (1 - alpha * t);
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) {
        const c = a === 0 ? 255 : (fg[k]! * alpha * t + 255 * washAlpha * (1 - alpha * t)) / a;
        data[i + k] = Math.round(c);
      }
      data[i + 3] = Math.round(255 * a);
    }
  }
  return { width: size, height: size, data };
}
