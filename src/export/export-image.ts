/**
 * An image export from start to file: the page size from paper and dpi, the layout, the camera of
 * the map frame (what the preview frame on the live map covers), the map rendered tile by tile in a
 * hidden map, the page drawn around it, then PNG (with metadata) or JPEG. Progress is reported per
 * tile; an AbortSignal stops it between and during tiles. The live map is only read, at the start.
 */
import type { LiveView } from '../map/live-view.ts';
import { EXPORT_UI } from '../i18n/en-export.ts';
import { formatDate } from '../lib/format.ts';
import { layoutPage, type LegendSection, type PageLayout } from './compose-page.ts';
import { rectPx } from './page-units.ts';
import { CanvasAllocationError, ExportAborted } from '../lib/export-errors.ts';
import { canvasMeasure, loadExportFonts, paintPage } from './paint-page.ts';
import { ExportRequest, lowerDpi, pageSize, type PageSize } from '../lib/paper.ts';
import { withJpegMetadata, withPngMetadata } from './png-metadata.ts';
import type { EncodeReply } from './encode-worker.ts';
import { frameCentre, frameView, joinBands, maxTileSide, metresPerCssPx, planTiles, previewRect, tileCentre, type FrameView, type Rect } from './tiles.ts';

export { CanvasAllocationError, ExportAborted } from '../lib/export-errors.ts';

/** Room left around the preview frame on the live map, CSS px. */
export const PREVIEW_MARGIN = 24;
/** Overlap at each tile join (CSS px per side): labels near a join are placed the same in both tiles. */
const GUTTER_CSS = 96;
/** Half-width of the band compared either side of a join when probing (device px). */
const JOIN_PROBE_PX = 24;
/** Chromium's canvas limits: a larger canvas fails, often silently. */
const CANVAS_MAX_SIDE = 32_767;
const CANVAS_MAX_AREA = 268_435_456;

export interface Evidence {
  legend: LegendSection[];
  citations: string[];
  /** "displaced people by district; Khojaly, Feb 1992": what the view shows, for the default title */
  shown: string;
}

/** What the test handle's `exportImage` resolves to (tests, benchmark). */
export interface ExportImageResult {
  width: number;
  height: number;
  bytes: number;
  tiles: number;
  ms: number;
  timings: ExportOutcome['timings'];
  /** object URL of the image */
  url: string;
  fileName: string;
  regions: ExportOutcome['regions'];
  joins?: ExportOutcome['joins'];
}

export interface ExportContext {
  live: LiveView;
  /** legend and short citations of what a bbox [w, s, e, n] shows */
  evidence(bbox: [number, number, number, number]): Evidence;
  permalink: string;
  dataVersion: string;
  attribution: readonly string[];
  fontBaseUrl: string;
}

export interface ExportOptions {
  onProgress?: (done: number, total: number, phase: 'tiles' | 'compose' | 'encode') => void;
  signal?: AbortSignal | undefined;
}

export interface ExportOutcome {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
  tiles: number;
  ms: number;
  /** where the time went (ms): setting up the hidden map, rendering the tiles, the page, encoding */
  timings: { setup: number; tiles: number; compose: number; encode: number };
  /** with `probeJoins`: how far neighbouring tiles disagree around their joins (see joinBands) */
  joins?: JoinCheck;
  /** where things are on the page, device px (tests look for ink there) */
  regions: Record<'frame' | 'header' | 'legend' | 'sources' | 'footer', Rect>;
}

export interface JoinCheck {
  bands: number;
  /** the largest share of band pixels whose colour differs by more than 40 in a channel */
  worstMismatch: number;
}

/** How far two renders of the same band differ: the share of pixels off by more than 40. */
function mismatch(a: ImageData, b: ImageData): number {
  let off = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i]! - b.data[i]!), Math.abs(a.data[i + 1]! - b.data[i + 1]!), Math.abs(a.data[i + 2]! - b.data[i + 2]!));
    if (d > 40) off++;
  }
  return off / (a.data.length / 4);
}

export interface PagePlan {
  page: PageSize;
  layout: PageLayout;
  /** the map frame in device px */
  framePx: Rect;
  /** the preview rectangle on the live map, CSS px in its container */
  preview: Rect;
  view: FrameView;
  evidence: Evidence;
  title: string;
}

let measureCtx: CanvasRenderingContext2D | null = null;
const measure = () => {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) throw new Error('Canvas 2D is not available');
  return canvasMeasure(measureCtx);
};

function today(): { iso: string; text: string } {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, text: formatDate(iso) };
}

/**
 * Page, layout and camera for a request against the live map as it is now. The legend and
 * sources depend on the area and the frame's shape on the legend and sources, so the two are
 * settled in turn until they agree (in practice at the second pass; at most three).
 */
