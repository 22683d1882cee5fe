import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, clampDay, daysBetween, parseDay, yearStarts } from '../../src/lib/days.ts';

describe('calendar days', () => {
  it('reads only real days', () => {
    expect(parseDay('1993-07-25')).toBe('1993-07-25');
    expect(parseDay('1993-06-31')).toBeNull();
    expect(parseDay('25 July 1993')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('moves by days, months and years, keeping within the month', () => {
    expect(addDays('1993-12-31', 1)).toBe('1994-01-01');
    expect(addMonths('1994-01-31', 1)).toBe('1994-02-28');
    expect(addMonths('1994-01-15', -1)).toBe('1993-12-15');
    expect(addYears('1992-02-29', 1)).toBe('1993-02-28');
    expect(addYears('1993-07-25', -1)).toBe('1992-07-25');
    expect(daysBetween('1988-01-01', '1989-01-01')).toBe(366);
    expect(clampDay('1987-05-01', '1988-01-01', '2024-12-31')).toBe('1988-01-01');
  });

  it('lists the first day of each year on an axis', () => {
    const starts = yearStarts('1988-01-01', '2024-12-31');
    expect(starts).toHaveLength(37);
    expect(starts[0]).toBe('1988-01-01');
    expect(starts.at(-1)).toBe('2024-01-01');
    expect(yearStarts('1988-03-01', '1990-01-01')).toEqual(['1989-01-01', '1990-01-01']);
  });
});
