import { UI } from '../i18n/en.ts';
import { clear, el } from './dom.ts';

export interface Shell {
  mapContainer: HTMLElement;
  sidebar: HTMLElement;
  /** the header's buttons (About & method, Share) */
  headerActions: HTMLElement;
  /** "Loading map data…" over the map until it is ready */
  setLoading(loading: boolean): void;
  /** a visible role="alert" panel naming what failed (title: what it means for the reader) */
  showError(message: string, title?: string): void;
  setFooter(version: string, counts: string): void;
  /** widen the side panel (the national figures need the room) */
  setSidebarWide(wide: boolean): void;
}

/** The page frame: header, side panel, map, footer, and the loading and error states. */
export function mountShell(root: HTMLElement): Shell {
  const mapContainer = el('div', { id: 'map', class: 'map', role: 'region', 'aria-label': UI.mapLabel });
  const status = el('p', { class: 'status', role: 'status' }, UI.loading);
  const sidebar = el('aside', { class: 'sidebar', 'aria-label': UI.districtsHeading });
  const footerText = el('p', { class: 'footer-text' });
  const headerActions = el('div', { class: 'header-actions' });
  const header = el(
    'header',
    { class: 'site-header' },
    el('h1', {}, UI.projectName),
    el('p', { class: 'tagline' }, UI.tagline),
    headerActions,
  );
  const mapWrap = el('main', { class: 'map-wrap' }, mapContainer, status);
  const footer = el('footer', { class: 'site-footer' }, footerText);
  clear(root);
  root.append(header, sidebar, mapWrap, footer);

  return {
    mapContainer,
    sidebar,
    headerActions,
    setLoading: (loading) => {
      status.hidden = !loading;
    },
    showError: (message, title = UI.loadErrorTitle) => {
      status.hidden = true;
      mapWrap.append(
        el(
          'div',
          { class: 'error-panel', role: 'alert', 'data-testid': 'error-panel' },
          el('h2', {}, title),
          el('p', { class: 'error-message' }, message),
        ),
      );
    },
    setSidebarWide: (wide) => {
      root.classList.toggle('sidebar-wide', wide);
    },
    setFooter: (version, counts) => {
      footerText.textContent = `${UI.dataVersion}${version} · ${counts} · ${UI.attributionBoundaries} · ${UI.attributionGeoNames} · ${UI.attributionFont}`;
    },
  };
}
