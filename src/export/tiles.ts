/**
 * The maths of a tiled export, pure: which area of the world the page's map frame shows, how the
 * frame is cut into tiles no GPU limit refuses, and where each tile's camera looks.
 *
 * Units. "CSS px" are MapLibre's: the world is 512·2^zoom CSS px wide (Web Mercator), labels and
 * line widths are sized in them. "Device px" are the page's pixels: one CSS px is dpi/96 device px,
 * so a label keeps its size on paper (1 CSS px = 1/96 inch) at any dpi.
 *
 * Exactness. A tile is a whole number of CSS px wide, and a multiple of `q` CSS px, where q·dpi/96
 * is a whole number of device px: the tile's canvas is then exactly its CSS size × dpi/96, with no
 * rounding inside MapLibre. The frame's top-left is put on a whole world CSS px, and tiles start
 * at multiples of q from there, so every tile's pixel grid is the frame's pixel grid: a line that
 * crosses a join continues on the same pixels.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const EARTH_RADIUS_M = 6_378_137;
const TILE_SIZE = 512;

export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/** Web Mercator: lon/lat → world CSS px at a world size (origin top-left, y down). */
export function lngLatToWorld([lon, lat]: readonly [number, number], size: number): [number, number] {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lon + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
  return [x, y];
}

export function worldToLngLat([x, y]: readonly [number, number], size: number): [number, number] {
  const lon = (x / size) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / size;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [lon, lat];
}

/** Ground metres per CSS px at a latitude and zoom. */
export function metresPerCssPx(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
}

/**
 * The preview frame on the live map: the largest rectangle of the map frame's aspect ratio that
 * fits in the map with a margin, centred. What it covers is what the export shows.
 */
export function previewRect(mapW: number, mapH: number, aspect: number, margin: number): Rect {
  const availW = Math.max(1, mapW - 2 * margin);
  const availH = Math.max(1, mapH - 2 * margin);
  const w = Math.min(availW, availH * aspect);
  const h = w / aspect;
  return { x: (mapW - w) / 2, y: (mapH - h) / 2, w, h };
}

export interface FrameView {
  /** the zoom the export renders at */
  zoom: number;
  /** world CSS px (at that zoom) of the frame's top-left corner: whole numbers */
  origin: [number, number];
  /** the frame's size in CSS px (device px ÷ pixel ratio) */
  cssW: number;
  cssH: number;
  /** [west, south, east, north] of the frame */
  bbox: [number, number, number, number];
  /** the frame's centre latitude, for the scale bar */
  centreLat: number;
}

/**
 * The camera of the page's map frame, from the live map: the frame shows what the preview
 * rectangle (`previewW` CSS px wide, centred on the live map) shows. The frame is wider in CSS px
 * than the preview, so the export zooms in by log2 of the ratio; labels keep their CSS size, and
 * the page shows the same area with finer detail. Bearing and pitch are 0 (the atlas disables both).
 */
