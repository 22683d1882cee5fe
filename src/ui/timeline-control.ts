/**
 * The date axis under the map: the reader plays, steps and scrubs it to watch places change control.
 * A DOM builder only: it knows the axis, the marks and the date it is given, and reports the reader's
 * moves (onDate, onMark); what a date or a mark means is built by the caller and passed back in.
 */
import type { MarkKind } from '../schema/control.ts';
import { TIMELINE } from '../i18n/en-timeline.ts';
import { addMonths, addYears, clampDay, daysBetween, parseDay } from '../lib/days.ts';
import { formatDate } from '../lib/format.ts';
import { el } from './dom.ts';
import { bindAxisDrag } from './timeline-drag.ts';
import { buildKey, buildMarks, buildPeriods, buildYears, dayAt, kindsOf, markAfter, markBefore, placeMarks, share, sliderStep, type Axis } from './timeline-axis.ts';

export interface TimelineMarkView {
  id: string;
  kind: MarkKind;
  from: string;
  to: string;
  /** short, e.g. "Ağdam: part came under Armenian control" */
  label: string;
}

export interface TimelineOptions {
  axis: { from: string; to: string };
  marks: readonly TimelineMarkView[];
  /** the date shown, or null while the timeline is closed */
  date: string | null;
  /** null when the reader closes the timeline */
  onDate(date: string | null): void;
  /** the reader chose a mark (click or keyboard); `from` is the element to return focus to */
  onMark(id: string, from: HTMLElement): void;
  /** parts of the axis the reader may draw it for (the first: all of it); none: the whole axis only */
  periods?: readonly { from: string; to: string }[];
}

export interface TimelineControl {
  element: HTMLElement;
  /** follow the state (a permalink, a reset): moves the thumb, no onDate call */
  setDate(date: string | null): void;
  /** what the chosen mark says (built by the caller), shown below the axis; null clears */
  setDetails(node: Node | null): void;
  /** a one-line status summary for the date, shown next to the date */
  setSummary(text: string): void;
  destroy(): void;
}

/** ~1 month per 150 ms reads as motion; with reduced motion, one year a second reads as steps. */
const PLAY_MS = 150;
const PLAY_REDUCED_MS = 1000;
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
/** a held arrow key repeats ~30 times a second: the date is read out once the reader pauses */
const ANNOUNCE_AFTER_MS = 400;

/** how long a typed date may stay out of range before it is reported (see the date field) */
const INVALID_AFTER_MS = 800;

let nextId = 0;

