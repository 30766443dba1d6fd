/*
 * growthRatesBatch on a series whose first row is already one the fast read must not take: a row
 * that is null, years that are not whole from the first row on (a run of them a year apart, which
 * would otherwise read as consecutive). rollingGrowthRates refuses each; the batch throws its error.
 */
import { describe, expect, it } from 'vitest';
import { PlanningError, type YearSeries, growthRatesBatch, rollingGrowthRates } from '../../src/index.js';

/** The error rollingGrowthRates throws for a series, which must be a PlanningError. */
function refusalOf(series: unknown): PlanningError {
  try {
    rollingGrowthRates(series as YearSeries);
  } catch (error) {
    if (error instanceof PlanningError) return error;
    throw error;
  }
  throw new Error('rollingGrowthRates took the series');
}

describe('growthRatesBatch refuses, as rollingGrowthRates does, from the first row', () => {
  it('a first row that is null or not an object', () => {
    for (const series of [[null, { year: 2021, value: 2 }], [null], [undefined, { year: 2021, value: 2 }]]) {
      const refusal = refusalOf(series);
      expect(refusal.code).toBe('invalid-input');
      expect(() => growthRatesBatch([series as unknown as YearSeries])).toThrow(refusal.message);
    }
  });

  it('years that are not whole numbers, a year apart from the first row on', () => {
    for (const series of [
      [{ year: 2020.5, value: 1 }, { year: 2021.5, value: 2 }],
      [{ year: 1e20, value: 1 }, { year: 1e20 + 65536, value: 2 }],
    ]) {
      const refusal = refusalOf(series);
      expect(refusal.code).toBe('invalid-input');
      expect(refusal.message).toMatch(/year must be an integer/);
      expect(() => growthRatesBatch([series])).toThrow(refusal.message);
    }
  });
});