export function frameView(
  centre: readonly [number, number],
  liveZoom: number,
  previewW: number,
  frameW: number,
  frameH: number,
  dpi: number,
): FrameView {
  const pr = dpi / 96;
  const cssW = frameW / pr;
  const cssH = frameH / pr;
  const zoom = liveZoom + Math.log2(cssW / previewW);
  const size = worldSize(zoom);
  const [cx, cy] = lngLatToWorld(centre, size);
  const origin: [number, number] = [Math.round(cx - cssW / 2), Math.round(cy - cssH / 2)];
  const [west, north] = worldToLngLat(origin, size);
  const [east, south] = worldToLngLat([origin[0] + cssW, origin[1] + cssH], size);
  const centreLat = worldToLngLat([origin[0] + cssW / 2, origin[1] + cssH / 2], size)[1];
  return { zoom, origin, cssW, cssH, bbox: [west, south, east, north], centreLat };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export interface Tile {
  col: number;
  row: number;
  /** the tile's centre, CSS px from the frame's top-left: its camera looks there */
  centreCss: [number, number];
  /** the part of the tile's canvas that is kept (device px in the tile's canvas) */
  src: Rect;
  /** where that part goes (device px in the frame) */
  dst: Rect;
}

export interface TilePlan {
  pixelRatio: number;
  /** every tile's canvas has this size: one hidden map serves them all */
  canvasCss: { w: number; h: number };
  canvasPx: { w: number; h: number };
  cols: number;
  rows: number;
  /** the overlap kept around each join (CSS px per side), so labels near a join are placed alike */
  gutterCss: { x: number; y: number };
  tiles: Tile[];
}

export interface TileOptions {
  /** the frame in device px */
  frameW: number;
  frameH: number;
  dpi: number;
  /** the largest canvas side allowed (GPU limits and the memory cap), device px */
  maxTilePx: number;
  /** wanted overlap per side at a join, CSS px (rounded up to the grid) */
  gutterCss: number;
}

interface AxisPlan {
  count: number;
  /** kept part of each tile, in grid units */
  core: number;
  gutter: number;
}

/** One axis: as few tiles as fit under the limit, the kept parts as equal as the grid allows. */
function planAxis(frameUnits: number, maxUnits: number, gutterUnits: number): AxisPlan {
  if (frameUnits <= maxUnits) return { count: 1, core: frameUnits, gutter: 0 };
  let gutter = gutterUnits;
  // a limit too small for the wanted overlap: shrink the overlap, keep at least one unit of tile
  if (maxUnits - 2 * gutter < 1) gutter = Math.max(0, Math.floor((maxUnits - 1) / 2));
  const count = Math.ceil(frameUnits / (maxUnits - 2 * gutter));
  return { count, core: Math.ceil(frameUnits / count), gutter };
}

export function planTiles(o: TileOptions): TilePlan {
  if (o.frameW < 1 || o.frameH < 1) throw new Error(`the map frame is empty (${o.frameW}×${o.frameH} px)`);
  const pr = o.dpi / 96;
  const g = gcd(o.dpi, 96);
  /** grid unit: q CSS px = u device px, both whole */
  const q = 96 / g;
  const u = o.dpi / g;
  const maxUnits = Math.floor(o.maxTilePx / u);
  if (maxUnits < 1) throw new Error(`a tile of ${o.maxTilePx} px is smaller than one grid step (${u} px)`);
  const gutterUnits = Math.ceil(o.gutterCss / q);
  const x = planAxis(Math.ceil(o.frameW / u), maxUnits, gutterUnits);
  const y = planAxis(Math.ceil(o.frameH / u), maxUnits, gutterUnits);
  const canvasUnits = { w: x.core + 2 * x.gutter, h: y.core + 2 * y.gutter };
  const tiles: Tile[] = [];
  for (let row = 0; row < y.count; row++) {
    for (let col = 0; col < x.count; col++) {
      const dx = col * x.core * u;
      const dy = row * y.core * u;
      const dst = { x: dx, y: dy, w: Math.min(x.core * u, o.frameW - dx), h: Math.min(y.core * u, o.frameH - dy) };
      // balanced cores can leave the last tile nothing to keep: it is not rendered
      if (dst.w <= 0 || dst.h <= 0) continue;
      tiles.push({
        col,
        row,
        centreCss: [(col + 0.5) * x.core * q, (row + 0.5) * y.core * q],
        src: { x: x.gutter * u, y: y.gutter * u, w: dst.w, h: dst.h },
        dst,
      });
    }
  }
  return {
    pixelRatio: pr,
    canvasCss: { w: canvasUnits.w * q, h: canvasUnits.h * q },
    canvasPx: { w: canvasUnits.w * u, h: canvasUnits.h * u },
    cols: x.count,
    rows: y.count,
    gutterCss: { x: x.gutter * q, y: y.gutter * q },
    tiles,
  };
}

/**
 * The camera that shows the whole frame in a container of ceil(cssW) × ceil(cssH): its centre,
 * where the labels of the page are placed before the tiles are drawn.
 */
export function frameCentre(view: FrameView): [number, number] {
  return worldToLngLat([view.origin[0] + Math.ceil(view.cssW) / 2, view.origin[1] + Math.ceil(view.cssH) / 2], worldSize(view.zoom));
}

/** Where a tile's camera looks: the world point under its canvas centre. */
export function tileCentre(view: FrameView, tile: Tile): [number, number] {
  return worldToLngLat([view.origin[0] + tile.centreCss[0], view.origin[1] + tile.centreCss[1]], worldSize(view.zoom));
}

/** The largest tile side this GPU renders, capped to bound memory (a 4096² canvas is 64 MB). */
export function maxTileSide(limits: { maxTexture: number; maxRenderbuffer: number; maxViewport: readonly number[] }, cap = 4096): number {
  return Math.min(cap, limits.maxTexture, limits.maxRenderbuffer, ...limits.maxViewport);
}

export interface JoinBand {
  /** indexes into plan.tiles */
  a: number;
  b: number;
  /** the same frame area, as each tile's canvas holds it */
  inA: Rect;
  inB: Rect;
}

/**
 * For every join between neighbouring tiles, a band `half` px either side of it, in both tiles'
 * canvases (each renders it: the gutter). Where the two agree pixel for pixel, the join is
 * invisible, labels across it included. Empty when the gutter is narrower than the band.
 */
export function joinBands(plan: TilePlan, half: number): JoinBand[] {
  const out: JoinBand[] = [];
  const at = (col: number, row: number) => plan.tiles.findIndex((t) => t.col === col && t.row === row);
  const inTile = (t: Tile, frame: Rect): Rect => ({ x: t.src.x + frame.x - t.dst.x, y: t.src.y + frame.y - t.dst.y, w: frame.w, h: frame.h });
  const fits = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.w <= plan.canvasPx.w && r.y + r.h <= plan.canvasPx.h;
  for (const [i, t] of plan.tiles.entries()) {
    for (const [dc, dr] of [[1, 0], [0, 1]] as const) {
      const j = at(t.col + dc, t.row + dr);
      const n = plan.tiles[j];
      if (!n) continue;
      const frame: Rect = dc ? { x: n.dst.x - half, y: t.dst.y, w: 2 * half, h: t.dst.h } : { x: t.dst.x, y: n.dst.y - half, w: t.dst.w, h: 2 * half };
      const band = { a: i, b: j, inA: inTile(t, frame), inB: inTile(n, frame) };
      if (fits(band.inA) && fits(band.inB)) out.push(band);
    }
  }
  return out;
}
