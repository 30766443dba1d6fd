import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { lastDigitExponent, readWhole, scaledInteger } from '../../src/ranking/exact.js';

// The whole-number readings of the batch composite path, checked against a value built from a
// whole number and a power of ten. decimal.js keeps digits in base-1e7 words aligned on the decimal
// point, so the cases cover a leading word of every length (at and just below each power of ten),
// several alignments of the point, trailing zeros inside and after the words, and both signs.
const mantissas = [
  '1',
  '9',
  '10',
  '99',
  '100',
  '999',
  '1000',
  '9999',
  '10000',
  '99999',
  '100000',
  '999999',
  '1000000',
  '9999999',
  '10000000',
  '1234567',
  '12345678',
  '120000000',
  '1000001',
  '10000001',
  '100000010000001',
  '123456789012345678901234567',
  '25',
  '50',
  '70000000000007',
  '99999999999999',
];
const exponents = [-23, -15, -8, -7, -6, -3, -1, 0, 1, 2, 6, 7, 8, 14, 20];

interface Case {
  readonly value: Decimal;
  /** The mantissa without its trailing zeros. */
  readonly digits: bigint;
  /** The power of ten of the last significant digit. */
  readonly last: number;
}

const cases: Case[] = mantissas.flatMap((text) =>
  exponents.flatMap((exponent) =>
    ['', '-'].map((sign): Case => {
      const stripped = text.replace(/0+$/, '');
      const last = exponent + (text.length - stripped.length);
      return { value: new Decimal(`${sign}${text}e${String(exponent)}`), digits: BigInt(`${sign}${stripped}`), last };
    }),
  ),
);

describe('lastDigitExponent', () => {
  it('is the power of ten of the last significant digit, whatever the word alignment', () => {
    for (const { value, last } of cases) expect(lastDigitExponent(value), value.toString()).toBe(last);
  });

  it('is 0 for zero, −2 for 1.25 and 2 for 300', () => {
    expect([lastDigitExponent(new Decimal(0)), lastDigitExponent(new Decimal('1.25')), lastDigitExponent(new Decimal(300))]).toEqual([0, -2, 2]);
  });
});

describe('scaledInteger', () => {
  it('reads a value as whole units of its last digit and of every smaller power of ten', () => {
    for (const { value, digits, last } of cases) {
      for (const below of [0, 1, 7, 9]) {
        expect(scaledInteger(value, last - below), `${value.toString()} at 10^${String(last - below)}`).toBe(digits * 10n ** BigInt(below));
      }
    }
  });

  it('reads zero as 0 at any power', () => {
    expect([scaledInteger(new Decimal(0), -5), scaledInteger(new Decimal(0), 3)]).toEqual([0n, 0n]);
  });
});

describe('readWhole', () => {
  it('reads a value of at most two words as a signed whole number and writes its power of ten', () => {
    let read = 0;
    for (const { value, digits, last } of cases) {
      const exponents = Int32Array.of(99, 99, 99);
      const whole = readWhole(value, exponents, 1);
      if (value.d.length > 2) {
        expect(whole, value.toString()).toBeNaN();
        expect(Array.from(exponents)).toEqual([99, 99, 99]);
      } else {
        read += 1;
        expect(whole, value.toString()).toBe(Number(digits));
        expect(Array.from(exponents), value.toString()).toEqual([99, last, 99]);
      }
    }
    // Both outcomes are reached for many values.
    expect(read).toBeGreaterThan(300);
    expect(cases.length - read).toBeGreaterThan(100);
  });

  it('reads zero as 0 at the power 0', () => {
    const exponents = Int32Array.of(7, 7);
    expect(readWhole(new Decimal(0), exponents, 0)).toBe(0);
    expect(Array.from(exponents)).toEqual([0, 7]);
  });
});
