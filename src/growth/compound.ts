import { Decimal, type DecimalInput, PlanningError, toDecimal, quoteText } from '../numeric/index.js';
import { HUNDRED, HUNDREDTH } from './rates.js';
import { compoundRate, nthRootWorking, toLibrary, toWorking } from './roots.js';

/** Checks a count of periods; `allowZero` for projections, where zero periods is the value itself. */
export function checkPeriods(periods: number, allowZero: boolean): void {
  const smallest = allowZero ? 0 : 1;
  if (!Number.isSafeInteger(periods) || periods < smallest) {
    throw new PlanningError(
      'invalid-argument',
      `periods must be ${allowZero ? 'a whole number of periods, 0 or more' : 'a whole number of periods, 1 or more'}; got ${String(periods)}`,
    );
  }
}

/** Why a compound rate between two values cannot be computed, or undefined when it can. */
export function compoundObstacle(first: Decimal, last: Decimal): 'zero-base' | 'opposite-signs' | undefined {
  if (first.isZero()) return 'zero-base';
  if (!last.isZero() && first.isNegative() !== last.isNegative()) return 'opposite-signs';
  return undefined;
}

function checkedCompoundRate(first: Decimal, last: Decimal, periods: number, firstName: string, lastName: string): Decimal {
  checkCompound(first, last, periods, firstName, lastName);
  return compoundRate(first, last, periods);
}

/** Throws unless a compound rate from `first` to `last` over `periods` exists. */
function checkCompound(first: Decimal, last: Decimal, periods: number, firstName: string, lastName: string): void {
  checkPeriods(periods, false);
  const obstacle = compoundObstacle(first, last);
  if (obstacle === 'zero-base') {
    throw new PlanningError(
      'division-by-zero',
      `compound growth needs a non-zero ${firstName}; got ${firstName} 0 (${lastName} ${last.toString()})`,
    );
  }
  if (obstacle === 'opposite-signs') {
    throw new PlanningError(
      'opposite-signs',
      `compound growth needs ${firstName} and ${lastName} of the same sign; got ${firstName} ${first.toString()} and ${lastName} ${last.toString()}`,
    );
  }
}

/**
 * Average growth per period between two values, in percent: the compound (geometric, end-point)
 * rate `((last / first)^(1 / periods) - 1) x 100`. For a plan period 2021-2025 the first value is
 * that of the base year 2020 and `periods` is 5, as the GSO computes *tốc độ tăng bình quân giai
 * đoạn*. Only the two end values count; see {@link averageAnnualGrowth} for a series with gaps and
 * {@link leastSquaresGrowth} for a rate that weighs every year.
 *
 * Values of the same negative sign give the rate of their magnitude.
 *
 * Accuracy: the result is within `1e-39 x max(100, |rate|)` of the exact rate, that is within
 * 1e-37 percentage points for a rate between -100% and 100%, and to 39 significant digits for a
 * larger one. The bound is on the scale of the index `100 + rate` (the root), not of the rate: a
 * rate very near zero has fewer significant digits of its own than 40, because the root is found
 * to about 50 digits and subtracting 1 from it cancels the leading ones (a rate of 8e-10% keeps
 * about 38). The same bound holds for every compound rate of the library:
 * {@link requiredAverageGrowth}, {@link averageAnnualGrowth}, {@link leastSquaresGrowth},
 * {@link rollingGrowthRates} over a span of several years and {@link requiredGrowthToTarget}.
 *
 * Source: World Bank, DEC statistical manual, "Growth rates" (compound growth
 * `(X_t / X_0)^(1/t) - 1`, the "end-point" rate); GSO national statistical indicator system
 * (HTCTTKQG), average growth over a period.
 *
 * @param first - the value at the start (the base year), not zero
 * @param last - the value at the end, of the same sign as `first` (or zero)
 * @param periods - the number of periods between them, a whole number, 1 or more
 * @returns the average growth per period in percent (8 means 8% a year)
 * @throws {@link PlanningError} `division-by-zero` when `first` is zero; `opposite-signs` when the
 * values have opposite signs; `invalid-argument` when `periods` is not a whole number of 1 or more;
 * `invalid-number` when a value is not a finite number
 *
 * @example
 * // Output 100 in 2020 and 146.9328 in 2025: average growth 2021-2025.
 * compoundGrowthRate(100, '146.9328', 5).toFixed(4);
 * //=> '8.0000'
 */
export function compoundGrowthRate(first: DecimalInput, last: DecimalInput, periods: number): Decimal {
  return checkedCompoundRate(toDecimal(first, 'first'), toDecimal(last, 'last'), periods, 'first value', 'last value');
}

/**
 * The average growth per period, in percent, that takes the latest actual value to a target in
 * the periods left: `((target / latest)^(1 / periods) - 1) x 100`. It answers the planner's
 * question "what growth do the remaining years need?" (for a plan 2021-2025 with 2023 the latest
 * actual, `periods` is 2).
 *
 * Source: the compound rate of the World Bank DEC statistical manual, "Growth rates", solved for
 * the rate; it is the required rate CAGR_T of the Statistics Canada / Open SDG progress measure.
 * Its accuracy is that of {@link compoundGrowthRate}: within `1e-39 x max(100, |rate|)`.
 *
 * @param latest - the latest actual value, not zero
 * @param target - the value to reach, of the same sign as `latest` (or zero)
 * @param periods - the periods left until the target, a whole number, 1 or more
 * @returns the required average growth per period in percent
 * @throws {@link PlanningError} `division-by-zero` when `latest` is zero; `opposite-signs` when the
 * values have opposite signs; `invalid-argument` when `periods` is not a whole number of 1 or more;
 * `invalid-number` when a value is not a finite number
 *
 * @example
 * // Revenue 365 now; 500 wanted in two years. What growth a year does that need?
 * round(requiredAverageGrowth(365, 500, 2), 2).toString();
 * //=> '17.04'
 */
