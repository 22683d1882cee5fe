/**
 * The data-quality view's inventories: lists, not verdicts. Places with no figure, figures that
 * rest on one claimant, quotes not yet read in the original, figures whose text names no source.
 * Each is computed from the claims as they are now, so the lists shrink as the data improves.
 */
import type { CheckText, Claim, DataCheck, Metric, SubjectId } from '../../src/schema/index.ts';
import { DAMAGE_SET, NKAO_ID, NOT_STATED } from '../../src/schema/index.ts';
import { NOT_COMPARED } from './find-checks.ts';

/** A list, not a verdict: what it names (claims or places) and how many; nothing when it is empty. */
function listed(id: string, category: DataCheck['category'], text: CheckText, list: { inputs: string[]; places: SubjectId[] }): DataCheck[] {
  const n = list.inputs.length + list.places.length;
  if (n === 0) return [];
  return [{ id, category, subject: 'AZE', text, inputs: list.inputs, against: null, computed: n, computed_unit: null, result: 'listed', places: list.places }];
}

/** Districts (not the NKAO outline) with no damage figure, and with no displaced-people figure. */
export function gaps(claims: readonly Claim[], districtIds: readonly SubjectId[]): DataCheck[] {
  const has = (metrics: readonly Metric[]) => new Set(claims.filter((c) => metrics.includes(c.metric)).map((c) => c.subject as string));
  const damage = has(DAMAGE_SET);
  const idp = has(['idp']);
  const districts = districtIds.filter((id) => id !== NKAO_ID);
  return [
    ...listed('no-damage-figure', 'gap', { recipe: 'gap', figure: 'damage' }, { inputs: [], places: districts.filter((id) => !damage.has(id)) }),
    ...listed('no-idp-figure', 'gap', { recipe: 'gap', figure: 'idp' }, { inputs: [], places: districts.filter((id) => !idp.has(id)) }),
  ];
}

const inventory = (id: string, category: DataCheck['category'], text: CheckText, list: readonly Claim[]): DataCheck[] =>
  listed(id, category, text, { inputs: list.map((c) => c.id), places: [] });

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
    ...inventory('single-source-figures', 'single-source', { recipe: 'single-source', metrics }, single),
    ...inventory('quotes-not-checked', 'unchecked-quote', { recipe: 'not-read' }, unchecked),
    ...inventory('quotes-read-in-copies', 'unchecked-quote', { recipe: 'read-in-copy' }, copies),
    ...inventory('no-source-named', 'no-source-named', { recipe: 'no-source-named' }, noSource),
  ];
}
