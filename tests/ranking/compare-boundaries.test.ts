import { describe, expect, it } from 'vitest';
import { Decimal, rank } from '../../src/index.js';
import { approximateDecimal, compareDecimals, orderByKeys } from '../../src/ranking/compare.js';

// The edges of the fast sort keys that random values rarely reach: a leading word of decimal.js's
// base-1e7 digits at each power of ten, exponents at the limit where a key is still a number, and
// values that need more than three words.
describe('approximateDecimal at the edges of its digit words', () => {
  const withinKeyPrecision = (text: string): void => {
    const key = approximateDecimal(new Decimal(text));
    const exact = Number(text);
    expect(Math.abs(key - exact), text).toBeLessThanOrEqual(2e-14 * Math.abs(exact));
  };

  it('reads a leading word of every length, at and just below each power of ten', () => {
    for (let power = 0; power <= 7; power += 1) {
      const atPower = 10 ** power;
      withinKeyPrecision(String(atPower));
      withinKeyPrecision(String(atPower - 1 || 1));
      withinKeyPrecision(`${String(atPower)}.0000001234567`);
      withinKeyPrecision(`-${String(atPower - 1 || 1)}.9999999`);
      withinKeyPrecision(`${String(atPower)}e-40`);
    }
  });

  it('reads values of more than three words from their first three, and small and large scales', () => {
    withinKeyPrecision('1234567890123456789012345678901234');
    withinKeyPrecision('-0.000000000000000000001234567890123456789012345');
    withinKeyPrecision('9999999999999999999999.9999999999999');
    withinKeyPrecision('1e22');
    withinKeyPrecision('1e23');
    withinKeyPrecision('1.5e-23');
  });

  it('keeps a number up to an exponent of 280 either way and gives NaN beyond it', () => {
    withinKeyPrecision('1e280');
    withinKeyPrecision('-9.87654321e280');
    withinKeyPrecision('1e-280');
    expect(Number.isNaN(approximateDecimal(new Decimal('1e281')))).toBe(true);
    expect(Number.isNaN(approximateDecimal(new Decimal('-1e-281')))).toBe(true);
  });
});

describe('orderByKeys and compareDecimals at their edges', () => {
  it('decides only on a gap wider than the near-tie margin', () => {
    expect(orderByKeys(2, 1)).toBe(1);
    expect(orderByKeys(1, 2)).toBe(-1);
    expect(orderByKeys(-1, -2)).toBe(1);
    expect(orderByKeys(0, 0)).toBe(0);
    expect(orderByKeys(1, 1 + 1e-13)).toBe(0);
    expect(orderByKeys(1 + 1e-13, 1)).toBe(0);
    expect(orderByKeys(Number.NaN, 1)).toBe(0);
    // The margin grows with the size of the keys: a gap of 1e-7 is a near-tie between millions.
    expect(orderByKeys(1e6, 1e6 + 1e-7)).toBe(0);
    expect(orderByKeys(-1e6 - 1e-7, -1e6)).toBe(0);
    expect(orderByKeys(1e6, 1e6 + 1e-5)).toBe(-1);
  });

  it('orders values that differ only in a later word or in their number of words, in both signs', () => {
    const cases: [string, string, number][] = [
      ['1.00000000000000000001', '1.00000000000000000002', -1],
      ['-1.00000000000000000001', '-1.00000000000000000002', 1],
      ['1.0000001', '1.00000010000001', -1],
      ['-1.0000001', '-1.00000010000001', 1],
      ['12345678.1', '12345678', 1],
      ['-12345678.1', '-12345678', -1],
      ['0', '-5', 1],
      ['-0', '5', -1],
      ['5', '0', 1],
      ['-5', '-0', -1],
      ['1e5', '1e-5', 1],
      ['-1e5', '-1e-5', -1],
    ];
    for (const [first, second, order] of cases) {
      expect(Math.sign(compareDecimals(new Decimal(first), new Decimal(second))), `${first} vs ${second}`).toBe(order);
      expect(Math.sign(compareDecimals(new Decimal(second), new Decimal(first))), `${second} vs ${first}`).toBe(-order);
    }
  });

  it('ranks values whose keys are equal or near-equal by their exact order', () => {
    const values = ['1.00000000000000000003', '1e100', '1.00000000000000000001', '-1e-100', '1.00000000000000000002', '9.99999999999999999999e99'];
    const ranked = rank(
      values.map((value) => ({ value })),
      { key: (item) => item.value, value: (item) => item.value, direction: 'ascending', ties: 'standard', missing: 'last' },
    );
    expect(ranked.map((entry) => [entry.key, entry.rank])).toEqual([
      ['1.00000000000000000003', 4],
      ['1e100', 6],
      ['1.00000000000000000001', 2],
      ['-1e-100', 1],
      ['1.00000000000000000002', 3],
      ['9.99999999999999999999e99', 5],
    ]);
  });
});
