/**
 * Who speaks: the build's counts of figures by the side of the party that states them,
 * by kind of figure, by how closely the quote was read and by place. Plain tables with headers, so
 * a screen reader reads each count with its row and column.
 */
import { EVIDENCE, GRADE_LABEL, GRADE_MEANING, GROUP_LABEL, SIDE_NAME } from '../i18n/en-evidence.ts';
import { METRIC_LABEL } from '../i18n/en.ts';
import { formatNumber } from '../lib/format.ts';
import { METRIC_GROUPS, READ_GRADES, SIDES, type SideCounts } from '../schema/index.ts';
import { el } from './dom.ts';
import { subjectName, type AtlasIndex } from '../data/index-claims.ts';

export const BALANCE_ANCHOR = 'quality-balance';

const sum = (c: SideCounts) => SIDES.reduce((n, s) => n + c[s], 0);

function table(caption: string, rows: ReadonlyArray<{ key: string; label: string; title?: string; counts: SideCounts }>, testid: string): HTMLTableElement {
  const head = el('tr', {}, el('th', { scope: 'col' }, ''), ...SIDES.map((s) => el('th', { scope: 'col', 'data-side': s }, SIDE_NAME[s])), el('th', { scope: 'col' }, EVIDENCE.balanceTotal));
  const body = rows.map((r) =>
    el(
      'tr',
      { 'data-row': r.key },
      el('th', { scope: 'row', title: r.title }, r.label),
      ...SIDES.map((s) => el('td', { 'data-side': s }, formatNumber(r.counts[s]))),
      el('td', { 'data-total': '' }, formatNumber(sum(r.counts))),
    ),
  );
  return el('table', { class: 'balance-table', 'data-testid': testid }, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, ...body));
}

export function buildBalanceBlock(index: AtlasIndex): HTMLElement {
  const b = index.atlas.balance;
  const groups = METRIC_GROUPS.filter((g) => sum(b.by_group[g]) > 0).map((g) => ({ key: g, label: GROUP_LABEL[g], counts: b.by_group[g] }));
  const grades = READ_GRADES.map((g) => ({ key: g, label: GRADE_LABEL[g], title: GRADE_MEANING[g], counts: b.by_grade[g] }));
  const places = b.by_subject.map((s) => ({ key: s.subject, label: subjectName(index, s.subject), counts: s.counts }));
  const themes = b.by_theme.map((t) => ({ key: t.theme, label: METRIC_LABEL[t.theme], counts: t.counts }));
  return el(
    'section',
    { class: 'quality-balance', id: BALANCE_ANCHOR, tabindex: -1, 'data-testid': 'balance' },
    el('h3', {}, EVIDENCE.balanceHeading),
    el('p', { class: 'panel-intro' }, EVIDENCE.balanceSentence(b)),
    el('p', { class: 'panel-intro' }, EVIDENCE.balanceIntro),
    table(EVIDENCE.balanceGroupHeading, [...groups, { key: 'all', label: EVIDENCE.balanceTotal, counts: b.sides }], 'balance-groups'),
    table(EVIDENCE.balanceGradeHeading, grades, 'balance-grades'),
    el('details', { class: 'balance-themes' }, el('summary', {}, EVIDENCE.balanceThemeHeading), table(EVIDENCE.balanceThemeHeading, themes, 'balance-themes')),
    el('details', { class: 'balance-places' }, el('summary', {}, EVIDENCE.balanceSubjectHeading), table(EVIDENCE.balanceSubjectHeading, places, 'balance-places')),
  );
}
