/*
 * The roots of src/growth/roots.ts at their edges: a poor floating-point guess (the least-squares
 * product's log guess) refined by the binomial series to the working precision, a guess too poor
 * for the series left to Decimal.pow, and compound rates whose ratio is beyond the doubles (library
 * Decimals may carry a result's exponent, up to ±1000), which the BigInt path declines.
 */
import { describe, expect, it, vi } from 'vitest';
import { Decimal, compoundGrowthRate } from '../../src/index.js';
// internal: the working-precision root behind the least-squares fit, whose refinement is pinned here
import { nthRootWorking } from '../../src/growth/roots.js';

/** The compound rate the slow way, at 60 digits, rounded to 40. */
function referenceRate(first: Decimal, last: Decimal, periods: number): string {
  const Wide = Decimal.clone({ precision: 60 });
  const rate = new Wide(last).abs().div(new Wide(first).abs()).pow(new Wide(1).div(periods)).minus(1).times(100);
  return new Decimal(rate.toSignificantDigits(40)).toString();
}

describe('nthRootWorking from a log guess', () => {
  it('refines a guess off by 1e-9 to 1e-6 to the root at working precision (50 digits)', () => {
    const value = new Decimal(2).pow(30);
    for (const offset of [1e-9, -1e-7, 1e-6, -1e-6]) {
      // u = 2^30 / guess^30 − 1 is about −30 × offset: beyond 1e-12, so one pass is not enough
      const root = nthRootWorking(value, 30, Math.LN2 + offset);
      expect(root.toSignificantDigits(48).toString()).toBe('2');
    }
  });

  it('leaves a guess off by more than 1e-3 to Decimal.pow, with the same root', () => {
    const value = new Decimal(3).pow(12);
    // decimal.js clones share one prototype: the spy sees the working precision's pow
    const spy = vi.spyOn(Object.getPrototypeOf(value) as { pow: (exponent: Decimal) => Decimal }, 'pow');
    const root = nthRootWorking(value, 12, Math.log(3) + 0.01);
    const fractional = spy.mock.calls.filter(([exponent]) => !new Decimal(exponent).isInteger()).length;
    spy.mockRestore();
    expect(root.toSignificantDigits(45).toString()).toBe('3');
    expect(fractional).toBe(1);
  });
});

describe('compoundGrowthRate beyond the doubles', () => {
  it('of ratios of 1e±800 and 1e±400, exact to 40 digits', () => {
    const cases: [string, string, number][] = [
      ['1e-400', '1e400', 4],
      ['1e400', '1e-400', 4],
      ['-3e-300', '-7e150', 9],
      ['7e150', '3e-300', 9],
      ['2e-200', '2e200', 2],
    ];
    for (const [first, last, periods] of cases) {
      const rate = compoundGrowthRate(new Decimal(first), new Decimal(last), periods);
      expect(rate.toString()).toBe(referenceRate(new Decimal(first), new Decimal(last), periods));
    }
    expect(compoundGrowthRate(new Decimal('1e-400'), new Decimal('1e400'), 4).toString()).toBe('1e+202');
  });
});
