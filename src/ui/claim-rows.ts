import { citeShort } from '../lib/cite.ts';
import { attribution, formatDate, formatNumber, formatValue } from '../lib/format.ts';
import { NOT_STATED, type Claim, type Metric, type Party, type Source } from '../schema/index.ts';
import { partyOf } from '../data/index-claims.ts';
import { EVIDENCE, GRADE_LABEL, GRADE_MEANING, claimantName, sideLabel } from '../i18n/en-evidence.ts';
import { CITE } from '../i18n/en-cite.ts';
import { METRIC_LABEL, UI } from '../i18n/en.ts';
import type { CheckLookup, CheckNames } from '../data/check-index.ts';
import { checkBadgeWords, checkTitle } from '../i18n/en-checks.ts';
import { QUALITY } from '../i18n/en-quality.ts';
import type { DataCheck } from '../schema/index.ts';
import { el, type Child } from './dom.ts';

/** What every claim row needs to cite its source, and (where the page has them) its data checks. */
export interface ClaimContext {
  sourcesById: ReadonlyMap<string, Source>;
  partiesById: ReadonlyMap<string, Party>;
  /** the build's data checks: a figure involved in one carries a badge that opens it */
  checks?: CheckLookup;
  /** names of places for the badges' titles ("Open the data check “Laçın — Area: …”"); without them a place is named by its id */
  names?: CheckNames;
}

const NO_PLACE_NAMES = { districtsById: new Map(), eventsById: new Map(), eventPlacesById: new Map(), routesById: new Map(), areasById: new Map() };

export interface ClaimRowOptions {
  /** text shown in place of the formatted value (e.g. "Listed among …" for a group claim) */
  lead?: string;
  /** give the row a DOM id ("claim-<id>") so that a data check can link to it */
  anchor?: boolean;
  /** where the figure applies when the list mixes subjects ("at Ağdam") */
  where?: string;
  /** breakdowns of this total by the same source (claims whose `part_of` is this claim) */
  parts?: readonly Claim[];
  /**
   * One line per figure, the citation folded in with the quote: for long lists (the event card),
   * where full citations under every figure would push the other sources' figures out of view.
   */
  compact?: boolean;
}

export const claimAnchorId = (claimId: string): string => `claim-${claimId}`;

/** "Human Rights Watch (1994), “Seven Years of Conflict…”, p. 12; citing USAN Factsheet" */
export function citationText(claim: Claim, ctx: ClaimContext): string {
  const source = ctx.sourcesById.get(claim.source);
  const cite = source ? citeShort(source, claim.locator) : `${claim.source}, ${claim.locator}`;
  return claim.cites ? `${cite}; ${UI.citing}${claim.cites}` : cite;
}

function sourceLink(claim: Claim, ctx: ClaimContext): Child {
  const url = ctx.sourcesById.get(claim.source)?.url;
  if (!url) return null;
  // schema guarantees http(s); the link opens only on the reader's click (no request at load)
  return el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'claim-link' }, UI.sourcePage);
}

/**
 * "Cite" (this figure): a small button after the citation. It only carries the claim id: the
 * page-level wiring (src/app/permalink.ts) answers every such click in one listener, so rows
 * stay plain DOM in the popups, the cards and the panels alike.
 */
export function citeButton(claim: Claim): HTMLButtonElement {
  return el(
    'button',
    { type: 'button', class: 'link-button cite-figure', 'data-cite-claim': claim.id, 'data-testid': 'cite-figure', 'aria-label': CITE.citeFigureLabel },
    CITE.citeFigure,
  );
}

/** The citation line: short citation, the source page link, the Cite button. */
function citeLine(claim: Claim, ctx: ClaimContext): HTMLParagraphElement {
  const link = sourceLink(claim, ctx);
  return el('p', { class: 'claim-cite' }, citationText(claim, ctx), link ? ' · ' : null, link, ' · ', citeButton(claim));
}

/**
 * The source attributes the figure to a party but names no document for it ("no source given"),
 * or does not say whose figure it is at all.
 */
