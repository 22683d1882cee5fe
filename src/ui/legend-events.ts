import { EVENT } from '../config/palette.ts';
import { UI } from '../i18n/en.ts';
import { eventLegendItems, type DrawnMark, type EventMark } from '../legend/events.ts';

export { eventLegendItems, type DrawnMark } from '../legend/events.ts';
import { el } from './dom.ts';


/** The legend's picture of a mark, also used beside the places in the event card. */
export function markSwatch(mark: EventMark): HTMLSpanElement {
  const s = el('span', { class: `swatch swatch-event swatch-event-${mark}`, 'aria-hidden': 'true' });
  s.style.setProperty('--mark-ink', EVENT.ink);
  s.style.setProperty('--mark-tint', EVENT.tint);
  s.style.setProperty('--mark-casing', EVENT.casing);
  s.style.setProperty('--mark-measure', EVENT.measure);
  return s;
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
