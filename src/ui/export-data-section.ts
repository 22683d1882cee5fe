/**
 * "Data of this view": Download GeoJSON, Download CSV, Cite this view. Built for the export panel
 * (the image export panel mounts it through `extraSections`); everything it needs comes in as functions, so
 * ui imports neither the map nor the export code, and each file is made from the view as it is
 * when the reader clicks.
 */
import { CITE } from '../i18n/en-cite.ts';
import { openCiteDialog, type CiteFormats } from './cite-dialog.ts';
import { downloadText } from './download.ts';
import { el } from './dom.ts';
import './cite.css';

/** A file made from the current view. */
export interface ExportFile {
  text: string;
  filename: string;
  mime: string;
  /** claims in it (0: nothing of the atlas is in view, nothing is downloaded) */
  claims: number;
}

export interface ViewExportDeps {
  geojson(): Promise<ExportFile>;
  csv(): Promise<ExportFile>;
  /** one point per figure, flat columns: what GIS tools keep as rows */
  claimsLayer(): Promise<ExportFile>;
  /** the atlas as a dataset (version, permalink) and the sources of the figures in view */
  citeView(): Promise<CiteFormats>;
  /** file name of the citation, without extension */
  citeFilename(): string;
}

let built = 0;

export function buildViewExportSection(deps: ViewExportDeps): HTMLElement {
  const headingId = `export-data-heading-${++built}`;
  const status = el('p', { class: 'panel-intro export-data-status', role: 'status', 'data-testid': 'export-data-status' });
  const fileButton = (label: string, testid: string, make: () => Promise<ExportFile>) => {
    const b = el('button', { type: 'button', class: 'cite-action', 'data-testid': testid }, label);
    b.addEventListener('click', () => {
      b.disabled = true;
      make()
        .then((file) => {
          if (file.claims === 0) {
            status.textContent = CITE.exportNothing;
            return;
          }
          downloadText(file.filename, file.text, file.mime);
          status.textContent = CITE.exportDone(label, file.claims);
        })
        .catch((e: unknown) => {
          status.textContent = e instanceof Error ? e.message : String(e);
        })
        .finally(() => {
          b.disabled = false;
        });
    });
    return b;
  };
  const cite = el('button', { type: 'button', class: 'cite-action', 'data-testid': 'cite-view' }, CITE.citeView);
  cite.addEventListener('click', () =>
    openCiteDialog({ title: CITE.citeViewTitle, intro: CITE.citeViewIntro, load: deps.citeView, filename: deps.citeFilename(), returnFocus: cite }),
  );
  return el(
    'section',
    { class: 'panel export-data', 'data-testid': 'export-data', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, CITE.exportDataHeading),
    el('p', { class: 'panel-intro' }, CITE.exportDataIntro),
    el(
      'div',
      { class: 'export-data-buttons' },
      fileButton(CITE.downloadGeoJson, 'export-geojson', deps.geojson),
      fileButton(CITE.downloadCsv, 'export-csv', deps.csv),
      fileButton(CITE.downloadClaimsLayer, 'export-claims-layer', deps.claimsLayer),
      cite,
    ),
    status,
  );
}
