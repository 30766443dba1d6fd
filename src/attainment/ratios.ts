import { Decimal, type DecimalInput, PlanningError, toDecimal, quoteText } from '../numeric/index.js';
import { Exact } from './exact.js';

/**
 * The direction in which a quantity is better: up (`increasing`) or down (`decreasing`).
 *
 * @example
 * // A poverty rate target is decreasing:
 * const direction: Direction = 'decreasing';
 * direction;
 * //=> 'decreasing'
 */
export type Direction = 'increasing' | 'decreasing';

const zero = new Decimal(0);
const one = new Decimal(1);

/**
 * The attainment ratio of an actual value against a target, correct for zero and negative targets
 * (1 means 100%, the target exactly met). The general form published by Infor CPM Strategy
 * Management ("Performance calculation", docs.infor.com/cpm/10.4.x):
 *
 * | direction | T ≠ 0 | T = 0 |
 * |---|---|---|
 * | increasing | (A − T + abs(T)) / abs(T), which is A / T when T > 0 | 1 + A |
 * | decreasing | 1 − (A − T) / abs(T), which is 2 − A / T when T > 0 | 1 − A |
 *
 * The plain ratio A / T inverts for negative targets (a worse actual scores higher); this form does not.
 * Algebraically it is A / T when the direction is increasing and T > 0 or decreasing and T < 0, and
 * 2 − A / T otherwise; it is computed that way, with a single division.
 *
 * @param actual - the actual value A
 * @param target - the target value T, in the same unit
 * @param direction - `increasing` when more is better, `decreasing` when less is better
 * @returns the ratio (1 = 100%); not capped (see {@link capRatio})
 * @throws {@link PlanningError} `invalid-number` for a value that is not a finite number;
 *   `invalid-argument` for an unknown direction
 *
 * @example
 * // Income per person 43.2 against a target of 45 (methods notes §9):
 * attainmentRatio(43.2, 45, 'increasing').toString();
 * //=> '0.96'
 *
 * @example
 * // A poverty rate of 3.6% against a ceiling of 3% scores 80%:
 * attainmentRatio(3.6, 3, 'decreasing').toString();
 * //=> '0.8'
 */
export function attainmentRatio(actual: DecimalInput, target: DecimalInput, direction: Direction): Decimal {
  const a = toDecimal(actual, 'actual');
  const t = toDecimal(target, 'target');
  const named: string = direction;
  if (named !== 'increasing' && named !== 'decreasing') {
    throw new PlanningError('invalid-argument', `direction must be increasing or decreasing; got ${quoteText(direction)}`);
  }
  if (t.isZero()) return direction === 'increasing' ? one.plus(a) : one.minus(a);
  // For T ≠ 0 the general form reduces exactly to A / T or (2T − A) / T (which one depends on the
  // direction and the sign of T): one fraction whose numerator is exact, one division, one rounding.
  const ratio = (direction === 'increasing') === t.isPositive() ? a.div(t) : new Decimal(new Exact(t).times(2).minus(a)).div(t);
  return ratio.isZero() ? zero : ratio; // 0 / −50 is −0 in decimal.js; the library never returns −0
}

/**
 * Progress from a baseline toward a target, `(A − B) / (T − B)`: 0 at the baseline, 1 at the target,
 * above 1 beyond it, negative when the value moved away. It works in either direction. This is the
 * ESCAP-style current status and SAP's baseline-relative achievement; it is the right measure for
 * "2 more communes" (B = 10, T = 12, A = 11 gives 0.5, where A / T would say 0.917).
 *
 * @param actual - the actual value A
 * @param base - the baseline value B
 * @param target - the target value T
 * @returns the share of the planned change achieved
 * @throws {@link PlanningError} `division-by-zero` when the target equals the baseline (no change was planned)
 *
 * @example
 * // 11 communes meet the standard, from 10, against a target of 12:
 * progressFromBaseline(11, 10, 12).toString();
 * //=> '0.5'
 */
export function progressFromBaseline(actual: DecimalInput, base: DecimalInput, target: DecimalInput): Decimal {
  const a = toDecimal(actual, 'actual');
  const b = toDecimal(base, 'base');
  const t = toDecimal(target, 'target');
  const planned = t.minus(b);
  if (planned.isZero()) {
    throw new PlanningError(
      'division-by-zero',
      `progress from a baseline needs a target different from the baseline; both are ${b.toString()}`,
    );
  }
  return a.minus(b).div(planned);
}

/**
 * The gap between an actual value and its target, `A − T`, in the indicator's unit (for a rate, in
 * percentage points). Positive means above the target, whatever the direction.
 *
 * @param actual - the actual value
 * @param target - the target value
 * @returns A − T
 *
 * @example
 * // An urbanisation rate of 14.2% against 15%: 0.8 percentage points short:
 * gapToTarget(14.2, 15).toString();
 * //=> '-0.8'
 */
