/**
 * The place search: a text box with a list of suggestions, after the WAI-ARIA combobox pattern
 * (an input with role combobox, aria-expanded and aria-controls naming a listbox, the active
 * option named by aria-activedescendant while focus stays in the input). The first suggestion
 * is active as soon as there is one, so Enter goes to the best match; the arrow keys choose
 * another, Escape closes the list. Choosing is the page's business (`onPick`).
 */
import type { AtlasIndex } from '../data/index-claims.ts';
import { findEntries, type SearchEntry, type SearchHit } from '../data/search-entries.ts';
import { SEARCH_UI } from '../i18n/en-search.ts';
import { NKAO_ID } from '../schema/index.ts';
import { el } from './dom.ts';
import './search.css';

export interface SearchBoxOptions {
  entries: readonly SearchEntry[];
  /** the id of the input (a label elsewhere may point at it) */
  id: string;
  /** the entry chosen, by Enter or a click; `from` takes the focus back when what it opened closes */
  onPick(entry: SearchEntry, from: HTMLInputElement): void;
  /** every change of the text, for a list that filters itself as the reader types */
  onQuery?(query: string): void;
  /** how many suggestions at most */
  limit?: number;
}

export interface SearchBox {
  /** the label, the input, the list of suggestions and the status line read out */
  element: HTMLElement;
  input: HTMLInputElement;
}

/** What an entry is, in a few words: "district", "town in Füzuli", "town, Armenia". */
export function describeEntry(entry: SearchEntry, index: Pick<AtlasIndex, 'districtsById' | 'eventsById'>): string {
  const districtName = (id: string | null) => (id === null ? null : (index.districtsById.get(id as never)?.name_az ?? id));
  const t = entry.target;
  switch (t.kind) {
    case 'district': {
      const kind = index.districtsById.get(t.id)?.kind;
      return t.id === NKAO_ID ? SEARCH_UI.nkao : kind === 'autonomous-republic' ? SEARCH_UI.autonomousRepublic : SEARCH_UI.district;
    }
    case 'area':
      return SEARCH_UI.area(t.area, districtName(t.within));
    case 'event-place':
      return SEARCH_UI.eventPlace(index.eventsById.get(t.event)?.short_name ?? t.event);
    case 'town':
      return SEARCH_UI.town(t.town.country, districtName(t.town.district));
  }
}

let instances = 0;

export function buildSearchBox(index: Pick<AtlasIndex, 'districtsById' | 'eventsById'>, opts: SearchBoxOptions): SearchBox {
  const listId = `${opts.id}-list`;
  const prefix = `${opts.id}-option-${++instances}-`;
  const input = el('input', {
    type: 'text',
    id: opts.id,
    class: 'district-search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: SEARCH_UI.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
  });
  const listbox = el('ul', { id: listId, class: 'search-options', role: 'listbox', 'aria-label': SEARCH_UI.listLabel, hidden: true });
  // read out as the suggestions change; it holds no more than a short sentence
  const status = el('p', { class: 'search-status', role: 'status', 'data-testid': 'search-status' });

  let hits: SearchHit[] = [];
  let active = -1;

  const optionOf = (hit: SearchHit, i: number): HTMLLIElement => {
    const option = el(
      'li',
      { id: `${prefix}${i}`, role: 'option', class: 'search-option', 'data-testid': 'search-option', 'data-key': hit.entry.key, 'aria-selected': 'false' },
      el('span', { class: 'search-option-name' }, hit.entry.name),
      ' ',
      el('span', { class: 'search-option-kind' }, describeEntry(hit.entry, index)),
      hit.alias ? el('span', { class: 'search-option-alias', 'data-testid': 'search-alias' }, SEARCH_UI.matched(hit.alias.name, hit.alias.use)) : null,
    );
    // the input keeps the focus (a press on an option would blur it and close the list first)
    option.addEventListener('mousedown', (e) => e.preventDefault());
    option.addEventListener('click', () => pick(i));
    return option;
  };

  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll<HTMLElement>('[role="option"]').forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const option = i >= 0 ? listbox.querySelector<HTMLElement>(`#${CSS.escape(`${prefix}${i}`)}`) : null;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const setOpen = (open: boolean) => {
    const shown = open && hits.length > 0;
    listbox.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    if (!shown) setActive(-1);
  };
  const isOpen = () => !listbox.hidden;

  /** Suggestions for the text as it is now; the first is active, so Enter takes it. */
  const refresh = () => {
    const query = input.value;
    hits = query.trim() === '' ? [] : findEntries(opts.entries, query, opts.limit ?? 8);
    listbox.replaceChildren(...hits.map(optionOf));
    setOpen(hits.length > 0);
    setActive(hits.length > 0 ? 0 : -1);
    status.textContent = query.trim() === '' ? '' : hits.length === 0 ? SEARCH_UI.noMatch : SEARCH_UI.count(hits.length);
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setOpen(false);
    status.textContent = '';
    opts.onPick(hit.entry, input);
  };

  input.addEventListener('input', () => {
    refresh();
    opts.onQuery?.(input.value);
  });
  input.addEventListener('keydown', (e) => {
    const n = hits.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!isOpen()) {
          if (hits.length === 0) refresh();
          setOpen(true);
          if (hits.length > 0) setActive(e.key === 'ArrowDown' ? 0 : hits.length - 1);
          return;
        }
        if (n > 0 && !e.altKey) setActive(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
        return;
      }
      case 'Enter': {
        if (input.value.trim() === '') return;
        e.preventDefault();
        // the list closed (Escape, or a place opened before): Enter goes to the best match again
        if (!isOpen()) refresh();
        pick(active >= 0 ? active : 0);
        return;
      }
      case 'Escape':
        if (!isOpen()) return;
        // only the list closes: a popup open on the map stays (its own Escape handler listens on the document)
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        return;
      case 'Tab':
        setOpen(false);
        return;
    }
  });
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && hits.length > 0) setOpen(true);
  });

  const label = el('label', { for: opts.id, class: 'search-label' }, SEARCH_UI.label);
  const element = el('div', { class: 'place-search', 'data-testid': 'place-search' }, label, el('div', { class: 'search-field' }, input, listbox), status);
  return { element, input };
}
