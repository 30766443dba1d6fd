import { type Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';
import { compoundObstacle } from './compound.js';
import { HUNDRED } from './rates.js';
import type { GrowthReason } from './reasons.js';
import { WORKING_ONE, compoundRate, nthRootWorking, toLibrary, toWorking } from './roots.js';
import { type ReadSeries, type YearSeries, checkYear, indexOfYear, readYearSeries } from './series.js';

/**
 * The range of years for an average growth rate: a plan range such as 2021-2025. Its base is the
 * year before its first year (2020 for 2021-2025), as the GSO computes the average over a plan
 * period; the rate covers `lastYear - firstYear + 1` years of growth.
 */
export interface GrowthRange {
  /**
   * The first year of growth in the range; the base year is the year before it. Default: the year
   * after the first year listed in the series (so the first listed year is the base).
   */
  readonly firstYear?: number;
  /** The last year of the range. Default: the last year listed in the series. */
  readonly lastYear?: number;
  /**
   * The largest share of the expected observations (base year to last year) that may be missing,
   * in percent. Default 50: no rate when more than half are missing, the rule of the World Bank
   * (WDI statistical methods) and FAO (FAOSTAT `geogr`, `lsgr`). Give 100 to turn the rule off.
   */
  readonly maximumMissingPercent?: number;
}

/** Options of {@link averageAnnualGrowth}. */
export interface AverageGrowthOptions extends GrowthRange {
  /**
   * When true, the base year and the last year must both have values (the GSO's reading of a plan
   * period); otherwise the reason is `missing-endpoint`. Default false: the first and the last
   * observed years inside the range are used, and the result says which.
   */
  readonly requireEndpoints?: boolean;
}

/** Options of {@link leastSquaresGrowth}. */
export interface LeastSquaresGrowthOptions extends GrowthRange {
  /**
   * The fewest observations to fit, 2 or more. Default 2; FAOSTAT's `lsgr` asks for 5.
   */
  readonly minimumPoints?: number;
}

/**
 * An average growth rate over a range of years, with what went into it. `value` is null when no
 * rate could be given, and `reason` says why.
 */
export interface AverageGrowthResult {
  /** The average growth per year in percent (8 means 8% a year), or null. */
  readonly value: Decimal | null;
  /** `endpoint` (compound, from the first and last values) or `least-squares` (log-linear fit). */
  readonly method: 'endpoint' | 'least-squares';
  /** The base year of the range (the year before its first year), or null for an empty series with no range. */
  readonly baseYear: number | null;
  /** The last year of the range, or null for an empty series with no range. */
  readonly lastYear: number | null;
  /** The years whose values entered the formula, ascending. */
  readonly yearsUsed: readonly number[];
  /** How many years from the base year to the last year the rule expects values for. */
  readonly expectedCount: number;
  /** How many of them have no value. */
  readonly missingCount: number;
  /** Why `value` is null, or null when it was computed. */
  readonly reason: GrowthReason | null;
}

interface ResolvedRange {
  readonly baseYear: number;
  readonly lastYear: number;
  /** Indexes into the read series of the years with values inside the range. */
  readonly present: number[];
  readonly expectedCount: number;
  readonly missingCount: number;
  readonly tooManyMissing: boolean;
}

function resolveRange(read: ReadSeries, options: GrowthRange): ResolvedRange | undefined {
  const { firstYear, lastYear: lastOption, maximumMissingPercent = 50 } = options;
  if (firstYear !== undefined) checkYear(firstYear, 'firstYear');
  if (lastOption !== undefined) checkYear(lastOption, 'lastYear');
  if (!(maximumMissingPercent >= 0 && maximumMissingPercent <= 100)) {
    throw new PlanningError(
      'invalid-argument',
      `maximumMissingPercent must be a percentage from 0 to 100; got ${String(maximumMissingPercent)}`,
    );
  }
  const { years, values } = read;
  if (years.length === 0 && (firstYear === undefined || lastOption === undefined)) return undefined;
  const baseYear = firstYear === undefined ? (years[0] ?? 0) : firstYear - 1;
  const lastYear = lastOption ?? years[years.length - 1] ?? 0;
  if (firstYear !== undefined && lastOption !== undefined && lastOption < firstYear) {
    throw new PlanningError(
      'invalid-argument',
      `the range must not end before it starts; got firstYear ${String(firstYear)} and lastYear ${String(lastOption)}`,
    );
  }
  const present: number[] = [];
  for (let index = 0; index < years.length; index += 1) {
    const year = years[index] ?? 0;
    if (year >= baseYear && year <= lastYear && values[index] !== null) present.push(index);
  }
  const expectedCount = Math.max(lastYear - baseYear + 1, 0);
  const missingCount = expectedCount - present.length;
  // missing / expected > maximum / 100, in integers so that 50% of 6 is exactly 3
  const tooManyMissing = missingCount * 100 > maximumMissingPercent * expectedCount;
  return { baseYear, lastYear, present, expectedCount, missingCount, tooManyMissing };
}

function rangeResult(
  method: AverageGrowthResult['method'],
  range: ResolvedRange | undefined,
  value: Decimal | null,
  reason: GrowthReason | null,
  yearsUsed: readonly number[] = [],
): AverageGrowthResult {
  return {
    value,
    method,
    baseYear: range?.baseYear ?? null,
    lastYear: range?.lastYear ?? null,
    yearsUsed,
    expectedCount: range?.expectedCount ?? 0,
    missingCount: range?.missingCount ?? 0,
    reason,
  };
}

function notComputed(
  method: AverageGrowthResult['method'],
  range: ResolvedRange | undefined,
  reason: GrowthReason,
  yearsUsed: readonly number[] = [],
): AverageGrowthResult {
  return rangeResult(method, range, null, reason, yearsUsed);
}

/**
 * Average annual growth of a year-indexed series over a range, by the end-point (compound,
 * geometric) rule, in percent: `((x_last / x_base)^(1 / (last - base)) - 1) x 100`. For a plan
 * period 2021-2025 the base is 2020 and the rate is the fifth root of the 2025/2020 ratio.
 *
 * Rules, each reported in the result rather than thrown: no rate when more than half of the
 * expected observations (base year to last year) are missing (`too-many-missing`); the first and
 * last observed years inside the range are used unless `requireEndpoints` is set
 * (`missing-endpoint`); fewer than two observations give `too-few-points`; a zero first value
 * gives `zero-base`; values of opposite signs give `opposite-signs`. Values of the same negative
 * sign give the rate of their magnitude. The rate is that of {@link compoundGrowthRate}, with its
 * accuracy: within `1e-39 x max(100, |rate|)`.
 *
 * Sources: World Bank, DEC statistical manual, "Growth rates" (end-point compound growth) and WDI
 * statistical methods ("growth rates are not calculated if more than half the observations in a
 * period are missing"); GSO national statistical indicator system (HTCTTKQG), average growth over a
 * period from the year before it.
 *
 * @param series - the values by year; absent years and `null` values are missing
 * @param options - the range (default: the whole series, its first year as the base) and rules
 * @returns the rate with the years used, the count of missing years and, when there is no rate, why
 * @throws {@link PlanningError} `invalid-input` when a year is not an integer, a value is not a
 * number or a year is given twice; `invalid-argument` when the options are not whole years or the
 * range ends before it starts
 *
 * @example
 * // Gross output 2020-2025; average annual growth over the plan period 2021-2025:
 * const output = [
 *   { year: 2020, value: 100 }, { year: 2021, value: 106 }, { year: 2022, value: 112 },
 *   { year: 2023, value: 121 }, { year: 2024, value: 133 }, { year: 2025, value: '146.9328' },
 * ];
 * const result = averageAnnualGrowth(output, { firstYear: 2021, lastYear: 2025 });
 * [result.value?.toFixed(2), result.yearsUsed];
 * //=> ['8.00', [2020, 2025]]
 */
export function averageAnnualGrowth(series: YearSeries, options: AverageGrowthOptions = {}): AverageGrowthResult {
  const read = readYearSeries(series);
  const range = resolveRange(read, options);
  if (range === undefined) return notComputed('endpoint', range, 'too-few-points');
  if (range.tooManyMissing) return notComputed('endpoint', range, 'too-many-missing');
  const { years, values } = read;
  const { present } = range;
  if (options.requireEndpoints === true) {
    const baseIndex = indexOfYear(years, range.baseYear);
    const lastIndex = indexOfYear(years, range.lastYear);
    if (baseIndex < 0 || values[baseIndex] === null || lastIndex < 0 || values[lastIndex] === null) {
      return notComputed('endpoint', range, 'missing-endpoint');
    }
  }
  const firstIndex = present[0];
  const lastIndex = present[present.length - 1];
  if (firstIndex === undefined || lastIndex === undefined || firstIndex === lastIndex) {
    return notComputed('endpoint', range, 'too-few-points');
  }
  const firstYear = years[firstIndex] ?? 0;
  const lastYear = years[lastIndex] ?? 0;
  const first = values[firstIndex] ?? null;
  const last = values[lastIndex] ?? null;
  if (first === null || last === null) return notComputed('endpoint', range, 'too-few-points');
  const yearsUsed = [firstYear, lastYear];
  const obstacle = compoundObstacle(first, last);
  if (obstacle !== undefined) return notComputed('endpoint', range, obstacle, yearsUsed);
  return rangeResult('endpoint', range, compoundRate(first, last, lastYear - firstYear), null, yearsUsed);
}

function greatestCommonDivisor(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * Least-squares growth rate of a year-indexed series over a range, in percent: fit
 * `ln x_t = a + b t` by ordinary least squares over every observed year from the base year to the
 * last year, and give `(e^b - 1) x 100`. Unlike the end-point rate it weighs every year, so one
 * unusual first or last year moves it less.
 *
 * Rules, each reported in the result rather than thrown: no rate when more than half of the
 * expected observations are missing (`too-many-missing`), with fewer observations than
 * `minimumPoints` (`too-few-points`), when a value is zero (`zero-value`) or when values have
 * opposite signs (`opposite-signs`). Values of the same negative sign are fitted by magnitude.
 *
 * The fit is computed without logarithms: with `k_t = m (t - mean t)` it is
 * `e^b = (prod x_t^(k_t))^(m / sum k_t^2)`, whole-number powers and one root, in decimals at 50
 * significant digits, rounded once to 40. Its accuracy is that of {@link compoundGrowthRate}:
 * within `1e-39 x max(100, |rate|)` of the exact fit, so a rate near zero has fewer than 40
 * significant digits of its own.
 *
 * Sources: World Bank, DEC statistical manual, "Growth rates" (least-squares growth rate,
 * `ln X_t = a + b t`, `r = e^b - 1`) and WDI statistical methods (no rate when more than half the
 * observations are missing); FAO, FAOSTAT R package, `lsgr` (`(exp(b) - 1) x 100`, at least 5
 * values).
 *
 * @param series - the values by year; absent years and `null` values are missing
 * @param options - the range (default: the whole series, its first year as the base) and rules
 * @returns the rate with the years used, the count of missing years and, when there is no rate, why
 * @throws {@link PlanningError} `invalid-input` when a year is not an integer, a value is not a
 * number or a year is given twice; `invalid-argument` when the options are not whole years, the
 * range ends before it starts or `minimumPoints` is below 2
 *
 * @example
 * // A series growing exactly 10% a year has a least-squares rate of 10%:
 * const series = [100, 110, 121, '133.1', '146.41'].map((value, index) => ({ year: 2020 + index, value }));
 * leastSquaresGrowth(series).value?.toString();
 * //=> '10'
 */
export function leastSquaresGrowth(series: YearSeries, options: LeastSquaresGrowthOptions = {}): AverageGrowthResult {
  const { minimumPoints = 2 } = options;
  if (!Number.isSafeInteger(minimumPoints) || minimumPoints < 2) {
    throw new PlanningError('invalid-argument', `minimumPoints must be a whole number, 2 or more; got ${String(minimumPoints)}`);
  }
  const read = readYearSeries(series);
  const range = resolveRange(read, options);
  if (range === undefined) return notComputed('least-squares', range, 'too-few-points');
  if (range.tooManyMissing) return notComputed('least-squares', range, 'too-many-missing');
  const { years, values } = read;
  const yearsUsed = range.present.map((index) => years[index] ?? 0);
  const points = range.present.map((index) => values[index] ?? null).filter((value) => value !== null);
  if (points.length < minimumPoints) return notComputed('least-squares', range, 'too-few-points', yearsUsed);
  if (points.some((value) => value.isZero())) return notComputed('least-squares', range, 'zero-value', yearsUsed);
  const negative = points[0]?.isNegative() ?? false;
  if (points.some((value) => value.isNegative() !== negative)) {
    return notComputed('least-squares', range, 'opposite-signs', yearsUsed);
  }
  return rangeResult('least-squares', range, leastSquaresRate(yearsUsed, points), null, yearsUsed);
}

/**
 * e^b of the log-linear least-squares fit, as a growth rate in percent. With m points,
 * k_i = m t_i - sum t (whole numbers) and N = m sum t_i^2 - (sum t)^2 = sum k_i^2 / m, the slope is
 * b = sum k_i ln x_i / N, so e^b is the N-th root of prod x_i^(k_i): whole-number powers and one root.
 */
function leastSquaresRate(years: readonly number[], points: readonly Decimal[]): Decimal {
  const count = years.length;
  const origin = years[0] ?? 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (const year of years) {
    sum += year - origin;
    sumOfSquares += (year - origin) * (year - origin);
  }
  const weights = years.map((year) => count * (year - origin) - sum);
  let degree = count * sumOfSquares - sum * sum;
  let divisor = degree;
  for (const weight of weights) divisor = greatestCommonDivisor(divisor, weight);
  degree /= divisor;
  let numerator = WORKING_ONE;
  let denominator = WORKING_ONE;
  let logGuess = 0;
  points.forEach((point, index) => {
    const weight = (weights[index] ?? 0) / divisor;
    const magnitude = toWorking(point).abs();
    if (weight > 0) numerator = numerator.times(magnitude.pow(weight));
    else if (weight < 0) denominator = denominator.times(magnitude.pow(-weight));
    logGuess += weight * Math.log(magnitude.toNumber());
  });
  const root = nthRootWorking(numerator.div(denominator), degree, logGuess / degree);
  return toLibrary(root.minus(1).times(HUNDRED));
}

/** One year of {@link rollingGrowthRates}: the growth into `year` from `baseYear`, or why there is none. */
export interface YearGrowth {
  /** The year measured. */
  readonly year: number;
  /** The year compared with: `year - span`. */
  readonly baseYear: number;
  /** The growth rate in percent (per year when the span is longer than one year), or null. */
  readonly value: Decimal | null;
  /** Why `value` is null, or null when it was computed. */
  readonly reason: GrowthReason | null;
}

/** Options of {@link rollingGrowthRates}. */
export interface RollingGrowthOptions {
  /** How many years back each rate looks, a whole number, 1 or more. Default 1 (year on year). */
  readonly span?: number;
}

/**
 * Growth rate of each year of a series against the year `span` years before, in percent: for a
 * span of one year the year-on-year rate `(x_t / x_{t-1} - 1) x 100` (the GSO's "năm trước = 100"
 * minus 100); for a longer span the average annual rate over it,
 * `((x_t / x_{t-span})^(1 / span) - 1) x 100`. There is one row for each year listed from the
 * first year plus the span on; a row whose value or comparison value is missing, zero (as a base)
 * or, for a longer span, of the opposite sign, has `value: null` and the reason. A rate over a
 * longer span has the accuracy of {@link compoundGrowthRate}.
 *
 * Source: FAO, FAOSTAT R package, `geogr` (the n-period rolling geometric growth rate); World Bank,
 * DEC statistical manual, "Growth rates".
 *
 * @param series - the values by year; absent years and `null` values are missing
 * @param options - the span in years (default 1)
 * @returns one row per year measured, ascending
 * @throws {@link PlanningError} `invalid-input` when a year is not an integer, a value is not a
 * number or a year is given twice; `invalid-argument` when the span is not a whole number of 1 or more
 *
 * @example
 * // The FAO test series 1, 2, 3, 4, 5: growth 100%, 50%, 33.33%, 25%.
 * rollingGrowthRates([1, 2, 3, 4, 5].map((value, index) => ({ year: 2001 + index, value })))
 *   .map((row) => row.value?.toFixed(2));
 * //=> ['100.00', '50.00', '33.33', '25.00']
 */
export function rollingGrowthRates(series: YearSeries, options: RollingGrowthOptions = {}): YearGrowth[] {
  const { span = 1 } = options;
  if (!Number.isSafeInteger(span) || span < 1) {
    throw new PlanningError('invalid-argument', `span must be a whole number of years, 1 or more; got ${String(span)}`);
  }
  const { years, values } = readYearSeries(series);
  const rows: YearGrowth[] = [];
  const firstYear = years[0] ?? 0;
  for (let index = 0; index < years.length; index += 1) {
    const year = years[index] ?? 0;
    const baseYear = year - span;
    if (baseYear < firstYear) continue;
    // consecutive years are the usual case: look one step back before searching
    const baseIndex = years[index - span] === baseYear ? index - span : indexOfYear(years, baseYear);
    const current = values[index] ?? null;
    const base = baseIndex < 0 ? null : (values[baseIndex] ?? null);
    rows.push(rollingRow(year, baseYear, base, current, span));
  }
  return rows;
}

function rollingRow(year: number, baseYear: number, base: Decimal | null, current: Decimal | null, span: number): YearGrowth {
  if (base === null || current === null) return { year, baseYear, value: null, reason: 'missing-value' };
  if (base.isZero()) return { year, baseYear, value: null, reason: 'zero-base' };
  if (span === 1) return { year, baseYear, value: current.minus(base).times(HUNDRED).div(base), reason: null };
  const obstacle = compoundObstacle(base, current);
  if (obstacle !== undefined) return { year, baseYear, value: null, reason: obstacle };
  return { year, baseYear, value: compoundRate(base, current, span), reason: null };
}

/** What {@link requiredGrowthToTarget} found: the required rate and the actual it starts from. */
export interface RequiredGrowthResult {
  /** The average growth per year in percent that reaches the target, or null. */
  readonly value: Decimal | null;
  /** The latest year with a value, or null when the series has none. */
  readonly latestYear: number | null;
  /** The value of that year, or null. */
  readonly latestValue: Decimal | null;
  /** The years left from the latest year to the target year (0 or less when it has passed). */
  readonly periods: number;
  /** Why `value` is null, or null when it was computed. */
  readonly reason: GrowthReason | null;
}

/**
 * The average growth per year, in percent, that the years left need to take the latest actual
 * value of a series to a target by the target year: {@link requiredAverageGrowth} from the latest
 * year with a value. For a plan 2021-2025 with actuals to 2023 it answers "what must 2024 and 2025
 * grow?". The rate has the accuracy of {@link compoundGrowthRate}.
 *
 * @param series - the actual values by year; the latest year with a value is the start
 * @param target - the value to reach and the year to reach it by
 * @returns the required rate with the latest actual used, or why there is none (`missing-value`
 * when the series has no value, `target-year-passed`, `zero-base`, `opposite-signs`)
 * @throws {@link PlanningError} `invalid-input` when the series is malformed; `invalid-argument`
 * when the target year is not an integer; `invalid-number` when the target value is not a number
 *
 * @example
 * // Output 4,125 in 2023; the plan wants 4,600 in 2025:
 * const result = requiredGrowthToTarget([{ year: 2023, value: 4125 }], { year: 2025, value: 4600 });
 * [result.value?.toFixed(2), result.periods];
 * //=> ['5.60', 2]
 */
export function requiredGrowthToTarget(
  series: YearSeries,
  target: { readonly year: number; readonly value: DecimalInput },
): RequiredGrowthResult {
  checkYear(target.year, 'target.year');
  const targetValue = toDecimal(target.value, 'target.value');
  const { years, values } = readYearSeries(series);
  let latest = years.length - 1;
  while (latest >= 0 && values[latest] === null) latest -= 1;
  const latestValue = latest < 0 ? null : (values[latest] ?? null);
  if (latestValue === null) return { value: null, latestYear: null, latestValue: null, periods: 0, reason: 'missing-value' };
  const latestYear = years[latest] ?? 0;
  const periods = target.year - latestYear;
  const result = { latestYear, latestValue, periods };
  if (periods < 1) return { value: null, ...result, reason: 'target-year-passed' };
  const obstacle = compoundObstacle(latestValue, targetValue);
  if (obstacle !== undefined) return { value: null, ...result, reason: obstacle };
  return { value: compoundRate(latestValue, targetValue, periods), ...result, reason: null };
}
