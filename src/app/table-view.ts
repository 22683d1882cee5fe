/**
 * The table of places in the page: the "List | Table" tabs of the side panel, the table's CSV (the
 * data export's, loaded at the click), and its ties to the page state: the shading and the open
 * place come from the store, so the theme select and a click on the map reach the table as they
 * reach the legend and the address.
 */
import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import type { Theme } from '../data/themes.ts';
import { TABLE_UI } from '../i18n/en-table.ts';
import type { Bounds } from '../map/atlas-map.ts';
import { DEFAULT_THEME_ID, type Claim, type DistrictCollection, type ThemeId } from '../schema/index.ts';
import { buildPlaceTable, type PlaceTable } from '../ui/place-table.ts';
import { buildSideTabs } from '../ui/side-tabs.ts';
import type { Store } from './state.ts';
import { themeIn } from './theme-view.ts';

export interface PlacesTabsDeps {
  index: AtlasIndex;
  /** the district list: the first tab, as the page has always opened */
  list: HTMLElement;
  /** the shading the table opens with (the page without a map has no choice: displaced people) */
  theme?: Theme;
  openPlace(id: PlaceId, button: HTMLButtonElement): void;
  /** the table needs the room of a wide panel while it is shown */
  setWide(wide: boolean): void;
}

/** The list and the table of places as tabs; the table fetches every place's figures when first shown. */
export function buildPlacesTabs({ index, list, theme, openPlace, setWide }: PlacesTabsDeps): { element: HTMLElement; table: PlaceTable } {
  // the same file the "Data of this view" CSV writes, one row per figure, in the table's order
  const csv = async (claims: readonly Claim[], metric: ThemeId) => {
    const dataExport = await import('../export/data-export.ts');
    const exported = new Date().toISOString();
    // the address is the view's permalink (src/app/permalink.ts keeps it so)
    const meta = { permalink: window.location.href, version: index.version, exported };
    return { text: dataExport.claimsCsv(claims, index, meta), filename: `${dataExport.exportBaseName(index.version, exported, `table-${metric}`)}.csv` };
  };
  const table = buildPlaceTable({ index, theme: theme ?? themeIn(index, DEFAULT_THEME_ID), openPlace, csv });
  const tabs = buildSideTabs(
    TABLE_UI.tabsLabel,
    [
      { id: 'list', label: TABLE_UI.tabList, panel: list },
      { id: 'table', label: TABLE_UI.tabTable, panel: table.element },
    ],
    (id) => {
      setWide(id === 'table');
      if (id === 'table') table.shown();
    },
  );
  return { element: tabs.element, table };
}

/** The table follows the page state: the theme select's shading, and the place open on the map. */
export function followState(table: PlaceTable, index: AtlasIndex, store: Store): void {
  const sync = () => {
    const s = store.get();
    table.setTheme(themeIn(index, s.theme));
    table.select(s.selected?.kind === 'district' ? (s.selected.id as PlaceId) : null);
  };
  store.subscribe((next, prev) => {
    if (next.theme !== prev.theme) table.setTheme(themeIn(index, next.theme));
    if (next.selected !== prev.selected) table.select(next.selected?.kind === 'district' ? (next.selected.id as PlaceId) : null);
  });
  sync();
}

/** [west, south, east, north] of a place's outline, for flying the map to a place chosen in the table. */
export function placeBounds(districts: DistrictCollection, id: PlaceId): Bounds | null {
  const f = districts.features.find((d) => d.properties.id === id);
  if (!f) return null;
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  let b: Bounds | null = null;
  for (const [x = 0, y = 0] of rings.flat()) b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y];
  return b;
}
