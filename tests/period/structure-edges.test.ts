import { describe, expect, it } from 'vitest';
import { type SimplePeriodType, type WeekStart, enclosingPeriod, formatPeriod, periodElapsedShare, splitPeriod, yearToDate } from '../../src/index.js';
import { expectFailure, failure } from './helpers.js';

describe('splitPeriod and enclosingPeriod, refused types and options', () => {
  const types = 'year, fiscal-year, half, fiscal-half, quarter, bimonth, month, biweek, week, day';

  it('refuses a type that is not a simple period type, naming the argument and the types', () => {
    const decade = 'decade' as SimplePeriodType;
    expectFailure(() => splitPeriod('2024', decade), 'invalid-argument', `the type to split into must be one of ${types}; got "decade"`);
    expectFailure(() => enclosingPeriod('2024', decade), 'invalid-argument', `the enclosing type must be one of ${types}; got "decade"`);
  });

  it('names the function that needs a fiscal-year start month', () => {
    expectFailure(
      () => enclosingPeriod('2024-M09', 'fiscal-year'),
      'invalid-argument',
      "enclosingPeriod(2024-M09, 'fiscal-year') needs options.fiscalYearStartMonth (2 to 12), the month in which the fiscal years start",
    );
    expectFailure(
      () => splitPeriod('2024', 'fiscal-half'),
      'invalid-argument',
      "splitPeriod(2024, 'fiscal-half') needs options.fiscalYearStartMonth (2 to 12), the month in which the fiscal years start",
    );
  });

  it('refuses a fiscal-year start month below 2, above 12 or not whole', () => {
    for (const month of [1, 0, 13, 4.5]) {
      expectFailure(
        () => enclosingPeriod('2024-M09', 'fiscal-year', { fiscalYearStartMonth: month }),
        'invalid-argument',
        `options.fiscalYearStartMonth must be an integer from 2 to 12; got ${String(month)}`,
      );
    }
    // The bounds themselves are accepted.
    expect(formatPeriod(enclosingPeriod('2024-M09', 'fiscal-year', { fiscalYearStartMonth: 2 }))).toBe('2024-FY02');
    expect(formatPeriod(enclosingPeriod('2024-M12', 'fiscal-year', { fiscalYearStartMonth: 12 }))).toBe('2024-FY12');
  });

  it('reads options.weekStart only when weeks are asked for', () => {
    const moon = { weekStart: 'moon' as WeekStart };
    expect(splitPeriod('2024-Q1', 'month', moon).map(formatPeriod)).toEqual(['2024-M01', '2024-M02', '2024-M03']);
    expect(formatPeriod(enclosingPeriod('2024-01-15', 'month', moon))).toBe('2024-M01');
    expect(failure(() => enclosingPeriod('2024-01-15', 'week', moon)).message).toBe(
      'options.weekStart must be one of tuesday, wednesday, thursday, friday, saturday, sunday, or absent for ISO weeks (Monday); got "moon"',
    );
  });

  it('refuses a period of the type that runs outside the supported dates as an invalid period, with its issues', () => {
    const error = failure(() => enclosingPeriod('1000-01-01', 'week'));
    expect(error.code).toBe('invalid-period');
    expect(error.issues.map((issue) => issue.message)).toEqual(['1000-W01 runs outside the supported dates 1000-01-01 to 9999-12-31']);
  });
});

describe('yearToDate, the first period of each kind of year', () => {
  it('counts bi-months, bi-weeks and fiscal halves from the first of their year, and keeps a fiscal year as it is', () => {
    expect(formatPeriod(yearToDate('2024-B3'))).toBe('2024-B1/2024-B3');
    expect(formatPeriod(yearToDate('2024-BiW05'))).toBe('2024-BiW01/2024-BiW05');
    expect(formatPeriod(yearToDate('2024-FY04-S2'))).toBe('2024-FY04-S1/2024-FY04-S2');
    expect(formatPeriod(yearToDate('2024-FY04'))).toBe('2024-FY04');
    expect(formatPeriod(yearToDate('2024-FY04-S1'))).toBe('2024-FY04-S1');
  });
});

describe('periodElapsedShare, options that are not an object', () => {
  it('refuses absent options with the message about options.by', () => {
    const absent = undefined as unknown as Parameters<typeof periodElapsedShare>[2];
    expectFailure(
      () => periodElapsedShare('2024', '2024-06-30', absent),
      'invalid-argument',
      "options.by must be 'days' or 'sub-periods' (with a subType such as 'month'); got \"undefined\"",
    );
  });
});
