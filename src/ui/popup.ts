import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import { areasOf, claimContext, claimsByMetric, partyOf } from '../data/index-claims.ts';
import { GROUP_LISTED_AS, KIND_LABEL, METRIC_LABEL, UI } from '../i18n/en.ts';
import { attribution, formatAmount, formatNumber, formatValue } from '../lib/format.ts';
import { DAMAGE_SET, NKAO_ID, type Claim, type DistrictSummary, type GroupBasis, type Metric } from '../schema/index.ts';
import { QUALITY } from '../i18n/en-quality.ts';
import { buildClaimRow, buildMetricBlock, claimsFailedNotice, whoSpeaksLine, type ClaimContext } from './claim-rows.ts';
import { buildAreaBlock } from './area-block.ts';
import { deferContent, el } from './dom.ts';
import { buildControlHistory } from './control-history.ts';
import type { ControlIndex } from '../data/control.ts';
import { statusOn } from '../lib/control-status.ts';

export interface PopupActions {
  /** open another place's popup (the NKAO from one of its rayons) */
  openPlace(id: PlaceId): void;
  /** the metric the map is shaded by: its figures lead the popup (displaced people by default) */
  leadMetric?: Metric;
  /** the timeline: its day (null while it is closed) and each place's dated changes of control */
  control?: { day: string | null; ix: ControlIndex };
}

/** A place's changes of control and its status on the timeline's day (null while it is closed). */
function controlOf(id: PlaceId, actions: PopupActions) {
  const changes = actions.control?.ix.changesByPlace.get(id) ?? [];
  const day = actions.control?.day ?? null;
  return { changes, day, on: day === null ? null : statusOn(changes, day) };
}

/** Names shown before the rest fold away behind "N more names". */
const ALIASES_SHOWN = 3;

/** The names a place is known by: districts and event places share this shape. */
export interface NamedPlace {
  name_az: string;
  name_en: string;
  aliases: DistrictSummary['aliases'];
}

/** "also known as: Kelbadjar (spelling in the seed article), Karvachar (Armenian name) …" */
export function alsoKnownAs(d: NamedPlace): HTMLElement | null {
  const names: string[] = [];
  const seen = new Set([d.name_az]);
  const add = (name: string, use: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    // "Armenian name (Armenian script)" would nest brackets: "Armenian name, Armenian script"
    names.push(`${name} (${use.replace(/\s*\(([^)]*)\)/g, ', $1')})`);
  };
  // the article's spellings first, then the Armenian name in Latin letters, then the rest in data order
  const rank = (a: NamedPlace['aliases'][number]) =>
    /seed article/i.test(a.use) ? 0 : a.lang === 'hy' && !/script/i.test(a.use) ? 1 : 2;
  for (const a of [...d.aliases].sort((x, y) => rank(x) - rank(y))) add(a.name, a.use);
  add(d.name_en, 'English');
  if (names.length === 0) return null;
  const shown = names.slice(0, ALIASES_SHOWN);
  const rest = names.slice(ALIASES_SHOWN);
  return el(
    'div',
    { class: 'aka' },
    el('p', {}, UI.alsoKnownAs, shown.join(', '), rest.length ? ' …' : ''),
    rest.length
      ? el('details', { class: 'aka-more' }, el('summary', {}, UI.moreNames(rest.length)), el('p', {}, rest.join(', ')))
      : null,
  );
}

function groupLine(basis: GroupBasis, index: AtlasIndex, ctx: ClaimContext): HTMLElement {
  if (basis.kind === 'map-calculation') {
    return el(
      'li',
      { class: 'group-basis', 'data-testid': 'group-basis', 'data-group': basis.group },
      el('p', {}, `${UI.withinNkao}${formatNumber(Math.round(basis.share_pct))}%${UI.ofItsArea}`),
      el('p', { class: 'claim-cite' }, basis.method),
    );
  }
  const claim = index.claimsById.get(basis.claim);
  const lead = `${UI.listedAmong}${GROUP_LISTED_AS[basis.group]}`;
  if (!claim) return el('li', { class: 'group-basis', 'data-group': basis.group }, lead);
  return buildClaimRow(claim, ctx, { lead });
}

