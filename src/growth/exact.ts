/*
 * Decimals as BigInt digits and back, for the integer arithmetic of compound rates (roots.ts):
 * the digits of a Decimal as a whole number and a power of ten, cached powers of ten, and a scaled
 * BigInt read back as a Decimal rounded like decimal.js (40 significant digits, half away from zero).
 */
import { Decimal } from '../numeric/index.js';

const TEN = 10n;

// Powers of ten by exponent, made on first use: the exponents that occur are few and small.
const powersOfTen: bigint[] = [1n];
const POWER_CACHE_LIMIT = 4000;

/** 10^exponent as a BigInt, for exponent 0 or more. */
export function powerOfTen(exponent: number): bigint {
  const cached = powersOfTen[exponent];
  if (cached !== undefined) return cached;
  if (exponent > POWER_CACHE_LIMIT) return TEN ** BigInt(exponent);
  for (let next = powersOfTen.length; next <= exponent; next += 1) powersOfTen.push((powersOfTen[next - 1] ?? 1n) * TEN);
  return powersOfTen[exponent] ?? TEN ** BigInt(exponent);
}

/** The magnitude of a finite non-zero Decimal as whole digits and a power of ten: |value| = digits x 10^exponent. */
export interface IntegerParts {
  /** The significant digits as a whole number. */
  readonly digits: bigint;
  /** How many digits `digits` has. */
  readonly length: number;
  /** The power of ten of the last digit. */
  readonly exponent: number;
}

/** The magnitude of a finite non-zero Decimal as an integer and a power of ten. */
export function integerParts(value: Decimal): IntegerParts {
  // d holds base-1e7 words, the first without leading zeros, and e is the exponent of its first digit
  let text = String(value.d[0] ?? 0);
  for (let index = 1; index < value.d.length; index += 1) text += String(value.d[index] ?? 0).padStart(7, '0');
  return { digits: BigInt(text), length: text.length, exponent: value.e - (text.length - 1) };
}

/** value x 10^exponent as a library Decimal, rounded half away from zero to the library's precision. */
export function decimalFromScaled(value: bigint, exponent: number): Decimal {
  const negative = value < 0n;
  let digits = String(negative ? -value : value);
  let scale = exponent;
  const precision = Decimal.precision;
  if (digits.length > precision) {
    let kept = BigInt(digits.slice(0, precision));
    // the first dropped digit decides; a tie (5 then zeros) goes away from zero, the library's rule
    if (digits.charCodeAt(precision) >= 53) kept += 1n;
    scale += digits.length - precision;
    digits = String(kept);
  }
  return new Decimal(`${negative ? '-' : ''}${digits}e${String(scale)}`);
}
