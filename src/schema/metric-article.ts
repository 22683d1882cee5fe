/**
 * Metrics added for issue 6's coverage of the seed article: figures of the article that no
 * earlier metric could hold. METRICS spreads this list.
 */
export const ARTICLE_METRICS = [
  /** the article's "10, 563 sq. miles", kept as printed (the data check converts 17,000 km²) */
  'area_occupied_affected_sq_mi',
] as const;
export type ArticleMetric = (typeof ARTICLE_METRICS)[number];
