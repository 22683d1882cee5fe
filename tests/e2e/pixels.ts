import { inflateSync } from 'node:zlib';
import { pngChunks } from './png-decode.ts';

/**
 * RGB of a 1×1 PNG (as page.screenshot gives for a 1-pixel clip). For a single pixel every PNG
 * filter reduces to the raw bytes, so no PNG library is needed for this.
 */
export function rgbOfOnePixelPng(png: Buffer): [number, number, number] {
  const idat = pngChunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data);
  const raw = inflateSync(Buffer.concat(idat));
  return [raw[1] ?? 0, raw[2] ?? 0, raw[3] ?? 0];
}

export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
}
