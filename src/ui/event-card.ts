/**
 * The event card, at the top of the side panel while an event layer is on: what happened in the
 * sources' words, the timeline of the night with every source's time side by side, the counts
 * and forces by metric, the map's distance, where sources differ, and the places as buttons.
 */
import type { AtlasIndex } from '../data/index-claims.ts';
import { claimContext } from '../data/index-claims.ts';
import { checkExplanation, checkTitle } from '../i18n/en-checks.ts';
import { METRIC_LABEL, UI } from '../i18n/en.ts';
import { formatDateRange, formatNumber } from '../lib/format.ts';
import { buildTimeline } from '../lib/timeline.ts';
import type { Claim, DataCheck, EventEntry, SubjectId } from '../schema/index.ts';
import { badge, buildClaimRow, claimAnchorId, claimsFailedNotice, metricBadges, type ClaimContext } from './claim-rows.ts';
import { reveal } from './focus-claim.ts';
import { el } from './dom.ts';
import { COUNT_METRICS, FORCE_METRICS, TIME_METRICS, countBlocks, eventClaims, whereOf } from './event-claims.ts';
import { measureBlock, type EventRef } from './event-popup.ts';
import { markSwatch } from './legend-events.ts';

export interface EventCardActions {
  /** open a place's, the route's or the measure's popup; focus returns to `button` */
  open(ref: EventRef, button: HTMLElement): void;
  /** fit the map to the event */
  showOnMap(eventId: string): void;
  /** the reader closed the card (the layer stays on) */
  closed(eventId: string): void;
}

const PRECISION_WORD = { exact: 'exact point', approximate: 'approximate point', described: 'described only, no coordinates' } as const;

function timelineSection(claims: readonly Claim[], event: EventEntry, index: AtlasIndex, ctx: ClaimContext): HTMLElement {
  const stages = buildTimeline(claims, TIME_METRICS);
  const where = whereOf(index, event);
  const entries = stages.map((stage) => {
    const first = stage.claims[0];
    const place = first ? where(first) : undefined;
    const heading = el('h4', { class: 'metric-heading' }, first ? METRIC_LABEL[first.metric] : stage.metric, place ? ` ${place}` : '');
    for (const b of metricBadges(stage.claims)) heading.append(' ', badge(b));
    return el(
      'li',
      { class: 'timeline-entry', 'data-testid': 'timeline-entry', 'data-metric': stage.metric, 'data-subject': stage.subject },
      heading,
      el('ul', { class: 'claims' }, ...stage.claims.map((c) => buildClaimRow(c, ctx, { anchor: true, compact: true }))),
    );
  });
  return foldable('timeline', UI.timelineHeading, el('p', { class: 'panel-intro' }, UI.timelineIntro), el('ol', { class: 'timeline' }, ...entries))!;
}

/** A comparison from the build (83 against 63): both claims as full rows, then the explanation. */
function comparison(check: DataCheck, index: AtlasIndex, ctx: ClaimContext): HTMLElement {
  const rows = [...check.inputs, ...(check.against === null ? [] : [check.against])]
    .map((id) => index.claimsById.get(id))
    .filter((c): c is Claim => c !== undefined)
    .map((c) => buildClaimRow(c, ctx, { compact: true }));
  return el(
    'li',
    { class: `check check-${check.result}`, 'data-testid': 'event-comparison', 'data-check-id': check.id },
    el('h4', {}, checkTitle(check, index), ' ', el('span', { class: `badge badge-${check.result}` }, check.result)),
    el('ul', { class: 'claims' }, ...rows),
    el('p', { class: 'check-explanation' }, checkExplanation(check, index)),
  );
}

/**
 * A section of the card the reader can fold; open unless `closed` (the context a reader opens once,
 * not the figures they compare). Nothing to show → no section.
 */
function foldable(name: string, title: string, ...children: Array<Node | null>): HTMLElement | null {
  return section(name, title, true, ...children);
}

function section(name: string, title: string, open: boolean, ...children: Array<Node | null>): HTMLElement | null {
  const content = children.filter((c): c is Node => c !== null);
  if (content.length === 0) return null;
  return el(
    'details',
    { class: 'event-card-section', 'data-section': name, open: open ? true : undefined },
    el('summary', {}, el('h3', {}, title)),
    ...content,
  );
}

