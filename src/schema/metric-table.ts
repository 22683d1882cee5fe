import { z } from 'zod';
import type { MetricGroup } from './metric-group.ts';
import type { UnitKind } from './units.ts';

/**
 * Which figures a metric may hold by when they happened. Figures of the 1988–1994 war, of the
 * fighting of April 2016, of the 2020 war and of September–October 2023 never share a metric: a
 * claim's as_of falls in its metric's era (ERA_YEARS).
 * 'any': the metric says nothing about when.
 */
export const METRIC_ERAS = ['war-1988-1994', 'clashes-2016', 'war-2020', 'exodus-2023', 'any'] as const;
export const MetricEra = z.enum(METRIC_ERAS);
export type MetricEra = z.infer<typeof MetricEra>;

/**
 * The years a claim of each dated era may describe (its as_of; a claim whose source gives no date
 * is not placed by the year it was stated, since a 2019 text may count the dead of 1993). A count
 * made later about the same people (the 2020 displaced still in Armenia in 2021) stays in its era.
 * The 1988–1994 war has no end year: its missing and displaced are still counted decades later.
 */
export const ERA_YEARS: Readonly<Record<Exclude<MetricEra, 'any'>, readonly [number, number | null]>> = {
  'war-1988-1994': [1988, null],
  'clashes-2016': [2016, 2019],
  'war-2020': [2020, 2022],
  'exodus-2023': [2023, 2025],
};

/**
 * Who was displaced, for the displacement metrics that are themes: each population and period is
 * its own metric and theme, never added to, netted against or compared in a number with another.
 */
export const POPULATIONS = ['azerbaijan-idps-1988-1994', 'armenians-1988-1994', 'nagorno-karabakh-2020', 'nagorno-karabakh-2023'] as const;
export type Population = (typeof POPULATIONS)[number];

export interface MetricRow {
  readonly id: string;
  /** the balance table's family of figures */
  readonly group: MetricGroup;
  readonly era: MetricEra;
  /** what it is counted in, whatever unit a source names (src/schema/units.ts) */
  readonly unit: UnitKind;
  /**
   * A district's damage figure: the popup's damage section, the damage shadings, the "no damage
   * figure" list. `true` for the damage metrics proper, listed first in table order; a number for
   * an older metric reused as damage, its place after them in the layer control's list.
   */
  readonly damage?: true | number;
  /** place in the event card's counts (deaths first, then the other consequences) */
  readonly counts?: number;
  /** place in the death toll an event's place popups show */
  readonly toll?: number;
  /** a displacement theme: the population and period its figures count */
  readonly population?: Population;
}

/**
 * Every metric a claim can measure, once, in the order popups and panels list them. Adding a
 * metric means adding a row here and its label in src/i18n (the type checker enforces the label).
 *
 * A metric names what was counted, and the word the source uses (destroyed, burned, damaged,
 * "occupied") is part of it: "destroyed", "damaged", "burned" and "left under occupation" (the
 * sources' words) are different statements and the map must never show them as sources disagreeing.
 */
