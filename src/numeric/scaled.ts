/*
 * Exact scaled integers: the fast exact representation that batch paths use instead of Decimal
 * arithmetic. A value is a BigInt of digits and a power of ten; it turns back into a library Decimal
 * with one rounding, half away from zero, to the library's 40 significant digits.
 */
import { Decimal } from './decimal.js';

// Powers of ten up to this exponent are kept once made: the exponents that occur are few and small.
const cachedPowers = 400;
const powers: bigint[] = [1n];

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
  if (exponent > cachedPowers) return 10n ** BigInt(exponent);
  for (let next = powers.length; next <= exponent; next += 1) powers.push((powers[next - 1] ?? 1n) * 10n);
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
  const negative = (numerator < 0n) !== (denominator < 0n);
  const top = numerator < 0n ? -numerator : numerator;
  const bottom = denominator < 0n ? -denominator : denominator;
  // Enough digits that the truncated quotient has one beyond the 40 kept: that digit is the true
  // value's, and it decides the rounding.
  const extra = Math.max(0, Decimal.precision + 1 + String(bottom).length - String(top).length);
  const whole = (top * powerOfTen(extra)) / bottom;
  return decimalFromScaled(negative ? -whole : whole, exponent - extra);
}
