/**
 * "Shade districts by": a native <select> at the top of the layer control (keyboard and screen
 * readers work without extra code). The displaced-people themes first (one per population and
 * period), then one option per damage metric that some district has a figure for, in optgroups
 * by what is counted (people, settlements and land…). The state lives in the page: `sync` shows
 * it, the select only reports the reader's choice.
 */
import { THEME_UI } from '../i18n/en-theme.ts';
import { el } from './dom.ts';
import './theme.css';

export interface ThemeOption {
  /** the metric id, the value written in the address */
  id: string;
  label: string;
  /** districts (the NKAO outline counted as one) with a figure */
  places: number;
}

/** An optgroup of damage themes: its label and its options, in the select's order. */
export interface ThemeOptionGroup {
  label: string;
  options: readonly ThemeOption[];
}

export interface ThemeSelect {
  element: HTMLElement;
  /** shows the theme on screen */
  sync(id: string): void;
}

export function buildThemeSelect(idpId: string, displacement: readonly ThemeOption[], damage: readonly ThemeOptionGroup[], onChoose: (id: string) => void): ThemeSelect {
  const select = el(
    'select',
    { id: 'theme-select', class: 'theme-select-input', 'data-testid': 'theme-select' },
    el(
      'optgroup',
      { label: THEME_UI.displacementGroup },
      el('option', { value: idpId }, THEME_UI.idpOption),
      ...displacement.map((o) => el('option', { value: o.id }, THEME_UI.displacementOption(o.label, o.places))),
    ),
    ...damage
      .filter((g) => g.options.length > 0)
      .map((g) => el('optgroup', { label: g.label }, ...g.options.map((o) => el('option', { value: o.id }, THEME_UI.damageOption(o.label, o.places))))),
  );
  select.addEventListener('change', () => onChoose(select.value));
  const element = el('div', { class: 'theme-select' }, el('label', { for: 'theme-select' }, THEME_UI.selectLabel), select);
  return {
    element,
    sync: (id) => {
      if (select.value !== id) select.value = id;
    },
  };
}
