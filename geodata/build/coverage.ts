import type { CoverageSummary } from '../../src/schema/index.ts';
import { fieldError, recordLabel } from './errors.ts';
import type { Inputs } from './read-inputs.ts';

/**
 * How much of the seed article is in the data: every figure of coverage.json either names claims
 * that exist (checked here, so a renamed claim fails the build) or is out of scope with a reason.
 * The quotes are re-read against the article by tests/data/coverage.test.ts.
 */
export function coverageSummary(inputs: Inputs): CoverageSummary | null {
  const cov = inputs.coverage;
  if (!cov) return null;
  const claims = new Map(inputs.claims.map((c) => [c.value.id, c.value]));
  const seen = new Set<string>();
  cov.value.figures.forEach((f, i) => {
    const label = recordLabel('figure', f.id, i);
    if (seen.has(f.id)) throw fieldError(cov.file, label, 'id', `"${f.id}" is listed twice`);
    seen.add(f.id);
    f.claims.forEach((id, k) => {
      const c = claims.get(id);
      if (!c) throw fieldError(cov.file, label, ['claims', k], `no claim "${id}" in ${inputs.files.claims}`);
    });
  });
  const total = cov.value.figures.length;
  const inData = cov.value.figures.filter((f) => f.claims.length > 0).length;
  return {
    total,
    in_data: inData,
    out_of_scope: cov.value.figures.flatMap((f) => (f.out_of_scope === undefined ? [] : [{ id: f.id, figure: f.figure, reason: f.out_of_scope }])),
    percent: Math.round((inData / total) * 1000) / 10,
  };
}
