/**
 * Two or more views of the same places in the side panel ("List | Table"), as tabs: one shown at a
 * time, the first by default, so the page opens as it always has. The keyboard follows the tabs
 * pattern of WAI-ARIA: left and right arrows (Home, End) move between tabs and show them; Tab goes
 * on into the shown view.
 */
import { el } from './dom.ts';
import './table.css';

export interface SideTab {
  id: string;
  label: string;
  panel: HTMLElement;
}

export interface SideTabs {
  element: HTMLElement;
  /** shows a tab's view (as a click on it would) */
  show(id: string): void;
}

let built = 0;

/** `onShow` hears every change of the view shown (a view that loads on first sight, a panel that needs room). */
export function buildSideTabs(label: string, tabs: readonly SideTab[], onShow: (id: string) => void = () => {}): SideTabs {
  const n = ++built;
  const tabId = (t: SideTab) => `side-tab-${n}-${t.id}`;
  const panelId = (t: SideTab) => `side-panel-${n}-${t.id}`;
  let shown = tabs[0]?.id ?? '';

  const buttons = tabs.map((t) =>
    el('button', { type: 'button', role: 'tab', id: tabId(t), class: 'side-tab', 'aria-controls': panelId(t), 'data-testid': 'side-tab', 'data-tab': t.id }, t.label),
  );
  const panels = tabs.map((t) => el('div', { role: 'tabpanel', id: panelId(t), class: 'side-tabpanel', 'aria-labelledby': tabId(t), 'data-tab': t.id }, t.panel));

  const show = (id: string) => {
    const changed = id !== shown;
    shown = id;
    tabs.forEach((t, i) => {
      const on = t.id === id;
      buttons[i]?.setAttribute('aria-selected', String(on));
      if (buttons[i]) buttons[i].tabIndex = on ? 0 : -1;
      if (panels[i]) panels[i].hidden = !on;
    });
    if (changed) onShow(id);
  };

  buttons.forEach((b, i) => {
    b.addEventListener('click', () => show(tabs[i]?.id ?? shown));
    b.addEventListener('keydown', (e) => {
      const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
      const to = moves[e.key];
      if (to === undefined) return;
      e.preventDefault();
      const j = (to + tabs.length) % tabs.length;
      show(tabs[j]?.id ?? shown);
      buttons[j]?.focus();
    });
  });
  show(shown);

  return {
    element: el('div', { class: 'side-tabs' }, el('div', { role: 'tablist', class: 'side-tablist', 'aria-label': label }, ...buttons), ...panels),
    show,
  };
}
