import type { IControl } from 'maplibre-gl';
import { BASE } from '../config/palette.ts';
import { PHONE_QUERY } from '../config/view.ts';
import { GROUP_LABEL, UI } from '../i18n/en.ts';
import { el } from './dom.ts';
import { legendGroupItems } from '../legend/items.ts';
import { swatch } from './legend-theme.ts';

/**
 * Below this map width the legend and the layer menu start folded, so that they cover little of
 * the map; on a phone the legend starts open but compact (its title and classes) instead.
 */
export const FOLDED_BELOW_PX = 700;

/**
 * The legend's DOM: what the districts are shaded by (the theme on screen: its classes, the
 * no-figure item, "sources differ", the NKAO outline in its class colour, the count), group
 * outlines, the NKAO outline.
 */
export function buildLegend(open = true): HTMLElement {
  const groups = legendGroupItems().map((g) =>
    el('li', { 'data-testid': 'legend-group', 'data-group': g.group, 'data-color': g.color }, swatch('line', g.color), GROUP_LABEL[g.group]),
  );
  const nkao = el('li', { 'data-testid': 'legend-nkao', 'data-color': BASE.nkaoOutline }, swatch('dashed', BASE.nkaoOutline), UI.legendNkao);

  const details = el(
    'details',
    { class: 'legend-details', open },
    el('summary', {}, UI.legendToggle),
    // the event layers' section goes first while one is shown: it is what the reader just asked for
    el('div', { class: 'legend-event-slot', 'data-slot': 'events' }),
    // filled from the page's state as soon as the theme view mounts
    el('div', { class: 'legend-theme-slot', 'data-slot': 'theme' }),
    el('h3', { class: 'legend-title' }, UI.legendGroupsTitle),
    el('ul', { class: 'legend-list' }, ...groups, nkao),
  );
  return el('div', { class: 'maplibregl-ctrl atlas-legend', 'data-testid': 'legend' }, details);
}

/** The legend as a MapLibre control (MapLibre's contract: onAdd returns the element). */
export class LegendControl implements IControl {
  private container: HTMLElement | undefined;

  onAdd = (map: { getContainer(): HTMLElement }): HTMLElement => {
    // on a phone the shading is explained from the start, the stylesheet keeping it to its title and
    // classes; on a mid-sized map it starts folded, as it covers more of the map there
    const phone = window.matchMedia(PHONE_QUERY).matches;
    this.container = buildLegend(phone || map.getContainer().clientWidth >= FOLDED_BELOW_PX);
    this.container.classList.toggle('atlas-legend-compact', phone);
    return this.container;
  };

  onRemove = (): void => {
    this.container?.remove();
    this.container = undefined;
  };

  /** Shows the section of the theme on screen (built by legend-theme.ts). */
  setThemeSection(section: HTMLElement): void {
    this.container?.querySelector('[data-slot="theme"]')?.replaceChildren(section);
  }

  /** Shows the event layers' section (built by legend-events.ts), or removes it with null. */
  setEventSection(section: HTMLElement | null): void {
    const slot = this.container?.querySelector('[data-slot="events"]');
    if (!slot) return;
    slot.replaceChildren(...(section ? [section] : []));
  }
}