export function requiredAverageGrowth(latest: DecimalInput, target: DecimalInput, periods: number): Decimal {
  return checkedCompoundRate(toDecimal(latest, 'latest'), toDecimal(target, 'target'), periods, 'latest value', 'target');
}

/**
 * Projects a value forward at a constant growth rate: `value x (1 + rate / 100)^periods`. With
 * the rate from {@link compoundGrowthRate} it returns the end value; with the rate from
 * {@link requiredAverageGrowth} it reaches the target. The power is a whole number, so the result
 * is exact up to the library's 40 significant digits.
 *
 * @param value - the value to start from
 * @param rate - the growth rate per period in percent (5.6 means 5.6%)
 * @param periods - how many periods ahead, a whole number, 0 or more
 * @returns the projected value
 * @throws {@link PlanningError} `invalid-argument` when `periods` is not a whole number of 0 or
 * more; `invalid-number` when a value is not a finite number
 *
 * @example
 * // Output of 4,000 billion growing 5.6% a year for two years:
 * projectValue(4000, '5.6', 2).toString();
 * //=> '4460.544'
 */
export function projectValue(value: DecimalInput, rate: DecimalInput, periods: number): Decimal {
  const start = toDecimal(value, 'value');
  const factor = toDecimal(rate, 'rate').plus(HUNDRED).times(HUNDREDTH);
  checkPeriods(periods, true);
  return start.times(factor.pow(periods));
}

/** Exact sums and products of library values before the one division of a ratio (see below). */
const Exact = Decimal.clone({ precision: 200 });

/**
 * The fulfilment ratio of a growth target, `(100 + g) / (100 + T)` (or its mirror
 * `2 − (100 + g) / (100 + T)` when lower growth is better), where g is the growth from `first` to
 * `last`: over one period the growth rate itself, over several the end-point average annual growth
 * `((last / first)^(1 / periods) − 1) × 100` that the GSO uses for a plan range ("tốc độ tăng bình
 * quân giai đoạn"). It is the plan fulfilment of the development index, computed from the two end
 * values with one rounding: over one period the ratio is the single fraction
 * `100·|last| / (|first|·(100 + T))`, exact to the last of the library's 40 digits; over several
 * periods the n-th root is taken at 50 digits and the ratio rounded once to 40. Rounding g first and
 * dividing again (as `(100 + round(g)) / (100 + T)`) would get the last digit wrong in about a third
 * of cases.
 *
 * Source: GSO, relative plan-fulfilment ratio of the development index (see
 * {@link compoundGrowthRate} for the average).
 *
 * @param first - the value of the base period, not zero
 * @param last - the value at the end, of the same sign as `first` (or zero)
 * @param periods - the periods from `first` to `last`, a whole number, 1 or more (5 for 2021–2025 from 2020)
 * @param targetRate - the target growth per period in percent, other than −100
 * @param direction - `increasing` (default) when higher growth is better, `decreasing` when lower is
 * @returns the fulfilment ratio (1 = exactly the target rate)
 * @throws {@link PlanningError} `division-by-zero` when `first` is zero or the target is −100%;
 * `opposite-signs` for values of opposite signs; `invalid-argument` for a bad count of periods or
 * direction; `invalid-number` when a value is not a finite number
 *
 * @example
 * // Output 4,050 tỷ in 2020 and 5,436 tỷ in 2024 against "7% a year" over 2021–2024:
 * round(averageGrowthFulfilmentRatio(4050, 5436, 4, 7), 6).toString();
 * //=> '1.005941'
 *
 * @example
 * // One year: 106.1 against 105.6 is one fraction, 1061/1056:
 * averageGrowthFulfilmentRatio(100, '106.1', 1, '5.6').equals(new Decimal(1061).div(1056));
 * //=> true
 */
export function averageGrowthFulfilmentRatio(
  first: DecimalInput,
  last: DecimalInput,
  periods: number,
  targetRate: DecimalInput,
  direction: 'increasing' | 'decreasing' = 'increasing',
): Decimal {
  const base = toDecimal(first, 'first');
  const end = toDecimal(last, 'last');
  const planned = toDecimal(targetRate, 'targetRate').plus(HUNDRED);
  const named: string = direction;
  if (named !== 'increasing' && named !== 'decreasing') {
    throw new PlanningError('invalid-argument', `direction must be increasing or decreasing; got ${quoteText(direction)}`);
  }
  checkCompound(base, end, periods, 'first value', 'last value');
  if (planned.isZero()) throw new PlanningError('division-by-zero', 'a growth target of -100% leaves nothing to fulfil');
  // The ratio is a/t or (2t − a)/t, whichever keeps a worse growth scoring lower (as attainmentRatio).
  const mirrored = (direction === 'increasing') !== planned.isPositive();
  if (periods === 1 || end.isZero()) {
    // a / t = 100·|last| / (|first|·(100 + T)): numerator and denominator exact, one division.
    const a = new Exact(end.abs()).times(HUNDRED);
    const t = new Exact(base.abs()).times(planned);
    return new Decimal(mirrored ? t.times(2).minus(a) : a).div(t);
  }
  const index = nthRootWorking(toWorking(end.abs()).div(base.abs()), periods).times(HUNDRED);
  const t = toWorking(planned);
  return toLibrary((mirrored ? t.times(2).minus(index) : index).div(t));
}
