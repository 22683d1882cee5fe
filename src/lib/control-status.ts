/**
 * A place's status on a day, from its dated changes of control: the map's shading on the timeline.
 * Before its first reported change a place is under Azerbaijani control; a change applies from the
 * last day its sources give, and between the sources' first and last day the place is "uncertain"
 * (unless the change would not alter what is drawn). A part that changes makes the place "partly";
 * the rest, or the whole, makes it all one status. Pure; the change type is structural.
 */

export type StatusLike = 'azerbaijani' | 'armenian-or-de-facto' | 'partly' | 'uncertain';
type Settled = Exclude<StatusLike, 'uncertain'>;

export interface ChangeLike {
  id: string;
  to: 'armenian' | 'de-facto' | 'azerbaijani';
  extent: 'whole' | 'part' | 'rest';
  span: { from: string; to: string };
}

export interface StatusOn<C extends ChangeLike> {
  status: StatusLike;
  /** uncertain: the status before and after the change whose dates differ */
  between: { before: Settled; after: Settled; change: C } | null;
  /** the changes applied by this day, oldest first */
  applied: C[];
  /** the change that made the status what it is (a part that changed nothing drawn is not it); null before any */
  since: C | null;
}

const settledOf = (to: ChangeLike['to']): Settled => (to === 'azerbaijani' ? 'azerbaijani' : 'armenian-or-de-facto');

/** The status after a change: a part changes the place only in part. */
export function after(status: Settled, change: ChangeLike): Settled {
  const target = settledOf(change.to);
  if (change.extent !== 'part') return target;
  return status === target ? status : 'partly';
}

/** Changes ordered as they happened: by first day, then last day, then id (stable). */
export function inOrder<C extends ChangeLike>(changes: readonly C[]): C[] {
  return [...changes].sort((a, b) => (a.span.from < b.span.from ? -1 : a.span.from > b.span.from ? 1 : a.span.to < b.span.to ? -1 : a.span.to > b.span.to ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * The status of a place with these changes on `day` ("YYYY-MM-DD"). A change still between its
 * sources' dates hides later ones: what came after it cannot be drawn as settled yet.
 */
export function statusOn<C extends ChangeLike>(changes: readonly C[], day: string): StatusOn<C> {
  let status: Settled = 'azerbaijani';
  const applied: C[] = [];
  let since: C | null = null;
  for (const c of inOrder(changes)) {
    if (day < c.span.from) break;
    const next = after(status, c);
    if (day < c.span.to && next !== status) return { status: 'uncertain', between: { before: status, after: next, change: c }, applied, since };
    if (day < c.span.to) continue;
    if (next !== status) since = c;
    status = next;
    applied.push(c);
  }
  return { status, between: null, applied, since };
}
