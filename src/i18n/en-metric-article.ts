import type { Metric } from '../schema/metric.ts';

/** Labels of the metrics added for the article's coverage; METRIC_LABEL (en.ts) checks that every metric has one. */
export const ARTICLE_METRIC_LABEL = {
  area_under_control_or_affected_sq_mi: 'Territory under Armenian control or affected (sq mi, as printed)',
  date_established: 'Established',
  date_transfer_decision: 'Regional Soviet decided to transfer the region to Armenia',
  date_ceasefire: 'Cease-fire',
  war_period: 'Years of the war',
  displacement_first_wave: 'First wave of displacement',
  displacement_second_wave: 'Second wave of displacement',
  heritage_site_misuse: 'Heritage site put to other use',
  cut_off_by_road_months: 'Cut off by road before the attack (months)',
} satisfies Partial<Record<Metric, string>>;
