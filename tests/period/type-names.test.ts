/*
 * The names of period types in messages: splitPeriod names the type it cannot split into, and
 * parsePeriod names both types of a range that mixes them, with "an" before "ISO week".
 */
import { describe, it } from 'vitest';
import { parsePeriod, splitPeriod } from '../../src/index.js';
import { expectFailure } from './helpers.js';

describe('period type names in messages', () => {
  it.each([
    ['half', 'half-years', '2024-S1 runs from 2024-01-01 to 2024-06-30'],
    ['bimonth', 'bi-months', '2024-B1 runs from 2024-01-01 to 2024-02-29'],
    ['biweek', 'bi-weeks', '2024-BiW01 runs from 2024-01-01 to 2024-01-14'],
    ['week', 'ISO weeks', '2024-W01 runs from 2024-01-01 to 2024-01-07'],
  ] as const)('splitPeriod of one day into %s names them %s', (type, name, reason) => {
    expectFailure(() => splitPeriod('2024-01-01', type), 'unsupported-conversion', `cannot split 2024-01-01 into ${name}: ${reason}, past the end of 2024-01-01 on 2024-01-01`);
  });

  it('splitPeriod of one day into fiscal half-years names them fiscal half-years', () => {
    expectFailure(
      () => splitPeriod('2024-01-01', 'fiscal-half', { fiscalYearStartMonth: 4 }),
      'unsupported-conversion',
      'cannot split 2024-01-01 into fiscal half-years: it starts on 2024-01-01, inside 2023-FY04-S2 which starts on 2023-10-01',
    );
  });

  it('names an ISO week with "an" and a month with "a" in a mixed range, at either end', () => {
    expectFailure(
      () => parsePeriod('2024-W01/2024-M02'),
      'invalid-period',
      'invalid period code "2024-W01/2024-M02": a range needs one period type at both ends; got an ISO week (2024-W01) at the start and a month (2024-M02) at the end',
    );
    expectFailure(
      () => parsePeriod('2024-M02/2024-W01'),
      'invalid-period',
      'invalid period code "2024-M02/2024-W01": a range needs one period type at both ends; got a month (2024-M02) at the start and an ISO week (2024-W01) at the end',
    );
  });
});
