import { Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';

/** 100, made once: index points and percent both scale by it. */
export const HUNDRED = new Decimal(100);
/** 0.01: multiplying by it is exact and cheaper than dividing by 100. */
export const HUNDREDTH = new Decimal('0.01');

/**
 * Growth rate between two values, in percent: `(current - previous) / previous x 100`. This is
 * the *tốc độ tăng* of the Vietnamese General Statistics Office (GSO): 5.6 means up 5.6%, -2.5
 * means down 2.5%. It equals the development index minus 100.
 *
 * With negative values of the same sign the rate describes the change in magnitude (a loss going
 * from -10 to -20 is +100%). With values of opposite signs the formula still answers but the
 * figure means little; compare such values with {@link absoluteChange}.
 *
 * Source: World Bank, DEC statistical manual, "Growth rates" (one-period growth
 * `X_t / X_{t-1} - 1`); GSO national statistical indicator system (HTCTTKQG), growth rate =
 * index - 100.
 *
 * @param current - the value of the period measured
 * @param previous - the value of the period compared with (the base), not zero
 * @returns the growth rate in percent (5.6 means 5.6%), exact to 40 significant digits
 * @throws {@link PlanningError} `division-by-zero` when `previous` is zero; `invalid-number` when
 * an argument is not a finite number
 *
 * @example
 * // GRDP index 113.68 (previous year = 100) as a growth rate:
 * growthRate('113.68', 100).toString();
 * //=> '13.68'
 */
export function growthRate(current: DecimalInput, previous: DecimalInput): Decimal {
  const [currentValue, previousValue] = readPair(current, previous, 'growth rate', '; use absoluteChange for a change from zero');
  return currentValue.minus(previousValue).times(HUNDRED).div(previousValue);
}

/** Reads a current and a non-zero previous value, or throws `division-by-zero` naming the quantity. */
function readPair(current: DecimalInput, previous: DecimalInput, quantity: string, advice: string): [Decimal, Decimal] {
  const currentValue = toDecimal(current, 'current');
  const previousValue = toDecimal(previous, 'previous');
  if (previousValue.isZero()) {
    throw new PlanningError(
      'division-by-zero',
      `${quantity} needs a non-zero previous value; got previous 0 (current ${currentValue.toString()})${advice}`,
    );
  }
  return [currentValue, previousValue];
}

/**
 * Development index between two values, in index points with the previous value = 100:
 * `current / previous x 100`. This is the GSO *chỉ số phát triển* ("năm trước = 100", "cùng kỳ
 * năm trước = 100"): 113.68 means the value is 113.68% of the previous one, up 13.68%. A report
 * that says "bằng 156% so với cùng kỳ" gives this index (156), not a growth rate.
 *
 * Source: GSO national statistical indicator system (HTCTTKQG), development index
 * `X_t / X_{t-1} x 100`.
 *
 * @param current - the value of the period measured
 * @param previous - the value of the base period, not zero
 * @returns the index in points (previous = 100), exact to 40 significant digits
 * @throws {@link PlanningError} `division-by-zero` when `previous` is zero; `invalid-number` when
 * an argument is not a finite number
 *
 * @example
 * // Output 72,166 against 67,485 the year before:
 * round(developmentIndex(72166, 67485), 2).toString();
 * //=> '106.94'
 */
export function developmentIndex(current: DecimalInput, previous: DecimalInput): Decimal {
  const [currentValue, previousValue] = readPair(current, previous, 'development index', '');
  return currentValue.times(HUNDRED).div(previousValue);
}

/**
 * Absolute change between two values, in the values' own unit: `current - previous` (the GSO
 * *lượng tăng tuyệt đối*, for example "tăng 1,4 tạ/ha").
 *
 * @param current - the value of the period measured
 * @param previous - the value of the period compared with
 * @returns the difference, exact
 * @throws {@link PlanningError} `invalid-number` when an argument is not a finite number
 *
 * @example
 * // Rice yield up from 52.3 to 53.7 quintals per hectare:
 * absoluteChange('53.7', '52.3').toString();
 * //=> '1.4'
 */
export function absoluteChange(current: DecimalInput, previous: DecimalInput): Decimal {
  return toDecimal(current, 'current').minus(toDecimal(previous, 'previous'));
}

/**
 * Change between two rates, in percentage points: `currentRate - previousRate`. Both rates are in
 * percent; the result is in points, not in percent of the earlier rate. Vietnamese reports often
 * write "%" for these points: "tỷ lệ hộ nghèo 4,03%, giảm 1,17%" means down 1.17 points.
 *
 * @param currentRate - the later rate, in percent (4.03 means 4.03%)
 * @param previousRate - the earlier rate, in percent
 * @returns the change in percentage points, exact
 * @throws {@link PlanningError} `invalid-number` when an argument is not a finite number
 *
 * @example
 * // Poverty rate down from 5.20% to 4.03%:
 * percentagePointChange('4.03', '5.20').toString();
 * //=> '-1.17'
 */
export function percentagePointChange(currentRate: DecimalInput, previousRate: DecimalInput): Decimal {
  return toDecimal(currentRate, 'currentRate').minus(toDecimal(previousRate, 'previousRate'));
}

/**
 * Converts a growth rate in percent to a development index in points: `100 + rate`.
 *
 * The sum is rounded to 40 significant digits, as every result of the library is: a rate with
 * digits below the 40th digit of the index loses them (`100 + 1e-38` is 100, so
 * `growthRateFromIndex(indexFromGrowthRate('1e-38'))` is 0). A rate of up to 37 decimal places
 * and below 900% in size converts back exactly with {@link growthRateFromIndex}; in general the
 * round trip is within `5e-40 x (|100 + rate| + |rate|)` of the rate.
 *
 * @param rate - the growth rate in percent (5.6 means up 5.6%)
 * @returns the index in points (previous = 100), to 40 significant digits
 * @throws {@link PlanningError} `invalid-number` when `rate` is not a finite number
 *
 * @example
 * // The plan's "growth 5.6% or more" as an index:
 * indexFromGrowthRate('5.6').toString();
 * //=> '105.6'
 */
export function indexFromGrowthRate(rate: DecimalInput): Decimal {
  return toDecimal(rate, 'rate').plus(HUNDRED);
}

/**
 * Converts a development index in points to a growth rate in percent: `index - 100`.
 *
 * @param index - the index in points (previous = 100)
 * @returns the growth rate in percent
 * @throws {@link PlanningError} `invalid-number` when `index` is not a finite number
 *
 * @example
 * // "bằng 156% so với cùng kỳ" is up 56%:
 * growthRateFromIndex(156).toString();
 * //=> '56'
 */
export function growthRateFromIndex(index: DecimalInput): Decimal {
  return toDecimal(index, 'index').minus(HUNDRED);
}

/**
 * Chains successive growth rates into the growth over the whole stretch, in percent:
 * `(prod(1 + r_i / 100) - 1) x 100`. Growth of 10% then 20% is 32%, not 30%. An empty list is
 * growth over no period: 0.
 *
 * Accuracy: each step's index `100 + r_i` and each product is rounded to 40 significant digits, so
 * for n rates the result is within `n x 1e-39 x |100 + result| + 5e-40 x |result|` of the exact
 * chain: 40 digits on the scale of the chained index. Near -100% a rate given to 40 significant
 * digits fixes its index `100 + r` to fewer digits (-99.999 is an index of 0.001 known to 35), so
 * chaining rounded one-step rates differs from the rate between the end values
 * (`growthRate(last, first)`) by more than that bound; chain the indices
 * ({@link chainIndices}) of such steps instead.
 *
 * @param rates - the growth rate of each step, in percent, in any order
 * @returns the compound growth in percent
 * @throws {@link PlanningError} `invalid-number` when a rate is not a finite number
 *
 * @example
 * // Up 10%, then up 20%:
 * chainGrowthRates([10, 20]).toString();
 * //=> '32'
 */
export function chainGrowthRates(rates: readonly DecimalInput[]): Decimal {
  let factor = HUNDRED;
  rates.forEach((rate, index) => {
    factor = factor.times(toDecimal(rate, `rates[${String(index)}]`).plus(HUNDRED)).times(HUNDREDTH);
  });
  return factor.minus(HUNDRED);
}

/**
 * Chains successive development indices (each with its previous period = 100) into one index of
 * the last period on the first base: `prod(I_i / 100) x 100`. A plan's task index (plan / base)
 * times its fulfilment index (actual / plan) is the dynamic index (actual / base). An empty list
 * is the base itself: 100.
 *
 * @param indices - the index of each step, in points (previous = 100)
 * @returns the chained index in points, to 40 significant digits
 * @throws {@link PlanningError} `invalid-number` when an index is not a finite number
 *
 * @example
 * // Plan 110% of the base, plan fulfilled at 106.0606...%: actual is 116.67% of the base.
 * round(chainIndices([110, developmentIndex(700, 660)]), 2).toString();
 * //=> '116.67'
 */
export function chainIndices(indices: readonly DecimalInput[]): Decimal {
  let index = HUNDRED;
  indices.forEach((step, position) => {
    index = index.times(toDecimal(step, `indices[${String(position)}]`)).times(HUNDREDTH);
  });
  return index;
}
