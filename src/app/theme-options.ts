/** The damage themes as "Shade districts by" groups them: no DOM, so the tests read the same order. */
import { THEME_GROUP_IDS, themeGroupOf, type ThemeGroupId } from '../config/theme-groups.ts';
import type { Theme } from '../data/themes.ts';
import { THEME_UI } from '../i18n/en-theme.ts';

/**
 * The damage themes in the select's optgroups, by what is counted (src/config/theme-groups.ts),
 * each keeping the order it is offered in; a metric no group lists yet goes in a last group.
 */
export function damageGroups<T extends Pick<Theme, 'metric'>>(themes: readonly T[]): Array<{ id: ThemeGroupId | 'other'; label: string; themes: T[] }> {
  const groups = [
    ...THEME_GROUP_IDS.map((id) => ({ id, label: THEME_UI.damageGroups[id], themes: themes.filter((t) => themeGroupOf(t.metric) === id) })),
    { id: 'other' as const, label: THEME_UI.damageOtherGroup, themes: themes.filter((t) => themeGroupOf(t.metric) === null) },
  ];
  return groups.filter((g) => g.themes.length > 0);
}

