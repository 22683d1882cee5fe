/**
 * Where the place search leads on the map: it brings the place into view and opens what holds
 * its figures. A district opens its popup; a town or site a source names opens the popup of the
 * district it lies in; an event place turns its event layer on and opens its popup; a gazetteer
 * town opens the district it lies in at its point, or a short popup saying what it is. (An area
 * with no outline opens in the national panel: src/app/side-panels.ts.) The popup is opened
 * first and the camera moves after, so the move is never cut short by the popup's own jump to
 * an anchor out of view; MapLibre jumps instead of flying when the reader prefers reduced motion.
 */
import type { Position } from 'geojson';
import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import { targetDistrict, type SearchTarget } from '../data/search-entries.ts';
import type { AtlasMap, Bounds } from '../map/atlas-map.ts';
import type { DistrictFeature } from '../schema/index.ts';
import { buildTownPopup } from '../ui/town-popup.ts';
import type { EventLayer } from './event-layer.ts';

export interface SearchGoDeps {
  data: AtlasData;
  index: AtlasIndex;
  atlasMap: AtlasMap;
  eventLayer: EventLayer;
  /** opens a district's popup at a point; focus returns to `from` when it closes */
  openPlaceAt(id: PlaceId, at: [number, number], from: HTMLElement): void;
  labelPoint(id: PlaceId): [number, number];
}

/** Half the side of the box the map shows around a point: a town with its surroundings (~40 km), a village of an event closer. */
const TOWN_SPAN = 0.25;
const EVENT_PLACE_SPAN = 0.04;

const around = ([lon, lat]: [number, number], span: number): Bounds => [lon - span, lat - span, lon + span, lat + span];

function boundsOf(g: DistrictFeature['geometry']): Bounds {
  const ring = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap((p) => p[0] ?? []);
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring as Position[]) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

export function searchGo({ data, index, atlasMap, eventLayer, openPlaceAt, labelPoint }: SearchGoDeps): (target: SearchTarget, from: HTMLElement) => void {
  const districtBounds = (id: PlaceId): Bounds | null => {
    const f = data.districts.features.find((x) => x.properties.id === id);
    return f ? boundsOf(f.geometry) : null;
  };
  const openDistrict = (id: PlaceId, from: HTMLElement) => {
    openPlaceAt(id, labelPoint(id), from);
    const b = districtBounds(id);
    if (b) atlasMap.fitTo(b, true);
  };

  return (target, from) => {
    switch (target.kind) {
      case 'district':
        return openDistrict(target.id, from);
      case 'area': {
        const id = targetDistrict(target, index);
        if (id) openDistrict(id, from);
        return;
      }
      case 'event-place':
        eventLayer.openEventSubject(target.id, from);
        if (target.at) atlasMap.fitTo(around(target.at, EVENT_PLACE_SPAN), true);
        return;
      case 'town': {
        const { town } = target;
        if (town.district) openPlaceAt(town.district, town.point, from);
        else {
          eventLayer.forgetOpenPopup();
          atlasMap.showPopup(town.point, buildTownPopup(town), [], from);
        }
        atlasMap.fitTo(around(town.point, TOWN_SPAN), true);
        return;
      }
    }
  };
}
