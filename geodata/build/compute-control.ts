/**
 * The timeline: each curated change of control (geodata/claims/control.json) checked against the
 * claims that date it, with the days each claim gives and the span the map draws uncertain; and the
 * marks of the date axis (the changes, the Security Council resolutions, the ceasefires, the dated
 * events and displacement periods), each from its claims. Nothing here chooses a date: a change
 * keeps every claim's days, and the span runs from the first to the last.
 */
import { addDays, daysOf } from '../../src/lib/days.ts';
import { inOrder } from '../../src/lib/control-status.ts';
import { TIMELINE_AXIS } from '../../src/config/view.ts';
import { CONTROL_METRIC } from '../../src/schema/index.ts';
import type { Claim, ClaimValue, ControlChange, DaySpan, MarkKind, Metric, SubjectId, TimelineMark, TimelineModel } from '../../src/schema/index.ts';
import { fieldError } from './errors.ts';
import type { Inputs } from './read-inputs.ts';
import { slugOf } from './slug-of.ts';

/** Dated claims of these metrics are marks on the axis; a change of control is its own mark. */
export const MARK_METRICS: Readonly<Partial<Record<Metric, MarkKind>>> = {
  unsc_resolution: 'resolution',
  date_ceasefire: 'ceasefire',
  event_dates: 'event',
  military_operation_2023_dates: 'event',
  displacement_first_wave: 'displacement',
  displacement_second_wave: 'displacement',
  displacement_dates: 'displacement',
  departure_2023_dates: 'displacement',
  war_period: 'period',
};

/** The days a date value covers: a month is its first to last day; a range, its ends' days. */
function daysOfValue(v: ClaimValue): DaySpan | null {
  if (v.kind === 'date') return daysOf(v.date);
  if (v.kind === 'date_range') {
    const from = daysOf(v.from);
    const to = daysOf(v.to);
    return from && to ? { from: from.from, to: to.to } : null;
  }
  return null;
}

/** A claim's days: its own date, else the date this map read from its words (`derived`), else its as_of. */
export function claimDays(c: Claim, useAsOf = false): DaySpan | null {
  const own = daysOfValue(c.value) ?? (c.derived ? daysOfValue(c.derived.value) : null);
  if (own) return own;
  return useAsOf && c.as_of ? daysOf(c.as_of) : null;
}

const holds = (outer: DaySpan, inner: DaySpan) => outer.from <= inner.from && inner.to <= outer.to;
const same = (a: DaySpan, b: DaySpan) => a.from === b.from && a.to === b.to;

/**
 * Marks each claim's days as coarser when they hold every other claim's days and are wider than
 * one of them ("May 1992" beside "17 May 1992"): it agrees, and it does not widen the span.
 */
export function spanOf(days: readonly DaySpan[]): { coarser: boolean[]; span: DaySpan } {
  const coarser = days.map((d, i) => days.length > 1 && days.every((o, j) => j === i || holds(d, o)) && days.some((o, j) => j !== i && !same(d, o)));
  const kept = days.filter((_, i) => !coarser[i]);
  const from = kept.reduce((m, d) => (d.from < m ? d.from : m), kept[0]?.from ?? '');
  const to = kept.reduce((m, d) => (d.to > m ? d.to : m), kept[0]?.to ?? '');
  return { coarser, span: { from, to } };
}

