/**
 * The baseline of P1, P2 and P6 (BENCH.md): a bare MapLibre page, no app code. The bench writes
 * style.json next to this page from the app's own style builder (same sources, layers, camera
 * and fonts); this page only creates the map, times its first full idle, and on a click opens a
 * text popup for the district under the pointer.
 */
import { Map as MapLibreMap, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LoadTimes } from '../bench-window.ts';
import './baseline.css';

/** the app's district fill layer and the name it labels districts with (checked by bench/baseline-style.ts) */
const DISTRICT_FILL = 'district-fill';
const NAME = 'name_az';

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
window.__bench = { map };
times.createdAt = performance.now();

map.once('load', () => {
  times.loadAt = performance.now();
  const check = () => {
    if (!map.loaded()) return;
    map.off('idle', check);
    times.idleAt = performance.now();
  };
  map.on('idle', check);
});

map.on('click', (e) => {
  const feature = map.queryRenderedFeatures(e.point, { layers: [DISTRICT_FILL] })[0];
  if (!feature) return;
  new Popup().setLngLat(e.lngLat).setText(String(feature.properties[NAME])).addTo(map);
});