/** The displaced-people block, including what to say when no source gives a figure. */
function idpBlock(d: DistrictSummary, claims: readonly Claim[], ctx: ClaimContext, actions: PopupActions): HTMLElement {
  if (claims.length > 0) return buildMetricBlock('idp', claims, ctx);
  const inNkao = d.id !== NKAO_ID && d.groups.some((g) => g.group === 'former-nkao');
  if (!inNkao) return el('section', { class: 'metric metric-none', 'data-metric': 'idp' }, el('p', {}, UI.noIdpFigure));
  const button = el('button', { type: 'button', class: 'link-button', 'data-open-place': NKAO_ID }, UI.openNkao);
  button.addEventListener('click', () => actions.openPlace(NKAO_ID));
  return el('section', { class: 'metric metric-none', 'data-metric': 'idp' }, el('p', {}, UI.nkaoOnlyIdp), button);
}

/**
 * A rayon of the former NKAO with no figure of the shaded metric, where the sources give one for
 * Nagorno-Karabakh as a whole: said so, with the way to it, never as the rayon's own figure.
 */
function widerFigureBlock(d: DistrictSummary, lead: Metric, own: boolean, index: AtlasIndex, actions: PopupActions): HTMLElement | null {
  const inNkao = d.id !== NKAO_ID && d.groups.some((g) => g.group === 'former-nkao');
  if (own || !inNkao || !index.themes.find((t) => t.metric === lead)?.shades.has(NKAO_ID)) return null;
  const button = el('button', { type: 'button', class: 'link-button', 'data-open-place': NKAO_ID }, UI.openNkao);
  button.addEventListener('click', () => actions.openPlace(NKAO_ID));
  return el('section', { class: 'metric metric-none', 'data-metric': lead, 'data-testid': 'wider-figure' }, el('p', {}, UI.nkaoOnlyFigure(METRIC_LABEL[lead])), button);
}

function areaCalculationRow(d: DistrictSummary): HTMLLIElement {
  return el(
    'li',
    { class: 'claim claim-calculated', 'data-testid': 'map-calculation' },
    el(
      'p',
      { class: 'claim-main' },
      el('strong', { class: 'claim-value' }, formatAmount(Math.round(d.area_km2_map), 'km²')),
      `, ${UI.mapCalculation}`,
    ),
    el('p', { class: 'claim-cite' }, UI.mapCalculationArea),
  );
}

/**
 * Damage figures, folded under one line that says how many there are and from how many sources;
 * or the plain statement that no source gives one (never an empty space a reader could read as zero).
 */
function damageSection(d: DistrictSummary, entries: Array<[Metric, Claim[]]>, ctx: ClaimContext, open: boolean): HTMLElement | null {
  const claims = entries.flatMap(([, list]) => list);
  if (claims.length === 0) {
    if (d.id === NKAO_ID) return null;
    return el('section', { class: 'metric metric-none damage-none', 'data-testid': 'damage-none' }, el('p', {}, QUALITY.noDamage(d.name_az)));
  }
  const sources = new Set(claims.map((c) => c.source)).size;
  const details = el(
    'details',
    { class: 'damage', 'data-testid': 'damage', open },
    el('summary', {}, el('strong', {}, QUALITY.damageHeading), ` · ${QUALITY.damageSummary(claims.length, sources)}`),
  );
  // folded, its figures are built when first opened: most of a district's rows live here, and a
  // popup that opens fast matters more than rows nobody has asked to see yet
  deferContent(details, () => claimsByMetric(claims).map(([metric, list]) => buildMetricBlock(metric, list, ctx)));
  return details;
}

/**
 * The areas the sources name that take in this district or lie in it, each with its own figures
 * under its own name: a regional figure is never shown as the district's. Folded unless one is a
 * town or site in the district.
 */
function areasSection(id: PlaceId, index: AtlasIndex, ctx: ClaimContext): HTMLElement | null {
  const areas = areasOf(index, id);
  if (areas.length === 0) return null;
  return el(
    'details',
    { class: 'areas', 'data-testid': 'areas', open: areas.some((a) => a.within !== null) },
    el('summary', {}, UI.areasSummary(areas.length)),
    ...areas.map((a) => buildAreaBlock(a, index, ctx, { relation: a.within ? UI.areaInDistrict : UI.areaForWider })),
  );
}

/** The place's names and why its figures are missing: the first load has the names, the file had the rest. */
function failedPlaceSection(id: PlaceId, d: DistrictSummary, failed: { file: string; message: string }): HTMLElement {
  return el(
    'section',
    { class: 'place', 'data-place-id': id },
    el('h2', { class: 'place-name' }, d.name_az),
    el('p', { class: 'place-kind' }, d.name_en === d.name_az ? KIND_LABEL[d.kind] : `${d.name_en} · ${KIND_LABEL[d.kind]}`),
    alsoKnownAs(d),
    claimsFailedNotice(failed),
  );
}

