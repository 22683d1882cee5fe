/**
 * One data check as the data-quality view shows it: title and result, what this map computed and
 * what the source states, the explanation, then every figure involved as a citable row with a
 * button that shows it where it lives (a popup, the country panel, an event card).
 */
import { isPlace, partyOf, subjectName, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { checkExplanation, checkTitle } from '../i18n/en-checks.ts';
import { QUALITY } from '../i18n/en-quality.ts';
import { attribution, formatAmount, formatValue } from '../lib/format.ts';
import type { Claim, DataCheck, SubjectId } from '../schema/index.ts';
import { buildClaimRow, type ClaimContext } from './claim-rows.ts';
import { deferContent, el } from './dom.ts';

export interface QualityActions {
  /** show a figure where it lives; the view closes first */
  showClaim(claim: Claim, button: HTMLButtonElement): void;
  showPlace(id: PlaceId, button: HTMLButtonElement): void;
}

/** Above this many figures the list starts folded and is built when first opened. */
const OPEN_UP_TO = 8;


export const checkAnchorId = (checkId: string): string => `check-${checkId}`;

function claimItem(claim: Claim, index: AtlasIndex, ctx: ClaimContext, actions: QualityActions): HTMLLIElement {
  const row = buildClaimRow(claim, ctx, { compact: true, where: `(${subjectName(index, claim.subject)})` });
  const show = el('button', { type: 'button', class: 'link-button check-claim', 'data-claim-id': claim.id }, QUALITY.showFigure);
  show.addEventListener('click', () => actions.showClaim(claim, show));
  row.querySelector('.claim-main')?.append(' · ', show);
  return row;
}

function figuresList(claims: readonly Claim[], index: AtlasIndex, ctx: ClaimContext, actions: QualityActions): HTMLElement {
  const details = el('details', { class: 'check-involved', open: claims.length <= OPEN_UP_TO }, el('summary', {}, QUALITY.figuresInvolved(claims.length)));
  // a list of a hundred figures is built only when the reader opens it
  deferContent(details, () => [el('ul', { class: 'claims check-figures-list' }, ...claims.map((c) => claimItem(c, index, ctx, actions)))]);
  return details;
}

function placeButtons(places: readonly SubjectId[], index: AtlasIndex, actions: QualityActions): HTMLElement | null {
  const ids = places.filter(isPlace);
  if (ids.length === 0) return null;
  return el(
    'div',
    { class: 'check-places' },
    el('p', { class: 'check-links-label' }, `${QUALITY.placesNamed}:`),
    el(
      'ul',
      { class: 'check-links' },
      ...ids.map((id) => {
        const b = el('button', { type: 'button', class: 'link-button check-place', 'data-place-id': id }, subjectName(index, id));
        b.addEventListener('click', () => actions.showPlace(id, b));
        return el('li', {}, b);
      }),
    ),
  );
}

export function buildCheck(check: DataCheck, index: AtlasIndex, ctx: ClaimContext, actions: QualityActions): HTMLLIElement {
  const claims = [...check.inputs, ...(check.against === null ? [] : [check.against])]
    .map((id) => index.claimsById.get(id))
    .filter((c): c is Claim => c !== undefined);
  const against = check.against === null ? undefined : index.claimsById.get(check.against);
  const computed =
    check.computed === null || check.result === 'listed'
      ? null
      : el('p', { class: 'check-figures' }, `${QUALITY.computed}: `, el('strong', {}, formatAmount(check.computed, check.computed_unit ?? '')));
  const stated = against && check.computed !== null
    ? el('p', { class: 'check-figures' }, `${QUALITY.stated}: `, el('strong', {}, formatValue(against.value, against.unit)), `, ${attribution(partyOf(against.claimed_by, index).name, against.claimed_year)}`)
    : null;
  return el(
    'li',
    {
      class: `check check-${check.result}`,
      id: checkAnchorId(check.id),
      tabindex: -1,
      'data-testid': 'data-check',
      'data-check-id': check.id,
      'data-category': check.category,
      'data-result': check.result,
    },
    el('h4', { class: 'check-title' }, checkTitle(check, index), ' ', el('span', { class: `badge badge-${check.result}` }, QUALITY.resultLabel[check.result])),
    computed,
    stated,
    el('p', { class: 'check-explanation' }, checkExplanation(check, index)),
    placeButtons(check.places, index, actions),
    claims.length > 0 ? figuresList(claims, index, ctx, actions) : null,
  );
}
