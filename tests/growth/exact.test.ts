import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
// internal helper, pinned here because the growth functions rely on it matching decimal.js
import { quotient } from '../../src/growth/exact.js';

const Wide = Decimal.clone({ precision: 100 });

const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -40, max: 40 }))
  .map(([digits, exponent]) => new Decimal(`${String(digits)}e${String(exponent)}`));

describe('the BigInt quotient', () => {
  it('equals decimal.js division rounded to 40 digits, half away from zero', () => {
    fc.assert(
      fc.property(decimal, decimal.filter((value) => !value.isZero()), fc.integer({ min: -5, max: 5 }), (dividend, divisor, shift) => {
        // shift exactly (a wide clone), then let decimal.js divide and round once
        const shifted = new Decimal(new Wide(dividend).times(new Wide(10).pow(shift)));
        const expected = shifted.div(divisor);
        expect(quotient(dividend, divisor, shift).toString()).toBe(expected.toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds a tie away from zero, as the library does', () => {
    // 1/8 = 0.125 has 3 digits; make the 41st digit a tie: 1e40 + 5 over 10
    const dividend = new Decimal('10000000000000000000000000000000000000005');
    expect(quotient(dividend, new Decimal(10)).toString()).toBe('1000000000000000000000000000000000000001');
    expect(quotient(dividend.negated(), new Decimal(10)).toString()).toBe('-1000000000000000000000000000000000000001');
    expect(quotient(new Decimal(0), new Decimal(3)).toString()).toBe('0');
    expect(quotient(new Decimal(2), new Decimal(3), 2).toString()).toBe(new Decimal(200).div(3).toString());
  });
});