export function planPage(req: ExportRequest, ctx: ExportContext): PagePlan {
  const page = pageSize(req.paper, req.orientation, req.dpi);
  const container = ctx.live.container();
  const mapW = container.clientWidth;
  const mapH = container.clientHeight;
  const centreOf = (r: Rect): [number, number] => ctx.live.unproject([r.x + r.w / 2, r.y + r.h / 2]);
  let evidence = ctx.evidence(ctx.live.bounds());
  const same = (a: Evidence, b: Evidence) => JSON.stringify(a) === JSON.stringify(b);
  for (let pass = 0; ; pass++) {
    const title = req.title?.trim() || EXPORT_UI.defaultTitle(evidence.shown);
    const date = today();
    const layout = layoutPage(
      { w: page.widthMm, h: page.heightMm },
      {
        title,
        subtitle: `${EXPORT_UI.exported(date.text)} · ${EXPORT_UI.dataVersion(ctx.dataVersion)}`,
        legend: evidence.legend,
        citations: evidence.citations,
        attribution: [...ctx.attribution, EXPORT_UI.renderedWith].join(' · '),
        permalink: ctx.permalink,
      },
      measure(),
    );
    const framePx = rectPx(layout.frame, page.dpi);
    const preview = previewRect(mapW, mapH, framePx.w / framePx.h, PREVIEW_MARGIN);
    const view = frameView(centreOf(preview), ctx.live.zoom(), preview.w, framePx.w, framePx.h, page.dpi);
    // what the page lists must be what its frame shows: settle when the evidence stops changing
    const inFrame = ctx.evidence(view.bbox);
    if (same(inFrame, evidence) || pass === 2) return { page, layout, framePx, preview, view, evidence, title };
    evidence = inFrame;
  }
}

/**
 * A canvas of exactly w × h, or an error that says why not (Chromium fails big canvases quietly).
 * An OffscreenCanvas: its bitmap goes to the encoding worker without a copy.
 */
function allocateCanvas(page: PageSize): { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D } {
  const { widthPx: w, heightPx: h, dpi } = page;
  const paper = /^A\d\b/.exec(page.label)?.[0];
  const what = paper ? `a ${dpi} dpi ${paper}` : `a ${dpi} dpi`;
  const fail = () => new CanvasAllocationError(w, h, EXPORT_UI.canvasTooLarge(what, w, h, lowerDpi(dpi)));
  if (w > CANVAS_MAX_SIDE || h > CANVAS_MAX_SIDE || w * h > CANVAS_MAX_AREA) throw fail();
  let canvas: OffscreenCanvas;
  let ctx: OffscreenCanvasRenderingContext2D | null;
  try {
    canvas = new OffscreenCanvas(w, h);
    // a CPU canvas: the GPU (software WebGL here) is busy with the map, and the encoder reads it all back
    ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  } catch {
    throw fail();
  }
  if (!ctx || canvas.width !== w || canvas.height !== h) throw fail();
  // a canvas whose memory could not be allocated draws nothing: check its far corner
  ctx.fillStyle = '#010203';
  ctx.fillRect(w - 1, h - 1, 1, 1);
  const probe = ctx.getImageData(w - 1, h - 1, 1, 1).data;
  if (probe[0] !== 1 || probe[1] !== 2 || probe[2] !== 3) throw fail();
  return { canvas, ctx };
}

/** PNG or JPEG bytes of the page, encoded in a worker; the canvas is emptied (its bitmap moves). */
function encode(canvas: OffscreenCanvas, type: 'image/png' | 'image/jpeg', quality: number | undefined, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const bitmap = canvas.transferToImageBitmap();
  const worker = new Worker(new URL('./encode-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(new ExportAborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<EncodeReply>) => {
      done();
      if (e.data.ok) resolve(e.data.bytes);
      else reject(new CanvasAllocationError(bitmap.width, bitmap.height, `the browser could not encode the image (${e.data.message})`));
    };
    worker.onerror = (e) => {
      done();
      reject(new Error(`the image encoder failed: ${e.message}`));
    };
    worker.postMessage({ bitmap, type, quality }, [bitmap]);
  });
}

export function exportFileName(page: PageSize, req: ExportRequest, dataVersion: string): string {
  const size = typeof req.paper === 'string' ? `${req.paper.toLowerCase()}-${req.orientation}` : `${page.widthPx}x${page.heightPx}`;
  return `karabakh-atlas-${today().iso}-${dataVersion}-${size}-${req.dpi}dpi.${req.format === 'png' ? 'png' : 'jpg'}`;
}

