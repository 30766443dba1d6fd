import { Decimal as DecimalJs } from 'decimal.js';
import { PlanningError } from './errors.js';

/**
 * The library's own decimal.js constructor: a clone, so that a consumer's global `Decimal.set(...)`
 * never changes the library's results.
 *
 * Configuration: 40 significant digits for intermediate results (divisions, roots and logarithms are
 * rounded there; sums, differences and products of ordinary data stay exact well within it), rounding
 * half away from zero (`ROUND_HALF_UP`, the rule of Vietnamese official reports), and plain notation
 * (no exponent) for every value between 1e-30 and 1e40, so that `toString()` reads as the figure itself.
 *
 * @example
 * // Exact decimal arithmetic, where binary floating point drifts:
 * new Decimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
  modulo: DecimalJs.ROUND_DOWN,
});

/**
 * A decimal value as returned by every function of the library: an immutable decimal.js instance made
 * by the library's {@link Decimal} constructor. Read it with `toString()`, `toFixed(n)` or
 * `toNumber()`; it serialises to a string in JSON.
 *
 * @example
 * // A result is a Decimal; ask it for text with a fixed number of places:
 * const share: Decimal = new Decimal(1).div(3);
 * share.toFixed(4);
 * //=> '0.3333'
 */
export type Decimal = DecimalJs;

/**
 * What every public function accepts where it expects a number: a JavaScript number (read through its
 * shortest decimal form, so `0.1` is exactly one tenth), a decimal string (`'45'`, `'-1.5'`, `'1e9'`),
 * or a Decimal from any copy of decimal.js.
 *
 * @example
 * // Three ways to say forty-five million:
 * const inputs: DecimalInput[] = [45_000_000, '45000000', new Decimal('4.5e7')];
 * inputs.map((input) => toDecimal(input).toString());
 * //=> ['45000000', '45000000', '45000000']
 */
export type DecimalInput = number | string | DecimalJs;

const decimalText = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Tells whether a value is a Decimal from any copy of decimal.js.
 *
 * @param value - anything
 * @returns true for a decimal.js instance, from this library's clone or any other
 *
 * @example
 * // Decimals from another copy of decimal.js are recognised too:
 * isDecimal(new Decimal(1));
 * //=> true
 * isDecimal('1');
 * //=> false
 */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/**
 * Converts a {@link DecimalInput} to the library's {@link Decimal}, exactly.
 *
 * A number is read through its shortest round-trip decimal form (`String(0.1)` is `'0.1'`), so
 * `toDecimal(0.1)` is exactly one tenth, not the binary double nearest to it. A string must be a plain
 * decimal numeral with an optional exponent (`'12'`, `'-0.5'`, `'.5'`, `'1e-3'`); hexadecimal, `NaN`,
 * `Infinity`, thousands separators and empty strings are refused. Localised numerals such as `'5,6'`
 * are the job of the `format` module's parsers.
 *
 * @param value - the number to convert
 * @param what - a name for the value, used in the error message (for example `'target.value'`)
 * @returns the value as a Decimal of the library's clone
 * @throws {@link PlanningError} `invalid-number` for NaN, ±Infinity, an empty or non-numeric string,
 * or a non-finite Decimal
 *
 * @example
 * // Read a float without its binary noise:
 * toDecimal(0.1).plus(0.2).toString();
 * //=> '0.3'
 *
 * @example
 * // Refuse what is not a number, saying what and where:
 * toDecimal('12,5', 'income');
 * // throws PlanningError: income must be a decimal number such as '12.5' or 12.5; got the string "12,5"
 */
export function toDecimal(value: DecimalInput, what = 'value'): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new PlanningError('invalid-number', `${what} must be a finite number; got ${String(value)}`);
    }
    return new Decimal(String(value));
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (!decimalText.test(text)) {
      throw new PlanningError(
        'invalid-number',
        `${what} must be a decimal number such as '12.5' or 12.5; got the string ${JSON.stringify(value)}`,
      );
    }
    return new Decimal(text);
  }
  const unknownValue: unknown = value;
  if (!isDecimal(unknownValue)) {
    throw new PlanningError(
      'invalid-number',
      `${what} must be a number, a decimal string or a Decimal; got ${describe(unknownValue)}`,
    );
  }
  if (!unknownValue.isFinite()) {
    throw new PlanningError('invalid-number', `${what} must be finite; got the Decimal ${unknownValue.toString()}`);
  }
  return unknownValue.constructor === Decimal ? unknownValue : new Decimal(unknownValue.toString());
}

/**
 * Tells whether a value can be read by {@link toDecimal} without an error.
 *
 * @param value - anything
 * @returns true for a finite number, a decimal numeral string or a finite Decimal
 *
 * @example
 * // Check before converting:
 * [1.5, '2e3', 'abc', NaN].map(isDecimalInput);
 * //=> [true, true, false, false]
 */
export function isDecimalInput(value: unknown): value is DecimalInput {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return decimalText.test(value.trim());
  return isDecimal(value) && value.isFinite();
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'boolean':
      return `the boolean ${value ? 'true' : 'false'}`;
    case 'bigint':
      return `the bigint ${value.toString()}`;
    case 'undefined':
      return 'undefined';
    case 'object':
      return 'an object';
    default:
      return `a value of type ${typeof value}`;
  }
}
