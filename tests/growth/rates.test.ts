import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  PlanningError,
  absoluteChange,
  chainGrowthRates,
  chainIndices,
  developmentIndex,
  growthRate,
  growthRateFromIndex,
  indexFromGrowthRate,
  percentagePointChange,
  round,
} from '../../src/index.js';

/** A positive decimal with up to two places, such as official data carry. */
const positiveValue = fc.integer({ min: 1, max: 99_999_999 }).map((cents) => new Decimal(cents).div(100));

function expectClose(actual: Decimal, expected: Decimal, relative = '1e-35'): void {
  const scale = Decimal.max(expected.abs(), 1);
  expect(actual.minus(expected).abs().lessThanOrEqualTo(scale.times(relative))).toBe(true);
}

describe('growth rate and development index (GSO pairs)', () => {
  it('reads an index of 113.68 (previous year = 100) as growth of 13.68%, and back', () => {
    // Điện Biên, GRDP first half 2024: "113,68" against the first half of 2023
    expect(growthRate('113.68', 100).toString()).toBe('13.68');
    expect(developmentIndex('113.68', 100).toString()).toBe('113.68');
    expect(growthRateFromIndex('113.68').toString()).toBe('13.68');
    expect(indexFromGrowthRate('13.68').toString()).toBe('113.68');
  });

  it('gives the published index 106.94 and growth 6.94% for 72,166 against 67,485', () => {
    expect(round(developmentIndex(72166, 67485), 2).toString()).toBe('106.94');
    expect(round(growthRate(72166, 67485), 2).toString()).toBe('6.94');
  });

  it('reads "bằng 156% so với cùng kỳ" as up 56%', () => {
    expect(growthRateFromIndex(156).toString()).toBe('56');
  });

  it('reproduces the textbook plan example: task 110%, fulfilment 106.06%, dynamic index 116.67%', () => {
    // revenue base 600, plan 660, actual 700
    const task = developmentIndex(660, 600);
    const fulfilment = developmentIndex(700, 660);
    expect(task.toString()).toBe('110');
    expect(round(fulfilment, 2).toString()).toBe('106.06');
    expect(round(developmentIndex(700, 600), 2).toString()).toBe('116.67');
    expect(chainIndices([task, fulfilment]).toString()).toBe(developmentIndex(700, 600).toString());
  });

  it('compares a growth plan and its outcome as indices: plan +12%, actual +15% is 102.68%', () => {
    expect(round(developmentIndex(indexFromGrowthRate(15), indexFromGrowthRate(12)), 2).toString()).toBe('102.68');
    // a planned cut of 5% achieved as a cut of 7%
    expect(round(developmentIndex(indexFromGrowthRate(-7), indexFromGrowthRate(-5)), 2).toString()).toBe('97.89');
  });

  it('measures a fall as a negative rate and the change of a negative value by its magnitude', () => {
    expect(growthRate(95, 100).toString()).toBe('-5');
    expect(growthRate(-20, -10).toString()).toBe('100');
    expect(growthRate(-5, -10).toString()).toBe('-50');
  });

  it('refuses a zero previous value, saying what to use instead', () => {
    expect(() => growthRate(5, 0)).toThrow(PlanningError);
    expect(() => growthRate(5, 0)).toThrow('growth rate needs a non-zero previous value; got previous 0 (current 5); use absoluteChange for a change from zero');
    try {
      developmentIndex(5, '0.00');
    } catch (error) {
      expect(error).toBeInstanceOf(PlanningError);
      expect((error as PlanningError).code).toBe('division-by-zero');
      expect((error as PlanningError).message).toBe('development index needs a non-zero previous value; got previous 0 (current 5)');
    }
    expect.assertions(5);
  });

  it('names the bad argument when a value is not a number', () => {
    expect(() => growthRate('5,6', 100)).toThrow(`current must be a decimal number such as '12.5' or 12.5; got the string "5,6"`);
    expect(() => developmentIndex(1, Number.NaN)).toThrow('previous must be a finite number; got NaN');
  });

  it('equals the index minus 100', () => {
    fc.assert(
      fc.property(positiveValue, positiveValue, (current, previous) => {
        expectClose(growthRate(current, previous), developmentIndex(current, previous).minus(100));
      }),
    );
  });
});

describe('absolute and percentage-point changes', () => {
  it('gives the change in the values own unit', () => {
    expect(absoluteChange('53.7', '52.3').toString()).toBe('1.4');
  });

  it('gives the change of two rates in points, not in percent of the earlier rate', () => {
    // "Tỷ lệ hộ nghèo năm 2022 là 4,03%, giảm 1,17%": down 1.17 points from 5.20%
    expect(percentagePointChange('4.03', '5.20').toString()).toBe('-1.17');
    expect(growthRate('4.03', '5.20').toFixed(2)).toBe('-22.50');
  });

  it('refuses a non-number, naming it', () => {
    expect(() => absoluteChange('x', 1)).toThrow(`current must be a decimal number such as '12.5' or 12.5; got the string "x"`);
    expect(() => percentagePointChange(1, Number.POSITIVE_INFINITY)).toThrow('previousRate must be a finite number; got Infinity');
    expect(() => indexFromGrowthRate('')).toThrow('rate must be a decimal number');
    expect(() => growthRateFromIndex('abc')).toThrow('index must be a decimal number');
  });
});

