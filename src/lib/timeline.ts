/**
 * The timeline of an event: time claims ordered by when they say something happened, claims about
 * the same stage (metric and place) side by side in one entry. Two sources that disagree (8:30 pm
 * against about 11 pm) stay two claims in one entry: the timeline orders, it never picks one.
 * Pure; the claim type is structural, so lib imports nothing from src.
 */
import type { DateQualifierLike, ValueLike } from './format.ts';

export interface TimelineClaimLike {
  id: string;
  metric: string;
  subject: string;
  claimed_by: string;
  value: ValueLike;
}

export interface TimelineStage<C extends TimelineClaimLike> {
  metric: string;
  subject: string;
  /** the earliest sort key of its claims */
  sortKey: string;
  /** ordered by time, then by who says it */
  claims: C[];
}

/**
 * Where a date-only value sits within its day when sorting: "the morning of 26 February" comes
 * after "about 11 pm on 25 February". Only for ordering; the reader sees the source's words.
 */
const QUALIFIER_TIME: Record<DateQualifierLike, string> = {
  about: '00:00',
  by: '00:00',
  before: '00:00',
  early: '00:00',
  mid: '12:00',
  late: '23:00',
  end: '23:00',
  morning: '06:00',
  evening: '18:00',
  night: '22:00',
};

/** "1992" → "1992-01-01T00:00"; a date keeps its own time, else the qualifier's. */
function padIso(iso: string, qualifier: DateQualifierLike | undefined): string {
  const [date = '', time] = iso.split('T');
  const [y = '0000', m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T${time ?? (qualifier ? QUALIFIER_TIME[qualifier] : '00:00')}`;
}

/**
 * A string that sorts in time order, or null for a value that is not a time. A range sorts by
 * its start; its qualifier describes the whole range ("the night of 25–26"), not where it starts.
 */
export function timeSortKey(value: ValueLike): string | null {
  if (value.kind === 'date') return padIso(value.date, value.qualifier);
  if (value.kind === 'date_range') return padIso(value.from, undefined);
  return null;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Claims of the given stage metrics, grouped by (metric, subject) and ordered by time. Equal
 * times fall back to the metrics' order (the order of the night), then to the subject.
 */
export function buildTimeline<C extends TimelineClaimLike>(claims: readonly C[], stageMetrics: readonly string[]): TimelineStage<C>[] {
  const stages = new Map<string, TimelineStage<C>>();
  const keys = new Map<string, string>();
  for (const c of claims) {
    if (!stageMetrics.includes(c.metric)) continue;
    const key = timeSortKey(c.value);
    if (key === null) continue;
    keys.set(c.id, key);
    const stageId = `${c.metric}\u0000${c.subject}`;
    const stage = stages.get(stageId);
    if (stage) {
      stage.claims.push(c);
      if (key < stage.sortKey) stage.sortKey = key;
    } else {
      stages.set(stageId, { metric: c.metric, subject: c.subject, sortKey: key, claims: [c] });
    }
  }
  const rank = (m: string) => stageMetrics.indexOf(m);
  const list = [...stages.values()];
  for (const s of list) {
    s.claims.sort((a, b) => byText(keys.get(a.id) ?? '', keys.get(b.id) ?? '') || byText(a.claimed_by, b.claimed_by) || byText(a.id, b.id));
  }
  return list.sort((a, b) => byText(a.sortKey, b.sortKey) || rank(a.metric) - rank(b.metric) || byText(a.subject, b.subject));
}
