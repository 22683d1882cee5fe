/**
 * The citation dialog of "Cite this figure" and "Cite this view": BibTeX, BibLaTeX, CSL-JSON and RIS in
 * tabs, each in a read-only text area, with Copy and Download. A native modal <dialog> (the rest
 * of the page is inert while it is open); Escape closes it and focus returns to the button that
 * opened it. The citations come from a promise: citation-js loads on first use.
 */
import { CITE } from '../i18n/en-cite.ts';
import { downloadText } from './download.ts';
import { closeOnEscape } from './dialog.ts';
import { el } from './dom.ts';
import './cite.css';

/** The four outputs (src/export/citations.ts makes them). */
export interface CiteFormats {
  bibtex: string;
  biblatex: string;
  csl: string;
  ris: string;
}

export interface CiteDialogOptions {
  title: string;
  intro: string;
  load: () => Promise<CiteFormats>;
  /** file name without extension: "karabakh-atlas-cite-seed-idp-lachin" */
  filename: string;
  /** focused again when the dialog closes */
  returnFocus?: HTMLElement | null;
}

const FORMATS = [
  { key: 'bibtex', label: 'BibTeX', ext: 'bib', mime: 'application/x-bibtex' },
  // biber and pandoc read it with dates, the access day, the data version and one URL, as BibTeX cannot
  { key: 'biblatex', label: 'BibLaTeX', ext: 'bib', mime: 'application/x-bibtex' },
  { key: 'csl', label: 'CSL-JSON', ext: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  { key: 'ris', label: 'RIS', ext: 'ris', mime: 'application/x-research-info-systems' },
] as const;
type FormatKey = (typeof FORMATS)[number]['key'];

let opened = 0;

/** Copies with the Clipboard API, or by selecting the text area where that is refused. */
async function copy(text: string, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    area.focus();
    area.select();
    return document.execCommand('copy');
  }
}

export function openCiteDialog(opts: CiteDialogOptions): HTMLDialogElement {
  const n = ++opened;
  const ids = { title: `cite-title-${n}`, panel: `cite-panel-${n}` };
  let formats: CiteFormats | null = null;
  let current: FormatKey = 'bibtex';

  const area = el('textarea', {
    class: 'cite-text',
    readonly: true,
    rows: 12,
    spellcheck: 'false',
    'data-testid': 'cite-text',
    'aria-label': CITE.citeFormats,
  });
  area.value = CITE.citeLoading;
  const status = el('p', { class: 'cite-status', role: 'status', 'data-testid': 'cite-status' });
  const tabs = FORMATS.map((f) =>
    el(
      'button',
      { type: 'button', role: 'tab', id: `cite-tab-${n}-${f.key}`, 'aria-controls': ids.panel, 'data-format': f.key, 'data-testid': 'cite-tab', class: 'cite-tab' },
      f.label,
    ),
  );
  const copyButton = el('button', { type: 'button', class: 'cite-action', 'data-testid': 'cite-copy', disabled: true }, CITE.copy);
  const downloadButton = el('button', { type: 'button', class: 'cite-action', 'data-testid': 'cite-download', disabled: true }, CITE.download);
  const closeButton = el('button', { type: 'button', class: 'cite-action cite-close', 'data-testid': 'cite-close' }, CITE.close);

  const dialog = el(
    'dialog',
    { class: 'cite-dialog', 'aria-labelledby': ids.title, 'data-testid': 'cite-dialog' },
    el('h2', { id: ids.title, class: 'cite-title' }, opts.title),
    el('p', { class: 'cite-intro' }, opts.intro),
    el('div', { role: 'tablist', 'aria-label': CITE.citeFormats, class: 'cite-tabs' }, ...tabs),
    el('div', { role: 'tabpanel', id: ids.panel, class: 'cite-panel' }, area),
    status,
    el('div', { class: 'cite-actions' }, copyButton, downloadButton, closeButton),
  );

  const show = (key: FormatKey) => {
    current = key;
    tabs.forEach((t) => {
      const on = t.dataset.format === key;
      t.setAttribute('aria-selected', String(on));
      // roving tabindex: Tab reaches the selected format, the arrow keys move between formats
      t.tabIndex = on ? 0 : -1;
      if (on) dialog.querySelector('[role="tabpanel"]')?.setAttribute('aria-labelledby', t.id);
    });
    dialog.dataset.format = key;
    area.setAttribute('aria-label', FORMATS.find((f) => f.key === key)!.label);
    if (formats) area.value = formats[key];
    status.textContent = '';
  };
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => show(FORMATS[i]!.key));
    t.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      e.preventDefault();
      const next = (i + step + tabs.length) % tabs.length;
      show(FORMATS[next]!.key);
      tabs[next]!.focus();
    });
  });

  copyButton.addEventListener('click', () => {
    if (!formats) return;
    void copy(formats[current], area).then((ok) => {
      status.textContent = ok ? CITE.copied : CITE.copyFailed;
    });
  });
  downloadButton.addEventListener('click', () => {
    if (!formats) return;
    const f = FORMATS.find((x) => x.key === current)!;
    downloadText(`${opts.filename}.${f.ext}`, formats[current], f.mime);
  });
  closeButton.addEventListener('click', () => dialog.close());
  closeOnEscape(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opts.returnFocus?.focus();
  });

  document.body.append(dialog);
  show('bibtex');
  dialog.showModal();
  tabs[0]!.focus();
  opts
    .load()
    .then((loaded) => {
      formats = loaded;
      copyButton.disabled = false;
      downloadButton.disabled = false;
      dialog.dataset.ready = 'true';
      show(current);
    })
    .catch((e: unknown) => {
      area.value = CITE.citeFailed(e instanceof Error ? e.message : String(e));
    });
  return dialog;
}
