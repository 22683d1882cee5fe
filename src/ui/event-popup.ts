/**
 * Popups of the event layer: a place (how sure anyone is about where it is, then the event's
 * death toll side by side), the route (an illustration, and why), the measure (the map's own
 * distance next to the distances the sources state). Same claim rows as the district popups.
 */
import type { AtlasIndex } from '../data/index-claims.ts';
import { claimContext, claimsByMetric, partyOf } from '../data/index-claims.ts';
import { UI } from '../i18n/en.ts';
import { formatNumber } from '../lib/format.ts';
import type { Claim, EventPlaceSummary, EventEntry, MeasureSummary, Metric, RouteSummary, SubjectId } from '../schema/index.ts';
import { buildMetricBlock, type ClaimContext } from './claim-rows.ts';
import { el } from './dom.ts';
import { DEATH_TOLL_METRICS, countBlocks, eventClaims, whereOf } from './event-claims.ts';
import { alsoKnownAs } from './popup.ts';

/** What a popup is about: map features of kinds place/uncertainty/described-area are a `place`. */
export interface EventRef {
  kind: 'place' | 'route' | 'measure';
  id: string;
}

export interface EventPopupActions {
  /** open another event popup (a place the route passes, a mark under the same click) */
  open(ref: EventRef, returnFocus: HTMLElement): void;
  openCard(eventId: string, returnFocus: HTMLElement): void;
}

/** Claims shown elsewhere than in a place's own list: its location, and the measure's distances. */
const NOT_IN_PLACE_LIST = new Set<Metric>(['location', 'place_description', 'distance_miles', ...DEATH_TOLL_METRICS]);

const ctxOf = (index: AtlasIndex): ClaimContext => claimContext(index);

function eventOf(index: AtlasIndex, id: string): EventEntry | undefined {
  return index.eventsById.get(id);
}

function linkButton(text: string, onClick: (b: HTMLButtonElement) => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'link-button', ...attrs }, text);
  b.addEventListener('click', () => onClick(b));
  return b;
}

/** The precision block: what a reader must know before trusting where the mark is. */
function precisionBlock(place: EventPlaceSummary, index: AtlasIndex): HTMLElement {
  const ctx = ctxOf(index);
  const loc = place.location;
  const own = index.claimsBySubject.get(place.id) ?? [];
  const box = (...children: Array<Node | null>) =>
    el(
      'section',
      { class: `precision precision-${loc.precision}`, 'data-testid': 'precision', 'data-precision': loc.precision },
      el('h3', { class: 'metric-heading' }, UI.precisionHeading),
      ...children,
    );
  if (loc.precision === 'described') {
    const descriptions = own.filter((c) => c.metric === 'place_description');
    let areaText: string = UI.precisionDescribedNotDrawn;
    if (loc.area) {
      const district = index.districtsById.get(loc.area.district)?.name_az ?? loc.area.district;
      const route = index.routesById.get(loc.area.route)?.name_en ?? loc.area.route;
      areaText = UI.precisionDescribedArea(district, loc.area.corridor_km, route, place.area_km2);
    }
    return box(
      el('p', { class: 'precision-text' }, el('strong', {}, UI.precisionDescribed), areaText),
      descriptions.length ? buildMetricBlock('place_description', descriptions, ctx, { level: 'h4' }) : null,
    );
  }
  const drawn = index.claimsById.get(loc.claim);
  const others = own.filter((c) => c.metric === 'location' && c.id !== loc.claim);
  const points = drawn ? [drawn, ...others] : others;
  const who = drawn ? partyOf(drawn.claimed_by, index).name : '—';
  // "gazetteer" only for a gazetteer (a dataset such as GeoNames), never for an article's infobox
  const gazetteer = drawn ? index.sourcesById.get(drawn.source)?.type === 'dataset' : false;
  const lead = loc.precision === 'exact' ? UI.precisionExact(who, gazetteer) : UI.precisionApproximate(who, loc.radius_km);
  const descriptions = own.filter((c) => c.metric === 'place_description');
  return box(
    el('p', { class: 'precision-text' }, el('strong', {}, lead), others.length ? ` ${UI.precisionExactMore}` : ''),
    buildMetricBlock('location', points, ctx, {
      level: 'h4',
      whereOf: (c) => (c.id === loc.claim ? `(${UI.drawnOnMap})` : undefined),
    }),
    descriptions.length ? buildMetricBlock('place_description', descriptions, ctx, { level: 'h4' }) : null,
  );
}

/** The event under a place popup: its death toll, side by side, and the way to the card. */
function eventSection(event: EventEntry, index: AtlasIndex, actions: EventPopupActions): HTMLElement {
  const blocks = countBlocks(eventClaims(index, event), DEATH_TOLL_METRICS, ctxOf(index), whereOf(index, event), { level: 'h4' });
  return el(
    'section',
    { class: 'event-section', 'data-event-id': event.id, 'data-testid': 'death-toll' },
    el('h3', { class: 'event-section-title' }, event.name_en),
    el('p', { class: 'event-section-lead' }, `${UI.deathTollHeading}. ${UI.deathTollIntro}`),
    el('div', { class: 'figures' }, ...blocks),
    linkButton(UI.openEventCard, (b) => actions.openCard(event.id, b), { 'data-testid': 'open-event-card' }),
  );
}

