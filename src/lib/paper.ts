/**
 * Paper sizes and the request an image export is made from. A page has a physical size (mm) and
 * a resolution (dpi); its pixel size follows from them and nothing else: px = round(mm / 25.4 · dpi),
 * so an A3 landscape at 300 dpi is exactly 4961 × 3508 px. Pure.
 */
import { z } from 'zod';

/** ISO 216 sizes, portrait (width × height, mm). */
export const PAPER_MM = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
} as const satisfies Record<string, readonly [number, number]>;
export type PaperName = keyof typeof PAPER_MM;
export const PaperName = z.enum(['A4', 'A3', 'A2']);
export const PAPER_NAMES: readonly PaperName[] = PaperName.options;

export const DPI_MIN = 72;
export const DPI_MAX = 600;
/** The values the panel offers; any whole number in [DPI_MIN, DPI_MAX] is accepted. */
export const DPI_CHOICES = [72, 96, 150, 300, 600] as const;
/** Custom pixel sizes: at least a legible page, at most what Chromium lets a canvas side be. */
export const CUSTOM_PX_MIN = 300;
export const CUSTOM_PX_MAX = 32_767;

const MM_PER_INCH = 25.4;

export const Orientation = z.enum(['portrait', 'landscape']);
export type Orientation = z.infer<typeof Orientation>;

export const ImageFormat = z.enum(['png', 'jpeg']);
export type ImageFormat = z.infer<typeof ImageFormat>;

const CustomPx = z.strictObject({
  widthPx: z.number().int().min(CUSTOM_PX_MIN).max(CUSTOM_PX_MAX),
  heightPx: z.number().int().min(CUSTOM_PX_MIN).max(CUSTOM_PX_MAX),
});

/** What `window.__atlas.exportImage` and the panel ask for. */
export const ExportRequest = z.strictObject({
  paper: z.union([PaperName, CustomPx]),
  orientation: Orientation,
  dpi: z.number().int().min(DPI_MIN).max(DPI_MAX),
  format: ImageFormat,
  title: z.string().max(300).optional(),
  /** tests only: a smaller tile limit forces tiling on a small page, to check the joins */
  maxTilePx: z.number().int().min(256).max(16_384).optional(),
  /** tests only: also compare what neighbouring tiles render either side of each join */
  probeJoins: z.boolean().optional(),
});
export type ExportRequest = z.infer<typeof ExportRequest>;
export type PaperChoice = ExportRequest['paper'];

export interface PageSize {
  widthPx: number;
  heightPx: number;
  /** physical size; for a custom pixel size, what those pixels measure at the chosen dpi */
  widthMm: number;
  heightMm: number;
  dpi: number;
  /** "A3 landscape" or "2000 × 1400 px" */
  label: string;
}

export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

export function pxToMm(px: number, dpi: number): number {
  return (px / dpi) * MM_PER_INCH;
}

/**
 * The page a request describes. A named paper turns with the orientation; a custom pixel size
 * is taken as given (its orientation is the one its numbers have).
 */
export function pageSize(paper: PaperChoice, orientation: Orientation, dpi: number): PageSize {
  if (typeof paper === 'object') {
    return {
      widthPx: paper.widthPx,
      heightPx: paper.heightPx,
      widthMm: pxToMm(paper.widthPx, dpi),
      heightMm: pxToMm(paper.heightPx, dpi),
      dpi,
      label: `${paper.widthPx} × ${paper.heightPx} px`,
    };
  }
  const [short, long] = PAPER_MM[paper];
  const [widthMm, heightMm] = orientation === 'landscape' ? [long, short] : [short, long];
  return {
    widthPx: mmToPx(widthMm, dpi),
    heightPx: mmToPx(heightMm, dpi),
    widthMm,
    heightMm,
    dpi,
    label: `${paper} ${orientation}`,
  };
}

/** The first problem with a dpi typed into the panel, or null: whole numbers in range only. */
export function dpiProblem(value: string): 'empty' | 'not-a-number' | 'not-whole' | 'out-of-range' | null {
  const text = value.trim();
  if (text === '') return 'empty';
  const n = Number(text);
  if (!Number.isFinite(n)) return 'not-a-number';
  if (!Number.isInteger(n)) return 'not-whole';
  if (n < DPI_MIN || n > DPI_MAX) return 'out-of-range';
  return null;
}

/** The next lower standard dpi, for "try 300 dpi" when a canvas cannot be allocated. */
export function lowerDpi(dpi: number): number | null {
  const lower = [...DPI_CHOICES].reverse().find((d) => d < dpi);
  return lower ?? null;
}
