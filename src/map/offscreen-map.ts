/**
 * A hidden MapLibre map that renders the live map's style at print resolution, tile by tile.
 *
 * - pixelRatio = dpi/96 on every tile: labels and line widths keep their physical size.
 * - maxCanvasSize = the tile's canvas: MapLibre never lowers the ratio behind our back (its
 *   default 4096 silently turns an A3 at 300 dpi into 248 dpi); the tile plan keeps the canvas
 *   within the GPU limits instead.
 * - preserveDrawingBuffer, fadeDuration 0, not interactive: once `idle`, the canvas holds the
 *   finished frame with every label at full opacity, ready to be read (asynchronously, see read()).
 * - One hidden map serves every tile (sources parsed, glyphs made, shaders compiled once); it is
 *   removed when the export ends.
 * - Draft, then print. MapLibre draws a frame each time a source tile arrives, and software WebGL
 *   (SwiftShader) pays for every one at full size when the pixels are read back. So the map first
 *   settles at a tiny pixel ratio (tiles loaded, labels placed: none of that depends on the ratio)
 *   and only then draws once at the print ratio: an A3 at 300 dpi went from ~11 s to ~3 s of
 *   rendering here.
 * - Labels placed over the whole frame. Before each tile the draft is laid out on the WHOLE map
 *   frame (its CSS size), so labels are placed as on a one-piece page; the tile then moves in and
 *   MapLibre, which tries a label's previous anchor first, keeps those choices. Neighbouring
 *   tiles render the overlap at a join identically (the e2e test compares them pixel for pixel),
 *   so a label across a join is drawn whole, once. A label may still take another side of its
 *   point than in an untiled render (the side is chosen once, and sticks).
 *
 * The live map is only read (style, images); it stays the reader's.
 */
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { CanvasAllocationError, ExportAborted } from '../lib/export-errors.ts';
import { fontRequests } from './font-files.ts';

export { CanvasAllocationError, ExportAborted } from '../lib/export-errors.ts';

/** Rejects when the signal aborts, so a wait for `idle` ends at once on Cancel. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new ExportAborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ExportAborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** The pixel ratio of the draft pass: small enough that its frames cost nothing. */
const DRAFT_RATIO = 0.125;

export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface OffscreenMapOptions {
  style: StyleSpecification;
  /** the live map, whose run-time images (hatches, arrows) the hidden map copies on request */
  live: Pick<MapLibreMap, 'hasImage' | 'getImage'>;
  /** the whole map frame: its CSS size and the camera at its centre (where labels are placed) */
  frameCss: { w: number; h: number };
  frameCamera: Camera;
  /** one tile's canvas */
  canvasCss: { w: number; h: number };
  canvasPx: { w: number; h: number };
  pixelRatio: number;
  signal?: AbortSignal | undefined;
}

/** WebGL rows run bottom-up; images top-down. */
function flipRows(data: Uint8ClampedArray, stride: number, rows: number): void {
  const tmp = new Uint8ClampedArray(stride);
  for (let top = 0, bottom = rows - 1; top < bottom; top++, bottom--) {
    tmp.set(data.subarray(top * stride, (top + 1) * stride));
    data.copyWithin(top * stride, bottom * stride, (bottom + 1) * stride);
    data.set(tmp, bottom * stride);
  }
}

export class OffscreenMap {
  private constructor(
    private readonly map: MapLibreMap,
    private readonly container: HTMLElement,
    private readonly o: OffscreenMapOptions,
  ) {}

  private setSize(css: { w: number; h: number }): void {
    this.container.style.width = `${css.w}px`;
    this.container.style.height = `${css.h}px`;
  }

