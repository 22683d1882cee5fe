/**
 * The popup of a gazetteer town that lies in none of the atlas's districts (Goris, Yerevan,
 * Baku): the map has moved there, and this says what the place is and that the atlas files no
 * figure under it, so the reader is not left looking for one.
 */
import { SEARCH_UI } from '../i18n/en-search.ts';
import type { Town } from '../schema/index.ts';
import { el } from './dom.ts';

export function buildTownPopup(town: Town): HTMLElement {
  return el(
    'div',
    { class: 'atlas-popup town-popup', 'data-testid': 'popup', 'data-town': town.name },
    el('h2', { class: 'place-name' }, town.name),
    el('p', {}, SEARCH_UI.townIn(town.country)),
    el('p', {}, SEARCH_UI.townNoFigures),
    el('p', { class: 'panel-intro' }, SEARCH_UI.townSource),
  );
}
