import type { IControl } from 'maplibre-gl';
import { PHONE_QUERY } from '../config/view.ts';
import { UI } from '../i18n/en.ts';
import { FOLDED_BELOW_PX } from './legend.ts';
import { el } from './dom.ts';

export interface LayerChoice {
  id: string;
  /** "Khojaly, Feb 1992" */
  label: string;
}

export interface LayerControlOptions {
  layers: readonly LayerChoice[];
  /** the reader ticked or cleared a layer */
  onToggle(id: string, on: boolean): void;
  /** the reader asked for the event card of a shown layer */
  onShowCard(id: string, button: HTMLButtonElement): void;
}

/**
 * The event layers as checkboxes (a MapLibre control: onAdd returns the element). Native inputs
 * in a fieldset, so the keyboard and screen readers work without extra code. The state lives in
 * the page: `sync` shows it, the control only reports the reader's clicks.
 */
export class LayerControl implements IControl {
  private container: HTMLElement | undefined;
  private readonly inputs = new Map<string, HTMLInputElement>();
  private readonly cardButtons = new Map<string, HTMLButtonElement>();
  /** what goes above the event layers: the "Shade districts by" select (src/ui/theme-select.ts) */
  private top: HTMLElement | null = null;

  constructor(private readonly opts: LayerControlOptions) {}

  onAdd = (map: { getContainer(): HTMLElement }): HTMLElement => {
    const rows = this.opts.layers.map((layer) => {
      const inputId = `layer-toggle-${layer.id}`;
      const input = el('input', { type: 'checkbox', id: inputId, 'data-testid': 'layer-toggle', 'data-layer': layer.id });
      input.addEventListener('change', () => this.opts.onToggle(layer.id, input.checked));
      const card = el(
        'button',
        { type: 'button', class: 'link-button layer-card-button', 'aria-controls': `event-card-${layer.id}`, 'aria-expanded': 'false', hidden: true },
        UI.eventCardButton,
      );
      card.addEventListener('click', () => this.opts.onShowCard(layer.id, card));
      this.inputs.set(layer.id, input);
      this.cardButtons.set(layer.id, card);
      return el('div', { class: 'layer-row' }, input, el('label', { for: inputId }, layer.label), card);
    });
    // one menu that folds: on a phone or a narrow map it starts folded, so the controls cover little of the map
    this.container = el(
      'div',
      { class: 'maplibregl-ctrl atlas-layers', 'data-testid': 'layer-control' },
      el(
        'details',
        { class: 'atlas-layers-menu', open: !window.matchMedia(PHONE_QUERY).matches && map.getContainer().clientWidth >= FOLDED_BELOW_PX },
        el('summary', { 'data-testid': 'layers-menu' }, UI.layersMenu),
        el('div', { 'data-slot': 'top' }, this.top),
        el('fieldset', {}, el('legend', {}, UI.layerControlTitle), ...rows, el('p', { class: 'layer-hint' }, UI.layerControlHint)),
      ),
    );
    return this.container;
  };

  onRemove = (): void => {
    this.container?.remove();
    this.container = undefined;
  };

  /** Puts a control (the theme select) at the top, above the event layers; before or after onAdd. */
  setTop(node: HTMLElement): void {
    this.top = node;
    this.container?.querySelector('[data-slot="top"]')?.replaceChildren(node);
  }

  /** After the reader closes a card: focus goes back to the button that reopens it. */
  focusCardButton(id: string): void {
    this.cardButtons.get(id)?.focus();
  }

  /** Shows the page's state: which layers are on, and whether each one's card is open. */
  sync(shown: readonly string[], cardOpen: (id: string) => boolean): void {
    for (const [id, input] of this.inputs) input.checked = shown.includes(id);
    for (const [id, button] of this.cardButtons) {
      button.hidden = !shown.includes(id);
      button.setAttribute('aria-expanded', String(cardOpen(id)));
    }
  }
}
