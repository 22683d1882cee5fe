/**
 * Colours, #rrggbb only (the legend exposes them as data-color and tests compare pixels to them).
 * The displaced-people ramp is ColorBrewer YlOrBr (4 classes); "no figure" is a neutral grey
 * with a hatch so that it can never be read as the lightest class, i.e. as zero.
 */
export const RAMP_IDP = ['#fed98e', '#fe9929', '#d95f0e', '#993404'] as const;

/**
 * The damage ramp: ColorBrewer Reds, the 4 darkest of 5. A sequential ramp apart from
 * RAMP_IDP (yellow-orange-brown) so a reader never reads a damage class as a displaced-people
 * class, and apart from the basemap's water blue and the group outlines' purple, blue and greens.
 */
export const RAMP_DAMAGE = ['#fcae91', '#fb6a4a', '#de2d26', '#a50f15'] as const;

/**
 * "Sources differ": a district whose figures (of different sources, or both ends of one range)
 * fall in different classes is drawn with wide two-tone stripes of the lightest and darkest
 * damage colours, falling to the right (the no-figure hatch rises to the right, thin, grey).
 */
export const SOURCES_DIFFER = { light: RAMP_DAMAGE[0], dark: RAMP_DAMAGE[3] } as const;

export const NO_FIGURE = {
  fill: '#e3e1dc',
  hatch: '#9c978c',
} as const;

export const BASE = {
  water: '#d7e6ee',
  /** outside the region, where no data is drawn: paper, not sea */
  background: '#f1efea',
  frame: '#8a8478',
  countryAze: '#faf8f4',
  countryOther: '#eeebe4',
  countryOutline: '#8a8478',
  rayonOutline: '#c9c3b7',
  river: '#8db8cf',
  lake: '#c5dce8',
  labelText: '#1d1d1b',
  labelHalo: '#ffffff',
  countryLabel: '#7a7468',
  nkaoOutline: '#1d1d1b',
  highlight: '#000000',
} as const;

/** Outline colour per group (src/schema/ids.ts GROUP_IDS); the legend reads the same record. */
export const GROUP_COLOUR = {
  'former-nkao': '#762a83',
  'seven-surrounding': '#253494',
  'border-armenia': '#1b7837',
  'line-of-contact': '#01737a',
  'nakhchivan-ar': '#4d4d4d',
} as const satisfies Record<string, `#${string}`>;

/**
 * The event layers. One accent, a magenta that no district class, group outline or
 * river uses, so a reader never takes an event mark for a district figure; lines get a white
 * casing so they read on the darkest class (Ağdam) as well as on the no-figure hatch. The
 * measure is the map's own calculation, not an event mark: neutral ink, dotted.
 */
export const EVENT = {
  ink: '#c2185b',
  /** corridor and uncertainty tints, drawn at low opacity */
  tint: '#f06292',
  casing: '#ffffff',
  measure: '#37474f',
  labelText: '#1d1d1b',
  labelHalo: '#ffffff',
} as const;

/** Opacity of the light fills (corridor, uncertainty circle): the districts' colours stay readable under them. */
export const EVENT_TINT_OPACITY = 0.18;
