import { describe, expect, it } from 'vitest';
import { dpiProblem, ExportRequest, lowerDpi, mmToPx, pageSize, pxToMm } from '../../src/lib/paper.ts';

describe('page size: px = round(mm / 25.4 · dpi)', () => {
  it('A3 landscape at 300 dpi is exactly 4961 × 3508 px', () => {
    const p = pageSize('A3', 'landscape', 300);
    expect([p.widthPx, p.heightPx]).toEqual([4961, 3508]);
    expect([p.widthMm, p.heightMm]).toEqual([420, 297]);
  });

  it('A4 landscape at 150 dpi is exactly 1754 × 1240 px, portrait turns it', () => {
    expect(pageSize('A4', 'landscape', 150)).toMatchObject({ widthPx: 1754, heightPx: 1240, label: 'A4 landscape' });
    expect(pageSize('A4', 'portrait', 150)).toMatchObject({ widthPx: 1240, heightPx: 1754 });
  });

  it('A2 landscape at 600 dpi is 14031 × 9921 px; A4 portrait at 72 dpi 595 × 842', () => {
    expect(pageSize('A2', 'landscape', 600)).toMatchObject({ widthPx: 14031, heightPx: 9921 });
    expect(pageSize('A4', 'portrait', 72)).toMatchObject({ widthPx: 595, heightPx: 842 });
  });

  it('a custom pixel size is taken as given, its physical size follows from the dpi', () => {
    const p = pageSize({ widthPx: 3000, heightPx: 2000 }, 'portrait', 300);
    expect([p.widthPx, p.heightPx]).toEqual([3000, 2000]);
    expect(p.widthMm).toBeCloseTo(254, 9);
    expect(p.label).toBe('3000 × 2000 px');
  });

  it('mm and px convert both ways', () => {
    expect(mmToPx(25.4, 96)).toBe(96);
    expect(pxToMm(300, 300)).toBeCloseTo(25.4, 12);
  });
});

describe('request validation', () => {
  const base = { paper: 'A4', orientation: 'landscape', format: 'png' } as const;

  it('accepts whole dpi from 72 to 600 and nothing else', () => {
    expect(ExportRequest.safeParse({ ...base, dpi: 72 }).success).toBe(true);
    expect(ExportRequest.safeParse({ ...base, dpi: 600 }).success).toBe(true);
    for (const dpi of [71, 601, 300.5, Number.NaN]) expect(ExportRequest.safeParse({ ...base, dpi }).success).toBe(false);
  });

  it('rejects an unknown paper, a tiny custom size and unknown keys', () => {
    expect(ExportRequest.safeParse({ ...base, dpi: 300, paper: 'A5' }).success).toBe(false);
    expect(ExportRequest.safeParse({ ...base, dpi: 300, paper: { widthPx: 10, heightPx: 2000 } }).success).toBe(false);
    expect(ExportRequest.safeParse({ ...base, dpi: 300, colour: 'red' }).success).toBe(false);
  });

  it('names what is wrong with a typed dpi', () => {
    expect(dpiProblem('')).toBe('empty');
    expect(dpiProblem('abc')).toBe('not-a-number');
    expect(dpiProblem('150.5')).toBe('not-whole');
    expect(dpiProblem('1200')).toBe('out-of-range');
    expect(dpiProblem('50')).toBe('out-of-range');
    expect(dpiProblem(' 300 ')).toBeNull();
  });

  it('suggests the next lower standard dpi after a failed allocation', () => {
    expect(lowerDpi(600)).toBe(300);
    expect(lowerDpi(300)).toBe(150);
    expect(lowerDpi(72)).toBeNull();
  });
});
