/*
 * What the batches' fast reads must leave to the step functions, and the reads they make themselves
 * at their edges: series, rows, years and values that are not what they seem (a series or a row that
 * is null, a year that is not whole, an object dressed as a Decimal), Decimals whose words keep
 * trailing zeros beside numbers of other exponents, the sign of a zero change, values and ratios
 * beyond the doubles the progress classes use, a latest value at a zero target's replacement.
 * Every case is checked against rollingGrowthRates or classifyProgressFromSeries: the same rates,
 * classes, error codes and messages.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type DecimalInput,
  PlanningError,
  type SeriesProgressSettings,
  type YearSeries,
  classifyProgressFromSeries,
  growthRatesBatch,
  progressBatch,
  rollingGrowthRates,
} from '../../src/index.js';

const yearly = (values: readonly (DecimalInput | null)[], from = 2020): YearSeries => values.map((value, index) => ({ year: from + index, value }));

type Outcome<T> = { readonly value: T } | { readonly code: string; readonly message: string };

function outcome<T>(run: () => T): Outcome<T> {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    return { code: error.code, message: error.message };
  }
}

/** The batch's rates of each series (or its error) against rollingGrowthRates; the signs of zero rates too. */
function expectRatesOfSteps(list: readonly unknown[]): Outcome<unknown[]> {
  const series = list as readonly YearSeries[];
  const steps = series.map((each) => outcome(() => rollingGrowthRates(each)));
  const refused = steps.find((step) => !('value' in step));
  const batch = outcome(() => growthRatesBatch(series));
  if (refused !== undefined) {
    expect(batch).toEqual(refused);
    return batch as Outcome<unknown[]>;
  }
  if (!('value' in batch)) throw new Error(`growthRatesBatch refused what rollingGrowthRates took: ${batch.message}`);
  const rates = steps.map((_, index) => batch.value.rates(index));
  steps.forEach((step, index) => {
    if (!('value' in step)) return;
    expect(rates[index]).toEqual(step.value);
    expect(rates[index]?.map((row) => row.value?.isNegative() ?? null)).toEqual(step.value.map((row) => row.value?.isNegative() ?? null));
  });
  return { value: rates };
}

/** The batch's classes (or its error) against classifyProgressFromSeries, series by series. */
function expectClassesOfSteps(list: readonly unknown[], settings: unknown): Outcome<string[]> {
  const series = list as readonly YearSeries[];
  const each = settings as SeriesProgressSettings;
  const steps = series.map((one) => outcome(() => classifyProgressFromSeries(one, each).progressClass));
  const refused = steps.find((step) => !('value' in step));
  const batch = outcome(() => progressBatch(series, each).classes());
  if (refused !== undefined) {
    expect(batch).toEqual(refused);
    return batch;
  }
  expect(batch).toEqual({ value: steps.map((step) => ('value' in step ? step.value : null)) });
  return batch;
}

const steady = yearly([80, 82, 84, 86]);

