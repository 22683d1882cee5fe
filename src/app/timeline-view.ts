/**
 * Wiring of the timeline: the control under the map writes the day into the state; the map, the
 * legend and an open popup follow it (main.ts repaints); a chosen mark shows its claims, with
 * their quotes, below the axis. Closing the timeline gives the map back to the theme.
 */
import { statusCounts, statusesOn, type ControlIndex } from '../data/control.ts';
import { claimContext, isPlace, subjectName, type AtlasIndex } from '../data/index-claims.ts';
import { changeLine, STATUS_LABEL, TIMELINE_MARKS } from '../i18n/en-control.ts';
import { METRIC_LABEL } from '../i18n/en.ts';
import { controlLegendModel } from '../legend/control.ts';
import { formatDaySpan } from '../lib/format.ts';
import { TIMELINE_PERIODS } from '../config/view.ts';
import { CONTROL_STATUSES, type SubjectId, type TimelineMark } from '../schema/index.ts';
import { buildClaimRow } from '../ui/claim-rows.ts';
import { el } from '../ui/dom.ts';
import { buildControlLegend } from '../ui/legend-control.ts';
import type { LegendControl } from '../ui/legend.ts';
import type { TimelineControl, TimelineMarkView } from '../ui/timeline-control.ts';
import { TIMELINE } from '../i18n/en-timeline.ts';
import type { Store } from './state.ts';
import { controlChips } from './theme-chips.ts';
import { setDistrictChips } from '../ui/district-list.ts';

export interface TimelineViewDeps {
  index: AtlasIndex;
  ix: ControlIndex;
  store: Store;
  legend: LegendControl;
  /** the places the map draws (districts and the NKAO outline) */
  places: readonly string[];
  /** opens a place's popup (a change's mark offers it) */
  openPlace(id: string, from: HTMLElement): void;
  /** the district list, whose chips follow the map */
  list: HTMLElement;
}

/** A mark in a line: a change of control in the atlas's neutral words, anything else by its measure and place. */
export function markLabel(m: TimelineMark, index: AtlasIndex, ix: ControlIndex): string {
  const name = (s: string) => subjectName(index, s as SubjectId);
  if (m.kind === 'control') {
    const change = [...(ix.changesByPlace.get(m.subject) ?? [])].find((c) => c.id === m.change);
    if (change) return changeLine(name(change.place), change.to, change.extent);
  }
  if (m.kind === 'resolution') return TIMELINE_MARKS.resolution(m.subjects.map(name).join(', '));
  return TIMELINE_MARKS.other(METRIC_LABEL[m.metric], name(m.subject));
}

export function mountTimelineView({ index, ix, store, legend, places, openPlace, list }: TimelineViewDeps): { element: HTMLElement } {
  const marks: TimelineMarkView[] = ix.marks.map((m) => ({ id: m.id, kind: m.kind, from: m.span.from, to: m.span.to, label: markLabel(m, index, ix) }));
  const ctx = claimContext(index);

  /** The claims of a mark, quotes folded in each row; loaded first when their files are not. */
  const showMark = (id: string) => {
    const m = ix.marksById.get(id);
    if (!m) return;
    const box = el('section', { class: 'timeline-mark-details', 'data-testid': 'timeline-mark', 'data-mark-id': m.id, 'aria-busy': 'true' });
    const head = el('h3', {}, `${formatDaySpan(m.span)} — ${markLabel(m, index, ix)}`);
    box.append(head, el('p', {}, TIMELINE_MARKS.loading));
    timeline?.setDetails(box);
    void index.claims.ensure(m.subjects as SubjectId[]).then(() => {
      const rows = m.claims.flatMap((cid) => {
        const claim = index.claimsById.get(cid);
        return claim ? [buildClaimRow(claim, ctx)] : [];
      });
      const open =
        m.kind === 'control' || isPlace(m.subject)
          ? el('button', { type: 'button', class: 'link-button', 'data-action': 'open-place' }, TIMELINE_MARKS.openPlace(subjectName(index, m.subject)))
          : null;
      open?.addEventListener('click', () => openPlace(m.subject, open));
      const parts: Node[] = [head, rows.length > 0 ? el('ul', { class: 'claims' }, ...rows) : el('p', {}, TIMELINE_MARKS.failed)];
      if (open) parts.push(open);
      box.replaceChildren(...parts);
      box.removeAttribute('aria-busy');
    });
  };

  // the control's code comes when the reader opens it (or a link names a day): closed, it is one button
  let timeline: TimelineControl | null = null;
  let loading: Promise<TimelineControl> | null = null;
  const openButton = el('button', { type: 'button', class: 'timeline-open', 'data-action': 'open', 'aria-expanded': 'false' }, TIMELINE.open(ix.axis.from.slice(0, 4), ix.axis.to.slice(0, 4)));
  const placeholder = el('section', { class: 'timeline-control', 'data-testid': 'timeline', 'aria-label': TIMELINE.region }, openButton);
  const load = (): Promise<TimelineControl> =>
    (loading ??= import('../ui/timeline-control.ts').then(({ createTimeline }) => {
      const control = createTimeline({
        axis: ix.axis,
        // the whole axis first; the crowded periods only where they lie on it
        periods: [ix.axis, ...TIMELINE_PERIODS.filter((p) => p.from >= ix.axis.from && p.to <= ix.axis.to && (p.from !== ix.axis.from || p.to !== ix.axis.to))],
        marks,
        date: store.get().date,
        onDate: (date) => store.update({ date }),
        onMark: (id) => showMark(id),
      });
      placeholder.replaceWith(control.element);
      timeline = control;
      render(store.get().date);
      return control;
    }));
  openButton.addEventListener('click', () => {
    store.update({ date: ix.axis.from });
    void load().then((c) => c.element.querySelector<HTMLElement>('[role="slider"]')?.focus());
  });

  const render = (day: string | null) => {
    if (!timeline) {
      if (day !== null) void load();
      return;
    }
    timeline.setDate(day);
    if (day === null) {
      timeline.setDetails(null);
      return;
    }
    const statuses = statusesOn(ix, day, places);
    const counts = statusCounts(statuses);
    setDistrictChips(list, controlChips(statuses));
    legend.setThemeSection(buildControlLegend(controlLegendModel(day, counts)));
    timeline.setSummary(TIMELINE_MARKS.summary(CONTROL_STATUSES.filter((s) => counts[s] > 0).map((s) => TIMELINE_MARKS.summaryPart(STATUS_LABEL[s], counts[s]))));
  };
  store.subscribe((next, prev) => {
    if (next.date !== prev.date) render(next.date);
  });
  render(store.get().date);
  return { element: placeholder };
}
