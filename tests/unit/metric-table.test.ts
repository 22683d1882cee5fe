/**
 * The metric lists the app reads are derived from one table (src/schema/metric-table.ts). These
 * are the lists as they were written by hand before the table: a change to a row that moves a
 * metric in or out of a list, or reorders one that is shown in order, fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  DAMAGE_METRICS,
  DAMAGE_SET,
  METRICS,
  METRIC_GROUPS,
  SHELLING_METRICS,
  TIME_METRICS,
  WAR_1990S_METRICS,
  metricGroup,
  type Metric,
} from '../../src/schema/index.ts';
import { COUNT_METRICS, DEATH_TOLL_METRICS } from '../../src/ui/event-claims.ts';

const WAS_METRICS = [
  'idp', 'idp_armenian_controlled_areas', 'refugees', 'displaced_total', 'killed', 'missing', 'pre_war_population', 'group', 'area_km2',
  'area_under_control_or_affected_km2', 'share_of_territory_pct', 'date_came_under_armenian_control', 'date_returned', 'date_abolished',
  'cities_destroyed', 'urban_settlements_destroyed', 'villages_destroyed', 'hospitals_destroyed', 'houses_destroyed', 'public_buildings_destroyed',
  'libraries_plundered', 'books_destroyed', 'theatres_destroyed', 'clubs_destroyed', 'music_schools_destroyed', 'enterprises_plundered',
  'sheep_taken', 'cattle_taken', 'summer_pasture_share_pct', 'telephone_capacity_pillaged', 'transformer_substations_pillaged',
  'power_lines_pillaged_km', 'barrows_plundered', 'forest_seized_ha', 'national_parks_seized', 'nature_reserves_seized',
  'natural_monuments_controlled', 'rail_and_road_destroyed_km', 'power_and_gas_lines_destroyed_km', 'irrigation_destroyed_km', 'bridges_blown_up',
  'polluted_water_m3_per_day', 'deposits_gold', 'deposits_mercury', 'deposits_chromite', 'deposits_lead_zinc', 'deposits_copper',
  'deposits_antimony', 'economic_damage_usd', 'establishments_closed', 'share_grain_pct', 'share_liquor_pct', 'share_potato_pct', 'share_meat_pct',
  'share_milk_pct', 'killed_civilians', 'killed_women', 'killed_children', 'killed_elderly', 'deaths_described', 'bodies_counted', 'bodies_brought',
  'bodies_examined', 'injured', 'disabled', 'hostages', 'orphaned_both_parents', 'orphaned_one_parent', 'families_wiped_out',
  'population_before_event', 'defenders', 'attackers', 'unit_involved', 'event_dates', 'attack_began', 'infantry_entered', 'resistance_ended',
  'town_captured', 'corridor_announced', 'fugitives_reached', 'location', 'place_description', 'route_description', 'distance_miles',
  'settlements_under_armenian_control', 'towns_under_armenian_control', 'urban_settlements_under_armenian_control',
  'villages_under_armenian_control', 'area_under_armenian_control_km2', 'district_share_under_armenian_control_pct', 'settlements_destroyed',
  'settlements_burned', 'schools_destroyed', 'primary_schools_destroyed', 'educational_facilities_destroyed', 'preschools_destroyed',
  'libraries_destroyed', 'culture_houses_destroyed', 'cinemas_destroyed', 'film_projectors_destroyed', 'health_facilities_destroyed',
  'sanatoriums_destroyed', 'cultural_facilities_destroyed', 'recreational_facilities_destroyed', 'mosques_destroyed', 'monuments_destroyed',
  'world_monuments_destroyed', 'museums_destroyed', 'enterprises_destroyed', 'agricultural_facilities_destroyed', 'trade_facilities_destroyed',
  'communication_facilities_destroyed', 'administrative_buildings_destroyed', 'mills_destroyed', 'houses_burned', 'housing_destroyed_m2',
  'roads_destroyed_km', 'bridges_destroyed', 'reservoirs_destroyed', 'water_lines_destroyed_km', 'gas_pipelines_destroyed_km',
  'power_lines_destroyed_km', 'power_stations_destroyed', 'substations_destroyed', 'cultural_facilities_burned', 'monuments_burned',
  'schools_under_armenian_control', 'hospitals_under_armenian_control', 'mosques_under_armenian_control', 'museums_under_armenian_control',
  'monuments_under_armenian_control', 'cultural_facilities_under_armenian_control', 'killed_in_battles', 'killed_or_missing', 'captive_or_missing',
  'hostages_killed', 'killed_police', 'injured_children', 'killed_civilians_shelling', 'injured_civilians_shelling', 'shells_fired',
  'settlements_shelled', 'houses_destroyed_shelling', 'educational_facilities_destroyed_shelling', 'preschools_destroyed_shelling', 'houses_damaged',
  'buildings_damaged', 'residential_buildings_damaged', 'schools_damaged', 'hospitals_damaged', 'administrative_buildings_damaged',
  'business_facilities_damaged', 'civilian_objects_damaged', 'villages_damaged', 'killed_civilians_armenian_held', 'injured_civilians_armenian_held',
  'mine_victims', 'killed_by_mines', 'injured_by_mines', 'forest_destroyed_ha', 'forest_burned_ha', 'forest_plundered_ha',
  'forest_under_armenian_control_ha', 'area_burned_ha', 'natural_monuments_destroyed', 'economic_damage_manat', 'economic_damage_rub',
  'agricultural_damage_manat', 'fire_damage_manat', 'fire_damage_usd', 'monuments_attacked', 'settlers_observed', 'damage_described',
  'area_under_control_or_affected_sq_mi', 'date_established', 'date_transfer_decision', 'date_ceasefire', 'war_period', 'displacement_first_wave',
  'displacement_second_wave', 'heritage_site_misuse', 'cut_off_by_road_months',
];

const WAS_DAMAGE_METRICS = [
  'settlements_under_armenian_control', 'towns_under_armenian_control', 'urban_settlements_under_armenian_control',
  'villages_under_armenian_control', 'area_under_armenian_control_km2', 'district_share_under_armenian_control_pct', 'settlements_destroyed',
  'settlements_burned', 'schools_destroyed', 'primary_schools_destroyed', 'educational_facilities_destroyed', 'preschools_destroyed',
  'libraries_destroyed', 'culture_houses_destroyed', 'cinemas_destroyed', 'film_projectors_destroyed', 'health_facilities_destroyed',
  'sanatoriums_destroyed', 'cultural_facilities_destroyed', 'recreational_facilities_destroyed', 'mosques_destroyed', 'monuments_destroyed',
  'world_monuments_destroyed', 'museums_destroyed', 'enterprises_destroyed', 'agricultural_facilities_destroyed', 'trade_facilities_destroyed',
  'communication_facilities_destroyed', 'administrative_buildings_destroyed', 'mills_destroyed', 'houses_burned', 'housing_destroyed_m2',
  'roads_destroyed_km', 'bridges_destroyed', 'reservoirs_destroyed', 'water_lines_destroyed_km', 'gas_pipelines_destroyed_km',
  'power_lines_destroyed_km', 'power_stations_destroyed', 'substations_destroyed', 'cultural_facilities_burned', 'monuments_burned',
  'schools_under_armenian_control', 'hospitals_under_armenian_control', 'mosques_under_armenian_control', 'museums_under_armenian_control',
  'monuments_under_armenian_control', 'cultural_facilities_under_armenian_control', 'killed_in_battles', 'killed_or_missing', 'captive_or_missing',
  'hostages_killed', 'killed_police', 'injured_children', 'killed_civilians_shelling', 'injured_civilians_shelling', 'shells_fired',
  'settlements_shelled', 'houses_destroyed_shelling', 'educational_facilities_destroyed_shelling', 'preschools_destroyed_shelling', 'houses_damaged',
  'buildings_damaged', 'residential_buildings_damaged', 'schools_damaged', 'hospitals_damaged', 'administrative_buildings_damaged',
  'business_facilities_damaged', 'civilian_objects_damaged', 'villages_damaged', 'killed_civilians_armenian_held', 'injured_civilians_armenian_held',
  'mine_victims', 'killed_by_mines', 'injured_by_mines', 'forest_destroyed_ha', 'forest_burned_ha', 'forest_plundered_ha',
  'forest_under_armenian_control_ha', 'area_burned_ha', 'natural_monuments_destroyed', 'economic_damage_manat', 'economic_damage_rub',
  'agricultural_damage_manat', 'fire_damage_manat', 'fire_damage_usd', 'monuments_attacked', 'settlers_observed', 'damage_described',
];

const WAS_DAMAGE_SET = [
  'settlements_under_armenian_control', 'towns_under_armenian_control', 'urban_settlements_under_armenian_control',
  'villages_under_armenian_control', 'area_under_armenian_control_km2', 'district_share_under_armenian_control_pct', 'settlements_destroyed',
  'settlements_burned', 'schools_destroyed', 'primary_schools_destroyed', 'educational_facilities_destroyed', 'preschools_destroyed',
  'libraries_destroyed', 'culture_houses_destroyed', 'cinemas_destroyed', 'film_projectors_destroyed', 'health_facilities_destroyed',
  'sanatoriums_destroyed', 'cultural_facilities_destroyed', 'recreational_facilities_destroyed', 'mosques_destroyed', 'monuments_destroyed',
  'world_monuments_destroyed', 'museums_destroyed', 'enterprises_destroyed', 'agricultural_facilities_destroyed', 'trade_facilities_destroyed',
  'communication_facilities_destroyed', 'administrative_buildings_destroyed', 'mills_destroyed', 'houses_burned', 'housing_destroyed_m2',
  'roads_destroyed_km', 'bridges_destroyed', 'reservoirs_destroyed', 'water_lines_destroyed_km', 'gas_pipelines_destroyed_km',
  'power_lines_destroyed_km', 'power_stations_destroyed', 'substations_destroyed', 'cultural_facilities_burned', 'monuments_burned',
  'schools_under_armenian_control', 'hospitals_under_armenian_control', 'mosques_under_armenian_control', 'museums_under_armenian_control',
  'monuments_under_armenian_control', 'cultural_facilities_under_armenian_control', 'killed_in_battles', 'killed_or_missing', 'captive_or_missing',
  'hostages_killed', 'killed_police', 'injured_children', 'killed_civilians_shelling', 'injured_civilians_shelling', 'shells_fired',
  'settlements_shelled', 'houses_destroyed_shelling', 'educational_facilities_destroyed_shelling', 'preschools_destroyed_shelling', 'houses_damaged',
  'buildings_damaged', 'residential_buildings_damaged', 'schools_damaged', 'hospitals_damaged', 'administrative_buildings_damaged',
  'business_facilities_damaged', 'civilian_objects_damaged', 'villages_damaged', 'killed_civilians_armenian_held', 'injured_civilians_armenian_held',
  'mine_victims', 'killed_by_mines', 'injured_by_mines', 'forest_destroyed_ha', 'forest_burned_ha', 'forest_plundered_ha',
  'forest_under_armenian_control_ha', 'area_burned_ha', 'natural_monuments_destroyed', 'economic_damage_manat', 'economic_damage_rub',
  'agricultural_damage_manat', 'fire_damage_manat', 'fire_damage_usd', 'monuments_attacked', 'settlers_observed', 'damage_described',
  'houses_destroyed', 'hospitals_destroyed', 'villages_destroyed', 'cities_destroyed', 'clubs_destroyed', 'music_schools_destroyed',
  'public_buildings_destroyed', 'libraries_plundered', 'enterprises_plundered', 'forest_seized_ha', 'economic_damage_usd', 'killed',
  'killed_civilians', 'injured', 'disabled', 'hostages', 'missing',
];

const WAS_WAR_1990S_METRICS = [
  'killed', 'killed_civilians', 'killed_women', 'killed_children', 'injured', 'disabled', 'hostages', 'missing', 'killed_in_battles',
  'killed_or_missing', 'captive_or_missing', 'hostages_killed', 'killed_police', 'injured_children',
];

const WAS_SHELLING_METRICS = [
  'killed_civilians_shelling', 'injured_civilians_shelling', 'shells_fired', 'settlements_shelled', 'houses_destroyed_shelling',
  'educational_facilities_destroyed_shelling', 'preschools_destroyed_shelling', 'houses_damaged', 'buildings_damaged',
  'residential_buildings_damaged', 'schools_damaged', 'hospitals_damaged', 'administrative_buildings_damaged', 'business_facilities_damaged',
  'civilian_objects_damaged', 'villages_damaged', 'killed_civilians_armenian_held', 'injured_civilians_armenian_held',
];

const WAS_TIME_METRICS = [
  'event_dates', 'attack_began', 'infantry_entered', 'resistance_ended', 'town_captured', 'corridor_announced', 'fugitives_reached',
];

const WAS_COUNT_METRICS = [
  'killed', 'killed_civilians', 'killed_women', 'killed_children', 'killed_elderly', 'deaths_described', 'bodies_counted', 'bodies_brought',
  'bodies_examined', 'injured', 'disabled', 'hostages', 'missing', 'orphaned_both_parents', 'orphaned_one_parent', 'families_wiped_out',
  'population_before_event',
];

const WAS_DEATH_TOLL_METRICS = [
  'killed', 'killed_civilians', 'bodies_brought', 'bodies_counted', 'deaths_described',
];

const WAS_GROUPS: Record<string, string[]> = {
  displacement: [
    'idp', 'idp_armenian_controlled_areas', 'refugees', 'displaced_total', 'displacement_first_wave', 'displacement_second_wave',
  ],
  people: [
    'killed', 'missing', 'killed_civilians', 'killed_women', 'killed_children', 'killed_elderly', 'deaths_described', 'bodies_counted',
    'bodies_brought', 'bodies_examined', 'injured', 'disabled', 'hostages', 'orphaned_both_parents', 'orphaned_one_parent', 'families_wiped_out',
    'killed_in_battles', 'killed_or_missing', 'captive_or_missing', 'hostages_killed', 'killed_police', 'injured_children',
    'killed_civilians_shelling', 'injured_civilians_shelling', 'killed_civilians_armenian_held', 'injured_civilians_armenian_held',
    'killed_by_mines', 'injured_by_mines',
  ],
  territory: [
    'pre_war_population', 'group', 'area_km2', 'area_under_control_or_affected_km2', 'share_of_territory_pct', 'date_came_under_armenian_control',
    'date_returned', 'date_abolished', 'area_under_control_or_affected_sq_mi', 'date_established', 'date_transfer_decision', 'date_ceasefire',
    'war_period',
  ],
  damage: [
    'cities_destroyed', 'urban_settlements_destroyed', 'villages_destroyed', 'hospitals_destroyed', 'houses_destroyed', 'public_buildings_destroyed',
    'libraries_plundered', 'books_destroyed', 'theatres_destroyed', 'clubs_destroyed', 'music_schools_destroyed', 'enterprises_plundered',
    'sheep_taken', 'cattle_taken', 'telephone_capacity_pillaged', 'transformer_substations_pillaged', 'power_lines_pillaged_km', 'barrows_plundered',
    'forest_seized_ha', 'national_parks_seized', 'nature_reserves_seized', 'natural_monuments_controlled', 'rail_and_road_destroyed_km',
    'power_and_gas_lines_destroyed_km', 'irrigation_destroyed_km', 'bridges_blown_up', 'polluted_water_m3_per_day', 'deposits_gold',
    'deposits_mercury', 'deposits_chromite', 'deposits_lead_zinc', 'deposits_copper', 'deposits_antimony', 'economic_damage_usd',
    'establishments_closed', 'share_grain_pct', 'share_liquor_pct', 'share_potato_pct', 'share_meat_pct', 'share_milk_pct',
    'settlements_under_armenian_control', 'towns_under_armenian_control', 'urban_settlements_under_armenian_control',
    'villages_under_armenian_control', 'area_under_armenian_control_km2', 'district_share_under_armenian_control_pct', 'settlements_destroyed',
    'settlements_burned', 'schools_destroyed', 'primary_schools_destroyed', 'educational_facilities_destroyed', 'preschools_destroyed',
    'libraries_destroyed', 'culture_houses_destroyed', 'cinemas_destroyed', 'film_projectors_destroyed', 'health_facilities_destroyed',
    'sanatoriums_destroyed', 'cultural_facilities_destroyed', 'recreational_facilities_destroyed', 'mosques_destroyed', 'monuments_destroyed',
    'world_monuments_destroyed', 'museums_destroyed', 'enterprises_destroyed', 'agricultural_facilities_destroyed', 'trade_facilities_destroyed',
    'communication_facilities_destroyed', 'administrative_buildings_destroyed', 'mills_destroyed', 'houses_burned', 'housing_destroyed_m2',
    'roads_destroyed_km', 'bridges_destroyed', 'reservoirs_destroyed', 'water_lines_destroyed_km', 'gas_pipelines_destroyed_km',
    'power_lines_destroyed_km', 'power_stations_destroyed', 'substations_destroyed', 'cultural_facilities_burned', 'monuments_burned',
    'schools_under_armenian_control', 'hospitals_under_armenian_control', 'mosques_under_armenian_control', 'museums_under_armenian_control',
    'monuments_under_armenian_control', 'cultural_facilities_under_armenian_control', 'shells_fired', 'settlements_shelled',
    'houses_destroyed_shelling', 'educational_facilities_destroyed_shelling', 'preschools_destroyed_shelling', 'houses_damaged', 'buildings_damaged',
    'residential_buildings_damaged', 'schools_damaged', 'hospitals_damaged', 'administrative_buildings_damaged', 'business_facilities_damaged',
    'civilian_objects_damaged', 'villages_damaged', 'mine_victims', 'forest_destroyed_ha', 'forest_burned_ha', 'forest_plundered_ha',
    'forest_under_armenian_control_ha', 'area_burned_ha', 'natural_monuments_destroyed', 'economic_damage_manat', 'economic_damage_rub',
    'agricultural_damage_manat', 'fire_damage_manat', 'fire_damage_usd', 'monuments_attacked', 'settlers_observed', 'damage_described',
    'heritage_site_misuse',
  ],
  other: [
    'summer_pasture_share_pct',
  ],
  event: [
    'population_before_event', 'defenders', 'attackers', 'unit_involved', 'event_dates', 'attack_began', 'infantry_entered', 'resistance_ended',
    'town_captured', 'corridor_announced', 'fugitives_reached', 'location', 'place_description', 'route_description', 'distance_miles',
    'cut_off_by_road_months',
  ],
};

/**
 * The metrics added after the hand-written lists, in table order: both sides' displacement and
 * harm by period, heritage and the 1993 resolutions. Each list below must be the old list exactly
 * once these are set aside: nothing old moved, left or changed family.
 */
