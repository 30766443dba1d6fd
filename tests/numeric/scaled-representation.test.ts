/*
 * What a scaled column holds, as ScaledColumn documents it: the digits of each row as a safe integer
 * with the trailing zeros removed and the power of ten of its last digit, or NaN and a BigInt in
 * `wide` when the digits are too long; zero as 0 × 10^0. Whichever path writeScaled takes (a safe
 * integer, a short number, a decimal text, a short Decimal, any other Decimal), the row holds that
 * one form, and a row written again forgets its earlier BigInt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, createScaledColumn, readScaled, scaledDigits, toDecimal, writeScaled } from '../../src/index.js';

/** Enough precision for the digits of any value of the domain, shifted by any exponent. */
const Exact = Decimal.clone({ precision: 200 });

interface Held {
  readonly digits: number | bigint;
  readonly exponent: number;
}

/** The form the documentation gives for a value, from toDecimal's reading of it. */
function expected(value: unknown): Held | null {
  let decimal: Decimal;
  try {
    decimal = toDecimal(value as never);
  } catch {
    return null;
  }
  if (decimal.isZero()) return { digits: 0, exponent: 0 };
  const significant = decimal.sd();
  const exponent = decimal.e - significant + 1;
  const whole = BigInt(new Exact(decimal.abs().toString()).times(new Exact(10).pow(-exponent)).toFixed(0)) * (decimal.isNegative() ? -1n : 1n);
  const safe = whole <= BigInt(Number.MAX_SAFE_INTEGER) && whole >= -BigInt(Number.MAX_SAFE_INTEGER);
  return { digits: safe ? Number(whole) : whole, exponent };
}

/** The form a row holds, checked for the NaN / wide agreement. */
function held(value: unknown, before?: unknown): Held | null {
  const column = createScaledColumn(2);
  // a row that held a BigInt before, and a neighbour that keeps one
  writeScaled(column, 0, before ?? '1234567890123456789012345678901');
  writeScaled(column, 1, '9876543210987654321098765432109');
  if (!writeScaled(column, 0, value)) return null;
  expect(column.wide.get(1)).toBe(9876543210987654321098765432109n);
  const digits = column.digits[0] ?? 0;
  const exponent = column.exponents[0] ?? 0;
  if (Number.isNaN(digits)) {
    const wide = column.wide.get(0);
    expect(typeof wide).toBe('bigint');
    return { digits: wide ?? 0n, exponent };
  }
  expect(column.wide.has(0)).toBe(false);
  // +0, never -0, for a zero
  expect(Object.is(digits, -0)).toBe(false);
  return { digits, exponent };
}

function check(value: unknown): void {
  expect(held(value)).toEqual(expected(value));
}

