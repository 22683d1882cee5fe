import { describe, expect, it } from 'vitest';
import {
  frameCentre,
  frameView,
  joinBands,
  lngLatToWorld,
  maxTileSide,
  metresPerCssPx,
  planTiles,
  previewRect,
  tileCentre,
  worldSize,
  worldToLngLat,
  type Rect,
  type TilePlan,
} from '../../src/export/tiles.ts';

const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Every frame pixel is written by exactly one tile: areas add up, no two overlap, all inside. */
function expectExactCover(plan: TilePlan, frameW: number, frameH: number): void {
  const area = plan.tiles.reduce((s, t) => s + t.dst.w * t.dst.h, 0);
  expect(area).toBe(frameW * frameH);
  for (const [i, a] of plan.tiles.entries()) {
    expect(a.dst.x).toBeGreaterThanOrEqual(0);
    expect(a.dst.y).toBeGreaterThanOrEqual(0);
    expect(a.dst.x + a.dst.w).toBeLessThanOrEqual(frameW);
    expect(a.dst.y + a.dst.h).toBeLessThanOrEqual(frameH);
    for (const b of plan.tiles.slice(i + 1)) expect(overlap(a.dst, b.dst)).toBe(0);
    // the kept part lies inside the tile's canvas, same size as where it goes
    expect(a.src.x + a.src.w).toBeLessThanOrEqual(plan.canvasPx.w);
    expect(a.src.y + a.src.h).toBeLessThanOrEqual(plan.canvasPx.h);
    expect([a.src.w, a.src.h]).toEqual([a.dst.w, a.dst.h]);
  }
}

const CASES = [
  { frameW: 3286, frameH: 2799, dpi: 300, maxTilePx: 4096 },
  { frameW: 4700, frameH: 4100, dpi: 300, maxTilePx: 4096 },
  { frameW: 13100, frameH: 9200, dpi: 600, maxTilePx: 4096 },
  { frameW: 1142, frameH: 942, dpi: 150, maxTilePx: 700 },
  { frameW: 915, frameH: 942, dpi: 97, maxTilePx: 512 },
  { frameW: 600, frameH: 450, dpi: 72, maxTilePx: 8192 },
];

describe('tile plan', () => {
  it.each(CASES)('covers a $frameW×$frameH frame at $dpi dpi (tiles ≤ $maxTilePx) exactly once', (c) => {
    const plan = planTiles({ ...c, gutterCss: 96 });
    expectExactCover(plan, c.frameW, c.frameH);
    expect(plan.canvasPx.w).toBeLessThanOrEqual(c.maxTilePx);
    expect(plan.canvasPx.h).toBeLessThanOrEqual(c.maxTilePx);
    // the canvas is exactly its CSS size × dpi/96, in whole pixels: no rounding inside MapLibre
    expect(plan.canvasPx.w).toBe((plan.canvasCss.w * c.dpi) / 96);
    expect(plan.canvasPx.h).toBe((plan.canvasCss.h * c.dpi) / 96);
    expect(Number.isInteger(plan.canvasCss.w) && Number.isInteger(plan.canvasPx.w)).toBe(true);
  });

  it('renders a frame that fits in one tile as one tile, with no gutter', () => {
    const plan = planTiles({ frameW: 3286, frameH: 2799, dpi: 300, maxTilePx: 4096, gutterCss: 96 });
    expect(plan.tiles).toHaveLength(1);
    expect(plan.gutterCss).toEqual({ x: 0, y: 0 });
    expect(plan.tiles[0]!.src).toMatchObject({ x: 0, y: 0 });
  });

  it('cuts an A2 at 600 dpi into a grid with an overlap at every join', () => {
    const plan = planTiles({ frameW: 13100, frameH: 9200, dpi: 600, maxTilePx: 4096, gutterCss: 96 });
    // 96 CSS px of overlap is 600 device px a side at 600 dpi: each 4075-px tile keeps 2875 px
    expect(plan.cols).toBe(5);
    expect(plan.rows).toBe(4);
    expect(plan.gutterCss.x).toBeGreaterThanOrEqual(96);
    // a tile keeps only its middle: the gutter on each side is rendered and cropped away
    const inner = plan.tiles.find((t) => t.col === 1 && t.row === 1)!;
    expect(inner.src.x).toBe((plan.gutterCss.x * 600) / 96);
  });

  it('puts each tile camera where its kept pixels show the frame: world px agree at every corner', () => {
    for (const c of CASES) {
      const plan = planTiles({ ...c, gutterCss: 96 });
      const view = frameView([46.8, 39.9], 7.3, 640, c.frameW, c.frameH, c.dpi);
      const size = worldSize(view.zoom);
      const pr = c.dpi / 96;
      for (const t of plan.tiles) {
        const centre = lngLatToWorld(tileCentre(view, t), size);
        // world px of the kept part's top-left, seen from the tile's camera…
        const fromTile = [centre[0] - plan.canvasCss.w / 2 + t.src.x / pr, centre[1] - plan.canvasCss.h / 2 + t.src.y / pr];
        // …and from the frame's
        const fromFrame = [view.origin[0] + t.dst.x / pr, view.origin[1] + t.dst.y / pr];
        expect(fromTile[0]).toBeCloseTo(fromFrame[0]!, 6);
        expect(fromTile[1]).toBeCloseTo(fromFrame[1]!, 6);
      }
    }
  });
});

