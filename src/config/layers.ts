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
  /** the former NKAO, a light tint over the rayons it overlaps; also a click target */
  nkaoFill: 'nkao-fill',
  /** a band just inside the NKAO outline in the colour of its own figure's class */
  nkaoBand: 'nkao-band',
  countryOutline: 'context-country-outline',
  districtOutline: 'district-outline',
  nkaoOutline: 'nkao-outline',
  districtHighlight: 'district-highlight',
  frame: 'frame-line',
  countryLabel: 'country-label',
  districtLabel: 'district-label',
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

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
  LAYER.nkaoFill,
  LAYER.countryOutline,
  LAYER.districtOutline,
  LAYER.nkaoBand,
  LAYER.nkaoOutline,
  LAYER.districtHighlight,
  LAYER.frame,
  LAYER.countryLabel,
  LAYER.districtLabel,
];

/** The layers a click or a hover can hit, in the order their popups are shown (rayon first). */
export const CLICKABLE_LAYERS: readonly LayerId[] = [LAYER.districtFill, LAYER.nkaoFill];

/** Images added at run time (map.addImage), referenced by name in the style. */
export const IMAGE = { noFigureHatch: 'no-figure-hatch' } as const;

/** Font names as the style's `font-faces` declares them and `text-font` asks for them. */
export const FONT = { regular: 'Noto Sans Regular', bold: 'Noto Sans Bold' } as const;