const ADDED = new Set<string>([
  'displaced_armenians_1988_1994', 'left_nk_2020', 'left_nk_2023', 'refugees_in_armenia', 'refugees_from_azerbaijan_in_armenia',
  'idp_in_armenia', 'displaced_conflict_wide', 'displacement_dates', 'displaced_2016', 'returned_nk_2020', 'displaced_2020_in_armenia',
  'displaced_2020_temporary_housing', 'left_without_shelter_2020', 'residents_remaining_2020', 'left_nk_2023_while_arriving',
  'departure_2023_dates', 'remaining_nk_2023', 'killed_2016', 'killed_civilians_2016', 'shells_fired_2016', 'houses_damaged_2016',
  'killed_civilians_2020_both_sides', 'severely_injured_civilians_2020', 'strikes_period_2020', 'cluster_munition_incidents_2020',
  'cluster_munitions_described_2020', 'strikes_on_site_2020', 'properties_damaged_2020', 'schools_damaged_2020',
  'settlements_to_azerbaijani_control_2020', 'military_operation_2023_dates', 'killed_2023', 'killed_civilians_2023',
  'killed_explosion_2023', 'khachkars_destroyed', 'khachkars_remaining', 'heritage_imagery_described', 'heritage_destruction_dates',
  'armenian_heritage_sites_destroyed', 'armenian_heritage_sites_located', 'armenian_heritage_sites_harmed_since_2021',
  'armenian_heritage_sites_monitored', 'azerbaijani_heritage_sites_destroyed_1994_2020',
  'azerbaijani_heritage_sites_major_damage_1994_2020', 'churches_destroyed', 'churches_lost', 'return_deadline_2020', 'unsc_resolution',
  'date_came_under_de_facto_control',
]);
const old = (list: readonly string[]) => list.filter((m) => !ADDED.has(m));

