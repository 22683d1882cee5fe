/** UI strings of the place search above the district list (English). Names come from the data. */
import type { AreaRecord } from '../schema/index.ts';

/** What an area a source names is, in a word or two. */
const AREA_KIND: Record<AreaRecord['kind'], string> = {
  country: 'country',
  'conflict-wide': 'area named by sources',
  'named-area': 'area named by sources',
  'de-facto-region': 'region of the de facto authorities',
  town: 'town',
  site: 'site',
};

/** Country names of the gazetteer's codes; a code not listed is shown as it is. */
const COUNTRY: Readonly<Record<string, string>> = {
  AZ: 'Azerbaijan',
  AM: 'Armenia',
  GE: 'Georgia',
  IR: 'Iran',
  TR: 'Turkey',
  RU: 'Russia',
};

export const SEARCH_UI = {
  label: 'Find a place by any of its names',
  placeholder: 'e.g. Kəlbəcər, Karvachar, Horadiz, Goris',
  listLabel: 'Places found',
  noMatch: 'No place in this atlas has that name or alias.',
  /** a district of the list (rayon or city), the autonomous republic, the former oblast */
  district: 'district',
  nkao: 'former autonomous oblast',
  autonomousRepublic: 'autonomous republic',
  area: (kind: AreaRecord['kind'], within: string | null): string => (within ? `${AREA_KIND[kind]} in ${within}` : AREA_KIND[kind]),
  eventPlace: (event: string): string => `place of the event layer “${event}”`,
  town: (country: string, district: string | null): string => (district ? `town in ${district}` : `town, ${COUNTRY[country] ?? country}`),
  /** after the name, when the query met an alias rather than the name itself */
  matched: (alias: string, use: string): string => `matched “${alias}” (${use})`,
  /** read out when the list of suggestions changes */
  count: (n: number): string => (n === 0 ? 'No place found.' : n === 1 ? '1 place found; Enter opens it.' : `${n} places found; the arrow keys choose, Enter opens.`),
  /** read out when a town with no figures is shown on the map */
  shownOnMap: (name: string): string => `${name} is shown on the map.`,
  townIn: (country: string): string => `Town in ${COUNTRY[country] ?? country}.`,
  townNoFigures: 'No figure in this atlas is filed under this town; the districts around it have their own.',
  townSource: 'Location: GeoNames gazetteer.',
} as const;
