import { describe, expect, it } from 'vitest';
import { PlanningError, weekStarts } from '../../src/index.js';
import { checkPeriod, periodIssues, requireCode } from '../../src/period/validation.js';
import { failure } from './helpers.js';

// The value rules of period objects (validation.ts) read directly: what the shape check of
// periodValueSchema lets through and what functions given period objects check again.
const lines = (value: unknown): string[] => periodIssues(value).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('periodIssues', () => {
  it('describes a value that is not a period object', () => {
    const expected = "expected a period object such as { type: 'quarter', year: 2024, quarter: 3 }; got ";
    expect([null, undefined, [1], '2024', 2024, true, () => 1].map((value) => lines(value))).toEqual([
      [`: ${expected}null`],
      [`: ${expected}nothing`],
      [`: ${expected}an array`],
      [`: ${expected}"2024"`],
      [`: ${expected}2024`],
      [`: ${expected}true`],
      [`: ${expected}a value of type function`],
    ]);
  });

  it('accepts each field at both ends of its range and refuses one past them', () => {
    const fields = [
      ['fiscal-year', 'startMonth', 2, 12, ' (a fiscal year starting in January is the calendar year: use type "year")'],
      ['half', 'half', 1, 2, ''],
      ['quarter', 'quarter', 1, 4, ''],
      ['bimonth', 'bimonth', 1, 6, ' (bi-month 1 is January and February)'],
      ['month', 'month', 1, 12, ''],
      ['biweek', 'biweek', 1, 27, ''],
      ['week', 'week', 1, 53, ''],
    ] as const;
    for (const [type, field, min, max, hint] of fields) {
      // 2026 is an ISO week-year of 53 weeks, so 27 bi-weeks.
      const base = { type, year: 2026, startMonth: 7 };
      expect(lines({ ...base, [field]: min }), `${type} ${String(min)}`).toEqual([]);
      expect(lines({ ...base, [field]: max }), `${type} ${String(max)}`).toEqual([]);
      for (const wrong of [min - 1, max + 1, min + 0.5]) {
        expect(lines({ ...base, [field]: wrong })).toEqual([`${field}: ${field} must be an integer from ${String(min)} to ${String(max)}${hint}; got ${String(wrong)}`]);
      }
    }
    expect(lines({ type: 'year', year: 1000 })).toEqual([]);
    expect(lines({ type: 'year', year: 9999 })).toEqual([]);
    expect(lines({ type: 'year', year: 10_000 })).toEqual(['year: year must be an integer from 1000 to 9999; got 10000']);
    expect(lines({ type: 'year', year: '2024' })).toEqual(['year: year must be an integer from 1000 to 9999; got "2024"']);
    expect(lines({ type: 'day', year: 2024, month: 1, day: 0 })).toEqual(['day: day must be an integer from 1 to 31; got 0']);
    expect(lines({ type: 'day', year: 2024, month: 1, day: 32 })).toEqual(['day: day must be an integer from 1 to 31; got 32']);
    expect(lines({ type: 'day', year: 2024, month: 1, day: 31 })).toEqual([]);
    expect(lines({ type: 'day', year: 2024, month: 2, day: 29 })).toEqual([]);
    expect(lines({ type: 'day', year: 2023, month: 2, day: 29 })).toEqual(['day: 2023-02 has 28 days, so day must be 1 to 28; got 29']);
  });

  it('says why a fiscal half may not start in January', () => {
    expect(lines({ type: 'fiscal-half', year: 2024, startMonth: 1, half: 1 })).toEqual([
      'startMonth: startMonth must be an integer from 2 to 12 (a fiscal year starting in January is the calendar year: use type "year", and type "half" for its halves); got 1',
    ]);
    expect(lines({ type: 'fiscal-half', year: 2024, startMonth: 4, half: 3 })).toEqual(['half: half must be an integer from 1 to 2; got 3']);
  });

  it('counts the bi-weeks and weeks of each week-year', () => {
    expect(lines({ type: 'biweek', year: 2025, biweek: 27 })).toEqual(['biweek: ISO week-year 2025 has 52 weeks, so 26 bi-weeks: biweek must be 1 to 26; got 27']);
    expect(lines({ type: 'biweek', year: 2025, biweek: 26 })).toEqual([]);
    expect(lines({ type: 'week', year: 2026, week: 53 })).toEqual([]);
    expect(lines({ type: 'week', year: 2025, week: 53 })).toEqual(['week: ISO week-year 2025 has 52 weeks, so week must be 1 to 52; got 53']);
    const weeks53 = weekStarts.map((weekStart) => [weekStart, lines({ type: 'week', year: 2025, week: 53, weekStart })] as const);
    expect(weeks53).toEqual([
      ['tuesday', ['week: week-year 2025 of weeks starting on tuesday has 52 weeks, so week must be 1 to 52; got 53']],
      ['wednesday', ['week: week-year 2025 of weeks starting on wednesday has 52 weeks, so week must be 1 to 52; got 53']],
      ['thursday', ['week: week-year 2025 of weeks starting on thursday has 52 weeks, so week must be 1 to 52; got 53']],
      ['friday', ['week: week-year 2025 of weeks starting on friday has 52 weeks, so week must be 1 to 52; got 53']],
      ['saturday', ['week: week-year 2025 of weeks starting on saturday has 52 weeks, so week must be 1 to 52; got 53']],
      // 4 January 2025 is a Saturday: the Sunday week that holds it starts on 29 December 2024, and
      // the next week-year's on 4 January 2026, 371 days later.
      ['sunday', []],
    ]);
  });

  it('refuses a start day that is not one of the six, with a hint for Monday', () => {
    const days = 'tuesday, wednesday, thursday, friday, saturday, sunday';
    expect(lines({ type: 'week', year: 2024, week: 60, weekStart: 'monday' })).toEqual([
      'week: week must be an integer from 1 to 53; got 60',
      `weekStart: weekStart must be one of ${days} (weeks that start on Monday are ISO weeks: leave weekStart out); got "monday"`,
    ]);
    expect(lines({ type: 'week', year: 2024, week: 53, weekStart: 'Tuesday' })).toEqual([`weekStart: weekStart must be one of ${days}; got "Tuesday"`]);
    expect(lines({ type: 'week', year: 2024, week: 5, weekStart: 3 })).toEqual([`weekStart: weekStart must be one of ${days}; got 3`]);
    expect(lines({ type: 'week', year: 2024, week: 5, weekStart: undefined })).toEqual([]);
    // Only its own field counts, not one it inherits.
    expect(lines(Object.assign(Object.create({ weekStart: 'monday' }) as object, { type: 'week', year: 2024, week: 5 }))).toEqual([]);
  });

  it('names the types of a period and of the ends of a range', () => {
    const types = 'year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day';
    expect(lines({ type: 'decade', year: 2020 })).toEqual([`type: type must be one of ${types}, range; got "decade"`]);
    expect(lines({ year: 2020 })).toEqual([`type: type must be one of ${types}, range; got nothing`]);
    expect(lines({ type: 'range', start: { type: 'range', year: 2020 }, end: { type: 'year', year: 2020 } })).toEqual([
      `start.type: type must be one of ${types} (the ends of a range are simple periods); got "range"`,
    ]);
    expect(lines({ type: 'range', start: 2020, end: null })).toEqual(['start: start must be a simple period object; got 2020', 'end: end must be a simple period object; got null']);
    expect(lines({ type: 'range', start: [], end: { type: 'year', year: 2020 } })).toEqual(['start: start must be a simple period object; got an array']);
  });

  it('refuses only the first and last label years that reach outside the four-digit dates', () => {
    expect(lines({ type: 'week', year: 1000, week: 1 })).toEqual([': 1000-W01 runs outside the supported dates 1000-01-01 to 9999-12-31']);
    expect(lines({ type: 'week', year: 1000, week: 2 })).toEqual([]);
    expect(lines({ type: 'fiscal-year', year: 9999, startMonth: 4 })).toEqual([': 9999-FY04 runs outside the supported dates 1000-01-01 to 9999-12-31']);
    expect(lines({ type: 'month', year: 9999, month: 12 })).toEqual([]);
    expect(lines({ type: 'range', start: { type: 'year', year: 2020 }, end: { type: 'fiscal-year', year: 9999, startMonth: 7 } })).toEqual([
      'end: 9999-FY07 runs outside the supported dates 1000-01-01 to 9999-12-31',
    ]);
  });

  it('needs one type, one fiscal start month and one week start at both ends of a range, in order', () => {
    const range = (start: object, end: object): string[] => lines({ type: 'range', start, end });
    expect(range({ type: 'year', year: 2020 }, { type: 'quarter', year: 2021, quarter: 1 })).toEqual([
      ': a range needs one period type at both ends; got a year (2020) at the start and a quarter (2021-Q1) at the end',
    ]);
    expect(range({ type: 'fiscal-half', year: 2020, startMonth: 4, half: 1 }, { type: 'fiscal-half', year: 2021, startMonth: 7, half: 1 })).toEqual([
      ': a range of fiscal half-years needs one start month at both ends; got 2020-FY04-S1 and 2021-FY07-S1',
    ]);
    expect(range({ type: 'fiscal-year', year: 2020, startMonth: 4 }, { type: 'fiscal-year', year: 2021, startMonth: 4 })).toEqual([]);
    expect(range({ type: 'week', year: 2020, week: 1, weekStart: 'sunday' }, { type: 'week', year: 2020, week: 2 })).toEqual([
      ': a range of weeks needs one start day at both ends; got 2020-SunW01 and 2020-W02',
    ]);
    expect(range({ type: 'week', year: 2020, week: 1, weekStart: 'sunday' }, { type: 'week', year: 2020, week: 2, weekStart: 'sunday' })).toEqual([]);
    expect(range({ type: 'day', year: 2020, month: 3, day: 2 }, { type: 'day', year: 2020, month: 3, day: 2 })).toEqual([]);
    expect(range({ type: 'day', year: 2020, month: 3, day: 2 }, { type: 'day', year: 2020, month: 3, day: 1 })).toEqual([
      ': the range runs backwards: its start 2020-03-02 comes after its end 2020-03-01; write 2020-03-01/2020-03-02',
    ]);
  });
});

