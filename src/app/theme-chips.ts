/**
 * The district list's chips follow the map's theme, so the side list never shows displaced-people
 * colours over a map shaded by damage: the class colour, the "sources differ" stripes or the
 * no-figure hatch, from the same theme model as the paint and the legend.
 */
import { CONTROL_COLOUR, CONTROL_PARTLY, SOURCES_DIFFER } from '../config/palette.ts';
import type { ControlStatus } from '../schema/index.ts';
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

/** On the timeline the chips follow who held each place on its day, drawn as the map draws it. */
export function controlChips(statuses: ReadonlyMap<string, { status: ControlStatus }>): (id: PlaceId) => Chip {
  return (id) => {
    const status = statuses.get(id)?.status ?? 'azerbaijani';
    if (status === 'uncertain') return { color: SOURCES_DIFFER.light, hatch: SOURCES_DIFFER.dark };
    if (status === 'partly') return { color: CONTROL_PARTLY.base, hatch: CONTROL_PARTLY.hatch };
    return { color: CONTROL_COLOUR[status] };
  };
}
