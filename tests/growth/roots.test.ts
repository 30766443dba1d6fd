import { afterEach, describe, expect, it, vi } from 'vitest';
import { Decimal, averageGrowthFulfilmentRatio, compoundGrowthRate, growthRate, leastSquaresGrowth } from '../../src/index.js';

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
    // a last value of 40 digits over a first of one: the power of ten goes to the denominator's side
    ['1', '1.234567890123456789012345678901234567891', 2],
    // a root of 1e-45, the smallest whose 16-digit guess the 60-digit fixed point still holds
    ['1e45', '1e-45', 2],
  ])('compoundGrowthRate(%s, %s, %i) raises no Decimal to a power and is exact to 40 digits', (first, last, periods) => {
    const { result, all } = powers(() => compoundGrowthRate(first, last, periods));
    expect(all).toBe(0);
    expect((result as Decimal).toString()).toBe(referenceRate(first, last, periods));
  });
});


/*
 * The integer path finds the root to 58 decimals (the binomial series to its u^3 term, u about
 * 1e-15), so a usual rate near zero keeps its 40 significant digits there, beyond the bound that
 * compoundGrowthRate's TSDoc promises for every path (1e-39 of the index 100 + rate).
 */
describe('compound rates near zero', () => {
  it.each<[string, string, number, string]>([
    ['4595.23645', '4595.23647297618225', 7, '0.00000007142857127551020455539358431382757837136'],
    ['8190.4729', '8190.472981904729', 12, '0.00000008333333295138889132908948837971014452355'],
  ])('compoundGrowthRate(%s, %s, %i) keeps 40 significant digits on the integer path', (first, last, periods, expected) => {
    const { result, all } = powers(() => compoundGrowthRate(first, last, periods));
    expect(all).toBe(0);
    expect((result as Decimal).toString()).toBe(expected);
    expect(expected).toBe(referenceRate(first, last, periods));
  });

  it('over one period is the simple growth rate, one exact division rounded once', () => {
    const last = '7.000000000000000000000000000000000000001';
    expect(compoundGrowthRate(7, last, 1).toString()).toBe('1.428571428571428571428571428571428571429e-38');
    expect(compoundGrowthRate(7, last, 1).equals(growthRate(last, 7))).toBe(true);
    expect(compoundGrowthRate(-7, `-${last}`, 1).toString()).toBe('1.428571428571428571428571428571428571429e-38');
  });
});
