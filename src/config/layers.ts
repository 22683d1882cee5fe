/**
 * Source and layer ids, in one place so that the style, the click router and the tests name the
 * same things. LAYER_ORDER is the drawing order, bottom first; the style sorts by it.
 */
export const SOURCE = {
  context: 'context',
  districts: 'districts',
  districtLabels: 'district-labels',
  countryLabels: 'country-labels',
  /** the region rectangle: water inside it where no country is drawn, a neat line around it */
  frame: 'frame',
  /** places, areas, routes and measures of the event layers (geodata/events.geojson) */
  events: 'events',
  /** one point per described place, at the label point the build computed for its area */
  eventLabels: 'event-labels',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER = {
  background: 'background',
  sea: 'frame-sea',
  countryFill: 'context-country-fill',
  lakeFill: 'context-lake-fill',
  river: 'context-river',
  rayonOutline: 'context-rayon-outline',
  /** every district except the NKAO outline, shaded by displaced people; the click target */
  districtFill: 'district-fill',
  /** hatch over the districts that have no figure in the sources */
  districtNoFigure: 'district-no-figure',
  /** two-tone stripes over the districts whose figures fall in different classes (damage themes only) */
  districtDiffer: 'district-differ',
  /** on the timeline: a hatch over the districts of which a part changed control */
  districtPartly: 'district-partly',
  /**
   * the former NKAO's area, never painted (the rayons under it keep their own colours): the
   * click and hover target of the NKAO outline
   */
  nkaoFill: 'nkao-fill',
  /**
   * the NKAO outline drawn wide in the colour of its own figure's class (striped where its
   * sources differ), under the dashed line; hidden when the theme has no figure for it
   */
  nkaoFigure: 'nkao-figure',
  countryOutline: 'context-country-outline',
  districtOutline: 'district-outline',
  nkaoOutline: 'nkao-outline',
  /** "former NKAO (1991)" along the dashed line */
  nkaoLabel: 'nkao-label',
  districtHighlight: 'district-highlight',
  frame: 'frame-line',
  countryLabel: 'country-label',
  districtLabel: 'district-label',
  // the event layers: every id starts with "event-", all hidden until an event is shown
  /** the route's uncertainty corridor: a light tint, a thin dashed edge */
  eventCorridorFill: 'event-corridor-fill',
  eventCorridorEdge: 'event-corridor-edge',
  /** where the descriptions put a place that has no sourced coordinates: hatched, never a point */
  eventDescribedFill: 'event-described-fill',
  eventDescribedOutline: 'event-described-outline',
  /** the uncertainty radius around an approximate point */
  eventUncertaintyFill: 'event-uncertainty-fill',
  eventUncertaintyOutline: 'event-uncertainty-outline',
  /** the straight line the map measures, dotted (white dots under ink dots), with its "map calculation" label along it */
  eventMeasureCasing: 'event-measure-casing',
  eventMeasure: 'event-measure',
  eventRouteCasing: 'event-route-casing',
  eventRoute: 'event-route',
  eventRouteArrows: 'event-route-arrows',
  eventMeasureLabel: 'event-measure-label',
  eventDescribedLabel: 'event-described-label',
  /** points by precision: exact solid with a halo, approximate hollow */
  eventPlace: 'event-place',
  eventPlaceLabel: 'event-place-label',
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Every layer the event toggle shows and hides, in drawing order: listed, never picked by id prefix. */
export const EVENT_LAYERS: readonly LayerId[] = [
  LAYER.eventCorridorFill,
  LAYER.eventCorridorEdge,
  LAYER.eventDescribedFill,
  LAYER.eventDescribedOutline,
  LAYER.eventUncertaintyFill,
  LAYER.eventUncertaintyOutline,
  LAYER.eventMeasureCasing,
  LAYER.eventMeasure,
  LAYER.eventRouteCasing,
  LAYER.eventRoute,
  LAYER.eventRouteArrows,
  // Symbol layers higher up are placed first. "<name> — no sourced coordinate" is always drawn
  // (on a free side of its area's label point if there is one); the place names move around their
  // dots; the measure's label, with only one place to go (the middle of its line), goes first.
  LAYER.eventDescribedLabel,
  LAYER.eventPlaceLabel,
  LAYER.eventMeasureLabel,
  // the points over every label, so no text ever hides where a place is
  LAYER.eventPlace,
];

export const LAYER_ORDER: readonly LayerId[] = [
  LAYER.background,
  LAYER.sea,
  LAYER.countryFill,
  LAYER.lakeFill,
  // rivers sit under the district fills: a district's colour must read true everywhere inside it
  LAYER.river,
  LAYER.rayonOutline,
  LAYER.districtFill,
  LAYER.districtNoFigure,
  LAYER.districtDiffer,
  LAYER.districtPartly,
  LAYER.nkaoFill,
  LAYER.countryOutline,
  LAYER.districtOutline,
  LAYER.nkaoFigure,
  LAYER.nkaoOutline,
  LAYER.districtHighlight,
  LAYER.frame,
  LAYER.countryLabel,
  LAYER.districtLabel,
  // over the district labels: symbols higher up are placed first, and the NKAO's name has one
  // stretch of its line to go at the opening view, while a district's name can move around its point
  LAYER.nkaoLabel,
  // the event layers over the whole district map, labels included: when a reader turns them on,
  // they are what the reader asked to see
  ...EVENT_LAYERS,
];

/** The layers a click or a hover can hit, in the order their popups are shown (rayon first). */
export const CLICKABLE_LAYERS: readonly LayerId[] = [LAYER.districtFill, LAYER.nkaoFill];

/**
 * Event layers a click can hit, most specific first: a point, then the area of a place (the
 * described area lies on the route it was cut from, so the place must win there), then the
 * lines, then the corridor. Every event hit outranks the district under it.
 */
export const EVENT_CLICKABLE_LAYERS: readonly LayerId[] = [
  LAYER.eventPlace,
  LAYER.eventPlaceLabel,
  LAYER.eventDescribedFill,
  LAYER.eventDescribedLabel,
  LAYER.eventUncertaintyFill,
  LAYER.eventRoute,
  LAYER.eventRouteArrows,
  LAYER.eventMeasure,
  LAYER.eventMeasureLabel,
  LAYER.eventCorridorFill,
];

/** Images added at run time (map.addImage), referenced by name in the style. */
export const IMAGE = {
  noFigureHatch: 'no-figure-hatch',
  /** two-tone stripes: a district's figures fall in different classes of the damage theme */
  sourcesDiffer: 'sources-differ-stripes',
  /** the timeline's "partly": the status before, hatched with the other's colour */
  controlPartly: 'control-partly-hatch',
  /** transparent diagonal hatch for a place known only from descriptions */
  eventDescribedHatch: 'event-described-hatch',
  /** a chevron pointing along a line, for the route's direction (the label font has no arrows) */
  eventArrow: 'event-arrow',
} as const;

/** Font names as the style's `font-faces` declares them and `text-font` asks for them. */
export const FONT = { regular: 'Noto Sans Regular', bold: 'Noto Sans Bold' } as const;
