import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT, IMAGE, LAYER, SOURCE } from '../config/layers.ts';
import { EVENT, EVENT_TINT_OPACITY } from '../config/palette.ts';

export interface EventLayerOptions {
  /** ids of the events shown; none → every event layer is hidden (the default) */
  shown: readonly string[];
  /** the words after a described place's name on the map: "— no sourced coordinate" */
  describedSuffix: string;
}

type Kind = 'place' | 'uncertainty' | 'described-area' | 'route' | 'corridor' | 'measure';

/** What the described-place labels need: the place, its event, its name and where the label goes. */
export interface DescribedPlaceLike {
  id: string;
  event: string;
  name_az: string;
  location: { precision: string };
  drawn_at: [number, number] | null;
}

/** One point per described place that has a drawn area, for its "no sourced coordinate" label. */
export function describedLabelPoints(places: readonly DescribedPlaceLike[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.flatMap((p) =>
      p.location.precision === 'described' && p.drawn_at
        ? [{ type: 'Feature' as const, properties: { kind: 'described-area', id: p.id, event: p.event, name_az: p.name_az }, geometry: { type: 'Point' as const, coordinates: p.drawn_at } }]
        : [],
    ),
  };
}

/** Features of one kind, of an event that is shown. */
function only(kind: Kind, shown: readonly string[]): FilterSpecification {
  return ['all', ['==', ['get', 'kind'], kind], ['in', ['get', 'event'], ['literal', [...shown]]]];
}

/** 1 while the feature's popup is open (feature-state on the events source, keyed by our id). */
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const whenSelected = (on: number, off: number): ExpressionSpecification => ['case', selected, on, off];
const isExact: ExpressionSpecification = ['==', ['get', 'precision'], 'exact'];
/** Dot size and spacing of the measure line (spacing in line widths, as dasharray counts it). */
const MEASURE_WIDTH = 2;
const MEASURE_GAP = 2.5;
const byZoom = (z7: number, z11: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 7, z7, 11, z11];

/**
 * The event layers: the route's corridor as a light tint with a dashed edge; a described place as
 * a hatched area with a dashed outline and "<name> — no sourced coordinate" (never a point); an
 * approximate place as a hollow dot in its uncertainty circle; an exact place as a solid dot with
 * a halo; the route dashed with direction chevrons; the measure dotted with its label along it.
 * Visibility and the event filter are set here, so showing an event is re-applying these layers.
 */
