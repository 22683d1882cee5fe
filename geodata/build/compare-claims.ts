import type { Claim, DataCheck } from '../../src/schema/index.ts';
import { describeValue } from './compute-checks.ts';
import type { Inputs } from './read-inputs.ts';

/**
 * One data check per comparison in events.json: two claims set side by side. The map computes
 * nothing here (`computed: null`) and picks no winner; it only says whether the two statements
 * are the same. References were checked by checkEvents.
 */
export function compareClaims(inputs: Inputs): DataCheck[] {
  const claims = new Map<string, Claim>(inputs.claims.map((c) => [c.value.id, c.value]));
  return inputs.events.comparisons.map(({ value: k }) => {
    const a = claims.get(k.claim);
    const b = claims.get(k.against);
    if (!a || !b) throw new Error(`internal: comparison "${k.id}" lost a claim after validation`);
    const same = describeValue(a.value) === describeValue(b.value) && a.unit === b.unit;
    return {
      id: k.id,
      subject: k.subject,
      title: k.title,
      inputs: [a.id],
      against: b.id,
      computed: null,
      result: same ? 'consistent' : 'differs',
      explanation: k.explanation,
    };
  });
}
