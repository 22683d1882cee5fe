/**
 * The export control (a MapLibre control under the zoom buttons): a button that opens a panel to
 * export the view as a print image — paper, orientation, dpi, format, title — with a frame on the
 * live map showing the area the image will cover, progress per tile, Cancel, clear errors and the
 * download. Other sections (data export, "Cite this view") are mounted at its bottom.
 * The export renders in its own hidden map: the live map stays the reader's throughout.
 */
import type { IControl } from 'maplibre-gl';
import type { LiveView } from '../map/live-view.ts';
import type { ExportView } from '../export/evidence.ts';
import type { AtlasIndex } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import type { ExportContext, ExportImageResult } from '../export/export-image.ts';

export type { ExportImageResult } from '../export/export-image.ts';
import { CUSTOM_PX_MAX, CUSTOM_PX_MIN, DPI_CHOICES, DPI_MAX, DPI_MIN, dpiProblem, pageSize, PAPER_NAMES, type ExportRequest } from '../lib/paper.ts';
import { UI } from '../i18n/en.ts';
import { EXPORT_UI } from '../i18n/en-export.ts';
import { el } from './dom.ts';
import './export.css';

type ExportEngine = typeof import('./export-engine.ts');
let engineLoading: Promise<ExportEngine> | undefined;
/** The export engine is a chunk of its own, fetched the first time it is needed (src/ui/export-engine.ts). */
const loadEngine = (): Promise<ExportEngine> => (engineLoading ??= import('./export-engine.ts'));

export interface ExportControlDeps {
  data: AtlasData;
  index: AtlasIndex;
  /** what the live map shows now: the theme and the event layers (read from the page's state) */
  view(): ExportView;
  /** the live map, as the export reads it */
  live: LiveView;
  getPermalink(): string;
  dataVersion: string;
  /** sections other modules add at the bottom of the panel (data export, citations) */
  extraSections(): HTMLElement[];
}

const ATTRIBUTION = [UI.attributionBoundaries, UI.attributionFont, UI.attributionGeoNames];
let panelCount = 0;

export class ExportControl implements IControl {
  private map: LiveView | undefined;
  private container: HTMLElement | undefined;
  private panel: HTMLElement | undefined;
  /** the export engine, once its chunk has loaded (the preview needs it to lay out the page) */
  private engine: ExportEngine | undefined;
  private readonly button: HTMLButtonElement;
  private readonly preview = el('div', { class: 'export-preview', 'data-testid': 'export-preview', 'aria-hidden': 'true', hidden: true });
  private readonly fields;
  private readonly sizeText = el('p', { class: 'export-size', 'data-testid': 'export-size' });
  private readonly invalid = el('p', { class: 'export-invalid', 'data-testid': 'export-invalid', role: 'alert', hidden: true });
  private readonly progress = el('progress', { class: 'export-progress', 'data-testid': 'export-progress', 'aria-label': EXPORT_UI.progressLabel, max: 1, value: 0, hidden: true });
  private readonly status = el('p', { class: 'export-status', 'data-testid': 'export-status', role: 'status' });
  private readonly exportButton = el('button', { type: 'button', class: 'export-go', 'data-testid': 'export-go' }, EXPORT_UI.exportButton);
  private readonly cancelButton = el('button', { type: 'button', class: 'export-cancel', 'data-testid': 'export-cancel', hidden: true }, EXPORT_UI.cancel);
  private titleEdited = false;
  private running: AbortController | undefined;
  private lastUrl: string | undefined;
  private readonly id = `export-panel-${++panelCount}`;