function unsourcedBadge(claim: Claim): Child {
  const text = claim.claimed_by === NOT_STATED ? EVIDENCE.notStated : claim.unsourced ? UI.noSourceGiven : null;
  if (text === null) return null;
  return el('span', { class: 'badge badge-unsourced', 'data-testid': 'badge', 'data-badge': 'unsourced' }, text);
}

/** A badge that opens the data-quality view at a check (one page-level listener answers it). */
export function checkBadge(check: DataCheck, text: string, kind: string, ctx: ClaimContext): HTMLButtonElement {
  const title = checkTitle(check, ctx.names ?? { ...NO_PLACE_NAMES, partiesById: ctx.partiesById });
  return el(
    'button',
    { type: 'button', class: `badge badge-${kind} badge-link`, 'data-testid': 'badge', 'data-badge': kind, 'data-open-check': check.id, title: QUALITY.openCheck(title) },
    text,
  );
}

/**
 * How closely the quote was read, in words on every row. A quote not read yet, or read only in a
 * copy, opens the list of such quotes in the data-quality view.
 */
function gradeBadge(claim: Claim, ctx: ClaimContext): Child {
  const grade = claim.read.grade;
  const list = grade === 'not-read' ? ctx.checks?.uncheckedList : grade === 'reproduction' ? ctx.checks?.copiesList : undefined;
  const b = list ? checkBadge(list, GRADE_LABEL[grade], `grade-${grade}`, ctx) : el('span', { class: `badge badge-grade-${grade}`, 'data-testid': 'badge' }, GRADE_LABEL[grade]);
  b.dataset.grade = grade;
  b.title = GRADE_MEANING[grade];
  return b;
}

/** "according to Government of Azerbaijan (2012), as relayed by …" with the party's side in words. */
function whoLine(claim: Claim, ctx: ClaimContext): Child[] {
  const party = partyOf(claim.claimed_by, ctx);
  const relay = claim.relayed_by === undefined ? '' : EVIDENCE.relayedBy(partyOf(claim.relayed_by, ctx).name);
  return [
    `, ${attribution(claimantName(party, claim.speaker), claim.claimed_year)}${relay}`,
    ' ',
    el('span', { class: `party-side side-${party.side}`, 'data-testid': 'party-side', title: party.basis }, `· ${sideLabel(party)}`),
  ];
}

/** "Derived by this map: 13,200 ha (converted by this map from km² to ha)" */
function derivedLine(claim: Claim): Child {
  if (!claim.derived) return null;
  const d = claim.derived;
  return el('p', { class: 'claim-derived', 'data-testid': 'derived' }, EVIDENCE.derivedLead, el('strong', {}, formatValue(d.value, d.unit)), ` (${d.method})`);
}

/** What the source is, where the atlas says so (the seed article: a one-sided text whose author is not named). */
function aboutSource(claim: Claim, ctx: ClaimContext): Child {
  const about = ctx.sourcesById.get(claim.source)?.about;
  return about ? el('p', { class: 'claim-about-source', 'data-testid': 'about-source' }, EVIDENCE.aboutSource, about) : null;
}

/** The read record in words, with a link to the copy where one was read. */
function readLine(claim: Claim, ctx: ClaimContext): HTMLParagraphElement {
  const via = claim.read.via?.url;
  return el(
    'p',
    { class: 'claim-checked', 'data-testid': 'how-read' },
    EVIDENCE.howRead,
    EVIDENCE.readSentence(claim.read, ctx.sourcesById.get(claim.source)),
    via ? ' ' : null,
    via ? el('a', { href: via, rel: 'noopener noreferrer', target: '_blank', class: 'claim-link' }, EVIDENCE.viaLink) : null,
    claim.read.note ? ` ${claim.read.note}` : null,
  );
}

/**
 * Breakdowns under their total, labelled as the same source's: shown, never added up, and never
 * set against the total as if they were competing figures.
 */
