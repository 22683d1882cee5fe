import { EVENT } from '../config/palette.ts';
import { UI } from '../i18n/en.ts';
import type { EventFeature } from '../schema/index.ts';
import { el } from './dom.ts';

export type EventMarkKind = EventFeature['properties']['kind'];

/**
 * The legend items of the event layers, in the order a reader asks "how sure is this?": points
 * first (exact, then approximate), then what is drawn from words or by the map. The colours are
 * the paint's own constants (config/palette EVENT), set as CSS custom properties.
 */
const ITEMS: ReadonlyArray<{ kinds: readonly EventMarkKind[]; mark: Parameters<typeof markSwatch>[0]; label: string; exact?: boolean }> = [
  { kinds: ['place'], mark: 'exact', label: UI.legendEventExact, exact: true },
  { kinds: ['uncertainty', 'place'], mark: 'approximate', label: UI.legendEventApproximate, exact: false },
  { kinds: ['described-area'], mark: 'described', label: UI.legendEventDescribed },
  { kinds: ['route'], mark: 'route', label: UI.legendEventRoute },
  { kinds: ['corridor'], mark: 'corridor', label: UI.legendEventCorridor },
  { kinds: ['measure'], mark: 'measure', label: UI.legendEventMeasure },
];

/** A drawn mark as the legend needs it: its kind and, for points, whether it is exact. */
export interface DrawnMark {
  kind: EventMarkKind;
  precision?: string;
}

/** The legend's picture of a mark, also used beside the places in the event card. */
export function markSwatch(mark: 'exact' | 'approximate' | 'described' | 'route' | 'corridor' | 'measure'): HTMLSpanElement {
  const s = el('span', { class: `swatch swatch-event swatch-event-${mark}`, 'aria-hidden': 'true' });
  s.style.setProperty('--mark-ink', EVENT.ink);
  s.style.setProperty('--mark-tint', EVENT.tint);
  s.style.setProperty('--mark-casing', EVENT.casing);
  s.style.setProperty('--mark-measure', EVENT.measure);
  return s;
}

/** The legend's items for some drawn marks, in legend order: the data behind the live and the exported legend. */
export function eventLegendItems(drawn: readonly DrawnMark[]): Array<{ mark: (typeof ITEMS)[number]['mark']; label: string }> {
  const has = (item: (typeof ITEMS)[number]) =>
    drawn.some((d) => {
      if (!item.kinds.includes(d.kind)) return false;
      if (item.exact === undefined || d.kind !== 'place') return true;
      return (d.precision === 'exact') === item.exact;
    });
  return ITEMS.filter(has).map(({ mark, label }) => ({ mark, label }));
}

/**
 * The event section of the legend: only the kinds of mark the shown events actually draw, so the
 * legend never explains something that is not on the map.
 */
export function buildEventLegend(title: string, drawn: readonly DrawnMark[]): HTMLElement {
  const items = eventLegendItems(drawn).map((item) =>
    el('li', { 'data-testid': 'legend-event', 'data-mark': item.mark, 'data-color': item.mark === 'measure' ? EVENT.measure : EVENT.ink }, markSwatch(item.mark), item.label),
  );
  return el(
    'section',
    { class: 'legend-events', 'data-testid': 'legend-events' },
    el('h3', { class: 'legend-title' }, UI.legendEventTitle(title)),
    el('ul', { class: 'legend-list' }, ...items),
  );
}
