/**
 * The data-quality view's inventories: lists, not verdicts. Places with no figure, figures that
 * rest on one claimant, quotes not yet read in the original, figures whose text names no source.
 * Each is computed from the claims as they are now, so the lists shrink as the data improves.
 */
import type { Claim, DataCheck, Metric, SubjectId } from '../../src/schema/index.ts';
import { DAMAGE_SET, NKAO_ID, NOT_STATED } from '../../src/schema/index.ts';
import { NOT_COMPARED } from './find-checks.ts';


/** A list, not a verdict: what it names (claims or places), how many, and what that means. */
function listed(
  id: string,
  category: DataCheck['category'],
  title: string,
  list: { inputs: string[]; places: SubjectId[]; unit: string },
  explanation: string,
): DataCheck[] {
  const n = list.inputs.length + list.places.length;
  if (n === 0) return [];
  return [{ id, category, subject: 'AZE', title, inputs: list.inputs, against: null, computed: n, computed_unit: list.unit, result: 'listed', explanation, places: list.places }];
}

function gap(id: string, title: string, places: SubjectId[], figure: string, nameOf: (id: string) => string, drawn: string): DataCheck[] {
  return listed(id, 'gap', title, { inputs: [], places, unit: 'districts' }, `No source in this atlas gives ${figure} for ${places.map(nameOf).join(', ')}. Nothing is estimated for them: ${drawn}.`);
}

/** Districts (not the NKAO outline) with no damage figure, and with no displaced-people figure. */
export function gaps(claims: readonly Claim[], districtIds: readonly SubjectId[], nameOf: (id: string) => string): DataCheck[] {
  const has = (metrics: readonly Metric[]) => new Set(claims.filter((c) => metrics.includes(c.metric)).map((c) => c.subject as string));
  const damage = has(DAMAGE_SET);
  const idp = has(['idp']);
  const districts = districtIds.filter((id) => id !== NKAO_ID);
  return [
    ...gap('no-damage-figure', 'Districts with no sourced damage figure', districts.filter((id) => !damage.has(id)), 'any damage figure', nameOf, 'every damage shading draws them as "no figure in sources"'),
    ...gap('no-idp-figure', 'Districts with no displaced-people figure', districts.filter((id) => !idp.has(id)), 'a figure of people displaced', nameOf, 'the map draws them hatched, as it draws every district the US Committee for Refugees list leaves out'),
  ];
}

function inventory(id: string, category: DataCheck['category'], title: string, list: readonly Claim[], explanation: string): DataCheck[] {
  return listed(id, category, title, { inputs: list.map((c) => c.id), places: [], unit: 'figures' }, explanation);
}

export function inventories(claims: readonly Claim[]): DataCheck[] {
  const bySubjectMetric = new Map<string, Claim[]>();
  for (const c of claims) {
    if (NOT_COMPARED.has(c.metric) || c.value.kind === 'text') continue;
    const key = `${c.subject}|${c.metric}`;
    bySubjectMetric.set(key, [...(bySubjectMetric.get(key) ?? []), c]);
  }
  const single = [...bySubjectMetric.values()].filter((list) => new Set(list.map((c) => c.claimed_by)).size === 1).flat();
  const metrics = new Set(single.map((c) => c.metric)).size;
  const unchecked = claims.filter((c) => c.read.grade === 'not-read');
  const copies = claims.filter((c) => c.read.grade === 'reproduction');
  const noSource = claims.filter((c) => c.unsourced === true || c.claimed_by === NOT_STATED);
  return [
    ...inventory(
      'single-source-figures',
      'single-source',
      `Figures that rest on a single claimant (${single.length})`,
      single,
      `For these ${single.length} figures (${metrics} kinds of figure), one claimant is the only source in this atlas for that place and measure. They are shown with a "single source" badge; another source may confirm or contradict them.`,
    ),
    ...inventory(
      'quotes-not-checked',
      'unchecked-quote',
      `Quotes not yet read in any copy of their source (${unchecked.length})`,
      unchecked,
      `These ${unchecked.length} quotes were passed on with the address of the page they come from, but this map has not yet read them there, in the original or in a copy. Each is marked "not read" where it is shown.`,
    ),
    ...inventory(
      'quotes-read-in-copies',
      'unchecked-quote',
      `Quotes read only on another site than the original publisher's (${copies.length})`,
      copies,
      `These ${copies.length} quotes were read in a reproduction: a copy of the text on another site (a mirror of an encyclopedia, a site that reposts a news agency's text). Each names the site it was read on. The original may differ.`,
    ),
    ...inventory(
      'no-source-named',
      'no-source-named',
      `Figures whose text names no source (${noSource.length})`,
      noSource,
      `The text that gives these ${noSource.length} figures attributes them to nobody, or to a party without naming a document ("it was estimated", "Armenia estimates"). They are shown with a "no source given" badge.`,
    ),
  ];
}
