import { afterEach, describe, expect, it, vi } from 'vitest';
import { Decimal, averageGrowthFulfilmentRatio, compoundGrowthRate, leastSquaresGrowth } from '../../src/index.js';

/*
 * Roots are exact to 40 digits and fast (src/growth/roots.ts): a floating-point guess corrected by
 * the binomial series, never Decimal.pow with a fractional exponent (ln and exp, half a millisecond
 * each) for the values that occur. decimal.js clones share one prototype, so a spy on its pow sees
 * the library's and the working precision's calls alike.
 */
const decimalPrototype = Object.getPrototypeOf(new Decimal(1)) as { pow: (exponent: number | string | Decimal) => Decimal };

/** How many times a computation raised a Decimal to a power: every time, and to a power that is not whole. */
function powers(run: () => unknown): { result: unknown; count: number; all: number } {
  const spy = vi.spyOn(decimalPrototype, 'pow');
  const result = run();
  const count = spy.mock.calls.filter(([exponent]) => !new Decimal(exponent).isInteger()).length;
  const all = spy.mock.calls.length;
  spy.mockRestore();
  return { result, count, all };
}
const fractionalPowers = powers;

/** The compound rate the slow way, at 60 digits, rounded to 40: the reference for the fast paths. */
function referenceRate(first: string, last: string, periods: number): string {
  const Wide = Decimal.clone({ precision: 60 });
  const rate = new Wide(last).abs().div(new Wide(first).abs()).pow(new Wide(1).div(periods)).minus(1).times(100);
  return new Decimal(rate.toSignificantDigits(40)).toString();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('compound roots without ln and exp', () => {
  it.each<[string, string, number]>([
    ['4050', '5436', 4],
    ['100', '150', 250],
    ['1e-100', '1e100', 5],
    ['0.000123', '98765.4321', 37],
    ['-250', '-180', 3],
  ])('compoundGrowthRate(%s, %s, %i) refines a floating-point guess and is exact to 40 digits', (first, last, periods) => {
    const { result, count } = fractionalPowers(() => compoundGrowthRate(first, last, periods));
    expect(count).toBe(0);
    expect((result as Decimal).toString()).toBe(referenceRate(first, last, periods));
  });

  it('the least-squares fit and the fulfilment ratio over several years take no fractional power either', () => {
    const series = [100, 110, 121, '133.1', '146.41'].map((value, index) => ({ year: 2020 + index, value }));
    const fitted = fractionalPowers(() => leastSquaresGrowth(series).value);
    expect(fitted.count).toBe(0);
    expect((fitted.result as Decimal).toString()).toBe('10');
    // A long series of large values: the product of powers is beyond a double, its log guess is not.
    const long = Array.from({ length: 40 }, (_, index) => ({ year: 1990 + index, value: new Decimal('1.07').pow(index).times('1e90').toSignificantDigits(20) }));
    const longFit = fractionalPowers(() => leastSquaresGrowth(long).value);
    expect(longFit.count).toBe(0);
    expect(new Decimal((longFit.result as Decimal).minus(7).abs()).lessThan('1e-15')).toBe(true);
    const ratio = fractionalPowers(() => averageGrowthFulfilmentRatio(4050, 5436, 4, 7));
    expect(ratio.count).toBe(0);
    expect((ratio.result as Decimal).toString()).toBe('1.005940580997946929320122646173849944412');
  });
});

/*
 * The usual compound rates (degrees up to 200, a ratio of the values within 1e-200 to 1e200) take
 * the integer path: the root's correction is computed in BigInt from the values' digits, with no
 * decimal.js power at all (the decimal path raises its guess to the n-th power to correct it).
 */
describe('compound rates in integer arithmetic', () => {
  it.each<[string, string, number]>([
    ['4050', '5436', 4],
    ['100', '146.9328', 5],
    ['100', '150', 200],
    ['0.000123', '98765.4321', 37],
    ['1e-99', '1e99', 3],
    ['98765.4321', '0.000123', 7],
    ['123456789012345678901234567890.123456789', '987654321098765432109876543210.98765', 12],
    ['-250', '-180', 3],
    ['3', '2', 2],
  ])('compoundGrowthRate(%s, %s, %i) raises no Decimal to a power and is exact to 40 digits', (first, last, periods) => {
    const { result, all } = powers(() => compoundGrowthRate(first, last, periods));
    expect(all).toBe(0);
    expect((result as Decimal).toString()).toBe(referenceRate(first, last, periods));
  });
});