/** The claims the current theme draws for a place: what colours it on the map. */
function drawnFor(index: AtlasIndex, id: PlaceId, lead: Metric): Claim[] {
  const shade = index.themes.find((t) => t.metric === lead)?.shades.get(id);
  return (shade?.claims ?? []).flatMap((cid) => index.claimsById.get(cid) ?? []);
}

/**
 * The popup's first line: which figure colours the place under the current theme, and whose it
 * is ("On the map: 63,007 persons, according to US Committee for Refugees (2000)"), or that none does.
 */
function onMapLine(drawn: readonly Claim[], lead: Metric, ctx: ClaimContext): HTMLElement {
  const label = METRIC_LABEL[lead];
  if (drawn.length === 0) return el('p', { class: 'on-map on-map-none', 'data-testid': 'on-map' }, UI.onMapNone(label));
  const parts = drawn.flatMap((c, i) => [
    i === 0 ? '' : '; ',
    el('strong', {}, formatValue(c.value, c.unit)),
    ` ${attribution(partyOf(c.claimed_by, ctx).name, c.claimed_year)}`,
  ]);
  const differ = new Set(drawn.map((c) => JSON.stringify(c.value))).size > 1;
  return el('p', { class: 'on-map', 'data-testid': 'on-map' }, differ ? UI.onMapDiffer : UI.onMap, ...parts, el('span', { class: 'on-map-label' }, ` — ${label}`));
}

/** One place: what colours it on the map first, then its names, then every other figure, folded. */
export function buildPlaceSection(id: PlaceId, index: AtlasIndex, actions: PopupActions): HTMLElement {
  const ctx: ClaimContext = claimContext(index);
  const d = index.districtsById.get(id);
  if (!d) return el('section', { class: 'place' }, el('p', {}, id));
  // a claim that dates a change of control is shown once, in the place's dated history
  const dating = new Set(controlOf(id, actions).changes.flatMap((c) => c.claims));
  const claims = (index.claimsBySubject.get(id) ?? []).filter((c) => c.metric !== 'group' && !dating.has(c.id));
  const failed = index.claims.failure(id);
  // without its file the popup knows nothing of the place's figures: it must not say "no figure"
  if (failed) return failedPlaceSection(id, d, failed);
  const note = index.claims.notes.get(id);
  const byMetric = new Map(claimsByMetric(claims));

  const lead = actions.leadMetric ?? 'idp';
  const drawn = drawnFor(index, id, lead);
  const shownFirst = new Set(drawn.map((c) => c.id));
  const leadClaims = byMetric.get(lead) ?? [];
  const leadBlock =
    lead === 'idp' && leadClaims.length === 0
      ? idpBlock(d, [], ctx, actions)
      : leadClaims.length === 0
        ? (widerFigureBlock(d, lead, false, index, actions) ??
          buildMetricBlock(lead, [], ctx, { extra: [el('li', { class: 'metric-none' }, UI.legendNoFigure)] }))
        : buildMetricBlock(lead, leadClaims, ctx, drawn.length > 0 ? { shownFirst } : {});
  const leadHasDamage = DAMAGE_SET.includes(lead) && byMetric.has(lead);
  byMetric.delete(lead);
  const damageEntries = [...byMetric.entries()].filter(([m]) => DAMAGE_SET.includes(m));
  // the shaded damage figure already leads: the section holds the others, if there are any
  const damage = damageEntries.length === 0 && leadHasDamage ? null : damageSection(d, damageEntries, ctx, false);
  for (const m of DAMAGE_SET) byMetric.delete(m);
  const rest: HTMLElement[] = [];
  if (lead !== 'idp') rest.push(idpBlock(d, byMetric.get('idp') ?? [], ctx, actions));
  byMetric.delete('idp');
  if (!byMetric.has('area_km2')) byMetric.set('area_km2', []);
  for (const [metric, list] of claimsByMetric([...byMetric.values()].flat())) {
    if (metric === 'area_km2') continue;
    rest.push(buildMetricBlock(metric, list, ctx));
  }
  if (damage) rest.push(damage);
  // the area block last: the sources' figures, then the map's own calculation
  rest.push(buildMetricBlock('area_km2', byMetric.get('area_km2') ?? [], ctx, { extra: [areaCalculationRow(d)] }));
  const groups = d.groups.map((g) => groupLine(g, index, ctx));
  if (groups.length) rest.push(el('ul', { class: 'groups', 'aria-label': UI.groupsHeading }, ...groups));
  const otherCount = claims.length - leadClaims.length;

  const more = el('details', { class: 'more-figures', 'data-testid': 'more-figures' }, el('summary', {}, UI.moreAboutPlace(otherCount)));
  // folded, built when first opened: a popup that opens on its figure matters more than rows not asked for yet
  deferContent(more, () => {
    const who = whoSpeaksLine(claims, ctx);
    return who ? [who, el('div', { class: 'figures' }, ...rest)] : [el('div', { class: 'figures' }, ...rest)];
  });
  // on the timeline the map draws who held the place: that leads, and the figures follow
  const control = controlOf(id, actions);
  const history = control.changes.length > 0 || control.day !== null ? buildControlHistory(d.name_az, control.changes, index, control.day, control.on) : null;
  return el(
    'section',
    { class: 'place', 'data-place-id': id },
    el('h2', { class: 'place-name' }, d.name_az),
    control.day === null ? onMapLine(drawn, lead, ctx) : history,
    el('p', { class: 'place-kind' }, d.name_en === d.name_az ? KIND_LABEL[d.kind] : `${d.name_en} · ${KIND_LABEL[d.kind]}`),
    alsoKnownAs(d),
    el('div', { class: 'figures' }, leadBlock),
    more,
    control.day === null ? history : null,
    areasSection(id, index, ctx),
    // the curators' note on the record (where names came from, known errors in the base data)
    note ? el('details', { class: 'place-note' }, el('summary', {}, UI.aboutRecord), el('p', {}, note)) : null,
  );
}

