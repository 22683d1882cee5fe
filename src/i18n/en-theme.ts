/** UI strings of the thematic choice: the "Shade districts by" select, its legend, its URL notice. */
import type { ThemeGroupId } from '../config/theme-groups.ts';
import type { Population, Side } from '../schema/index.ts';

/** "1993", "1993 and 2020", "1993, 2016 and 2020", "1988–2021" (more than three years: the span). */
function years(list: readonly number[]): string {
  if (list.length === 0) return '';
  if (list.length > 3) return `${list[0]}–${list.at(-1)}`;
  if (list.length === 1) return String(list[0]);
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

const SIDE_SHORT: Record<Side, string> = {
  azerbaijani: 'Azerbaijani side',
  armenian: 'Armenian side',
  'third-party': 'third party',
  unknown: 'side not stated',
};

/** Who each displacement theme counts, and where the map draws it. */
const POPULATION_WORDS: Record<Population, string> = {
  'azerbaijan-idps-1988-1994': 'People internally displaced in Azerbaijan by the war of 1988–1994, counted in any later year.',
  'armenians-1988-1994': 'Armenians displaced 1988–1994, from the area each source names.',
  'nagorno-karabakh-2020': 'People who left Nagorno-Karabakh during the 2020 war. The sources name “Nagorno-Karabakh”; the map draws it on the former NKAO outline.',
  'nagorno-karabakh-2023':
    'People who left Nagorno-Karabakh for Armenia in September–October 2023, as counted from 30 September 2023 on (earlier running counts are in the popup). The sources name “Nagorno-Karabakh”; the map draws it on the former NKAO outline.',
};

export const THEME_UI = {
  selectLabel: 'Shade districts by',
  idpOption: 'Internally displaced in Azerbaijan, 1988–1994 (per district)',
  displacementGroup: 'Displaced people (each population and period on its own)',
  /** a displacement theme's option: no place count, a theme with none is still a choice */
  displacementOption: (label: string, places: number): string => (places === 0 ? `${label} (figures for wider areas only)` : label),
  /** the legend's subtitle under a displacement theme: who, when, and that nothing is combined */
  population: (p: Population, shaded: boolean): string =>
    `${POPULATION_WORDS[p]} ${shaded ? '' : 'No figure in the sources is for a single district or the former NKAO, so none is shaded. '}Each population and period is its own theme: never added to, netted against or compared in a number with another.`,
  according: (parties: readonly { name: string; side: Side }[]): string => `According to: ${parties.map((p) => `${p.name} (${SIDE_SHORT[p.side]})`).join('; ')}.`,
  elsewhereHeading: 'Figures for areas the map does not shade (kept on the area their source names):',
  elsewhereItem: (name: string, n: number): string => `${name} — ${n} ${n === 1 ? 'figure' : 'figures'}`,
  /** the optgroups of the damage themes, by what is counted (src/config/theme-groups.ts) */
  damageGroups: {
    people: 'Damage: people',
    land: 'Damage: settlements and land',
    buildings: 'Damage: buildings and institutions',
    infrastructure: 'Damage: infrastructure',
    heritage: 'Damage: heritage and culture',
    attacks: 'Damage: shelling and strikes',
    money: 'Damage: money',
  } satisfies Record<ThemeGroupId, string>,
  /** a damage metric no group lists yet */
  damageOtherGroup: 'Damage: other figures',
  /** "Schools destroyed (5 districts)": the NKAO outline counts as one */
  damageOption: (label: string, places: number): string => `${label} (${places} ${places === 1 ? 'district' : 'districts'})`,
  /** the legend's subtitle under a damage metric's title */
  subtitle: (o: { units: readonly string[]; years: readonly number[]; hedged: boolean; ranges: boolean }): string => {
    const facts = [o.units.join(', '), o.years.length > 0 ? `figures of ${years(o.years)}` : ''].filter((s) => s !== '').join('; ');
    const hedge =
      o.hedged && o.ranges
        ? '“More than N” is classed at N; a range at both ends. '
        : o.hedged
          ? '“More than N” is classed at N. '
          : o.ranges
            ? 'A range is classed at both ends. '
            : '';
    return `Per district, as each source states it${facts ? ` (${facts})` : ''}. ${hedge}Classes span every source's figures; none are summed or averaged.`;
  },
  /** the one class of a metric with a single distinct figure, or none that nice breaks split */
  oneClass: (from: string, to: string): string => (from === to ? from : `${from}–${to}`),
  /** "fewer than 100" etc. for figures that are not whole numbers */
  classUnder: (min: string, below: string): string => `${min} to under ${below}`,
  sourcesDiffer: 'sources differ across classes — see the popup',
  /** the name along the former NKAO's dashed line on the map */
  nkaoMapLabel: 'former NKAO (1991)',
  /** the legend item of the NKAO outline when the theme has a figure for it, in one class or across classes */
  nkaoClass: 'former NKAO: its 1991 outline drawn wide in the colour of its figure’s class (a figure for the oblast as a whole)',
  nkaoDiffer: 'former NKAO: its 1991 outline striped, its sources differ across classes — see the popup',
  count: (withFigure: number, total: number): string =>
    `${withFigure} of ${total} districts have a figure in the sources; the rest are drawn “no figure in sources”.`,
  /** the export's default title: "Karabakh Atlas — schools destroyed by district" */
  shown: (label: string): string => `${label.charAt(0).toLowerCase()}${label.slice(1)} by district, as each source states it`,
  /** the URL notice: `theme “nonsense” (not a theme of this map)` */
  urlUnknownTheme: (value: string): string => `theme “${value}” (not a theme of this map: no district has a figure for it)`,
} as const;
