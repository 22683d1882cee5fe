/**
 * The checks a curator asks for by name in geodata/claims/checks.json. A recipe holds claim ids,
 * never a number: the figures come from the claims, so a corrected claim corrects its check.
 */
import type { CheckRecipe, CheckText, Claim, DataCheck } from '../../src/schema/index.ts';
import { compareClaims } from './compare-claims.ts';
import { satisfies } from './compute-checks.ts';
import { fieldError } from './errors.ts';
import type { Inputs, Located } from './read-inputs.ts';

type Slip = NonNullable<Extract<CheckText, { recipe: 'convert' }>['slip']>;

interface Conversion {
  factor: number;
  /** a factor a source may have used by mistake: a length's, applied to an area */
  slip?: Slip;
}

/** Exact factors (international mile: 1 mi = 1.609344 km). */
export const CONVERSIONS: Readonly<Record<string, Conversion>> = {
  'km²→sq mi': { factor: 1 / 1.609344 ** 2, slip: { factor: 1 / 1.609344, from: 'km', to: 'mi' } },
  'sq mi→km²': { factor: 1.609344 ** 2, slip: { factor: 1.609344, from: 'mi', to: 'km' } },
  'km→mi': { factor: 1 / 1.609344 },
  'mi→km': { factor: 1.609344 },
};

const numberOf = (c: Claim): number | null => ('n' in c.value ? c.value.n : null);

/** Every recipe names claims that exist; a conversion names units the table knows and numbers it can convert. */
export function checkRecipes(inputs: Inputs): void {
  const claims = new Map(inputs.claims.map((c) => [c.value.id, c.value]));
  for (const r of inputs.recipes) {
    for (const field of ['claim', 'against'] as const) {
      const c = claims.get(r.value[field]);
      if (!c) throw fieldError(r.file, r.label, field, `no claim "${r.value[field]}" in ${inputs.files.claims}`);
      if (r.value.kind === 'convert' && numberOf(c) === null) {
        throw fieldError(r.file, r.label, field, `claim "${c.id}" has a ${c.value.kind} value; a conversion needs a number`);
      }
    }
    if (r.value.kind === 'convert') {
      const from = claims.get(r.value.claim);
      const to = claims.get(r.value.against);
      const key = `${from?.unit}→${to?.unit}`;
      if (!CONVERSIONS[key]) throw fieldError(r.file, r.label, 'kind', `no conversion from "${from?.unit}" to "${to?.unit}" (known: ${Object.keys(CONVERSIONS).join(', ')})`);
    }
  }
}

function convert(r: Located<Extract<CheckRecipe, { kind: 'convert' }>>, claims: ReadonlyMap<string, Claim>): DataCheck {
  const from = claims.get(r.value.claim);
  const to = claims.get(r.value.against);
  const conv = from && to ? CONVERSIONS[`${from.unit}→${to.unit}`] : undefined;
  const n = from ? numberOf(from) : null;
  if (!from || !to || !conv || n === null) throw new Error(`internal: check "${r.value.id}" lost its inputs after validation`);
  const computed = Math.round(n * conv.factor);
  const ok = satisfies(to.value, computed) ?? false;
  const stated = numberOf(to);
  const slip = conv.slip && stated !== null && Math.abs(n * conv.slip.factor - stated) < 1 ? conv.slip : undefined;
  return {
    id: r.value.id,
    category: 'conversion',
    subject: r.value.subject,
    text: { recipe: 'convert', curated: { title: r.value.title, explanation: r.value.explanation }, factor: conv.factor, slip: slip ?? null },
    inputs: [from.id],
    against: to.id,
    computed,
    computed_unit: to.unit,
    result: ok ? 'consistent' : 'differs',
    places: [],
  };
}

export function recipeChecks(inputs: Inputs): DataCheck[] {
  const claims = new Map(inputs.claims.map((c) => [c.value.id, c.value]));
  return inputs.recipes.flatMap((r) => {
    const v = r.value;
    if (v.kind === 'compare') return compareClaims(inputs, [v]);
    return [convert({ ...r, value: v }, claims)];
  });
}