describe('checkPeriod and requireCode', () => {
  it('names the value, the end of a range that is wrong, and every problem', () => {
    const error = failure(() =>
      checkPeriod({ type: 'range', start: { type: 'month', year: 2024, month: 0 }, end: { type: 'month', year: 2024, month: 13 } }, 'plan period'),
    );
    expect(error.code).toBe('invalid-period');
    expect(error.message).toBe('invalid plan period: start: month must be an integer from 1 to 12; got 0; end: month must be an integer from 1 to 12; got 13');
    expect(error.issues).toHaveLength(2);
    expect(failure(() => checkPeriod({ type: 'month', year: 2024, month: 13 }, 'x')).message).toBe('invalid x: month must be an integer from 1 to 12; got 13');
    const valid = { type: 'quarter', year: 2024, quarter: 2 } as const;
    expect(checkPeriod(valid, 'x')).toBe(valid);
  });

  it('passes a code that is a string and refuses anything else', () => {
    expect(requireCode('2024', 'a period code', '2024-Q3')).toBe('2024');
    expect(() => requireCode(2024, 'a period code', '2024-Q3')).toThrow(PlanningError);
    expect(failure(() => requireCode(undefined, 'a DHIS2 period ID', '2024Q3')).message).toBe('a DHIS2 period ID must be a string such as "2024Q3"; got undefined');
  });
});
