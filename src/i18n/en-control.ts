/**
 * Control over time in words (English): the status a place is drawn in on the timeline, and each
 * change in the neutral terms the atlas uses whoever the source is. A source's own word
 * ("occupied", "liberated") stays in its quote.
 */
import type { ControlExtent, ControlStatus, ControlTarget } from '../schema/index.ts';

/** What a change did, as a verb phrase: "came under Armenian control". */
export const CHANGE_VERB: Readonly<Record<ControlTarget, string>> = {
  armenian: 'came under Armenian control',
  'de-facto': 'came under the control of the de facto authorities',
  azerbaijani: 'returned to Azerbaijani control',
};

/** How much changed, before the verb: nothing for the whole place, "part", "the rest". */
export const EXTENT_WORDS: Readonly<Record<ControlExtent, string>> = {
  whole: '',
  part: 'part',
  rest: 'the rest',
};

/** "Ağdam: part came under Armenian control" — a change in a line (the axis's marks, the checks' titles). */
export function changeLine(place: string, to: ControlTarget, extent: ControlExtent): string {
  const how = EXTENT_WORDS[extent];
  return `${place}: ${how ? `${how} ` : ''}${CHANGE_VERB[to]}`;
}

/** The legend's names of the statuses the timeline draws. */
export const STATUS_LABEL: Readonly<Record<ControlStatus, string>> = {
  azerbaijani: 'Azerbaijani control',
  'armenian-or-de-facto': 'Armenian forces or the de facto authorities',
  partly: 'Partly changed control',
  uncertain: 'Date uncertain: between the sources’ dates',
};

/** What each status means, under its name in the legend. */
export const STATUS_ABOUT: Readonly<Record<ControlStatus, string>> = {
  azerbaijani: 'before any change the sources report, or after a reported return',
  'armenian-or-de-facto': 'the sources’ words differ: “Armenian forces”, “the army of the Republic of Nagorno-Karabakh”; each popup quotes them',
  partly: 'a part, from one village to most of the district, as the sources give it; no line is drawn for it',
  uncertain: 'sources give different dates for the same change, or one gives only a period (“1988–1992”): drawn so for exactly those days',
};

/** The legend of the timeline. */
export const TIMELINE_LEGEND = {
  title: (day: string): string => `Control on ${day}`,
  subtitle: 'Who held each district on this day, by the dates the sources give. Each popup quotes them; no front line is drawn.',
  count: (n: number): string => `${n} ${n === 1 ? 'place' : 'places'}`,
  nkao: 'former NKAO: its 1991 outline drawn wide in the colour of its own status',
} as const;

/** The popup's dated history of a place. */
export const HISTORY = {
  heading: (n: number): string => `Control over time: ${n} dated ${n === 1 ? 'change' : 'changes'}`,
  none: 'No change of control in the sources this atlas holds: drawn under Azerbaijani control throughout.',
  on: (day: string): string => `On ${day}: `,
  since: (day: string): string => ` (since ${day})`,
  uncertain: (change: string, from: string, to: string, oneSource: boolean): string =>
    `${change}: ${oneSource ? 'its source gives only a period' : 'the sources’ dates differ'}, so it is drawn “date uncertain” from ${from} until ${to}.`,
  part: 'The part, as the sources give it: ',
  /** the badge of a change whose sources give different dates */
  datesDiffer: 'dates differ',
  partFigures: 'How large the part is, by the sources’ figures:',
  basis: 'Why this date applies here: ',
  coarser: ' (holds the other dates; does not widen the span)',
  datedBy: (n: number): string => (n === 1 ? 'Dated by one source:' : `Dated by ${n} sources:`),
} as const;

/** The axis's marks and the panel of a chosen mark. */
export const TIMELINE_MARKS = {
  resolution: (names: string): string => `UN Security Council resolution naming ${names}`,
  other: (what: string, where: string): string => `${what} — ${where}`,
  loading: 'Loading the sources…',
  failed: 'The sources of this mark could not be loaded.',
  openPlace: (name: string): string => `Open ${name}`,
  summary: (parts: string[]): string => parts.join(' · '),
  summaryPart: (label: string, n: number): string => `${label}: ${n}`,
} as const;
