/** The event layers' legend items: one list for the live legend and the exported one. */
import { UI } from '../i18n/en.ts';
import type { EventFeature } from '../schema/index.ts';

export type EventMarkKind = EventFeature['properties']['kind'];
export type EventMark = 'exact' | 'approximate' | 'described' | 'route' | 'corridor' | 'measure';

/**
 * The legend items of the event layers, in the order a reader asks "how sure is this?": points
 * first (exact, then approximate), then what is drawn from words or by the map. The colours are
 * the paint's own constants (config/palette EVENT), set as CSS custom properties.
 */
const ITEMS: ReadonlyArray<{ kinds: readonly EventMarkKind[]; mark: EventMark; label: string; exact?: boolean }> = [
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
