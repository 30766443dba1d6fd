/* Scaled columns hold exactly the value toDecimal reads, and refuse exactly what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, createScaledColumn, readScaled, scaledDigits, toDecimal, writeScaled } from '../../src/index.js';

function reference(value: unknown): string | null {
  try {
    return toDecimal(value as never).toString();
  } catch {
    return null;
  }
}

function written(value: unknown): string | null {
  const column = createScaledColumn(1);
  return writeScaled(column, 0, value) ? readScaled(column, 0).toString() : null;
}

describe('writeScaled and readScaled', () => {
  it('read numbers as toDecimal does, through their shortest decimal', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true }),
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 14 })).map(([digits, scale]) => digits / 10 ** scale),
    );
    fc.assert(fc.property(numbers, (value) => {
      expect(written(value)).toBe(reference(value));
    }));
  });

  it('read decimal strings and Decimals as toDecimal does, with every digit up to the domain', () => {
    const texts = fc.oneof(
      fc.stringMatching(/^[+-]?\d{0,30}(\.\d{0,30})?([eE][+-]?\d{1,3})?$/),
      fc.constantFrom(' 12 ', '.5', '5.', '-0', '1e100', '1e101', '1e-100', '1e-101', 'n/a', '', '1'.repeat(50), '1'.repeat(51)),
    );
    fc.assert(fc.property(texts, (text) => {
      expect(written(text)).toBe(reference(text));
    }));
    fc.assert(fc.property(fc.stringMatching(/^-?[1-9]\d{0,45}$/), fc.integer({ min: -60, max: 60 }), (digits, exponent) => {
      const decimal = new Decimal(`${digits}e${String(exponent)}`);
      expect(written(decimal)).toBe(reference(decimal));
    }));
  });

  it('read short Decimals (up to 14 digits) from their words as toDecimal reads them, to the edge of the result bound', () => {
    const Foreign = Decimal.clone({ precision: 5 });
    const shortDecimals = fc.tuple(fc.stringMatching(/^-?[1-9]\d{0,13}$/), fc.integer({ min: -1100, max: 1100 }), fc.boolean()).map(([digits, exponent, foreign]) =>
      foreign ? new Foreign(`${digits}e${String(exponent)}`) : new Decimal(`${digits}e${String(exponent)}`),
    );
    fc.assert(fc.property(shortDecimals, (decimal) => {
      expect(written(decimal)).toBe(reference(decimal));
      const fromDecimal = createScaledColumn(1);
      const fromText = createScaledColumn(1);
      // the same digits, trailing zeros dropped, and the same power of ten as the text of the value gives
      if (writeScaled(fromDecimal, 0, decimal) && writeScaled(fromText, 0, decimal.toString())) {
        expect([fromDecimal.digits[0], fromDecimal.exponents[0]]).toEqual([fromText.digits[0], fromText.exponents[0]]);
      }
    }));
    for (const edge of ['1e1000', '-9.9e1000', '1e-1000', '1e1001', '1e-1001', '0', '-0', '120000000000000', '0.00000070']) {
      expect(written(new Decimal(edge))).toBe(reference(new Decimal(edge)));
    }
    expect(written(new Decimal(Number.NaN))).toBeNull();
  });

  it('keeps long values as BigInts, exactly', () => {
    const column = createScaledColumn(1);
    writeScaled(column, 0, '123456789012345678901234567890.5');
    expect(Number.isNaN(column.digits[0])).toBe(true);
    expect(scaledDigits(column, 0, -2)).toBe(12345678901234567890123456789050n);
    expect(() => scaledDigits(column, 0, 0)).toThrow("scaledDigits needs an exponent at or below the row's -1; got 0");
  });
});
