/**
 * What an exported page says about its map: the legend of the visible layers, from the same
 * item lists as the live legend (legend-items.ts, legend-events.ts), and the short
 * citations of the sources behind the figures drawn in the frame (in-view.ts → cite.ts).
 */
import { EVENT, BASE } from '../config/palette.ts';
import type { AtlasIndex } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import type { LegendSection } from '../export/compose-page.ts';
import type { Evidence } from '../export/export-image.ts';
import { drawnClaims, inView, sourcesOf, type Bbox } from '../export/in-view.ts';
import { GROUP_LABEL, UI } from '../i18n/en.ts';
import { EXPORT_UI } from '../i18n/en-export.ts';
import { citeShort } from '../lib/cite.ts';
import { GRADE_LABEL } from '../i18n/en-evidence.ts';
import { READ_GRADES, type Claim, type Source } from '../schema/index.ts';
import { THEME_UI } from '../i18n/en-theme.ts';
import { themesOf } from '../data/themes.ts';
import { eventLegendItems, type DrawnMark } from './legend-events.ts';
import { legendGroupItems } from './legend-items.ts';
import { currentThemeLegend, themeLegendSection } from './legend-theme.ts';

/** The district legend, item for item as the live legend lists it: the theme on screen first. */
function districtSections(): LegendSection[] {
  return [
    themeLegendSection(currentThemeLegend()),
    {
      title: UI.legendGroupsTitle,
      entries: [
        ...legendGroupItems().map((g) => ({ swatch: { kind: 'line', color: g.color } as const, label: GROUP_LABEL[g.group] })),
        { swatch: { kind: 'dashed', color: BASE.nkaoOutline }, label: UI.legendNkao },
      ],
    },
  ];
}

/** What the districts show, for the export's default title. */
function themeShown(): string {
  const model = currentThemeLegend();
  return model.theme === 'idp' ? EXPORT_UI.shownDistricts : THEME_UI.shown(model.title);
}

/** An event's legend section: the live legend's items (only the kinds of mark drawn), in its order and words. */
function eventSection(title: string, drawn: readonly DrawnMark[]): LegendSection | null {
  const entries = eventLegendItems(drawn).map(({ mark, label }) => {
    const swatch = { kind: 'event', mark, ink: EVENT.ink, tint: EVENT.tint, casing: EVENT.casing, measure: EVENT.measure } as const;
    return { swatch, label };
  });
  return entries.length === 0 ? null : { title: UI.legendEventTitle(title), entries };
}

/**
 * One short citation per source, with every locator (page) the drawn claims cite from it and how
 * closely their quotes were read, in words ("excerpt read").
 */
export function citationsOf(sources: readonly Source[], claims: readonly Claim[]): string[] {
  return sources.map((s) => {
    const own = claims.filter((c) => c.source === s.id);
    const locators = [...new Set(own.map((c) => c.locator))];
    const grades = READ_GRADES.filter((g) => own.some((c) => c.read.grade === g)).map((g) => GRADE_LABEL[g]);
    const cite = citeShort(s, locators.join('; '));
    return grades.length ? `${cite} (${grades.join(', ')})` : cite;
  });
}

/**
 * The claims behind the districts drawn: under displaced people, in-view.ts's drawnClaims; under a
 * damage theme, the theme's claims about the districts in view instead of the displaced-people
 * figures (the group claims behind the outlines stay).
 */
function drawnDistrictClaims(data: AtlasData, index: AtlasIndex, view: ReturnType<typeof inView>): Claim[] {
  const claims = drawnClaims(index, view);
  const theme = themesOf(data.atlas).find((t) => t.metric === currentThemeLegend().theme);
  if (!theme) return claims;
  const ids = new Set(view.districts.map((f) => f.properties.id as string));
  const idpClaims = new Set(view.districts.map((f) => f.properties.idp_claim));
  return [...theme.claims.filter((c) => ids.has(c.subject)), ...claims.filter((c) => !idpClaims.has(c.id))];
}

export function viewEvidence(data: AtlasData, index: AtlasIndex, shownEvents: readonly string[], bbox: Bbox): Evidence {
  const view = inView(data, bbox, shownEvents);
  const claims = drawnDistrictClaims(data, index, view);
  const eventSections: LegendSection[] = [];
  const shownNames: string[] = [];
  for (const e of data.atlas.events) {
    if (!shownEvents.includes(e.id)) continue;
    const marks = view.eventFeatures.filter((f) => f.properties.event === e.id).map((f) => f.properties);
    const section = marks.length ? eventSection(e.short_name, marks) : null;
    if (!section) continue;
    eventSections.push(section);
    shownNames.push(e.short_name);
  }
  return {
    // the events are what the reader turned on: their sections go first, as in the live legend
    legend: [...eventSections, ...districtSections()],
    citations: citationsOf(sourcesOf(index, claims), claims),
    shown: [themeShown(), ...shownNames].join('; '),
  };
}
