import { IDP_CLASSES, IDP_NO_FIGURE } from '../config/classes.ts';
import { GROUP_COLOUR } from '../config/palette.ts';
import { formatNumber } from '../lib/format.ts';
import { GROUP_IDS, type GroupId } from '../schema/index.ts';

export interface LegendClassItem {
  color: string;
  min: number;
  max: number;
  label: string;
}

/** "fewer than 10,000", "10,000–49,999", "100,000 or more", read from the paint's class constant. */
export function legendClassItems(): LegendClassItem[] {
  return IDP_CLASSES.map((c, i) => {
    let label: string;
    if (i === 0 && c.min === 0) label = `fewer than ${formatNumber(c.max + 1)}`;
    else if (!Number.isFinite(c.max)) label = `${formatNumber(c.min)} or more`;
    else label = `${formatNumber(c.min)}–${formatNumber(c.max)}`;
    return { color: c.color, min: c.min, max: c.max, label };
  });
}

export const legendNoFigure = { color: IDP_NO_FIGURE.color, hatch: IDP_NO_FIGURE.hatch } as const;

export function legendGroupItems(): Array<{ group: GroupId; color: string }> {
  return GROUP_IDS.map((group) => ({ group, color: GROUP_COLOUR[group] }));
}