/** When a point lies in a rayon and in the NKAO outline: say so, with a jump to each section. */
function placesHere(sections: readonly HTMLElement[], index: AtlasIndex, ids: readonly PlaceId[]): HTMLElement | null {
  if (ids.length < 2) return null;
  const jumps = ids.map((id, i) => {
    const b = el('button', { type: 'button', class: 'link-button' }, index.districtsById.get(id)?.name_az ?? id);
    b.addEventListener('click', () => sections[i]?.scrollIntoView({ block: 'start' }));
    return b;
  });
  const parts: (HTMLElement | string)[] = [UI.placesHere(ids.length)];
  jumps.forEach((b, i) => parts.push(i === 0 ? ' ' : ' · ', b));
  return el('p', { class: 'places-here' }, ...parts);
}

/**
 * The popup root: one section per place hit, rayon first (the click router orders them). A place
 * whose claims are not loaded yet shows its name and "loading" until they are; the root is the
 * same element throughout, so whoever holds it sees it filled.
 */
export function buildPopup(ids: readonly PlaceId[], index: AtlasIndex, actions: PopupActions): HTMLElement {
  // "popup" once it holds the figures (or says why it cannot): a test or a script waiting for the figures waits for that
  const root = el('div', { class: 'atlas-popup', 'data-testid': 'popup-loading' });
  const fill = () => {
    const sections = ids.map((id) => buildPlaceSection(id, index, actions));
    root.replaceChildren(...[placesHere(sections, index, ids), ...sections].filter((n): n is HTMLElement => n !== null));
    root.removeAttribute('aria-busy');
    root.dataset.testid = 'popup';
  };
  // the areas a district lies in or that lie in it come with it: their files are small
  // and the claim files that date its changes of control (Nagorno-Karabakh's, for Khankəndi)
  const subjects = [
    ...ids,
    ...ids.flatMap((id) => areasOf(index, id).map((a) => a.id)),
    ...ids.flatMap((id) => (actions.control?.ix.changesByPlace.get(id) ?? []).flatMap((c) => c.subjects)),
  ].filter((s, i, all) => all.indexOf(s) === i);
  if (subjects.every((id) => index.claims.ready(id))) {
    fill();
    return root;
  }
  root.setAttribute('aria-busy', 'true');
  root.append(
    ...ids.map((id) => el('h2', { class: 'place-name' }, index.districtsById.get(id)?.name_az ?? id)),
    el('p', { class: 'popup-loading' }, UI.loadingFigures),
  );
  void index.claims.ensure(subjects).then(fill);
  return root;
}
