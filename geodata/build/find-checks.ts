/**
 * Checks the build finds by itself across every claim: the same figure given differently, totals
 * of different years side by side, and stated areas far from the map's own measurement. Nothing
 * here is hard-coded to a figure: change a claim and the checks change with it. Across sources
 * the map never adds, averages or picks; it lists.
 */
import { METRIC_LABEL } from '../../src/i18n/en.ts';
import { attribution } from '../../src/lib/format.ts';
import type { Claim, DataCheck, DistrictSummary, Metric } from '../../src/schema/index.ts';
import { COUNTRY_ID } from '../../src/schema/index.ts';
import { describeValue, groupDigits } from './compute-checks.ts';
import { slugOf } from './subject-names.ts';

/**
 * Metrics that are not figures to compare or count as single-source: memberships, coordinates (the
 * event layer shows their precision), words.
 */
export const NOT_COMPARED = new Set<Metric>(['group', 'location', 'place_description', 'route_description']);
/** National displaced-people totals: a series over the years, not one figure given differently. */
export const SERIES_METRICS: readonly Metric[] = ['idp', 'idp_armenian_controlled_areas'];
/** A stated area this far from the map's measurement is listed (generalised 1:10m boundaries). */
export const AREA_TOLERANCE = 0.1;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const valueKey = (c: Claim) => `${describeValue(c.value)}|${c.unit}`;
const when = (c: Claim): string => c.as_of ?? (c.claimed_year === null ? '' : String(c.claimed_year));

/** A party's display name from its id (the build's party registry). */
export type PartyName = (id: string) => string;

/** "264 persons according to X (2016)" — the explanation's words for one claim, hedge included. */
export function statement(c: Claim, party: PartyName): string {
  const unit = c.value.kind === 'date' || c.value.kind === 'date_range' || c.value.kind === 'category' || c.value.kind === 'text' ? '' : ` ${c.unit}`;
  return `${describeValue(c.value)}${unit} ${attribution(party(c.claimed_by), c.claimed_year)}`;
}

function groupClaims(claims: readonly Claim[], keep: (c: Claim) => boolean): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!keep(c)) continue;
    const key = `${c.subject}|${c.metric}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/** Same subject, same metric, more than one value: dates in their own category. */
export function findDisagreements(claims: readonly Claim[], nameOf: (id: string) => string, curated: readonly DataCheck[], party: PartyName): DataCheck[] {
  // a pair a curator already set side by side, with its own explanation, is not listed twice
  const curatedSets = curated.map((k) => new Set([...k.inputs, ...(k.against === null ? [] : [k.against])]));
  const covered = (list: readonly Claim[]) => curatedSets.some((set) => list.every((c) => set.has(c.id)));
  const isSeries = (c: Claim) => c.subject === COUNTRY_ID && SERIES_METRICS.includes(c.metric);
  // a breakdown (part_of) is shown under its total, never set against it or against other parts
  const groups = groupClaims(claims, (c) => !NOT_COMPARED.has(c.metric) && c.value.kind !== 'text' && !isSeries(c) && c.part_of === undefined);
  const checks: DataCheck[] = [];
  for (const list of groups.values()) {
    const values = new Set(list.map(valueKey));
    if (values.size < 2 || covered(list)) continue;
    const [first] = list;
    if (!first) continue;
    const dates = list.every((c) => c.value.kind === 'date' || c.value.kind === 'date_range');
    const sameClaimant = new Set(list.map((c) => c.claimed_by)).size === 1;
    const sorted = [...list].sort((a, b) => byCodeUnit(when(a), when(b)) || byCodeUnit(a.id, b.id));
    checks.push({
      id: `differ-${slugOf(first.subject)}-${slugOf(first.metric)}`,
      category: dates ? 'dates-differ' : 'sources-differ',
      subject: first.subject,
      title: `${nameOf(first.subject)} — ${METRIC_LABEL[first.metric]}: ${values.size} different ${dates ? 'dates' : 'figures'}`,
      inputs: sorted.map((c) => c.id),
      against: null,
      computed: null,
      computed_unit: null,
      result: 'differs',
      explanation:
        `${sorted.map((c) => statement(c, party)).join('; ')}. ` +
        (sameClaimant
          ? 'One claimant gives different figures, in different texts or years. '
          : 'Different sources give different figures. ') +
        'The map shows them side by side and does not choose between them.',
      places: [],
    });
  }
  return checks;
}

/** National displaced-people totals by year and source, in time order, never combined. */
export function idpSeries(claims: readonly Claim[], party: PartyName): DataCheck[] {
  const list = claims
    .filter((c) => c.subject === COUNTRY_ID && SERIES_METRICS.includes(c.metric))
    .sort((a, b) => byCodeUnit(when(a), when(b)) || byCodeUnit(a.id, b.id));
  if (list.length < 2) return [];
  const values = new Set(list.map(valueKey));
  return [
    {
      id: 'idp-totals-by-year',
      category: 'series',
      subject: COUNTRY_ID,
      title: `Displaced people in Azerbaijan: ${list.length} totals by year and source`,
      inputs: list.map((c) => c.id),
      against: null,
      computed: null,
      computed_unit: null,
      result: values.size > 1 ? 'differs' : 'consistent',
      explanation:
        `${list.map((c) => `${when(c) || 'undated'}: ${statement(c, party)}`).join('; ')}. ` +
        'These are counts of different years, by different bodies and definitions (some count only people from the districts that came under Armenian control). They are listed, never added up or averaged.',
      places: [],
    },
  ];
}

/** Each district whose stated area is more than AREA_TOLERANCE from the boundary this map draws. */
export function areaAgainstMap(claims: readonly Claim[], districts: readonly DistrictSummary[], nameOf: (id: string) => string, party: PartyName): DataCheck[] {
  const checks: DataCheck[] = [];
  for (const d of districts) {
    const stated = claims.filter((c) => c.subject === d.id && c.metric === 'area_km2' && 'n' in c.value);
    const off = stated.filter((c) => 'n' in c.value && Math.abs(c.value.n / d.area_km2_map - 1) > AREA_TOLERANCE);
    if (off.length === 0) continue;
    const map = Math.round(d.area_km2_map);
    const pct = (c: Claim) => ('n' in c.value ? Math.round((c.value.n / d.area_km2_map - 1) * 100) : 0);
    const signed = (p: number) => `${p > 0 ? '+' : ''}${p}%`;
    checks.push({
      id: `area-${d.id}`,
      category: 'map-measure',
      subject: d.id,
      title: `${nameOf(d.id)} — stated area against the drawn boundary (${[...new Set(off.map((c) => signed(pct(c))))].join(', ')})`,
      inputs: stated.map((c) => c.id),
      against: null,
      computed: map,
      computed_unit: 'km²',
      result: 'differs',
      explanation:
        `The boundary this map draws (Natural Earth, generalised) measures ${groupDigits(map)} km² (geodesic, map calculation). ` +
        `${stated.map((c) => `${statement(c, party)} (${signed(pct(c))})`).join('; ')}. ` +
        `A difference over ${AREA_TOLERANCE * 100}% says the drawn outline, or the district the source measured, is not the same shape; it does not say which figure is right.`,
      places: [],
    });
  }
  return checks;
}
