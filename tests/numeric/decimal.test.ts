import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, PlanningError, isDecimal, isDecimalInput, toDecimal } from '../../src/index.js';
import { caught } from '../helpers.js';

describe('toDecimal', () => {
  it('reads a number through its shortest decimal form, so 0.1 is exactly one tenth', () => {
    expect(toDecimal(0.1).equals(new Decimal('0.1'))).toBe(true);
    expect(toDecimal(0.1).plus(0.2).toString()).toBe('0.3');
  });

  it('accepts decimal strings with sign, fraction and exponent, and trims spaces', () => {
    expect(toDecimal('-1.50').toString()).toBe('-1.5');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal(' 1e9 ').toString()).toBe('1000000000');
    expect(toDecimal('+7').toString()).toBe('7');
  });

  it('returns Decimals of the library clone, also for Decimals of another decimal.js copy', () => {
    const foreign = new DecimalJs('2.5');
    const converted = toDecimal(foreign);
    expect(converted).toBeInstanceOf(Decimal);
    expect(converted.toString()).toBe('2.5');
    const own = new Decimal('3');
    expect(toDecimal(own)).toBe(own);
  });

  it('does not return negative zero as a different value', () => {
    expect(toDecimal(-0).isZero()).toBe(true);
  });

  describe('bad input', () => {
    it.each([
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ['an empty string', ''],
      ['a blank string', '   '],
      ['a word', 'abc'],
      ['a Vietnamese decimal comma', '5,6'],
      ['a thousands separator', '1,000'],
      ['hexadecimal', '0x10'],
      ['the string NaN', 'NaN'],
      ['the string Infinity', 'Infinity'],
    ])('rejects %s with invalid-number', (_label, value) => {
      expect(() => toDecimal(value)).toThrow(PlanningError);
      try {
        toDecimal(value, 'income');
      } catch (error) {
        expect(error).toBeInstanceOf(PlanningError);
        expect((error as PlanningError).code).toBe('invalid-number');
        expect((error as PlanningError).message).toContain('income');
      }
    });

    it('rejects a non-finite Decimal and a value of the wrong type', () => {
      expect(() => toDecimal(new Decimal(Number.NaN))).toThrow(/finite/);
      expect(() => toDecimal(null as unknown as number)).toThrow(/got null/);
      expect(() => toDecimal({} as unknown as number)).toThrow(/got an object/);
    });
  });

  it('round-trips every double of the value domain through its shortest decimal form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e100, max: 1e100 }).filter((value) => value === 0 || Math.abs(value) >= 1e-100), (value) => {
        expect(toDecimal(value).toNumber()).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('refuses every double outside the value domain with invalid-number', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 1.0000000000000001e101, noNaN: true, noDefaultInfinity: true }), fc.double({ min: 5e-324, max: 9.99e-101 })),
        fc.boolean(),
        (size, negative) => {
          const value = negative ? -size : size;
          expect(caught(() => toDecimal(value)).code).toBe('invalid-number');
        },
      ),
    );
  });

  it('agrees with isDecimalInput on what it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constantFrom('1', '-2.5', '1e3', '')), (value) => {
        let accepted = true;
        try {
          toDecimal(value);
        } catch {
          accepted = false;
        }
        expect(isDecimalInput(value)).toBe(accepted);
      }),
    );
  });
});

describe('isDecimal', () => {
  it('recognises Decimals of any decimal.js copy and nothing else', () => {
    expect(isDecimal(new Decimal(1))).toBe(true);
    expect(isDecimal(new DecimalJs(1))).toBe(true);
    expect(isDecimal(1)).toBe(false);
    expect(isDecimal('1')).toBe(false);
  });
});

describe('Decimal', () => {
  it('is a clone: a global Decimal.set elsewhere does not change it', () => {
    const before = DecimalJs.precision;
    DecimalJs.set({ precision: 5 });
    try {
      expect(new Decimal(1).div(3).toString()).toBe('0.3333333333333333333333333333333333333333');
    } finally {
      DecimalJs.set({ precision: before });
    }
  });

  it('writes large and small values in plain notation', () => {
    expect(new Decimal('1e15').toString()).toBe('1000000000000000');
    expect(new Decimal('1e-9').toString()).toBe('0.000000001');
  });
});
