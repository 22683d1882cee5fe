/**
 * The data of a view, for spreadsheets and GIS: a GeoJSON FeatureCollection of what is drawn in
 * view (districts, marks of the shown events) with every claim about each feature and the sources
 * of those claims, and a CSV with one row per claim. Pure (no DOM, no map): the caller passes the
 * view (src/export/in-view.ts) and the permalink.
 *
 * Every figure keeps its hedge ("more than 568,000"), who states it and where: a figure cut loose
 * from its source is what this atlas exists to prevent.
 */
import { partyOf, type AtlasIndex, type PlaceId } from '../data/index-claims.ts';
import { CITE } from '../i18n/en-cite.ts';
import { citeShort } from '../lib/cite.ts';
import { formatValue } from '../lib/format.ts';
import type { Claim, Source, SubjectId } from '../schema/index.ts';
import { claimsInView, sourcesOf, type Bbox, type InView } from './in-view.ts';
import { bbox as turfBbox } from '@turf/turf';
import { EVIDENCE, GRADE_LABEL, sideLabel } from '../i18n/en-evidence.ts';


// what a view shows, for callers that load this module on demand (one chunk, loaded at the click)
export { drawnClaims, inView, sourcesOf, subjectsInView } from './in-view.ts';

/** Who, which view and when: written into both files. */
export interface ExportMeta {
  /** absolute URL that reopens the view */
  permalink: string;
  /** atlas.version */
  version: string;
  /** ISO 8601 date-time of the export */
  exported: string;
}

/** A subject's Azerbaijani name (the map's own naming), and what kind of subject it is. */
export function subjectOf(index: AtlasIndex, id: string): { name_az: string; kind: string } {
  const d = index.districtsById.get(id as PlaceId);
  if (d) return { name_az: d.name_az, kind: d.kind };
  const e = index.eventsById.get(id);
  if (e) return { name_az: e.name_az, kind: 'event' };
  const p = index.eventPlacesById.get(id);
  if (p) return { name_az: p.name_az, kind: 'event-place' };
  const r = index.routesById.get(id);
  if (r) return { name_az: index.eventNames.get(r.id) ?? r.name_en, kind: 'route' };
  return { name_az: id, kind: 'other' };
}

// ---------- GeoJSON ----------

/** Who states a claim and how closely it was read, in words, for a file read without this map. */
function evidenceWords(claim: Claim, index: AtlasIndex) {
  const party = partyOf(claim.claimed_by, index);
  return {
    claimed_by_name: party.name,
    claimed_by_side: sideLabel(party),
    relayed_by_name: claim.relayed_by === undefined ? undefined : partyOf(claim.relayed_by, index).name,
    read_grade_words: GRADE_LABEL[claim.read.grade],
    read_sentence: EVIDENCE.readSentence(claim.read, index.sourcesById.get(claim.source)),
  };
}

/** A claim as exported: the record, its value as the source states it, and its source's short citation. */
function claimOut(claim: Claim, index: AtlasIndex) {
  const source = index.sourcesById.get(claim.source);
  return {
    ...claim,
    ...evidenceWords(claim, index),
    value_stated: formatValue(claim.value, ''),
    source_citation: source ? citeShort(source) : claim.source,
  };
}

function withClaims(claims: readonly Claim[], index: AtlasIndex) {
  return { claims: claims.map((c) => claimOut(c, index)), sources: sourcesOf(index, claims) };
}

/** Claims of an event mark: its place's or route's own; for a measure, the stated distances it is set beside. */
function markClaims(index: AtlasIndex, kind: string, id: string, event: string): Claim[] {
  if (kind !== 'measure') return [...(index.claimsBySubject.get(id as SubjectId) ?? [])];
  const measure = index.eventsById.get(event)?.measures.find((m) => m.id === id);
  return (measure?.compare_with ?? []).flatMap((c) => index.claimsById.get(c) ?? []);
}

export interface ViewGeoJson {
  type: 'FeatureCollection';
  bbox: [number, number, number, number];
  /** foreign members (RFC 7946 §6.1): what this file is, where it came from, when */
  note: string;
  permalink: string;
  data_version: string;
  exported: string;
  /** claims about the shown events as a whole (death tolls, dates): they belong to no one feature */
  events: Array<{ id: string; name_en: string; name_az: string } & ReturnType<typeof withClaims>>;
  features: Array<{ type: 'Feature'; geometry: unknown; properties: Record<string, unknown> }>;
}

export function viewGeoJson(index: AtlasIndex, view: InView, meta: ExportMeta): ViewGeoJson {
  const districts = view.districts.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry,
    properties: { layer: 'district', ...f.properties, ...withClaims(index.claimsBySubject.get(f.properties.id) ?? [], index) },
  }));
  const marks = view.eventFeatures.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry,
    properties: {
      layer: 'event',
      ...f.properties,
      ...withClaims(markClaims(index, f.properties.kind, f.properties.id, f.properties.event), index),
    },
  }));
  const eventIds = [...new Set(view.eventFeatures.map((f) => f.properties.event))];
  const events = eventIds.flatMap((id) => {
    const e = index.eventsById.get(id);
    return e ? [{ id, name_en: e.name_en, name_az: e.name_az, ...withClaims(index.claimsBySubject.get(id) ?? [], index) }] : [];
  });
  const features = [...districts, ...marks];
  return {
    type: 'FeatureCollection',
    // RFC 7946 §5: the extent of the features written (a district in view reaches beyond the view)
    bbox: features.length > 0 ? extentOf(features) : view.bbox,
    note: CITE.geojsonNote,
    permalink: meta.permalink,
    data_version: meta.version,
    exported: meta.exported,
    events,
    features,
  };
}

