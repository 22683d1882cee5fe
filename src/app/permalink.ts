/**
 * Wiring of the address, the data export and the citations: the address is written from the
 * page's state (replaceState: none of these changes is a page the reader goes "back" to), a link
 * is restored into that state, and "Cite this figure", "Download GeoJSON/CSV" and "Cite this view"
 * read the view as it is at the click. The address's grammar is in src/lib/permalink.ts.
 */
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../config/view.ts';
import { partyOf, subjectName, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import type { SubjectId } from '../schema/index.ts';
import { sideLabel } from '../i18n/en-evidence.ts';
import type { AtlasData } from '../data/load.ts';
import type { CiteContext } from '../export/citations.ts';

/** The citation code (and citation-js behind it) comes with the first citation asked for. */
const citations = () => import('../export/citations.ts');
import { CITE } from '../i18n/en-cite.ts';
import { hasCamera, type PermalinkVocabulary } from '../lib/permalink.ts';
import type { AtlasMap } from '../map/atlas-map.ts';
import { openCiteDialog } from '../ui/cite-dialog.ts';
import type { ExportFile, ViewExportDeps } from '../ui/export-data-section.ts';
import type { EventLayer } from './event-layer.ts';
import { linkOf, type Store } from './state.ts';

/** Does the address set the camera (then the map does not fit itself to a shown event)? */
export { hasCamera };

/** The interface language (only English so far); `lang` is in every link so that others can follow. */
export const LANG = 'en';

/** What the address may name, from the data this map shows. */
export function vocabulary(data: AtlasData, index: AtlasIndex): PermalinkVocabulary {
  const events = data.atlas.events;
  return {
    layers: events.map((e) => e.id),
    // the themes offered: a metric no district has a figure for is not a theme
    themes: index.themes.map((t) => t.metric),
    selectable: {
      district: [...index.districtsById.keys()],
      place: [...index.eventPlacesById.keys()],
      route: [...index.routesById.keys()],
      measure: events.flatMap((e) => e.measures.map((m) => m.id)),
      check: data.atlas.checks.map((c) => c.id),
    },
    langs: [LANG],
    version: index.version,
    bounds: MAX_BOUNDS,
    zoom: [MIN_ZOOM, MAX_ZOOM],
    // the map turns neither way (create-map.ts), but a tilted link is still honoured
    maxPitch: 85,
    dates: data.atlas.timeline.axis,
  };
}

export interface PermalinkDeps {
  data: AtlasData;
  index: AtlasIndex;
  atlasMap: AtlasMap;
  store: Store;
  eventLayer: EventLayer;
  /** opens a district's popup at its label point (and reports the selection) */
  openDistrict(id: PlaceId): void;
  /** opens the data-quality view at a check (and reports the selection) */
  openCheck(id: string): void;
}

export interface Permalink {
  /** absolute URL of the view as it is now */
  getPermalink(): string;
  /** the functions behind "Data of this view" (src/ui/export-data-section.ts) */
  viewExport: ViewExportDeps;
}

const today = () => new Date().toISOString().slice(0, 10);

export function startPermalink(deps: PermalinkDeps): Permalink {
  const { data, index, atlasMap, store, eventLayer } = deps;
  const getPermalink = () => `${window.location.origin}${window.location.pathname}${linkOf(store.get(), index.version)}`;

  // ---- restore what the link selected once the sources are loaded (a popup outlines its feature)
  let following = false;
  const write = () => {
    if (!following) return;
    const search = linkOf(store.get(), index.version);
    if (search === window.location.search) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  const restore = store.get();
  void atlasMap.ready.then(() => {
    const sel = restore.selected;
    if (sel?.kind === 'district') deps.openDistrict(sel.id as PlaceId);
    else if (sel?.kind === 'check') deps.openCheck(sel.id);
    else if (sel) eventLayer.openRef({ kind: sel.kind, id: sel.id });
    // the camera last, so that nothing the restore opened moves it afterwards
    if (restore.camera) atlasMap.jumpTo(restore.camera);
    store.update({ camera: atlasMap.camera() });
    following = true;
    // from now on the address *is* the view (copying it from the address bar gives the permalink):
    // a link is rewritten at once in today's form (current data version, unread parts dropped)
    write();
  });
  store.subscribe(write);

  // ---- "Cite this figure": one listener for every Cite button in popups, cards and panels
  const citeContext = (): CiteContext => ({
    permalink: getPermalink(),
    version: index.version,
    accessed: today(),
    subjectName: (id) => subjectName(index, id as SubjectId),
    partyName: (id) => {
      const p = partyOf(id, index);
      return `${p.name} · ${sideLabel(p)}`;
    },
  });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-cite-claim]') : null;
    // the button is in a popup, card or panel whose claims are loaded
    const claim = button ? index.claimsById.get(button.dataset.citeClaim ?? '') : undefined;
    const source = claim ? index.sourcesById.get(claim.source) : undefined;
    if (!button || !claim || !source) return;
    const ctx = citeContext();
    openCiteDialog({
      title: CITE.citeFigureTitle,
      intro: CITE.citeIntro,
      load: async () => {
        const { figureItems, formatCitations } = await citations();
        return formatCitations(figureItems(claim, source, ctx));
      },
      filename: `karabakh-atlas-cite-${claim.id}`,
      returnFocus: button,
    });
  });

  // ---- "Data of this view": built from the view at the click; the export code loads then
  const prepare = async () => {
    const dataExport = await import('../export/data-export.ts');
    const { drawnClaims, sourcesOf } = dataExport;
    const shown = store.get().layers;
    const view = dataExport.inView(data, atlasMap.bounds(), shown);
    await index.claims.ensure(dataExport.subjectsInView(view));
    const exported = new Date().toISOString();
    const meta = { permalink: getPermalink(), version: index.version, exported };
    // the file names say what was exported: the open place, else the view's bounds
    const sel = store.get().selected;
    const what = sel?.kind === 'district' ? sel.id : dataExport.boundsName(atlasMap.bounds());
    return { view, meta, base: dataExport.exportBaseName(index.version, exported, what), drawnClaims, sourcesOf, dataExport };
  };
  const viewExport: ViewExportDeps = {
    geojson: async (): Promise<ExportFile> => {
      const { view, meta, base, dataExport } = await prepare();
      const fc = dataExport.viewGeoJson(index, view, meta);
      const claims = fc.features.reduce((n, f) => n + (f.properties.claims as unknown[]).length, 0) + fc.events.reduce((n, e) => n + e.claims.length, 0);
      return { text: `${JSON.stringify(fc)}\n`, filename: `${base}.geojson`, mime: 'application/geo+json', claims: fc.features.length ? claims : 0 };
    },
    csv: async (): Promise<ExportFile> => {
      const { view, meta, base, dataExport } = await prepare();
      const { text, rows } = dataExport.viewCsv(index, view, meta);
      return { text, filename: `${base}.csv`, mime: 'text/csv', claims: rows };
    },
    claimsLayer: async (): Promise<ExportFile> => {
      const { view, meta, base } = await prepare();
      const { claimsLayer } = await import('../export/claims-layer.ts');
      const fc = claimsLayer(index, view, meta);
      return { text: `${JSON.stringify(fc)}\n`, filename: `${base}-figures.geojson`, mime: 'application/geo+json', claims: fc.features.length };
    },
    citeView: async () => {
      const { view, drawnClaims, sourcesOf } = await prepare();
      const { formatCitations, viewItems } = await citations();
      return formatCitations(viewItems(sourcesOf(index, drawnClaims(index, view)), citeContext()));
    },
    citeFilename: () => `karabakh-atlas-cite-view-${index.version}`,
  };

  return { getPermalink, viewExport };
}
