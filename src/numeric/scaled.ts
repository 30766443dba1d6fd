/*
 * Exact scaled integers: the fast exact representation that batch paths use instead of Decimal
 * arithmetic. A value is a BigInt of digits and a power of ten; it turns back into a library Decimal
 * with one rounding, half away from zero, to the library's 40 significant digits.
 */
import { Decimal, checkDecimalInput, maxDecimalTextLength, maxExponent, maxResultExponent, maxSignificantDigits, minExponent } from './decimal.js';
import { PlanningError } from './errors.js';

// Powers of ten up to this exponent are made once, at the first call rather than at import (a
// consumer that never runs a batch pays nothing): batch paths ask for small ones in inner loops.
const cachedPowers = 400;
let powers: readonly bigint[] | undefined;

/**
 * 10 to a whole, non-negative power, as a BigInt.
 *
 * @param exponent - the power, 0 or more
 * @returns 10^exponent
 *
 * @example
 * // The scale of tỷ đồng:
 * powerOfTen(9);
 * //=> 1000000000n
 */
export function powerOfTen(exponent: number): bigint {
  // Stryker disable next-line ObjectLiteral,ArithmeticOperator,ArrowFunction: a shorter or empty cache only sends more exponents to the same `10n ** exponent` below
  powers ??= Array.from({ length: cachedPowers + 1 }, (_, exponent) => 10n ** BigInt(exponent));
  return powers[exponent] ?? 10n ** BigInt(exponent);
}

/**
 * Turns a scaled integer, `digits × 10^exponent`, into a library Decimal, rounded once to the
 * library's 40 significant digits, half away from zero (the first dropped digit decides; a remainder
 * beyond it cannot change a half-away-from-zero rounding).
 *
 * @param digits - the digits, as a signed BigInt
 * @param exponent - the power of ten of the last digit
 * @returns the value as a Decimal
 *
 * @example
 * // 12345 × 10^-2:
 * decimalFromScaled(12345n, -2).toString();
 * //=> '123.45'
 */
export function decimalFromScaled(digits: bigint, exponent: number): Decimal {
  const negative = digits < 0n;
  let text = String(negative ? -digits : digits);
  let scale = exponent;
  const precision = Decimal.precision;
  if (text.length > precision) {
    let kept = BigInt(text.slice(0, precision));
    if (text.charCodeAt(precision) >= 53) kept += 1n;
    scale += text.length - precision;
    text = String(kept);
  }
  return new Decimal(`${negative ? '-' : ''}${text}e${String(scale)}`);
}

/**
 * The quotient of two whole numbers times a power of ten, `numerator / denominator × 10^exponent`,
 * rounded once to the library's 40 significant digits, half away from zero: the same value that
 * decimal.js division gives, from integer arithmetic.
 *
 * @param numerator - the dividend, a whole number
 * @param denominator - the divisor, a whole number other than zero
 * @param exponent - a power of ten to apply to the quotient (0 unless given)
 * @returns the rounded quotient
 *
 * @example
 * // Two thirds, to 40 digits:
 * roundedQuotient(2n, 3n).toString();
 * //=> '0.6666666666666666666666666666666666666667'
 */
export function roundedQuotient(numerator: bigint, denominator: bigint, exponent = 0): Decimal {
  if (numerator === 0n) return new Decimal(0);
  // Enough digits that the truncated quotient has one beyond the 40 kept: that digit is the true
  // value's, and it decides the rounding. A minus sign counts in a text's length, so the 2 (not 1)
  // keeps that digit for a negative numerator; a digit more changes nothing. BigInt division
  // truncates toward zero, which truncates the magnitude whatever the signs.
  const extra = Math.max(0, Decimal.precision + 2 + String(denominator).length - String(numerator).length);
  return decimalFromScaled((numerator * powerOfTen(extra)) / denominator, exponent - extra);
}

