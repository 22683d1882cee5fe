/**
 * The district list's chips follow the map's theme, so the side list never shows displaced-people
 * colours over a map shaded by damage: the class colour, the "sources differ" stripes or the
 * no-figure hatch, from the same theme model as the paint and the legend.
 */
import { SOURCES_DIFFER } from '../config/palette.ts';
import type { AtlasIndex, PlaceId } from '../data/index-claims.ts';
import { themesOf } from '../data/themes.ts';
import type { Metric } from '../schema/index.ts';
import { idpChip, type Chip } from '../ui/district-list.ts';
import { legendNoFigure } from '../ui/legend-items.ts';

export function themeChips(index: AtlasIndex, theme: Metric | 'idp'): (id: PlaceId) => Chip {
  const model = theme === 'idp' ? undefined : themesOf(index.atlas).find((t) => t.metric === theme);
  if (!model) return (id) => idpChip(index.propsById.get(id)?.idp ?? null);
  return (id) => {
    const shade = model.shades.get(id);
    if (!shade) return { color: legendNoFigure.color, hatch: legendNoFigure.hatch };
    if (shade.kind === 'differ') return { color: SOURCES_DIFFER.light, hatch: SOURCES_DIFFER.dark };
    return { color: model.classes[shade.cls]?.color ?? legendNoFigure.color };
  };
}
