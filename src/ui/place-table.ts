/**
 * The table of places beside the map: one row per place of the list, with the figures the current
 * shading draws on it (every figure where sources differ), who states each, how many figures the
 * atlas holds about the place and from which sides. A real table (caption, scoped headers) so a
 * screen reader reads each cell with its place and column; each header is a sort button, each
 * place a button that opens it, and the arrow keys move between places.
 *
 * The figures need every place's claim file: they are fetched the first time the table is shown.
 * The page tells the table the shading and the place that is open; the table tells the page when
 * the reader chooses a place.
 */
import { partyOf, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { SORT_KEYS, placeRows, sortRows, type PlaceRow, type SortDirection, type SortKey } from '../data/place-rows.ts';
import type { Theme } from '../data/themes.ts';
import { EVIDENCE, sideLabel } from '../i18n/en-evidence.ts';
import { METRIC_LABEL, UI } from '../i18n/en.ts';
import { TABLE_UI } from '../i18n/en-table.ts';
import { formatNumber, formatValue } from '../lib/format.ts';
import { NKAO_ID, SIDES, type Claim, type ThemeId } from '../schema/index.ts';
import { claimsFailedNotice } from './claim-rows.ts';
import { el, type Child } from './dom.ts';
import { downloadText } from './download.ts';
import './table.css';

export interface PlaceTableDeps {
  index: AtlasIndex;
  theme: Theme;
  /** open the place's figures (a popup on the map, or the panel without one); focus returns to `button` */
  openPlace(id: PlaceId, button: HTMLButtonElement): void;
  /** the CSV of these figures, in this order, as the data export writes it (its code loads at the click) */
  csv(claims: readonly Claim[], theme: ThemeId): Promise<{ text: string; filename: string }>;
}

export interface PlaceTable {
  element: HTMLElement;
  /** the table came into view: fetches every place's figures the first time (a file that failed, again) */
  shown(): void;
  /** the shading changed: the figure columns follow it */
  setTheme(theme: Theme): void;
  /** the place open on the map (or in the panel), or none */
  select(id: PlaceId | null): void;
}

let built = 0;

/**
 * "US Committee for Refugees (2000), as relayed by … · third party", the side in words. The
 * speaker's name and office stay in the popup: in a table cell they would bury the party.
 */
function statedBy(claim: Claim, index: AtlasIndex): HTMLLIElement {
  const party = partyOf(claim.claimed_by, index);
  const year = claim.claimed_year === null ? '' : ` (${claim.claimed_year})`;
  const relay = claim.relayed_by === undefined ? '' : EVIDENCE.relayedBy(partyOf(claim.relayed_by, index).name);
  return el(
    'li',
    { 'data-claim-id': claim.id },
    `${party.name}${year}${relay} `,
    el('span', { class: `party-side side-${party.side}`, 'data-testid': 'party-side', title: party.basis }, `· ${sideLabel(party)}`),
  );
}

/** Several figures are numbered in both columns, so each party reads beside its figure however the lines wrap. */
const listClass = (base: string, row: PlaceRow): string => (row.claims.length > 1 ? `${base} is-numbered` : base);

export function buildPlaceTable({ index, theme: initialTheme, openPlace, csv }: PlaceTableDeps): PlaceTable {
  const n = ++built;
  let theme = initialTheme;
  let sortKey: SortKey | null = null;
  let direction: SortDirection = 'ascending';
  let selected: PlaceId | null = null;
  /** the row the keyboard is on (the one place button in the tab order) */
  let current: PlaceId | null = null;
  let loading: Promise<void> | null = null;
  let loaded = false;

  const failed = (id: PlaceId) => index.claims.failure(id);

  // ---- the figure cells: what the shading draws, or why nothing is shown
  const figureCell = (row: PlaceRow): Child[] => {
    if (!row.shade) return [el('span', { class: 'table-none' }, TABLE_UI.noFigure)];
    const f = failed(row.id);
    if (f && row.claims.length === 0) return [el('span', { class: 'table-none' }, TABLE_UI.notLoaded)];
    if (row.claims.length === 0) return [el('span', { class: 'table-none' }, UI.loadingFigures)];
    return [
      el('ol', { class: listClass('table-figures', row) }, ...row.claims.map((c) => el('li', { 'data-claim-id': c.id }, formatValue(c.value, c.unit)))),
      row.shade.kind === 'differ' ? el('span', { class: 'badge badge-differ', 'data-testid': 'badge' }, UI.sourcesDiffer) : null,
    ];
  };
  const sidesCell = (row: PlaceRow): Child => {
    const parts = SIDES.filter((s) => row.counts[s] > 0).map((s) => el('li', { 'data-side': s }, TABLE_UI.sideCount(row.counts[s], s)));
    return parts.length ? el('ul', { class: 'table-sides' }, ...parts) : TABLE_UI.noFigures;
  };

  const buttons = new Map<PlaceId, HTMLButtonElement>();
  const rowOf = (row: PlaceRow): HTMLTableRowElement => {
    const secondary = row.id === NKAO_ID ? UI.nkaoListLabel : row.place.name_en !== row.place.name_az ? row.place.name_en : '';
    const button = el(
      'button',
      { type: 'button', class: 'table-place', 'data-testid': 'table-place', 'data-table-place': row.id, tabindex: -1 },
      el('span', { class: 'district-name' }, row.place.name_az),
      secondary ? ' ' : null,
      secondary ? el('span', { class: 'district-secondary' }, secondary) : null,
    );
    button.addEventListener('click', () => {
      setCurrent(row.id);
      mark(row.id);
      openPlace(row.id, button);
    });
    button.addEventListener('focus', () => setCurrent(row.id));
    buttons.set(row.id, button);
    return el(
      'tr',
      { 'data-testid': 'table-row', 'data-table-place': row.id },
      el('th', { scope: 'row' }, button),
      el('td', { 'data-testid': 'table-figure' }, ...figureCell(row)),
      el('td', { 'data-testid': 'table-party' }, row.claims.length ? el('ol', { class: listClass('table-parties', row) }, ...row.claims.map((c) => statedBy(c, index))) : null),
      el('td', { 'data-testid': 'table-count', class: 'table-number' }, formatNumber(row.total)),
      el('td', { 'data-testid': 'table-sides' }, sidesCell(row)),
    );
  };

  // ---- the header: a sort button per column, aria-sort on the sorted one
  const headers = new Map<SortKey, HTMLTableCellElement>();
  const headerRow = el(
    'tr',
    {},
    ...SORT_KEYS.map((key) => {
      const b = el(
        'button',
        { type: 'button', class: 'table-sort', 'data-testid': 'table-sort', 'data-sort': key, title: TABLE_UI.sortHelp[key] },
        TABLE_UI.column[key],
        el('span', { class: 'sort-mark', 'aria-hidden': 'true' }),
      );
      b.addEventListener('click', () => {
        direction = sortKey === key && direction === 'ascending' ? 'descending' : 'ascending';
        sortKey = key;
        render();
      });
      const th = el('th', { scope: 'col', 'data-col': key }, b);
      headers.set(key, th);
      return th;
    }),
  );

  const caption = el('caption', {});
  const body = el('tbody', {});
  const table = el('table', { class: 'place-table', 'data-testid': 'place-table' }, caption, el('thead', {}, headerRow), body);
  const status = el('p', { class: 'panel-intro table-status', role: 'status', 'data-testid': 'table-status' });
  const notices = el('div', { class: 'table-notices' });
  let rows: PlaceRow[] = [];

  function render(): void {
    const hadFocus = document.activeElement instanceof HTMLElement && body.contains(document.activeElement) ? current : null;
    caption.textContent = TABLE_UI.caption(METRIC_LABEL[theme.metric]);
    rows = sortRows(placeRows(index, theme), sortKey, direction, index);
    buttons.clear();
    body.replaceChildren(...rows.map(rowOf));
    for (const [key, th] of headers) {
      if (key === sortKey) th.setAttribute('aria-sort', direction);
      else th.removeAttribute('aria-sort');
    }
    table.toggleAttribute('aria-busy', loading !== null && !loaded);
    const order = sortKey ? TABLE_UI.sorted(TABLE_UI.column[sortKey], sortKey, direction) : TABLE_UI.unsorted;
    status.textContent = loading !== null && !loaded ? TABLE_UI.loading : `${TABLE_UI.loaded(rows.length)} ${order}`;
    mark(selected);
    setCurrent(current ?? selected ?? rows[0]?.id ?? null);
    if (hadFocus) buttons.get(hadFocus)?.focus();
  }

  /** one place button in the tab order: the row the keyboard is on */
  function setCurrent(id: PlaceId | null): void {
    current = id !== null && buttons.has(id) ? id : (rows[0]?.id ?? null);
    for (const [key, b] of buttons) b.tabIndex = key === current ? 0 : -1;
  }

  function mark(id: PlaceId | null): void {
    selected = id;
    for (const tr of body.rows) {
      const on = tr.dataset.tablePlace === id;
      tr.classList.toggle('is-selected', on);
      const b = buttons.get(tr.dataset.tablePlace as PlaceId);
      if (on) b?.setAttribute('aria-current', 'true');
      else b?.removeAttribute('aria-current');
    }
  }

  // up and down move between places, Home and End to the first and the last; Enter (the button) opens one
  body.addEventListener('keydown', (e) => {
    const at = rows.findIndex((r) => r.id === current);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 };
    const to = moves[e.key];
    if (to === undefined || !(e.target instanceof HTMLButtonElement)) return;
    e.preventDefault();
    const next = rows[Math.max(0, Math.min(rows.length - 1, to))];
    if (next) buttons.get(next.id)?.focus();
  });

  const showFailures = () => {
    const seen = new Set<string>();
    const list = index.order.flatMap((id) => failed(id) ?? []).filter((f) => !seen.has(f.message) && Boolean(seen.add(f.message)));
    notices.replaceChildren(...list.map(claimsFailedNotice));
  };

  // ---- "Download these rows (CSV)": the figures in the table's order
  const csvStatus = el('p', { class: 'panel-intro', role: 'status', 'data-testid': 'table-csv-status' });
  const csvButton = el('button', { type: 'button', class: 'cite-action table-csv', 'data-testid': 'table-csv' }, TABLE_UI.downloadCsv);
  csvButton.addEventListener('click', () => {
    if (!loaded) {
      csvStatus.textContent = TABLE_UI.csvWaiting;
      return;
    }
    const claims = rows.flatMap((r) => r.claims);
    if (claims.length === 0) {
      csvStatus.textContent = TABLE_UI.csvNothing;
      return;
    }
    csvButton.disabled = true;
    csv(claims, theme.metric)
      .then((file) => {
        downloadText(file.filename, file.text, 'text/csv');
        csvStatus.textContent = TABLE_UI.csvDone(claims.length);
      })
      .catch((e: unknown) => {
        csvStatus.textContent = e instanceof Error ? e.message : String(e);
      })
      .finally(() => {
        csvButton.disabled = false;
      });
  });

  const headingId = `place-table-heading-${n}`;
  const element = el(
    'section',
    { class: 'panel place-table-panel', 'aria-labelledby': headingId, 'data-testid': 'place-table-panel' },
    el('h2', { id: headingId }, TABLE_UI.heading),
    el('p', { class: 'panel-intro' }, TABLE_UI.intro),
    notices,
    status,
    el('div', { class: 'place-table-scroll' }, table),
    el('div', { class: 'table-actions' }, csvButton),
    csvStatus,
  );
  render();

  return {
    element,
    shown: () => {
      const retry = loaded && index.order.some(failed);
      if (loading && !retry) return;
      loaded = false;
      loading = index.claims.ensure(index.order).then(() => {
        loaded = true;
        showFailures();
        render();
      });
      render();
    },
    setTheme: (next) => {
      theme = next;
      render();
    },
    select: (id) => {
      mark(id);
      if (id === null || !buttons.has(id)) return;
      setCurrent(id);
      // a place opened on the map comes into view in the table, without taking the focus from the popup
      const tr = buttons.get(id)?.closest('tr');
      if (tr && element.offsetParent !== null) tr.scrollIntoView({ block: 'nearest' });
    },
  };
}