/**
 * Decimal values stored as exact scaled integers, one row each: `digits × 10^exponent`, the digits a
 * safe integer in a `Float64Array` where they fit (eight bytes a value) and a BigInt in `wide`
 * beyond (then `digits` holds NaN). Never a float that is not a whole number: every stored value is
 * the decimal itself. Build one with {@link createScaledColumn}, fill it with {@link writeScaled},
 * read a row back as a Decimal with {@link readScaled}.
 *
 * @example
 * // Three values in one column:
 * const column: ScaledColumn = createScaledColumn(3);
 * ['12.5', 7, '-0.003'].forEach((value, row) => writeScaled(column, row, value));
 * [column.digits[0], column.exponents[0], readScaled(column, 2).toString()];
 * //=> [125, -1, '-0.003']
 */
export interface ScaledColumn {
  /** The digits of each row as a safe integer, trailing zeros removed; NaN where they are in `wide`. */
  readonly digits: Float64Array;
  /** The power of ten of each row's last digit. */
  readonly exponents: Int16Array;
  /** The digits of rows too long for a safe integer, by row. */
  readonly wide: Map<number, bigint>;
}

/**
 * An empty column of scaled integers (every row 0) with room for `length` rows.
 *
 * @param length - the number of rows
 * @returns the column
 *
 * @example
 * // A column of two zeros:
 * readScaled(createScaledColumn(2), 1).toString();
 * //=> '0'
 */
export function createScaledColumn(length: number): ScaledColumn {
  return { digits: new Float64Array(length), exponents: new Int16Array(length), wide: new Map() };
}

/** Drops a row's BigInt digits, if it has any: most columns never hold one, and Map.delete costs more than a size test. */
function forgetWide(column: ScaledColumn, row: number): void {
  if (column.wide.size > 0) column.wide.delete(row);
}

// Sign, whole digits, fraction digits, exponent: the decimal text that toDecimal accepts.
const scaledText = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function writeDigits(column: ScaledColumn, row: number, negative: boolean, text: string, exponent: number, smallest: number, largest: number): boolean {
  // Leading and trailing zeros are not significant: the digits are what lies between.
  let start = 0;
  // charCodeAt past the end is NaN, which ends the loop
  while (text.charCodeAt(start) === 48) start += 1;
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) === 48) end -= 1;
  if (start === end) {
    column.digits[row] = 0;
    column.exponents[row] = 0;
    forgetWide(column, row);
    return true;
  }
  const length = end - start;
  const last = exponent + (text.length - end);
  const first = last + length - 1;
  if (length > maxSignificantDigits || first > largest || first < smallest) return false;
  const digits = text.slice(start, end);
  column.exponents[row] = last;
  // Stryker disable next-line BlockStatement: without it a short digit text takes the BigInt branch below, which writes the same safe integer
  if (length <= 15) {
    const whole = Number(digits);
    column.digits[row] = negative ? -whole : whole;
    forgetWide(column, row);
    return true;
  }
  const whole = BigInt(digits);
  if (whole <= BigInt(Number.MAX_SAFE_INTEGER)) {
    column.digits[row] = negative ? -Number(whole) : Number(whole);
    forgetWide(column, row);
    return true;
  }
  column.digits[row] = Number.NaN;
  column.wide.set(row, negative ? -whole : whole);
  return true;
}

function writeText(column: ScaledColumn, row: number, text: string): boolean {
  const parts = scaledText.exec(text);
  if (parts === null) return false;
  // Stryker disable next-line StringLiteral: the group (\d*) always matches, so parts[2] is never undefined
  const whole = parts[2] ?? '';
  const fraction = parts[3] ?? '';
  if (whole.length + fraction.length === 0) return false;
  const exponent = parts[4] === undefined ? 0 : Number(parts[4]);
  return writeDigits(column, row, parts[1] === '-', whole + fraction, exponent - fraction.length, minExponent, maxExponent);
}

/** 10¹ to 10¹⁵, exact in binary floating point. */
const decimalScales: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A number with at most 15 significant digits, written without going through its text: the first
 * scale 10^k at which a whole number m of at most 15 digits gives back the number (m / 10^k, one
 * correctly rounded division) has m × 10^−k as the shortest decimal of the number, the one
 * `String(value)` gives, since two decimals of at most 15 digits never round to the same double.
 */
