/*
 * growthRatesBatch against rollingGrowthRates: the same rates (to the last digit and sign), the same
 * reasons, the same errors, and exact comparisons of a rate with a threshold.
 */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, type YearSeries, growthRatesBatch, rollingGrowthRates, toDecimal } from '../../src/index.js';

/** A decimal.js clone other than the library's: its Decimals share the prototype and are read as the library's. */
const OtherDecimal = DecimalJs.clone({ precision: 12, rounding: DecimalJs.ROUND_DOWN });

/**
 * Decimals as a user or the library's own arithmetic makes them: one or two base-10^7 words (read
 * from the words), many digits (three words and more, read through writeScaled), exponents far
 * below and above zero, zeros of both signs, negatives, and Decimals the step path refuses.
 */
const decimalArb: fc.Arbitrary<Decimal> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: -16, max: 16 })).map(([digits, exponent]) => new Decimal(`${String(digits)}e${String(exponent)}`)) },
  { weight: 2, arbitrary: fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -60, max: 60 })).map(([digits, exponent]) => new Decimal(`${String(digits)}e${String(exponent)}`)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: -990, max: 990 }), fc.boolean()).map(([digits, exponent, negative]) => new Decimal(`${negative ? '-' : ''}${String(digits)}e${String(exponent)}`)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -20_000, max: 900_000 }), fc.integer({ min: 0, max: 6 })).map(([digits, scale]) => new OtherDecimal(digits).div(10 ** scale)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 1, max: 9 })).map(([digits, divisor]) => new Decimal(digits).div(divisor)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Decimal(0),
      new Decimal('-0'),
      new Decimal('9999999.9999999'),
      new Decimal('10000000'),
      new Decimal('0.0000001'),
      new Decimal('-1e1000'),
      new Decimal('1e-1000'),
      // refused by the step path
      new Decimal('1e1001'),
      new Decimal('-1e-1001'),
      new Decimal('1'.repeat(51)),
      new Decimal(Number.NaN),
      new Decimal(Number.NEGATIVE_INFINITY),
    ),
  },
);

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

  it('for series of Decimals (one or two words, many digits, large and small exponents, zeros, negatives, other clones)', () => {
    const decimalSeriesArb: fc.Arbitrary<YearSeries> = fc
      .array(fc.record({ gap: fc.constantFrom(1, 1, 1, 1, 1, 2, -1), value: fc.oneof({ weight: 12, arbitrary: decimalArb }, { weight: 1, arbitrary: fc.constant(null) }) }), { maxLength: 8 })
      .map((rows) => {
        let year = 2010;
        return rows.map((row) => {
          year += row.gap;
          return { year, value: row.value };
        });
      });
    fc.assert(
      fc.property(fc.array(decimalSeriesArb, { maxLength: 6 }), (list) => {
        const steps = list.map((series) => outcome(() => rollingGrowthRates(series)));
        const refused = steps.find((step) => 'error' in step);
        if (refused !== undefined && 'error' in refused) {
          expect(() => growthRatesBatch(list)).toThrow(refused.error);
          return;
        }
        const batch = growthRatesBatch(list);
        steps.forEach((step, index) => {
          expect(batch.rates(index)).toEqual('value' in step ? step.value : null);
          if (!('value' in step)) return;
          step.value.forEach((row, position) => {
            expect(batch.compareRate(index, position, '2.5')).toBe(row.value === null ? null : row.value.comparedTo('2.5'));
          });
        });
      }),
      { numRuns: 400 },
    );
  });

  it('reads Decimals of two words with trailing zeros and values a word apart', () => {
    const series = [
      { year: 2020, value: new Decimal('1234.56') },
      { year: 2021, value: new Decimal('-0') },
      { year: 2022, value: new Decimal('0.0000001') },
      { year: 2023, value: new Decimal('9999999.9999999') },
      { year: 2024, value: new Decimal('1e21') },
      { year: 2025, value: new Decimal('-2.5e-3') },
    ];
    const batch = growthRatesBatch([series]);
    expect(batch.rates(0)).toEqual(rollingGrowthRates(series));
    expect(batch.rates(0).map((row) => row.value?.toString() ?? row.reason)).toEqual([
      '-100',
      'zero-base',
      // (9999999.9999999 − 0.0000001) / 0.0000001 × 100
      '9999999999999800',
      // 1e21 / (1e7 − 1e-7) − 1 = 1e14 + 1e-14 + 1e-28 + …, times 100, to 40 digits
      '10000000000000000.000000000001',
      // (−0.0025 − 1e21) / 1e21 × 100
      '-100.00000000000000000000025',
    ]);
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
