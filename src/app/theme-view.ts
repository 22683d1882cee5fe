/**
 * The views of the theme (what the districts are shaded by): the "Shade districts by" select,
 * the legend's top section and the district list's chips. Each reads the theme from the state and
 * the select writes it there; the map repaints from the same state (main.ts).
 */
import { subjectName, type AtlasIndex } from '../data/index-claims.ts';
import type { Theme } from '../data/themes.ts';
import { METRIC_LABEL } from '../i18n/en.ts';
import { themeLegendModel } from '../legend/theme.ts';
import { DEFAULT_THEME_ID, type SubjectId, type ThemeId } from '../schema/index.ts';
import { setDistrictChips } from '../ui/district-list.ts';
import type { LayerControl } from '../ui/layer-control.ts';
import { buildThemeLegend } from '../ui/legend-theme.ts';
import type { LegendControl } from '../ui/legend.ts';
import { buildThemeSelect } from '../ui/theme-select.ts';
import { themeChips } from './theme-chips.ts';
import { damageGroups } from './theme-options.ts';
import type { Store } from './state.ts';

/** The theme a state names; an id the map does not offer falls back to displaced people. */
export function themeIn(index: AtlasIndex, id: ThemeId): Theme {
  const found = index.themes.find((t) => t.metric === id) ?? index.themes.find((t) => t.metric === DEFAULT_THEME_ID) ?? index.themes[0];
  if (!found) throw new Error('the data offers no theme');
  return found;
}

export interface ThemeViewDeps {
  index: AtlasIndex;
  store: Store;
  legend: LegendControl;
  /** the layer control: the select goes at its top */
  control: LayerControl;
  /** the district list, whose chips follow the theme */
  list: HTMLElement;
}

export function mountThemeView({ index, store, legend, control, list }: ThemeViewDeps): void {
  const total = index.order.length;
  const option = (t: Theme) => ({ id: t.metric, label: METRIC_LABEL[t.metric], places: t.shades.size });
  const others = index.themes.filter((t) => t.metric !== DEFAULT_THEME_ID);
  const select = buildThemeSelect(
    DEFAULT_THEME_ID,
    others.filter((t) => t.population !== null).map(option),
    damageGroups(others.filter((t) => t.population === null)).map((g) => ({ label: g.label, options: g.themes.map(option) })),
    (id) => {
      const theme = index.themes.find((t) => t.metric === id);
      // a figure chosen while the timeline is open is what the reader now wants drawn: the timeline closes
      if (theme) store.update({ theme: theme.metric, date: null });
      else select.sync(store.get().theme);
    },
  );
  control.setTop(select.element);
  const render = (id: ThemeId) => {
    const theme = themeIn(index, id);
    // while the timeline is open the legend is its own (timeline-view.ts); the select and chips still follow
    if (store.get().date === null) legend.setThemeSection(buildThemeLegend(themeLegendModel(theme, total, (s) => subjectName(index, s as SubjectId))));
    select.sync(theme.metric);
    setDistrictChips(list, themeChips(theme));
  };
  store.subscribe((next, prev) => {
    if (next.theme !== prev.theme || (next.date === null && prev.date !== null)) render(next.theme);
  });
  render(store.get().theme);
}