export async function exportImage(request: ExportRequest, ctx: ExportContext, opts: ExportOptions = {}): Promise<ExportOutcome> {
  const t0 = performance.now();
  const req = ExportRequest.parse(request);
  const { signal, onProgress } = opts;
  const check = () => {
    if (signal?.aborted) throw new ExportAborted();
  };
  await loadExportFonts(ctx.fontBaseUrl);
  check();
  // everything read from the live map is read now: the reader may pan it while we render
  const plan = planPage(req, ctx);
  const style = ctx.live.style();
  const { page, layout, framePx, view } = plan;
  const { canvas, ctx: g } = allocateCanvas(page);
  // white paper around the frame (the tiles cover the frame itself)
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, page.widthPx, framePx.y);
  g.fillRect(0, framePx.y + framePx.h, page.widthPx, page.heightPx - framePx.y - framePx.h);
  g.fillRect(0, framePx.y, framePx.x, framePx.h);
  g.fillRect(framePx.x + framePx.w, framePx.y, page.widthPx - framePx.x - framePx.w, framePx.h);

  const tiles = planTiles({
    frameW: framePx.w,
    frameH: framePx.h,
    dpi: page.dpi,
    maxTilePx: req.maxTilePx ?? maxTileSide(ctx.live.gpuLimits()),
    gutterCss: GUTTER_CSS,
  });
  const total = tiles.tiles.length;
  onProgress?.(0, total, 'tiles');
  const t1 = performance.now();
  /** A tile the GPU would not draw: say so in the reader's words, with a dpi to try. */
  const tileFailure = (e: unknown): unknown =>
    e instanceof CanvasAllocationError
      ? new CanvasAllocationError(e.widthPx, e.heightPx, EXPORT_UI.tileFailed(page.dpi, e.widthPx, e.heightPx, e.message, lowerDpi(page.dpi)))
      : e;
  const hidden = await ctx.live.offscreen({
    style,
    frameCss: { w: view.cssW, h: view.cssH },
    frameCamera: { center: frameCentre(view), zoom: view.zoom },
    canvasCss: tiles.canvasCss,
    canvasPx: tiles.canvasPx,
    pixelRatio: tiles.pixelRatio,
    signal,
  }).catch((e: unknown) => {
    throw tileFailure(e);
  });
  const t2 = performance.now();
  const bands = req.probeJoins ? joinBands(tiles, JOIN_PROBE_PX) : [];
  const bandPixels = new Map<string, ImageData>();
  try {
    for (const [k, tile] of tiles.tiles.entries()) {
      check();
      await hidden.render({ center: tileCentre(view, tile), zoom: view.zoom }, signal);
      g.putImageData(await hidden.read(tile.src, signal), framePx.x + tile.dst.x, framePx.y + tile.dst.y);
      for (const [n, band] of bands.entries()) {
        if (band.a === k) bandPixels.set(`${n}a`, await hidden.read(band.inA, signal));
        if (band.b === k) bandPixels.set(`${n}b`, await hidden.read(band.inB, signal));
      }
      onProgress?.(k + 1, total, 'tiles');
    }
  } catch (e) {
    throw tileFailure(e);
  } finally {
    hidden.remove();
  }
  check();
  const t3 = performance.now();
  onProgress?.(total, total, 'compose');
  paintPage(g, layout, page.dpi, {
    metresPerMm: metresPerCssPx(view.centreLat, view.zoom) * (96 / 25.4),
    centreLat: view.centreLat,
  });
  const t4 = performance.now();
  onProgress?.(total, total, 'encode');
  const type = req.format === 'png' ? 'image/png' : 'image/jpeg';
  const raw = await encode(canvas, type, req.format === 'jpeg' ? 0.92 : undefined, signal);
  check();
  const copyright = ctx.attribution.join(' · ');
  const bytes =
    req.format === 'png'
      ? withPngMetadata(
          raw,
          {
            title: plan.title,
            source: ctx.permalink,
            copyright,
            creationTime: new Date(),
            software: EXPORT_UI.software(ctx.dataVersion),
            comment: EXPORT_UI.comment(ctx.dataVersion, plan.evidence.citations),
          },
          page.dpi,
        )
      : withJpegMetadata(raw, page.dpi, `${plan.title} | ${ctx.permalink} | ${copyright} | data version ${ctx.dataVersion}`);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const px = (r: Rect) => rectPx(r, page.dpi);
  return {
    blob,
    fileName: exportFileName(page, req, ctx.dataVersion),
    width: page.widthPx,
    height: page.heightPx,
    tiles: total,
    ms: Math.round(performance.now() - t0),
    ...(req.probeJoins
      ? { joins: { bands: bands.length, worstMismatch: Math.max(0, ...bands.map((_, n) => mismatch(bandPixels.get(`${n}a`)!, bandPixels.get(`${n}b`)!))) } }
      : {}),
    timings: { setup: Math.round(t2 - t1), tiles: Math.round(t3 - t2), compose: Math.round(t4 - t3), encode: Math.round(performance.now() - t4) },
    regions: {
      frame: framePx,
      header: px(layout.regions.header),
      legend: px(layout.regions.legend),
      sources: px(layout.regions.sources),
      footer: px(layout.regions.footer),
    },
  };
}
