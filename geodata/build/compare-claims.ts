import type { Claim, DataCheck, SubjectId } from '../../src/schema/index.ts';
import { describeValue } from '../../src/lib/describe-value.ts';
import type { Inputs } from './read-inputs.ts';

/** A curated comparison: two claims set side by side (events.json comparisons, checks.json `compare`). */
export interface Comparison {
  id: string;
  subject: SubjectId;
  title: string;
  claim: string;
  against: string;
  explanation: string;
}

/**
 * One data check per comparison: two claims set side by side. The map computes nothing here
 * (`computed: null`) and picks no winner; it only says whether the two statements are the same.
 * References were checked when the inputs were read.
 */
export function compareClaims(inputs: Inputs, comparisons: readonly Comparison[]): DataCheck[] {
  const claims = new Map<string, Claim>(inputs.claims.map((c) => [c.value.id, c.value]));
  return comparisons.map((k) => {
    const a = claims.get(k.claim);
    const b = claims.get(k.against);
    if (!a || !b) throw new Error(`internal: comparison "${k.id}" lost a claim after validation`);
    const same = describeValue(a.value) === describeValue(b.value) && a.unit === b.unit;
    return {
      id: k.id,
      category: 'wording',
      subject: k.subject,
      text: { recipe: 'compare', curated: { title: k.title, explanation: k.explanation } },
      inputs: [a.id],
      against: b.id,
      computed: null,
      computed_unit: null,
      result: same ? 'consistent' : 'differs',
      places: [],
    };
  });
}
