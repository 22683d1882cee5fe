/**
 * Wiring of the thematic choice (issue 6): one state (what the districts are shaded by) and the
 * views that follow it — the district paint, the legend's top section, the "Shade districts by"
 * select and, through onThemeChange, the page address (src/app/permalink.ts) and whoever else
 * listens (the district popup). Like event-layer.ts, a module that imports both `map` and `ui`;
 * only main.ts mounts it.
 *
 * `currentTheme` and `onThemeChange` are module functions, so a listener needs no handle on the
 * mounted layer; there is one map per page, so one theme state.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { IMAGE } from '../config/layers.ts';
import { IDP_THEME } from '../config/themes.ts';
import type { AtlasData } from '../data/load.ts';
import { themesOf, type DamageTheme, type ThemeId } from '../data/themes.ts';
import { METRIC_LABEL } from '../i18n/en.ts';
import type { Metric } from '../schema/index.ts';
import type { AtlasMap } from '../map/atlas-map.ts';
import { addStyleImage } from '../map/create-map.ts';
import { damageThemePaint, idpThemePaint, type LayerThemePaint, type PaintName, type ThemeShading } from '../style/theme-paint.ts';
import type { LayerControl } from '../ui/layer-control.ts';
import { buildThemeLegend, damageLegendModel, idpLegendModel, setCurrentThemeLegend } from '../ui/legend-theme.ts';
import type { LegendControl } from '../ui/legend.ts';
import { buildThemeSelect } from '../ui/theme-select.ts';

export type { ThemeId } from '../data/themes.ts';

let current: ThemeId = IDP_THEME;
const handlers = new Set<(theme: ThemeId) => void>();

/** What the districts are shaded by now: 'idp' (displaced people, the default) or a damage metric. */
export function currentTheme(): Metric | 'idp' {
  return current;
}

/** Calls `handler` after every change of theme (not at mount); returns a function that stops it. */
export function onThemeChange(handler: (theme: Metric | 'idp') => void): () => void {
  handlers.add(handler);
  return () => {
    handlers.delete(handler);
  };
}

/** What a damage theme draws, as the paint builder takes it. */
export function shadingOf(theme: DamageTheme): ThemeShading {
  const fills: Array<{ id: string; color: string }> = [];
  for (const [id, shade] of theme.shades) {
    if (shade.kind === 'class') fills.push({ id, color: theme.classes[shade.cls]?.color ?? '#000000' });
  }
  return { fills, differ: [...theme.differ] };
}

/** Applies a theme's paint: filters, paint properties and visibility of the district layers. */
function applyPaint(map: MapLibreMap, paint: readonly LayerThemePaint[]): void {
  for (const p of paint) {
    if (!map.getLayer(p.layer)) continue;
    map.setFilter(p.layer, p.filter);
    for (const [prop, value] of Object.entries(p.paint) as Array<[PaintName, unknown]>) map.setPaintProperty(p.layer, prop, value as never);
    map.setLayoutProperty(p.layer, 'visibility', p.visibility);
  }
}

export interface ThemeLayerDeps {
  data: AtlasData;
  atlasMap: AtlasMap;
  legend: LegendControl;
  /** the layer control: the select goes at its top */
  control: LayerControl;
  /** the theme the address asks for (already checked against the offered themes) */
  initial?: string | undefined;
}

export interface ThemeLayer {
  /** the damage themes offered, in the layer control's order */
  themes: readonly DamageTheme[];
  /** shades the districts by this theme; an id that is not offered is ignored */
  setTheme(id: string): void;
}

export function mountThemeLayer({ data, atlasMap, legend, control, initial }: ThemeLayerDeps): ThemeLayer {
  const map = atlasMap.map;
  const themes = themesOf(data.atlas);
  const totalPlaces = data.districts.features.length;
  const themeOf = (id: string) => themes.find((t) => t.metric === id);

  // setPaintProperty before the style has loaded throws: the paint waits for `load`
  let styleLoaded = map.loaded();
  const paint = () => {
    if (!styleLoaded) return;
    const theme = themeOf(current);
    if (theme && theme.differ.length > 0) addStyleImage(map, IMAGE.sourcesDiffer);
    applyPaint(map, theme ? damageThemePaint(shadingOf(theme)) : idpThemePaint());
  };
  if (!styleLoaded) {
    map.once('load', () => {
      styleLoaded = true;
      if (current !== IDP_THEME) paint();
    });
  }

  const select = buildThemeSelect(
    IDP_THEME,
    themes.map((t) => ({ id: t.metric, label: METRIC_LABEL[t.metric], places: t.shades.size })),
    (id) => setTheme(id),
  );
  control.setTop(select.element);

  const render = () => {
    const theme = themeOf(current);
    const model = theme ? damageLegendModel(theme, totalPlaces) : idpLegendModel();
    setCurrentThemeLegend(model);
    legend.setThemeSection(buildThemeLegend(model));
    select.sync(current);
    paint();
  };

  function setTheme(id: string): void {
    const next = id === IDP_THEME ? IDP_THEME : themeOf(id)?.metric;
    if (next === undefined || next === current) {
      select.sync(current);
      return;
    }
    current = next;
    render();
    for (const h of handlers) h(current);
  }

  const start = initial === undefined ? undefined : (themeOf(initial)?.metric ?? undefined);
  current = start ?? IDP_THEME;
  render();
  return { themes, setTheme };
}
