/**
 * The timeline's data as the page reads it: each place's changes of control, and every place's
 * status on a day (src/lib/control-status.ts says how a status follows from the changes).
 */
import { statusOn, type StatusOn } from '../lib/control-status.ts';
import type { ControlChangeFirst, ControlStatus, DaySpan, TimelineMark, TimelineFirst } from '../schema/index.ts';

export interface ControlIndex {
  axis: DaySpan;
  /** each place's changes, in the order they happened */
  changesByPlace: ReadonlyMap<string, readonly ControlChangeFirst[]>;
  marks: readonly TimelineMark[];
  marksById: ReadonlyMap<string, TimelineMark>;
}

export function controlIndex(model: TimelineFirst): ControlIndex {
  const changesByPlace = new Map<string, ControlChangeFirst[]>();
  for (const c of model.changes) changesByPlace.set(c.place, [...(changesByPlace.get(c.place) ?? []), c]);
  return { axis: model.axis, changesByPlace, marks: model.marks, marksById: new Map(model.marks.map((m) => [m.id, m])) };
}

/** Every place's status on `day`, for the places given (a place with no change: Azerbaijani control). */
export function statusesOn(ix: ControlIndex, day: string, places: readonly string[]): Map<string, StatusOn<ControlChangeFirst>> {
  return new Map(places.map((p) => [p, statusOn(ix.changesByPlace.get(p) ?? [], day)]));
}

/** How many places are drawn in each status. */
export function statusCounts(statuses: ReadonlyMap<string, { status: ControlStatus }>): Record<ControlStatus, number> {
  const counts: Record<ControlStatus, number> = { azerbaijani: 0, 'armenian-or-de-facto': 0, partly: 0, uncertain: 0 };
  for (const { status } of statuses.values()) counts[status] += 1;
  return counts;
}

/** The first day an event's mark gives, or null for an event with no dated mark. */
export function eventStart(ix: ControlIndex, eventId: string): string | null {
  return ix.marks.find((m) => m.kind === 'event' && m.subject === eventId)?.span.from ?? null;
}

/** Whether the event layer shows an event on `day`: from its first day on (an undated event always). */
export function eventShownOn(ix: ControlIndex, eventId: string, day: string): boolean {
  const start = eventStart(ix, eventId);
  return start === null || start <= day;
}
