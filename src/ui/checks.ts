import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { attribution, formatNumber, formatValue } from '../lib/format.ts';
import { COUNTRY_ID, type Claim, type DataCheck } from '../schema/index.ts';
import { el } from './dom.ts';

export interface CheckActions {
  openPlace(id: PlaceId, button: HTMLButtonElement): void;
  showCountryClaim(claimId: string): void;
}

function claimButton(claim: Claim, index: AtlasIndex, actions: CheckActions): HTMLButtonElement {
  const place = claim.subject === COUNTRY_ID ? UI.countryHeading : (index.districtsById.get(claim.subject)?.name_az ?? claim.subject);
  const button = el(
    'button',
    { type: 'button', class: 'check-claim', 'data-claim-id': claim.id },
    `${place}: ${formatValue(claim.value, claim.unit)}`,
  );
  button.addEventListener('click', () => {
    if (claim.subject === COUNTRY_ID) actions.showCountryClaim(claim.id);
    else actions.openPlace(claim.subject, button);
  });
  return button;
}

/** One check: what this map computed from one source's figures, against what that source states. */
function buildCheck(check: DataCheck, index: AtlasIndex, actions: CheckActions): HTMLLIElement {
  const against = index.claimsById.get(check.against);
  const inputs = check.inputs.map((id) => index.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const stated = against
    ? `${formatValue(against.value, against.unit)}, ${attribution(against.claimed_by, against.claimed_year)}`
    : check.against;
  return el(
    'li',
    { class: `check check-${check.result}`, 'data-testid': 'data-check', 'data-check-id': check.id },
    el('h3', {}, check.title, ' ', el('span', { class: `badge badge-${check.result}` }, check.result)),
    el(
      'p',
      { class: 'check-figures' },
      `${UI.checkComputed}: `,
      el('strong', {}, formatNumber(check.computed)),
      ` (${UI.computedByMap}, ${UI.checkFromFigures(inputs.length)})`,
    ),
    el('p', { class: 'check-figures' }, `${UI.checkStated}: `, el('strong', {}, stated)),
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
