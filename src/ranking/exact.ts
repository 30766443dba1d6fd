/*
 * Exact rational arithmetic in BigInt for the batch composite path: a Decimal read as a whole number
 * at a chosen power of ten, and the one rounded division that turns an exact quotient of whole
 * numbers back into a library Decimal.
 *
 * The rounded division and the powers of ten are the numeric domain's (roundedQuotient, powerOfTen).
 */
import { Decimal, powerOfTen as tenTo, roundedQuotient } from '../numeric/index.js';

export { roundedQuotient };

/** 10⁰ to 10⁷: the scale of a first word before a last word of that many digits. */
const wordScales: readonly number[] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000];

/** How many decimal digits a base-1e7 word of decimal.js has (1 to 7). */
function wordLength(word: number): number {
  if (word < 1e3) return word < 10 ? 1 : word < 100 ? 2 : 3;
  return word < 1e4 ? 4 : word < 1e5 ? 5 : word < 1e6 ? 6 : 7;
}

/**
 * The power of ten of the last significant digit of a finite Decimal (0 for zero): 1.25 gives −2,
 * 300 gives 2. Every multiple of this power of ten is a whole number of the value's units.
 */
export function lastDigitExponent(value: Decimal): number {
  const words = value.d;
  const first = words[0] ?? 0;
  if (first === 0) return 0;
  const last = words[words.length - 1] ?? 1;
  // decimal.js pads the last word with zeros to 7 digits; those are not significant.
  let trailing = 0;
  if (words.length > 1) for (let rest = last; rest % 10 === 0; rest /= 10) trailing += 1;
  else for (let rest = first; rest % 10 === 0; rest /= 10) trailing += 1;
  return value.e - (wordLength(first) - 1) - 7 * (words.length - 1) + trailing;
}

/**
 * A finite Decimal as a whole number of units of 10^exponent: value / 10^exponent, exactly. The
 * exponent must be at most {@link lastDigitExponent} of the value.
 */
export function scaledInteger(value: Decimal, exponent: number): bigint {
  const words = value.d;
  const first = words[0] ?? 0;
  if (first === 0) return 0n;
  // The words as one whole number, whose last digit has this power of ten.
  const wholeExponent = value.e - (wordLength(first) - 1) - 7 * (words.length - 1);
  let whole: bigint;
  if (words.length === 1) whole = BigInt(first);
  else if (words.length === 2) whole = BigInt(first * 1e7 + (words[1] ?? 0));
  else {
    whole = BigInt(first);
    for (let index = 1; index < words.length; index += 1) whole = whole * 10_000_000n + BigInt(words[index] ?? 0);
  }
  const shift = wholeExponent - exponent;
  if (shift > 0) whole *= tenTo(shift);
  else if (shift < 0) whole /= tenTo(-shift);
  return value.s < 0 ? -whole : whole;
}

/**
 * A finite Decimal of at most 14 significant digits (two decimal.js words) as a signed whole number
 * of units of its last digit, that power of ten written to `exponents[at]`; NaN, with nothing
 * written, for a longer value. Lets the batch path do most per-value work in exact small integers.
 */
export function readWhole(value: Decimal, exponents: Int16Array | Int32Array, at: number): number {
  const words = value.d;
  const first = words[0] ?? 0;
  if (words.length > 2) return Number.NaN;
  if (first === 0) {
    exponents[at] = 0;
    return 0;
  }
  // Trailing zeros are stripped from the last word alone (decimal.js pads it to seven digits), in
  // three steps of small-integer arithmetic: a remainder per zero, or a floating one, cost as much as
  // the rest of a batch's read of a value. A last word has at most six trailing zeros; were one of 0
  // given (decimal.js never stores one), the seven stripped would leave the first word at its power.
  const two = words.length === 2;
  let last = two ? (words[1] ?? 1) : first;
  let trailing = 0;
  if (last % 10_000 === 0) {
    last /= 10_000;
    trailing = 4;
  }
  if (last % 100 === 0) {
    last /= 100;
    trailing += 2;
  }
  if (last % 10 === 0) {
    last /= 10;
    trailing += 1;
  }
  const whole = two ? first * (wordScales[7 - trailing] ?? 1) + last : last;
  const exponent = value.e - (wordLength(first) - 1) - (two ? 7 : 0) + trailing;
  exponents[at] = exponent;
  return value.s < 0 ? -whole : whole;
}

