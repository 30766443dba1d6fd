import { type Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';
import { HUNDRED } from './rates.js';

/**
 * The ESCAP-style current status: how much of the distance from the base to the target has been
 * covered, in percent: `(current - base) / (target - base) x 100`. 100 means the target is reached,
 * 0 no change since the base, a negative value regression, above 100 the target exceeded. The
 * denominator carries the direction, so it works for indicators that should fall as well as rise.
 * It is not clamped; clamp to 0-100 for a "progress made" bar.
 *
 * Source: UN ESCAP, *Asia-Pacific SDG Progress Report*, progress assessment methodology
 * (data.unescap.org), Current Status Index ("how much progress has been made since 2015?"); the
 * per-indicator formula as implemented in UNICEF MENARO's ESCAP-based assessment
 * (`spalmas/SDG-MENARO`, 03_progress_assessment), which scales it to 10 and signs it by the desired
 * direction.
 *
 * @param base - the value in the base year
 * @param current - the latest value
 * @param target - the target value, different from the base
 * @returns the share of the required change made, in percent
 * @throws {@link PlanningError} `division-by-zero` when the target equals the base;
 * `invalid-number` when an argument is not a finite number
 *
 * @example
 * // Poverty rate 12% at the base, 9% now, 4% targeted: how much of the way is covered?
 * currentStatusIndex(12, 9, 4).toString();
 * //=> '37.5'
 */
export function currentStatusIndex(base: DecimalInput, current: DecimalInput, target: DecimalInput): Decimal {
  const start = toDecimal(base, 'base');
  const now = toDecimal(current, 'current');
  const goal = toDecimal(target, 'target');
  const distance = goal.minus(start);
  if (distance.isZero()) {
    throw new PlanningError(
      'division-by-zero',
      `current status needs a target different from the base; got base and target both ${start.toString()}`,
    );
  }
  return now.minus(start).times(HUNDRED).div(distance);
}