function partsList(parts: readonly Claim[] | undefined, ctx: ClaimContext, anchor: boolean, compact: boolean): Child {
  if (!parts || parts.length === 0) return null;
  // folded: a total can carry several breakdowns, each with its own citation, and the totals of
  // other sources must stay in view beside it; a data check that names one opens it (focusInCard)
  return el(
    'details',
    { class: 'claim-parts' },
    el('summary', { class: 'claim-parts-label' }, UI.breakdownLabel(parts.length)),
    el('ul', { class: 'claims' }, ...parts.map((p) => buildClaimRow(p, ctx, { anchor, compact, lead: `${METRIC_LABEL[p.metric]}: ${formatValue(p.value, p.unit)}` }))),
  );
}

/** One figure: value, "according to <claimant> (<year>)", citation, and the quote on demand. */
export function buildClaimRow(claim: Claim, ctx: ClaimContext, opts: ClaimRowOptions = {}): HTMLLIElement {
  const value = opts.lead ?? formatValue(claim.value, claim.unit);
  const refers = claim.as_of && claim.value.kind !== 'date' ? ` (${UI.refersTo}${formatDate(claim.as_of)})` : '';
  return el(
    'li',
    {
      class: 'claim',
      'data-testid': 'claim',
      'data-claim-id': claim.id,
      'data-metric': claim.metric,
      'data-source-id': claim.source,
      'data-part-of': claim.part_of,
      id: opts.anchor ? claimAnchorId(claim.id) : undefined,
      tabindex: opts.anchor ? -1 : undefined,
    },
    el(
      'p',
      { class: 'claim-main' },
      el('strong', { class: 'claim-value' }, value),
      opts.where ? ` ${opts.where}` : null,
      ...whoLine(claim, ctx),
      refers,
      ' ',
      gradeBadge(claim, ctx),
      unsourcedBadge(claim),
    ),
    derivedLine(claim),
    opts.compact ? null : citeLine(claim, ctx),
    el(
      'details',
      { class: 'claim-quote' },
      el('summary', {}, opts.compact ? UI.sourceAndQuote : UI.quote),
      opts.compact ? citeLine(claim, ctx) : null,
      el('blockquote', {}, claim.quote),
      readLine(claim, ctx),
      aboutSource(claim, ctx),
      claim.note ? el('p', { class: 'claim-note' }, UI.note, claim.note) : null,
    ),
    partsList(opts.parts, ctx, opts.anchor ?? false, opts.compact ?? false),
  );
}

/**
 * Splits a list into the claims to show at the top level and the breakdowns to show under their
 * totals. A breakdown whose total is not in the list stays at the top level: nothing is lost.
 */
export function splitBreakdowns(claims: readonly Claim[]): { top: Claim[]; partsOf: Map<string, Claim[]> } {
  const ids = new Set(claims.map((c) => c.id));
  const top: Claim[] = [];
  const partsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.part_of !== undefined && ids.has(c.part_of)) {
      const list = partsOf.get(c.part_of);
      if (list) list.push(c);
      else partsOf.set(c.part_of, [c]);
    } else top.push(c);
  }
  return { top, partsOf };
}

const valueKey = (c: Claim): string => JSON.stringify(c.value);

/**
 * "single source" when one claimant speaks for the metric; "sources differ" when two or more
 * claimants give different values. Never a verdict on which is right.
 */
export function metricBadges(claims: readonly Claim[]): string[] {
  const claimants = new Set(claims.map((c) => c.claimed_by));
  const values = new Set(claims.map(valueKey));
  if (claimants.size <= 1) return claims.length > 0 ? [UI.singleSource] : [];
  // two descriptions in words always differ in wording; that is not sources disagreeing
  const inWords = claims.every((c) => c.value.kind === 'text');
  return values.size > 1 && !inWords ? [UI.sourcesDiffer] : [];
}

