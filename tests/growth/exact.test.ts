import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
// internal helper of the compound rates, pinned here because its rounding must be the library's
import { integerParts } from '../../src/growth/exact.js';
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