export function eventLayers(opts: EventLayerOptions): LayerSpecification[] {
  const visibility = opts.shown.length > 0 ? 'visible' : 'none';
  const f = (kind: Kind) => only(kind, opts.shown);
  const layers: LayerSpecification[] = [
    {
      id: LAYER.eventCorridorFill,
      type: 'fill',
      source: SOURCE.events,
      filter: f('corridor'),
      layout: { visibility },
      paint: { 'fill-color': EVENT.tint, 'fill-opacity': whenSelected(EVENT_TINT_OPACITY * 2, EVENT_TINT_OPACITY) },
    },
    {
      id: LAYER.eventCorridorEdge,
      type: 'line',
      source: SOURCE.events,
      filter: f('corridor'),
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': EVENT.ink, 'line-width': 1, 'line-opacity': 0.75, 'line-dasharray': [4, 3] },
    },
    {
      id: LAYER.eventDescribedFill,
      type: 'fill',
      source: SOURCE.events,
      filter: f('described-area'),
      layout: { visibility },
      paint: { 'fill-pattern': IMAGE.eventDescribedHatch },
    },
    {
      id: LAYER.eventDescribedOutline,
      type: 'line',
      source: SOURCE.events,
      filter: f('described-area'),
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': EVENT.ink, 'line-width': whenSelected(3.2, 1.8), 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.eventUncertaintyFill,
      type: 'fill',
      source: SOURCE.events,
      filter: f('uncertainty'),
      layout: { visibility },
      paint: { 'fill-color': EVENT.tint, 'fill-opacity': whenSelected(EVENT_TINT_OPACITY * 2, EVENT_TINT_OPACITY) },
    },
    {
      id: LAYER.eventUncertaintyOutline,
      type: 'line',
      source: SOURCE.events,
      filter: f('uncertainty'),
      layout: { visibility },
      paint: { 'line-color': EVENT.ink, 'line-width': whenSelected(2.4, 1.2), 'line-dasharray': [2, 2] },
    },
    {
      id: LAYER.eventMeasureCasing,
      type: 'line',
      source: SOURCE.events,
      filter: f('measure'),
      layout: { visibility, 'line-cap': 'round' },
      // the same dot spacing in pixels as the ink dots (dashes scale with the width), so each ink
      // dot sits on a larger white one and reads on the darkest district colour
      paint: { 'line-color': EVENT.casing, 'line-width': MEASURE_WIDTH + 2.4, 'line-dasharray': [0.1, (MEASURE_GAP * MEASURE_WIDTH) / (MEASURE_WIDTH + 2.4)] },
    },
    {
      id: LAYER.eventMeasure,
      type: 'line',
      source: SOURCE.events,
      filter: f('measure'),
      // round caps turn near-zero dashes into dots: a dotted line reads as "drawn by the map"
      layout: { visibility, 'line-cap': 'round' },
      paint: { 'line-color': EVENT.measure, 'line-width': MEASURE_WIDTH, 'line-dasharray': [0.1, MEASURE_GAP] },
    },
    {
      id: LAYER.eventRouteCasing,
      type: 'line',
      source: SOURCE.events,
      filter: f('route'),
      layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': EVENT.casing, 'line-width': whenSelected(8, 6), 'line-opacity': 0.85 },
    },
    {
      id: LAYER.eventRoute,
      type: 'line',
      source: SOURCE.events,
      filter: f('route'),
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': EVENT.ink, 'line-width': whenSelected(4, 3), 'line-dasharray': [2.5, 1.5] },
    },
    {
      id: LAYER.eventRouteArrows,
      type: 'symbol',
      source: SOURCE.events,
      filter: f('route'),
      layout: {
        visibility,
        'symbol-placement': 'line',
        'symbol-spacing': 110,
        'icon-image': IMAGE.eventArrow,
        'icon-size': 0.75,
        'icon-rotation-alignment': 'map',
        // the chevron shows the direction of travel: it must never be flipped to stay "upright"
        'icon-keep-upright': false,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: LAYER.eventMeasureLabel,
      type: 'symbol',
      source: SOURCE.events,
      filter: f('measure'),
      layout: {
        visibility,
        'symbol-placement': 'line-center',
        'text-field': ['get', 'label'],
        'text-font': [FONT.regular],
        'text-size': byZoom(10, 11.5),
        // beside the dotted line, on the side away from a route drawn above it
        'text-offset': [0, 0.9],
        'text-max-angle': 30,
      },
      paint: { 'text-color': EVENT.measure, 'text-halo-color': EVENT.labelHalo, 'text-halo-width': 1.8 },
    },
    {
      id: LAYER.eventDescribedLabel,
      type: 'symbol',
      // at the build's label point for the area (atlas.json drawn_at), not MapLibre's own pick,
      // which can fall on a place's dot
      source: SOURCE.eventLabels,
      filter: ['in', ['get', 'event'], ['literal', [...opts.shown]]],
      layout: {
        visibility,
        'text-field': ['concat', ['get', 'name_az'], ` ${opts.describedSuffix}`],
        'text-font': [FONT.bold],
        'text-size': byZoom(11, 13),
        'text-max-width': 9,
        'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
        'text-radial-offset': 0.7,
        // with variable anchors MapLibre first tries every side without overlap, then overlaps:
        // the statement that the place has no coordinates is never dropped
        'text-allow-overlap': true,
      },
      paint: { 'text-color': EVENT.ink, 'text-halo-color': EVENT.labelHalo, 'text-halo-width': 2 },
    },
    {
      id: LAYER.eventPlace,
      type: 'circle',
      source: SOURCE.events,
      filter: f('place'),
      layout: { visibility },
      paint: {
        // exact: a solid dot with a white halo; approximate: hollow, so it cannot pass for exact
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, whenSelected(6.5, 4.5), 11, whenSelected(8.5, 6.5)],
        'circle-color': ['case', isExact, EVENT.ink, EVENT.casing],
        'circle-stroke-color': ['case', isExact, EVENT.casing, EVENT.ink],
        'circle-stroke-width': ['case', isExact, 2, 2.6],
      },
    },
    {
      id: LAYER.eventPlaceLabel,
      type: 'symbol',
      source: SOURCE.events,
      filter: f('place'),
      layout: {
        visibility,
        'text-field': ['get', 'name_az'],
        'text-font': [FONT.bold],
        'text-size': byZoom(11.5, 14),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-left', 'top-right', 'bottom-right'],
        'text-radial-offset': 0.9,
        'text-max-width': 9,
      },
      paint: { 'text-color': EVENT.labelText, 'text-halo-color': EVENT.labelHalo, 'text-halo-width': 2 },
    },
  ];
  return layers;
}
