import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, decimalFromScaled, powerOfTen, roundedQuotient } from '../../src/index.js';

/* The scaled integers of batch paths must give exactly the Decimal that decimal.js would. */
describe('scaled integers', () => {
  it('makes powers of ten, cached or not', () => {
    expect(powerOfTen(0)).toBe(1n);
    expect(powerOfTen(9)).toBe(1_000_000_000n);
    expect(powerOfTen(400)).toBe(10n ** 400n);
    expect(powerOfTen(401)).toBe(10n ** 401n);
    expect(powerOfTen(3)).toBe(1000n);
  });

  it('reads digits and a power of ten back as a Decimal, rounding to 40 digits as decimal.js does', () => {
    expect(decimalFromScaled(12345n, -2).toString()).toBe('123.45');
    expect(decimalFromScaled(-12345n, 3).toString()).toBe('-12345000');
    expect(decimalFromScaled(0n, 5).toString()).toBe('0');
    // 41 digits ending in 5 round away from zero; ending in 4, toward it
    expect(decimalFromScaled(10n ** 40n + 5n, 0).toString()).toBe('1.000000000000000000000000000000000000001e+40');
    expect(decimalFromScaled(-(10n ** 40n + 4n), 0).toString()).toBe('-1e+40');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.integer({ min: -70, max: 30 }), (digits, exponent) => {
        const expected = new Decimal(`${String(digits)}e${String(exponent)}`).toSignificantDigits(40);
        expect(decimalFromScaled(digits, exponent).toString()).toBe(expected.toString());
      }),
    );
  });

  it('divides whole numbers to the Decimal that decimal.js division gives, whatever the signs', () => {
    expect(roundedQuotient(2n, 3n).toString()).toBe('0.6666666666666666666666666666666666666667');
    expect(roundedQuotient(-2n, 3n).toString()).toBe('-0.6666666666666666666666666666666666666667');
    expect(roundedQuotient(2n, -3n, 2).toString()).toBe('-66.66666666666666666666666666666666666667');
    expect(roundedQuotient(-2n, -3n, -1).toString()).toBe('0.06666666666666666666666666666666666666667');
    expect(roundedQuotient(0n, 7n).toString()).toBe('0');
    expect(roundedQuotient(10n ** 50n, 3n).toString()).toBe(new Decimal('1e50').div(3).toString());
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }),
        fc.bigInt({ min: 1n, max: 10n ** 45n }),
        fc.boolean(),
        fc.integer({ min: -20, max: 20 }),
        (numerator, magnitude, negative, exponent) => {
          const denominator = negative ? -magnitude : magnitude;
          const expected = new Decimal(String(numerator)).div(String(denominator)).times(new Decimal(10).pow(exponent));
          expect(roundedQuotient(numerator, denominator, exponent).toString()).toBe(expected.toString());
        },
      ),
      { numRuns: 500 },
    );
  });
});
