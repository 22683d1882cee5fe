/**
 * Wiring of the permalink, the data export and the citations (issue 5): restores the view an
 * address names (layers, the open popup, the camera), keeps the address in step with the view
 * (replaceState on moveend, layer changes, popup open/close: none of these is a page the reader
 * goes "back" to), and answers "Cite this figure", "Download GeoJSON/CSV" and "Cite this view"
 * with the view as it is at the click. Like main.ts, one of the modules that import both map and
 * ui; the state is described and parsed in src/lib/permalink.ts.
 */
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../config/view.ts';
import { partyOf, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { sideLabel } from '../i18n/en-evidence.ts';
import type { AtlasData } from '../data/load.ts';
import { figureItem, formatCitations, viewItems, type CiteContext } from '../export/citations.ts';
import type { Bbox } from '../export/in-view.ts';
import { CITE } from '../i18n/en-cite.ts';
import { hasCamera, parse, serialize, type ParsedPermalink, type PermalinkVocabulary, type Selection, type ViewState } from '../lib/permalink.ts';
import type { AtlasMap } from '../map/atlas-map.ts';
import { openCiteDialog } from '../ui/cite-dialog.ts';
import type { ExportFile, ViewExportDeps } from '../ui/export-data-section.ts';
import type { EventLayer } from './event-layer.ts';
import { themesOf } from '../data/themes.ts';
import { currentTheme, onThemeChange } from './theme-layer.ts';

/** Does the address set the camera (then the map does not fit itself to a shown event)? */
export { hasCamera };

/** The interface language (only English so far); `lang` is in every link so that others can follow. */
const LANG = 'en';

/** What the address may name, from the data this map shows. */
export function vocabulary(data: AtlasData, index: AtlasIndex): PermalinkVocabulary {
  const events = data.atlas.events;
  return {
    layers: events.map((e) => e.id),
    // the damage themes offered: a metric no district has a figure for is not a theme
    themes: themesOf(data.atlas).map((t) => t.metric),
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
  };
}

/** The address of this page load, parsed against the data. */
export function readLink(data: AtlasData, index: AtlasIndex): ParsedPermalink {
  return parse(window.location.search, vocabulary(data, index));
}

/** Which popup is open: set by whoever opens one, cleared when the reader closes it. */
export interface SelectionTracker {
  get(): Selection | null;
  set(selection: Selection | null): void;
  onChange(handler: () => void): void;
}

export function trackSelection(atlasMap: AtlasMap): SelectionTracker {
  let selected: Selection | null = null;
  const handlers: Array<() => void> = [];
  const set = (s: Selection | null) => {
    selected = s;
    for (const h of handlers) h();
  };
  atlasMap.onPopupClosed(() => set(null));
  return { get: () => selected, set, onChange: (h) => void handlers.push(h) };
}

export interface PermalinkDeps {
  data: AtlasData;
  index: AtlasIndex;
  atlasMap: AtlasMap;
  link: ParsedPermalink;
  eventLayer: EventLayer;
  selection: SelectionTracker;
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
  const { data, index, atlasMap, link, eventLayer, selection } = deps;
  const map = atlasMap.map;

  const current = (): ViewState => {
    const c = map.getCenter();
    return {
      center: [c.lng, c.lat],
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
      layers: [...eventLayer.shown()],
      theme: currentTheme(),
      selected: selection.get(),
      lang: LANG,
      v: index.version,
    };
  };
  const getPermalink = () => `${window.location.origin}${window.location.pathname}${serialize(current())}`;

  // ---- restore: layers, then the popup, then the camera (last, so nothing moves it afterwards)
  const s = link.state;
  const applyCamera = () => {
    if (!hasCamera(s)) return;
    map.jumpTo({
      ...(s.center ? { center: s.center } : {}),
      ...(s.zoom !== undefined ? { zoom: s.zoom } : {}),
      bearing: s.bearing ?? 0,
      pitch: s.pitch ?? 0,
    });
  };
  applyCamera();
  let following = false;
  const write = () => {
    if (!following) return;
    const search = serialize(current());
    if (search === window.location.search) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  void atlasMap.ready.then(() => {
    // a popup outlines its feature (feature-state): the sources must be loaded first
    const sel = s.selected;
    if (sel?.kind === 'district') deps.openDistrict(sel.id as PlaceId);
    else if (sel?.kind === 'check') deps.openCheck(sel.id);
    else if (sel) eventLayer.openRef({ kind: sel.kind, id: sel.id });
    applyCamera();
    following = true;
    // from now on the address *is* the view (copying it from the address bar gives the permalink):
    // a link is rewritten at once in today's form (current data version, unread parts dropped)
    write();
  });
  map.on('moveend', write);
  eventLayer.onChange(write);
  onThemeChange(write);
  selection.onChange(write);

  // ---- "Cite this figure": one listener for every Cite button in popups, cards and panels
  const citeContext = (): CiteContext => ({
    permalink: getPermalink(),
    version: index.version,
    accessed: today(),
    partyName: (id) => {
      const p = partyOf(id, index);
      return `${p.name} · ${sideLabel(p)}`;
    },
  });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-cite-claim]') : null;
    const claim = button ? index.claimsById.get(button.dataset.citeClaim ?? '') : undefined;
    const source = claim ? index.sourcesById.get(claim.source) : undefined;
    if (!button || !claim || !source) return;
    const ctx = citeContext();
    openCiteDialog({
      title: CITE.citeFigureTitle,
      intro: CITE.citeIntro,
      load: () => formatCitations([figureItem(claim, source, ctx)]),
      filename: `karabakh-atlas-cite-${claim.id}`,
      returnFocus: button,
    });
  });

  // ---- "Data of this view": built from the view at the click; the export code loads then
  const bbox = (): Bbox => {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  };
  const prepare = async () => {
    const dataExport = await import('../export/data-export.ts');
    const { drawnClaims, sourcesOf } = dataExport;
    const view = dataExport.inView(data, bbox(), eventLayer.shown());
    const exported = new Date().toISOString();
    const meta = { permalink: getPermalink(), version: index.version, exported };
    return { view, meta, base: dataExport.exportBaseName(index.version, exported), drawnClaims, sourcesOf, dataExport };
  };
  const viewExport: ViewExportDeps = {
    geojson: async (): Promise<ExportFile> => {
      const { view, meta, base, dataExport } = await prepare();
      const fc = dataExport.viewGeoJson(index, view, meta);
      const claims = fc.features.reduce((n, f) => n + (f.properties.claims as unknown[]).length, 0) + fc.events.reduce((n, e) => n + e.claims.length, 0);
      return { text: `${JSON.stringify(fc)}\n`, filename: `${base}.geojson`, mime: 'application/geo+json', claims: fc.features.length ? claims : 0 };
    },
    csv: async (): Promise<ExportFile> => {
      const { view, base, dataExport } = await prepare();
      const { text, rows } = dataExport.viewCsv(index, view);
      return { text, filename: `${base}.csv`, mime: 'text/csv', claims: rows };
    },
    citeView: async () => {
      const { view, drawnClaims, sourcesOf } = await prepare();
      return formatCitations(viewItems(sourcesOf(index, drawnClaims(index, view)), citeContext()));
    },
    citeFilename: () => `karabakh-atlas-cite-view-${index.version}`,
  };

  return { getPermalink, viewExport };
}
