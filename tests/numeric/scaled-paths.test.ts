/*
 * writeScaled has fast paths: a number read as a scaled integer without its text, a Decimal of at
 * most two words read from its words. Each answers false for what it does not handle, and the
 * general path (the number's text; checkDecimalInput and the Decimal's words) writes the row
 * instead. Both must leave the same row, so each value here is written both ways, around the limits
 * where the fast paths hand over, and the rows are compared.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, createScaledColumn, powerOfTen, roundedQuotient, writeScaled } from '../../src/index.js';

// The CommonJS build of decimal.js is another copy, with its own prototype: writeScaled reads its
// Decimals on the general path only.
const OtherDecimal = createRequire(import.meta.url)('decimal.js') as typeof Decimal;

type Row = readonly [digits: number, exponent: number, wide: bigint | undefined] | null;

/** The row a value leaves in a column whose row held a BigInt before; null when it is refused. */
function rowOf(value: unknown): Row {
  const column = createScaledColumn(1);
  writeScaled(column, 0, '1234567890123456789012345678901');
  if (!writeScaled(column, 0, value)) return null;
  return [column.digits[0] ?? Number.NaN, column.exponents[0] ?? Number.NaN, column.wide.get(0)];
}

describe('the fast paths of writeScaled leave the row the general path leaves', () => {
  it('a number read as a scaled integer, and the text it is read by', () => {
    const edges = [
      0.1, -0.5, 1e-15, -1.5e-15, 1e-16, 1.25e-16, 0.000000000000001, 123456789012345e-15, 99999999999999.98, 999999999999999.9, -999999999999999.9,
      9007199254740992, -9007199254740994, 1e21, Number.MAX_VALUE, 1e-100, 1e-101, 5e-324, 0.1 + 0.2, 2 ** -20,
    ];
    for (const value of edges) expect(rowOf(value), String(value)).toEqual(rowOf(String(value)));
    const scaled = fc.tuple(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), fc.integer({ min: 1, max: 18 })).map(([digits, scale]) => digits / 10 ** scale);
    fc.assert(fc.property(fc.oneof(scaled, fc.double({ noNaN: true, noDefaultInfinity: true })), (value) => {
      expect(rowOf(value)).toEqual(rowOf(String(value)));
    }));
  });

  it('a Decimal read from its words, and the same Decimal from another copy of decimal.js', () => {
    expect(Object.getPrototypeOf(new OtherDecimal(1))).not.toBe(Decimal.prototype);
    // one, two and three words; the result bound of ±1000 on the exponent
    const edges = ['0', '-0', '1', '-9999999', '10000000', '12345678901234', '-99999999999999', '100000000000000', '123456789012345', '1e1000', '-9.9e1000', '1e1001', '1e-1000', '1e-1001', '1.2345678901234e-1000', '5e-999'];
    for (const text of edges) expect(rowOf(new Decimal(text)), text).toEqual(rowOf(new OtherDecimal(text)));
    fc.assert(fc.property(fc.stringMatching(/^-?[1-9]\d{0,15}$/), fc.integer({ min: -1010, max: 1010 }), (digits, exponent) => {
      const text = `${digits}e${String(exponent)}`;
      expect(rowOf(new Decimal(text))).toEqual(rowOf(new OtherDecimal(text)));
    }));
  });

  it('a power of ten from the cache, and the same power made anew', () => {
    for (let exponent = 0; exponent <= 402; exponent += 1) expect(powerOfTen(exponent)).toBe(10n ** BigInt(exponent));
  });
});

describe('roundedQuotient', () => {
  it('keeps the digit that decides the rounding whatever the signs and lengths', () => {
    // 41 significant digits where the last is 5: the 40 kept round away from zero
    const ones = (10n ** 41n - 1n) / 9n;
    for (const [numerator, denominator] of [[ones * 5n, 1n], [-ones * 5n, 1n], [ones * 10n, 2n], [-ones * 10n, -2n], [5n, 9n], [-5n, 9n], [5n, -9n], [-1n, 3n], [1n, -7n]] as const) {
      const expected = new Decimal(String(numerator)).div(String(denominator));
      expect(roundedQuotient(numerator, denominator).toString(), `${String(numerator)} / ${String(denominator)}`).toBe(expected.toString());
    }
    // a zero numerator gives +0 whatever the sign of the denominator
    expect(Object.is(roundedQuotient(0n, -7n).toNumber(), 0)).toBe(true);
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }).filter((value) => value !== 0n), (numerator, denominator) => {
      expect(roundedQuotient(numerator, denominator).toString()).toBe(new Decimal(String(numerator)).div(String(denominator)).toString());
    }));
  });
});
