/**
 * Why a series-level growth function gave no value. Series-level functions (over a
 * {@link YearSeries}) never throw for a data problem; they return `value: null` with one of these
 * codes. Low-level functions over plain values throw a {@link PlanningError} instead.
 *
 * - `too-few-points`: fewer than two usable observations (or fewer than the method's minimum), or
 *   no year between the base and the latest year.
 * - `too-many-missing`: more of the expected observations are missing than the rule allows (World
 *   Bank WDI and FAO: no rate when more than half are missing).
 * - `missing-endpoint`: the base year or the last year has no value and the caller required both.
 * - `missing-value`: a value the calculation needs is missing (for one year of a rolling rate, a
 *   deflation, or the latest actual).
 * - `missing-price-index`: the price index has no value for the year to deflate.
 * - `missing-overlap`: the two series to link have no common year with values in both.
 * - `zero-base`: the value divided by is zero (base value, price index, overlap value).
 * - `zero-value`: a value inside the series is zero where a logarithm is needed (least squares).
 * - `opposite-signs`: values of opposite signs where a geometric quantity is needed.
 * - `target-year-passed`: the latest actual is already at or after the target year.
 * - `zero-required-growth`: the target equals the base value, so the required growth is zero and
 *   the ratio of observed to required growth has no value (Open SDG progress).
 * - `no-base-period`: the period has no period to compare with: ISO week 53 against a week-year of
 *   52 weeks, or a period at the edge of the supported years (period-aware growth).
 *
 * @example
 * // Tell the caller why no average growth could be given:
 * const result = averageAnnualGrowth([{ year: 2024, value: 0 }, { year: 2025, value: 10 }]);
 * result.reason;
 * //=> 'zero-base'
 */
export type GrowthReason =
  | 'too-few-points'
  | 'too-many-missing'
  | 'missing-endpoint'
  | 'missing-value'
  | 'missing-price-index'
  | 'missing-overlap'
  | 'zero-base'
  | 'zero-value'
  | 'opposite-signs'
  | 'target-year-passed'
  | 'zero-required-growth'
  | 'no-base-period';

/**
 * Every {@link GrowthReason}, in documentation order.
 *
 * @example
 * // Offer every reason in a filter of a report:
 * growthReasons.includes('too-many-missing');
 * //=> true
 */
export const growthReasons: readonly GrowthReason[] = Object.freeze([
  'too-few-points',
  'too-many-missing',
  'missing-endpoint',
  'missing-value',
  'missing-price-index',
  'missing-overlap',
  'zero-base',
  'zero-value',
  'opposite-signs',
  'target-year-passed',
  'zero-required-growth',
  'no-base-period',
] as const);
