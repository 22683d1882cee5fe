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

/**
 * A class's label: "fewer than 10,000", "10,000–49,999", "100,000 or more". `below` is the next
 * class's minimum; `whole` says `max` is the largest whole number of the class (else the label
 * reads "100 to under 500", from `underLabel`); `fmt` writes a number (default: "10,000").
 */
export function classLabel(
  c: { min: number; max: number; below?: number },
  first: boolean,
  whole = true,
  underLabel: (min: string, below: string) => string = (a, b) => `${a} to under ${b}`,
  fmt: (n: number) => string = formatNumber,
): string {
  const below = c.below ?? c.max + 1;
  if (!Number.isFinite(c.max)) return `${fmt(c.min)} or more`;
  if (first && c.min === 0) return `fewer than ${fmt(below)}`;
  return whole ? `${fmt(c.min)}–${fmt(c.max)}` : underLabel(fmt(c.min), fmt(below));
}

/** "fewer than 10,000", "10,000–49,999", "100,000 or more", read from the paint's class constant. */
export function legendClassItems(): LegendClassItem[] {
  return IDP_CLASSES.map((c, i) => ({ color: c.color, min: c.min, max: c.max, label: classLabel(c, i === 0) }));
}

export const legendNoFigure = { color: IDP_NO_FIGURE.color, hatch: IDP_NO_FIGURE.hatch } as const;

export function legendGroupItems(): Array<{ group: GroupId; color: string }> {
  return GROUP_IDS.map((group) => ({ group, color: GROUP_COLOUR[group] }));
}
