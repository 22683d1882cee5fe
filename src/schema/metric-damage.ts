/**
 * Damage metrics added for issue 6 (per-district damage). Kept apart from metric.ts so the damage
 * data can grow its own list; METRICS spreads it. A metric names what was counted, the word the
 * source uses (destroyed, burned, damaged, occupied) stays in the quote and the label.
 * Metrics already in metric.ts (houses_destroyed, hospitals_destroyed, killed, killed_civilians,
 * injured, disabled, hostages, missing, economic_damage_usd, forest_seized_ha…) are reused, not
 * repeated here.
 */
export const DAMAGE_METRICS = [
  // settlements
  'settlements_occupied',
  'towns_occupied',
  'villages_occupied',
  // buildings and institutions the sources report destroyed
  'schools_destroyed',
  'preschools_destroyed',
  'libraries_destroyed',
  'health_facilities_destroyed',
  'cultural_facilities_destroyed',
  'mosques_destroyed',
  'monuments_destroyed',
  'museums_destroyed',
  'enterprises_destroyed',
  'houses_burned',
  'power_lines_destroyed_km',
  'housing_destroyed_m2',
  // shelling (2016, 2020): the claim's as_of says when
  'houses_damaged',
  'buildings_damaged',
  'schools_damaged',
  'killed_civilians_shelling',
  'injured_civilians_shelling',
  'shells_fired',
  // land
  'forest_destroyed_ha',
  'forest_occupied_ha',
  'area_burned_ha',
  // money, in the currency the source states
  'economic_damage_manat',
  'economic_damage_rub',
  // people observed after the war
  'settlers_observed',
] as const;
export type DamageMetric = (typeof DAMAGE_METRICS)[number];
