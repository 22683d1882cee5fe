import { z } from 'zod';
import type { ClaimValue } from './claim.ts';

/**
 * Units a claim may use, each with the values it can hold. A figure outside its range
 * is refused by the build naming the claim: "1e308 displaced people" cannot be drawn or encoded,
 * "-5 villages" would make a legend class of negative villages. The bounds are generous (no real
 * figure comes near them) and say what they are.
 */

/**
 * What a unit counts or measures. Each metric is counted in one kind (src/schema/metric-table.ts),
 * whatever unit a source names: schools and "school buildings" are both things.
 */
export const UNIT_KINDS = ['people', 'families', 'livestock', 'things', 'money', 'area', 'length', 'flow', 'duration', 'share', 'date', 'category', 'text', 'point'] as const;
export const UnitKind = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKind>;

export interface UnitRange {
  min: number;
  max: number;
  /** "people", "an area in km²": used in the refusal message */
  what: string;
  kind: UnitKind;
}

const COUNT_OF_PEOPLE: UnitRange = { min: 0, max: 10_000_000, what: 'a count of people (at most 10 million, more than the population of Azerbaijan)', kind: 'people' };
const COUNT_OF_THINGS: UnitRange = { min: 0, max: 1_000_000, what: 'a count of places, buildings or objects (at most 1 million)', kind: 'things' };
const MONEY: UnitRange = { min: 0, max: 1e13, what: 'an amount of money (at most 10 trillion)', kind: 'money' };

/** Counted nouns: the unit is the thing counted, as the source names it. */
const THING_UNITS = [
  'apartment buildings', 'barrows', 'bridges', 'buildings', 'cinemas', 'cities', 'clubs', 'cultural centres',
  'culture houses', 'deposits', 'educational institutions', 'enterprises', 'establishments', 'facilities',
  'film projectors', 'health centres', 'health institutions', 'historic sites', 'hospitals',
  'hospitals and medical institutions', 'houses', 'houses and apartments', 'houses of culture', 'industrial facilities',
  'institutions', 'junctions', 'kindergartens', 'libraries', 'medical centres', 'medical institutions', 'mills',
  'monuments', 'monuments of nature', 'mosques', 'museums', 'music schools', 'national parks', 'nature reserves',
  'nurseries', 'objects', 'pre-school establishments', 'pre-school facilities', 'preschools', 'primary schools',
  'properties', 'reservoirs', 'sanatoriums', 'school buildings', 'schools', 'secondary schools', 'settlements',
  'settlements and villages', 'stations', 'substations', 'substations and transformers', 'theatres', 'towns',
  'villages', 'villages and settlements', 'churches', 'cemeteries', 'khachkars', 'resolutions',
] as const;

export const UNIT_RANGES: Readonly<Record<string, UnitRange>> = {
  persons: COUNT_OF_PEOPLE,
  children: COUNT_OF_PEOPLE,
  bodies: COUNT_OF_PEOPLE,
  families: { min: 0, max: 5_000_000, what: 'a count of families (at most 5 million)', kind: 'families' },
  head: { min: 0, max: 100_000_000, what: 'a count of livestock (at most 100 million head)', kind: 'livestock' },
  trees: { min: 0, max: 1e10, what: 'a count of trees (at most 10 billion)', kind: 'things' },
  copies: { min: 0, max: 1e9, what: 'a count of books (at most 1 billion copies)', kind: 'things' },
  subscribers: { min: 0, max: 1e8, what: 'a count of subscribers (at most 100 million)', kind: 'things' },
  shells: { min: 0, max: 1e8, what: 'a count of shells (at most 100 million)', kind: 'things' },
  'shells and missiles': { min: 0, max: 1e8, what: 'a count of shells (at most 100 million)', kind: 'things' },
  ...Object.fromEntries(THING_UNITS.map((u) => [u, COUNT_OF_THINGS])),
  'km²': { min: 0, max: 200_000, what: 'an area in km² (at most 200,000; Azerbaijan is about 86,600)', kind: 'area' },
  'sq mi': { min: 0, max: 80_000, what: 'an area in square miles (at most 80,000)', kind: 'area' },
  ha: { min: 0, max: 20_000_000, what: 'an area in hectares (at most 20 million)', kind: 'area' },
  'm²': { min: 0, max: 2e11, what: 'an area in m² (at most 200,000 km²)', kind: 'area' },
  km: { min: 0, max: 1_000_000, what: 'a length in km (at most 1 million)', kind: 'length' },
  miles: { min: 0, max: 600_000, what: 'a length in miles (at most 600,000)', kind: 'length' },
  'm³ per day': { min: 0, max: 1e9, what: 'a flow in m³ per day (at most 1 billion)', kind: 'flow' },
  months: { min: 0, max: 1200, what: 'a duration in months (at most 100 years)', kind: 'duration' },
  '%': { min: 0, max: 100, what: 'a share in per cent (0–100)', kind: 'share' },
  AZN: MONEY,
  USD: MONEY,
  RUB: MONEY,
};

