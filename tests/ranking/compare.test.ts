import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { approximateDecimal, compareDecimals, orderByKeys } from '../../src/ranking/compare.js';

// Pins the internal fast comparison used by every ranking against decimal.js's own `cmp`.
describe('compareDecimals (internal)', () => {
  const decimal = fc.oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new Decimal(String(n))),
    fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -40, max: 40 })).map(([digits, exponent]) => new Decimal(`${digits.toString()}e${exponent}`)),
    fc.constantFrom(new Decimal(0), new Decimal('-0'), new Decimal('1e-30'), new Decimal('-1e40'), new Decimal(1).div(3), new Decimal(2).div(3).neg()),
  );

  it('agrees with Decimal.cmp in sign on any two finite values', () => {
    fc.assert(
      fc.property(decimal, decimal, (x, y) => {
        expect(Math.sign(compareDecimals(x, y))).toBe(x.cmp(y));
        expect(Math.sign(compareDecimals(x, x))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats zero and negative zero as equal, and equal values written differently as equal', () => {
    expect(compareDecimals(new Decimal(0), new Decimal('-0'))).toBe(0);
    expect(compareDecimals(new Decimal('1.50'), new Decimal('1.5'))).toBe(0);
    expect(compareDecimals(new Decimal('10000000'), new Decimal('1e7'))).toBe(0);
  });
});

describe('approximateDecimal and orderByKeys (internal)', () => {
  const decimal = fc.oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Decimal(n)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new Decimal(String(n))),
    fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -400, max: 400 })).map(([digits, exponent]) => new Decimal(`${digits.toString()}e${exponent}`)),
    fc.constantFrom(new Decimal('1.00000000000000000001'), new Decimal('1.00000000000000000002'), new Decimal('-0'), new Decimal(1).div(3)),
  );

  it('orders two values as Decimal.cmp does whenever the keys decide, and near a value leaves it undecided', () => {
    fc.assert(
      fc.property(decimal, decimal, (x, y) => {
        const order = orderByKeys(approximateDecimal(x), approximateDecimal(y));
        if (order !== 0) expect(order).toBe(x.cmp(y));
        expect(orderByKeys(approximateDecimal(x), approximateDecimal(x))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a value within 2e-14 of its size, and reads zero as zero', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        const key = approximateDecimal(x);
        if (Number.isNaN(key)) return;
        const exact = x.toNumber();
        expect(Math.abs(key - exact)).toBeLessThanOrEqual(2e-14 * Math.abs(exact));
      }),
      { numRuns: 2000 },
    );
    expect(approximateDecimal(new Decimal('-0'))).toBe(0);
    expect(approximateDecimal(new Decimal('12345678.9'))).toBe(12345678.9);
    expect(Number.isNaN(approximateDecimal(new Decimal('1e300')))).toBe(true);
  });
});