/** West, south, east, north of every coordinate of the features, at the 5 decimals they are written with. */
export function extentOf(features: ReadonlyArray<{ geometry: unknown }>): [number, number, number, number] {
  const [w = 0, s = 0, e = 0, n = 0] = turfBbox({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) } as never);
  const r = (x: number) => Math.round(x * 1e5) / 1e5;
  return [r(w), r(s), r(e), r(n)];
}

// ---------- CSV ----------

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe: quotes come from third-party web pages and must never execute (OWASP "CSV
 * injection"). Numbers are written as numbers and left alone: -5 is a value, not a formula.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 lines end in CRLF, the last one too. */
export function csvLine(fields: ReadonlyArray<string | number | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** Byte-order mark: Excel reads the file as UTF-8 only with it (Azerbaijani letters, “quotes”). */
export const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'subject_id',
  'subject_name_az',
  'subject_kind',
  'metric',
  'value',
  'value_kind',
  'value_number',
  'value_min',
  'value_max',
  'value_date',
  'lon',
  'lat',
  'unit',
  'as_of',
  'claimed_by',
  'claimed_by_side',
  'speaker',
  'relayed_by',
  'claimed_year',
  'source',
  'page',
  'quote',
  'cites',
  'read_grade',
  'read_date',
  'read_part',
  'read_via',
  'part_of',
  'claim_id',
  'source_id',
  'source_url',
  // where the row came from: a row copied into another sheet keeps its view, data and time
  'permalink',
  'data_version',
  'exported_at',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined>;

/** Numbers as numbers where the value is one (a range's ends, a point's coordinates, a date in ISO). */
function valueColumns(v: Claim['value']): Pick<Row, 'value_kind' | 'value_number' | 'value_min' | 'value_max' | 'value_date' | 'lon' | 'lat'> {
  const none = { value_number: null, value_min: null, value_max: null, value_date: null, lon: null, lat: null };
  // every hedged number (exact, about, more than, nearly…) has its figure in `n`; the kind says the hedge
  if ('n' in v) return { ...none, value_kind: v.kind, value_number: v.n };
  switch (v.kind) {
    case 'range':
      return { ...none, value_kind: v.kind, value_min: v.min, value_max: v.max };
    case 'date':
      return { ...none, value_kind: v.kind, value_date: v.date };
    case 'date_range':
      // ISO 8601 interval
      return { ...none, value_kind: v.kind, value_date: `${v.from}/${v.to}` };
    case 'point':
      return { ...none, value_kind: v.kind, lon: v.lon, lat: v.lat };
    case 'category':
    case 'text':
      return { ...none, value_kind: v.kind };
  }
}

export function claimRow(claim: Claim, index: AtlasIndex, meta: ExportMeta): Row {
  const source: Source | undefined = index.sourcesById.get(claim.source);
  const subject = subjectOf(index, claim.subject);
  const words = evidenceWords(claim, index);
  return {
    subject_id: claim.subject,
    subject_name_az: subject.name_az,
    subject_kind: subject.kind,
    metric: claim.metric,
    value: formatValue(claim.value, ''),
    ...valueColumns(claim.value),
    unit: claim.unit,
    as_of: claim.as_of,
    claimed_by: words.claimed_by_name,
    claimed_by_side: words.claimed_by_side,
    speaker: claim.speaker,
    relayed_by: words.relayed_by_name,
    claimed_year: claim.claimed_year,
    source: source ? citeShort(source) : claim.source,
    page: claim.locator,
    quote: claim.quote,
    cites: claim.cites,
    read_grade: words.read_grade_words,
    read_date: claim.read.date,
    read_part: claim.read.part,
    read_via: claim.read.via ? [claim.read.via.name, claim.read.via.url].filter(Boolean).join(' ') : undefined,
    part_of: claim.part_of,
    claim_id: claim.id,
    source_id: claim.source,
    source_url: source?.url,
    permalink: meta.permalink,
    data_version: meta.version,
    exported_at: meta.exported,
  };
}

/** BOM, header, one CRLF-terminated row per claim, in the order given. */
export function claimsCsv(claims: readonly Claim[], index: AtlasIndex, meta: ExportMeta): string {
  const rows = claims.map((c) => {
    const row = claimRow(c, index, meta);
    return csvLine(CSV_COLUMNS.map((k) => row[k]));
  });
  return BOM + csvLine(CSV_COLUMNS) + rows.join('');
}

/** The CSV of a view: every claim about a subject in view (src/export/in-view.ts claimsInView). */
export function viewCsv(index: AtlasIndex, view: InView, meta: ExportMeta): { text: string; rows: number } {
  const claims = claimsInView(index, view);
  return { text: claimsCsv(claims, index, meta), rows: claims.length };
}

/**
 * "karabakh-atlas-5a4ff5764d03-2026-11-25T100000Z-lachin": file names that say which data, when
 * (to the second, in UTC) and what: a place's id, or the view's bounds ("46.30_39.40_46.95_40.00"),
 * so that two exports of one day never share a name.
 */
export function exportBaseName(version: string, exported: string, what: string): string {
  const stamp = exported.slice(0, 19).replace(/:/g, '');
  return `karabakh-atlas-${version}-${stamp}Z-${what.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

/** The view's part of a file name: its bounds in degrees, two decimals (about 1 km). */
export const boundsName = (b: Bbox): string => b.map((x) => x.toFixed(2)).join('_');