function placesSection(event: EventEntry, index: AtlasIndex, actions: EventCardActions): HTMLElement {
  const button = (ref: EventRef, mark: Parameters<typeof markSwatch>[0], name: string, what: string) => {
    const b = el(
      'button',
      { type: 'button', class: 'district-button event-place-button', 'data-testid': 'event-place-button', 'data-ref': `${ref.kind}:${ref.id}` },
      markSwatch(mark),
      el('span', { class: 'district-label' }, el('span', { class: 'district-name' }, name), ' ', el('span', { class: 'district-secondary' }, what)),
    );
    b.addEventListener('click', () => actions.open(ref, b));
    return el('li', {}, b);
  };
  const nameOf = (id: string) => index.eventNames.get(id as SubjectId) ?? id;
  return foldable(
    'places',
    UI.placesHeading,
    el('p', { class: 'panel-intro' }, UI.placesIntro),
    el(
      'ul',
      { class: 'district-buttons' },
      ...event.places.map((p) => button({ kind: 'place', id: p.id }, p.location.precision, p.name_az, PRECISION_WORD[p.location.precision])),
      ...event.routes.map((r) => button({ kind: 'route', id: r.id }, 'route', r.name_en, UI.routesLabel)),
      ...event.measures.map((m) => button({ kind: 'measure', id: m.id }, 'measure', `${nameOf(m.from)} – ${nameOf(m.to)}`, UI.measureButton(formatNumber(m.km)))),
    ),
  )!;
}

export function buildEventCard(event: EventEntry, index: AtlasIndex, actions: EventCardActions): HTMLElement {
  const ctx: ClaimContext = claimContext(index);
  const claims = eventClaims(index, event);
  const where = whereOf(index, event);
  const checks = index.atlas.checks.filter((c) => c.subject === event.id && c.category === 'wording');
  const headingId = `event-card-${event.id}-heading`;
  // the event's figures could not be fetched: the card says which file, and shows what the first load has
  const failed = index.claims.failure(event.id);
  const close = el('button', { type: 'button', class: 'event-card-close', 'aria-label': `${UI.eventCardClose}: ${event.short_name}` }, '×');
  close.addEventListener('click', () => actions.closed(event.id));
  const showOnMap = el('button', { type: 'button', class: 'country-button' }, UI.eventCardShowOnMap);
  showOnMap.addEventListener('click', () => actions.showOnMap(event.id));

  return el(
    'section',
    {
      class: 'panel event-card',
      id: `event-card-${event.id}`,
      'data-testid': 'event-card',
      'data-event-id': event.id,
      'aria-labelledby': headingId,
    },
    el('div', { class: 'event-card-head' }, el('h2', { id: headingId, tabindex: -1 }, event.name_en), close),
    el('p', { class: 'event-card-dates' }, `${formatDateRange(event.when.from, event.when.to)} · ${event.name_az}`),
    showOnMap,
    failed ? claimsFailedNotice(failed) : null,
    section('summary', UI.eventSummaryHeading, false, el('p', { class: 'event-card-summary' }, index.claims.summaries.get(event.id) ?? '')),
    // the places first: the way from the card to the map, and how sure anyone is about each
    placesSection(event, index, actions),
    timelineSection(claims, event, index, ctx),
    foldable('counts', UI.countsHeading, ...countBlocks(claims, COUNT_METRICS, ctx, where, { anchor: true, compact: true, level: 'h4' })),
    foldable('forces', UI.forcesHeading, ...countBlocks(claims, FORCE_METRICS, ctx, where, { anchor: true, compact: true, level: 'h4' })),
    foldable('measure', UI.measureHeading, ...event.measures.map((m) => measureBlock(m, index, 'h4'))),
    foldable('comparisons', UI.comparisonsHeading, checks.length ? el('ul', { class: 'check-list' }, ...checks.map((c) => comparison(c, index, ctx))) : null),
  );
}

/** Moves focus to a claim's row in the card (from a data check), or to the card's title. */
export function focusInCard(card: HTMLElement, claimId: string | undefined): void {
  const row = claimId ? card.querySelector<HTMLElement>(`#${CSS.escape(claimAnchorId(claimId))}`) : null;
  const target = row ?? card.querySelector<HTMLElement>('h2');
  // every folded section or breakdown around the claim opens to show it
  if (target) reveal(target, 'center');
}
