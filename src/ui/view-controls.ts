/**
 * Two map buttons under the zoom: back to the whole region, and full screen (the page, so the
 * side panel and popups stay with the map). A MapLibre control by contract: onAdd returns the element.
 */
import type { IControl } from 'maplibre-gl';
import { ABOUT_UI } from '../i18n/en-about.ts';
import { el } from './dom.ts';

/** Four corners, drawn: the map's font has no full-screen glyph. */
function cornersIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  svg.append(path);
  return svg;
}

export class ViewControls implements IControl {
  private container: HTMLElement | undefined;

  constructor(private readonly opts: { reset(): void; fullscreenOf: HTMLElement }) {}

  onAdd = (): HTMLElement => {
    const reset = el('button', { type: 'button', class: 'view-reset', 'data-testid': 'reset-view', title: ABOUT_UI.resetView, 'aria-label': ABOUT_UI.resetView }, '⟲');
    reset.addEventListener('click', () => this.opts.reset());
    const parts: HTMLElement[] = [reset];
    const target = this.opts.fullscreenOf;
    if (document.fullscreenEnabled) {
      const full = el('button', { type: 'button', class: 'view-fullscreen', 'data-testid': 'fullscreen', title: ABOUT_UI.fullscreen, 'aria-label': ABOUT_UI.fullscreen, 'aria-pressed': 'false' }, cornersIcon());
      full.addEventListener('click', () => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void target.requestFullscreen();
      });
      document.addEventListener('fullscreenchange', () => {
        const on = document.fullscreenElement === target;
        full.setAttribute('aria-pressed', String(on));
        full.title = on ? ABOUT_UI.exitFullscreen : ABOUT_UI.fullscreen;
        full.setAttribute('aria-label', full.title);
      });
      parts.push(full);
    }
    this.container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group atlas-view-controls' }, ...parts);
    return this.container;
  };

  onRemove = (): void => {
    this.container?.remove();
    this.container = undefined;
  };
}
