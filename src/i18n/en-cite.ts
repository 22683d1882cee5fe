/**
 * Strings of permalinks, the data export and citations (English), apart from the page's own words
 * in en.ts.
 */
export const CITE = {
  // the address notice (src/ui/url-notice.ts), beyond the issue-4 reasons in en.ts
  urlOutOfRange: (name: string, value: string): string => `${name} “${value}” (out of range)`,
  urlMalformedValue: (name: string, value: string): string => `${name} “${value}” (could not be read)`,
  urlUnknownKind: (value: string): string => `sel “${value}” (not something this map can select)`,
  urlUnknownId: (value: string): string => `sel “${value}” (no such district or mark)`,
  urlUnknownLang: (value: string): string => `lang “${value}” (not a language of this map)`,
  urlDuplicate: (name: string): string => `a second “${name}” (the first is used)`,
  urlOtherVersion: (link: string, current: string): string =>
    `This link was made with data version ${link}; this map shows ${current}. Figures may have been added or corrected since.`,

  // "Cite this figure" and the citation dialog
  citeFigure: 'Cite',
  citeFigureLabel: 'Cite this figure',
  citeFigureTitle: 'Cite this figure',
  citeViewTitle: 'Cite this view',
  citeFormats: 'Citation format',
  citeLoading: 'Preparing the citation…',
  citeFailed: (why: string): string => `The citation could not be made: ${why}`,
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the text and copy it by hand',
  download: 'Download',
  close: 'Close',
  citeIntro:
    'The source of the figure, with the page and the figure in a note, the permalink of this view and the data version.',
  citeViewIntro:
    'This atlas as a dataset (with the data version and the permalink of this view), then the sources of the figures in view.',

  // notes inside the citations
  figureNote: (figure: string, claimId: string, version: string, permalink: string): string =>
    `${figure}. Cited via Karabakh Atlas (claim ${claimId}, data version ${version}): ${permalink}`,
  locatorNote: (locator: string): string => `at ${locator}`,
  citingNote: (cites: string): string => `citing ${cites}`,
  /** how closely this map read the quote: "quote: excerpt read" */
  readNote: (grade: string): string => `quote: ${grade}`,
  /** the note of a figure's own item: where the figure is written, and which record it is */
  figureItemNote: (sourceTitle: string, locator: string, claimId: string, version: string): string =>
    `Figure as stated in: ${sourceTitle}, ${locator}. Claim ${claimId}, data version ${version}.`,
  atlasTitle: 'Karabakh Atlas: map of the territories affected by the Nagorno-Karabakh war, every figure attributed to its source',
  atlasAuthor: 'Karabakh Atlas contributors',
  viewNote: (version: string, accessed: string): string => `Data version ${version}; view accessed ${accessed}.`,

  // the data export section
  exportDataHeading: 'Data of this view',
  exportDataIntro: 'The districts and event marks in view, with every figure about them and where it is written.',
  downloadGeoJson: 'Download GeoJSON',
  downloadCsv: 'Download CSV',
  downloadClaimsLayer: 'Download figures as points (GeoJSON)',
  citeView: 'Cite this view',
  exportNothing: 'Nothing of the atlas is in view: pan or zoom out first.',
  exportDone: (what: string, rows: number): string => `${what}: ${rows} ${rows === 1 ? 'figure' : 'figures'}.`,
  geojsonNote:
    'Features of the Karabakh Atlas in view, each with every claim about it (value as the source states it, who states it, source, page and quote). The map attributes figures; it does not adjudicate between them.',
} as const;

/** What each point of the claims layer is (its `point_is` column): never a location the sources do not give. */
export const CLAIMS_LAYER = {
  districtPoint: 'the district’s label point (the figure is about the whole district)',
  placePoint: (precision: string): string => (precision === 'exact' ? 'the place’s sourced coordinates' : 'the place’s approximate coordinates (see its uncertainty radius)'),
  describedPoint: 'a point inside the area the descriptions allow: no source gives coordinates for this place',
  routePoint: 'a point on the route as drawn (an illustration through the places the sources name)',
  eventPoint: 'a point among the event’s places in view (the figure is about the event as a whole)',
} as const;
