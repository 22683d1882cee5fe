/**
 * The drawing of the date axis (year ticks and labels, the marks in one lane per kind, the key to
 * the kinds) and the steps the slider moves by. Positions are shares of the axis in %, so the axis
 * stretches with its row and needs no resize handling; which year labels show is left to container
 * queries in timeline.css. The steps are pure so they can be tested without a DOM.
 */
import { MARK_KINDS, type MarkKind } from '../schema/control.ts';
import { TIMELINE } from '../i18n/en-timeline.ts';
import { addDays, addMonths, addYears, clampDay, daysBetween, yearStarts } from '../lib/days.ts';
import { formatDaySpan } from '../lib/format.ts';
import { el } from './dom.ts';
import type { TimelineMarkView } from './timeline-control.ts';

export interface Axis {
  from: string;
  to: string;
}

/** Where a day sits on the axis, 0–100. */
export function share(axis: Axis, day: string): number {
  const total = Math.max(1, daysBetween(axis.from, axis.to));
  return (daysBetween(axis.from, clampDay(day, axis.from, axis.to)) / total) * 100;
}

/** The day at a share (0–1) of the axis, rounded to the nearest day. */
export function dayAt(axis: Axis, fraction: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  return addDays(axis.from, Math.round(f * daysBetween(axis.from, axis.to)));
}

/**
 * Where a key moves the slider, or null for a key the slider leaves to the page. Up and Down move
 * like Right and Left (the ARIA slider pattern); Page Up moves later, as it raises a slider's value.
 */
export function sliderStep(day: string, key: string, shift: boolean, axis: Axis): string | null {
  let next: string;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = shift ? addYears(day, 1) : addDays(day, 1);
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = shift ? addYears(day, -1) : addDays(day, -1);
      break;
    case 'PageUp':
      next = addMonths(day, 1);
      break;
    case 'PageDown':
      next = addMonths(day, -1);
      break;
    case 'Home':
      next = axis.from;
      break;
    case 'End':
      next = axis.to;
      break;
    default:
      return null;
  }
  return clampDay(next, axis.from, axis.to);
}

/** The first mark that starts strictly after `day` (marks ordered by `from`). */
export const markAfter = <M extends { from: string }>(marks: readonly M[], day: string): M | undefined => marks.find((m) => m.from > day);

/** The last mark that starts strictly before `day` (marks ordered by `from`). */
export function markBefore<M extends { from: string }>(marks: readonly M[], day: string): M | undefined {
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i];
    if (m && m.from < day) return m;
  }
  return undefined;
}

/** "25 July 1993", or "May 1992 – June 1993"-like for a span: what a mark's name says of when. */
export const markWhen = (m: TimelineMarkView): string => formatDaySpan(m);

/** The kinds the marks have, in the schema's order: one lane each, and one entry of the key. */
export const kindsOf = (marks: readonly TimelineMarkView[]): MarkKind[] => MARK_KINDS.filter((k) => marks.some((m) => m.kind === k));

/**
 * Ticks at the first day of every year, and a label for each; a label's classes say whether it
 * falls on every 2nd, 4th or 8th year from the axis's first, which the stylesheet shows by width.
 */
export function buildYears(axis: Axis): { ticks: HTMLElement; labels: HTMLElement } {
  const ticks = el('div', { class: 'timeline-ticks', 'aria-hidden': 'true' });
  const labels = el('div', { class: 'timeline-years', 'aria-hidden': 'true' });
  const firstYear = Number(axis.from.slice(0, 4));
  for (const day of yearStarts(axis.from, axis.to)) {
    const offset = Number(day.slice(0, 4)) - firstYear;
    const every = [2, 4, 8].filter((n) => offset % n === 0).map((n) => `timeline-y${n}`);
    const left = `${share(axis, day)}%`;
    const tick = el('span', { class: ['timeline-tick', ...every].join(' ') });
    tick.style.left = left;
    const label = el('span', { class: ['timeline-year', ...every].join(' ') }, day.slice(0, 4));
    label.style.left = left;
    ticks.append(tick);
    labels.append(label);
  }
  return { ticks, labels };
}

/**
 * One button per mark, in a lane for its kind: a dot for a single day, a bar for a span (to its last
 * day inclusive). Out of the tab order: the group moves focus among them with the arrow keys.
 */
export function buildMarks(view: Axis, marks: readonly TimelineMarkView[], kinds: readonly MarkKind[]): HTMLButtonElement[] {
  const buttons = marks.map((m) => {
    const point = m.from === m.to;
    const name = TIMELINE.mark(m.label, markWhen(m));
    const button = el('button', {
      type: 'button',
      class: `timeline-mark ${point ? 'timeline-point' : 'timeline-bar'}`,
      'data-mark-id': m.id,
      'data-kind': m.kind,
      tabindex: '-1',
      'aria-label': name,
      title: name,
    });
    button.style.setProperty('--lane', String(Math.max(0, kinds.indexOf(m.kind))));
    return button;
  });
  placeMarks(view, marks, buttons);
  return buttons;
}

/**
 * Positions the marks on the part of the axis shown: a mark outside it is hidden, a span that
 * runs over an end is cut there. `buttons[i]` draws `marks[i]`.
 */
export function placeMarks(view: Axis, marks: readonly TimelineMarkView[], buttons: readonly HTMLButtonElement[]): void {
  marks.forEach((m, i) => {
    const button = buttons[i];
    if (!button) return;
    const outside = m.to < view.from || m.from > view.to;
    button.hidden = outside;
    if (outside) return;
    const left = share(view, m.from);
    button.style.left = `${left}%`;
    if (m.from !== m.to) button.style.width = `${Math.max(0, share(view, m.to >= view.to ? view.to : addDays(m.to, 1)) - left)}%`;
  });
}

/** The buttons that choose which part of the axis is drawn: all of it, or a period its marks crowd. */
export function buildPeriods(periods: readonly Axis[], choose: (p: Axis) => void): { element: HTMLElement; sync(view: Axis): void } {
  const buttons = periods.map((p) => {
    const b = el('button', { type: 'button', class: 'timeline-period', 'data-period': `${p.from}/${p.to}`, 'aria-pressed': 'false' }, TIMELINE.period(p.from.slice(0, 4), p.to.slice(0, 4)));
    b.addEventListener('click', () => choose(p));
    return b;
  });
  const element = el('div', { class: 'timeline-periods', role: 'group', 'aria-label': TIMELINE.periods }, el('span', { class: 'timeline-periods-label', 'aria-hidden': 'true' }, TIMELINE.periodsLabel), ...buttons);
  return {
    element,
    sync: (view) => buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(periods[i]?.from === view.from && periods[i]?.to === view.to))),
  };
}

/** The key to the kinds on the axis: a swatch in each kind's colour and its name. */
export function buildKey(kinds: readonly MarkKind[]): HTMLElement {
  return el(
    'ul',
    { class: 'timeline-key', 'aria-label': TIMELINE.key },
    ...kinds.map((k) => el('li', { 'data-kind': k }, el('span', { class: 'timeline-key-swatch', 'aria-hidden': 'true' }), TIMELINE.kind[k])),
  );
}
