import { z } from 'zod';
import { METRIC_ROWS } from './metric-table.ts';
import type { Metric } from './metric.ts';

/**
 * Families of figures for the balance table (who speaks about what): a reader sees that most
 * damage figures come from one side without reading every metric name.
 */
export const METRIC_GROUPS = ['displacement', 'people', 'damage', 'territory', 'event', 'other'] as const;
export const MetricGroup = z.enum(METRIC_GROUPS);
export type MetricGroup = z.infer<typeof MetricGroup>;

const GROUP_OF: ReadonlyMap<Metric, MetricGroup> = new Map(METRIC_ROWS.map((r) => [r.id, r.group]));

/** The family the metric table gives the metric. */
export function metricGroup(metric: Metric): MetricGroup {
  return GROUP_OF.get(metric) ?? 'other';
}
