/**
 * One area a source names without an outline (a de facto region, a country, a town): its name,
 * what the sources mean by it, why it is shown where it is, and its own figures. The district
 * popups and the national panel show areas through this one block.
 */
import { claimsByMetric, type AtlasIndex } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { areaName } from '../lib/format.ts';
import type { AreaRecord } from '../schema/index.ts';
import { buildMetricBlock, claimsFailedNotice, type ClaimContext } from './claim-rows.ts';
import { el } from './dom.ts';

export const areaAnchorId = (id: string): string => `area-${id}`;

export function buildAreaBlock(
  a: AreaRecord,
  index: AtlasIndex,
  ctx: ClaimContext,
  opts: { relation?: string; anchor?: boolean } = {},
): HTMLElement {
  const failed = index.claims.failure(a.id);
  const claims = index.claimsBySubject.get(a.id) ?? [];
  return el(
    'section',
    { class: 'area', 'data-testid': 'area', 'data-area-id': a.id, ...(opts.anchor ? { id: areaAnchorId(a.id), tabindex: '-1' } : {}) },
    el('h3', { class: 'area-name' }, areaName(a), opts.relation ? el('span', { class: 'area-relation' }, ` — ${opts.relation}`) : null),
    el('p', { class: 'area-note' }, a.note),
    a.basis ? el('p', { class: 'claim-cite' }, UI.areaBasis, a.basis) : null,
    ...(failed
      ? [claimsFailedNotice(failed)]
      : claimsByMetric(claims).map(([metric, list]) => buildMetricBlock(metric, list, ctx, { level: 'h4', anchor: opts.anchor }))),
  );
}