describe('chaining', () => {
  it('composes 10% and 20% into 32%, and indices 110 and 120 into 132', () => {
    expect(chainGrowthRates([10, 20]).toString()).toBe('32');
    expect(chainIndices([110, 120]).toString()).toBe('132');
  });

  it('treats an empty chain as no growth over no period', () => {
    expect(chainGrowthRates([]).toString()).toBe('0');
    expect(chainIndices([]).toString()).toBe('100');
  });

  it('names the position of a bad step', () => {
    expect(() => chainGrowthRates([1, 'two'])).toThrow(`rates[1] must be a decimal number such as '12.5' or 12.5; got the string "two"`);
    expect(() => chainIndices([100, Number.NaN])).toThrow('indices[1] must be a finite number; got NaN');
  });

  it('law: growth over n steps equals the chained single-step growth, within the rounding of the steps', () => {
    fc.assert(
      fc.property(fc.array(positiveValue, { minLength: 2, maxLength: 12 }), (values) => {
        const steps = values.slice(1).map((value, index) => growthRate(value, values[index] ?? 1));
        const indices = values.slice(1).map((value, index) => developmentIndex(value, values[index] ?? 1));
        const first = values[0] ?? new Decimal(1);
        const last = values[values.length - 1] ?? first;
        const direct = growthRate(last, first);
        // Each step rate is within 1e-39 x |r| of its exact value (two roundings to 40 digits), an
        // error of 1e-39 x |r| / |100 + r| relative to its index: large near -100%. The chain adds its
        // documented n x 1e-39 x |100 + R| + 5e-40 x |R|, and the direct rate its own 1e-39 x |R|.
        const stepErrors = steps.reduce((sum, rate) => sum.plus(rate.abs().times('1e-39').div(rate.plus(100).abs())), new Decimal(0));
        const bound = stepErrors
          .plus(new Decimal('1e-39').times(steps.length))
          .times(direct.plus(100).abs())
          .plus(direct.abs().times('1.5e-39'));
        expect(chainGrowthRates(steps).minus(direct).abs().lessThanOrEqualTo(bound)).toBe(true);
        expectClose(chainIndices(indices), developmentIndex(last, first), '1e-30');
      }),
    );
  });

  it('law: a chain is within n x 1e-39 x |100 + R| + 5e-40 x |R| of the exact chain of its rates', () => {
    const Reference = DecimalJs.clone({ precision: 100 });
    const rate = fc.oneof(
      fc.integer({ min: -10_000, max: 1_000_000 }).map((hundredths) => new Decimal(hundredths).div(100)),
      fc.bigInt({ min: 1n, max: 10n ** 40n }).map((digits) => new Decimal(`-${String(digits)}e-38`)),
      fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.integer({ min: -60, max: -36 })).map(([digits, exponent]) => new Decimal(`${String(digits)}e${String(exponent)}`)),
    );
    fc.assert(
      fc.property(fc.array(rate, { maxLength: 12 }), (rates) => {
        const exact = rates.reduce((index, step) => index.times(new Reference(step.toString()).plus(100)).div(100), new Reference(100)).minus(100);
        const bound = exact.plus(100).abs().times(new Reference('1e-39').times(rates.length)).plus(exact.abs().times('5e-40'));
        const gap = new Reference(chainGrowthRates(rates).toString()).minus(exact).abs();
        expect(gap.lessThanOrEqualTo(bound)).toBe(true);
      }),
    );
  });

  it('regression: down 99.999999% and back up chains to -1e-38, where the end values give 0', () => {
    // Each one-step rate is rounded to 40 significant digits; the first fixes its index (about 1e-6)
    // to only 34 of them, which the chain keeps: the documented difference from growthRate(last, first).
    const down = growthRate('0.01', '999999.99');
    const up = growthRate('999999.99', '0.01');
    expect(down.toString()).toBe('-99.99999899999998999999989999999899999999');
    expect(up.toString()).toBe('9999999800');
    expect(chainGrowthRates([down, up]).toString()).toBe('-1e-38');
    expect(growthRate('999999.99', '999999.99').toString()).toBe('0');
  });

  it('law: a chain splits anywhere into two chains', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5000, max: 20000 }).map((hundredths) => new Decimal(hundredths).div(100)), { maxLength: 10 }),
        fc.nat(),
        (rates, cut) => {
          const at = rates.length === 0 ? 0 : cut % rates.length;
          const whole = chainGrowthRates(rates);
          const parts = chainGrowthRates([chainGrowthRates(rates.slice(0, at)), chainGrowthRates(rates.slice(at))]);
          expectClose(parts, whole, '1e-34');
        },
      ),
    );
  });

  it('law: an index and a growth rate of up to 37 decimal places below 900% convert into each other exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(9n * 10n ** 39n) + 1n, max: 9n * 10n ** 39n - 1n }), fc.integer({ min: 0, max: 37 }), (digits, places) => {
        const rate = new Decimal(`${String(digits)}e-37`).toDecimalPlaces(places);
        expect(growthRateFromIndex(indexFromGrowthRate(rate)).equals(rate)).toBe(true);
      }),
    );
  });

  it('law: any rate survives the round trip through its index within 5e-40 x (|100 + rate| + |rate|)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -80, max: 20 }), (digits, exponent) => {
        const rate = new Decimal(`${String(digits)}e${String(exponent)}`);
        const back = growthRateFromIndex(indexFromGrowthRate(rate));
        const bound = rate.plus(100).abs().plus(rate.abs()).times('5e-40');
        expect(back.minus(rate).abs().lessThanOrEqualTo(bound)).toBe(true);
      }),
    );
  });

  it('regression: a rate of 1e-38% is lost in its index 100 + 1e-38, which has 41 digits', () => {
    expect(indexFromGrowthRate('1e-38').toString()).toBe('100');
    expect(growthRateFromIndex(indexFromGrowthRate('1e-38')).toString()).toBe('0');
    expect(growthRateFromIndex(indexFromGrowthRate('1e-37')).toString()).toBe('1e-37');
  });
});
