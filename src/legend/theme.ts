/**
 * The legend of a theme, as data: title, subtitle, class items, the no-figure and "sources
 * differ" items, how the former NKAO's outline shows its figure, and the count, from the same
 * theme model the paint and the chips read. The live legend (src/ui/legend-theme.ts) and the
 * exported page (src/export/evidence.ts) both draw it: what it lists is what the map draws.
 */
import { BASE, SOURCES_DIFFER } from '../config/palette.ts';
import type { Theme } from '../data/themes.ts';
import { UI, METRIC_LABEL } from '../i18n/en.ts';
import { THEME_UI } from '../i18n/en-theme.ts';
import { formatNumber } from '../lib/format.ts';
import { NKAO_ID, type Metric } from '../schema/index.ts';
import { classLabel, legendClassItems, legendNoFigure, type LegendClassItem } from './items.ts';

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
  /** the "sources differ" item, when some district (not the NKAO outline) is drawn so */
  differ: { light: string; dark: string } | null;
  /** how the former NKAO's outline shows the theme's figure for it; null when it has none (a plain dashed line) */
  nkao: NkaoLegendItem | null;
  /** "5 of 21 districts have a figure…"; null for displaced people (as before there were damage themes) */
  count: string | null;
  /** who states the figures drawn and listed, with their sides: "According to: …" (displacement themes) */
  sources: string | null;
  /** the places with figures the map does not shade (the country, areas without an outline) */
  elsewhere: Array<{ subject: string; label: string }>;
}

/**
 * The NKAO outline's item: drawn wide in its class colour under the dashed line, or striped
 * (`light`, `dark`) where its sources differ; `ink` is the dashed line's colour.
 */
export type NkaoLegendItem =
  | { kind: 'class'; color: string; ink: string; label: string }
  | { kind: 'differ'; light: string; dark: string; ink: string; label: string };

/** The NKAO outline's item of a theme, from the same shade the paint reads (src/style/theme-paint.ts). */
export function nkaoLegendItem(theme: Theme): NkaoLegendItem | null {
  const shade = theme.shades.get(NKAO_ID);
  if (!shade) return null;
  if (shade.kind === 'differ') return { kind: 'differ', ...SOURCES_DIFFER, ink: BASE.nkaoOutline, label: THEME_UI.nkaoDiffer };
  const color = theme.classes[shade.cls]?.color;
  return color ? { kind: 'class', color, ink: BASE.nkaoOutline, label: THEME_UI.nkaoClass } : null;
}

/** The district stripes' item: only when a district's fill is striped (the NKAO outline has its own item). */
const differItem = (theme: Theme): ThemeLegendModel['differ'] => (theme.differ.some((p) => p !== NKAO_ID) ? { ...SOURCES_DIFFER } : null);

/** How the legends name a place they list: the page passes its names; an id stands for itself. */
export type SubjectNamer = (subject: string) => string;

/** The listing every theme shares: who speaks, and the figures it cannot shade. */
function listing(theme: Theme, nameOf: SubjectNamer): Pick<ThemeLegendModel, 'sources' | 'elsewhere'> {
  return {
    sources: theme.parties.length > 0 ? THEME_UI.according(theme.parties) : null,
    elsewhere: theme.elsewhere.map((e) => ({ subject: e.subject, label: THEME_UI.elsewhereItem(nameOf(e.subject), e.claims.length) })),
  };
}

/** Displaced people by district (the article's list): its own words, and the figures it cannot shade. */
export function idpLegendModel(theme?: Theme, nameOf: SubjectNamer = (s) => s): ThemeLegendModel {
  return {
    // the subtitle names the one list it shades; the figures it cannot shade are listed
    sources: null,
    elsewhere: theme ? listing(theme, nameOf).elsewhere : [],
    theme: 'idp',
    title: UI.legendTitle,
    subtitle: UI.legendSubtitle,
    classes: legendClassItems().map((c, i, all) => ({ ...c, below: all[i + 1]?.min ?? Number.POSITIVE_INFINITY })),
    // the map shades by the USCR list alone: a district outside it may still have another source's figure
    noFigure: { ...legendNoFigure, label: UI.legendNoIdpFigure },
    differ: theme ? differItem(theme) : null,
    nkao: theme ? nkaoLegendItem(theme) : null,
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
export function damageLegendModel(theme: Theme, totalPlaces: number, nameOf: SubjectNamer = (s) => s): ThemeLegendModel {
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
  const population = theme.population;
  // a theme that shades nothing shows no class it does not use
  const used = population !== null && theme.shades.size === 0 ? [] : classes;
  return {
    ...listing(theme, nameOf),
    theme: theme.metric,
    title: METRIC_LABEL[theme.metric],
    subtitle: population ? THEME_UI.population(population, theme.shades.size > 0) : THEME_UI.subtitle(theme),
    classes: used,
    noFigure: { ...legendNoFigure, label: UI.legendNoFigure },
    differ: differItem(theme),
    nkao: nkaoLegendItem(theme),
    count: THEME_UI.count(theme.shades.size, totalPlaces),
  };
}

/** The legend of whichever theme: displaced people keep their own words. */
export function themeLegendModel(theme: Theme, totalPlaces: number, nameOf: SubjectNamer = (s) => s): ThemeLegendModel {
  return theme.metric === 'idp' ? idpLegendModel(theme, nameOf) : damageLegendModel(theme, totalPlaces, nameOf);
}