function placeSection(place: EventPlaceSummary, index: AtlasIndex, actions: EventPopupActions): HTMLElement {
  const ctx = ctxOf(index);
  const rest = (index.claimsBySubject.get(place.id) ?? []).filter((c) => !NOT_IN_PLACE_LIST.has(c.metric));
  const event = eventOf(index, place.event);
  return el(
    'div',
    { class: 'event-popup-body' },
    el(
      'section',
      { class: 'place event-place', 'data-place-id': place.id },
      el('h2', { class: 'place-name' }, place.name_az),
      el('p', { class: 'place-kind' }, `${place.name_en} · ${UI.role}${place.role}`),
      alsoKnownAs(place),
      precisionBlock(place, index),
      el('div', { class: 'figures' }, ...claimsByMetric(rest).map(([m, list]) => buildMetricBlock(m, list, ctx))),
      place.note ? el('details', { class: 'place-note' }, el('summary', {}, UI.aboutRecord), el('p', {}, place.note)) : null,
    ),
    event ? eventSection(event, index, actions) : null,
  );
}

function routeSection(route: RouteSummary, index: AtlasIndex, actions: EventPopupActions): HTMLElement {
  const ctx = ctxOf(index);
  const described = (index.claimsBySubject.get(route.id) ?? []).filter((c) => c.metric === 'route_description');
  const through: Array<Node | string> = [UI.routeThrough];
  route.through.forEach((id, i) => {
    if (i > 0) through.push(' → ');
    through.push(linkButton(index.eventNames.get(id) ?? id, (b) => actions.open({ kind: 'place', id }, b), { 'data-open-place': id }));
  });
  return el(
    'section',
    { class: 'place event-route', 'data-route-id': route.id },
    el('h2', { class: 'place-name' }, route.name_en),
    el(
      'section',
      { class: 'precision precision-approximate', 'data-testid': 'precision', 'data-precision': 'approximate' },
      el('h3', { class: 'metric-heading' }, UI.precisionHeading),
      el('p', { class: 'precision-text' }, el('strong', {}, UI.routeBasis), route.basis, ' ', UI.routeCorridor(route.corridor_km)),
      el('p', { class: 'route-through' }, ...through),
    ),
    described.length ? buildMetricBlock('route_description', described, ctx) : null,
    el(
      'section',
      { class: 'metric', 'data-metric': 'route_length' },
      el('h3', { class: 'metric-heading' }, UI.routeLength),
      el('ul', { class: 'claims' }, calculationRow(UI.routeLengthRow(formatNumber(route.length_km)), UI.mapCalculation)),
    ),
  );
}

/** A figure this map computed: italic, labelled "map calculation", never styled as a source's claim. */
function calculationRow(value: string, how: string): HTMLLIElement {
  return el(
    'li',
    { class: 'claim claim-calculated', 'data-testid': 'map-calculation' },
    el('p', { class: 'claim-main' }, el('strong', { class: 'claim-value' }, value), `, ${UI.mapCalculation}`),
    el('p', { class: 'claim-cite' }, how),
  );
}

/** The map's straight-line distance beside the stated distances it is compared with. */
export function measureBlock(measure: MeasureSummary, index: AtlasIndex, level: 'h2' | 'h4' = 'h2'): HTMLElement {
  const stated = measure.compare_with.map((id) => index.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const from = index.eventNames.get(measure.from) ?? measure.from;
  const to = index.eventNames.get(measure.to) ?? measure.to;
  return el(
    'section',
    { class: 'place event-measure', 'data-measure-id': measure.id },
    el(level, { class: level === 'h2' ? 'place-name' : 'metric-heading' }, UI.measureTitle(from, to)),
    el(
      'ul',
      { class: 'claims' },
      calculationRow(UI.measureComputed(formatNumber(measure.km), formatNumber(measure.miles)), measure.method),
    ),
    stated.length
      ? buildMetricBlock('distance_miles', stated, ctxOf(index), { level: level === 'h2' ? 'h3' : 'h4' })
      : null,
    el('p', { class: 'measure-note' }, measure.note),
  );
}

function sectionFor(ref: EventRef, index: AtlasIndex, actions: EventPopupActions): HTMLElement | null {
  if (ref.kind === 'place') {
    const place = index.eventPlacesById.get(ref.id);
    return place ? placeSection(place, index, actions) : null;
  }
  if (ref.kind === 'route') {
    const route = index.routesById.get(ref.id);
    return route ? routeSection(route, index, actions) : null;
  }
  const measure = [...index.eventsById.values()].flatMap((e) => e.measures).find((m) => m.id === ref.id);
  return measure ? measureBlock(measure, index) : null;
}

/** The name of a mark, for "Also here:". */
export function refName(ref: EventRef, index: AtlasIndex): string {
  if (ref.kind === 'measure') {
    const m = [...index.eventsById.values()].flatMap((e) => e.measures).find((x) => x.id === ref.id);
    return m ? UI.measureTitle(index.eventNames.get(m.from) ?? m.from, index.eventNames.get(m.to) ?? m.to) : ref.id;
  }
  // ids come from the map's own features; an unknown one is shown as is
  return index.eventNames.get(ref.id as SubjectId) ?? ref.id;
}

/**
 * The popup for the marks under one click, most specific first (the click router orders them):
 * the first is shown, the others are one click away under "Also here".
 */
export function buildEventPopup(refs: readonly EventRef[], index: AtlasIndex, actions: EventPopupActions): HTMLElement {
  const [first, ...others] = refs;
  const body = first ? sectionFor(first, index, actions) : null;
  const also = others.length
    ? el(
        'p',
        { class: 'places-here' },
        UI.alsoHere,
        ...others.flatMap((r, i) => [i === 0 ? ' ' : ' · ', linkButton(refName(r, index), (b) => actions.open(r, b), { 'data-open-ref': `${r.kind}:${r.id}` })]),
      )
    : null;
  return el(
    'div',
    { class: 'atlas-popup event-popup', 'data-testid': 'popup', 'data-event-ref': first ? `${first.kind}:${first.id}` : '' },
    also,
    body,
  );
}
