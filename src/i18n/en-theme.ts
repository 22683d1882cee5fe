/** UI strings of the thematic choice: the "Shade districts by" select, its legend, its URL notice. */

/** "1993", "1993 and 2020", "1993, 2016 and 2020", "1988–2021" (more than three years: the span). */
function years(list: readonly number[]): string {
  if (list.length === 0) return '';
  if (list.length > 3) return `${list[0]}–${list.at(-1)}`;
  if (list.length === 1) return String(list[0]);
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

export const THEME_UI = {
  selectLabel: 'Shade districts by',
  idpOption: 'Displaced people',
  damageGroup: 'Damage (as each source states it)',
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
  count: (withFigure: number, total: number): string =>
    `${withFigure} of ${total} districts have a figure in the sources; the rest are drawn “no figure in sources”.`,
  /** the export's default title: "Karabakh Atlas — schools destroyed by district" */
  shown: (label: string): string => `${label.charAt(0).toLowerCase()}${label.slice(1)} by district, as each source states it`,
  /** the URL notice: `theme “nonsense” (not a theme of this map)` */
  urlUnknownTheme: (value: string): string => `theme “${value}” (not a theme of this map: no district has a figure for it)`,
} as const;
