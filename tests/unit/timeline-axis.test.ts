/** The date axis's steps and positions, without a DOM: what the keys, the pointer and the mark buttons move to. */
import { describe, expect, it } from 'vitest';
import { dayAt, kindsOf, markAfter, markBefore, markWhen, share, sliderStep } from '../../src/ui/timeline-axis.ts';
import type { TimelineMarkView } from '../../src/ui/timeline-control.ts';

const axis = { from: '1988-01-01', to: '2024-12-31' };

const marks: TimelineMarkView[] = [
  { id: 'a', kind: 'period', from: '1988-02-20', to: '1994-05-12', label: 'A' },
  { id: 'b', kind: 'control', from: '1993-07-23', to: '1993-07-23', label: 'B' },
  { id: 'c', kind: 'resolution', from: '1993-07-29', to: '1993-07-29', label: 'C' },
  { id: 'd', kind: 'control', from: '1993-07-29', to: '1993-07-30', label: 'D' },
];

describe('the slider keys', () => {
  it('move a day with the arrows, a year with Shift, a month with Page Up and Down', () => {
    expect(sliderStep('1993-07-25', 'ArrowRight', false, axis)).toBe('1993-07-26');
    expect(sliderStep('1993-07-25', 'ArrowUp', false, axis)).toBe('1993-07-26');
    expect(sliderStep('1993-07-25', 'ArrowLeft', false, axis)).toBe('1993-07-24');
    expect(sliderStep('1993-07-25', 'ArrowDown', false, axis)).toBe('1993-07-24');
    expect(sliderStep('1993-07-25', 'ArrowRight', true, axis)).toBe('1994-07-25');
    expect(sliderStep('1993-07-25', 'ArrowDown', true, axis)).toBe('1992-07-25');
    expect(sliderStep('1993-01-31', 'PageUp', false, axis)).toBe('1993-02-28');
    expect(sliderStep('1993-07-25', 'PageDown', false, axis)).toBe('1993-06-25');
  });

  it('go to the ends with Home and End and never past them; other keys are left to the page', () => {
    expect(sliderStep('1993-07-25', 'Home', false, axis)).toBe(axis.from);
    expect(sliderStep('1993-07-25', 'End', false, axis)).toBe(axis.to);
    expect(sliderStep('2024-12-31', 'ArrowRight', false, axis)).toBe(axis.to);
    expect(sliderStep('1988-03-01', 'ArrowLeft', true, axis)).toBe(axis.from);
    expect(sliderStep('1993-07-25', 'Tab', false, axis)).toBeNull();
    expect(sliderStep('1993-07-25', 'Enter', false, axis)).toBeNull();
  });
});

describe('positions on the axis', () => {
  it('puts the ends at 0 and 100 and a pointer share on the nearest day', () => {
    expect(share(axis, axis.from)).toBe(0);
    expect(share(axis, axis.to)).toBe(100);
    expect(share(axis, '1950-01-01')).toBe(0);
    expect(dayAt(axis, 0)).toBe(axis.from);
    expect(dayAt(axis, 1)).toBe(axis.to);
    expect(dayAt(axis, 1.5)).toBe(axis.to);
    expect(dayAt(axis, share(axis, '1993-07-25') / 100)).toBe('1993-07-25');
  });
});

describe('previous and next mark', () => {
  it('go to the mark that starts strictly before or after the date', () => {
    expect(markAfter(marks, '1993-07-23')?.id).toBe('c');
    expect(markAfter(marks, '1993-07-22')?.id).toBe('b');
    expect(markAfter(marks, '1993-07-29')).toBeUndefined();
    expect(markBefore(marks, '1993-07-29')?.id).toBe('b');
    expect(markBefore(marks, '1993-07-30')?.id).toBe('d');
    expect(markBefore(marks, '1988-02-20')).toBeUndefined();
  });

  it('name when a mark is, and list the kinds present in the schema order', () => {
    expect(markWhen(marks[1]!)).toBe('23 July 1993');
    expect(markWhen(marks[3]!)).toBe('29–30 July 1993');
    expect(kindsOf(marks)).toEqual(['control', 'resolution', 'period']);
  });
});
