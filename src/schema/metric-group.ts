import { z } from 'zod';
import { DAMAGE_METRICS } from './metric-damage.ts';
import { DAMAGE_SET } from './damage-set.ts';
import { TIME_METRICS, type Metric } from './metric.ts';

/**
 * Families of figures for the balance table (who speaks about what): a reader sees that most
 * damage figures come from one side without reading 93 metric names.
 */
export const METRIC_GROUPS = ['displacement', 'people', 'damage', 'territory', 'event', 'other'] as const;
export const MetricGroup = z.enum(METRIC_GROUPS);
export type MetricGroup = z.infer<typeof MetricGroup>;

const DISPLACEMENT = new Set<Metric>(['idp', 'idp_armenian_controlled_areas', 'refugees', 'displaced_total', 'displacement_first_wave', 'displacement_second_wave']);
const TERRITORY = new Set<Metric>([
  'group', 'area_km2', 'area_under_control_or_affected_km2', 'area_under_control_or_affected_sq_mi', 'share_of_territory_pct',
  'date_came_under_armenian_control', 'date_returned', 'date_abolished', 'date_established', 'date_transfer_decision', 'date_ceasefire', 'war_period',
  'pre_war_population',
]);
const EVENT = new Set<Metric>([
  ...TIME_METRICS, 'location', 'place_description', 'route_description', 'distance_miles', 'defenders', 'attackers', 'unit_involved',
  'population_before_event', 'cut_off_by_road_months',
]);
/** People killed, hurt, held or missing, in the war or in the shelling since. */
const PEOPLE = /^(killed|injured|disabled|hostages|missing|captive|bodies|deaths|orphaned|families_wiped_out)/;

/** The national list of losses (the article's and the ministries'): what was destroyed, taken or lost. */
const DAMAGE_WORDS = /destroyed|plundered|pillaged|seized|taken|damage|blown|polluted|deposits|closed|controlled|burned|shell|misuse|^share_/;

export function metricGroup(metric: Metric): MetricGroup {
  if (DISPLACEMENT.has(metric)) return 'displacement';
  if (PEOPLE.test(metric)) return 'people';
  if (TERRITORY.has(metric)) return 'territory';
  if (EVENT.has(metric)) return 'event';
  if (DAMAGE_SET.includes(metric) || (DAMAGE_METRICS as readonly string[]).includes(metric) || DAMAGE_WORDS.test(metric)) return 'damage';
  return 'other';
}
