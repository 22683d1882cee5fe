/**
 * Metrics added for issue 6's coverage of the seed article: figures of the article that no
 * earlier metric could hold. METRICS spreads this list.
 */
export const ARTICLE_METRICS = [
  /** the article's "10, 563 sq. miles", kept as printed (the data check converts 17,000 km²) */
  'area_under_control_or_affected_sq_mi',
  /** when the NKAO was created ("Further in 1923 … autonomous status") */
  'date_established',
  /** the Regional Soviet's decision to transfer the NKAO to Armenia (20 February 1988) */
  'date_transfer_decision',
  /** the cease-fire that ended the war (May 1994) */
  'date_ceasefire',
  /** the years of the war as a date range */
  'war_period',
  /** the first wave of displacement (refugees, 1988 to early 1991), as a date range */
  'displacement_first_wave',
  /** the second wave (end of 1991 to May 1994), as a date range; kept apart from the first */
  'displacement_second_wave',
  /** a heritage site put to another use, in words (text value): "the Azykh cave … transformed into the depot" */
  'heritage_site_misuse',
  /** how long a place had been cut off by road before an attack, in months */
  'cut_off_by_road_months',
] as const;
export type ArticleMetric = (typeof ARTICLE_METRICS)[number];
