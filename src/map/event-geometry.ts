/**
 * Where to fit the view for an event and where to open a popup for one of its marks when it is
 * opened from the keyboard (a button in the card) rather than by a click on the map. Pure.
 */
import type { Position } from 'geojson';
import type { EventCollection, EventFeature } from '../schema/index.ts';
import type { Bounds } from './atlas-map.ts';

function positions(g: EventFeature['geometry']): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

/** [west, south, east, north] of an event's features; null when it draws nothing. */
export function eventBounds(events: EventCollection, eventId: string): Bounds | null {
  let b: Bounds | null = null;
  for (const f of events.features) {
    if (f.properties.event !== eventId) continue;
    for (const [x = 0, y = 0] of positions(f.geometry)) {
      b = b ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)] : [x, y, x, y];
    }
  }
  return b;
}

/**
 * A point on a line halfway along its vertices, for a route or measure popup; the middle vertex
 * of a line through places is one of those places, so a two-point line uses its midpoint.
 */
export function lineAnchor(events: EventCollection, kind: 'route' | 'measure', id: string): [number, number] | null {
  const f = events.features.find((x) => x.properties.kind === kind && x.properties.id === id);
  if (!f || f.geometry.type !== 'LineString') return null;
  const c = f.geometry.coordinates;
  const [a, b] = c;
  if (c.length === 2 && a && b) return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const mid = c[Math.floor(c.length / 2)];
  return mid ? [mid[0] ?? 0, mid[1] ?? 0] : null;
}