export const METRIC_TABLE = [
  // people
  { id: 'idp', group: 'displacement', era: 'any', unit: 'people', population: 'azerbaijan-idps-1988-1994' }, // internally displaced people from a place, 1988–1994 (counted in any later year)
  // Armenians displaced 1988–1994: from the area the source names (Azerbaijan, the villages of "Operation Ring")
  { id: 'displaced_armenians_1988_1994', group: 'displacement', era: 'war-1988-1994', unit: 'people', population: 'armenians-1988-1994' },
  // people who left Nagorno-Karabakh during the 2020 war
  { id: 'left_nk_2020', group: 'displacement', era: 'war-2020', unit: 'people', population: 'nagorno-karabakh-2020' },
  // people who left Nagorno-Karabakh for Armenia in September–October 2023: counts from 30 September 2023 on
  { id: 'left_nk_2023', group: 'displacement', era: 'exodus-2023', unit: 'people', population: 'nagorno-karabakh-2023' },
  { id: 'idp_armenian_controlled_areas', group: 'displacement', era: 'any', unit: 'people' }, // the USCR total "from the occupied regions" (its words)
  { id: 'refugees', group: 'displacement', era: 'any', unit: 'people' }, // refugees into Azerbaijan
  { id: 'displaced_total', group: 'displacement', era: 'any', unit: 'people' }, // refugees and IDPs together
  { id: 'killed', group: 'people', era: 'war-1988-1994', unit: 'people', damage: 12, counts: 1, toll: 1 },
  { id: 'missing', group: 'people', era: 'war-1988-1994', unit: 'people', damage: 17, counts: 13 },
  { id: 'pre_war_population', group: 'territory', era: 'any', unit: 'people' },
  // territory and status
  { id: 'group', group: 'territory', era: 'any', unit: 'category' }, // membership of one of the article's groups (value: category = group id)
  { id: 'area_km2', group: 'territory', era: 'any', unit: 'area' },
  { id: 'area_under_control_or_affected_km2', group: 'territory', era: 'any', unit: 'area' },
  { id: 'share_of_territory_pct', group: 'territory', era: 'any', unit: 'share' },
  { id: 'date_came_under_armenian_control', group: 'territory', era: 'any', unit: 'date' },
  { id: 'date_returned', group: 'territory', era: 'any', unit: 'date' },
  { id: 'date_came_under_de_facto_control', group: 'territory', era: 'any', unit: 'date' }, // a source that names the de facto authorities' forces ("the army of the Republic of Nagorno-Karabakh")
  { id: 'date_abolished', group: 'territory', era: 'any', unit: 'date' },
  // national damage (the article's list, the Ministry of Foreign Affairs and others)
  { id: 'cities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: 4 },
  { id: 'urban_settlements_destroyed', group: 'damage', era: 'any', unit: 'things' },
  { id: 'villages_destroyed', group: 'damage', era: 'any', unit: 'things', damage: 3 },
  { id: 'hospitals_destroyed', group: 'damage', era: 'any', unit: 'things', damage: 2 },
  { id: 'houses_destroyed', group: 'damage', era: 'any', unit: 'things', damage: 1 },
  { id: 'public_buildings_destroyed', group: 'damage', era: 'any', unit: 'things', damage: 7 },
  { id: 'libraries_plundered', group: 'damage', era: 'any', unit: 'things', damage: 8 },
  { id: 'books_destroyed', group: 'damage', era: 'any', unit: 'things' },
  { id: 'theatres_destroyed', group: 'damage', era: 'any', unit: 'things' },
  { id: 'clubs_destroyed', group: 'damage', era: 'any', unit: 'things', damage: 5 },
  { id: 'music_schools_destroyed', group: 'damage', era: 'any', unit: 'things', damage: 6 },
  { id: 'enterprises_plundered', group: 'damage', era: 'any', unit: 'things', damage: 9 },
  { id: 'sheep_taken', group: 'damage', era: 'any', unit: 'livestock' },
  { id: 'cattle_taken', group: 'damage', era: 'any', unit: 'livestock' },
  { id: 'summer_pasture_share_pct', group: 'other', era: 'any', unit: 'share' },
  { id: 'telephone_capacity_pillaged', group: 'damage', era: 'any', unit: 'things' },
  { id: 'transformer_substations_pillaged', group: 'damage', era: 'any', unit: 'things' },
  { id: 'power_lines_pillaged_km', group: 'damage', era: 'any', unit: 'length' },
  { id: 'barrows_plundered', group: 'damage', era: 'any', unit: 'things' },
  { id: 'forest_seized_ha', group: 'damage', era: 'any', unit: 'area', damage: 10 },
  { id: 'national_parks_seized', group: 'damage', era: 'any', unit: 'things' },
  { id: 'nature_reserves_seized', group: 'damage', era: 'any', unit: 'things' },
  { id: 'natural_monuments_controlled', group: 'damage', era: 'any', unit: 'things' },
  { id: 'rail_and_road_destroyed_km', group: 'damage', era: 'any', unit: 'length' },
  { id: 'power_and_gas_lines_destroyed_km', group: 'damage', era: 'any', unit: 'length' },
  { id: 'irrigation_destroyed_km', group: 'damage', era: 'any', unit: 'length' },
  { id: 'bridges_blown_up', group: 'damage', era: 'any', unit: 'things' },
  { id: 'polluted_water_m3_per_day', group: 'damage', era: 'any', unit: 'flow' },
  { id: 'deposits_gold', group: 'damage', era: 'any', unit: 'things' },
  { id: 'deposits_mercury', group: 'damage', era: 'any', unit: 'things' },
  { id: 'deposits_chromite', group: 'damage', era: 'any', unit: 'things' },
  { id: 'deposits_lead_zinc', group: 'damage', era: 'any', unit: 'things' },
  { id: 'deposits_copper', group: 'damage', era: 'any', unit: 'things' },
  { id: 'deposits_antimony', group: 'damage', era: 'any', unit: 'things' },
  { id: 'economic_damage_usd', group: 'damage', era: 'any', unit: 'money', damage: 11 },
  { id: 'establishments_closed', group: 'damage', era: 'any', unit: 'things' },
  { id: 'share_grain_pct', group: 'damage', era: 'any', unit: 'share' },
  { id: 'share_liquor_pct', group: 'damage', era: 'any', unit: 'share' },
  { id: 'share_potato_pct', group: 'damage', era: 'any', unit: 'share' },
  { id: 'share_meat_pct', group: 'damage', era: 'any', unit: 'share' },
  { id: 'share_milk_pct', group: 'damage', era: 'any', unit: 'share' },
  // events: people
  { id: 'killed_civilians', group: 'people', era: 'war-1988-1994', unit: 'people', damage: 13, counts: 2, toll: 2 },
  { id: 'killed_women', group: 'people', era: 'war-1988-1994', unit: 'people', counts: 3 },
  { id: 'killed_children', group: 'people', era: 'war-1988-1994', unit: 'people', counts: 4 },
  { id: 'killed_elderly', group: 'people', era: 'any', unit: 'people', counts: 5 },
  { id: 'deaths_described', group: 'people', era: 'any', unit: 'people', counts: 6, toll: 5 }, // a count in words ("hundreds", "dozens"): category value
  { id: 'bodies_counted', group: 'people', era: 'any', unit: 'people', counts: 7, toll: 4 }, // bodies an eyewitness counted at one place
  { id: 'bodies_brought', group: 'people', era: 'any', unit: 'people', counts: 8, toll: 3 }, // bodies brought to a place over a period
  { id: 'bodies_examined', group: 'people', era: 'any', unit: 'people', counts: 9 }, // forensic examinations
  { id: 'injured', group: 'people', era: 'war-1988-1994', unit: 'people', damage: 14, counts: 10 },
  { id: 'disabled', group: 'people', era: 'war-1988-1994', unit: 'people', damage: 15, counts: 11 },
  { id: 'hostages', group: 'people', era: 'war-1988-1994', unit: 'people', damage: 16, counts: 12 },
  { id: 'orphaned_both_parents', group: 'people', era: 'any', unit: 'people', counts: 14 },
  { id: 'orphaned_one_parent', group: 'people', era: 'any', unit: 'people', counts: 15 },
  { id: 'families_wiped_out', group: 'people', era: 'any', unit: 'families', counts: 16 },
  { id: 'population_before_event', group: 'event', era: 'any', unit: 'people', counts: 17 },
  // events: forces
  { id: 'defenders', group: 'event', era: 'any', unit: 'people' },
  { id: 'attackers', group: 'event', era: 'any', unit: 'people' },
  { id: 'unit_involved', group: 'event', era: 'any', unit: 'category' }, // category: a unit as the source designates it
  // events: times (date values, with their qualifier), in the order they happen when two share a time
  { id: 'event_dates', group: 'event', era: 'any', unit: 'date' },
  { id: 'attack_began', group: 'event', era: 'any', unit: 'date' },
  { id: 'infantry_entered', group: 'event', era: 'any', unit: 'date' },
  { id: 'resistance_ended', group: 'event', era: 'any', unit: 'date' },
  { id: 'town_captured', group: 'event', era: 'any', unit: 'date' },
  { id: 'corridor_announced', group: 'event', era: 'any', unit: 'date' },
  { id: 'fugitives_reached', group: 'event', era: 'any', unit: 'date' },
  // events: places and distances
  { id: 'location', group: 'event', era: 'any', unit: 'point' }, // point value: coordinates as a gazetteer or source gives them
  { id: 'place_description', group: 'event', era: 'any', unit: 'text' }, // text value: where a source puts a place, in words
  { id: 'route_description', group: 'event', era: 'any', unit: 'text' },
  { id: 'distance_miles', group: 'event', era: 'any', unit: 'length' },
  // per-district damage: settlements and land taken
  { id: 'settlements_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'towns_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'urban_settlements_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'villages_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'area_under_armenian_control_km2', group: 'damage', era: 'any', unit: 'area', damage: true },
  { id: 'district_share_under_armenian_control_pct', group: 'damage', era: 'any', unit: 'share', damage: true },
  { id: 'settlements_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'settlements_burned', group: 'damage', era: 'any', unit: 'things', damage: true },
  // buildings and institutions the sources report destroyed while the area was under Armenian control
  { id: 'schools_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'primary_schools_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'educational_facilities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'preschools_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'libraries_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'culture_houses_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'cinemas_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'film_projectors_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'health_facilities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'sanatoriums_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'cultural_facilities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'recreational_facilities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'mosques_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'monuments_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'world_monuments_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'museums_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'enterprises_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'agricultural_facilities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'trade_facilities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'communication_facilities_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'administrative_buildings_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'mills_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'houses_burned', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'housing_destroyed_m2', group: 'damage', era: 'any', unit: 'area', damage: true },
  // infrastructure destroyed
  { id: 'roads_destroyed_km', group: 'damage', era: 'any', unit: 'length', damage: true },
  { id: 'bridges_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'reservoirs_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'water_lines_destroyed_km', group: 'damage', era: 'any', unit: 'length', damage: true },
  { id: 'gas_pipelines_destroyed_km', group: 'damage', era: 'any', unit: 'length', damage: true },
  { id: 'power_lines_destroyed_km', group: 'damage', era: 'any', unit: 'length', damage: true },
  { id: 'power_stations_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'substations_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  // burned (the sources' word), not said to be destroyed
  { id: 'cultural_facilities_burned', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'monuments_burned', group: 'damage', era: 'any', unit: 'things', damage: true },
  // left in the area under Armenian control ("left under occupation" in the sources), not said to be destroyed
  { id: 'schools_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'hospitals_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'mosques_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'museums_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'monuments_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'cultural_facilities_under_armenian_control', group: 'damage', era: 'any', unit: 'things', damage: true },
  // people of the 1988–1994 war, besides the older metrics killed, killed_civilians, injured, disabled, hostages, missing
  { id: 'killed_in_battles', group: 'people', era: 'war-1988-1994', unit: 'people', damage: true },
  { id: 'killed_or_missing', group: 'people', era: 'war-1988-1994', unit: 'people', damage: true },
  { id: 'captive_or_missing', group: 'people', era: 'war-1988-1994', unit: 'people', damage: true },
  { id: 'hostages_killed', group: 'people', era: 'war-1988-1994', unit: 'people', damage: true },
  { id: 'killed_police', group: 'people', era: 'war-1988-1994', unit: 'people', damage: true },
  { id: 'injured_children', group: 'people', era: 'war-1988-1994', unit: 'people', damage: true },
  // shelling in the 2020 war (the fighting of April 2016 has its own metrics below)
  { id: 'killed_civilians_shelling', group: 'people', era: 'war-2020', unit: 'people', damage: true },
  { id: 'injured_civilians_shelling', group: 'people', era: 'war-2020', unit: 'people', damage: true },
  { id: 'shells_fired', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'settlements_shelled', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'houses_destroyed_shelling', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'educational_facilities_destroyed_shelling', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'preschools_destroyed_shelling', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'houses_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'buildings_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'residential_buildings_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'schools_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'hospitals_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'administrative_buildings_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'business_facilities_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'civilian_objects_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'villages_damaged', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  // the 2020 war as the Armenian side counts it: civilians in the areas then held by the de facto authorities
  { id: 'killed_civilians_armenian_held', group: 'people', era: 'war-2020', unit: 'people', damage: true },
  { id: 'injured_civilians_armenian_held', group: 'people', era: 'war-2020', unit: 'people', damage: true },
  // mines after 2020
  { id: 'mine_victims', group: 'damage', era: 'any', unit: 'people', damage: true },
  { id: 'killed_by_mines', group: 'people', era: 'any', unit: 'people', damage: true },
  { id: 'injured_by_mines', group: 'people', era: 'any', unit: 'people', damage: true },
  // land and nature
  { id: 'forest_destroyed_ha', group: 'damage', era: 'any', unit: 'area', damage: true },
  { id: 'forest_burned_ha', group: 'damage', era: 'any', unit: 'area', damage: true },
  { id: 'forest_plundered_ha', group: 'damage', era: 'any', unit: 'area', damage: true },
  { id: 'forest_under_armenian_control_ha', group: 'damage', era: 'any', unit: 'area', damage: true },
  { id: 'area_burned_ha', group: 'damage', era: 'any', unit: 'area', damage: true },
  { id: 'natural_monuments_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  // money, in the currency the source states
  { id: 'economic_damage_manat', group: 'damage', era: 'any', unit: 'money', damage: true },
  { id: 'economic_damage_rub', group: 'damage', era: 'any', unit: 'money', damage: true },
  { id: 'agricultural_damage_manat', group: 'damage', era: 'any', unit: 'money', damage: true },
  { id: 'fire_damage_manat', group: 'damage', era: 'any', unit: 'money', damage: true },
  { id: 'fire_damage_usd', group: 'damage', era: 'any', unit: 'money', damage: true },
  // national: monuments the indictment says were attacked
  { id: 'monuments_attacked', group: 'damage', era: 'any', unit: 'things', damage: true },
  // people observed after the war
  { id: 'settlers_observed', group: 'damage', era: 'any', unit: 'people', damage: true },
  // damage a source describes in words, with no count (text value)
  { id: 'damage_described', group: 'damage', era: 'any', unit: 'text', damage: true },
  // the seed article's remaining figures, which no earlier metric could hold
  { id: 'area_under_control_or_affected_sq_mi', group: 'territory', era: 'any', unit: 'area' }, // the article's "10, 563 sq. miles", kept as printed (a data check converts 17,000 km²)
  { id: 'date_established', group: 'territory', era: 'any', unit: 'date' }, // when the NKAO was created ("Further in 1923 … autonomous status")
  { id: 'date_transfer_decision', group: 'territory', era: 'any', unit: 'date' }, // the Regional Soviet's decision to transfer the NKAO to Armenia (20 February 1988)
  { id: 'date_ceasefire', group: 'territory', era: 'any', unit: 'date' }, // the cease-fire that ended the war (May 1994)
  { id: 'war_period', group: 'territory', era: 'any', unit: 'date' }, // the years of the war as a date range
  { id: 'displacement_first_wave', group: 'displacement', era: 'any', unit: 'date' }, // the first wave of displacement (refugees, 1988 to early 1991), as a date range
  { id: 'displacement_second_wave', group: 'displacement', era: 'any', unit: 'date' }, // the second wave (end of 1991 to May 1994), as a date range; kept apart from the first
  { id: 'heritage_site_misuse', group: 'damage', era: 'any', unit: 'text' }, // a heritage site put to another use, in words: "the Azykh cave … transformed into the depot"
  { id: 'cut_off_by_road_months', group: 'event', era: 'any', unit: 'duration' }, // how long a place had been cut off by road before an attack, in months

  // displacement of Armenians and of the people of Nagorno-Karabakh, besides the themes above
  { id: 'refugees_in_armenia', group: 'displacement', era: 'any', unit: 'people' }, // refugees living in Armenia at a date, all origins
  { id: 'refugees_from_azerbaijan_in_armenia', group: 'displacement', era: 'any', unit: 'people' }, // of them, those from Azerbaijan
  { id: 'idp_in_armenia', group: 'displacement', era: 'any', unit: 'people' }, // people displaced inside Armenia (border villages)
  { id: 'displaced_conflict_wide', group: 'displacement', era: 'war-1988-1994', unit: 'people' }, // refugees and displaced of the conflict on all sides together, as one source counts them
  { id: 'displacement_dates', group: 'displacement', era: 'war-1988-1994', unit: 'date' }, // when a displacement took place, as a date range
  { id: 'displaced_2016', group: 'displacement', era: 'clashes-2016', unit: 'people' },
  { id: 'returned_nk_2020', group: 'displacement', era: 'war-2020', unit: 'people' },
  { id: 'displaced_2020_in_armenia', group: 'displacement', era: 'war-2020', unit: 'people' }, // people displaced in 2020 living in Armenia at a date
  { id: 'displaced_2020_temporary_housing', group: 'displacement', era: 'war-2020', unit: 'people' },
  { id: 'left_without_shelter_2020', group: 'displacement', era: 'war-2020', unit: 'people' },
  { id: 'residents_remaining_2020', group: 'displacement', era: 'war-2020', unit: 'people' },
  { id: 'left_nk_2023_while_arriving', group: 'displacement', era: 'exodus-2023', unit: 'people' }, // counts given before 30 September 2023, while people were still arriving
  { id: 'departure_2023_dates', group: 'displacement', era: 'exodus-2023', unit: 'date' }, // when the departure began or ended
  { id: 'remaining_nk_2023', group: 'displacement', era: 'exodus-2023', unit: 'people' }, // people a source counts as still there after the departure
  // the fighting of April 2016
  { id: 'killed_2016', group: 'people', era: 'clashes-2016', unit: 'people', damage: true },
  { id: 'killed_civilians_2016', group: 'people', era: 'clashes-2016', unit: 'people', damage: true },
  { id: 'shells_fired_2016', group: 'damage', era: 'clashes-2016', unit: 'things', damage: true },
  { id: 'houses_damaged_2016', group: 'damage', era: 'clashes-2016', unit: 'things', damage: true },
  // the 2020 war, besides the shelling metrics above
  { id: 'killed_civilians_2020_both_sides', group: 'people', era: 'war-2020', unit: 'people', damage: true }, // civilians killed on both sides together, as one source counts them
  { id: 'severely_injured_civilians_2020', group: 'people', era: 'war-2020', unit: 'people', damage: true },
  { id: 'strikes_period_2020', group: 'damage', era: 'war-2020', unit: 'date' }, // the days a source documents strikes on a place
  { id: 'cluster_munition_incidents_2020', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'cluster_munitions_described_2020', group: 'damage', era: 'war-2020', unit: 'text', damage: true }, // which munitions, used by whom, in the source's words
  { id: 'strikes_on_site_2020', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'properties_damaged_2020', group: 'damage', era: 'war-2020', unit: 'things', damage: true }, // houses, shops and other properties together, as the source counts them
  { id: 'schools_damaged_2020', group: 'damage', era: 'war-2020', unit: 'things', damage: true },
  { id: 'settlements_to_azerbaijani_control_2020', group: 'territory', era: 'war-2020', unit: 'things' },
  // September 2023
  { id: 'military_operation_2023_dates', group: 'territory', era: 'exodus-2023', unit: 'date' },
  { id: 'killed_2023', group: 'people', era: 'exodus-2023', unit: 'people', damage: true }, // everyone killed, soldiers and civilians, as the source counts them
  { id: 'killed_civilians_2023', group: 'people', era: 'exodus-2023', unit: 'people', damage: true },
  { id: 'killed_explosion_2023', group: 'people', era: 'exodus-2023', unit: 'people', damage: true }, // the fuel-depot explosion of 25 September 2023
  // heritage: what was counted, in the source's words (destroyed, damaged, threatened, located)
  { id: 'khachkars_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'khachkars_remaining', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'heritage_imagery_described', group: 'damage', era: 'any', unit: 'text', damage: true }, // what satellite images show, in the source's words
  { id: 'heritage_destruction_dates', group: 'damage', era: 'any', unit: 'date' }, // when a source reports destruction, as a date or range
  { id: 'armenian_heritage_sites_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'armenian_heritage_sites_located', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'armenian_heritage_sites_harmed_since_2021', group: 'damage', era: 'any', unit: 'things', damage: true }, // "threatened, destroyed or damaged" (the source's words), since 2021
  { id: 'armenian_heritage_sites_monitored', group: 'damage', era: 'any', unit: 'things' },
  { id: 'azerbaijani_heritage_sites_destroyed_1994_2020', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'azerbaijani_heritage_sites_major_damage_1994_2020', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'churches_destroyed', group: 'damage', era: 'any', unit: 'things', damage: true },
  { id: 'churches_lost', group: 'damage', era: 'any', unit: 'things', damage: true }, // "lost" (the source's word): no longer under Armenian care, not said to be destroyed
  // control and the Security Council
  { id: 'return_deadline_2020', group: 'territory', era: 'war-2020', unit: 'date' }, // the date the 10 November 2020 statement set for a district's return
  { id: 'unsc_resolution', group: 'territory', era: 'war-1988-1994', unit: 'text' }, // what a 1993 Security Council resolution says about an area, quoted
] as const satisfies readonly MetricRow[];

export type MetricId = (typeof METRIC_TABLE)[number]['id'];

/** The rows in their common shape, so a filter can read the optional columns. */
export const METRIC_ROWS: readonly (MetricRow & { readonly id: MetricId })[] = METRIC_TABLE;

/** The ids of the rows `keep` accepts, in table order. */
export function metricIds(keep: (row: MetricRow) => boolean): MetricId[] {
  return METRIC_ROWS.filter(keep).map((r) => r.id);
}

/** The ids of the rows placed in a list shown in its own order, in that order. */
export function metricsPlacedBy(key: 'counts' | 'toll'): MetricId[] {
  return METRIC_ROWS.filter((r) => r[key] !== undefined)
    .sort((a, b) => (a[key] ?? 0) - (b[key] ?? 0))
    .map((r) => r.id);
}
