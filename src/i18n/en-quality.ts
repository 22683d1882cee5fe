import type { CheckCategory } from '../schema/index.ts';

/** The data-quality view's words. */
export const QUALITY = {
  heading: 'Data quality',
  intro:
    'Every contradiction and gap this map knows of, computed from the figures when the data was built. A check never decides which source is right: it shows what each says.',
  open: 'Open the data-quality view',
  close: 'Close',
  summary: (differs: number, total: number): string => `${total} checks: ${differs} show figures that differ`,
  coverageHeading: 'Coverage of the article',
  coverage: (inData: number, total: number, pct: string): string =>
    `${inData} of the ${total} figures and dates in the seed article are in the data (${pct}%).`,
  coverageOut: (n: number): string => `${n} set aside as out of scope, each with its reason`,
  filterLabel: 'Show',
  filterAll: (n: number): string => `All checks (${n})`,
  resultLabel: { consistent: 'consistent', differs: 'differs', listed: 'list' } as const,
  computed: 'Computed by this map',
  stated: 'Stated by the source',
  figuresInvolved: (n: number): string => `Figures involved (${n})`,
  placesNamed: 'Places named',
  showFigure: 'Show where it is',
  showPlace: 'Show on the map',
  /** a popup badge: which kind of check, and its result ("sum: differs") */
  badgeCheck: (category: CheckCategory, result: string): string => `${BADGE_KIND[category]}: ${result}`,
  openCheck: (title: string): string => `Open the data check “${title}”`,
  noDamage: (name: string): string => `No source in this atlas gives a damage figure for ${name}. Nothing is estimated.`,
  damageHeading: 'Damage, as each source states it',
  damageSummary: (figures: number, sources: number): string =>
    `${figures} ${figures === 1 ? 'figure' : 'figures'} from ${sources} ${sources === 1 ? 'source' : 'sources'}`,
} as const;

const BADGE_KIND: Record<CheckCategory, string> = {
  arithmetic: 'sum check',
  conversion: 'conversion check',
  wording: 'compared',
  'sources-differ': 'sources differ',
  'dates-differ': 'dates differ',
  series: 'series',
  'map-measure': 'area vs map',
  gap: 'gap',
  'single-source': 'single source',
  'unchecked-quote': 'quote not read in the original',
  'no-source-named': 'no source named',
};

/** Each category's heading and what it means, in the view's order (src/schema/check.ts). */
export const CATEGORY: Record<CheckCategory, { label: string; about: string }> = {
  arithmetic: { label: 'Sums', about: "One source's figures added up by this map, against the total the same source states." },
  conversion: { label: 'Unit conversions', about: "One source's figure converted by this map, against the conversion the source prints." },
  wording: { label: 'Statements compared', about: 'Two statements set side by side because they seem to describe the same thing differently.' },
  'sources-differ': { label: 'Figures that differ', about: 'The same measure of the same place, given differently by different sources (or by one source at different times).' },
  'dates-differ': { label: 'Dates that differ', about: 'The same date, given differently.' },
  series: { label: 'Totals by year and source', about: 'National totals of different years and bodies, listed in time order and never combined.' },
  'map-measure': { label: 'Areas against the drawn boundary', about: "Stated areas more than 10% from this map's own measurement of the boundary it draws." },
  gap: { label: 'Gaps', about: 'Places no source in this atlas gives a figure for.' },
  'single-source': { label: 'Single-source figures', about: 'Figures only one claimant gives.' },
  'unchecked-quote': { label: 'Quotes not read in the original', about: 'Quotes this map has not read yet, and quotes it read only in a copy on another site than the original publisher’s.' },
  'no-source-named': { label: 'No source named', about: 'Figures whose text names no source for them.' },
};