/** Units of values that are not numbers: the value's kind says what it holds. */
export const NON_NUMERIC_UNITS = { date: ['date', 'date_range'], text: ['text'], category: ['category'], 'degrees (WGS84)': ['point'] } as const;
const NON_NUMERIC_KIND: Readonly<Record<string, UnitKind>> = { date: 'date', text: 'text', category: 'category', 'degrees (WGS84)': 'point' } satisfies Record<keyof typeof NON_NUMERIC_UNITS, UnitKind>;

/** The kind of a known unit ("school buildings" → things); undefined for a unit the list lacks. */
export function unitKind(unit: string): UnitKind | undefined {
  return UNIT_RANGES[unit]?.kind ?? NON_NUMERIC_KIND[unit];
}

/** Dates a claim may give: the war's background reaches back to the 1800s, nothing is in the future of 2100. */
export const DATE_YEARS = { min: 1800, max: 2100 } as const;

const fmt = (n: number) => (Math.abs(n) < 1e15 ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(n));

/**
 * Why a value cannot be in this unit, as a path into the claim and a message; null when it can.
 */
export function unitProblem(value: ClaimValue, unit: string): { path: (string | number)[]; message: string } | null {
  const nonNumeric = (NON_NUMERIC_UNITS as Record<string, readonly string[]>)[unit];
  if (nonNumeric) {
    if (!nonNumeric.includes(value.kind)) return { path: ['unit'], message: `unit "${unit}" holds a ${nonNumeric.join(' or ')} value, not a ${value.kind} value` };
    const years = value.kind === 'date' ? [value.date] : value.kind === 'date_range' ? [value.from, value.to] : [];
    for (const [i, d] of years.entries()) {
      const y = Number(d.slice(0, 4));
      if (y < DATE_YEARS.min || y > DATE_YEARS.max) {
        return { path: ['value', value.kind === 'date' ? 'date' : i === 0 ? 'from' : 'to'], message: `year ${y} is outside ${DATE_YEARS.min}–${DATE_YEARS.max}` };
      }
    }
    return null;
  }
  const range = UNIT_RANGES[unit];
  if (!range) return { path: ['unit'], message: `unknown unit "${unit}": a unit must be one of the known units, each with its valid range` };
  const numbers: [string, number][] =
    value.kind === 'range' ? [['min', value.min], ['max', value.max]] : 'n' in value ? [['n', value.n]] : [];
  // a count in words ("hundreds" of persons) keeps the unit of what it counts
  if (numbers.length === 0 && (value.kind === 'category' || value.kind === 'text')) return null;
  if (numbers.length === 0) return { path: ['value', 'kind'], message: `a ${value.kind} value cannot have the unit "${unit}"` };
  for (const [key, n] of numbers) {
    if (!(n >= range.min && n <= range.max)) {
      return { path: ['value', key], message: `${fmt(n)} is outside the valid range ${fmt(range.min)}–${fmt(range.max)} for ${range.what}` };
    }
  }
  return null;
}
