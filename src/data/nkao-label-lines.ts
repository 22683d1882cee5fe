/**
 * The lines the former NKAO's name runs along. The 1991 line zigzags at a scale of a few hundred
 * metres, and MapLibre adds up every turn under a label: along the line itself no stretch is
 * straight enough, at any zoom, for "former NKAO (1991)". So the name follows the outline
 * smoothed: closely when the map is zoomed in, more loosely at the opening view, where the whole
 * NKAO is little longer than its name and only its straightest stretch can take it.
 */
import type { Position } from 'geojson';

/** Which zooms a label line is for: the style shows the name on one of them at a time (config/view.ts NKAO_LABEL_DETAIL_ZOOM). */
export type NkaoLabelBand = 'overview' | 'detail';

export interface NkaoLabelLine {
  band: NkaoLabelBand;
  coordinates: Position[];
}

const KM_PER_DEGREE = 111.32;
/** Spacing of the outline's points before smoothing, km along the 1991 line. */
const FINE_KM = 0.5;
/** Spacing of the label lines' vertices, km along the line: few, since the map's tiles round each vertex and every turn counts. */
const VERTEX_KM = 2;
/** Half the averaging window, km along the 1991 line: the name stays within about 2 km of it (detail), 7 km (overview). */
const HALF_WINDOW_KM: Record<NkaoLabelBand, number> = { detail: 4, overview: 14 };
/**
 * The overview stretch: the name at the opening zoom (about 110 px at MapLibre's largest size of
 * it, a kilometre a pixel at zoom 6), and room at each end for MapLibre to fit it in.
 */
const OVERVIEW_NAME_KM = 110;
const OVERVIEW_ROOM_KM = 20;
/** The stretch over which MapLibre sums the turns under a label at that zoom, km. */
const OVERVIEW_WINDOW_KM = 6;

type XY = readonly [number, number];

/** Points every `stepKm` along a line (closed: back to the start), on a plane in km. */
function evenlySpaced(line: readonly XY[], stepKm: number, closed: boolean): XY[] {
  const path = closed ? [...line, line[0]!] : line;
  const out: XY[] = [];
  let carry = 0;
  for (let i = 1; i < path.length; i++) {
    const [ax, ay] = path[i - 1]!;
    const [bx, by] = path[i]!;
    const len = Math.hypot(bx - ax, by - ay);
    let at = carry;
    while (at < len) {
      out.push([ax + ((bx - ax) * at) / len, ay + ((by - ay) * at) / len]);
      at += stepKm;
    }
    carry = at - len;
  }
  return out;
}

/** Each point the average of the points within `halfKm` along the closed ring (spaced FINE_KM apart). */
function smooth(points: readonly XY[], halfKm: number): XY[] {
  const n = points.length;
  const half = Math.round(halfKm / FINE_KM);
  return points.map((_, i) => {
    let sx = 0;
    let sy = 0;
    for (let k = -half; k <= half; k++) {
      const [x, y] = points[(((i + k) % n) + n) % n]!;
      sx += x;
      sy += y;
    }
    return [sx / (2 * half + 1), sy / (2 * half + 1)] as const;
  });
}

/** The largest sum of turns (radians) within any `windowKm` of an open line, as MapLibre measures a label's bend. */
function largestBend(line: readonly XY[], windowKm: number): number {
  const heading = (a: XY, b: XY) => Math.atan2(b[1] - a[1], b[0] - a[0]);
  const recent: Array<{ at: number; turn: number }> = [];
  let at = 0;
  let sum = 0;
  let most = 0;
  for (let i = 1; i < line.length - 1; i++) {
    at += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
    const d = heading(line[i - 1]!, line[i]!) - heading(line[i]!, line[i + 1]!);
    const turn = Math.abs(((d + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
    recent.push({ at, turn });
    sum += turn;
    while (recent.length > 0 && at - recent[0]!.at > windowKm) sum -= recent.shift()!.turn;
    most = Math.max(most, sum);
  }
  return most;
}

/**
 * The stretch of a closed line (vertices VERTEX_KM apart) whose middle `nameKm` bends least, with
 * `roomKm` more at each end: where the overview name goes (MapLibre puts it mid-line).
 */
function straightestStretch(ring: readonly XY[], nameKm: number, roomKm: number): XY[] {
  const name = Math.round(nameKm / VERTEX_KM) + 1;
  const room = Math.round(roomKm / VERTEX_KM);
  const count = Math.min(ring.length, name + 2 * room);
  let best: XY[] = [];
  let bestBend = Number.POSITIVE_INFINITY;
  for (let start = 0; start < ring.length; start++) {
    const stretch = Array.from({ length: count }, (_, k) => ring[(start + k) % ring.length]!);
    const bend = largestBend(stretch.slice(room, room + name), OVERVIEW_WINDOW_KM);
    // ties: the first from the ring's start, so the choice does not move between runs
    if (bend < bestBend) {
      bestBend = bend;
      best = stretch;
    }
  }
  return best;
}

/**
 * The label lines of the NKAO's outer ring: the whole ring smoothed closely (detail), and the
 * straightest stretch of the ring smoothed loosely (overview), with vertices VERTEX_KM apart.
 * Coordinates rounded to 5 decimals, as the data is. A ring too short to smooth gives no line.
 */
export function nkaoLabelLines(ring: readonly Position[]): NkaoLabelLine[] {
  const lat0 = ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length;
  const kx = KM_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  // the ring as given is closed: its last point repeats the first
  const plane = ring.slice(0, -1).map((p): XY => [(p[0] ?? 0) * kx, (p[1] ?? 0) * KM_PER_DEGREE]);
  const fine = evenlySpaced(plane, FINE_KM, true);
  if (fine.length < (4 * HALF_WINDOW_KM.overview) / FINE_KM) return [];
  const round5 = (v: number) => Math.round(v * 1e5) / 1e5;
  const toLonLat = (line: readonly XY[]): Position[] => line.map(([x, y]) => [round5(x / kx), round5(y / KM_PER_DEGREE)]);
  const detail = evenlySpaced(smooth(fine, HALF_WINDOW_KM.detail), VERTEX_KM, true);
  const overview = straightestStretch(evenlySpaced(smooth(fine, HALF_WINDOW_KM.overview), VERTEX_KM, true), OVERVIEW_NAME_KM, OVERVIEW_ROOM_KM);
  return [
    { band: 'overview', coordinates: toLonLat(overview) },
    { band: 'detail', coordinates: toLonLat([...detail, detail[0]!]) },
  ];
}
