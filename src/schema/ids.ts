import { z } from 'zod';

/**
 * Stable ASCII ids from the Azerbaijani official spelling (DATA.md). The article's own spellings
 * (Kelbadjar, Fizuli, Jabrail…) live in each district's aliases, never in ids.
 */
export const DISTRICT_IDS = [
  // rayons that made up the former NKAO (post-1991 division, as drawn by Natural Earth)
  'khankendi',
  'khojaly',
  'khojavend',
  'shusha',
  // the seven surrounding districts
  'lachin',
  'kalbajar',
  'aghdam',
  'fuzuli',
  'jabrayil',
  'gubadli',
  'zangilan',
  // bordering Armenia
  'gazakh',
  'agstafa',
  'tovuz',
  'gadabay',
  // on the line of contact
  'tartar',
  'goranboy',
  'aghjabadi',
  'beylagan',
  // the autonomous republic, drawn as one feature
  'nakhchivan',
] as const;
export const DistrictId = z.enum(DISTRICT_IDS);
export type DistrictId = z.infer<typeof DistrictId>;

/** The former Nagorno-Karabakh Autonomous Oblast (1923–1991) as one outline; it overlaps rayons. */
export const NKAO_ID = 'nkao' as const;
/** Claims about the whole country. */
export const COUNTRY_ID = 'AZE' as const;

/** Dated happenings the map draws as an event layer. */
export const EVENT_IDS = ['khojaly-1992'] as const;
export const EventId = z.enum(EVENT_IDS);
export type EventId = z.infer<typeof EventId>;

/**
 * Places of an event, and its route. Ids in ASCII from the Azerbaijani spelling, like districts;
 * `aghdam-city` is the town, `aghdam` the district.
 */
export const EVENT_PLACE_IDS = [
  'khojaly-town',
  'khojaly-airport',
  'askeran',
  'nakhchivanik',
  'pirjamal',
  'aghdam-city',
] as const;
export const EventPlaceId = z.enum(EVENT_PLACE_IDS);
export type EventPlaceId = z.infer<typeof EventPlaceId>;

export const ROUTE_IDS = ['khojaly-escape-route'] as const;
export const RouteId = z.enum(ROUTE_IDS);
export type RouteId = z.infer<typeof RouteId>;

/**
 * Areas a source names that are not a rayon and have no outline on this map (geodata/claims/areas.json):
 * a de facto region, a country, a town, a site, "both sides". A figure for such an area stays on it:
 * it is never split across rayons, and a de facto region is never put in a rayon by guess.
 */
export const AREA_IDS = [
  // countries and conflict-wide areas
  'armenia',
  'conflict-zone',
  // areas named by heritage and displacement sources
  'former-nkr-territories',
  'areas-azerbaijani-control-since-2020',
  'operation-ring-villages',
  'line-of-contact-2016',
  // de facto regions (units of the de facto authorities of Nagorno-Karabakh)
  'kashatagh-region',
  'hadrut-region',
  'shahumyan-region',
  'shushi-region',
  'martuni-region',
  'askeran-region',
  'martakert-region',
  // towns and sites
  'horadiz',
  'khojavend-town',
  'stepanakert-fuel-depot',
] as const;
export const AreaId = z.enum(AREA_IDS);
export type AreaId = z.infer<typeof AreaId>;

export const SubjectId = z.union([DistrictId, z.literal(NKAO_ID), z.literal(COUNTRY_ID), EventId, EventPlaceId, RouteId, AreaId]);
export type SubjectId = z.infer<typeof SubjectId>;

/** The article's categories. A district may be in more than one; membership is itself a claim. */
export const GROUP_IDS = [
  'former-nkao',
  'seven-surrounding',
  'border-armenia',
  'line-of-contact',
  'nakhchivan-ar',
] as const;
export const GroupId = z.enum(GROUP_IDS);
export type GroupId = z.infer<typeof GroupId>;
