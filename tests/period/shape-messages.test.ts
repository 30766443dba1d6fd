import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { type Period, periodValueSchema, simplePeriodTypes, weekStarts } from '../../src/index.js';

// The shape check of period objects (model.ts), before the value rules: every field of every type
// by name, the start days of weeks, a type that does not exist and a range nested in a range.
const examples = {
  year: { type: 'year', year: 2024 },
  'fiscal-year': { type: 'fiscal-year', year: 2024, startMonth: 7 },
  half: { type: 'half', year: 2024, half: 2 },
  'fiscal-half': { type: 'fiscal-half', year: 2024, startMonth: 4, half: 1 },
  quarter: { type: 'quarter', year: 2024, quarter: 3 },
  bimonth: { type: 'bimonth', year: 2024, bimonth: 6 },
  month: { type: 'month', year: 2024, month: 11 },
  biweek: { type: 'biweek', year: 2024, biweek: 26 },
  week: { type: 'week', year: 2024, week: 52 },
  day: { type: 'day', year: 2024, month: 2, day: 29 },
} as const;

const issuesOf = (value: unknown): [string, string][] => {
  const result = z.safeParse(periodValueSchema, value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('the shape of period objects', () => {
  it('keeps every field of a valid period of each type, alone and at both ends of a range', () => {
    expect(Object.keys(examples)).toEqual(simplePeriodTypes);
    for (const example of Object.values(examples)) {
      expect(z.parse(periodValueSchema, example)).toEqual(example);
      const range = { type: 'range', start: example, end: example };
      expect(z.parse(periodValueSchema, range)).toEqual(range);
    }
    for (const weekStart of weekStarts) {
      const week = { type: 'week', year: 2024, week: 10, weekStart };
      expect(z.parse(periodValueSchema, week)).toEqual(week);
    }
  });

  it('names each field that is missing or not a number, at its path', () => {
    for (const example of Object.values(examples)) {
      for (const field of Object.keys(example).filter((key) => key !== 'type')) {
        const wrong = { ...example, [field]: String((example as Record<string, unknown>)[field]) };
        expect(issuesOf(wrong), `${example.type} ${field}`).toEqual([[field, `${field} must be an integer number`]]);
        const missing = Object.fromEntries(Object.entries(example).filter(([key]) => key !== field));
        expect(issuesOf({ type: 'range', start: example, end: missing }), `${example.type} ${field}`).toEqual([
          [`end.${field}`, `${field} must be an integer number`],
        ]);
      }
    }
  });

  it('lists the start days a week may have, and says that Monday weeks are ISO weeks', () => {
    expect(issuesOf({ type: 'week', year: 2024, week: 3, weekStart: 'monday' })).toEqual([
      [
        'weekStart',
        'weekStart must be one of tuesday, wednesday, thursday, friday, saturday, sunday (weeks that start on Monday are ISO weeks: leave weekStart out)',
      ],
    ]);
  });

  it('names the types a period and the end of a range may have', () => {
    expect(issuesOf({ type: 'decade', year: 2020 })).toEqual([
      ['type', 'expected a period object whose type is one of year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day, range'],
    ]);
    const inner: Period = { type: 'range', start: examples.year, end: examples.year };
    expect(issuesOf({ type: 'range', start: inner, end: examples.year })).toEqual([
      ['start.type', 'expected a simple period (year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week or day): a range cannot be nested'],
    ]);
  });

  it('checks the value rules after the shape, every problem at its path', () => {
    expect(issuesOf({ type: 'range', start: { type: 'quarter', year: 2024, quarter: 5 }, end: { type: 'quarter', year: 2024, quarter: 0 } })).toEqual([
      ['start.quarter', 'quarter must be an integer from 1 to 4; got 5'],
      ['end.quarter', 'quarter must be an integer from 1 to 4; got 0'],
    ]);
    expect(Object.isFrozen(z.parse(periodValueSchema, examples.month))).toBe(true);
  });
});
