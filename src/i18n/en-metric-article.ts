import type { ArticleMetric } from '../schema/metric-article.ts';

/** Labels of the metrics added for the article's coverage (issue 6). */
export const ARTICLE_METRIC_LABEL: Record<ArticleMetric, string> = {
  area_occupied_affected_sq_mi: 'Territory occupied and affected (sq mi, as printed)',
};
