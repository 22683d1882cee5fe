/** The region the atlas opens on: [west, south, east, north], lon/lat. */
export const REGION_BOUNDS: [number, number, number, number] = [44.0, 38.2, 49.6, 41.95];

/** Pixels kept free around the region when fitting it. */
export const FIT_PADDING = 24;

/** Panning stops a little beyond the clipped context data, so the reader never pans into nothing. */
export const MAX_BOUNDS: [number, number, number, number] = [40.0, 36.0, 53.5, 44.0];

export const MIN_ZOOM = 5;
/** 12: the event layer's places lie 1–2 km apart; beyond that the 1:10m outlines are too coarse to read */
export const MAX_ZOOM = 12;

/**
 * Where country names are placed: the context polygons are clipped to the region, so their own
 * centres fall in odd places. The names themselves come from the context data. MapLibre does not
 * know where the page's controls sit, so the points keep the names clear of them at the opening
 * view: Georgia's east of the layer control (top left), Azerbaijan's west of the legend (right),
 * on screens from 1024 px wide (tests/e2e/map-labels.test.ts); each point lies in its country
 * (tests/data/country-label-points.test.ts).
 */
export const COUNTRY_LABEL_POINTS: Readonly<Record<string, [number, number]>> = {
  ARM: [44.75, 40.3],
  GEO: [46.32, 41.3],
  IRN: [47.3, 38.45],
  TUR: [44.25, 39.55],
  RUS: [47.7, 41.85],
  AZE: [47.55, 40.95],
};

/**
 * At or below this page width the page is laid out for a phone: popups open as a bottom sheet,
 * the map controls fold into one menu, tap targets are at least 44 px (src/ui/phone.css says the same).
 */
export const PHONE_MAX_WIDTH_PX = 600;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH_PX}px)`;

/**
 * From this zoom the former NKAO's name follows its outline closely; below it, a looser line along
 * the outline's straightest stretch (src/data/nkao-label-lines.ts).
 */
export const NKAO_LABEL_DETAIL_ZOOM = 8;

/**
 * The timeline's axis: from the first displacements and the NKAO's transfer request (1988) to the
 * last return the sources date (May 2024), whole years either side.
 */
export const TIMELINE_AXIS = { from: '1988-01-01', to: '2024-12-31' } as const;

/**
 * The parts of the axis a reader can draw it for: all of it, and the two periods where its marks
 * crowd (the first war and its resolutions; the 2016 clashes to the last returns), so that each
 * mark there can be told apart and pressed.
 */
export const TIMELINE_PERIODS = [
  { from: '1988-01-01', to: '2024-12-31' },
  { from: '1988-01-01', to: '1994-12-31' },
  { from: '2016-01-01', to: '2024-12-31' },
] as const;
