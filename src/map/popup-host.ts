import { Popup, type LngLatLike, type Map as MapLibreMap } from 'maplibre-gl';
import type { SourceId } from '../config/layers.ts';

/** A feature outlined while its popup is open: a district, or an event's place, route or measure. */
export interface SelectedFeature {
  source: SourceId;
  id: string;
}

export interface ShowPopupOptions {
  /** the element that opened the popup, focused again when it closes (keyboard users) */
  returnFocus?: HTMLElement | undefined;
  /** features to mark as selected (feature-state) while the popup is open */
  selected: readonly SelectedFeature[];
}

/**
 * The one popup: DOM content only (setDOMContent), Escape closes it from anywhere, focus goes back
 * to where it came from, and the features it describes are outlined (feature-state `selected`).
 */
export class PopupHost {
  private popup: Popup | undefined;
  private selected: readonly SelectedFeature[] = [];
  private returnFocus: HTMLElement | undefined;
  /** called when the reader closes the popup (not when another replaces it): the permalink drops `sel` */
  onClosed: (() => void) | undefined;

  constructor(private readonly map: MapLibreMap) {
    document.addEventListener('keydown', this.onKeyDown);
  }

  show(lngLat: LngLatLike, content: HTMLElement, opts: ShowPopupOptions): void {
    this.close({ restoreFocus: false, keepSelection: true });
    this.returnFocus = opts.returnFocus;
    // focus goes to the content root, not its first link: that would scroll the popup past its heading
    content.tabIndex = -1;
    const popup = new Popup({ maxWidth: '420px', className: 'atlas-popup-container', focusAfterOpen: false })
      .setLngLat(lngLat)
      .setDOMContent(content);
    popup.on('close', () => {
      if (this.popup !== popup) return;
      this.popup = undefined;
      this.setSelected([]);
      const target = this.returnFocus;
      this.returnFocus = undefined;
      target?.focus();
      this.onClosed?.();
    });
    this.popup = popup;
    popup.addTo(this.map);
    content.focus({ preventScroll: true });
    // the text first, the outline of the feature on the next frame: the popup is DOM and paints at
    // once, a map re-render (in software here) can take far longer
    const selected = opts.selected;
    requestAnimationFrame(() => {
      if (this.popup === popup) this.setSelected(selected);
    });
  }

  close({ restoreFocus, keepSelection = false }: { restoreFocus: boolean; keepSelection?: boolean } = { restoreFocus: true }): void {
    const popup = this.popup;
    if (!popup) return;
    if (!restoreFocus) {
      this.popup = undefined;
      this.returnFocus = undefined;
      // a popup replacing this one moves the outline itself, in one repaint
      if (!keepSelection) this.setSelected([]);
    }
    popup.remove();
  }

  get isOpen(): boolean {
    return this.popup !== undefined;
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.popup) return;
    e.preventDefault();
    this.close();
  };

  private setSelected(features: readonly SelectedFeature[]): void {
    for (const f of this.selected) this.map.setFeatureState(f, { selected: false });
    this.selected = features;
    for (const f of features) this.map.setFeatureState(f, { selected: true });
  }
}
