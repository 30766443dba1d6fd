import { quoteText } from './describe.js';
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
 * The value domain of the library: the largest number of significant digits a value may have. It is
 * above the 40 digits to which the library's arithmetic rounds, so that data keep every digit they
 * carry (an exact ordering may need them), and far above what any statistic is measured to.
 *
 * @example
 * // Fifty significant digits are accepted, fifty-one are not:
 * isDecimalInput('1'.repeat(50));
 * //=> true
 * isDecimalInput('1'.repeat(51));
 * //=> false
 */
export const maxSignificantDigits = 50;

/**
 * The value domain of the library: the largest decimal exponent (the power of ten of the leading
 * digit) of a value. Every value other than zero lies between `10^minExponent` and
 * `10^(maxExponent + 1)` in absolute value, so that no calculation or formatting costs more than a
 * few hundred digits, whatever the input.
 *
 * @example
 * // A googol is a number; 1e101 is not a figure of any plan:
 * [isDecimalInput('1e100'), isDecimalInput('1e101')];
 * //=> [true, false]
 */
export const maxExponent = 100;

/**
 * The value domain of the library: the smallest decimal exponent (the power of ten of the leading
 * digit) of a value other than zero.
 *
 * @example
 * // 1e-100 is in the domain; 1e-101 is refused rather than silently read as zero:
 * [isDecimalInput('1e-100'), isDecimalInput('1e-101')];
 * //=> [true, false]
 */
export const minExponent = -100;

/**
 * The largest decimal exponent of a Decimal that {@link toDecimal} accepts as it is (and -1000 the
 * smallest): wider than the exponents of data ({@link maxExponent}), so that what the library computes
 * from data in the domain (a growth rate from 1e-100 to 1e100 is 1e202 %) can be passed on to its
 * other functions and formatted, and still bounded, so that no calculation or text costs more than a
 * thousand digits.
 *
 * @example
 * // A computed result beyond the data domain is still a value; a googolplex-sized one is not:
 * [isDecimalInput(new Decimal('1e202')), isDecimalInput('1e202'), isDecimalInput(new Decimal('1e1001'))];
 * //=> [true, false, false]
 */
export const maxResultExponent = 1000;

/**
 * The value domain of the library: the longest decimal string that {@link toDecimal} reads (signs,
 * digits, point and exponent included). Longer text is refused before any work is done on it.
 *
 * @example
 * // Leading zeros count towards the length:
 * isDecimalInput('0'.repeat(maxDecimalTextLength) + '1');
 * //=> false
 */
export const maxDecimalTextLength = 400;

/**
 * Converts a {@link DecimalInput} to the library's {@link Decimal}, exactly.
 *
 * A number is read through its shortest round-trip decimal form (`String(0.1)` is `'0.1'`), so
 * `toDecimal(0.1)` is exactly one tenth, not the binary double nearest to it. A string must be a plain
 * decimal numeral with an optional exponent (`'12'`, `'-0.5'`, `'.5'`, `'1e-3'`); hexadecimal, `NaN`,
 * `Infinity`, thousands separators and empty strings are refused. Localised numerals such as `'5,6'`
 * are the job of the `format` module's parsers.
 *
 * The value must lie in the library's value domain: at most {@link maxSignificantDigits} (50)
 * significant digits, and zero or an absolute value from 1e-100 to below 1e101 (exponents
 * {@link minExponent} to {@link maxExponent}); a string is at most {@link maxDecimalTextLength}
 * characters. A Decimal, which may be a result the library computed from such data, may have an
 * exponent from -1000 to 1000 ({@link maxResultExponent}). Negative zero is read as zero.
 *
 * @param value - the number to convert
 * @param what - a name for the value, used in the error message (for example `'target.value'`)
 * @returns the value as a Decimal of the library's clone
 * @throws {@link PlanningError} `invalid-number` for NaN, ±Infinity, an empty or non-numeric string,
 * a non-finite Decimal, or a value outside the value domain
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
 *
 * @example
 * // Refuse a value beyond the domain instead of reading it as Infinity:
 * toDecimal('1e9000000000000001', 'population');
 * // throws PlanningError: population must have an exponent from -100 to 100 (a size from 1e-100 to below 1e101); got 1e9000000000000001
 */