describe('join bands', () => {
  it('gives, for every join, the same frame area in both neighbouring tiles’ canvases', () => {
    const plan = planTiles({ frameW: 1142, frameH: 942, dpi: 150, maxTilePx: 700, gutterCss: 96 });
    const bands = joinBands(plan, 24);
    // 3×3 tiles: 2 joins per row across 3 rows, and 2 per column across 3 columns
    expect(bands).toHaveLength(12);
    for (const band of bands) {
      const [ta, tb] = [plan.tiles[band.a]!, plan.tiles[band.b]!];
      // canvas → frame, through each tile's own crop: the two land on the same frame rectangle
      const toFrame = (t: typeof ta, r: Rect) => ({ x: r.x - t.src.x + t.dst.x, y: r.y - t.src.y + t.dst.y, w: r.w, h: r.h });
      expect(toFrame(ta, band.inA)).toEqual(toFrame(tb, band.inB));
      const frame = toFrame(ta, band.inA);
      // straddling the join: half in each tile's kept part
      const vertical = tb.col !== ta.col;
      const join = vertical ? tb.dst.x : tb.dst.y;
      expect(vertical ? frame.x + frame.w / 2 : frame.y + frame.h / 2).toBe(join);
    }
  });

  it('has none where the gutter is narrower than the band', () => {
    const plan = planTiles({ frameW: 1142, frameH: 942, dpi: 150, maxTilePx: 700, gutterCss: 0 });
    expect(joinBands(plan, 24)).toHaveLength(0);
  });
});

describe('camera of the map frame', () => {
  it('centres the whole-frame camera (where labels are placed) on the frame', () => {
    const v = frameView([46.8, 39.9], 7, 800, 3286, 2799, 300);
    const c = lngLatToWorld(frameCentre(v), worldSize(v.zoom));
    expect(c[0]).toBeCloseTo(v.origin[0] + Math.ceil(v.cssW) / 2, 6);
    expect(c[1]).toBeCloseTo(v.origin[1] + Math.ceil(v.cssH) / 2, 6);
  });

  it('zooms in by log2(frame CSS width / preview width) and starts on a whole world pixel', () => {
    const v = frameView([46.8, 39.9], 7, 800, 3286, 2799, 300);
    expect(v.cssW).toBeCloseTo(3286 / 3.125, 9);
    expect(v.zoom).toBeCloseTo(7 + Math.log2(3286 / 3.125 / 800), 12);
    expect(Number.isInteger(v.origin[0]) && Number.isInteger(v.origin[1])).toBe(true);
    const [w, s, e, n] = v.bbox;
    expect(w).toBeLessThan(46.8);
    expect(e).toBeGreaterThan(46.8);
    expect(s).toBeLessThan(39.9);
    expect(n).toBeGreaterThan(39.9);
  });

  it('shows the same area at 72 and 600 dpi (only the detail changes)', () => {
    const a = frameView([46.8, 39.9], 7, 800, 838, 638, 72);
    const b = frameView([46.8, 39.9], 7, 800, 6983, 5317, 600);
    for (let i = 0; i < 4; i++) expect(a.bbox[i]).toBeCloseTo(b.bbox[i]!, 2);
  });

  it('projects and unprojects Web Mercator both ways; the scale is the known one', () => {
    const size = worldSize(9.5);
    const back = worldToLngLat(lngLatToWorld([46.79, 39.91], size), size);
    expect(back[0]).toBeCloseTo(46.79, 9);
    expect(back[1]).toBeCloseTo(39.91, 9);
    expect(metresPerCssPx(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
    expect(metresPerCssPx(60, 0)).toBeCloseTo(40_075_016.686 / 1024, 3);
  });

  it('frames the preview with the page map frame’s aspect ratio, centred, inside the margin', () => {
    const r = previewRect(928, 700, 1.2, 24);
    expect(r.w / r.h).toBeCloseTo(1.2, 9);
    expect(r.x + r.w / 2).toBeCloseTo(464, 9);
    expect(r.y).toBeGreaterThanOrEqual(24);
    expect(r.x).toBeGreaterThanOrEqual(24);
  });

  it('takes the smallest of the GPU limits, capped at 4096', () => {
    expect(maxTileSide({ maxTexture: 8192, maxRenderbuffer: 8192, maxViewport: [8192, 8192] })).toBe(4096);
    expect(maxTileSide({ maxTexture: 16384, maxRenderbuffer: 2048, maxViewport: [16384, 16384] })).toBe(2048);
  });
});
