import { METRIC_TABLE, metricIds } from './metric-table.ts';
import type { Metric } from './metric.ts';

type DamageRow = Extract<(typeof METRIC_TABLE)[number], { damage: true }>;

/**
 * The damage metrics proper (per-district damage), in table order. Metrics older than them that
 * also count as damage (houses_destroyed, killed…) are reused, not repeated: see DAMAGE_SET.
 */
export type DamageMetric = DamageRow['id'];
export const DAMAGE_METRICS: readonly DamageMetric[] = METRIC_TABLE.filter((r): r is DamageRow => 'damage' in r && r.damage === true).map((r) => r.id);

/** Figures of the 1988–1994 war: a claim with one of these metrics never describes 2016 or later. */
export const WAR_1990S_METRICS: readonly Metric[] = metricIds((r) => r.era === 'war-1988-1994');

/** Figures of the fighting of 2016 and the war of 2020: never shown beside a 1990s figure as the same measure. */
export const SHELLING_METRICS: readonly Metric[] = metricIds((r) => r.era === 'clashes-2016' || r.era === 'war-2020');
