import { Popup, type LngLatLike, type Map as MapLibreMap } from 'maplibre-gl';
import type { SourceId } from '../config/layers.ts';
import { PHONE_QUERY } from '../config/view.ts';

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


/** What the sheet says on its buttons (the page's words, passed in: the map knows no language). */
export interface SheetWords {
  label: string;
  close: string;
  expand: string;
  collapse: string;
}

/**
 * The popup on a phone: a sheet fixed along the bottom edge, as wide as the screen and at most half
 * its height (a button gives it most of the screen), so that a popup anchored at a tap can never
 * start off screen. It keeps MapLibre's Popup contract as far as the host needs it.
 */
class Sheet {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly expand: HTMLButtonElement;
  private closeHandler: (() => void) | undefined;
  /** a history entry stands for the open sheet, so the phone's back gesture closes it */
  private pushed = false;
  /** our own history.back() after the reader closed it: the address it had is put back */
  private ownBack: string | undefined;

  constructor(private readonly words: SheetWords) {
    window.addEventListener('popstate', () => {
      if (this.ownBack !== undefined) {
        history.replaceState(history.state, '', this.ownBack);
        this.ownBack = undefined;
        return;
      }
      if (!this.pushed) return;
      this.pushed = false;
      this.detach();
    });
    this.expand = button('atlas-sheet-expand', words.expand, () => this.setExpanded(!this.element.classList.contains('atlas-sheet-expanded')));
    this.expand.setAttribute('aria-expanded', 'false');
    const close = button('atlas-sheet-close', '×', () => this.remove());
    close.setAttribute('aria-label', words.close);
    this.body = document.createElement('div');
    this.body.className = 'atlas-sheet-body';
    const bar = document.createElement('div');
    bar.className = 'atlas-sheet-bar';
    bar.append(this.expand, close);
    this.element = document.createElement('section');
    this.element.className = 'atlas-sheet';
    this.element.dataset.testid = 'sheet';
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', words.label);
    this.element.append(bar, this.body);
  }

  show(content: HTMLElement, onClose: () => void): void {
    if (!this.pushed) {
      history.pushState(history.state, '', location.href);
      this.pushed = true;
    }
    this.closeHandler = onClose;
    this.setExpanded(false);
    this.body.replaceChildren(content);
    this.body.scrollTop = 0;
    if (!this.element.isConnected) document.body.append(this.element);
  }

  /** closed by the reader: its history entry goes too */
  remove(): void {
    this.detach();
    if (!this.pushed) return;
    this.pushed = false;
    this.ownBack = location.href;
    history.back();
  }

  /** taken off the page (another place's figures replace it, or the back gesture): the handler runs once */
  detach(): void {
    this.element.remove();
    const handler = this.closeHandler;
    this.closeHandler = undefined;
    handler?.();
  }

  private setExpanded(expanded: boolean): void {
    this.element.classList.toggle('atlas-sheet-expanded', expanded);
    this.expand.setAttribute('aria-expanded', String(expanded));
    this.expand.textContent = expanded ? this.words.collapse : this.words.expand;
  }
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** What the host shows: MapLibre's popup beside the place, or the sheet on a phone. */
type Shown = { kind: 'popup'; popup: Popup } | { kind: 'sheet'; token: object };

/**
 * The one popup: DOM content only (setDOMContent), Escape closes it from anywhere, focus goes back
 * to where it came from, and the features it describes are outlined (feature-state `selected`).
 * On a phone the same content opens in a bottom sheet.
 */
export class PopupHost {
  private shown: Shown | undefined;
  private sheet: Sheet | undefined;
  private selected: readonly SelectedFeature[] = [];
  private returnFocus: HTMLElement | undefined;
  /** called when the reader closes the popup (not when another replaces it): the permalink drops `sel` */
  onClosed: (() => void) | undefined;

  constructor(
    private readonly map: MapLibreMap,
    private readonly sheetWords: SheetWords = { label: 'Figures', close: 'Close', expand: 'Show more', collapse: 'Show less' },
  ) {
    document.addEventListener('keydown', this.onKeyDown);
  }

  /** a phone-sized page: popups open as a sheet */
  static phone(): boolean {
    return window.matchMedia(PHONE_QUERY).matches;
  }

  show(lngLat: LngLatLike, content: HTMLElement, opts: ShowPopupOptions): void {
    this.close({ restoreFocus: false, keepSelection: true });
    this.returnFocus = opts.returnFocus;
    // focus goes to the content root, not its first link: that would scroll the popup past its heading
    content.tabIndex = -1;
    const closed = (shown: Shown) => () => {
      if (this.shown !== shown) return;
      this.shown = undefined;
      this.setSelected([]);
      const target = this.returnFocus;
      this.returnFocus = undefined;
      target?.focus();
      this.onClosed?.();
    };
    if (PopupHost.phone()) {
      const shown: Shown = { kind: 'sheet', token: {} };
      this.shown = shown;
      this.sheet ??= new Sheet(this.sheetWords);
      this.sheet.show(content, closed(shown));
    } else {
      const popup = new Popup({ maxWidth: '420px', className: 'atlas-popup-container', focusAfterOpen: false })
        .setLngLat(lngLat)
        .setDOMContent(content);
      const shown: Shown = { kind: 'popup', popup };
      popup.on('close', closed(shown));
      this.shown = shown;
      popup.addTo(this.map);
    }
    content.focus({ preventScroll: true });
    // the text first, the outline of the feature on the next frame: the popup is DOM and paints at
    // once, a map re-render (in software here) can take far longer
    const selected = opts.selected;
    const now = this.shown;
    requestAnimationFrame(() => {
      if (this.shown === now) this.setSelected(selected);
    });
  }

  close({ restoreFocus, keepSelection = false }: { restoreFocus: boolean; keepSelection?: boolean } = { restoreFocus: true }): void {
    const shown = this.shown;
    if (!shown) return;
    if (!restoreFocus) {
      this.shown = undefined;
      this.returnFocus = undefined;
      // a popup replacing this one moves the outline itself, in one repaint
      if (!keepSelection) this.setSelected([]);
    }
    if (shown.kind === 'popup') shown.popup.remove();
    // replaced by another place's figures: the sheet stays one history entry
    else if (restoreFocus) this.sheet?.remove();
    else this.sheet?.detach();
  }

  get isOpen(): boolean {
    return this.shown !== undefined;
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.shown) return;
    e.preventDefault();
    this.close();
  };

  private setSelected(features: readonly SelectedFeature[]): void {
    for (const f of this.selected) this.map.setFeatureState(f, { selected: false });
    this.selected = features;
    for (const f of features) this.map.setFeatureState(f, { selected: true });
  }
}
