import { describe, expect, it } from 'vitest';
import { statusOn, type ChangeLike } from '../../src/lib/control-status.ts';
import { spanOf } from '../../geodata/build/compute-control.ts';
import { addMonths, daysOf, parseDay } from '../../src/lib/days.ts';

const change = (id: string, to: ChangeLike['to'], extent: ChangeLike['extent'], from: string, until = from): ChangeLike => ({ id, to, extent, span: { from, to: until } });

describe('a place’s status on a day', () => {
  const lachin = [change('taken', 'armenian', 'whole', '1992-05-17', '1992-05-18'), change('returned', 'azerbaijani', 'whole', '2020-12-01')];

  it('is under Azerbaijani control before any reported change', () => {
    expect(statusOn(lachin, '1991-06-01').status).toBe('azerbaijani');
  });

  it('is in dispute exactly between the sources’ first and last day, settled on the last', () => {
    expect(statusOn(lachin, '1992-05-16').status).toBe('azerbaijani');
    const on17 = statusOn(lachin, '1992-05-17');
    expect(on17.status).toBe('uncertain');
    expect(on17.between).toMatchObject({ before: 'azerbaijani', after: 'armenian-or-de-facto' });
    expect(statusOn(lachin, '1992-05-18').status).toBe('armenian-or-de-facto');
  });

  it('returns on the day the sources give', () => {
    expect(statusOn(lachin, '2020-11-30').status).toBe('armenian-or-de-facto');
    expect(statusOn(lachin, '2020-12-01').status).toBe('azerbaijani');
    expect(statusOn(lachin, '2020-12-01').applied.map((c) => c.id)).toEqual(['taken', 'returned']);
  });

  it('is "partly" after a part changes, and all one status when the rest follows', () => {
    const khojavend = [
      change('1992', 'armenian', 'whole', '1992-10-02'),
      change('hadrut', 'azerbaijani', 'part', '2020-10-09'),
      change('rest', 'azerbaijani', 'rest', '2023-09-20'),
    ];
    expect(statusOn(khojavend, '2021-01-01').status).toBe('partly');
    expect(statusOn(khojavend, '2024-01-01').status).toBe('azerbaijani');
  });

  it('does not draw a dispute that would not change what is drawn (a part of a place already partly held)', () => {
    const tartar = [change('town', 'de-facto', 'part', '1993-07-27'), change('villages', 'azerbaijani', 'part', '2020-01-01', '2020-12-31')];
    expect(statusOn(tartar, '1993-07-27').status).toBe('partly');
    expect(statusOn(tartar, '2020-06-01').status).toBe('partly');
  });

  it('a part taken from a place held wholly by the same side leaves it so', () => {
    const place = [change('all', 'armenian', 'whole', '1993-01-01'), change('town', 'armenian', 'part', '1993-06-01')];
    expect(statusOn(place, '1994-01-01').status).toBe('armenian-or-de-facto');
  });

  it('a long disputed range (1988–1992) is drawn uncertain throughout', () => {
    const nk = [change('nk', 'armenian', 'whole', '1988-01-01', '1992-12-31')];
    expect(statusOn(nk, '1990-03-01').status).toBe('uncertain');
    expect(statusOn(nk, '1993-01-01').status).toBe('armenian-or-de-facto');
  });
});

describe('the span drawn between the sources’ dates', () => {
  it('runs from the first to the last day given', () => {
    expect(spanOf([{ from: '1993-08-23', to: '1993-08-23' }, { from: '1993-08-25', to: '1993-08-25' }]).span).toEqual({ from: '1993-08-23', to: '1993-08-25' });
  });

  it('a month that holds the other days agrees and does not widen it', () => {
    const { coarser, span } = spanOf([daysOf('1992-05')!, daysOf('1992-05-17')!, daysOf('1992-05-18')!]);
    expect(coarser).toEqual([true, false, false]);
    expect(span).toEqual({ from: '1992-05-17', to: '1992-05-18' });
  });

  it('a period that only overlaps the others widens it', () => {
    const { coarser, span } = spanOf([{ from: '1993-03-27', to: '1993-04-05' }, { from: '1993-04-06', to: '1993-04-06' }]);
    expect(coarser).toEqual([false, false]);
    expect(span).toEqual({ from: '1993-03-27', to: '1993-04-06' });
  });
});

describe('calendar days', () => {
  it('knows which days exist', () => {
    expect(parseDay('1993-07-23')).toBe('1993-07-23');
    expect(parseDay('1993-06-31')).toBeNull();
    expect(parseDay('23 July')).toBeNull();
  });
  it('covers a month or a year whole', () => {
    expect(daysOf('1992-02')).toEqual({ from: '1992-02-01', to: '1992-02-29' });
    expect(daysOf('2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
  it('adds months within the month', () => {
    expect(addMonths('1993-01-31', 1)).toBe('1993-02-28');
  });
});

describe('since when a status holds', () => {
  it('is the change that made it, not a later part that changed nothing drawn', () => {
    const lachin = [change('taken', 'armenian', 'whole', '1992-05-18'), change('returned', 'azerbaijani', 'whole', '2020-12-01'), change('town', 'azerbaijani', 'part', '2022-08-26')];
    expect(statusOn(lachin, '2023-01-01').since?.id).toBe('returned');
    expect(statusOn(lachin, '1991-01-01').since).toBeNull();
  });
});
