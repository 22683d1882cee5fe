import { z } from 'zod';
import { LongText, ShortText, Slug } from './common.ts';
import { ClaimId } from './claim.ts';
import { SubjectId } from './ids.ts';

/**
 * geodata/claims/checks.json: the checks a curator asks for by name (the build finds the others
 * itself). `compare` sets two statements side by side; `convert` converts the first claim's
 * figure into the second claim's unit (a table of exact factors in the build) and compares.
 * The numbers always come from the claims: a recipe holds ids, never a value.
 */
const common = {
  id: Slug,
  subject: SubjectId,
  title: ShortText,
  claim: ClaimId,
  against: ClaimId,
  explanation: LongText,
};
export const CheckRecipe = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('compare'), ...common }),
  z.strictObject({ kind: z.literal('convert'), ...common }),
]);
export type CheckRecipe = z.infer<typeof CheckRecipe>;
