/** The legend's top section while the timeline is open: the day and the statuses, from the control legend model. */
import { TIMELINE_LEGEND } from '../i18n/en-control.ts';
import type { ControlLegendModel } from '../legend/control.ts';
import { el } from './dom.ts';
import { swatch } from './legend-theme.ts';

export function buildControlLegend(model: ControlLegendModel): HTMLElement {
  const items = model.items.map((i) =>
    el(
      'li',
      { 'data-testid': 'legend-item', 'data-status': i.status, 'data-color': i.color, 'data-swatch': i.swatch.kind, 'data-count': i.count },
      i.swatch.kind === 'stripes' ? swatch('stripes', i.swatch.light, i.swatch.dark) : i.swatch.kind === 'hatch' ? swatch('hatch', i.swatch.base, i.swatch.line) : swatch('fill', i.color),
      el('span', {}, el('span', { class: 'legend-status' }, `${i.label} · ${TIMELINE_LEGEND.count(i.count)}`), el('span', { class: 'legend-about' }, i.about)),
    ),
  );
  const nkao = el('li', { 'data-testid': 'legend-nkao-figure' }, swatch('dashed', model.nkao.ink), model.nkao.label);
  return el(
    'section',
    { class: 'legend-theme legend-control', 'data-testid': 'legend-theme', 'data-theme': 'control', 'data-day': model.day },
    el('h2', { class: 'legend-title', 'data-testid': 'legend-theme-title' }, model.title),
    el('p', { class: 'legend-sub' }, model.subtitle),
    el('ul', { class: 'legend-list' }, ...items, nkao),
  );
}
