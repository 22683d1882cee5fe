/**
 * Checks the build finds by itself across every claim: the same figure given differently, totals
 * of different years side by side, and stated areas far from the map's own measurement. Nothing
 * here is hard-coded to a figure: change a claim and the checks change with it. Across sources
 * the map never adds, averages or picks; it lists.
 */
import { describeValue } from '../../src/lib/describe-value.ts';
import type { Claim, DataCheck, DistrictSummary, Metric } from '../../src/schema/index.ts';
import { COUNTRY_ID } from '../../src/schema/index.ts';
import { slugOf } from './slug-of.ts';

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
export function findDisagreements(claims: readonly Claim[], curated: readonly DataCheck[], checkedElsewhere: ReadonlySet<string> = new Set()): DataCheck[] {
  // a pair a curator already set side by side, with its own explanation, is not listed twice
  const curatedSets = curated.map((k) => new Set([...k.inputs, ...(k.against === null ? [] : [k.against])]));
  const covered = (list: readonly Claim[]) => curatedSets.some((set) => list.every((c) => set.has(c.id)));
  const isSeries = (c: Claim) => c.subject === COUNTRY_ID && SERIES_METRICS.includes(c.metric);
  // a breakdown (part_of) is shown under its total, never set against it or against other parts
  // a claim dating a change of control is checked with that change's other dates (control-checks.ts)
  const groups = groupClaims(claims, (c) => !NOT_COMPARED.has(c.metric) && c.value.kind !== 'text' && !isSeries(c) && c.part_of === undefined && !checkedElsewhere.has(c.id));
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
      text: { recipe: 'differ', metric: first.metric, values: values.size, one_claimant: sameClaimant },
      inputs: sorted.map((c) => c.id),
      against: null,
      computed: null,
      computed_unit: null,
      result: 'differs',
      places: [],
    });
  }
  return checks;
}

/** National displaced-people totals by year and source, in time order, never combined. */
export function idpSeries(claims: readonly Claim[]): DataCheck[] {
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
      text: { recipe: 'idp-series' },
      inputs: list.map((c) => c.id),
      against: null,
      computed: null,
      computed_unit: null,
      result: values.size > 1 ? 'differs' : 'consistent',
      places: [],
    },
  ];
}

/** Each district whose stated area is more than AREA_TOLERANCE from the boundary this map draws. */
export function areaAgainstMap(claims: readonly Claim[], districts: readonly DistrictSummary[]): DataCheck[] {
  const checks: DataCheck[] = [];
  for (const d of districts) {
    const stated = claims.flatMap((c) => (c.subject === d.id && c.metric === 'area_km2' && 'n' in c.value ? [{ claim: c.id, n: c.value.n }] : []));
    const beyond = (n: number) => Math.abs(n / d.area_km2_map - 1) > AREA_TOLERANCE;
    if (!stated.some((s) => beyond(s.n))) continue;
    checks.push({
      id: `area-${d.id}`,
      category: 'map-measure',
      subject: d.id,
      text: {
        recipe: 'area-vs-map',
        tolerance_pct: AREA_TOLERANCE * 100,
        stated: stated.map((s) => ({ claim: s.claim, percent: Math.round((s.n / d.area_km2_map - 1) * 100), beyond: beyond(s.n) })),
      },
      inputs: stated.map((s) => s.claim),
      against: null,
      computed: Math.round(d.area_km2_map),
      computed_unit: 'km²',
      result: 'differs',
      places: [],
    });
  }
  return checks;
}
