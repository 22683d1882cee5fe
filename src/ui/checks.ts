import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { attribution, formatNumber, formatValue } from '../lib/format.ts';
import { COUNTRY_ID, DistrictId, NKAO_ID, type Claim, type DataCheck, type SubjectId } from '../schema/index.ts';
import { el } from './dom.ts';

export interface CheckActions {
  openPlace(id: PlaceId, button: HTMLButtonElement): void;
  showCountryClaim(claimId: string): void;
  /** a claim about an event, one of its places or its route */
  openEventSubject(subject: SubjectId, button: HTMLButtonElement): void;
}

const isPlace = (s: SubjectId): s is PlaceId => s === NKAO_ID || DistrictId.safeParse(s).success;

function claimButton(claim: Claim, index: AtlasIndex, actions: CheckActions): HTMLButtonElement {
  const subject = claim.subject;
  const place = subject === COUNTRY_ID ? UI.countryHeading : isPlace(subject) ? (index.districtsById.get(subject)?.name_az ?? subject) : (index.eventNames.get(subject) ?? subject);
  const button = el(
    'button',
    { type: 'button', class: 'check-claim', 'data-claim-id': claim.id },
    `${place}: ${formatValue(claim.value, claim.unit)}`,
  );
  button.addEventListener('click', () => {
    if (subject === COUNTRY_ID) actions.showCountryClaim(claim.id);
    else if (isPlace(subject)) actions.openPlace(subject, button);
    else actions.openEventSubject(subject, button);
  });
  return button;
}

/** One check: what this map computed from one source's figures, against what that source states. */
function buildCheck(check: DataCheck, index: AtlasIndex, actions: CheckActions): HTMLLIElement {
  const against = check.against === null ? undefined : index.claimsById.get(check.against);
  const inputs = check.inputs.map((id) => index.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const stated = against
    ? `${formatValue(against.value, against.unit)}, ${attribution(against.claimed_by, against.claimed_year)}`
    : '';
  return el(
    'li',
    { class: `check check-${check.result}`, 'data-testid': 'data-check', 'data-check-id': check.id },
    el('h3', {}, check.title, ' ', el('span', { class: `badge badge-${check.result}` }, check.result)),
    check.computed === null
      ? null
      : el(
          'p',
          { class: 'check-figures' },
          `${UI.checkComputed}: `,
          el('strong', {}, formatNumber(check.computed)),
          ` (${UI.computedByMap}, ${UI.checkFromFigures(inputs.length)})`,
        ),
    check.computed === null
      ? el('p', { class: 'check-figures' }, `${UI.checkCompared}: `, ...inputs.flatMap((c) => [el('strong', {}, formatValue(c.value, c.unit)), `, ${attribution(c.claimed_by, c.claimed_year)}; `]))
      : null,
    el('p', { class: 'check-figures' }, `${check.computed === null ? UI.checkComparedWith : UI.checkStated}: `, el('strong', {}, stated)),
    el('p', { class: 'check-explanation' }, check.explanation),
    el('p', { class: 'check-links-label' }, `${UI.checkInputs}:`),
    el('ul', { class: 'check-links' }, ...inputs.map((c) => el('li', {}, claimButton(c, index, actions)))),
    against ? el('p', { class: 'check-links-label' }, `${UI.checkAgainst}:`) : null,
    against ? el('ul', { class: 'check-links' }, el('li', {}, claimButton(against, index, actions))) : null,
  );
}

export function buildChecks(index: AtlasIndex, actions: CheckActions): HTMLElement {
  return el(
    'section',
    { class: 'panel checks', 'aria-labelledby': 'checks-heading' },
    el('h2', { id: 'checks-heading' }, UI.checksHeading),
    el('p', { class: 'panel-intro' }, UI.checksIntro),
    el('ul', { class: 'check-list' }, ...index.atlas.checks.map((c) => buildCheck(c, index, actions))),
  );
}