  constructor(private readonly deps: ExportControlDeps) {
    this.button = el(
      'button',
      { type: 'button', class: 'export-toggle', 'data-testid': 'export-toggle', 'aria-expanded': 'false', 'aria-controls': this.id, title: EXPORT_UI.buttonLabel },
      EXPORT_UI.button,
    );
    const f = (name: string) => `${this.id}-${name}`;
    this.fields = {
      paper: el(
        'select',
        { id: f('paper'), 'data-testid': 'export-paper' },
        ...PAPER_NAMES.map((p) => el('option', { value: p }, p)),
        el('option', { value: 'custom' }, EXPORT_UI.paperCustom),
      ),
      widthPx: el('input', { id: f('w'), type: 'number', min: CUSTOM_PX_MIN, max: CUSTOM_PX_MAX, step: 1, value: 2000, 'data-testid': 'export-width' }),
      heightPx: el('input', { id: f('h'), type: 'number', min: CUSTOM_PX_MIN, max: CUSTOM_PX_MAX, step: 1, value: 1400, 'data-testid': 'export-height' }),
      landscape: el('input', { type: 'radio', name: f('orientation'), value: 'landscape', checked: true, 'data-testid': 'export-landscape' }),
      portrait: el('input', { type: 'radio', name: f('orientation'), value: 'portrait', 'data-testid': 'export-portrait' }),
      dpi: el('input', { id: f('dpi'), type: 'text', inputmode: 'numeric', value: '300', list: f('dpi-list'), 'aria-describedby': `${f('invalid')}`, 'data-testid': 'export-dpi' }),
      png: el('input', { type: 'radio', name: f('format'), value: 'png', checked: true, 'data-testid': 'export-png' }),
      jpeg: el('input', { type: 'radio', name: f('format'), value: 'jpeg', 'data-testid': 'export-jpeg' }),
      title: el('input', { id: f('title'), type: 'text', maxlength: 300, 'data-testid': 'export-title' }),
    };
    this.fields.paper.value = 'A4';
    this.invalid.id = f('invalid');
  }

  onAdd = (): HTMLElement => {
    const map = this.deps.live;
    this.map = map;
    this.button.addEventListener('click', () => this.toggle());
    this.container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group atlas-export', 'data-testid': 'export-control' }, this.button);
    map.container().append(this.preview);
    map.on('resize', this.onResize);
    map.on('moveend', this.refresh);
    return this.container;
  };

  onRemove = (): void => {
    this.running?.abort();
    this.map?.off('resize', this.onResize);
    this.map?.off('moveend', this.refresh);
    this.preview.remove();
    this.panel?.remove();
    this.container?.remove();
    this.container = undefined;
    this.map = undefined;
  };

  /** For `window.__atlas.exportImage`: the same export as the panel's, without the download. */
  exportImage = async (request: ExportRequest): Promise<ExportImageResult> => {
    const engine = await loadEngine();
    await this.loadClaims(engine);
    const out = await engine.exportImage(request, this.context(engine));
    return {
      width: out.width,
      height: out.height,
      bytes: out.blob.size,
      tiles: out.tiles,
      ms: out.ms,
      timings: out.timings,
      url: URL.createObjectURL(out.blob),
      fileName: out.fileName,
      regions: out.regions,
      ...(out.joins ? { joins: out.joins } : {}),
    };
  };

  /** The page lists the sources of what it shows: their claims are loaded before it is planned. */
  private loadClaims(engine: ExportEngine): Promise<void> {
    const view = this.deps.view();
    // the timeline's claims may live in files no district has (an area's, Nagorno-Karabakh's)
    return engine.loadViewClaims(this.deps.index, view.shownEvents, view.control?.subjects ?? []);
  }

  private context(engine: ExportEngine): ExportContext {
    const { viewEvidence } = engine;
    if (!this.map) throw new Error('the export control is not on a map');
    const { data, index } = this.deps;
    const view = this.deps.view();
    return {
      live: this.map,
      evidence: (bbox) => viewEvidence(data, index, view, bbox),
      permalink: this.deps.getPermalink(),
      dataVersion: this.deps.dataVersion,
      attribution: ATTRIBUTION,
      fontBaseUrl: new URL(`${import.meta.env.BASE_URL}fonts/`, window.location.href).href,
    };
  }

