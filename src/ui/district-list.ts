import { IDP_CLASSES } from '../config/classes.ts';
import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import { GROUP_LABEL, UI } from '../i18n/en.ts';
import { entryMatches, searchEntries, targetDistrict, type SearchEntry } from '../data/search-entries.ts';
import { DISTRICT_IDS, GROUP_IDS, NKAO_ID, type GroupId } from '../schema/index.ts';
import { el } from './dom.ts';
import { legendNoFigure } from '../legend/items.ts';
import { buildSearchBox } from './search-box.ts';

export interface DistrictListActions {
  /** open the place's popup; focus returns to `button` when it closes */
  openPlace(id: PlaceId, button: HTMLButtonElement): void;
  /** go to a place the search found (a district, town, event place or area) and open it; focus returns to `from` when what it opened closes */
  go(entry: SearchEntry, from: HTMLInputElement): void;
}

const rank = (id: PlaceId): number => (id === NKAO_ID ? -1 : (DISTRICT_IDS as readonly string[]).indexOf(id));

interface Entry {
  id: PlaceId;
  item: HTMLLIElement;
  /** the district as the search knows it: every name and alias, with their keys */
  search: SearchEntry | undefined;
  group: GroupId;
}

/** A list chip's colours: one fill, or a background and a hatch colour (no figure, sources differ). */
export interface Chip {
  color: string;
  hatch?: string;
}

/** The displaced-people chip: the class colour, or the no-figure hatch. */
export function idpChip(idp: number | null): Chip {
  const cls = idp === null ? undefined : IDP_CLASSES.find((c) => idp >= c.min && idp <= c.max);
  return cls ? { color: cls.color } : { color: legendNoFigure.color, hatch: legendNoFigure.hatch };
}

function paintChip(s: HTMLElement, chip: Chip): void {
  s.classList.toggle('chip-none', chip.hatch !== undefined);
  s.style.setProperty('--swatch', chip.color);
  if (chip.hatch) s.style.setProperty('--swatch-2', chip.hatch);
  else s.style.removeProperty('--swatch-2');
}

function chip(idp: number | null): HTMLSpanElement {
  const s = el('span', { class: 'chip', 'aria-hidden': 'true' });
  paintChip(s, idpChip(idp));
  return s;
}

/** Repaints the list's chips when the map is shaded by something else (the legend's colours). */
export function setDistrictChips(list: HTMLElement, chipOf: (id: PlaceId) => Chip): void {
  for (const button of list.querySelectorAll<HTMLElement>('[data-district-id]')) {
    const s = button.querySelector<HTMLElement>('.chip');
    if (s) paintChip(s, chipOf(button.dataset.districtId as PlaceId));
  }
}

/**
 * The side list: one button per place, grouped by the group whose outline colour it is drawn in,
 * and the place search above it (src/ui/search-box.ts), which suggests districts, towns, event
 * places and areas by any name or alias and filters the list as the reader types.
 */
export function buildDistrictList(index: AtlasIndex, actions: DistrictListActions): HTMLElement {
  const found = searchEntries(index);
  const entries: Entry[] = [];
  for (const id of index.order) {
    const d = index.districtsById.get(id);
    const props = index.propsById.get(id);
    if (!d || !props) continue;
    const secondary = id === NKAO_ID ? UI.nkaoListLabel : d.name_en !== d.name_az ? d.name_en : '';
    const button = el(
      'button',
      { type: 'button', class: 'district-button', 'data-testid': 'district-button', 'data-district-id': id },
      chip(props.idp),
      el(
        'span',
        { class: 'district-label' },
        el('span', { class: 'district-name' }, d.name_az),
        secondary ? ' ' : null,
        secondary ? el('span', { class: 'district-secondary' }, secondary) : null,
      ),
    );
    button.addEventListener('click', () => actions.openPlace(id, button));
    // a pointer resting on a place, or the keyboard arriving at it, starts fetching its figures
    const prefetch = () => index.claims.prefetch(id);
    button.addEventListener('pointerenter', prefetch);
    button.addEventListener('focus', prefetch);
    const search = found.find((e) => e.target.kind === 'district' && e.target.id === id);
    entries.push({ id, item: el('li', {}, button), search, group: props.group });
  }

  const sections = GROUP_IDS.map((group) => {
    const items = entries.filter((e) => e.group === group);
    // the article's order (src/schema/ids.ts); the NKAO outline heads the former-NKAO group
    items.sort((a, b) => rank(a.id) - rank(b.id));
    const section = el(
      'div',
      { class: 'district-group', 'data-group': group },
      el('h3', {}, GROUP_LABEL[group]),
      el('ul', { class: 'district-buttons' }, ...items.map((e) => e.item)),
    );
    return { section, items };
  }).filter((s) => s.items.length > 0);

  const noMatch = el('p', { class: 'no-match', hidden: true }, UI.searchNoMatch);
  const filter = (query: string) => {
    // a district shows when a name of its own matches, or the name of a town, site or event place in it (Horadiz: Füzuli)
    const holding = new Set(found.filter((f) => f.target.kind !== 'district' && entryMatches(f, query)).map((f) => targetDistrict(f.target, index)));
    let shown = 0;
    for (const e of entries) {
      const hit = e.search === undefined || entryMatches(e.search, query) || holding.has(e.id);
      e.item.hidden = !hit;
      if (hit) shown++;
    }
    for (const s of sections) s.section.hidden = s.items.every((e) => e.item.hidden);
    noMatch.hidden = shown > 0;
  };
  const search = buildSearchBox(index, {
    entries: found,
    id: 'district-search',
    onQuery: filter,
    onPick: (entry, from) => actions.go(entry, from),
  });

  return el(
    'section',
    { class: 'panel districts', 'aria-labelledby': 'districts-heading' },
    el('h2', { id: 'districts-heading' }, UI.districtsHeading),
    search.element,
    noMatch,
    ...sections.map((s) => s.section),
  );
}
