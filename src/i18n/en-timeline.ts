/**
 * UI strings of the date axis under the map (English). The marks' labels and the summary come
 * from the caller; dates in words come from src/lib/format.ts.
 */
import type { MarkKind } from '../schema/control.ts';

export const TIMELINE = {
  /** the closed control: one button, with the axis's first and last year */
  open: (fromYear: string, toYear: string): string => `Control over time, ${fromYear}–${toYear}`,
  region: 'Control over time',
  close: 'Close',
  closeLabel: 'Close the timeline',
  play: 'Play',
  prev: 'Previous mark',
  next: 'Next mark',
  /** read out when Previous or Next has nowhere to go */
  noPrev: 'No mark before this date.',
  noNext: 'No mark after this date.',
  slider: 'Date',
  /** how the slider moves, for a screen reader (aria-describedby) */
  sliderHint: 'Left and right arrows move a day, Page Up and Page Down a month, Shift with an arrow a year, Home and End to the first and last day.',
  dateInput: 'Go to a date',
  dateInvalid: (from: string, to: string): string => `Not a date on this axis: type a day from ${from} to ${to}.`,
  marks: 'Dated marks on the axis',
  /** the periods the axis can be drawn for: all of it, or the years its marks crowd */
  periods: 'Part of the axis shown',
  periodsLabel: 'Show',
  period: (fromYear: string, toYear: string): string => `${fromYear}–${toYear}`,
  key: 'Marks on the axis',
  /** a mark's accessible name: its own label and when */
  mark: (label: string, when: string): string => `${label} (${when})`,
  /** read out after Previous or Next: the date, then what the mark is */
  movedToMark: (date: string, label: string): string => `${date}: ${label}`,
  kind: {
    control: 'change of control',
    resolution: 'resolution',
    ceasefire: 'ceasefire',
    event: 'event',
    displacement: 'displacement',
    period: 'period',
  } satisfies Record<MarkKind, string>,
} as const;