describe('the form of a row of a scaled column', () => {
  it('holds integers with their trailing zeros moved to the exponent', () => {
    for (const value of [0, -0, 7, -120, 1000, 1e15, -9007199254740991, 9007199254740990, 100, 10, 1e21, 1.5e300]) check(value);
    expect(held(-120)).toEqual({ digits: -12, exponent: 1 });
    expect(held(-0)).toEqual({ digits: 0, exponent: 0 });
  });

  it('holds numbers by their shortest decimal, digits and exponent', () => {
    for (const value of [0.1, -0.25, 1.5e-7, 0.1 + 0.2, 999999999999999.9, 123456.789, 1e-100, 5e-324, -1.7976931348623157e308, 0.000123, 2.5e-10]) check(value);
    expect(held(0.1)).toEqual({ digits: 1, exponent: -1 });
    expect(held(1.5e-7)).toEqual({ digits: 15, exponent: -8 });
    expect(held(123456.789)).toEqual({ digits: 123456789, exponent: -3 });
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), fc.integer({ min: 0, max: 20 }), (digits, scale) => {
        check(digits / 10 ** scale);
      }),
    );
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      check(value);
    }));
  });

  it('holds decimal texts with their zeros removed on both sides, and their long digits as BigInts', () => {
    for (const text of ['0', '-0', '000', '0.000', '00120.5000', '-0.00250', '1e5', '12.5e-3', '9007199254740991', '9007199254740992', '-9007199254740991', '90071992547409910', '123456789012345', '1234567890123456', '+.5', '5.', ' 42 ', '1'.repeat(50)]) check(text);
    // zeros beyond the 50 significant digits that the domain allows, on either side of the digits
    for (const text of [`0.${'0'.repeat(60)}12`, `-${'0'.repeat(60)}5`, `7${'0'.repeat(60)}`, `${'0'.repeat(30)}1.5${'0'.repeat(30)}`]) check(text);
    expect(held(`0.${'0'.repeat(60)}12`)).toEqual({ digits: 12, exponent: -62 });
    expect(held('00120.5000')).toEqual({ digits: 1205, exponent: -1 });
    expect(held('9007199254740991')).toEqual({ digits: 9007199254740991, exponent: 0 });
    expect(held('9007199254740992')).toEqual({ digits: 9007199254740992n, exponent: 0 });
    fc.assert(fc.property(fc.stringMatching(/^-?0{0,3}\d{1,20}(\.\d{0,20}0{0,3})?$/), (text) => {
      check(text);
    }));
  });

  it('holds Decimals, short ones read from their words, with the length of their first word at every power of ten', () => {
    const firsts = ['1', '9', '10', '99', '100', '999', '1000', '9999', '10000', '99999', '100000', '999999', '1000000', '9999999'];
    for (const first of firsts) {
      for (const rest of ['', '.5', '5', '0.0001', '00000001', '1234567']) {
        check(new Decimal(first + rest));
        check(new Decimal(`-${first}${rest}e-12`));
      }
    }
    for (const text of ['0', '-0', '1e1000', '-1e-1000', '123e998', '12345678901234', '123456789012345', '1.2345678901234e-5', '1'.repeat(50)]) check(new Decimal(text));
    const Foreign = Decimal.clone({ precision: 5 });
    check(new Foreign('123.456'));
    fc.assert(fc.property(fc.stringMatching(/^-?[1-9]\d{0,20}$/), fc.integer({ min: -40, max: 40 }), (digits, exponent) => {
      check(new Decimal(`${digits}e${String(exponent)}`));
    }));
  });

  it('writes only what toDecimal accepts, leaving the row as it was otherwise', () => {
    const column = createScaledColumn(1);
    writeScaled(column, 0, '12.5');
    for (const refused of [{ d: [5], e: 0, s: 1 }, { d: [5, 1], e: 7, s: -1 }, Object.create(Decimal.prototype) as unknown, null, undefined, true, Number.NaN, Number.POSITIVE_INFINITY, '1e101', '', '.', 'e5', '1.2.3', ' ', '1'.repeat(401), new Decimal('1e1001'), new Decimal(Number.NaN), 10n]) {
      expect(writeScaled(column, 0, refused)).toBe(false);
      expect(readScaled(column, 0).toString()).toBe('12.5');
    }
    // the length limit counts the white space around a text
    expect(writeScaled(column, 0, `  ${'0'.repeat(398)}1`)).toBe(false);
    expect(writeScaled(column, 0, `${'0'.repeat(399)}1`)).toBe(true);
  });
});

describe('scaledDigits', () => {
  it('gives the digits at the row\'s own power and below, and refuses a higher power by name', () => {
    const column = createScaledColumn(2);
    writeScaled(column, 0, '12.5');
    writeScaled(column, 1, '-3e4');
    expect(scaledDigits(column, 0, -1)).toBe(125n);
    expect(scaledDigits(column, 0, -4)).toBe(125000n);
    expect(scaledDigits(column, 1, 4)).toBe(-3n);
    expect(scaledDigits(column, 1, 0)).toBe(-30000n);
    expect(() => scaledDigits(column, 0, 0)).toThrow(expect.objectContaining({ code: 'invalid-argument', message: "scaledDigits needs an exponent at or below the row's -1; got 0" }));
  });

  it('reads every row back as its Decimal', () => {
    const column = createScaledColumn(3);
    writeScaled(column, 0, '-0.0050');
    writeScaled(column, 1, 1200);
    writeScaled(column, 2, '-123456789012345678901234567890e-5');
    expect([0, 1, 2].map((row) => readScaled(column, row).toString())).toEqual(['-0.005', '1200', '-1234567890123456789012345.6789']);
  });
});
