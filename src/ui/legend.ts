import type { IControl } from 'maplibre-gl';
import { BASE } from '../config/palette.ts';
import { GROUP_LABEL, UI } from '../i18n/en.ts';
import { el } from './dom.ts';
import { legendClassItems, legendGroupItems, legendNoFigure } from './legend-items.ts';

/** A swatch whose colours come from the same constants as the paint, set as CSS custom properties. */
function swatch(kind: 'fill' | 'hatch' | 'line' | 'dashed', color: string, second?: string): HTMLSpanElement {
  const s = el('span', { class: `swatch swatch-${kind}`, 'aria-hidden': 'true' });
  s.style.setProperty('--swatch', color);
  if (second) s.style.setProperty('--swatch-2', second);
  return s;
}

/** Below this map width the legend starts folded, so that it does not cover the map. */
const FOLDED_BELOW_PX = 700;

/** The legend's DOM: displaced-people classes, the no-figure item, group outlines, the NKAO outline. */
export function buildLegend(open = true): HTMLElement {
  const classes = legendClassItems().map((c) =>
    el(
      'li',
      { 'data-testid': 'legend-item', 'data-color': c.color, 'data-min': c.min, 'data-max': c.max },
      swatch('fill', c.color),
      c.label,
    ),
  );
  const noFigure = el(
    'li',
    { 'data-testid': 'legend-item', 'data-nodata': 'true', 'data-color': legendNoFigure.color },
    swatch('hatch', legendNoFigure.color, legendNoFigure.hatch),
    UI.legendNoFigure,
  );
  const groups = legendGroupItems().map((g) =>
    el('li', { 'data-testid': 'legend-group', 'data-group': g.group, 'data-color': g.color }, swatch('line', g.color), GROUP_LABEL[g.group]),
  );
  const nkao = el('li', { 'data-testid': 'legend-nkao' }, swatch('dashed', BASE.nkaoOutline), UI.legendNkao);

  const details = el(
    'details',
    { class: 'legend-details', open },
    el('summary', {}, UI.legendToggle),
    // the event layers' section goes first while one is shown: it is what the reader just asked for
    el('div', { class: 'legend-event-slot', 'data-slot': 'events' }),
    el('h2', { class: 'legend-title' }, UI.legendTitle),
    el('p', { class: 'legend-sub' }, UI.legendSubtitle),
    el('ul', { class: 'legend-list' }, ...classes, noFigure),
    el('h3', { class: 'legend-title' }, UI.legendGroupsTitle),
    el('ul', { class: 'legend-list' }, ...groups, nkao),
  );
  return el('div', { class: 'maplibregl-ctrl atlas-legend', 'data-testid': 'legend' }, details);
}

/** The legend as a MapLibre control (MapLibre's contract: onAdd returns the element). */
export class LegendControl implements IControl {
  private container: HTMLElement | undefined;

  onAdd = (map: { getContainer(): HTMLElement }): HTMLElement => {
    this.container = buildLegend(map.getContainer().clientWidth >= FOLDED_BELOW_PX);
    return this.container;
  };

  onRemove = (): void => {
    this.container?.remove();
    this.container = undefined;
  };

  /** Shows the event layers' section (built by legend-events.ts), or removes it with null. */
  setEventSection(section: HTMLElement | null): void {
    const slot = this.container?.querySelector('[data-slot="events"]');
    if (!slot) return;
    slot.replaceChildren(...(section ? [section] : []));
  }
}