  private toggle(open = this.panel?.hidden ?? true): void {
    if (!this.container) return;
    if (!this.panel) {
      this.panel = this.buildPanel();
      // in the map, not in the control corner: above the other controls (the legend) and as tall as the map allows
      this.map?.container().append(this.panel);
    }
    if (open) this.placePanel(this.panel);
    this.panel.hidden = !open;
    // the frame is shown by refresh() once it has its size: a frame not yet laid out would shade
    // the whole map for a moment
    if (!open) this.preview.hidden = true;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) {
      // text is measured in the page's font: load it before the first preview, refresh after
      // the engine and the page's font load on first open; the preview appears when they are here
      void loadEngine()
        .then(async (engine) => {
          this.engine = engine;
          this.refresh();
          await this.loadClaims(engine);
          return engine.loadExportFonts(this.context(engine).fontBaseUrl);
        })
        .then(this.refresh, (e: unknown) => {
          this.status.dataset.state = 'error';
          this.status.replaceChildren(el('span', { role: 'alert' }, EXPORT_UI.failed(e instanceof Error ? e.message : String(e))));
        });
      this.refresh();
      this.fields.paper.focus();
    } else {
      this.button.focus();
    }
  }

  /** Under the button, right-aligned with it. */
  private placePanel(panel: HTMLElement): void {
    const map = this.map?.container();
    if (!map) return;
    const box = map.getBoundingClientRect();
    const b = this.button.getBoundingClientRect();
    panel.style.top = `${Math.round(b.bottom - box.top + 6)}px`;
    panel.style.right = `${Math.round(box.right - b.right)}px`;
  }

  private buildPanel(): HTMLElement {
    const f = this.fields;
    const label = (field: HTMLElement, text: string) => el('label', { for: field.id }, text);
    const radio = (input: HTMLInputElement, text: string) => el('label', { class: 'export-radio' }, input, text);
    const customRow = el('div', { class: 'export-row export-custom', 'data-testid': 'export-custom', hidden: true },
      el('div', {}, label(f.widthPx, EXPORT_UI.widthPx), f.widthPx),
      el('div', {}, label(f.heightPx, EXPORT_UI.heightPx), f.heightPx),
    );
    const orientation = el('fieldset', { class: 'export-fieldset' }, el('legend', {}, EXPORT_UI.orientation), radio(f.landscape, EXPORT_UI.landscape), radio(f.portrait, EXPORT_UI.portrait));
    const format = el('fieldset', { class: 'export-fieldset' }, el('legend', {}, EXPORT_UI.format), radio(f.png, EXPORT_UI.png), radio(f.jpeg, EXPORT_UI.jpeg));
    const dpiList = el('datalist', { id: `${this.id}-dpi-list` }, ...DPI_CHOICES.map((d) => el('option', { value: d })));
    const close = el('button', { type: 'button', class: 'export-close', 'aria-label': EXPORT_UI.close }, '×');
    close.addEventListener('click', () => this.toggle(false));

    const panel = el(
      'section',
      { class: 'export-panel', id: this.id, 'data-testid': 'export-panel', 'aria-labelledby': `${this.id}-h` },
      el('div', { class: 'export-head' }, el('h2', { id: `${this.id}-h` }, EXPORT_UI.panelTitle), close),
      el('div', { class: 'export-row' }, el('div', {}, label(f.paper, EXPORT_UI.paper), f.paper), el('div', {}, label(f.dpi, EXPORT_UI.dpi), f.dpi, dpiList)),
      customRow,
      el('div', { class: 'export-row' }, orientation, format),
      el('div', { class: 'export-field' }, label(f.title, EXPORT_UI.title), f.title),
      this.sizeText,
      el('p', { class: 'export-hint' }, EXPORT_UI.previewHint),
      this.invalid,
      el('div', { class: 'export-actions' }, this.exportButton, this.cancelButton),
      this.progress,
      this.status,
      ...this.deps.extraSections(),
    );
    for (const input of [f.paper, f.widthPx, f.heightPx, f.landscape, f.portrait, f.dpi, f.png, f.jpeg]) {
      input.addEventListener('input', this.refresh);
      input.addEventListener('change', this.refresh);
    }
    f.paper.addEventListener('change', () => {
      customRow.hidden = f.paper.value !== 'custom';
      orientation.disabled = f.paper.value === 'custom';
    });
    f.title.addEventListener('input', () => {
      this.titleEdited = f.title.value.trim() !== '';
    });
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.running) {
        e.stopPropagation();
        this.toggle(false);
      }
    });
    this.exportButton.addEventListener('click', () => void this.run());
    this.cancelButton.addEventListener('click', () => this.running?.abort());
    return panel;
  }

  /** The request the form describes, or the message saying what is wrong with it. */
  private request(): { ok: true; request: ExportRequest } | { ok: false; message: string } {
    const f = this.fields;
    const problem = dpiProblem(f.dpi.value);
    if (problem) {
      const message = {
        empty: EXPORT_UI.dpiEmpty,
        'not-a-number': EXPORT_UI.dpiNotNumber,
        'not-whole': EXPORT_UI.dpiNotWhole,
        'out-of-range': EXPORT_UI.dpiOutOfRange(DPI_MIN, DPI_MAX),
      }[problem];
      return { ok: false, message };
    }
    let paper: ExportRequest['paper'];
    if (f.paper.value === 'custom') {
      const w = Number(f.widthPx.value);
      const h = Number(f.heightPx.value);
      const ok = (n: number) => Number.isInteger(n) && n >= CUSTOM_PX_MIN && n <= CUSTOM_PX_MAX;
      if (!ok(w) || !ok(h)) return { ok: false, message: EXPORT_UI.customOutOfRange(CUSTOM_PX_MIN, CUSTOM_PX_MAX) };
      paper = { widthPx: w, heightPx: h };
    } else {
      paper = f.paper.value as ExportRequest['paper'];
    }
    const title = f.title.value.trim();
    return {
      ok: true,
      request: {
        paper,
        orientation: f.portrait.checked ? 'portrait' : 'landscape',
        dpi: Number(f.dpi.value.trim()),
        format: f.jpeg.checked ? 'jpeg' : 'png',
        ...(this.titleEdited && title ? { title } : {}),
      },
    };
  }

  private onResize = (): void => {
    if (this.panel && !this.panel.hidden) this.placePanel(this.panel);
    this.refresh();
  };

  /** Size line, validity, default title and the preview frame, for the form as it is now. */
  private refresh = (): void => {
    if (!this.panel || this.panel.hidden || !this.map) return;
    const r = this.request();
    this.invalid.hidden = r.ok;
    this.invalid.textContent = r.ok ? '' : r.message;
    this.fields.dpi.setAttribute('aria-invalid', String(!r.ok));
    if (!this.running) this.exportButton.disabled = !r.ok;
    if (!r.ok) return;
    const { request } = r;
    const page = pageSize(request.paper, request.orientation, request.dpi);
    this.sizeText.textContent = EXPORT_UI.size(page.label, page.dpi, page.widthPx, page.heightPx, page.widthMm, page.heightMm);
    const engine = this.engine;
    if (!engine) return;
    try {
      const plan = engine.planPage(request, this.context(engine));
      if (!this.titleEdited) this.fields.title.value = plan.title;
      Object.assign(this.preview.style, {
        left: `${plan.preview.x}px`,
        top: `${plan.preview.y}px`,
        width: `${plan.preview.w}px`,
        height: `${plan.preview.h}px`,
      });
      this.preview.hidden = false;
    } catch (e) {
      this.invalid.hidden = false;
      this.invalid.textContent = e instanceof Error ? e.message : String(e);
      this.exportButton.disabled = true;
    }
  };

  private setBusy(busy: boolean): void {
    for (const input of Object.values(this.fields)) input.disabled = busy;
    this.exportButton.disabled = busy;
    this.cancelButton.hidden = !busy;
    this.progress.hidden = !busy;
    this.panel?.setAttribute('aria-busy', String(busy));
  }

  private async run(): Promise<void> {
    const r = this.request();
    if (!r.ok || this.running) return;
    const controller = new AbortController();
    this.running = controller;
    if (this.lastUrl) URL.revokeObjectURL(this.lastUrl);
    this.lastUrl = undefined;
    this.status.dataset.state = 'running';
    this.status.replaceChildren(EXPORT_UI.preparing);
    this.progress.removeAttribute('value');
    this.setBusy(true);
    this.cancelButton.focus();
    let engine: ExportEngine | undefined;
    try {
      engine = await loadEngine();
      await this.loadClaims(engine);
      const out = await engine.exportImage(r.request, this.context(engine), {
        signal: controller.signal,
        onProgress: (done, total, phase) => {
          this.progress.max = total;
          this.progress.value = done;
          const text =
            phase === 'tiles' ? EXPORT_UI.tileProgress(Math.min(done + 1, total), total) : phase === 'compose' ? EXPORT_UI.composing : EXPORT_UI.encoding(r.request.format);
          this.status.replaceChildren(text);
        },
      });
      const url = URL.createObjectURL(out.blob);
      this.lastUrl = url;
      const link = el('a', { href: url, download: out.fileName, 'data-testid': 'export-download' }, EXPORT_UI.downloadAgain);
      this.status.dataset.state = 'done';
      this.status.replaceChildren(EXPORT_UI.done(out.fileName, out.width, out.height, (out.blob.size / 1e6).toFixed(1)), ' ', link);
      link.click();
    } catch (e) {
      if (engine && e instanceof engine.ExportAborted) {
        this.status.dataset.state = 'cancelled';
        this.status.replaceChildren(EXPORT_UI.cancelled);
      } else {
        this.status.dataset.state = 'error';
        // an allocation failure says why and what to try; anything else is named as it came
        const why = e instanceof Error ? e.message : String(e);
        this.status.replaceChildren(el('span', { role: 'alert' }, engine && e instanceof engine.CanvasAllocationError ? why : EXPORT_UI.failed(why)));
      }
    } finally {
      this.running = undefined;
      this.setBusy(false);
      this.refresh();
      this.exportButton.focus();
    }
  }
}
