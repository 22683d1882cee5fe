import { DAMAGE_METRICS } from './metric-damage.ts';
import type { Metric } from './metric.ts';

/**
 * Everything that counts as a damage figure for a district: the damage metrics of issue 6 and the
 * older metrics they reuse. The data-quality view's "no damage figure" list, the popup's damage
 * section and the thematic layer all read this one list.
 */
export const DAMAGE_SET: readonly Metric[] = [
  ...DAMAGE_METRICS,
  'houses_destroyed',
  'hospitals_destroyed',
  'villages_destroyed',
  'cities_destroyed',
  'clubs_destroyed',
  'music_schools_destroyed',
  'public_buildings_destroyed',
  'libraries_plundered',
  'enterprises_plundered',
  'forest_seized_ha',
  'economic_damage_usd',
  'killed',
  'killed_civilians',
  'injured',
  'disabled',
  'hostages',
  'missing',
];
