import { describe, expect, it } from 'vitest';
import type { ValueLike } from '../../src/lib/format.ts';
import { buildTimeline, timeSortKey } from '../../src/lib/timeline.ts';

const STAGES = ['event_dates', 'attack_began', 'town_captured', 'fugitives_reached'];
let n = 0;
const claim = (metric: string, value: ValueLike, claimed_by: string, subject = 'khojaly-1992') => ({ id: `c${n++}`, metric, subject, claimed_by, value });

describe('time sort keys', () => {
  it('sort partial dates by what they say, qualifiers placing a bare day within it', () => {
    const eleven = timeSortKey({ kind: 'date', date: '1992-02-25T23:00', qualifier: 'about' })!;
    const morning = timeSortKey({ kind: 'date', date: '1992-02-26', qualifier: 'morning' })!;
    const evening = timeSortKey({ kind: 'date', date: '1992-02-25', qualifier: 'evening' })!;
    expect(evening < eleven).toBe(true);
    expect(eleven < morning).toBe(true);
    expect(timeSortKey({ kind: 'date', date: '1992' })).toBe('1992-01-01T00:00');
    expect(timeSortKey({ kind: 'date_range', from: '1992-02-25', to: '1992-02-26', qualifier: 'night' })).toBe('1992-02-25T00:00');
    expect(timeSortKey({ kind: 'exact', n: 613 })).toBeNull();
  });
});

describe('the timeline', () => {
  const began2030 = claim('attack_began', { kind: 'date', date: '1992-02-25T20:30' }, 'Elman Mammadov');
  const began23 = claim('attack_began', { kind: 'date', date: '1992-02-25T23:00', qualifier: 'about' }, 'Human Rights Watch');
  const dates = claim('event_dates', { kind: 'date_range', from: '1992-02-25', to: '1992-02-26', qualifier: 'night' }, 'Human Rights Watch');
  const captured = claim('town_captured', { kind: 'date', date: '1992-02-26', qualifier: 'morning' }, 'Memorial');
  const reached = claim('fugitives_reached', { kind: 'date', date: '1992-02-26', qualifier: 'morning' }, 'Memorial', 'nakhchivanik');
  const count = claim('killed', { kind: 'exact', n: 613 }, 'Government of Azerbaijan');

  it('orders stages by their earliest time, equal times in the order of the night', () => {
    const stages = buildTimeline([reached, began23, count, captured, dates, began2030], STAGES);
    expect(stages.map((s) => s.metric)).toEqual(['event_dates', 'attack_began', 'town_captured', 'fugitives_reached']);
  });

  it('keeps different times for the same stage side by side in one entry, earliest first, never merged', () => {
    const stages = buildTimeline([began23, began2030], STAGES);
    expect(stages).toHaveLength(1);
    expect(stages[0]!.claims.map((c) => c.claimed_by)).toEqual(['Elman Mammadov', 'Human Rights Watch']);
  });

  it('keeps the same stage at two places apart, and leaves out what is not a time', () => {
    const elsewhere = claim('fugitives_reached', { kind: 'date', date: '1992-02-26', qualifier: 'morning' }, 'Reuters', 'aghdam-city');
    const stages = buildTimeline([reached, elsewhere, count], STAGES);
    expect(stages.map((s) => s.subject)).toEqual(['aghdam-city', 'nakhchivanik']);
    expect(stages.flatMap((s) => s.claims)).not.toContain(count);
  });
});