describe('growthRatesBatch leaves to rollingGrowthRates', () => {
  it('a series that is not a list, with its error', () => {
    for (const series of [null, undefined, 'abc', { year: 2020, value: 1 }, 42]) {
      expect('code' in expectRatesOfSteps([steady, series])).toBe(true);
    }
  });

  it('a row that is not an object, after rows already read', () => {
    for (const row of [null, undefined, 5, 'row']) {
      expect('code' in expectRatesOfSteps([steady, [...yearly([1, 2, '3.5']), row]])).toBe(true);
    }
  });

  it('a year that is not a whole number, or not a number', () => {
    for (const year of [2022.5, '2022', 1e20, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect('code' in expectRatesOfSteps([steady, [...yearly([1, 2]), { year, value: 3 }]])).toBe(true);
    }
  });

  it('an object that looks like a Decimal but is not one', () => {
    const forged = [{ d: [5], e: 0, s: 1 }, { d: [1234567, 1234567], e: 13, s: -1 }, { d: [0], e: 0, s: 1 }];
    for (const value of forged) {
      expect('code' in expectRatesOfSteps([steady, [...yearly([1, 2]), { year: 2022, value }]])).toBe(true);
    }
  });
});

describe('growthRatesBatch reads', () => {
  it('Decimals whose words keep trailing zeros beside numbers of a smaller exponent', () => {
    // new Decimal(1000) is d = [1000] (scale 10^0), 0.5 is 5 × 10^−1, 2500 is 25 × 10^2
    const result = expectRatesOfSteps([yearly([0.5, new Decimal(1000), 0.5, new Decimal('1200'), 2500, new Decimal('0.25'), new Decimal(3000)])]);
    if (!('value' in result)) throw new Error(result.message);
    expect((result.value[0] as { value: Decimal | null }[]).map((row) => row.value?.toString())).toEqual(['199900', '-99.95', '239900', '108.3333333333333333333333333333333333333', '-99.99', '1199900']);
  });

  it('a zero change as +0 on a positive base and −0 on a negative one, in short and in wide fractions', () => {
    const wide = '123456789012345678.123456789';
    const result = expectRatesOfSteps([yearly([7, 7, -7, -7, wide, wide, `-${wide}`, `-${wide}`])]);
    if (!('value' in result)) throw new Error(result.message);
    const rates = result.value[0] as { value: Decimal | null }[];
    expect(rates.map((row) => (row.value === null ? null : row.value.isZero() ? (row.value.isNegative() ? '-0' : '+0') : row.value.toString()))).toEqual([
      '+0',
      '-200',
      '-0',
      rates[3]?.value?.toString(),
      '+0',
      '-200',
      '-0',
    ]);
  });

  it('compareRate refuses a position past the rates of a later series', () => {
    const batch = growthRatesBatch([yearly([1, 2, 3, 4, 5]), yearly([10, 11, 12])]);
    // (12 − 11) × 100 / 11 = 9.09…%
    expect(batch.compareRate(1, 1, 5)).toBe(1);
    expect(() => batch.compareRate(1, 2, 5)).toThrow('position must be a whole number from 0 to 1; got the number 2');
    expect(() => batch.compareRate(1, 5, 5)).toThrow(/from 0 to 1; got the number 5/);
  });
});

describe('progressBatch leaves to classifyProgressFromSeries', () => {
  const increase = { baseYear: 2020, direction: 'increase' } as const;

  it('a target that is not an object of a whole year and a value', () => {
    for (const target of [null, 2025, 'high', { year: 2025.5, value: 100 }, { year: '2025', value: 100 }, { year: 2025, value: null }, { year: 2025 }]) {
      expectClassesOfSteps([steady], { ...increase, target });
    }
    const refusal = new PlanningError('invalid-argument', 'target must be an object { year, value }; got null');
    expect(() => progressBatch([steady], { ...increase, target: null } as unknown as SeriesProgressSettings)).toThrow(refusal);
    expect(() => classifyProgressFromSeries([], { ...increase, target: null } as unknown as SeriesProgressSettings)).toThrow(refusal);
  });

  it('a series that is not a list and a row that is not an object', () => {
    for (const series of [null, undefined, 'abc', 7]) expectClassesOfSteps([steady, series], increase);
    for (const row of [null, undefined, 5, 'row']) expectClassesOfSteps([steady, [...steady, row]], increase);
  });

  it('a Decimal of more than 50 significant digits, which toDecimal refuses', () => {
    const long = new Decimal(`${'1'.repeat(51)}e-40`);
    for (const latest of [long, long.neg()]) {
      expect('code' in expectClassesOfSteps([steady, [...steady, { year: 2024, value: latest }]], increase)).toBe(true);
    }
  });

  it('thresholds beyond the doubles, in either method', () => {
    const huge = { high: new Decimal('1e400'), ceiling: new Decimal('1e500') };
    for (const options of [{ thresholdsWithTarget: huge }, { thresholdsWithoutTarget: huge }]) {
      for (const settings of [increase, { ...increase, target: { year: 2025, value: 100 } }]) {
        const steps = classifyProgressFromSeries(steady, settings, options).progressClass;
        const batch = progressBatch([steady, steady], settings, options);
        expect(batch.classes()).toEqual([steps, steps]);
        // neither method is read in floating point: the step path decides every class
        expect(batch.stepDecided).toBe(2);
      }
    }
  });

  it('a natural limit that is not a number', () => {
    for (const limit of [null, 'far', Number.NaN]) expectClassesOfSteps([steady], { ...increase, limit });
  });
});

describe('progressBatch at the edges of the doubles it uses', () => {
  it('a base or latest value beyond the doubles, of either sign', () => {
    // a library Decimal may carry a result's exponent (up to ±1000), beyond the doubles
    const cases = [
      [new Decimal('-1e400'), -5],
      [-5, new Decimal('-1e400')],
      [new Decimal('1e400'), 5],
      [5, new Decimal('1e400')],
      [new Decimal('-2e-400'), -3],
      [-3, new Decimal('-2e-400')],
    ] as const;
    for (const [first, last] of cases) {
      for (const direction of ['increase', 'decrease'] as const) {
        const result = expectClassesOfSteps([[{ year: 2020, value: first }, { year: 2023, value: last }]], { baseYear: 2020, direction });
        expect(result).toMatchObject({ value: [expect.not.stringMatching(/not-assessable/)] });
      }
    }
  });

  it('a growth or a required growth whose ratio is beyond the doubles', () => {
    const series = [{ year: 2020, value: 1e-100 }, { year: 2023, value: new Decimal('1e250') }];
    expect(expectClassesOfSteps([series], { baseYear: 2020, direction: 'increase' })).toEqual({ value: ['substantial-progress'] });
    expect(expectClassesOfSteps([series], { baseYear: 2020, direction: 'decrease' })).toEqual({ value: ['deterioration'] });
    const modest = yearly([1e-100, 2e-100, 3e-100, 4e-100]);
    expect(expectClassesOfSteps([modest], { baseYear: 2020, direction: 'increase', target: { year: 2030, value: new Decimal('1e250') } })).toEqual({ value: ['limited-progress'] });
  });

  it('a latest value at and around the replacement of a zero target (0.001 by default)', () => {
    const toward = (latest: DecimalInput): YearSeries => [{ year: 2020, value: 5 }, { year: 2023, value: latest }];
    const settings = { baseYear: 2020, direction: 'decrease', target: { year: 2025, value: 0 } } as const;
    const result = expectClassesOfSteps([toward('0.001'), toward(0.001), toward('0.0005'), toward('0.0010000000000000001'), toward('0.002')], settings);
    expect(result).toEqual({ value: ['target-achieved', 'target-achieved', 'target-achieved', 'substantial-progress', 'substantial-progress'] });
  });
});