/** "3 figures: 2 Azerbaijani state, 1 third party", counted from party ids; null for no claims. */
export function whoSpeaksLine(claims: readonly Claim[], ctx: Pick<ClaimContext, 'partiesById'>): HTMLParagraphElement | null {
  if (claims.length === 0) return null;
  const counts = new Map<string, number>();
  for (const c of claims) {
    const label = sideLabel(partyOf(c.claimed_by, ctx));
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const parts = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return el('p', { class: 'who-speaks', 'data-testid': 'who-speaks' }, EVIDENCE.whoSpeaks(claims.length, parts));
}

export function badge(text: string): HTMLSpanElement {
  const kind = text === UI.sourcesDiffer ? 'differ' : 'single';
  return el('span', { class: `badge badge-${kind}`, 'data-testid': 'badge' }, text);
}

export interface MetricBlockOptions extends ClaimRowOptions {
  /** rows appended after the claims (e.g. the map's own area calculation) */
  extra?: Node[];
  /** heading level: h3 in popups and panels */
  level?: 'h3' | 'h4';
  /** breakdowns to show under their totals, by total claim id (see splitBreakdowns) */
  partsOf?: ReadonlyMap<string, readonly Claim[]>;
  /** "at Ağdam" for a claim about another subject than the block's own */
  whereOf?: (claim: Claim) => string | undefined;
  /**
   * The claims the map draws for this place: shown first, the block's other figures folded under
   * "N other figures from M parties (range)". The badges still speak of every figure.
   */
  shownFirst?: ReadonlySet<string>;
}

/** The span of the numbers some claims state, for a fold's summary; null when none is a number. */
function numberRange(claims: readonly Claim[]): string | null {
  const ns = claims.flatMap((c) => ('n' in c.value ? [c.value.n] : c.value.kind === 'range' ? [c.value.min, c.value.max] : []));
  if (ns.length === 0) return null;
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  return lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`;
}

/** A metric's heading with its badges, then every claim about it side by side. */
export function buildMetricBlock(
  metric: Metric,
  claims: readonly Claim[],
  ctx: ClaimContext,
  opts: MetricBlockOptions = {},
): HTMLElement {
  const heading = el(opts.level ?? 'h3', { class: 'metric-heading' }, METRIC_LABEL[metric]);
  const linked = [...new Set(claims.flatMap((c) => ctx.checks?.forClaim(c.id) ?? []))];
  const differ = linked.find((k) => k.category === 'sources-differ' || k.category === 'dates-differ');
  for (const b of metricBadges(claims)) heading.append(' ', b === UI.sourcesDiffer && differ ? checkBadge(differ, b, 'differ', ctx) : badge(b));
  // the other checks this figure is part of (a sum, a conversion, a comparison, an area)
  const names = ctx.names ?? { ...NO_PLACE_NAMES, partiesById: ctx.partiesById };
  for (const k of linked) if (k !== differ) heading.append(' ', checkBadge(k, checkBadgeWords(k, names), `check-${k.result}`, ctx));
  const row = (c: Claim) =>
    buildClaimRow(c, ctx, {
      anchor: opts.anchor ?? false,
      compact: opts.compact ?? false,
      where: opts.whereOf?.(c),
      parts: opts.partsOf?.get(c.id),
    });
  const first = opts.shownFirst;
  const shown = first ? claims.filter((c) => first.has(c.id)) : claims;
  const folded = first ? claims.filter((c) => !first.has(c.id)) : [];
  const list = el('ul', { class: 'claims' }, ...shown.map(row), ...(opts.extra ?? []));
  const others =
    folded.length > 0
      ? el(
          'details',
          { class: 'other-figures', 'data-testid': 'other-figures' },
          el('summary', {}, UI.otherFigures(folded.length, new Set(folded.map((c) => c.claimed_by)).size, numberRange(folded))),
          el('ul', { class: 'claims' }, ...folded.map(row)),
        )
      : null;
  return el('section', { class: 'metric', 'data-metric': metric }, heading, whoSpeaksLine(claims, ctx), list, others);
}

/** A place's or an event's claim file could not be read: why, naming the file (the message starts with it), as an alert. */
export function claimsFailedNotice(failure: { message: string }): HTMLElement {
  return el('p', { class: 'claims-failed', role: 'alert', 'data-testid': 'claims-failed' }, UI.claimsFailed(failure.message));
}
