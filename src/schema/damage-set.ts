import { METRIC_ROWS } from './metric-table.ts';
import { DAMAGE_METRICS } from './metric-damage.ts';
import type { Metric } from './metric.ts';

/**
 * Everything that counts as a damage figure for a district: the damage metrics, then the older
 * metrics they reuse in the place the table gives each. The data-quality view's "no damage figure"
 * list, the popup's damage section and the thematic layer (in this order) all read this one list.
 */
export const DAMAGE_SET: readonly Metric[] = [
  ...DAMAGE_METRICS,
  ...METRIC_ROWS.flatMap((r) => (typeof r.damage === 'number' ? [{ id: r.id, place: r.damage }] : []))
    .sort((a, b) => a.place - b.place)
    .map((r) => r.id),
];
