/**
 * The "no figure in sources" hatch: diagonal lines on the no-figure grey, as RGBA pixels for
 * `map.addImage`. Pure, so it can be tested and drawn the same way everywhere.
 */
export interface HatchImage {
  width: number;
  height: number;
  data: Uint8Array;
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** size × size pixels, a line of `lineWidth` pixels every `size` pixels, rising to the right. */
export function hatchImage(background: string, line: string, size = 8, lineWidth = 1.5): HatchImage {
  const bg = rgb(background);
  const fg = rgb(line);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // distance to the anti-diagonal x + y ≡ size - 1 (mod size), for a seamless tile
      const d = Math.abs(((x + y - (size - 1)) % size + size) % size);
      const dist = Math.min(d, size - d) / Math.SQRT2;
      const t = Math.max(0, Math.min(1, lineWidth / 2 + 0.5 - dist));
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) data[i + k] = Math.round(bg[k]! * (1 - t) + fg[k]! * t);
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/**
 * The "sources differ" tile: two-tone stripes of equal width, falling to the right (the no-figure
 * hatch is thin and rises to the right), `size` × `size` pixels, one light and one dark stripe
 * per tile along each row. Edges anti-aliased by 4 × 4 supersampling; seamless.
 */
export function stripeImage(light: string, dark: string, size = 12): HatchImage {
  const a = rgb(light);
  const b = rgb(dark);
  const data = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let darkShare = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = x + (sx + 0.5) / S;
          const v = y + (sy + 0.5) / S;
          // position across the stripes, along the diagonal x - y, folded into one period
          const p = (((u - v) % size) + size) % size;
          if (p >= size / 2) darkShare += 1;
        }
      }
      const t = darkShare / (S * S);
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) data[i + k] = Math.round(a[k]! * (1 - t) + b[k]! * t);
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}
