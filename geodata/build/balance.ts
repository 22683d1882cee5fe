/**
 * Who speaks, counted from party ids: claims by side, by side × read grade, by side ×
 * family of figures, and by side for each place. Counts, never weights: a figure is one claim.
 */
import type { Balance, Claim, Party, SideCounts, ThemeModel } from '../../src/schema/index.ts';
import { METRIC_GROUPS, READ_GRADES, SIDES, metricGroup } from '../../src/schema/index.ts';

const zero = (): SideCounts => ({ azerbaijani: 0, armenian: 0, 'third-party': 0, unknown: 0 });
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function balanceTable(claims: readonly Claim[], parties: readonly Party[], themes: readonly ThemeModel[]): Balance {
  const sideOf = new Map(parties.map((p) => [p.id, p.side]));
  const total = zero();
  const byGrade = Object.fromEntries(READ_GRADES.map((g) => [g, zero()])) as Balance['by_grade'];
  const byGroup = Object.fromEntries(METRIC_GROUPS.map((g) => [g, zero()])) as Balance['by_group'];
  const bySubject = new Map<Claim['subject'], SideCounts>();
  for (const c of claims) {
    const side = sideOf.get(c.claimed_by) ?? 'unknown';
    total[side] += 1;
    byGrade[c.read.grade][side] += 1;
    byGroup[metricGroup(c.metric)][side] += 1;
    const s = bySubject.get(c.subject) ?? zero();
    s[side] += 1;
    bySubject.set(c.subject, s);
  }
  return {
    claims: claims.length,
    sides: total,
    by_grade: byGrade,
    by_group: byGroup,
    by_subject: [...bySubject.entries()].sort(([a], [b]) => byCodeUnit(a, b)).map(([subject, counts]) => ({ subject, counts })),
    by_theme: themes.map((t) => {
      const ids = new Set([...t.shades.flatMap((s) => s.claims), ...t.elsewhere.flatMap((e) => e.claims)]);
      const counts = zero();
      for (const c of claims) if (ids.has(c.id)) counts[sideOf.get(c.claimed_by) ?? 'unknown'] += 1;
      return { theme: t.id, counts };
    }),
    parties_by_side: Object.fromEntries(SIDES.map((side) => [side, parties.filter((p) => p.side === side).length])) as SideCounts,
  };
}
