/**
 * The legend's top section: what the districts are shaded by. One model per theme, built from the
 * same values as the paint (IDP_CLASSES for displaced people, the computed classes of a damage
 * theme), feeds both the live legend and the exported one (export-evidence.ts), so they cannot
 * drift. The model of the theme on screen is kept here (setCurrentThemeLegend), because the export
 * reads it without a handle on the legend control.
 */
import { SOURCES_DIFFER } from '../config/palette.ts';
import type { DamageTheme } from '../data/themes.ts';
import type { LegendEntry, LegendSection } from '../export/compose-page.ts';
import { UI, METRIC_LABEL } from '../i18n/en.ts';
import { THEME_UI } from '../i18n/en-theme.ts';
import { formatNumber } from '../lib/format.ts';
import type { Metric } from '../schema/index.ts';
import { el } from './dom.ts';
import { classLabel, legendClassItems, legendNoFigure, type LegendClassItem } from './legend-items.ts';

/** A class item of a theme: `below` is the exclusive upper bound (Infinity for the top class). */
export interface ThemeLegendClass extends LegendClassItem {
  below: number;
}

export interface ThemeLegendModel {
  /** 'idp' or the damage metric */
  theme: Metric;
  title: string;
  subtitle: string;
  classes: ThemeLegendClass[];
  noFigure: { color: string; hatch: string; label: string };
  /** the "sources differ" item, when some district is drawn so */
  differ: { light: string; dark: string } | null;
  /** "5 of 21 districts have a figure…"; null for displaced people (as before issue 6) */
  count: string | null;
}

/** A swatch whose colours come from the same constants as the paint, set as CSS custom properties. */
export function swatch(kind: 'fill' | 'hatch' | 'line' | 'dashed' | 'stripes', color: string, second?: string): HTMLSpanElement {
  const s = el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' });
  s.style.setProperty('--swatch', color);
  if (second) s.style.setProperty('--swatch-2', second);
  return s;
}

/** Displaced people: the legend exactly as it was before the themes. */
export function idpLegendModel(): ThemeLegendModel {
  return {
    theme: 'idp',
    title: UI.legendTitle,
    subtitle: UI.legendSubtitle,
    classes: legendClassItems().map((c, i, all) => ({ ...c, below: all[i + 1]?.min ?? Number.POSITIVE_INFINITY })),
    // the map shades by the USCR list alone: a district outside it may still have another source's figure
    noFigure: { ...legendNoFigure, label: UI.legendNoIdpFigure },
    differ: null,
    count: null,
  };
}

/** From a million up, class bounds read "200 million", "2 billion" (the unit is in the subtitle). */
const COMPACT_FROM = 1_000_000;
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/**
 * A damage theme's legend: its computed classes, in the words of the displaced-people legend
 * ("fewer than 100", "100–499", "500 or more"). Classes of millions read "200 million to under
 * 2 billion": a whole-number maximum (1,999,999,999) would not survive the rounding of words.
 */
export function damageLegendModel(theme: DamageTheme, totalPlaces: number): ThemeLegendModel {
  const [lo, hi] = theme.extent;
  const compact = theme.classes.some((c) => c.min >= COMPACT_FROM);
  const fmt = compact ? (n: number) => (n >= COMPACT_FROM ? COMPACT.format(n) : formatNumber(n)) : formatNumber;
  const classes = theme.classes.map((c, i): ThemeLegendClass => {
    const label =
      theme.classes.length === 1
        ? THEME_UI.oneClass(fmt(lo), fmt(hi))
        : classLabel(c, i === 0, theme.integer && !compact, THEME_UI.classUnder, fmt);
    return { color: c.color, min: c.min, max: c.max, below: c.below, label };
  });
  return {
    theme: theme.metric,
    title: METRIC_LABEL[theme.metric],
    subtitle: THEME_UI.subtitle(theme),
    classes,
    noFigure: { ...legendNoFigure, label: UI.legendNoFigure },
    differ: theme.differ.length > 0 ? { ...SOURCES_DIFFER } : null,
    count: THEME_UI.count(theme.shades.size, totalPlaces),
  };
}

let current: ThemeLegendModel = idpLegendModel();

/** The legend of the theme on screen (set by src/app/theme-layer.ts). */
export function currentThemeLegend(): ThemeLegendModel {
  return current;
}

export function setCurrentThemeLegend(model: ThemeLegendModel): void {
  current = model;
}

/** The section's DOM: title, subtitle, class items, "no figure", "sources differ", the count. */
export function buildThemeLegend(model: ThemeLegendModel): HTMLElement {
  const items = model.classes.map((c) =>
    el(
      'li',
      { 'data-testid': 'legend-item', 'data-color': c.color, 'data-min': c.min, 'data-max': c.max, 'data-below': c.below },
      swatch('fill', c.color),
      c.label,
    ),
  );
  const noFigure = el(
    'li',
    { 'data-testid': 'legend-item', 'data-nodata': 'true', 'data-color': model.noFigure.color },
    swatch('hatch', model.noFigure.color, model.noFigure.hatch),
    model.noFigure.label,
  );
  const differ = model.differ
    ? el(
        'li',
        { 'data-testid': 'legend-item', 'data-differ': 'true', 'data-color': model.differ.light, 'data-color-2': model.differ.dark },
        swatch('stripes', model.differ.light, model.differ.dark),
        THEME_UI.sourcesDiffer,
      )
    : null;
  return el(
    'section',
    { class: 'legend-theme', 'data-testid': 'legend-theme', 'data-theme': model.theme },
    el('h2', { class: 'legend-title', 'data-testid': 'legend-theme-title' }, model.title),
    el('p', { class: 'legend-sub' }, model.subtitle),
    el('ul', { class: 'legend-list' }, ...items, noFigure, differ),
    model.count ? el('p', { class: 'legend-sub legend-count', 'data-testid': 'legend-count' }, model.count) : null,
  );
}

/** The same section for an exported page: the stripes are drawn as a two-colour hatch. */
export function themeLegendSection(model: ThemeLegendModel): LegendSection {
  const entries: LegendEntry[] = [
    ...model.classes.map((c) => ({ swatch: { kind: 'fill', color: c.color } as const, label: c.label })),
    { swatch: { kind: 'hatch', color: model.noFigure.color, hatch: model.noFigure.hatch }, label: model.noFigure.label },
  ];
  if (model.differ) entries.push({ swatch: { kind: 'hatch', color: model.differ.light, hatch: model.differ.dark }, label: THEME_UI.sourcesDiffer });
  const subtitle = model.count ? `${model.subtitle} ${model.count}` : model.subtitle;
  return { title: model.title, subtitle, entries };
}
