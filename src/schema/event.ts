import { z } from 'zod';
import { IsoPartialDate, LongText, ShortText } from './common.ts';
import { Alias } from './district.ts';
import { ClaimId } from './claim.ts';
import { DistrictId, EventId, EventPlaceId, RouteId } from './ids.ts';

/**
 * How sure anyone is about where a place is. The map never draws a guessed point as exact:
 * - `exact`: a point as a cited gazetteer or source gives it (a `location` claim);
 * - `approximate`: a point a source gives loosely, drawn with an uncertainty radius;
 * - `described`: no source gives coordinates; only words. Drawn, if at all, as the area the
 *   descriptions allow (a map calculation), never as a point.
 */
export const Precision = z.enum(['exact', 'approximate', 'described']);
export type Precision = z.infer<typeof Precision>;

/** Where a place is, by precision. Coordinates always come from a claim, never from this file. */
export const PlaceLocation = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('exact'),
    /** the `location` claim whose point is drawn; other location claims are listed beside it */
    claim: ClaimId,
  }),
  z.strictObject({
    precision: z.literal('approximate'),
    claim: ClaimId,
    /** drawn as a circle of this radius around the point */
    radius_km: z.number().positive().max(50),
  }),
  z.strictObject({
    precision: z.literal('described'),
    /**
     * The area drawn for the reader: the part of a district that lies within `corridor_km` of a
     * route, when the descriptions put the place in that district and on that route. null: not drawn.
     */
    area: z
      .strictObject({
        district: DistrictId,
        route: RouteId,
        corridor_km: z.number().positive().max(20),
      })
      .nullable(),
  }),
]);
export type PlaceLocation = z.infer<typeof PlaceLocation>;

/** geodata/claims/events.json → events[] */
export const EventRecord = z.strictObject({
  id: EventId,
  name_en: ShortText,
  name_az: ShortText,
  /** for the layer control: "Khojaly, Feb 1992" */
  short_name: ShortText,
  when: z.strictObject({ from: IsoPartialDate, to: IsoPartialDate }),
  /** the district the event is in (the popup links to it) */
  district: DistrictId,
  /** neutral, attributed wording (DATA.md): what the sources say happened, who calls it what */
  summary: LongText,
});
export type EventRecord = z.infer<typeof EventRecord>;

/** geodata/claims/events.json → places[] */
export const EventPlaceRecord = z.strictObject({
  id: EventPlaceId,
  event: EventId,
  name_az: ShortText,
  name_en: ShortText,
  aliases: z.array(Alias),
  /** what the place was in the event, in neutral words: "where survivors and bodies were brought" */
  role: ShortText,
  location: PlaceLocation,
  note: LongText.optional(),
});
export type EventPlaceRecord = z.infer<typeof EventPlaceRecord>;

/** geodata/claims/events.json → routes[]: a line through places, always an illustration. */
export const RouteRecord = z.strictObject({
  id: RouteId,
  event: EventId,
  name_en: ShortText,
  /** places the line passes, in the direction of travel; each needs an exact or approximate point */
  through: z.array(EventPlaceId).min(2),
  /** half-width of the drawn uncertainty corridor */
  corridor_km: z.number().positive().max(20),
  /** why the line runs where it does, and that no source traces it */
  basis: LongText,
});
export type RouteRecord = z.infer<typeof RouteRecord>;

/** geodata/claims/events.json → measures[]: a distance the map computes, set beside stated ones. */
export const MeasureRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  event: EventId,
  from: EventPlaceId,
  to: EventPlaceId,
  /** `distance_miles` claims the reader should see next to the computed figure */
  compare_with: z.array(ClaimId),
  note: LongText,
});
export type MeasureRecord = z.infer<typeof MeasureRecord>;

/**
 * geodata/claims/events.json → comparisons[]: two claims the reader should see set against each
 * other as a data check (83 vs 63 children; "brigade" vs "regiment"). The build only compares
 * them; the words of `explanation` are ours and must stay neutral.
 */
export const ComparisonRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  subject: EventId,
  title: ShortText,
  /** the claim set out first (usually the seed article's) */
  claim: ClaimId,
  /** the claim it is compared against */
  against: ClaimId,
  explanation: LongText,
});
export type ComparisonRecord = z.infer<typeof ComparisonRecord>;

export const EventsFile = z.strictObject({
  events: z.array(EventRecord),
  places: z.array(EventPlaceRecord),
  routes: z.array(RouteRecord),
  measures: z.array(MeasureRecord),
  comparisons: z.array(ComparisonRecord),
});
export type EventsFile = z.infer<typeof EventsFile>;

/** A computed distance as shipped in atlas.json; always labelled "map calculation". */
export const MeasureSummary = MeasureRecord.extend({
  km: z.number().nonnegative(),
  miles: z.number().nonnegative(),
  method: ShortText,
});
export type MeasureSummary = z.infer<typeof MeasureSummary>;

/** A place as shipped in atlas.json: the record plus the drawn position or area, if any. */
export const EventPlaceSummary = EventPlaceRecord.extend({
  /** the drawn point (exact/approximate) or the label point of the drawn area (described); null if not drawn */
  drawn_at: z.tuple([z.number(), z.number()]).nullable(),
  /** for described places with an area: its size, map calculation, km² */
  area_km2: z.number().nonnegative().nullable(),
});
export type EventPlaceSummary = z.infer<typeof EventPlaceSummary>;

export const RouteSummary = RouteRecord.extend({
  /** length of the drawn line, map calculation */
  length_km: z.number().positive(),
});
export type RouteSummary = z.infer<typeof RouteSummary>;

export const EventSummary = EventRecord.extend({
  places: z.array(EventPlaceSummary),
  routes: z.array(RouteSummary),
  measures: z.array(MeasureSummary),
});
export type EventSummary = z.infer<typeof EventSummary>;

/** An event as the first-load file lists it: its summary (which quotes sources) comes with its claims. */
export const EventEntry = EventSummary.omit({ summary: true });
export type EventEntry = z.infer<typeof EventEntry>;

/**
 * Properties of a feature in geodata/events.geojson. Flat scalars for MapLibre expressions; the
 * popup looks everything else up in atlas.json by `id`.
 */
const base = { event: EventId, name_en: ShortText, name_az: ShortText };
export const EventFeatureProps = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('place'), id: EventPlaceId, ...base, precision: z.enum(['exact', 'approximate']) }),
  z.strictObject({ kind: z.literal('uncertainty'), id: EventPlaceId, ...base, precision: z.literal('approximate'), radius_km: z.number().positive() }),
  z.strictObject({ kind: z.literal('described-area'), id: EventPlaceId, ...base, precision: z.literal('described') }),
  z.strictObject({ kind: z.literal('route'), id: RouteId, ...base, precision: z.literal('approximate') }),
  z.strictObject({ kind: z.literal('corridor'), id: RouteId, ...base, precision: z.literal('approximate'), corridor_km: z.number().positive() }),
  z.strictObject({ kind: z.literal('measure'), id: z.string().regex(/^[a-z0-9-]+$/), ...base, km: z.number().nonnegative(), label: ShortText }),
]);
export type EventFeatureProps = z.infer<typeof EventFeatureProps>;