  static async create(o: OffscreenMapOptions): Promise<OffscreenMap> {
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    // laid out (MapLibre reads clientWidth) but far off screen, and never in the reader's way
    Object.assign(container.style, {
      position: 'fixed',
      left: '-100000px',
      top: '0',
      width: `${Math.ceil(o.frameCss.w)}px`,
      height: `${Math.ceil(o.frameCss.h)}px`,
      pointerEvents: 'none',
    });
    document.body.append(container);
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: o.style,
        center: o.frameCamera.center,
        zoom: o.frameCamera.zoom,
        pixelRatio: DRAFT_RATIO,
        maxCanvasSize: [o.canvasPx.w, o.canvasPx.h],
        interactive: false,
        attributionControl: false,
        // the live map validated this style already
        validateStyle: false,
        fadeDuration: 0,
        // no world copies, no bounds and a wide zoom range: the camera goes exactly where the tile is
        renderWorldCopies: false,
        minZoom: 0,
        maxZoom: 24,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        // the same fonts as the live map, with the same time limit (font-files.ts)
        transformRequest: fontRequests,
      });
    } catch (e) {
      container.remove();
      throw new CanvasAllocationError(o.canvasPx.w, o.canvasPx.h, e instanceof Error ? e.message : String(e));
    }
    const off = new OffscreenMap(map, container, o);
    map.setMissingStyleImageResolver((id) => {
      if (map.hasImage(id) || !o.live.hasImage(id)) return;
      const img = o.live.getImage(id);
      map.addImage(id, { width: img.data.width, height: img.data.height, data: img.data.data }, { pixelRatio: img.pixelRatio, sdf: img.sdf });
    });
    try {
      await abortable(new Promise<void>((resolve) => map.once('load', () => resolve())), o.signal);
    } catch (e) {
      off.remove();
      throw e;
    }
    return off;
  }

  /** Resolves at the next `idle` (every source loaded, every label placed, nothing moving). */
  private nextIdle(signal: AbortSignal | undefined, change: () => void): Promise<void> {
    const idle = new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
    change();
    // a change that changes nothing would not redraw, and then never go idle
    this.map.triggerRepaint();
    return abortable(idle, signal);
  }

  /**
   * Renders one tile: the whole frame at the draft ratio (labels placed over the page), then the
   * tile's canvas at its camera and the print ratio, drawn once. Throws CanvasAllocationError if
   * the canvas is not the size asked for (a GPU that gave less).
   */
  async render(camera: Camera, signal?: AbortSignal): Promise<void> {
    const { map, o } = this;
    await this.nextIdle(signal, () => {
      this.setSize({ w: Math.ceil(o.frameCss.w), h: Math.ceil(o.frameCss.h) });
      map.setPixelRatio(DRAFT_RATIO);
      map.jumpTo({ ...o.frameCamera, bearing: 0, pitch: 0 });
    });
    await this.nextIdle(signal, () => {
      this.setSize(o.canvasCss);
      map.setPixelRatio(o.pixelRatio);
      map.jumpTo({ ...camera, bearing: 0, pitch: 0 });
    });
    const canvas = map.getCanvas();
    if (canvas.width !== o.canvasPx.w || canvas.height !== o.canvasPx.h) {
      throw new CanvasAllocationError(o.canvasPx.w, o.canvasPx.h, `the map canvas came out at ${canvas.width}×${canvas.height} px`);
    }
    if (canvas.getContext('webgl2')?.isContextLost()) throw new CanvasAllocationError(canvas.width, canvas.height, 'the WebGL context was lost');
  }

  /**
   * The pixels of a rectangle of the rendered tile (top-left origin). The read goes into a pixel
   * buffer and is waited for with a fence, polled between frames: software WebGL takes seconds to
   * finish a print-size frame, and a plain readPixels or drawImage would freeze the page (and
   * the reader's map) for all that time.
   */
  async read(r: { x: number; y: number; w: number; h: number }, signal?: AbortSignal): Promise<ImageData> {
    const canvas = this.map.getCanvas();
    const gl = canvas.getContext('webgl2');
    if (!gl) throw new CanvasAllocationError(canvas.width, canvas.height, 'WebGL2 is not available');
    const bytes = r.w * r.h * 4;
    const buffer = gl.createBuffer();
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
    gl.bufferData(gl.PIXEL_PACK_BUFFER, bytes, gl.STREAM_READ);
    // MapLibre draws to the default framebuffer; it tracks the draw binding, so only the read one is touched
    const previous = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
    gl.readPixels(r.x, canvas.height - r.y - r.h, r.w, r.h, gl.RGBA, gl.UNSIGNED_BYTE, 0);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, previous);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
    try {
      while (sync && gl.clientWaitSync(sync, 0, 0) === gl.TIMEOUT_EXPIRED) {
        if (signal?.aborted) throw new ExportAborted();
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      const data = new Uint8ClampedArray(bytes);
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
      gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, data);
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
      flipRows(data, r.w * 4, r.h);
      return new ImageData(data, r.w, r.h);
    } finally {
      if (sync) gl.deleteSync(sync);
      gl.deleteBuffer(buffer);
    }
  }

  remove(): void {
    this.map.remove();
    this.container.remove();
  }
}
