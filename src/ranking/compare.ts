import { Decimal as DecimalClass, type Decimal, maxResultExponent } from '../numeric/index.js';

/**
 * Compares two finite Decimals exactly: negative when `x < y`, 0 when equal, positive when `x > y`.
 *
 * The algorithm of decimal.js's own `cmp`, on the documented read-only properties `s` (sign), `e`
 * (exponent) and `d` (digits in base 1e7), but without the copy of `y` that `cmp` makes on every call:
 * sorting thousands of values calls it tens of thousands of times, and the copy was most of the cost.
 * Both values must be finite (everything `toDecimal` returns is).
 *
 * @internal
 */
export function compareDecimals(x: Decimal, y: Decimal): number {
  const xd = x.d;
  const yd = y.d;
  const xs = x.s;
  const ys = y.s;
  const xLead = xd[0] ?? 0;
  const yLead = yd[0] ?? 0;
  // Either zero? (Zero is stored as d = [0], with either sign.)
  if (xLead === 0 || yLead === 0) return xLead !== 0 ? xs : yLead !== 0 ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return (x.e > y.e) !== (xs < 0) ? 1 : -1;
  const shorter = Math.min(xd.length, yd.length);
  for (let index = 0; index < shorter; index += 1) {
    const xDigits = xd[index] ?? 0;
    const yDigits = yd[index] ?? 0;
    if (xDigits !== yDigits) return (xDigits > yDigits) !== (xs < 0) ? 1 : -1;
  }
  if (xd.length === yd.length) return 0;
  return (xd.length > yd.length) !== (xs < 0) ? 1 : -1;
}

/**
 * The largest relative gap between two {@link approximateDecimal} keys that may still hide an exact
 * order opposite to theirs. The keys err by less than 2e-14 of the value (15 or more leading digits
 * kept, a few roundings), so a gap above 1e-12 of their size is certainly the order of the values.
 */
const nearTie = 1e-12;

/** 10^0 to 10^22, every one exact in a double; read from a table, a third faster per key than `**`. */
const smallPowersOfTen: readonly number[] = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

/**
 * A double close to a finite Decimal (within 2e-14 of its size), read from its digits without a
 * string; `NaN` when its exponent is beyond where doubles keep that precision (|e| > 280), so that
 * every comparison involving it is decided exactly by {@link compareDecimals}.
 *
 * @internal
 */
export function approximateDecimal(x: Decimal): number {
  const digits = x.d;
  const lead = digits[0] ?? 0;
  if (lead === 0) return 0;
  if (x.e > 280 || x.e < -280) return Number.NaN;
  // Up to three words of seven digits: at least 15 leading digits, the rest cut off (toward zero).
  const words = Math.min(digits.length, 3);
  let mantissa = lead;
  for (let index = 1; index < words; index += 1) mantissa = mantissa * 1e7 + (digits[index] ?? 0);
  const leadDigits = lead >= 1e6 ? 7 : lead >= 1e5 ? 6 : lead >= 1e4 ? 5 : lead >= 1e3 ? 4 : lead >= 100 ? 3 : lead >= 10 ? 2 : 1;
  const scale = x.e - (leadDigits - 1) - 7 * (words - 1);
  const power = smallPowersOfTen[Math.abs(scale)] ?? 10 ** Math.abs(scale);
  const size = scale >= 0 ? mantissa * power : mantissa / power;
  return x.s < 0 ? -size : size;
}

/**
 * The order of two values as their {@link approximateDecimal} keys show it when these are far enough
 * apart to be certain (1 or -1, the sign of the exact comparison); 0 when they are equal, near-equal,
 * or not comparable (`NaN`), where only {@link compareDecimals} can decide.
 *
 * @internal
 */
export function orderByKeys(firstKey: number, secondKey: number): number {
  const gap = firstKey - secondKey;
  const margin = nearTie * (Math.abs(firstKey) + Math.abs(secondKey));
  return gap > margin ? 1 : -gap > margin ? -1 : 0;
}

/**
 * The double nearest to a finite Decimal (correctly rounded, so that two values whose keys differ
 * are ordered as their keys are: rounding to nearest never reverses an order), or `NaN` when that
 * is not certain: more than three words of digits, a whole number of digits beyond 2^53, or a power
 * of ten beyond 10^22 (not exact in a double). Equal keys may still hide different values.
 *
 * @internal
 */
export function roundedDecimal(x: Decimal): number {
  const digits = x.d;
  const lead = digits[0] ?? 0;
  if (lead === 0) return 0;
  const words = digits.length;
  if (words > 3) return Number.NaN;
  let mantissa = lead;
  // Every step is exact while the whole number stays below 2^53, and a larger one is seen as larger.
  for (let index = 1; index < words; index += 1) mantissa = mantissa * 1e7 + (digits[index] ?? 0);
  if (mantissa > Number.MAX_SAFE_INTEGER) return Number.NaN;
  const leadDigits = lead >= 1e6 ? 7 : lead >= 1e5 ? 6 : lead >= 1e4 ? 5 : lead >= 1e3 ? 4 : lead >= 100 ? 3 : lead >= 10 ? 2 : 1;
  const scale = x.e - (leadDigits - 1) - 7 * (words - 1);
  const power = smallPowersOfTen[scale < 0 ? -scale : scale];
  if (power === undefined) return Number.NaN;
  // One operation on two exact doubles: correctly rounded.
  const size = scale >= 0 ? mantissa * power : mantissa / power;
  return x.s < 0 ? -size : size;
}

/**
 * Whether a value is a Decimal of the library's own clone that {@link toDecimal} returns as it is
 * (finite, not a negative zero, an exponent within the result bound, at most 49 significant digits):
 * the usual input of a batch, taken without the checks that cost as much as the ranking itself.
 * Anything else goes through `toDecimal`, which gives the same answer for these.
 *
 * @internal
 */
export function isOwnDecimalInDomain(value: unknown): value is Decimal {
  // decimal.js gives every instance its own `constructor` property, the clone that made it; reading
  // it costs a tenth of an `instanceof`, whose prototype walk was as much as the rest of a batch's
  // read of a value. (decimal.js itself takes any object with its tag as a Decimal.)
  if (typeof value !== 'object' || value === null || (value as { constructor?: unknown }).constructor !== DecimalClass) return false;
  const decimal = value as Decimal;
  const digits = decimal.d as readonly number[] | null;
  if (digits === null || digits.length > 7) return false;
  if (digits[0] === 0) return decimal.s > 0;
  return decimal.e <= maxResultExponent && decimal.e >= -maxResultExponent;
}
