import { z } from 'zod';
import { METRIC_TABLE, metricIds, type MetricId } from './metric-table.ts';

/**
 * The closed list of what a claim can measure, in the table's order (src/schema/metric-table.ts):
 * popups and panels list a place's metrics in this order.
 */
export const METRICS: readonly MetricId[] = METRIC_TABLE.map((r) => r.id);
export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;

/**
 * The moments of an event, in the order they happen when two share a time (the event card's
 * timeline is built from these): the event's metrics that hold dates.
 */
export const TIME_METRICS: readonly Metric[] = metricIds((r) => r.group === 'event' && r.unit === 'date');
