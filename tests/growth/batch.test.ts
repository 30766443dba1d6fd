/*
 * growthRatesBatch against rollingGrowthRates: the same rates (to the last digit and sign), the same
 * reasons, the same errors, and exact comparisons of a rate with a threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type YearSeries, growthRatesBatch, rollingGrowthRates, toDecimal } from '../../src/index.js';

const valueArb: fc.Arbitrary<number | string | null> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -50, max: 400 }) },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -20_000, max: 900_000 }), fc.integer({ min: 0, max: 6 })).map(([digits, scale]) => (digits / 10 ** scale).toString()) },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, '-0', '1e20', '3e-30', '0.3', '0.318', 'n/a') },
  { weight: 1, arbitrary: fc.stringMatching(/^-?[1-9]\d{16,48}$/).map((digits) => `${digits.slice(0, 8)}.${digits.slice(8)}`) },
);

const seriesArb: fc.Arbitrary<YearSeries> = fc
  .array(fc.record({ gap: fc.constantFrom(1, 1, 1, 1, 2, 0, -1), value: valueArb }), { maxLength: 8 })
  .map((rows) => {
    let year = 2010;
    return rows.map((row) => {
      year += row.gap;
      return { year, value: row.value };
    });
  });

function outcome<T>(run: () => T): { value: T } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('growthRatesBatch gives the rates of rollingGrowthRates', () => {
  it('for generated series (gaps, missing and zero values, negatives, long digits, bad rows)', () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { maxLength: 6 }), (list) => {
        const steps = list.map((series) => outcome(() => rollingGrowthRates(series)));
        const refused = steps.find((step) => 'error' in step);
        if (refused !== undefined && 'error' in refused) {
          expect(() => growthRatesBatch(list)).toThrow(refused.error);
          return;
        }
        const batch = growthRatesBatch(list);
        steps.forEach((step, index) => {
          expect(batch.rates(index)).toEqual('value' in step ? step.value : null);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('compares each rate with a threshold exactly', () => {
    fc.assert(
      fc.property(seriesArb, fc.constantFrom(0, 5, '6', '-3.25', '0.0001', 100), (series, threshold) => {
        const step = outcome(() => rollingGrowthRates(series));
        fc.pre('value' in step);
        const batch = growthRatesBatch([series]);
        if (!('value' in step)) return;
        step.value.forEach((row, position) => {
          expect(batch.compareRate(0, position, threshold)).toBe(row.value === null ? null : row.value.comparedTo(toDecimal(threshold)));
        });
      }),
    );
  });

  it('decides a rate that is exactly a threshold, where floating point slips', () => {
    const batch = growthRatesBatch([[{ year: 2023, value: '0.3' }, { year: 2024, value: '0.318' }]]);
    expect(batch.compareRate(0, 0, 6)).toBe(0);
    expect(batch.rates(0)[0]?.value?.toString()).toBe('6');
  });

  it('refuses what is not a list, and an index or position outside the batch', () => {
    expect(() => growthRatesBatch('2024' as never)).toThrow('growthRatesBatch takes a list of series; got');
    const batch = growthRatesBatch([[{ year: 2023, value: 1 }, { year: 2024, value: 2 }]]);
    expect(() => batch.rates(1)).toThrow('index must be a whole number from 0 to 0');
    expect(() => batch.compareRate(0, 1, 5)).toThrow('position must be a whole number from 0 to 0');
  });
});
