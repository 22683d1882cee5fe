import { z } from 'zod';
import { ARTICLE_METRICS } from './metric-article.ts';
import { DAMAGE_METRICS } from './metric-damage.ts';

/**
 * The moments of an event, in the order they happen when two share a time (the event card's
 * timeline is built from these).
 */
export const TIME_METRICS = [
  'event_dates',
  'attack_began',
  'infantry_entered',
  'resistance_ended',
  'town_captured',
  'corridor_announced',
  'fugitives_reached',
] as const;

/**
 * The closed list of what a claim can measure. Adding a metric means adding its label in
 * src/i18n (the type checker enforces that every metric has one).
 */
export const METRICS = [
  // people
  'idp', // internally displaced people from a place
  'idp_armenian_controlled_areas', // the USCR total "from the occupied regions" (its words)
  'refugees', // refugees into Azerbaijan
  'displaced_total', // refugees and IDPs together
  'killed',
  'missing',
  'pre_war_population',
  // territory and status
  'group', // membership of one of the article's groups (value: category = group id)
  'area_km2',
  'area_under_control_or_affected_km2',
  'share_of_territory_pct',
  'date_came_under_armenian_control',
  'date_returned',
  'date_abolished',
  // national damage (the article's list, Ministry of Foreign Affairs and others)
  'cities_destroyed',
  'urban_settlements_destroyed',
  'villages_destroyed',
  'hospitals_destroyed',
  'houses_destroyed',
  'public_buildings_destroyed',
  'libraries_plundered',
  'books_destroyed',
  'theatres_destroyed',
  'clubs_destroyed',
  'music_schools_destroyed',
  'enterprises_plundered',
  'sheep_taken',
  'cattle_taken',
  'summer_pasture_share_pct',
  'telephone_capacity_pillaged',
  'transformer_substations_pillaged',
  'power_lines_pillaged_km',
  'barrows_plundered',
  'forest_seized_ha',
  'national_parks_seized',
  'nature_reserves_seized',
  'natural_monuments_controlled',
  'rail_and_road_destroyed_km',
  'power_and_gas_lines_destroyed_km',
  'irrigation_destroyed_km',
  'bridges_blown_up',
  'polluted_water_m3_per_day',
  'deposits_gold',
  'deposits_mercury',
  'deposits_chromite',
  'deposits_lead_zinc',
  'deposits_copper',
  'deposits_antimony',
  'economic_damage_usd',
  'establishments_closed',
  'share_grain_pct',
  'share_liquor_pct',
  'share_potato_pct',
  'share_meat_pct',
  'share_milk_pct',
  // events (issue 4): people
  'killed_civilians',
  'killed_women',
  'killed_children',
  'killed_elderly',
  'deaths_described', // a count in words ("hundreds", "dozens"): category value
  'bodies_counted', // bodies an eyewitness counted at one place
  'bodies_brought', // bodies brought to a place over a period
  'bodies_examined', // forensic examinations
  'injured',
  'disabled',
  'hostages',
  'orphaned_both_parents',
  'orphaned_one_parent',
  'families_wiped_out',
  'population_before_event',
  // events: forces
  'defenders',
  'attackers',
  'unit_involved', // category: a unit as the source designates it
  // events: times (date values, with their qualifier)
  ...TIME_METRICS,
  // events: places and distances
  'location', // point value: coordinates as a gazetteer or source gives them
  'place_description', // text value: where a source puts a place, in words
  'route_description',
  'distance_miles',
  // per-district damage and the article's remaining figures (issue 6)
  ...DAMAGE_METRICS,
  ...ARTICLE_METRICS,
] as const;
export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;
