/** UI strings of the table of places beside the map, and of the "List | Table" choice above it. */
import type { SortDirection, SortKey } from '../data/place-rows.ts';
import { formatNumber } from '../lib/format.ts';
import type { Side } from '../schema/index.ts';

const SIDE_WORD: Record<Side, string> = {
  azerbaijani: 'Azerbaijani',
  armenian: 'Armenian',
  'third-party': 'third party',
  unknown: 'side not stated',
};

/** What each direction of a column means, in the words the status line reads out. */
const DIRECTION: Record<SortKey, Record<SortDirection, string>> = {
  place: { ascending: 'A to Z', descending: 'Z to A' },
  figure: { ascending: 'smallest first', descending: 'largest first' },
  party: { ascending: 'A to Z', descending: 'Z to A' },
  count: { ascending: 'fewest first', descending: 'most first' },
  sides: { ascending: 'fewest sides first', descending: 'most sides first' },
};

export const TABLE_UI = {
  tabsLabel: 'Show the places as',
  tabList: 'List',
  tabTable: 'Table',
  heading: 'Places in a table',
  intro: 'Choose a place to open all its figures; the arrow keys move between places.',
  caption: (theme: string): string =>
    `Places by “${theme}”: the figures the map draws, who states them, and how many figures about the place the atlas holds, by the side that states them`,
  column: {
    place: 'Place',
    figure: 'Figure drawn',
    party: 'Stated by',
    count: 'All figures',
    sides: 'By side',
  } satisfies Record<SortKey, string>,
  /** what a column sorts by, where it is not plain (the header button's title) */
  sortHelp: {
    place: 'By the Azerbaijani name.',
    figure: 'Smallest first by the lowest number a source states, largest first by the highest; places with no figure stay last.',
    party: 'By the party that states the first figure; places with no figure stay last.',
    count: 'By how many figures about the place the atlas holds, for any theme.',
    sides: 'By how many sides state figures about the place, then by how many of its figures come from other sides than the one that states most.',
  } satisfies Record<SortKey, string>,
  sortButton: (column: string): string => `Sort by ${column.toLowerCase()}`,
  sorted: (column: string, key: SortKey, dir: SortDirection): string => `Sorted by ${column.toLowerCase()}, ${DIRECTION[key][dir]}.`,
  unsorted: 'In the order of the list.',
  loading: 'Loading the figures of every place…',
  loaded: (places: number): string => `${formatNumber(places)} places.`,
  noFigure: 'no figure in sources',
  notLoaded: 'figures could not be loaded',
  /** "22 Azerbaijani" */
  sideCount: (n: number, side: Side): string => `${formatNumber(n)} ${SIDE_WORD[side]}`,
  noFigures: 'none',
  downloadCsv: 'Download these rows (CSV)',
  csvDone: (figures: number): string => `Downloaded ${formatNumber(figures)} ${figures === 1 ? 'figure' : 'figures'}, in the order of the table.`,
  csvNothing: 'This shading draws no figure on any place: there is nothing to download.',
  csvWaiting: 'The figures are still loading: try again in a moment.',
} as const;