// Stryker disable next-line BlockStatement: writeShortNumber is a fast path; when it answers false, writeScaled writes String(value), the same shortest decimal
function writeShortNumber(column: ScaledColumn, row: number, value: number): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: fewer scales (or none) only send the number to writeText(String(value)), the same row; a 16th scale has no power and cannot match a number that is not whole
  for (let scale = 1; scale < decimalScales.length; scale += 1) {
    // Stryker disable next-line LogicalOperator: a power of 1 matches no number that is not whole, so the number goes to writeText(String(value)), the same row
    const power = decimalScales[scale] ?? 1;
    // Stryker disable next-line ArithmeticOperator: dividing by the power matches no number, so the number goes to writeText(String(value)), the same row
    const whole = Math.round(value * power);
    if (Math.abs(whole) >= 1e15) return false;
    // Stryker disable next-line ArithmeticOperator: whole × power never gives back the number, so the number goes to writeText(String(value)), the same row
    if (whole / power !== value) continue;
    // No trailing zero: were whole 10m, m / 10^(scale−1) (the same real quotient, so the same double)
    // would have matched one scale earlier, and at scale 1 the value would be a safe integer.
    column.digits[row] = whole;
    column.exponents[row] = -scale;
    forgetWide(column, row);
    // Stryker disable next-line BooleanLiteral: answering false makes writeScaled write String(value) into the row again, the same digits and exponent
    return true;
  }
  return false;
}

/**
 * A decimal.js Decimal of at most two base-10^7 words (14 digits), written from its words without
 * going through text or toDecimal's check: such a value is always in the domain when its exponent
 * is within the result bound, and its digits are a safe integer. False for anything else, which the
 * general path then reads.
 */
// Stryker disable next-line BlockStatement: writeShortDecimal is a fast path; when it answers false, the general path writes the same row from the Decimal's words
function writeShortDecimal(column: ScaledColumn, row: number, value: unknown): boolean {
  // decimal.js clones share one prototype; a prototype test costs less than instanceof here
  // Stryker disable next-line StringLiteral: the test then sends every value to the general path, which writes the same row
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Decimal.prototype) return false;
  const { d: words, e: exponent, s: sign } = value as Decimal;
  // Stryker disable next-line UnaryOperator: a tighter bound only sends more Decimals to the general path, which writes the same row
  if (!Array.isArray(words) || words.length > 2 || exponent > maxResultExponent || exponent < -maxResultExponent) return false;
  const first = words[0] ?? 0;
  // Stryker disable next-line BlockStatement: a zero then reaches the zero-word test below and goes to the general path, which writes the same 0 × 10^0
  if (first === 0) {
    column.digits[row] = 0;
    column.exponents[row] = 0;
    forgetWide(column, row);
    // Stryker disable next-line BooleanLiteral: answering false makes the general path write the same 0 × 10^0 again
    return true;
  }
  // Trailing zeros come off the last word while it is a small integer: a modulo of a double of
  // 14 digits costs far more. decimal.js drops zero words, so the last word is not 0.
  // Stryker disable next-line LogicalOperator,ArithmeticOperator: a tail of 0 only sends the Decimal to the general path, which writes the same row
  let tail = words[words.length - 1] ?? 0;
  if (tail === 0) return false;
  let zeros = 0;
  while (tail % 10 === 0) {
    tail = (tail / 10) | 0;
    zeros += 1;
  }
  const digits = words.length === 1 ? tail : first * (decimalScales[7 - zeros] ?? Number.NaN) + tail;
  // e is the exponent of the first digit; the last one's is lower by the digits after it
  const firstLength = first < 10 ? 1 : first < 100 ? 2 : first < 1e3 ? 3 : first < 1e4 ? 4 : first < 1e5 ? 5 : first < 1e6 ? 6 : 7;
  const last = exponent - (firstLength - 1) - 7 * (words.length - 1) + zeros;
  column.digits[row] = sign * digits;
  column.exponents[row] = last;
  forgetWide(column, row);
  // Stryker disable next-line BooleanLiteral: answering false makes the general path write the same row again from the Decimal's words
  return true;
}

