/**
 * Wiring only: config → data → map → ui. Everything else lives in the modules it imports.
 */
// first: zod must know it may not compile parsers before any module parses (CSP, no eval)
import './data/zod-jitless.ts';
import { EVENT } from './config/palette.ts';
import { mountEventLayer } from './app/event-layer.ts';
import { mountThemeView, themeIn } from './app/theme-view.ts';
import { mountSidePanels } from './app/side-panels.ts';
import { followState, placeBounds } from './app/table-view.ts';
import { searchGo } from './app/search-go.ts';
import { hasCamera, LANG, startPermalink, vocabulary } from './app/permalink.ts';
import { createStore, INITIAL_STATE, readAddress, type AtlasState } from './app/state.ts';
import { SOURCE } from './config/layers.ts';
import { COUNTRY_LABEL_POINTS, PHONE_QUERY, REGION_BOUNDS } from './config/view.ts';
import { indexAtlas, isPlace, type PlaceId } from './data/index-claims.ts';
import { countryLabelPoints, districtLabelPoints } from './data/label-points.ts';
import { loadAtlasData, type AtlasData } from './data/load.ts';
import { UI } from './i18n/en.ts';
import { createAtlasMap, type AtlasMap } from './map/atlas-map.ts';
import { mountWithoutMap } from './app/no-map.ts';
import { mountDataNotice } from './ui/data-notice.ts';
import { describedLabelPoints } from './style/event-layers.ts';
import { buildStyle, type StyleInput } from './style/index.ts';
import { themeShading } from './style/theme-paint.ts';
import { controlShading } from './style/control-paint.ts';
import { controlIndex, eventShownOn, eventStart, statusCounts, statusesOn } from './data/control.ts';
import { controlLegendModel } from './legend/control.ts';
import { mountTimelineView } from './app/timeline-view.ts';
import { LegendControl } from './ui/legend.ts';
import { buildPopup } from './ui/popup.ts';
import { mountShell } from './ui/shell.ts';
import { buildAboutDialog, buildShareButton } from './ui/about.ts';
import { ViewControls } from './ui/view-controls.ts';
import { buildUrlNotice } from './ui/url-notice.ts';
import { buildViewExportSection } from './ui/export-data-section.ts';
import { ExportControl } from './ui/export-panel.ts';
import type { Selection } from './lib/permalink.ts';
import './ui/atlas.css';
import './ui/phone.css';
import './ui/about.css';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  // the card's timeline and the layer checkbox take the map's event colour, from the one constant
  document.documentElement.style.setProperty('--event-ink', EVENT.ink);
  const shell = mountShell(root);
  // how to read the map, and the link of the view: there with or without a map
  const about = buildAboutDialog();
  shell.headerActions.append(about.button, buildShareButton());
  const fontBaseUrl = new URL(`${import.meta.env.BASE_URL}fonts/`, window.location.href).href;

  // the map is made at once, empty, while the data loads: the style of the data follows (one paint path)
  const none = { type: 'FeatureCollection' as const, features: [] };
  let atlasMap: AtlasMap | null = null;
  let mapFailure = '';
  try {
    const empty = { districts: none, context: none, districtLabels: none, countryLabels: none, fontBaseUrl, events: none, eventLabels: none };
    const emptyStyle = buildStyle({ ...empty, shading: { fills: [], differ: [] }, eventOptions: { shown: [], describedSuffix: UI.eventDescribedSuffix } });
    atlasMap = createAtlasMap(shell.mapContainer, emptyStyle, [UI.attributionBoundaries, UI.attributionFont, UI.attributionGeoNames], UI.sheet);
  } catch (e) {
    // no WebGL (MapLibre cannot get a context) or another start failure: no map, every figure still readable
    const why = e instanceof Error ? e.message : String(e);
    mapFailure = /webgl/i.test(why) ? UI.noWebgl : UI.mapFailed(why);
  }

  let data: AtlasData;
  let problems: readonly { message: string }[];
  try {
    ({ data, problems } = await loadAtlasData(import.meta.env.BASE_URL));
  } catch (e) {
    shell.showError(e instanceof Error ? e.message : String(e));
    return;
  }
  const index = indexAtlas(data, import.meta.env.BASE_URL);
  const events = data.atlas.events;
  if (!atlasMap) return mountWithoutMap(shell, data, index, mapFailure);

  // the address (a permalink, or an older `?layers=…` link): what is not understood is named
  const { state: initial, link } = readAddress(window.location.search, vocabulary(data, index), { ...INITIAL_STATE, lang: LANG });
  const store = createStore(initial);

  // the style is a function of the data and the state: the map's owner applies each new one
  const styleInput: Omit<StyleInput, 'shading' | 'eventOptions'> = {
    districts: data.districts,
    context: data.context,
    districtLabels: districtLabelPoints(data.districts),
    countryLabels: countryLabelPoints(data.context, COUNTRY_LABEL_POINTS),
    fontBaseUrl,
    events: data.events,
    eventLabels: describedLabelPoints(events.flatMap((e) => e.places)),
  };
  // the timeline's day, when open, shades the districts by who held them and shows the events up to it
  const control = controlIndex(data.atlas.timeline);
  const styleOf = (s: AtlasState) => {
    const day = s.date;
    const shading = day === null ? themeShading(themeIn(index, s.theme)) : controlShading(statusesOn(control, day, index.order));
    const shown = day === null ? [...s.layers] : s.layers.filter((id) => eventShownOn(control, id, day));
    return buildStyle({ ...styleInput, shading, eventOptions: { shown, describedSuffix: UI.eventDescribedSuffix } });
  };
  const { districts, context, districtLabels, countryLabels } = styleInput;
  atlasMap.setData({
    [SOURCE.districts]: districts,
    [SOURCE.context]: context,
    [SOURCE.districtLabels]: districtLabels,
    [SOURCE.countryLabels]: countryLabels,
    [SOURCE.events]: data.events,
    [SOURCE.eventLabels]: styleInput.eventLabels ?? none,
  });
  atlasMap.setStyle(styleOf(initial));
  const map = atlasMap;
  store.subscribe((next, prev) => {
    if (next.theme !== prev.theme || next.layers !== prev.layers || next.date !== prev.date) map.setStyle(styleOf(next));
  });
  // a link with only part of a camera (a zoom, a centre) moves the map that far; the state then has the rest
  if (!initial.camera && hasCamera(link.state)) {
    const c = link.state;
    atlasMap.jumpTo({ ...(c.center ? { center: c.center } : {}), ...(c.zoom !== undefined ? { zoom: c.zoom } : {}), bearing: c.bearing ?? 0, pitch: c.pitch ?? 0 });
  }
  atlasMap.onCameraChange((camera) => store.update({ camera }));
  atlasMap.onPopupClosed(() => store.update({ selected: null }));
  atlasMap.onPlaceHovered((id) => {
    if (isPlace(id)) index.claims.prefetch(id);
  });

  const notice = buildUrlNotice(link.ignored, link.version);
  if (notice) shell.mapContainer.after(notice);
  const dataNotice = mountDataNotice(shell.mapContainer);
  for (const p of problems) dataNotice.add(p);
  atlasMap.onFontFailed(dataNotice.add);

  const labelPoint = (id: PlaceId): [number, number] => {
    const p = index.propsById.get(id);
    return p ? [p.label_lon, p.label_lat] : [0, 0];
  };
  const openPlaces = (ids: PlaceId[], at: [number, number], returnFocus?: HTMLElement): HTMLElement => {
    eventLayer.forgetOpenPopup();
    const theme = store.get().theme;
    const content = buildPopup(ids, index, {
      openPlace: (id) => openPlaces([id], labelPoint(id), returnFocus),
      leadMetric: theme === 'idp' ? undefined : theme,
      control: { day: store.get().date, ix: control },
    });
    atlasMap.showPopup(at, content, ids.map((id) => ({ source: SOURCE.districts, id })), returnFocus);
    if (ids[0]) store.update({ selected: { kind: 'district', id: ids[0] } });
    return content;
  };
  const openAtLabel = (id: PlaceId, button?: HTMLElement): HTMLElement => {
    // on a phone the list lies below the map: a place chosen there brings the map back into view
    if (button && window.matchMedia(PHONE_QUERY).matches) shell.mapContainer.scrollIntoView({ block: 'start' });
    return openPlaces([id], labelPoint(id), button);
  };

  const legend = new LegendControl();
  const eventLayer = mountEventLayer({
    data,
    index,
    atlasMap,
    legend,
    store,
    districtAnchor: labelPoint,
    onOpen: (ref) => store.update({ selected: ref }),
    notYet: (id, day) => (eventShownOn(control, id, day) ? null : eventStart(control, id)),
  });
  atlasMap.onPlacesClicked((ids, at) => {
    const places = ids.filter(isPlace);
    if (places.length > 0) openPlaces(places, at);
  });
  atlasMap.addControl(eventLayer.control, 'top-left');
  atlasMap.addControl(legend, 'bottom-right');

  let selectedBeforeCheck: Selection | null = null;
  const { list, quality, table } = mountSidePanels({
    shell,
    index,
    showPlace: (id, button) => openAtLabel(id, button),
    showEventClaim: (claim, button) => eventLayer.openEventSubject(claim.subject, button),
    before: [eventLayer.cardHost],
    flyTo: (id) => {
      const b = placeBounds(data.districts, id);
      if (b) atlasMap.fitTo(b, true);
    },
    goTo: searchGo({ data, index, atlasMap, eventLayer, labelPoint, openPlaceAt: (id, at, from) => void openPlaces([id], at, from) }),
    qualityEvents: {
      // the address names the check the view is open at; closing gives back what was selected before
      opened: (id) => {
        const before = store.get().selected;
        if (before?.kind !== 'check') selectedBeforeCheck = before;
        if (id) store.update({ selected: { kind: 'check', id } });
      },
      closed: () => {
        if (store.get().selected?.kind === 'check') store.update({ selected: selectedBeforeCheck });
      },
    },
  });
  // "Shade districts by": the select, the legend's top section and the list's chips follow the state
  mountThemeView({ index, store, legend, control: eventLayer.control, list });
  // the timeline under the map; an open popup follows its day once the reader stops moving it
  const timeline = mountTimelineView({ index, ix: control, store, legend, list, places: index.order, openPlace: (id, from) => void openAtLabel(id as PlaceId, from) });
  shell.mapContainer.after(timeline.element);
  let reopen: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((next, prev) => {
    if (next.date === prev.date || next.selected?.kind !== 'district') return;
    clearTimeout(reopen);
    const id = next.selected.id as PlaceId;
    reopen = setTimeout(() => {
      if (store.get().selected?.id === id) openPlaces([id], labelPoint(id));
    }, 250);
  });
  followState(table, index, store);
  eventLayer.start({ fit: !hasCamera(link.state) });
  const permalink = startPermalink({ data, index, atlasMap, store, eventLayer, openDistrict: (id) => openAtLabel(id), openCheck: (id) => quality.open(id) });
  const exportControl = new ExportControl({
    data,
    index,
    live: atlasMap.live,
    view: () => {
      const { theme, layers, date } = store.get();
      if (date === null) return { theme: themeIn(index, theme), shownEvents: layers, control: null };
      const statuses = statusesOn(control, date, index.order);
      // the claims that date what each place is drawn as: the changes applied, and one in dispute
      const changes = [...statuses.values()].flatMap((on) => [...on.applied, ...(on.between ? [on.between.change] : [])]);
      return {
        theme: themeIn(index, theme),
        shownEvents: layers,
        control: { model: controlLegendModel(date, statusCounts(statuses)), claims: changes.flatMap((c) => c.claims), subjects: [...new Set(changes.flatMap((c) => c.subjects))] },
      };
    },
    getPermalink: () => permalink.getPermalink(),
    dataVersion: index.version,
    extraSections: () => [buildViewExportSection(permalink.viewExport)],
  });
  atlasMap.addControl(exportControl, 'top-right');
  atlasMap.addControl(new ViewControls({ reset: () => atlasMap.fitTo(REGION_BOUNDS, true), fullscreenOf: root }), 'top-right');
  // only a test build lets the end-to-end tests and the benchmark read the map (a narrow handle)
  if (import.meta.env.MODE === 'test') window.__atlas = atlasMap.testHandle((request) => exportControl.exportImage(request));

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
