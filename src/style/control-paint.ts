/**
 * What the timeline paints: each place in its status's colour, a part changed with a hatch over
 * it, a date in dispute with the "sources differ" stripes. The same shading record a theme paints with (theme-paint.ts), so the district
 * layers, the NKAO outline and the export draw it by one path.
 */
import { CONTROL_COLOUR } from '../config/palette.ts';
import type { ControlStatus } from '../schema/index.ts';
import type { ThemeShading } from './theme-paint.ts';

export function controlShading(statuses: ReadonlyMap<string, { status: ControlStatus }>): ThemeShading {
  const fills: Array<{ id: string; color: string }> = [];
  const differ: string[] = [];
  const partly: string[] = [];
  for (const [id, { status }] of statuses) {
    if (status === 'uncertain') differ.push(id);
    else fills.push({ id, color: CONTROL_COLOUR[status] });
    if (status === 'partly') partly.push(id);
  }
  return { fills, differ, partly };
}
