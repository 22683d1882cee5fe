import type { Metric } from './metric.ts';

/**
 * Damage metrics added for issue 6 (per-district damage). Kept apart from metric.ts so the damage
 * data can grow its own list; METRICS spreads it. A metric names what was counted; the word the
 * source uses (destroyed, burned, damaged, "occupied") is part of the metric, because "destroyed",
 * "damaged", "burned" and "left under occupation" (the sources' words) are different statements and the map must never
 * show them as sources disagreeing. Metrics already in metric.ts (houses_destroyed,
 * hospitals_destroyed, killed, killed_civilians, injured, disabled, hostages, missing,
 * economic_damage_usd, villages_destroyed, clubs_destroyed, idp…) are reused, not repeated here.
 *
 * Two families must never share a metric: figures of the 1988–1994 war (WAR_1990S_METRICS) and
 * figures of the shelling of 2016 and 2020 (SHELLING_METRICS; the claim's as_of says when).
 */
/** People of the 1988–1994 war, besides the older metrics killed, killed_civilians, injured, disabled, hostages, missing. */
const WAR_1990S_DAMAGE_METRICS = [
  'killed_in_battles',
  'killed_or_missing',
  'captive_or_missing',
  'hostages_killed',
  'killed_police',
  'injured_children',
] as const;

/** Shelling of 2016 and 2020 (the claim's as_of says when), and the Armenian side's 2020 count. */
const SHELLING_DAMAGE_METRICS = [
  'killed_civilians_shelling',
  'injured_civilians_shelling',
  'shells_fired',
  'settlements_shelled',
  'houses_destroyed_shelling',
  'educational_facilities_destroyed_shelling',
  'preschools_destroyed_shelling',
  'houses_damaged',
  'buildings_damaged',
  'residential_buildings_damaged',
  'schools_damaged',
  'hospitals_damaged',
  'administrative_buildings_damaged',
  'business_facilities_damaged',
  'civilian_objects_damaged',
  'villages_damaged',
  // the 2020 war as the Armenian side counts it: civilians in the areas then held by the de facto authorities
  'killed_civilians_armenian_held',
  'injured_civilians_armenian_held',
] as const;

export const DAMAGE_METRICS = [
  // settlements and land taken
  'settlements_under_armenian_control',
  'towns_under_armenian_control',
  'urban_settlements_under_armenian_control',
  'villages_under_armenian_control',
  'area_under_armenian_control_km2',
  'district_share_under_armenian_control_pct',
  'settlements_destroyed',
  'settlements_burned',
  // buildings and institutions the sources report destroyed while the area was under Armenian control
  'schools_destroyed',
  'primary_schools_destroyed',
  'educational_facilities_destroyed',
  'preschools_destroyed',
  'libraries_destroyed',
  'culture_houses_destroyed',
  'cinemas_destroyed',
  'film_projectors_destroyed',
  'health_facilities_destroyed',
  'sanatoriums_destroyed',
  'cultural_facilities_destroyed',
  'recreational_facilities_destroyed',
  'mosques_destroyed',
  'monuments_destroyed',
  'world_monuments_destroyed',
  'museums_destroyed',
  'enterprises_destroyed',
  'agricultural_facilities_destroyed',
  'trade_facilities_destroyed',
  'communication_facilities_destroyed',
  'administrative_buildings_destroyed',
  'mills_destroyed',
  'houses_burned',
  'housing_destroyed_m2',
  // infrastructure destroyed
  'roads_destroyed_km',
  'bridges_destroyed',
  'reservoirs_destroyed',
  'water_lines_destroyed_km',
  'gas_pipelines_destroyed_km',
  'power_lines_destroyed_km',
  'power_stations_destroyed',
  'substations_destroyed',
  // burned (the sources' word), not said to be destroyed
  'cultural_facilities_burned',
  'monuments_burned',
  // left in the area under Armenian control ("left under occupation" in the sources), not said to be destroyed
  'schools_under_armenian_control',
  'hospitals_under_armenian_control',
  'mosques_under_armenian_control',
  'museums_under_armenian_control',
  'monuments_under_armenian_control',
  'cultural_facilities_under_armenian_control',
  ...WAR_1990S_DAMAGE_METRICS,
  ...SHELLING_DAMAGE_METRICS,
  // mines after 2020
  'mine_victims',
  'killed_by_mines',
  'injured_by_mines',
  // land and nature
  'forest_destroyed_ha',
  'forest_burned_ha',
  'forest_plundered_ha',
  'forest_under_armenian_control_ha',
  'area_burned_ha',
  'natural_monuments_destroyed',
  // money, in the currency the source states
  'economic_damage_manat',
  'economic_damage_rub',
  'agricultural_damage_manat',
  'fire_damage_manat',
  'fire_damage_usd',
  // national: monuments the indictment says were attacked
  'monuments_attacked',
  // people observed after the war
  'settlers_observed',
  // damage a source describes in words, with no count (text value)
  'damage_described',
] as const;
export type DamageMetric = (typeof DAMAGE_METRICS)[number];

/** Figures of the 1988–1994 war: a claim with one of these metrics never describes 2016 or later. */
export const WAR_1990S_METRICS: readonly Metric[] = [
  'killed',
  'killed_civilians',
  'killed_women',
  'killed_children',
  'injured',
  'disabled',
  'hostages',
  'missing',
  ...WAR_1990S_DAMAGE_METRICS,
];

/** Figures of the shelling of 2016 and 2020: never shown beside a 1990s figure as the same measure. */
export const SHELLING_METRICS: readonly DamageMetric[] = SHELLING_DAMAGE_METRICS;