export function toDecimal(value: DecimalInput, what = 'value'): Decimal {
  const checked = checkDecimalInput(value);
  if (typeof checked === 'string') throw new PlanningError('invalid-number', `${what} ${checked}`);
  return checked;
}

/**
 * Tells whether a value can be read by {@link toDecimal} without an error.
 *
 * @param value - anything
 * @returns true for a finite number, a decimal numeral string or a finite Decimal inside the value
 * domain (see {@link toDecimal})
 *
 * @example
 * // Check before converting:
 * [1.5, '2e3', 'abc', NaN, '1e400'].map(isDecimalInput);
 * //=> [true, true, false, false, false]
 */
export function isDecimalInput(value: unknown): value is DecimalInput {
  return typeof checkDecimalInput(value) !== 'string';
}

/**
 * Reads a value into the domain, or says what is wrong with it (the text after the value's name).
 * One place for the rules, so that `toDecimal`, `isDecimalInput` and `decimalSchema` agree.
 * @internal
 */
export function checkDecimalInput(value: unknown): Decimal | string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `must be a finite number; got ${String(value)}`;
    return inDomain(new Decimal(String(value)), String(value));
  }
  if (typeof value === 'string') {
    if (value.length > maxDecimalTextLength) {
      return `must be a decimal number of at most ${String(maxDecimalTextLength)} characters; got a string of ${String(value.length)} characters starting ${quoteStart(value)}`;
    }
    const text = value.trim();
    if (!decimalText.test(text)) {
      return `must be a decimal number such as '12.5' or 12.5; got the string ${quoteText(value)}`;
    }
    const decimal = new Decimal(text);
    // decimal.js turns an exponent beyond its own range into Infinity or zero; neither is the value.
    if (!decimal.isFinite() || (decimal.isZero() && /[1-9]/.test(mantissa(text)))) return outOfRange(text);
    return inDomain(decimal, text);
  }
  if (!isDecimal(value)) return `must be a number, a decimal string or a Decimal; got ${describe(value)}`;
  if (!value.isFinite()) return `must be finite; got the Decimal ${value.toString()}`;
  // A Decimal may be a result of the library's own arithmetic: it gets the wider result bound.
  if (!value.isZero() && (value.e > maxResultExponent || value.e < -maxResultExponent)) {
    return `must have an exponent from ${String(-maxResultExponent)} to ${String(maxResultExponent)}; got the Decimal ${quoteStart(value.toExponential(3))}`;
  }
  const own = value.constructor === Decimal ? value : new Decimal(value.toString());
  // No text given: a Decimal in the domain (the usual case) never needs its text, made only for a message.
  return inDomain(own, undefined, -maxResultExponent, maxResultExponent);
}

/** The decimal if it is in the domain, or the message; `shown` is the value as the user wrote it (its own text if not given). */
function inDomain(decimal: Decimal, shown: string | undefined, smallestExponent = minExponent, largestExponent = maxExponent): Decimal | string {
  if (decimal.isZero()) return decimal.isNegative() ? new Decimal(0) : decimal;
  if (decimal.e > largestExponent || decimal.e < smallestExponent) return outOfRange(shown ?? decimal.toString());
  const digits = decimal.sd();
  if (digits > maxSignificantDigits) {
    return `must have at most ${String(maxSignificantDigits)} significant digits; got ${String(digits)} in ${quoteStart(shown ?? decimal.toString())}`;
  }
  return decimal;
}

function outOfRange(shown: string): string {
  return `must have an exponent from ${String(minExponent)} to ${String(maxExponent)} (a size from 1e${String(minExponent)} to below 1e${String(maxExponent + 1)}); got ${quoteStart(shown)}`;
}

function mantissa(text: string): string {
  const exponentAt = text.search(/[eE]/);
  return exponentAt < 0 ? text : text.slice(0, exponentAt);
}

const quoteLength = 40;

function quoteStart(text: string): string {
  return text.length <= quoteLength ? text : `${text.slice(0, quoteLength)}…`;
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
