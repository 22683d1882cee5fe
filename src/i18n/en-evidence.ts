import type { Balance, MetricGroup, Party, PartyKind, ReadGrade, ReadRecord, Side, Source } from '../schema/index.ts';
import { formatDate, formatNumber } from '../lib/format.ts';

/**
 * Who speaks and how closely this map read them, in words: a side is never shown by
 * colour alone, a read grade never claims more than was read.
 */

const SIDE_WORD: Record<Side, string> = {
  azerbaijani: 'Azerbaijani',
  armenian: 'Armenian',
  'third-party': 'third party',
  unknown: 'side not stated',
};

const STATE_KINDS = new Set<PartyKind>(['government', 'ministry', 'state-body', 'local-authority', 'prosecutor', 'parliament', 'military', 'ombudsman', 'state-media']);
const MEDIA_KINDS = new Set<PartyKind>(['national-media']);

/**
 * "Azerbaijani state", "Azerbaijani media", "Armenian side", "third party": the side, and for a
 * side's own bodies whether the state speaks. A body of the de facto authorities in
 * Nagorno-Karabakh (no country) is said to be one.
 */
export function sideLabel(p: Pick<Party, 'side' | 'kind' | 'country'>): string {
  if (p.side === 'third-party' || p.side === 'unknown') return SIDE_WORD[p.side];
  if (STATE_KINDS.has(p.kind)) return p.country === null ? `${SIDE_WORD[p.side]} side (de facto authorities)` : `${SIDE_WORD[p.side]} state`;
  if (MEDIA_KINDS.has(p.kind)) return `${SIDE_WORD[p.side]} media`;
  return `${SIDE_WORD[p.side]} side`;
}

export const SIDE_NAME: Record<Side, string> = {
  azerbaijani: 'Azerbaijani side',
  armenian: 'Armenian side',
  'third-party': 'third parties',
  unknown: 'not stated',
};

export const GRADE_LABEL: Record<ReadGrade, string> = {
  original: 'read in full',
  excerpt: 'excerpt read',
  reproduction: 'read in a copy',
  'not-read': 'not read yet',
};

/** What each grade means, for the badge's title and the data-quality view. */
export const GRADE_MEANING: Record<ReadGrade, string> = {
  original: 'The whole original document was read and the quote found in it.',
  excerpt: 'Only part of the original was read: the part named here, where the quote stands.',
  reproduction: 'Read on another site than the original publisher’s, which is named; the original may differ.',
  'not-read': 'The quote was passed on with the address of its page but has not been read there yet.',
};

export const GROUP_LABEL: Record<MetricGroup, string> = {
  displacement: 'Displaced people',
  people: 'People killed, injured, held or missing',
  damage: 'Damage and losses',
  territory: 'Territory, dates and status',
  event: 'Events: times, places, forces',
  other: 'Other figures',
};

/** "Government of Azerbaijan (Tarana Mammadova, state prosecutor)" */
export const claimantName = (party: Pick<Party, 'name'>, speaker: string | undefined): string =>
  speaker ? `${party.name} (${speaker})` : party.name;

export const EVIDENCE = {
  relayedBy: (name: string): string => `, as relayed by ${name}`,
  notStated: 'the source does not say whose figure this is',
  howRead: 'How the quote was read: ',
  aboutSource: 'About the source: ',
  /** "an excerpt of the original (the paragraph quoted), read on 25 November 2026" */
  readSentence(read: ReadRecord, source: Source | undefined): string {
    const when = read.date ? ` on ${formatDate(read.date)}` : '';
    const part = read.part ? `: ${read.part}` : '';
    const where = source?.url ? ' at the source’s address' : '';
    switch (read.grade) {
      case 'original':
        return `Read in full${when}${part}.`;
      case 'excerpt':
        return `Only part of the original was read${where}${when}${part}.`;
      case 'reproduction':
        return `Read in a copy on ${read.via?.name ?? 'another site'}${when}, not on the original publisher’s site${part}.`;
      case 'not-read':
        return 'Not read yet: the quote was passed on with the address of its page and awaits reading there.';
    }
  },
  viaLink: 'the copy read',
  derived: (value: string, method: string): string => `${value}: ${method}`,
  derivedLead: 'Derived by this map: ',
  /** "3 figures: 2 Azerbaijani state, 1 third party" */
  whoSpeaks(total: number, parts: ReadonlyArray<readonly [string, number]>): string {
    const head = `${formatNumber(total)} ${total === 1 ? 'figure' : 'figures'}`;
    return `${head}: ${parts.map(([label, n]) => `${formatNumber(n)} ${label}`).join(', ')}`;
  },
  whoSpeaksLabel: 'Who speaks',
  /** the side panel's one sentence on the imbalance, from the build's counts */
  balanceSentence(b: Balance): string {
    const pct = (n: number) => `${Math.round((n / Math.max(1, b.claims)) * 100)}%`;
    const s = b.sides;
    const top = (Object.entries(s) as [Side, number][]).sort((x, y) => y[1] - x[1])[0];
    const most = top && top[1] > b.claims / 2 ? `Most figures in this atlas come from one side: ` : 'Figures in this atlas come from: ';
    return (
      `${most}${formatNumber(s.azerbaijani)} of ${formatNumber(b.claims)} (${pct(s.azerbaijani)}) from Azerbaijani bodies and media, ` +
      `${formatNumber(s.armenian)} (${pct(s.armenian)}) from the Armenian side, ${formatNumber(s['third-party'])} (${pct(s['third-party'])}) from third parties` +
      (s.unknown ? `, ${formatNumber(s.unknown)} whose source does not say whose they are.` : '.')
    );
  },
  balanceLink: 'See who speaks, by kind of figure and place',
  balanceHeading: 'Who speaks: figures by side',
  balanceIntro:
    'Each figure is counted once, by the side of the party that states it (parties are classified in the data, each with the basis for that call). Counts, not weights: they say whose voice the atlas holds, not who is right.',
  balanceGroupHeading: 'By kind of figure',
  balanceGradeHeading: 'By how closely the quote was read',
  balanceThemeHeading: 'Figures by side, per theme of the map (the figures it shades and lists)',
  balanceSubjectHeading: 'By place',
  balanceTotal: 'All figures',
  balanceColumn: 'Figures',
} as const;
