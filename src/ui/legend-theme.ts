/**
 * The legend's top section, drawn from the theme's legend model (src/legend/theme.ts): what the
 * districts are shaded by.
 */
import { THEME_UI } from '../i18n/en-theme.ts';
import type { NkaoLegendItem, ThemeLegendModel } from '../legend/theme.ts';
import { el } from './dom.ts';

/** A swatch whose colours come from the same constants as the paint, set as CSS custom properties. */
export function swatch(kind: 'fill' | 'hatch' | 'line' | 'dashed' | 'stripes', color: string, second?: string): HTMLSpanElement {
  const s = el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' });
  s.style.setProperty('--swatch', color);
  if (second) s.style.setProperty('--swatch-2', second);
  return s;
}

/** The NKAO outline as the map draws it for a figure: a wide line in the class colour (or striped) under the dashed one. */
function nkaoSwatch(item: NkaoLegendItem): HTMLSpanElement {
  const s = el('span', { class: `swatch swatch-nkao${item.kind === 'differ' ? ' swatch-nkao-stripes' : ''}`, 'aria-hidden': 'true' });
  s.style.setProperty('--swatch', item.kind === 'class' ? item.color : item.light);
  if (item.kind === 'differ') s.style.setProperty('--swatch-2', item.dark);
  s.style.setProperty('--swatch-ink', item.ink);
  return s;
}

/** The section's DOM: title, subtitle, class items, "no figure", "sources differ", the NKAO outline's figure, the count. */
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
  const nkao = model.nkao
    ? el(
        'li',
        {
          'data-testid': 'legend-nkao-figure',
          'data-kind': model.nkao.kind,
          'data-color': model.nkao.kind === 'class' ? model.nkao.color : model.nkao.light,
          'data-color-2': model.nkao.kind === 'differ' ? model.nkao.dark : undefined,
        },
        nkaoSwatch(model.nkao),
        model.nkao.label,
      )
    : null;
  return el(
    'section',
    { class: 'legend-theme', 'data-testid': 'legend-theme', 'data-theme': model.theme },
    el('h2', { class: 'legend-title', 'data-testid': 'legend-theme-title' }, model.title),
    el('p', { class: 'legend-sub' }, model.subtitle),
    el('ul', { class: 'legend-list' }, ...items, noFigure, differ, nkao),
    model.count ? el('p', { class: 'legend-sub legend-count', 'data-testid': 'legend-count' }, model.count) : null,
    model.sources ? el('p', { class: 'legend-sub legend-sources', 'data-testid': 'legend-sources' }, model.sources) : null,
    model.elsewhere.length > 0
      ? el(
          'div',
          { class: 'legend-elsewhere', 'data-testid': 'legend-elsewhere' },
          el('p', { class: 'legend-sub' }, THEME_UI.elsewhereHeading),
          el(
            'ul',
            { class: 'legend-list' },
            // one page-level listener opens the area's figures (src/app/side-panels.ts)
            ...model.elsewhere.map((e) => el('li', {}, el('button', { type: 'button', class: 'link-button', 'data-open-area': e.subject }, e.label))),
          ),
        )
      : null,
  );
}

