import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateToDate, periodValueSchema, toIsoDate } from '../../src/index.js';
import { failure } from './helpers.js';

// ISO dates are read character by character (date.ts); these are the strings that come close.
describe('ISO dates that are almost right', () => {
  it('refuses a character that is not a digit, even one next to the digits in the character table', () => {
    // ':' and '/' are the characters just after and just before the digits.
    for (const text of ['2024-0:-01', '2024-1/-01', '2024-0a-01', '2:24-01-01', '2024-01-0/']) expect(isIsoDate(text), text).toBe(false);
  });

  it('needs both dashes in place and exactly ten characters', () => {
    for (const text of ['2024x01-01', '2024-01x01', '2024-01-011', '2024-01-01 ', '02024-01-01']) expect(isIsoDate(text), text).toBe(false);
    expect(isIsoDate('2024-01-01')).toBe(true);
  });

  it('refuses month 0 and day 0', () => {
    expect([isIsoDate('2024-00-10'), isIsoDate('2024-01-00'), isIsoDate('0000-01-01')]).toEqual([false, false, true]);
  });

  it('answers false, or refuses with invalid-argument, for anything that is not a string, even with a length of ten', () => {
    const tenLong = Array.from({ length: 10 }, () => '1');
    expect([isIsoDate(tenLong), isIsoDate({ length: 10 }), isIsoDate(20240101)]).toEqual([false, false, false]);
    for (const value of [tenLong, 20240101]) {
      const error = failure(() => isoDateToDate(value as unknown as string, 'validFrom'));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toMatch(/^validFrom must be a calendar date written YYYY-MM-DD, such as '2025-07-01'; got /);
    }
    expect(failure(() => isoDateToDate('2024-00-10')).message).toBe(`date must be a calendar date written YYYY-MM-DD, such as '2025-07-01'; got "2024-00-10"`);
  });
});

describe('toIsoDate', () => {
  it('refuses an Invalid Date with invalid-argument', () => {
    const error = failure(() => toIsoDate(new Date(Number.NaN)));
    expect([error.code, error.message]).toEqual(['invalid-argument', 'date must be a valid Date; got an Invalid Date']);
  });
});

describe('the period value schema', () => {
  it('reports the value rules as custom issues', () => {
    const result = z.safeParse(periodValueSchema, { type: 'month', year: 2024, month: 13 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([['custom', ['month'], 'month must be an integer from 1 to 12; got 13']]);
  });
});