function changesOf(inputs: Inputs, claimsById: ReadonlyMap<string, Claim>): ControlChange[] {
  const file = inputs.files.control;
  const seen = new Set<string>();
  return inputs.control.map(({ value: r, label }) => {
    if (seen.has(r.id)) throw fieldError(file, label, ['id'], 'another change has this id');
    seen.add(r.id);
    const metric = CONTROL_METRIC[r.to];
    const subjects: SubjectId[] = [];
    const dated = r.claims.map((id, i) => {
      const c = claimsById.get(id);
      if (!c) throw fieldError(file, label, ['claims', i], `no claim has the id "${id}"`);
      if (c.metric !== metric) throw fieldError(file, label, ['claims', i], `claim "${id}" has metric "${c.metric}"; a change to "${r.to}" is dated by "${metric}" claims`);
      if (c.subject !== r.place && r.basis === undefined) {
        throw fieldError(file, label, ['claims', i], `claim "${id}" is about "${c.subject}", not "${r.place}": give the basis on which it dates this place`);
      }
      const days = claimDays(c);
      if (!days) throw fieldError(file, label, ['claims', i], `claim "${id}" gives no date (a date, a range, or a date derived from its words)`);
      if (!subjects.includes(c.subject)) subjects.push(c.subject);
      return { claim: id, days };
    });
    for (const [i, id] of (r.part_claims ?? []).entries()) {
      const c = claimsById.get(id);
      if (!c) throw fieldError(file, label, ['part_claims', i], `no claim has the id "${id}"`);
      if (!subjects.includes(c.subject)) subjects.push(c.subject);
    }
    const { coarser, span } = spanOf(dated.map((d) => d.days));
    // the claims in time order: the popup and the check list them as they happened
    const dates = dated
      .map((d, i) => ({ claim: d.claim, from: d.days.from, to: d.days.to, coarser: coarser[i] ?? false }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : a.claim < b.claim ? -1 : 1));
    return {
      id: r.id,
      place: r.place,
      to: r.to,
      extent: r.extent,
      ...(r.part === undefined ? {} : { part: r.part }),
      claims: dates.map((d) => d.claim),
      part_claims: r.part_claims ?? [],
      subjects,
      ...(r.basis === undefined ? {} : { basis: r.basis }),
      ...(r.note === undefined ? {} : { note: r.note }),
      dates,
      span,
    };
  });
}

/** The other marks: the claims of one metric about one subject (a resolution: of one day) together. */
function claimMarks(claims: readonly Claim[]): TimelineMark[] {
  const groups = new Map<string, { kind: MarkKind; metric: Metric; subject: SubjectId; claims: Claim[]; days: DaySpan[] }>();
  for (const c of claims) {
    const kind = MARK_METRICS[c.metric];
    if (!kind) continue;
    // a resolution's claim says what it names; its day is the day it was adopted (as_of)
    const days = claimDays(c, kind === 'resolution');
    if (!days) continue;
    const key = kind === 'resolution' ? `${c.metric}|${days.from}` : `${c.metric}|${c.subject}`;
    const g = groups.get(key);
    if (g) {
      g.claims.push(c);
      g.days.push(days);
    } else groups.set(key, { kind, metric: c.metric, subject: c.subject, claims: [c], days: [days] });
  }
  return [...groups.values()].map((g) => {
    const { span } = spanOf(g.days);
    const id = g.kind === 'resolution' ? `${slugOf(g.metric)}-${span.from}` : `${slugOf(g.metric)}-${slugOf(g.subject)}`;
    const subjects = [...new Set(g.claims.map((c) => c.subject))];
    return { id, kind: g.kind, metric: g.metric, subject: g.subject, span, claims: g.claims.map((c) => c.id), subjects };
  });
}

export function timelineModel(inputs: Inputs): TimelineModel {
  const claims = inputs.claims.map((c) => c.value);
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  const changes = inOrder(changesOf(inputs, claimsById));
  const changeMarks: TimelineMark[] = changes.map((c) => ({
    id: `change-${c.id}`,
    kind: 'control',
    metric: CONTROL_METRIC[c.to],
    subject: c.place,
    span: c.span,
    claims: c.claims,
    subjects: c.subjects,
    change: c.id,
  }));
  const marks = [...changeMarks, ...claimMarks(claims)].sort((a, b) =>
    a.span.from < b.span.from ? -1 : a.span.from > b.span.from ? 1 : a.id < b.id ? -1 : 1,
  );
  // a change or mark outside the axis would be drawn off it: the axis is widened to whole years instead
  const first = marks[0]?.span.from ?? TIMELINE_AXIS.from;
  const last = marks.reduce<string>((m, k) => (k.span.to > m ? k.span.to : m), TIMELINE_AXIS.to);
  const axis = {
    from: first < TIMELINE_AXIS.from ? `${first.slice(0, 4)}-01-01` : TIMELINE_AXIS.from,
    to: last > TIMELINE_AXIS.to ? addDays(`${Number(last.slice(0, 4)) + 1}-01-01`, -1) : TIMELINE_AXIS.to,
  };
  return { axis, changes, marks };
}

/** The claims a change dates: never also listed as a plain "dates differ" (different changes are not one date). */
export const changeClaimIds = (model: TimelineModel): Set<string> => new Set(model.changes.flatMap((c) => c.claims));