describe('the metric lists derived from the table', () => {
  it('lists every metric once, in the order popups list them', () => {
    expect(old(METRICS)).toEqual(WAS_METRICS);
    expect([...ADDED].filter((m) => !METRICS.includes(m as never))).toEqual([]);
  });

  it('lists the damage metrics, then the reused ones, in the order of the layer control', () => {
    expect(old(DAMAGE_METRICS)).toEqual(WAS_DAMAGE_METRICS);
    expect(old(DAMAGE_SET)).toEqual(WAS_DAMAGE_SET);
  });

  it('keeps the event card and the place popups in their own orders', () => {
    expect(COUNT_METRICS).toEqual(WAS_COUNT_METRICS);
    expect(DEATH_TOLL_METRICS).toEqual(WAS_DEATH_TOLL_METRICS);
    expect(TIME_METRICS).toEqual(WAS_TIME_METRICS);
  });

  it('keeps the war metrics apart from the shelling metrics', () => {
    // only membership is read ("never dated 2016 or later"), so the order of these two is the table's
    expect(old(WAR_1990S_METRICS).sort()).toEqual([...WAS_WAR_1990S_METRICS].sort());
    expect(old(SHELLING_METRICS)).toEqual(WAS_SHELLING_METRICS);
    expect(WAR_1990S_METRICS.filter((m) => SHELLING_METRICS.includes(m))).toEqual([]);
  });

  it('puts each metric in the balance-table family it was in', () => {
    const groups = Object.fromEntries(METRIC_GROUPS.map((g) => [g, old(METRICS).filter((m) => metricGroup(m as Metric) === g)]));
    expect(groups).toEqual({ ...Object.fromEntries(METRIC_GROUPS.map((g) => [g, []])), ...WAS_GROUPS });
  });
});
