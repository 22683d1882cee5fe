/**
 * Wiring only: config → data → map → ui. Everything else lives in the modules it imports.
 */
// first: zod must know it may not compile parsers before any module parses (CSP, no eval)
import './data/zod-jitless.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { EVENT } from './config/palette.ts';
import { mountEventLayer } from './app/event-layer.ts';
import { currentTheme, mountThemeLayer, onThemeChange } from './app/theme-layer.ts';
import { themeChips } from './app/theme-chips.ts';
import { mountSidePanels } from './app/side-panels.ts';
import { hasCamera, readLink, startPermalink, trackSelection } from './app/permalink.ts';
import { SOURCE } from './config/layers.ts';
import { COUNTRY_LABEL_POINTS } from './config/view.ts';
import { indexAtlas, isPlace, type PlaceId } from './data/index-claims.ts';
import { countryLabelPoints, districtLabelPoints } from './data/label-points.ts';
import { loadAtlasData, type AtlasData } from './data/load.ts';
import { UI } from './i18n/en.ts';
import { createAtlasMap, type AtlasMap } from './map/atlas-map.ts';
import { mountWithoutMap } from './app/no-map.ts';
import { buildDataNotice } from './ui/data-notice.ts';
import { describedLabelPoints } from './style/event-layers.ts';
import { buildStyle } from './style/index.ts';
import { setDistrictChips } from './ui/district-list.ts';
import { LegendControl } from './ui/legend.ts';
import { buildPopup } from './ui/popup.ts';
import { mountShell } from './ui/shell.ts';
import { buildUrlNotice } from './ui/url-notice.ts';
import { buildViewExportSection } from './ui/export-data-section.ts';
import { ExportControl, type ExportImageResult } from './ui/export-panel.ts';
import type { ExportRequest } from './export/paper.ts';
import type { Selection } from './lib/permalink.ts';
import './ui/atlas.css';

declare global {
  interface Window {
    /** for the e2e tests (map.project, getPaintProperty) and the benchmark (exportImage) */
    __atlas: { map: MapLibreMap; exportImage(request: ExportRequest): Promise<ExportImageResult> };
  }
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  // the card's timeline and the layer checkbox take the map's event colour, from the one constant
  document.documentElement.style.setProperty('--event-ink', EVENT.ink);
  const shell = mountShell(root);

  let data: AtlasData;
  let problems: readonly { message: string }[];
  try {
    ({ data, problems } = await loadAtlasData(import.meta.env.BASE_URL));
  } catch (e) {
    shell.showError(e instanceof Error ? e.message : String(e));
    return;
  }
  const index = indexAtlas(data);
  const events = data.atlas.events;

  // the address (a permalink, or issue 4's `?layers=…`): what is not understood is named
  const url = readLink(data, index);

  const style = buildStyle({
    districts: data.districts,
    context: data.context,
    districtLabels: districtLabelPoints(data.districts),
    countryLabels: countryLabelPoints(data.context, COUNTRY_LABEL_POINTS),
    fontBaseUrl: new URL(`${import.meta.env.BASE_URL}fonts/`, window.location.href).href,
    events: data.events,
    eventLabels: describedLabelPoints(events.flatMap((e) => e.places)),
    eventOptions: { shown: url.state.layers, describedSuffix: UI.eventDescribedSuffix },
  });
  let atlasMap: AtlasMap;
  try {
    atlasMap = createAtlasMap(shell.mapContainer, style, [UI.attributionBoundaries, UI.attributionFont, UI.attributionGeoNames]);
  } catch (e) {
    // no WebGL (MapLibre cannot get a context) or another start failure: no map, every figure still readable
    const why = e instanceof Error ? e.message : String(e);
    return mountWithoutMap(shell, index, /webgl/i.test(why) ? UI.noWebgl : UI.mapFailed(why));
  }
  window.__atlas = { map: atlasMap.map, exportImage: (request) => exportControl.exportImage(request) };
  const notice = buildUrlNotice(url.ignored, url.version);
  const selection = trackSelection(atlasMap);
  if (notice) shell.mapContainer.after(notice);
  const dataNotice = buildDataNotice(problems);
  if (dataNotice) shell.mapContainer.after(dataNotice);

  const labelPoint = (id: PlaceId): [number, number] => {
    const p = index.propsById.get(id);
    return p ? [p.label_lon, p.label_lat] : [0, 0];
  };
  const openPlaces = (ids: PlaceId[], at: [number, number], returnFocus?: HTMLElement): HTMLElement => {
    eventLayer.forgetOpenPopup();
    const theme = currentTheme();
    const content = buildPopup(ids, index, { openPlace: (id) => openPlaces([id], labelPoint(id), returnFocus), leadMetric: theme === 'idp' ? undefined : theme });
    atlasMap.showPopup(at, content, ids.map((id) => ({ source: SOURCE.districts, id })), returnFocus);
    if (ids[0]) selection.set({ kind: 'district', id: ids[0] });
    return content;
  };
  const openAtLabel = (id: PlaceId, button?: HTMLElement): HTMLElement => openPlaces([id], labelPoint(id), button);

  const legend = new LegendControl();
  const eventLayer = mountEventLayer({
    data,
    index,
    atlasMap,
    legend,
    initial: url.state.layers,
    districtAnchor: labelPoint,
    onOpen: (ref) => selection.set(ref),
  });
  atlasMap.onPlacesClicked((ids, at) => {
    const places = ids.filter(isPlace);
    if (places.length > 0) openPlaces(places, at);
  });
  atlasMap.addControl(eventLayer.control, 'top-left');
  atlasMap.addControl(legend, 'bottom-right');
  // "Shade districts by" (issue 6): the select in the layer control, the paint, the legend's top section
  mountThemeLayer({ data, atlasMap, legend, control: eventLayer.control, initial: url.state.theme });
  const exportControl = new ExportControl({ data, index, shownEvents: () => eventLayer.shown(), getPermalink: () => permalink.getPermalink(), dataVersion: index.version, extraSections: () => [buildViewExportSection(permalink.viewExport)] });
  atlasMap.addControl(exportControl, 'top-right');

  let selectedBeforeCheck: Selection | null = null;
  const { list, quality } = mountSidePanels({
    shell,
    index,
    showPlace: (id, button) => openAtLabel(id, button),
    showEventClaim: (claim, button) => eventLayer.openEventSubject(claim.subject, button),
    before: [eventLayer.cardHost],
    qualityEvents: {
      // the address names the check the view is open at; closing gives back what was selected before
      opened: (id) => {
        const before = selection.get();
        if (before?.kind !== 'check') selectedBeforeCheck = before;
        if (id) selection.set({ kind: 'check', id });
      },
      closed: () => {
        if (selection.get()?.kind === 'check') selection.set(selectedBeforeCheck);
      },
    },
  });
  onThemeChange((theme) => setDistrictChips(list, themeChips(index, theme)));
  if (currentTheme() !== 'idp') setDistrictChips(list, themeChips(index, currentTheme()));
  eventLayer.start({ fit: !hasCamera(url.state) });
  const permalink = startPermalink({ data, index, atlasMap, link: url, eventLayer, selection, openDistrict: (id) => openAtLabel(id), openCheck: (id) => quality.open(id) });

  await atlasMap.ready;
  shell.setLoading(false);
  document.documentElement.dataset.mapReady = 'true';
}

main().catch((e: unknown) => {
  console.error(e);
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'error-panel';
  alert.textContent = `The map could not start: ${e instanceof Error ? e.message : String(e)}`;
  document.body.append(alert);
});
