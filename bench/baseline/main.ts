/**
 * The baseline of P1, P1b, P2 and P6 (BENCH.md): a bare MapLibre page, no app code. The bench
 * writes style.json next to this page from the app's own style builder (same sources, layers,
 * camera and fonts); this page creates the map at once, times its first full idle, and does the
 * visible work the app does with the pointer: the district under it is outlined (feature-state
 * `hover`), and a click opens a text popup and outlines the clicked district (`selected`).
 */
import { Map as MapLibreMap, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FrameLog, LoadTimes } from '../bench-window.ts';
import { BARE } from './bare-ids.ts';
import './baseline.css';

// MapLibre 6 resolves its worker from import.meta.url, which a bundle breaks: the app does the same
setWorkerUrl(workerUrl);

const times: LoadTimes = {};
window.__benchTimes = times;
const container = document.getElementById('map') as HTMLElement;
const box = (new URLSearchParams(location.search).get('box') ?? '').split(',').map(Number);
if (box.length === 4 && box.every(Number.isFinite)) {
  const [left, top, width, height] = box as [number, number, number, number];
  Object.assign(container.style, { inset: 'auto', left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
}

const map = new MapLibreMap({ container, style: 'style.json' });
times.createdAt = performance.now();
window.__bench = {
  constructedAt: times.createdAt,
  loaded: () => map.loaded(),
  on: (type, handler) => void map.on(type, handler),
  once: (type, handler) => void map.once(type, handler),
  project: (lngLat) => {
    const p = map.project(lngLat);
    return [p.x, p.y];
  },
  center: () => map.getCenter().toArray(),
  zoom: () => map.getZoom(),
};
const frames: FrameLog = { render: 0, idle: 0 };
window.__benchFrames = frames;
map.on('render', () => (frames.render = performance.now()));
map.on('idle', () => (frames.idle = performance.now()));

map.once('load', () => {
  times.loadAt = performance.now();
  const check = () => {
    if (!map.loaded()) return;
    map.off('idle', check);
    times.idleAt = performance.now();
  };
  map.on('idle', check);
});

const districtAt = (point: { x: number; y: number }) => map.queryRenderedFeatures([point.x, point.y], { layers: [...BARE.hitLayers] })[0];
const mark = (id: string | number | undefined, key: string, on: boolean) => {
  if (id !== undefined) map.setFeatureState({ source: BARE.source, id }, { [key]: on });
};

let hovered: string | number | undefined;
map.on('mousemove', (e) => {
  const id = districtAt(e.point)?.id;
  map.getCanvas().style.cursor = id === undefined ? '' : 'pointer';
  if (id === hovered) return;
  mark(hovered, BARE.hover, false);
  hovered = id;
  mark(hovered, BARE.hover, true);
});

map.on('click', (e) => {
  const feature = districtAt(e.point);
  if (!feature) return;
  const popup = new Popup().setLngLat(e.lngLat).setText(String(feature.properties[BARE.name])).addTo(map);
  // as the app's popup host does: the text first, the outline on the next frame (a map repaint
  // in software rendering takes far longer than the popup's DOM)
  requestAnimationFrame(() => {
    if (popup.isOpen()) mark(feature.id, BARE.selected, true);
  });
  popup.on('close', () => mark(feature.id, BARE.selected, false));
});