export function createTimeline(opts: TimelineOptions): TimelineControl {
  const axis = { from: opts.axis.from, to: opts.axis.to };
  const marks = [...opts.marks].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const kinds = kindsOf(marks);
  const uid = `timeline-${++nextId}`;
  const clamp = (day: string): string => clampDay(day, axis.from, axis.to);

  let date: string | null = opts.date === null ? null : clamp(opts.date);
  let chosen: string | null = null;
  let player: { timer: number; start: string; steps: number; reduced: boolean } | null = null;
  let announceTimer = 0;
  let errorTimer = 0;

  // the closed state: one button
  const openButton = el(
    'button',
    { type: 'button', class: 'timeline-open', 'data-action': 'open', 'aria-expanded': 'false', 'aria-controls': `${uid}-panel` },
    TIMELINE.open(axis.from.slice(0, 4), axis.to.slice(0, 4)),
  );

  // the heading row: the date in words, the caller's summary, Close
  const heading = el('h2', { class: 'timeline-date-words', id: `${uid}-date` });
  const summary = el('p', { class: 'timeline-summary', 'data-testid': 'timeline-summary' });
  const closeButton = el('button', { type: 'button', class: 'timeline-close', 'data-action': 'close', 'aria-label': TIMELINE.closeLabel }, TIMELINE.close);
  const head = el('div', { class: 'timeline-head' }, heading, summary, closeButton);

  // the buttons and the typed date
  const prevButton = el('button', { type: 'button', class: 'timeline-step', 'data-action': 'prev' }, el('span', { 'aria-hidden': 'true' }, '« '), TIMELINE.prev);
  // a triangle, or two bars while playing, drawn by the stylesheet: the name stays "Play", as
  // aria-pressed says whether it is on
  const playIcon = el('span', { class: 'timeline-play-icon', 'aria-hidden': 'true' });
  const playButton = el('button', { type: 'button', class: 'timeline-play', 'data-action': 'play', 'aria-pressed': 'false' }, playIcon, TIMELINE.play);
  const nextButton = el('button', { type: 'button', class: 'timeline-step', 'data-action': 'next' }, TIMELINE.next, el('span', { 'aria-hidden': 'true' }, ' »'));
  const dateInput = el('input', {
    type: 'date',
    id: `${uid}-input`,
    class: 'timeline-date-input',
    'data-testid': 'timeline-date',
    min: axis.from,
    max: axis.to,
    'aria-describedby': `${uid}-error`,
  });
  const dateError = el('p', { class: 'timeline-date-error', id: `${uid}-error`, role: 'status' });
  dateError.hidden = true;
  const periods = buildPeriods(opts.periods ?? [axis], (p) => {
    showPeriod(p);
    render();
  });
  const controls = el(
    'div',
    { class: 'timeline-controls' },
    el('div', { class: 'timeline-buttons' }, prevButton, playButton, nextButton),
    (opts.periods?.length ?? 0) > 1 ? periods.element : null,
    el('div', { class: 'timeline-date-field' }, el('label', { for: `${uid}-input` }, TIMELINE.dateInput), dateInput),
    dateError,
  );

  // the axis: marks in lanes, year ticks and labels, the thumb
  // the part of the axis drawn: all of it, or a period the reader chose where marks crowd
  let view: Axis = { ...axis };
  let years = buildYears(view);
  const markButtons = buildMarks(view, marks, kinds);
  const markGroup = el('div', { class: 'timeline-marks', role: 'group', 'aria-label': TIMELINE.marks }, ...markButtons);
  markGroup.style.setProperty('--lanes', String(Math.max(1, kinds.length)));
  const thumb = el('div', {
    class: 'timeline-thumb',
    role: 'slider',
    tabindex: '0',
    'data-testid': 'timeline-slider',
    'aria-label': TIMELINE.slider,
    'aria-orientation': 'horizontal',
    'aria-valuemin': 0,
    'aria-valuemax': daysBetween(axis.from, axis.to),
    'aria-describedby': `${uid}-hint`,
  });
  // the slider first: one Tab reaches the date, the next the marks
  const track = el('div', { class: 'timeline-track' }, thumb, markGroup, years.ticks, years.labels);
  const axisBox = el('div', { class: 'timeline-axis' }, track);
  const hint = el('p', { class: 'timeline-hidden', id: `${uid}-hint` }, TIMELINE.sliderHint);
  const details = el('div', { class: 'timeline-details', 'data-testid': 'timeline-details' });
  const live = el('p', { class: 'timeline-hidden', 'aria-live': 'polite', 'data-testid': 'timeline-live' });

  const panel = el('div', { class: 'timeline-panel', id: `${uid}-panel` }, head, controls, axisBox, hint, kinds.length ? buildKey(kinds) : null, details, live);
  const element = el('section', { class: 'timeline-control', 'data-testid': 'timeline', 'aria-label': TIMELINE.region }, openButton, panel);

  function showPeriod(p: Axis): void {
    if (p.from === view.from && p.to === view.to) return;
    view = { ...p };
    const fresh = buildYears(view);
    years.ticks.replaceWith(fresh.ticks);
    years.labels.replaceWith(fresh.labels);
    years = fresh;
    placeMarks(view, marks, markButtons);
    periods.sync(view);
  }

  const render = (): void => {
    const open = date !== null;
    element.toggleAttribute('data-open', open);
    openButton.hidden = open;
    openButton.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (date === null) return;
    const words = formatDate(date);
    heading.textContent = words;
    // a day outside the period drawn (play ran past it, a mark, a typed date) shows the whole axis
    if (date < view.from || date > view.to) showPeriod(axis);
    thumb.style.left = `${share(view, date)}%`;
    thumb.setAttribute('aria-valuenow', String(daysBetween(axis.from, date)));
    thumb.setAttribute('aria-valuetext', words);
    // the field the reader is typing in keeps what they typed
    if (document.activeElement !== dateInput) dateInput.value = date;
    prevButton.setAttribute('aria-disabled', String(markBefore(marks, date) === undefined));
    nextButton.setAttribute('aria-disabled', String(markAfter(marks, date) === undefined));
    playButton.setAttribute('aria-pressed', String(player !== null));
    for (const b of markButtons) b.toggleAttribute('aria-current', b.dataset.markId === chosen);
    if (!markGroup.contains(document.activeElement)) rovingStop();
  };

  const say = (text: string, delay = 0): void => {
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      // emptied first so the same words twice are read out twice
      live.textContent = '';
      window.requestAnimationFrame(() => (live.textContent = text));
    }, delay);
  };
  const sayDate = (delay = 0): void => {
    if (date !== null) say(formatDate(date), delay);
  };

  const clearError = (): void => {
    window.clearTimeout(errorTimer);
    dateError.hidden = true;
    dateError.textContent = '';
    dateInput.removeAttribute('aria-invalid');
  };

  /** The reader moved the date: one onDate call per change, none when it stays. */
  const move = (day: string): boolean => {
    const next = clamp(day);
    if (next === date) return false;
    date = next;
    clearError();
    render();
    opts.onDate(next);
    return true;
  };

  const stop = (announce: boolean): void => {
    if (!player) return;
    window.clearInterval(player.timer);
    player = null;
    render();
    if (announce) sayDate();
  };

  const tick = (): void => {
    if (!player) return;
    player.steps += 1;
    // counted from where play began, so 31 January does not drift to the 28th after February
    const next = clamp(player.reduced ? addYears(player.start, player.steps) : addMonths(player.start, player.steps));
    move(next);
    if (next === axis.to) stop(true);
  };

  const play = (): void => {
    if (date === null) return;
    // from the end, play starts again from the beginning
    if (date === axis.to) move(axis.from);
    const reduced = window.matchMedia(REDUCED_MOTION).matches;
    player = { timer: window.setInterval(tick, reduced ? PLAY_REDUCED_MS : PLAY_MS), start: date, steps: 0, reduced };
    render();
  };

  const chooseMark = (id: string, from: HTMLElement, step: boolean): void => {
    const mark = marks.find((m) => m.id === id);
    if (!mark) return;
    stop(false);
    chosen = id;
    if (!move(mark.from)) render();
    if (step) say(TIMELINE.movedToMark(formatDate(mark.from), mark.label));
    opts.onMark(id, from);
  };

  const stepToMark = (forward: boolean, button: HTMLElement): void => {
    if (date === null) return;
    const mark = forward ? markAfter(marks, date) : markBefore(marks, date);
    if (!mark) {
      say(forward ? TIMELINE.noNext : TIMELINE.noPrev);
      return;
    }
    chooseMark(mark.id, button, true);
  };

  const openTimeline = (): void => {
    date = axis.from;
    render();
    opts.onDate(date);
    thumb.focus();
  };

  const closeTimeline = (): void => {
    stop(false);
    date = null;
    clearError();
    render();
    opts.onDate(null);
    openButton.focus();
  };

  openButton.addEventListener('click', openTimeline);
  closeButton.addEventListener('click', closeTimeline);
  prevButton.addEventListener('click', () => stepToMark(false, prevButton));
  nextButton.addEventListener('click', () => stepToMark(true, nextButton));
  playButton.addEventListener('click', () => (player ? stop(true) : play()));

  thumb.addEventListener('keydown', (e) => {
    if (date === null || e.altKey || e.ctrlKey || e.metaKey) return;
    const next = sliderStep(date, e.key, e.shiftKey, axis);
    if (next === null) return;
    e.preventDefault();
    stop(false);
    if (move(next)) sayDate(ANNOUNCE_AFTER_MS);
  });

  const typedDay = (): string | null => {
    const day = parseDay(dateInput.value);
    return day !== null && day >= axis.from && day <= axis.to ? day : null;
  };
  const showError = (): void => {
    window.clearTimeout(errorTimer);
    dateError.textContent = TIMELINE.dateInvalid(formatDate(axis.from), formatDate(axis.to));
    dateError.hidden = false;
    dateInput.setAttribute('aria-invalid', 'true');
  };
  dateInput.addEventListener('change', () => {
    const day = typedDay();
    if (day === null) {
      // typing a year digit by digit passes through 0001, 0019, 0199: only a value the reader
      // stays on is reported
      window.clearTimeout(errorTimer);
      errorTimer = window.setTimeout(showError, INVALID_AFTER_MS);
      return;
    }
    stop(false);
    if (move(day)) sayDate();
    else clearError();
  });
  dateInput.addEventListener('blur', () => {
    if (date !== null && typedDay() === null) showError();
  });

  // marks: a click chooses one; the arrow keys move among them (one tab stop for the group)
  markGroup.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('.timeline-mark') : null;
    const id = button?.dataset.markId;
    if (button && id) chooseMark(id, button, false);
  });
  const focusMark = (target: HTMLButtonElement): void => {
    for (const b of markButtons) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  };
  markGroup.addEventListener('keydown', (e) => {
    const i = markButtons.findIndex((b) => b === document.activeElement);
    if (i < 0) return;
    const moves: Readonly<Record<string, number>> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: markButtons.length - 1 };
    const to = moves[e.key];
    const target = to === undefined ? undefined : markButtons[Math.min(markButtons.length - 1, Math.max(0, to))];
    if (!target) return;
    e.preventDefault();
    focusMark(target);
  });
  // the group's one tab stop is the first mark at or after the date
  function rovingStop(): void {
    const day = date;
    const at = day === null ? 0 : marks.findIndex((m) => m.from >= day);
    const target = markButtons[at < 0 ? markButtons.length - 1 : at];
    if (target) for (const b of markButtons) b.tabIndex = b === target ? 0 : -1;
  }
  markGroup.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node && markGroup.contains(e.relatedTarget))) rovingStop();
  });

  // pointer: press or drag anywhere on the axis (a mark is clicked instead)
  const drag = bindAxisDrag(axisBox, track, {
    active: () => date !== null,
    start: () => {
      stop(false);
      thumb.focus({ preventScroll: true });
    },
    at: (share) => move(dayAt(view, share)),
    end: () => sayDate(),
  });

  periods.sync(view);
  render();

  return {
    element,
    setDate(next) {
      const day = next === null ? null : clamp(parseDay(next) ?? axis.from);
      if (day === date) return;
      // a date from outside (a permalink, a reset) ends play; an echo of our own step does not reach here
      stop(false);
      date = day;
      clearError();
      if (day === null) dateInput.value = '';
      render();
    },
    setDetails(node) {
      details.replaceChildren(...(node ? [node] : []));
      if (!node) {
        chosen = null;
        render();
      }
    },
    setSummary(text) {
      summary.textContent = text;
    },
    destroy() {
      if (player) window.clearInterval(player.timer);
      player = null;
      window.clearTimeout(announceTimer);
      window.clearTimeout(errorTimer);
      drag.cancel();
      element.remove();
    },
  };
}
