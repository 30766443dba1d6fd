import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
// internal helper of the compound rates, pinned here because its rounding must be the library's
import { integerParts, quotient } from '../../src/growth/exact.js';
import { decimalFromScaled } from '../../src/index.js';

describe('BigInt digits of a Decimal', () => {
  it('rounds a scaled integer to 40 significant digits exactly as decimal.js does', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.integer({ min: -70, max: 30 }), (digits, exponent) => {
        const expected = new Decimal(`${String(digits)}e${String(exponent)}`).toSignificantDigits(40);
        expect(decimalFromScaled(digits, exponent).toString()).toBe(expected.toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds a tie away from zero, as the library does', () => {
    const tie = 10n ** 40n + 5n;
    expect(decimalFromScaled(tie, -1).toString()).toBe('1000000000000000000000000000000000000001');
    expect(decimalFromScaled(-tie, -1).toString()).toBe('-1000000000000000000000000000000000000001');
  });

  it('reads the digits and the power of ten of a Decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 45n }), fc.integer({ min: -40, max: 40 }), (digits, exponent) => {
        const value = new Decimal(`${String(digits)}e${String(exponent)}`);
        const parts = integerParts(value);
        expect(new Decimal(`${String(parts.digits)}e${String(parts.exponent)}`).equals(value)).toBe(true);
        expect(String(parts.digits)).toHaveLength(parts.length);
      }),
    );
  });
});

describe('integerParts and quotient on values of one and two words', () => {
  it("gives the significant digits of a Decimal, the words' digits and no more", () => {
    expect(integerParts(new Decimal(4050))).toEqual({ digits: 4050n, length: 4, exponent: 0 });
    // decimal.js aligns its base-10^7 words to the point: 0.000123 is the word 1230 of 10^-7, and
    // 12345678.9 the words 1, 2345678, 9000000; the digits are the words', with nothing added
    expect(integerParts(new Decimal('0.000123'))).toEqual({ digits: 1230n, length: 4, exponent: -7 });
    expect(integerParts(new Decimal('12345678.9'))).toEqual({ digits: 123456789000000n, length: 15, exponent: -7 });
  });

  it('divides and shifts by any power of ten, rounded once to 40 digits', () => {
    expect(quotient(new Decimal(1), new Decimal(8), 3).toString()).toBe('125');
    expect(quotient(new Decimal(1), new Decimal(8), -1).toString()).toBe('0.0125');
    expect(quotient(new Decimal(1), new Decimal(3), 2).toString()).toBe('33.33333333333333333333333333333333333333');
    expect(quotient(new Decimal(0), new Decimal(3), 5).toString()).toBe('0');
  });
});