export function gapToTarget(actual: DecimalInput, target: DecimalInput): Decimal {
  return toDecimal(actual, 'actual').minus(toDecimal(target, 'target'));
}

/**
 * Bounds for an attainment ratio: no lower than `min`, no higher than `max`.
 *
 * @example
 * // Do not reward over-achievement:
 * const bounds: RatioBounds = { max: 1 };
 * capRatio('1.2', bounds).toString();
 * //=> '1'
 */
export interface RatioBounds {
  /** The lowest ratio kept (for example 0). */
  readonly min?: DecimalInput;
  /** The highest ratio kept (for example 1, that is 100%). */
  readonly max?: DecimalInput;
}

/**
 * Caps a ratio within bounds, for scorecards that do not reward over-achievement (`max` 1) or do not
 * punish beyond a floor (`min` 0).
 *
 * @param ratio - the ratio
 * @param bounds - `min` and/or `max`
 * @returns the ratio, clamped
 * @throws {@link PlanningError} `invalid-argument` when min exceeds max
 *
 * @example
 * // A hardened-road share of 80.5% against 79% scores 101.9%, capped at 100%:
 * capRatio(attainmentRatio(80.5, 79, 'increasing'), { max: 1 }).toString();
 * //=> '1'
 */
export function capRatio(ratio: DecimalInput, bounds: RatioBounds): Decimal {
  const value = toDecimal(ratio, 'ratio');
  const min = bounds.min === undefined ? undefined : toDecimal(bounds.min, 'min');
  const max = bounds.max === undefined ? undefined : toDecimal(bounds.max, 'max');
  if (min !== undefined && max !== undefined && min.greaterThan(max)) {
    throw new PlanningError('invalid-argument', `min (${min.toString()}) must not exceed max (${max.toString()})`);
  }
  if (max !== undefined && value.greaterThan(max)) return max;
  if (min !== undefined && value.lessThan(min)) return min;
  return value;
}

/**
 * The relative plan-task ratio (số tương đối nhiệm vụ kế hoạch), `plan / base`: how much the plan asks
 * for against the base period. With {@link planFulfilmentRatio} it satisfies the textbook identity of
 * Vietnamese economic statistics: plan task × plan fulfilment = development index (actual / base).
 *
 * @param plan - the planned value
 * @param base - the value of the base period
 * @returns plan / base
 * @throws {@link PlanningError} `division-by-zero` for a zero base
 *
 * @example
 * // Planned 112, base 100: the plan asks for 12% more:
 * planTaskRatio(112, 100).toString();
 * //=> '1.12'
 */
export function planTaskRatio(plan: DecimalInput, base: DecimalInput): Decimal {
  const b = toDecimal(base, 'base');
  if (b.isZero()) throw new PlanningError('division-by-zero', 'the plan-task ratio needs a non-zero base value');
  return toDecimal(plan, 'plan').div(b);
}

/**
 * The relative plan-fulfilment ratio (số tương đối hoàn thành kế hoạch), `actual / plan`: "đạt X% kế
 * hoạch" is this ratio × 100.
 *
 * @param actual - the actual value
 * @param plan - the planned value
 * @returns actual / plan
 * @throws {@link PlanningError} `division-by-zero` for a zero plan
 *
 * @example
 * // Budget revenue 498.3 tỷ against a 743.7 tỷ estimate: 67% of plan:
 * planFulfilmentRatio('498.3', '743.7').times(100).toFixed(0);
 * //=> '67'
 */
export function planFulfilmentRatio(actual: DecimalInput, plan: DecimalInput): Decimal {
  const p = toDecimal(plan, 'plan');
  if (p.isZero()) throw new PlanningError('division-by-zero', 'the plan-fulfilment ratio needs a non-zero plan value');
  return toDecimal(actual, 'actual').div(p);
}

/**
 * The fulfilment of a growth target, as plan fulfilment of the development index:
 * `(100 + g_actual) / (100 + g_target)`, with both rates in percent. Actual growth 6.1% against a
 * target of 5.6% gives 106.1 / 105.6 = 1.0047 (100.47%); the ratio of the rates themselves (6.1 / 5.6)
 * is a different, non-standard measure.
 *
 * @param actualGrowth - the actual growth rate, in percent
 * @param targetGrowth - the target growth rate, in percent
 * @returns the fulfilment ratio (1 = exactly on target)
 * @throws {@link PlanningError} `division-by-zero` for a target of −100%
 *
 * @example
 * // Budget revenue grew 9% against a 12% target:
 * growthFulfilmentRatio(9, 12).toFixed(4);
 * //=> '0.9732'
 */
export function growthFulfilmentRatio(actualGrowth: DecimalInput, targetGrowth: DecimalInput): Decimal {
  const planned = toDecimal(targetGrowth, 'targetGrowth').plus(100);
  if (planned.isZero()) throw new PlanningError('division-by-zero', 'a growth target of -100% leaves nothing to fulfil');
  return toDecimal(actualGrowth, 'actualGrowth').plus(100).div(planned);
}
