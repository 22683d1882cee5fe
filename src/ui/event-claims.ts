/**
 * What the event popups and the event card share: which claims belong to an event, how metrics
 * are grouped for the reader, and metric blocks that keep breakdowns under their totals.
 */
import type { AtlasIndex } from '../data/index-claims.ts';
import { claimsByMetric } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { formatValue } from '../lib/format.ts';
import type { Claim, EventEntry, Metric } from '../schema/index.ts';
import { TIME_METRICS as SCHEMA_TIME_METRICS, metricsPlacedBy } from '../schema/index.ts';
import { buildMetricBlock, claimAnchorId, splitBreakdowns, type ClaimContext } from './claim-rows.ts';

/** The death toll as the place popups show it (the card shows every count), in the metric table's order for it. */
export const DEATH_TOLL_METRICS: readonly Metric[] = metricsPlacedBy('toll');

/** People: deaths first, then the other consequences (the metric table places each). */
export const COUNT_METRICS: readonly Metric[] = metricsPlacedBy('counts');

export const FORCE_METRICS: readonly Metric[] = ['defenders', 'attackers', 'unit_involved'];

/** The stages of the night (the schema's list, in the order they happen when two share a time). */
export const TIME_METRICS: readonly Metric[] = SCHEMA_TIME_METRICS;

import { eventSubjects } from '../data/index-claims.ts';

export { eventSubjects };

/** All claims about the event, its places and its routes, in data order. */
export function eventClaims(index: AtlasIndex, event: EventEntry): Claim[] {
  return eventSubjects(event).flatMap((s) => index.claimsBySubject.get(s) ?? []);
}

/** "at Ağdam" for a claim about one of the event's places; nothing for the event itself. */
export function whereOf(index: AtlasIndex, event: EventEntry): (c: Claim) => string | undefined {
  return (c) => (c.subject === event.id ? undefined : UI.atPlace(index.eventNames.get(c.subject) ?? c.subject));
}

export interface CountBlocksOptions {
  /** DOM ids on rows, so a data check can move focus to one (the card only) */
  anchor?: boolean;
  level?: 'h3' | 'h4';
  /** one line per figure, citation folded with the quote (see ClaimRowOptions.compact) */
  compact?: boolean;
}

/**
 * One block per metric, in `metrics` order, claims side by side. A breakdown ("83 children" of
 * "613 killed") sits under its total; when other sources give a figure for the breakdown's own
 * metric, it is also set beside them in that metric's block, marked as part of its total, so
 * 83 and 63 stand side by side too. Never summed.
 */
export function countBlocks(
  claims: readonly Claim[],
  metrics: readonly Metric[],
  ctx: ClaimContext,
  where: (c: Claim) => string | undefined,
  opts: CountBlocksOptions = {},
): HTMLElement[] {
  // the metrics asked for, plus the breakdowns of their totals whatever their own metric
  const asked = new Set(claims.filter((c) => metrics.includes(c.metric)).map((c) => c.id));
  const wanted = claims.filter((c) => asked.has(c.id) || (c.part_of !== undefined && asked.has(c.part_of)));
  const { top, partsOf } = splitBreakdowns(wanted);
  const byId = new Map(wanted.map((c) => [c.id, c]));
  const topMetrics = new Set(top.map((c) => c.metric));
  const blocks: HTMLElement[] = [];
  const ordered = claimsByMetric(wanted).sort((a, b) => metrics.indexOf(a[0]) - metrics.indexOf(b[0]));
  for (const [metric, list] of ordered) {
    // a metric whose only figures are breakdowns is read under the totals, not repeated
    if (!topMetrics.has(metric) || !metrics.includes(metric)) continue;
    const block = buildMetricBlock(metric, list, ctx, {
      level: opts.level ?? 'h3',
      compact: opts.compact ?? false,
      partsOf,
      whereOf: (c) => {
        const total = c.part_of !== undefined ? byId.get(c.part_of) : undefined;
        const part = total ? UI.partOfTotal(formatValue(total.value, total.unit)) : undefined;
        return [where(c), part ? `(${part})` : undefined].filter(Boolean).join(' ') || undefined;
      },
    });
    blocks.push(block);
  }
  if (opts.anchor) anchorFirstRows(blocks);
  return blocks;
}

/**
 * DOM ids ("claim-<id>") on each claim's first row in reading order, so a data check can move
 * focus to it; a breakdown repeated beside other sources' figures appears twice, ids must not.
 */
function anchorFirstRows(blocks: readonly HTMLElement[]): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const row of block.querySelectorAll<HTMLElement>('li[data-claim-id]')) {
      const id = row.dataset.claimId ?? '';
      if (seen.has(id)) continue;
      seen.add(id);
      row.id = claimAnchorId(id);
      row.tabIndex = -1;
    }
  }
}
