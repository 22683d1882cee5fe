/**
 * What an exported page says about its map: the legend of the visible layers, from the same
 * item lists as the live legend (legend-items.ts, legend-events.ts), and the short
 * citations of the sources behind the figures drawn in the frame (in-view.ts → cite.ts).
 */
import { EVENT, BASE } from '../config/palette.ts';
import { eventSubjects, subjectName, type AtlasIndex } from '../data/index-claims.ts';
import type { AtlasData } from '../data/load.ts';
import type { LegendEntry, LegendSection } from './compose-page.ts';
import type { Evidence } from './export-image.ts';
import { drawnClaims, inView, sourcesOf, type Bbox } from './in-view.ts';
import { GROUP_LABEL, UI } from '../i18n/en.ts';
import { EXPORT_UI } from '../i18n/en-export.ts';
import { citeShort } from '../lib/cite.ts';
import { GRADE_LABEL } from '../i18n/en-evidence.ts';
import { READ_GRADES, type Claim, type Source, type SubjectId } from '../schema/index.ts';
import { THEME_UI } from '../i18n/en-theme.ts';
import type { Theme } from '../data/themes.ts';
import { eventLegendItems, type DrawnMark } from '../legend/events.ts';
import { legendGroupItems } from '../legend/items.ts';
import { themeLegendModel, type ThemeLegendModel } from '../legend/theme.ts';
import type { ControlLegendModel } from '../legend/control.ts';

/** What the live map shows, as the export is handed it. */
export interface ExportView {
  theme: Theme;
  shownEvents: readonly string[];
  /** the timeline, when it is open: the legend of its day and the claims that date what is drawn */
  control?: { model: ControlLegendModel; claims: readonly string[]; subjects: readonly SubjectId[] } | null;
}

/** The timeline's legend on an exported page: each status as the map draws it, the day in the title. */
export function controlLegendSection(model: ControlLegendModel): LegendSection {
  const entries: LegendEntry[] = model.items.map((i) => ({
    swatch:
      i.swatch.kind === 'stripes'
        ? ({ kind: 'hatch', color: i.swatch.light, hatch: i.swatch.dark } as const)
        : i.swatch.kind === 'hatch'
          ? ({ kind: 'hatch', color: i.swatch.base, hatch: i.swatch.line } as const)
          : ({ kind: 'fill', color: i.color } as const),
    label: `${i.label} (${i.count}): ${i.about}`,
  }));
  return { title: model.title, subtitle: model.subtitle, entries };
}

/** The same section for an exported page: the stripes are drawn as a two-colour hatch. */
export function themeLegendSection(model: ThemeLegendModel): LegendSection {
  const entries: LegendEntry[] = [
    ...model.classes.map((c) => ({ swatch: { kind: 'fill', color: c.color } as const, label: c.label })),
    { swatch: { kind: 'hatch', color: model.noFigure.color, hatch: model.noFigure.hatch }, label: model.noFigure.label },
  ];
  if (model.differ) entries.push({ swatch: { kind: 'hatch', color: model.differ.light, hatch: model.differ.dark }, label: THEME_UI.sourcesDiffer });
  const nkao = model.nkao;
  if (nkao) {
    const swatch = nkao.kind === 'class' ? { kind: 'cased', color: nkao.color, ink: nkao.ink } as const : { kind: 'cased', color: nkao.light, stripe: nkao.dark, ink: nkao.ink } as const;
    entries.push({ swatch, label: nkao.label });
  }
  // who speaks and the figures the map cannot shade travel with the image, as in the live legend
  const elsewhere = model.elsewhere.length > 0 ? `${THEME_UI.elsewhereHeading} ${model.elsewhere.map((e) => e.label).join('; ')}.` : null;
  const subtitle = [model.subtitle, model.count, model.sources, elsewhere].filter((t): t is string => t !== null).join(' ');
  return { title: model.title, subtitle, entries };
}

/** The district legend, item for item as the live legend lists it: the theme (or the timeline's day) on screen first. */
function districtSections(top: LegendSection): LegendSection[] {
  return [
    top,
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
function themeShown(model: ThemeLegendModel): string {
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
function drawnDistrictClaims(index: AtlasIndex, theme: Theme, view: ReturnType<typeof inView>): Claim[] {
  const claims = drawnClaims(index, view);
  if (theme.metric === 'idp') return claims;
  const ids = new Set(view.districts.map((f) => f.properties.id as string));
  const idpClaims = new Set(view.districts.map((f) => f.properties.idp_claim));
  const drawn = theme.claimIds.flatMap((id) => index.claimsById.get(id) ?? []);
  return [...drawn.filter((c) => ids.has(c.subject)), ...claims.filter((c) => !idpClaims.has(c.id))];
}

/** Loads the claims an export of the map may list: every district's and the shown events'. */
export async function loadViewClaims(index: AtlasIndex, shownEvents: readonly string[], more: readonly SubjectId[] = []): Promise<void> {
  const events = index.atlas.events.filter((e) => shownEvents.includes(e.id));
  const subjects = [...index.order, ...events.flatMap(eventSubjects), ...more];
  await index.claims.ensure(subjects);
}

export function viewEvidence(data: AtlasData, index: AtlasIndex, shown: ExportView, bbox: Bbox): Evidence {
  const shownEvents = shown.shownEvents;
  const model = themeLegendModel(shown.theme, data.districts.features.length, (s) => subjectName(index, s as SubjectId));
  const view = inView(data, bbox, shownEvents);
  const control = shown.control ?? null;
  // on the timeline the districts show who held them: the claims that date that, not the theme's figures
  const claims = control
    ? [...control.claims.flatMap((id) => index.claimsById.get(id) ?? []), ...drawnClaims(index, view).filter((c) => c.metric === 'group')]
    : drawnDistrictClaims(index, shown.theme, view);
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
    legend: [...eventSections, ...districtSections(control ? controlLegendSection(control.model) : themeLegendSection(model))],
    citations: citationsOf(sourcesOf(index, claims), claims),
    shown: [control ? control.model.title : themeShown(model), ...shownNames].join('; '),
  };
}
