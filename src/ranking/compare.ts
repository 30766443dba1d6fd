import type { Decimal } from '../numeric/index.js';

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
