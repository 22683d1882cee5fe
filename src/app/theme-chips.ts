/**
 * The district list's chips follow the map's theme, so the side list never shows displaced-people
 * colours over a map shaded by damage: the class colour, the "sources differ" stripes or the
 * no-figure hatch, from the same theme model as the paint and the legend.
 */
import { SOURCES_DIFFER } from '../config/palette.ts';
import type { PlaceId } from '../data/index-claims.ts';
import type { Theme } from '../data/themes.ts';
import { legendNoFigure } from '../legend/items.ts';
import type { Chip } from '../ui/district-list.ts';

export function themeChips(theme: Theme): (id: PlaceId) => Chip {
  return (id) => {
    const shade = theme.shades.get(id);
    if (!shade) return { color: legendNoFigure.color, hatch: legendNoFigure.hatch };
    if (shade.kind === 'differ') return { color: SOURCES_DIFFER.light, hatch: SOURCES_DIFFER.dark };
    return { color: theme.classes[shade.cls]?.color ?? legendNoFigure.color };
  };
}
