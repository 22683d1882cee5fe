/**
 * Colours, #rrggbb only (the legend exposes them as data-color and tests compare pixels to them).
 * The displaced-people ramp is ColorBrewer YlOrBr (4 classes); "no figure" is a neutral grey
 * with a hatch so that it can never be read as the lightest class, i.e. as zero.
 */
export const RAMP_IDP = ['#fed98e', '#fe9929', '#d95f0e', '#993404'] as const;

/**
 * The damage ramp: ColorBrewer Reds, the 4 darkest of 5. A sequential ramp apart from
 * RAMP_IDP (yellow-orange-brown) so a reader never reads a damage class as a displaced-people
 * class, and apart from the basemap's water blue and the group outlines' violet, blues and teals.
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
  /**
   * The former NKAO's dashed outline: a near-black with a touch of plum rather than neutral ink,
   * because neutral ink and the darkest red and brown classes look alike to a reader without red
   * cones (tests/unit/palette-cvd.test.ts).
   */
  nkaoOutline: '#1a0b1b',
  highlight: '#000000',
} as const;

/**
 * Outline colour per group (src/schema/ids.ts GROUP_IDS); the legend reads the same record.
 * Chosen so that a reader with any of the three colour-vision deficiencies can tell them apart:
 * under a simulation of protanopia, deuteranopia and tritanopia (Machado 2009, severity 1) every
 * two of them, and the NKAO outline, stay at least 10 apart (CIEDE2000); each keeps 3:1 contrast
 * on the paper and the country fills and stays apart from every class colour. Dark or blue hues
 * only: to those readers a green line reads as olive on the orange and brown classes.
 * tests/unit/palette-cvd.test.ts measures all of it; GROUP_NEIGHBOURS lists which outlines meet.
 */
export const GROUP_COLOUR = {
  'former-nkao': '#9f5ce1',
  'seven-surrounding': '#101a73',
  'border-armenia': '#008782',
  'line-of-contact': '#005a63',
  'nakhchivan-ar': '#5f5f5f',
} as const satisfies Record<string, `#${string}`>;

/**
 * The outlines that meet on the map: groups whose districts share a border, and the NKAO outline
 * ('nkao') with the groups of the rayons it crosses or runs along. tests/data/palette-neighbours
 * derives the same pairs from geodata/districts.geojson, so a change of the data fails there.
 * Bordering Armenia (Qazax to Gədəbəy) and Nakhchivan touch no district of another group.
 */
export const GROUP_NEIGHBOURS: ReadonlyArray<readonly [string, string]> = [
  // Ağdam, Kəlbəcər, Laçın, Füzuli, Cəbrayıl and Qubadlı along Xocalı, Xocavənd and Şuşa
  ['former-nkao', 'seven-surrounding'],
  // Ağcabədi and Xocavənd
  ['former-nkao', 'line-of-contact'],
  // Tərtər, Goranboy, Ağcabədi and Beyləqan along Kəlbəcər, Ağdam and Füzuli
  ['seven-surrounding', 'line-of-contact'],
  // the 1991 line runs along and across the rayons of these three groups
  ['nkao', 'former-nkao'],
  ['nkao', 'seven-surrounding'],
  ['nkao', 'line-of-contact'],
];

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

/**
 * The timeline's statuses: ColorBrewer BrBG, a pale teal and two browns (neither side's flag
 * colours, no red against green). "Partly" is the lighter brown, between the two; a date in
 * dispute is drawn with the "sources differ" stripes (SOURCES_DIFFER), as a figure in dispute is.
 */
export const CONTROL_COLOUR = {
  azerbaijani: '#c7eae5',
  'armenian-or-de-facto': '#a6611a',
  partly: '#dfc27d',
} as const;

/**
 * "Partly" is drawn as the pale teal hatched with the brown, over the lighter brown: a village
 * (Kərki in Naxçıvan) and most of a district (Ağdam) alike, since no line is drawn for the part;
 * the popup gives the part as its sources do.
 */
export const CONTROL_PARTLY = { base: CONTROL_COLOUR.azerbaijani, hatch: CONTROL_COLOUR['armenian-or-de-facto'] } as const;
