/**
 * A place's dated changes of control in its popup: the status on the timeline's day first, then
 * every change with the claims that date it (quotes folded in each row), the part as the sources
 * give it, and why a date given for a wider area applies. Built from loaded claim files only.
 */
import { claimContext, partyOf, type AtlasIndex } from '../data/index-claims.ts';
import { METRIC_LABEL } from '../i18n/en.ts';
import { changeLine, HISTORY, STATUS_LABEL } from '../i18n/en-control.ts';
import type { StatusOn } from '../lib/control-status.ts';
import { attribution, formatDate, formatDaySpan, formatValue } from '../lib/format.ts';
import type { ControlChangeFirst } from '../schema/index.ts';
import { buildClaimRow, checkBadge } from './claim-rows.ts';
import { el } from './dom.ts';

/** "Control on 25 July 1993: Armenian forces or the de facto authorities (since 23 July 1993)" — the popup's lead on the timeline. */
export function statusLine(name: string, day: string, on: StatusOn<ControlChangeFirst>): HTMLElement {
  const last = on.since;
  const text =
    on.between !== null
      ? HISTORY.uncertain(changeLine(name, on.between.change.to, on.between.change.extent), formatDate(on.between.change.span.from), formatDate(on.between.change.span.to), on.between.change.dates.length === 1)
      : `${STATUS_LABEL[on.status]}${last ? HISTORY.since(formatDaySpan(last.span)) : ''}`;
  return el('p', { class: 'control-status', 'data-testid': 'control-status', 'data-status': on.status }, el('strong', {}, HISTORY.on(formatDate(day))), text);
}

function changeItem(name: string, c: ControlChangeFirst, index: AtlasIndex): HTMLLIElement {
  const ctx = claimContext(index);
  const coarser = new Set(c.dates.filter((d) => d.coarser).map((d) => d.claim));
  const words = index.claims.changeTexts.get(c.id);
  // the sources give different dates: the badge opens the check that lists them with the span drawn
  const datesCheck = ctx.checks.byId.get(`control-dates-${c.id}`);
  const rows = c.claims.flatMap((id) => {
    const claim = index.claimsById.get(id);
    return claim ? [buildClaimRow(claim, ctx, { lead: `${formatDaySpan(c.dates.find((d) => d.claim === id) ?? c.span)}${coarser.has(id) ? HISTORY.coarser : ''}` })] : [];
  });
  // the part's measures are figures of the place, listed with their quotes among its figures: named here in a line each
  const partRows = c.part_claims.flatMap((id) => {
    const claim = index.claimsById.get(id);
    if (!claim) return [];
    const who = attribution(partyOf(claim.claimed_by, ctx).name, claim.claimed_year);
    return [el('li', { class: 'control-part-figure', 'data-part-claim': id }, `${METRIC_LABEL[claim.metric]}: ${formatValue(claim.value, claim.unit)} ${who}`)];
  });
  return el(
    'li',
    { class: 'control-change', 'data-change-id': c.id, 'data-testid': 'control-change' },
    el('p', { class: 'control-change-head' }, el('strong', {}, formatDaySpan(c.span)), ` — ${changeLine(name, c.to, c.extent)}`, datesCheck ? ' ' : null, datesCheck ? checkBadge(datesCheck, HISTORY.datesDiffer, 'differ', ctx) : null),
    words?.part ? el('p', { class: 'control-part' }, HISTORY.part, words.part) : null,
    words?.basis ? el('p', { class: 'control-basis' }, HISTORY.basis, words.basis) : null,
    words?.note ? el('p', { class: 'claim-note' }, words.note) : null,
    el('p', { class: 'control-dated-by' }, HISTORY.datedBy(rows.length)),
    el('ul', { class: 'claims' }, ...rows),
    partRows.length > 0 ? el('p', { class: 'control-dated-by' }, HISTORY.partFigures) : null,
    partRows.length > 0 ? el('ul', { class: 'control-part-figures' }, ...partRows) : null,
  );
}

/**
 * The history fold: open when the timeline is open (the reader asked "who held it when"), folded
 * otherwise. `on` is the status on the timeline's day, or null when the timeline is closed.
 */
export function buildControlHistory(name: string, changes: readonly ControlChangeFirst[], index: AtlasIndex, day: string | null, on: StatusOn<ControlChangeFirst> | null): HTMLElement {
  const lead = day !== null && on !== null ? statusLine(name, day, on) : null;
  if (changes.length === 0) return el('section', { class: 'control-history', 'data-testid': 'control-history' }, lead, day !== null ? el('p', {}, HISTORY.none) : null);
  return el(
    'section',
    { class: 'control-history', 'data-testid': 'control-history' },
    lead,
    el(
      'details',
      { class: 'control-changes', open: day !== null },
      el('summary', {}, HISTORY.heading(changes.length)),
      el('ol', { class: 'control-change-list' }, ...changes.map((c) => changeItem(name, c, index))),
    ),
  );
}
