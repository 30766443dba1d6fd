/*
 * Decimals as BigInt digits and back, for the integer arithmetic of compound rates (roots.ts):
 * the digits of a Decimal as a whole number and a power of ten, cached powers of ten, and a scaled
 * BigInt read back as a Decimal rounded like decimal.js (40 significant digits, half away from zero).
 */
import { Decimal } from '../numeric/index.js';

const HUNDRED = new Decimal(100);

const ZERO = new Decimal(0);

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

/**
 * dividend / divisor x 10^shift, rounded once to the library's 40 significant digits, half away
 * from zero. decimal.js divides here: a BigInt quotient of the digits gave the same value but saved
 * little time and cost memory in the growth benchmark. The divisor must not be zero; callers check it.
 */
export function quotient(dividend: Decimal, divisor: Decimal, shift = 0): Decimal {
  if (dividend.isZero()) return ZERO;
  const result = dividend.div(divisor);
  if (shift === 0) return result;
  return result.times(shift === 2 ? HUNDRED : new Decimal(10).pow(shift));
}
