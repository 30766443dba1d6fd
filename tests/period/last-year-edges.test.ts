/*
 * samePeriodLastYear at its edges: the first year it can step back from, the 29 February of a leap
 * year, bi-week 27 and week 53 of weeks that start on another day than Monday, whose previous year
 * lacks them; and shiftPeriod of a range, which moves both ends.
 */
import { describe, expect, it } from 'vitest';
import { formatPeriod, samePeriodLastYear, shiftPeriod } from '../../src/index.js';
import { expectFailure } from './helpers.js';

const lastYear = (code: string): string => formatPeriod(samePeriodLastYear(code));

describe('samePeriodLastYear at its edges', () => {
  it('steps back from 1001 into 1000, the first supported year', () => {
    expect(lastYear('1001-Q2')).toBe('1000-Q2');
    expect(lastYear('1001-01-01/1001-12-31')).toBe('1000-01-01/1000-12-31');
  });

  it('keeps the month of 29 February and takes its last day', () => {
    expect(lastYear('2024-02-29')).toBe('2023-02-28');
  });

  it('keeps bi-week 26 and refuses bi-week 27 when the previous year has 26 bi-weeks', () => {
    expect(lastYear('2015-BiW26')).toBe('2014-BiW26');
    expectFailure(
      () => samePeriodLastYear('2015-BiW27'),
      'invalid-period',
      '2015-BiW27 has no same period last year: ISO week-year 2014 has 26 bi-weeks, so 2014-BiW27 does not exist; compare with 2014-BiW26 or with the same days (a day range)',
    );
  });

  it('names the weekday of the week-year that lacks a week 53', () => {
    expect(lastYear('2022-WedW52')).toBe('2021-WedW52');
    expectFailure(
      () => samePeriodLastYear('2022-WedW53'),
      'invalid-period',
      '2022-WedW53 has no same period last year: week-year (weeks starting on wednesday) 2021 has 52 weeks, so 2021-WedW53 does not exist; compare with 2021-WedW52 or with the same days (a day range)',
    );
  });
});

describe('shiftPeriod of a range', () => {
  it('moves both ends by the same number of periods', () => {
    expect(formatPeriod(shiftPeriod('2024-Q1/2024-Q2', 2))).toBe('2024-Q3/2024-Q4');
    expect(formatPeriod(shiftPeriod('2024-W01/2024-W03', -1))).toBe('2023-W52/2024-W02');
  });

  it('refuses a range whose end would leave the supported dates, naming the whole range', () => {
    expectFailure(
      () => shiftPeriod('9999-Q1/9999-Q2', 3),
      'invalid-period',
      'cannot shift 9999-Q1/9999-Q2 by 3: the result falls outside the supported dates 1000-01-01 to 9999-12-31',
    );
  });
});

describe('the error codes of refused shifts', () => {
  it('refuses a fractional step count as an invalid argument', () => {
    expectFailure(() => shiftPeriod('2024-Q1', 1.5), 'invalid-argument', 'steps must be an integer number of periods; got 1.5');
  });

  it('refuses a same period last year before 1000 as an invalid period', () => {
    expectFailure(
      () => samePeriodLastYear('1000-M05'),
      'invalid-period',
      '1000-M05 has no same period last year within the supported years 1000 to 9999',
    );
  });
});
