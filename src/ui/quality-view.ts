/**
 * The data-quality view: every check of atlas.json by category, the article's coverage, and a way
 * from each check to its figures and back (popup badges open the view at their check). A native
 * modal <dialog>: Escape, focus and the inert page behind it come from the browser.
 */
import { claimContext, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { CATEGORY, QUALITY } from '../i18n/en-quality.ts';
import { formatNumber } from '../lib/format.ts';
import { CHECK_CATEGORIES, type CheckCategory, type Claim, type CoverageSummary } from '../schema/index.ts';
import { closeOnEscape } from './dialog.ts';
import { reveal } from './focus-claim.ts';
import { el } from './dom.ts';
import { buildCheck, checkAnchorId, type QualityActions } from './quality-check.ts';
import { BALANCE_ANCHOR, buildBalanceBlock } from './balance-table.ts';
import { EVIDENCE } from '../i18n/en-evidence.ts';
import './quality.css';

export interface QualityView {
  /** the side panel's block: the counts, the coverage and the button that opens the view */
  summary: HTMLElement;
  /** opens the view, at one check when given; focus returns to `returnFocus` when it closes */
  open(checkId?: string, returnFocus?: HTMLElement): void;
}

function coverageBlock(coverage: CoverageSummary | null): HTMLElement | null {
  if (!coverage) return null;
  return el(
    'section',
    { class: 'quality-coverage', 'data-testid': 'coverage', 'data-percent': coverage.percent },
    el('h3', {}, QUALITY.coverageHeading),
    el('p', {}, QUALITY.coverage(coverage.in_data, coverage.total, formatNumber(coverage.percent))),
    coverage.out_of_scope.length
      ? el(
          'details',
          { class: 'quality-out-of-scope' },
          el('summary', {}, QUALITY.coverageOut(coverage.out_of_scope.length)),
          el('ul', {}, ...coverage.out_of_scope.map((o) => el('li', { 'data-figure-id': o.id }, el('strong', {}, o.figure), ` (${o.id}): ${o.reason}`))),
        )
      : null,
  );
}

/** What the page hears from the view: the address names the check it is open at (`sel=check:<id>`). */
export interface QualityEvents {
  opened(checkId: string | null): void;
  closed(): void;
}

export function mountQualityView(
  index: AtlasIndex,
  actions: QualityActions,
  events: QualityEvents = { opened: () => {}, closed: () => {} },
): QualityView {
  const checks = index.checks;
  const ctx = claimContext(index);
  const all = index.atlas.checks;
  const differs = all.filter((c) => c.result === 'differs').length;
  let returnTo: HTMLElement | undefined;

  // following a figure leaves the view: the popup or card it opens needs the page, and the
  // focus goes to the figure there, not back to where the view was opened from
  const leave = () => {
    returnTo = undefined;
    dialog.close();
  };
  const leaving: QualityActions = {
    showClaim: (claim: Claim, button) => {
      leave();
      actions.showClaim(claim, button);
    },
    showPlace: (id: PlaceId, button) => {
      leave();
      actions.showPlace(id, button);
    },
  };

  const present = CHECK_CATEGORIES.filter((cat) => all.some((c) => c.category === cat));
  const sections = new Map<CheckCategory, HTMLElement>(
    present.map((cat) => {
      const list = all.filter((c) => c.category === cat);
      return [
        cat,
        el(
          'section',
          { class: 'quality-category', 'data-category': cat, 'aria-labelledby': `quality-cat-${cat}` },
          el('h3', { id: `quality-cat-${cat}` }, `${CATEGORY[cat].label} (${list.length})`),
          el('p', { class: 'panel-intro' }, CATEGORY[cat].about),
          el('ul', { class: 'check-list', 'data-category-list': cat }),
        ),
      ];
    }),
  );
  // the checks set figures side by side: their claims are fetched the first time the view opens
  const subjects = [...new Set(Object.values(index.atlas.check_subjects).flat())];
  let filled: Promise<void> | undefined;
  const fill = (): Promise<void> =>
    (filled ??= index.claims.ensure(subjects).then(() => {
      for (const [cat, section] of sections) {
        section.querySelector('.check-list')?.replaceChildren(...all.filter((c) => c.category === cat).map((c) => buildCheck(c, index, ctx, leaving)));
      }
    }));

  const filter = el(
    'select',
    { class: 'quality-filter', 'data-testid': 'quality-filter', id: 'quality-filter' },
    el('option', { value: '' }, QUALITY.filterAll(all.length)),
    ...present.map((cat) => el('option', { value: cat }, `${CATEGORY[cat].label} (${all.filter((c) => c.category === cat).length})`)),
  );
  const applyFilter = () => {
    for (const [cat, section] of sections) section.hidden = filter.value !== '' && filter.value !== cat;
  };
  filter.addEventListener('change', applyFilter);

  const closeButton = el('button', { type: 'button', class: 'quality-close', 'data-testid': 'quality-close' }, QUALITY.close);
  const body = el('div', { class: 'quality-body' }, buildBalanceBlock(index), coverageBlock(index.atlas.coverage), ...sections.values());
  const dialog = el(
    'dialog',
    { class: 'quality-dialog', 'aria-labelledby': 'quality-heading', 'data-testid': 'quality-view' },
    el(
      'div',
      { class: 'quality-head' },
      el('h2', { id: 'quality-heading' }, QUALITY.heading),
      el('label', { for: 'quality-filter', class: 'quality-filter-label' }, `${QUALITY.filterLabel} `, filter),
      closeButton,
    ),
    el('p', { class: 'panel-intro' }, QUALITY.intro),
    body,
  );
  closeButton.addEventListener('click', () => dialog.close());
  closeOnEscape(dialog);
  dialog.addEventListener('close', () => {
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = undefined;
    events.closed();
  });
  document.body.append(dialog);

  const open = (checkId?: string, returnFocus?: HTMLElement) => {
    returnTo = returnFocus;
    // the view opens with its checks' figures: on the first opening, once they are fetched
    void fill().then(() => {
      if (!dialog.open) dialog.showModal();
      goTo(checkId);
    });
  };
  const goTo = (checkId?: string) => {
    const anchor = checkId === BALANCE_ANCHOR ? BALANCE_ANCHOR : checkId ? checkAnchorId(checkId) : null;
    const target = anchor ? dialog.querySelector<HTMLElement>(`#${CSS.escape(anchor)}`) : null;
    if (target && target.closest('section')?.hidden) {
      filter.value = '';
      applyFilter();
    }
    if (target) {
      const involved = target.querySelector<HTMLDetailsElement>('details.check-involved');
      if (involved) involved.open = true;
      reveal(target, 'start');
    } else closeButton.focus();
    events.opened(target && checkId !== BALANCE_ANCHOR ? (checkId ?? null) : null);
  };

  // every "data check" badge, in popups, cards and panels alike, opens the view at its check
  document.addEventListener('click', (e) => {
    const badge = (e.target as Element | null)?.closest<HTMLElement>('[data-open-check]');
    const id = badge?.dataset.openCheck;
    if (!badge || !id || !checks.byId.has(id)) return;
    open(id, badge);
  });

  const openButton = el('button', { type: 'button', class: 'quality-open', 'data-testid': 'quality-open' }, QUALITY.open);
  openButton.addEventListener('click', () => open(undefined, openButton));
  const coverage = index.atlas.coverage;
  const balanceButton = el('button', { type: 'button', class: 'link-button', 'data-testid': 'balance-open' }, EVIDENCE.balanceLink);
  balanceButton.addEventListener('click', () => open(BALANCE_ANCHOR, balanceButton));
  const summary = el(
    'section',
    { class: 'panel quality-summary', 'aria-labelledby': 'quality-summary-heading', 'data-testid': 'quality-summary' },
    el('h2', { id: 'quality-summary-heading' }, QUALITY.heading),
    el('p', { 'data-testid': 'balance-sentence' }, EVIDENCE.balanceSentence(index.atlas.balance), ' ', balanceButton),
    el('p', {}, QUALITY.summary(differs, all.length)),
    coverage ? el('p', {}, QUALITY.coverage(coverage.in_data, coverage.total, formatNumber(coverage.percent))) : null,
    openButton,
  );
  return { summary, open };
}