/**
 * Writes a value into a row of a scaled column, exactly: a number through its shortest decimal form
 * (as {@link toDecimal} reads it), a decimal string, or a Decimal. Only values of the library's
 * domain (what {@link toDecimal} accepts) are written; for anything else the row is left as it was
 * and the answer is false, so that the caller can ask the schema why.
 *
 * @param column - the column
 * @param row - the row to write
 * @param value - the value
 * @returns true when the value was written, false when it is not a value of the library's domain
 *
 * @example
 * // A number, a string with an exponent, and text that is not a number:
 * const column = createScaledColumn(3);
 * [writeScaled(column, 0, 0.1), writeScaled(column, 1, '2.5e3'), writeScaled(column, 2, 'n/a')];
 * //=> [true, true, false]
 * [readScaled(column, 0).toString(), readScaled(column, 1).toString()];
 * //=> ['0.1', '2500']
 */
export function writeScaled(column: ScaledColumn, row: number, value: unknown): boolean {
  // Stryker disable next-line StringLiteral,BlockStatement: a number then goes through checkDecimalInput, which reads it by String(value) with the same bounds, and the general path writes the same row
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) {
      let whole = value;
      let exponent = 0;
      while (whole !== 0 && whole % 10 === 0) {
        whole /= 10;
        exponent += 1;
      }
      column.digits[row] = whole === 0 ? 0 : whole;
      column.exponents[row] = exponent;
      forgetWide(column, row);
      return true;
    }
    if (!Number.isFinite(value)) return false;
    return writeShortNumber(column, row, value) || writeText(column, row, String(value));
  }
  // Stryker disable next-line StringLiteral: a text then goes through checkDecimalInput, which accepts the same texts with the same length limit and bounds, and the general path writes the same row
  if (typeof value === 'string') return value.length <= maxDecimalTextLength && writeText(column, row, value.trim());
  if (writeShortDecimal(column, row, value)) return true;
  const checked = checkDecimalInput(value);
  if (typeof checked === 'string') return false;
  // A Decimal holds base-1e7 words, the first without leading zeros; e is the exponent of its first digit.
  const words = checked.d;
  let text = String(words[0] ?? 0);
  for (let index = 1; index < words.length; index += 1) text += String(words[index] ?? 0).padStart(7, '0');
  return writeDigits(column, row, checked.isNegative(), text, checked.e - (text.length - 1), -maxResultExponent, maxResultExponent);
}

/**
 * The value of a row of a scaled column as a library Decimal, exactly (no rounding: every stored
 * digit is kept).
 *
 * @param column - the column
 * @param row - the row
 * @returns the value
 *
 * @example
 * // Back from 125 × 10^-1:
 * const column = createScaledColumn(1);
 * writeScaled(column, 0, '12.50');
 * readScaled(column, 0).toString();
 * //=> '12.5'
 */
export function readScaled(column: ScaledColumn, row: number): Decimal {
  const digits = column.digits[row] ?? 0;
  const exponent = column.exponents[row] ?? 0;
  if (Number.isNaN(digits)) return new Decimal(`${String(column.wide.get(row) ?? 0n)}e${String(exponent)}`);
  // a zero row has exponent 0
  if (exponent === 0) return new Decimal(digits);
  return new Decimal(`${String(digits)}e${String(exponent)}`);
}

/**
 * The digits of a row as a BigInt, at a power of ten at or below the row's own: the value is
 * `scaledDigits(column, row, exponent) × 10^exponent`, exactly.
 *
 * @param column - the column
 * @param row - the row
 * @param exponent - the power of ten to express the value in, at most `column.exponents[row]`
 * @returns the value in units of 10^exponent
 *
 * @example
 * // 12.5 in hundredths:
 * const column = createScaledColumn(1);
 * writeScaled(column, 0, '12.5');
 * scaledDigits(column, 0, -2);
 * //=> 1250n
 */
export function scaledDigits(column: ScaledColumn, row: number, exponent: number): bigint {
  const digits = column.digits[row] ?? 0;
  const whole = Number.isNaN(digits) ? (column.wide.get(row) ?? 0n) : BigInt(digits);
  const shift = (column.exponents[row] ?? 0) - exponent;
  if (shift < 0) throw new PlanningError('invalid-argument', `scaledDigits needs an exponent at or below the row's ${String(column.exponents[row] ?? 0)}; got ${String(exponent)}`);
  return shift === 0 ? whole : whole * powerOfTen(shift);
}
