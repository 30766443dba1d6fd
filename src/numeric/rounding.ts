import { quoteText } from './describe.js';
import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal, type DecimalInput, toDecimal } from './decimal.js';
import { PlanningError } from './errors.js';

/**
 * A named rule for rounding to a number of decimal places.
 *
 * - `half-away-from-zero` (default): 2.25 → 2.3 and -2.25 → -2.3. The rule of Vietnamese official
 *   reports and of school arithmetic, and `Intl.NumberFormat`'s default (`halfExpand`).
 * - `half-even` (banker's rounding): 2.25 → 2.2, 2.35 → 2.4; unbiased over many values.
 * - `half-up`: ties toward +∞ (-2.25 → -2.2).
 * - `toward-zero` (truncate), `away-from-zero`, `floor` (toward -∞), `ceiling` (toward +∞).
 *
 * @example
 * // The same tie under two rules:
 * [round('2.25', 1).toString(), round('2.25', 1, 'half-even').toString()];
 * //=> ['2.3', '2.2']
 */
export type RoundingRule =
  | 'half-away-from-zero'
  | 'half-even'
  | 'half-up'
  | 'toward-zero'
  | 'away-from-zero'
  | 'floor'
  | 'ceiling';

/** Every {@link RoundingRule}, in documentation order. */
export const roundingRules: readonly RoundingRule[] = Object.freeze([
  'half-away-from-zero',
  'half-even',
  'half-up',
  'toward-zero',
  'away-from-zero',
  'floor',
  'ceiling',
]);

const decimalJsMode: Readonly<Record<RoundingRule, DecimalJs.Rounding>> = {
  'half-away-from-zero': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_CEIL,
  'toward-zero': Decimal.ROUND_DOWN,
  'away-from-zero': Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceiling: Decimal.ROUND_CEIL,
};

/**
 * Rounds a value to a number of decimal places under a named rule. Negative `digits` round to tens,
 * hundreds and so on (`digits = -3` rounds to thousands).
 *
 * Rounding is for presentation: compute with unrounded values and round once, at the end.
 *
 * @param value - the value to round
 * @param digits - decimal places to keep; an integer, negative to round left of the point
 * @param rule - the rounding rule; half away from zero unless stated
 * @returns the rounded value
 * @throws {@link PlanningError} `invalid-number` if `value` is not a finite number;
 * `invalid-argument` if `digits` is not an integer or `rule` is unknown
 *
 * @example
 * // A growth rate of 5.649% reported to one decimal:
 * round('5.649', 1).toString();
 * //=> '5.6'
 *
 * @example
 * // Budget revenue to the nearest billion (digits -9):
 * round('1234567890123', -9).toString();
 * //=> '1235000000000'
 */
export function round(value: DecimalInput, digits: number, rule: RoundingRule = 'half-away-from-zero'): Decimal {
  const decimal = toDecimal(value);
  if (!Number.isSafeInteger(digits)) {
    throw new PlanningError('invalid-argument', `digits must be an integer; got ${String(digits)}`);
  }
  const mode = decimalJsMode[rule] as DecimalJs.Rounding | undefined;
  if (mode === undefined) {
    throw new PlanningError(
      'invalid-argument',
      `unknown rounding rule ${quoteText(rule)}; expected one of ${roundingRules.join(', ')}`,
    );
  }
  if (digits >= 0) return decimal.toDecimalPlaces(digits, mode);
  const scale = new Decimal(10).pow(-digits);
  return decimal.div(scale).toDecimalPlaces(0, mode).times(scale);
}
