/**
 * A check per change of control whose sources give different days: each date with its source, and
 * the span the map draws uncertain, which runs exactly from the first to the last day they give.
 */
import { daysBetween } from '../../src/lib/days.ts';
import type { DataCheck, TimelineModel } from '../../src/schema/index.ts';

export function controlDateChecks(model: TimelineModel): DataCheck[] {
  return model.changes.flatMap((c): DataCheck[] => {
    const distinct = new Set(c.dates.map((d) => `${d.from}/${d.to}`));
    if (distinct.size < 2) return [];
    return [
      {
        id: `control-dates-${c.id}`,
        category: 'dates-differ',
        subject: c.place,
        text: { recipe: 'control-dates', change: c.id, to: c.to, extent: c.extent, span: c.span, coarser: c.dates.filter((d) => d.coarser).map((d) => d.claim) },
        inputs: c.dates.map((d) => d.claim),
        against: null,
        // the last day is drawn uncertain too: a span of one day (17–18 May) is 1 day long here
        computed: daysBetween(c.span.from, c.span.to),
        computed_unit: 'days',
        result: 'differs',
        places: [],
      },
    ];
  });
}
