import { type Decimal, PlanningError, quoteText } from '../numeric/index.js';
import {
  type BestValueOptions,
  type Dataset,
  type Observation,
  type SeriesKey,
  bestObservation,
  timeSeries,
} from '../observation/index.js';
import {
  type Period,
  type PeriodInput,
  type PeriodType,
  formatPeriod,
  parsePeriod,
  previousPeriod,
  samePeriodLastYear,
} from '../period/index.js';
import { type AverageGrowthResult, averageAnnualGrowth, leastSquaresGrowth } from './average.js';
import { quotient } from './exact.js';
import type { GrowthReason } from './reasons.js';
import type { YearValue } from './series.js';

/**
 * What a period is compared with:
 *
 * - `'previous-period'`: the period just before, of the same type (a quarter against the quarter
 *   before, a year against the year before: *so với kỳ trước*). A range is compared with the range
 *   shifted back by one period of its ends' type (`2024-M01/2024-M09` against
 *   `2023-M12/2024-M08`), as {@link previousPeriod} does.
 * - `'same-period-last-year'`: the same period one year earlier (*so với cùng kỳ năm trước*): a
 *   quarter against the same quarter of the previous year, nine months against the same nine
 *   months (`2024-M01/2024-M09` against `2023-M01/2023-M09`), as {@link samePeriodLastYear} does.
 *
 * @example
 * // A quarterly report compares each quarter with the same quarter of last year:
 * const compare: GrowthComparison = 'same-period-last-year';
 * growthComparisons.includes(compare);
 * //=> true
 */
export type GrowthComparison = 'previous-period' | 'same-period-last-year';

/**
 * Every {@link GrowthComparison}.
 *
 * @example
 * // Offer both comparisons in a report form:
 * growthComparisons;
 * //=> ['previous-period', 'same-period-last-year']
 */
export const growthComparisons: readonly GrowthComparison[] = Object.freeze(['previous-period', 'same-period-last-year'] as const);

/**
 * What {@link periodGrowth} measures: a series (indicator, area, dimensions) and one of its periods,
 * as a code or a period value.
 *
 * @example
 * // The nine months of 2024 of the district's budget revenue:
 * const key: PeriodGrowthKey = { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-M01/2024-M09' };
 * formatPeriod(samePeriodLastYear(key.period));
 * //=> '2023-M01/2023-M09'
 */
export interface PeriodGrowthKey extends SeriesKey {
  /** The period measured: a code such as `'2024-Q3'` or `'2024-M01/2024-M09'`, or a period value. */
  readonly period: PeriodInput;
}

/**
 * Options of {@link periodGrowth}: the comparison, and which observations count (the as-of date and
 * the status precedence of {@link bestObservation}; by default official, then preliminary, then
 * estimate, whatever their publication date).
 *
 * @example
 * // Growth on the same period last year, as known at the mid-year review:
 * const options: PeriodGrowthOptions = { compare: 'same-period-last-year', asOf: '2024-06-30' };
 * options.compare;
 * //=> 'same-period-last-year'
 */
export interface PeriodGrowthOptions extends BestValueOptions {
  /** What the period is compared with: the previous period or the same period of last year. */
  readonly compare: GrowthComparison;
}

/**
 * Options of {@link seriesGrowth}: those of {@link periodGrowth}, and optionally the one period type
 * to keep.
 *
 * @example
 * // Year on year, on the yearly values only (a series may also hold half-years):
 * const options: SeriesGrowthOptions = { compare: 'previous-period', periodType: 'year' };
 * options.periodType;
 * //=> 'year'
 */
export interface SeriesGrowthOptions extends PeriodGrowthOptions {
  /** Keep only the periods of this type (`'year'`, `'quarter'`, `'range'`...). Default: every period. */
  readonly periodType?: PeriodType | undefined;
}

/**
 * The growth of one period of a series against the period it is compared with, with the two
 * observations used. `rate` and `index` are null when there is no growth to give, and `reason` says
 * why: `missing-value` (no acceptable observation for one of the periods), `zero-base` (the base
 * value is zero), `opposite-signs` (the two values have opposite signs, where a growth rate means
 * little; `change` still gives the difference) or `no-base-period` (the period has no comparison
 * period, such as week 53 against a week-year of 52 weeks).
 *
 * @example
 * // Budget revenue of the first half of 2024 against the first half of 2023:
 * const result: PeriodGrowthResult = periodGrowth(
 *   nhuXuanDataset2024,
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-S1' },
 *   { compare: 'same-period-last-year' },
 * );
 * [result.basePeriod, result.rate?.toString(), result.index?.toString()];
 * //=> ['2023-S1', '7.5', '107.5']
 */
export interface PeriodGrowthResult {
  /** The canonical code of the period measured. */
  readonly period: string;
  /** The canonical code of the period compared with, or null when there is none (`no-base-period`). */
  readonly basePeriod: string | null;
  /** What the period was compared with. */
  readonly compare: GrowthComparison;
  /** The observation of the period measured (value, status, publication date), or null when missing. */
  readonly current: Observation | null;
  /** The observation of the period compared with, or null when missing. */
  readonly base: Observation | null;
  /** The growth rate in percent, `(current - base) / base x 100` (7.5 means up 7.5%), or null. */
  readonly rate: Decimal | null;
  /** The development index in points, `current / base x 100` (base = 100), or null. */
  readonly index: Decimal | null;
  /** The absolute change `current - base`, in the values' unit, or null when a value is missing. */
  readonly change: Decimal | null;
  /** Why `rate` and `index` are null, or null when they were computed. */
  readonly reason: GrowthReason | null;
}

/** Writes an unexpected option value for an error message: strings quoted, anything else as is. */
function describe(value: unknown): string {
  return typeof value === 'string' ? quoteText(value) : String(value);
}

function checkComparison(compare: unknown): GrowthComparison {
  if (compare === 'previous-period' || compare === 'same-period-last-year') return compare;
  throw new PlanningError(
    'invalid-argument',
    `options.compare must be 'previous-period' or 'same-period-last-year'; got ${describe(compare)}`,
  );
}

/** The comparison period's code, or null when the period arithmetic says there is none. */
function basePeriodOf(period: Period, compare: GrowthComparison): string | null {
  try {
    return formatPeriod(compare === 'previous-period' ? previousPeriod(period) : samePeriodLastYear(period));
  } catch (error) {
    // the period itself is valid (it was parsed): invalid-period here means "no such base period"
    if (error instanceof PlanningError && error.code === 'invalid-period') return null;
    throw error;
  }
}

function growthBetween(
  period: string,
  basePeriod: string | null,
  compare: GrowthComparison,
  current: Observation | null,
  base: Observation | null,
): PeriodGrowthResult {
  const row = { period, basePeriod, compare, current, base };
  if (basePeriod === null) return { ...row, rate: null, index: null, change: null, reason: 'no-base-period' };
  if (current === null || base === null) return { ...row, rate: null, index: null, change: null, reason: 'missing-value' };
  const now = current.value;
  const before = base.value;
  const change = now.minus(before);
  if (before.isZero()) return { ...row, rate: null, index: null, change, reason: 'zero-base' };
  if (!now.isZero() && now.isNegative() !== before.isNegative()) {
    return { ...row, rate: null, index: null, change, reason: 'opposite-signs' };
  }
  return { ...row, rate: quotient(change, before, 2), index: quotient(now, before, 2), change, reason: null };
}

/**
 * Growth of one period of a dataset's series against the previous period or the same period of
 * last year, with the period arithmetic of the `period` domain: a quarter against the same quarter
 * of the previous year, "9 months" (`2024-M01/2024-M09`) against the same nine months of the
 * previous year, a half-year against the half before. Each value is the best observation of its
 * period under the as-of date and the status precedence ({@link bestObservation}).
 *
 * The rate is the GSO *tốc độ tăng* and the index the *chỉ số phát triển* ("cùng kỳ năm trước =
 * 100" or "kỳ trước = 100"). A data problem does not throw: the result has `rate: null` and a
 * `reason` (`missing-value`, `zero-base`, `opposite-signs`, `no-base-period`).
 *
 * Source: GSO national statistical indicator system (HTCTTKQG), development index and growth rate
 * against the previous period and the same period of the previous year.
 *
 * @param dataset - the observations, indexed
 * @param key - indicator, area, period code (or period) and, if any, dimensions
 * @param options - the comparison, the as-of date and the status precedence
 * @returns the rate and index with the two periods and observations used, or why there is none
 * @throws {@link PlanningError} `invalid-period` for an invalid period code; `invalid-argument` for
 * an unknown comparison
 *
 * @example
 * // Budget revenue of the first half of 2024 (301 tỷ) against the first half of 2023 (280 tỷ):
 * periodGrowth(
 *   nhuXuanDataset2024,
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-S1' },
 *   { compare: 'same-period-last-year' },
 * ).rate?.toString();
 * //=> '7.5'
 *
 * @example
 * // The dataset holds no second half of 2023, so the half before 2024-S1 is missing:
 * periodGrowth(
 *   nhuXuanDataset2024,
 *   { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-S1' },
 *   { compare: 'previous-period' },
 * ).reason;
 * //=> 'missing-value'
 */
export function periodGrowth(
  dataset: Dataset,
  key: PeriodGrowthKey,
  options: PeriodGrowthOptions,
): PeriodGrowthResult {
  const compare = checkComparison(options.compare);
  const value = typeof key.period === 'string' ? parsePeriod(key.period) : key.period;
  const period = formatPeriod(value);
  const basePeriod = basePeriodOf(value, compare);
  const current = bestObservation(dataset, { ...key, period }, options) ?? null;
  const base = basePeriod === null ? null : (bestObservation(dataset, { ...key, period: basePeriod }, options) ?? null);
  return growthBetween(period, basePeriod, compare, current, base);
}

/**
 * Growth of every period of a dataset's series against its previous period or the same period of
 * last year: {@link periodGrowth} for each period that has an acceptable observation
 * ({@link timeSeries}), in time order. The first periods have no base in the data and carry
 * `missing-value`; nothing is thrown for a data problem.
 *
 * @param dataset - the observations, indexed
 * @param key - indicator, area and, if any, dimensions
 * @param options - the comparison, the as-of date, the status precedence and the period type to keep
 * @returns one result per period of the series (of the period type, when given), in time order
 * @throws {@link PlanningError} `invalid-argument` for an unknown comparison
 *
 * @example
 * // Year-on-year growth of the illustrative Như Xuân gross output, 2021-2024:
 * seriesGrowth(nhuXuanDataset2024, { indicator: 'PRODUCTION_VALUE', area: '402' }, { compare: 'previous-period', periodType: 'year' })
 *   .map((row) => row.rate === null ? row.reason : round(row.rate, 2).toString());
 * //=> ['missing-value', '6.42', '9.05', '8.94', '6.17']
 */
export function seriesGrowth(dataset: Dataset, key: SeriesKey, options: SeriesGrowthOptions): PeriodGrowthResult[] {
  const compare = checkComparison(options.compare);
  const { periodType } = options;
  const rows: PeriodGrowthResult[] = [];
  for (const point of timeSeries(dataset, key, options)) {
    const value = parsePeriod(point.period);
    if (periodType !== undefined && value.type !== periodType) continue;
    const basePeriod = basePeriodOf(value, compare);
    const base = basePeriod === null ? null : (bestObservation(dataset, { ...key, period: basePeriod }, options) ?? null);
    rows.push(growthBetween(point.period, basePeriod, compare, point.observation, base));
  }
  return rows;
}

/**
 * Options of {@link averageAnnualGrowthOfSeries}: the method, the rules of
 * {@link averageAnnualGrowth} and {@link leastSquaresGrowth}, and which observations count.
 *
 * @example
 * // The GSO reading of a plan period: both the base year and the last year must have values.
 * const options: SeriesAverageGrowthOptions = { method: 'endpoint', requireEndpoints: true };
 * options.requireEndpoints;
 * //=> true
 */
export interface SeriesAverageGrowthOptions extends BestValueOptions {
  /** `'endpoint'` (default, {@link averageAnnualGrowth}) or `'least-squares'` ({@link leastSquaresGrowth}). */
  readonly method?: 'endpoint' | 'least-squares' | undefined;
  /** End-point method: require values for the base year and the last year. Default false. */
  readonly requireEndpoints?: boolean | undefined;
  /** The largest share of the years from the base to the last that may be missing, in percent. Default 50. */
  readonly maximumMissingPercent?: number | undefined;
  /** Least-squares method: the fewest observations to fit, 2 or more. Default 2. */
  readonly minimumPoints?: number | undefined;
}

function yearsOfRange(range: PeriodInput): [number, number] {
  const value = typeof range === 'string' ? parsePeriod(range) : range;
  if (value.type === 'year') return [value.year, value.year];
  if (value.type === 'range' && value.start.type === 'year' && value.end.type === 'year') return [value.start.year, value.end.year];
  throw new PlanningError(
    'invalid-argument',
    `the range of an average annual growth must be a year or a range of years such as '2021/2025'; got ${formatPeriod(value)}`,
  );
}

/**
 * Average annual growth of a dataset's yearly series over a plan range, in percent: reads the best
 * observation of each year from the base year (the year before the range starts, as the GSO
 * computes the average over a plan period: 2020 for 2021-2025) to the last year of the range, and
 * gives {@link averageAnnualGrowth} (end-point, the default) or {@link leastSquaresGrowth} of them,
 * with their rules (more than half missing, missing end points, zero base...) reported in the
 * result, not thrown.
 *
 * Sources: GSO national statistical indicator system (HTCTTKQG), average growth over a period from
 * the year before it; World Bank, DEC statistical manual, "Growth rates".
 *
 * @param dataset - the observations, indexed
 * @param key - indicator, area and, if any, dimensions
 * @param range - the plan range: a range of years (`'2021/2025'`) or one year (`'2024'`: growth over
 * that year)
 * @param options - the method, its rules, the as-of date and the status precedence
 * @returns the average growth result of the chosen method
 * @throws {@link PlanningError} `invalid-period` for an invalid period code; `invalid-argument` when
 * the range is not made of calendar years, or for bad rules (see the two methods)
 *
 * @example
 * // Illustrative Như Xuân gross output: 4,050 tỷ in 2020, 5,436 tỷ in 2024; growth 2021-2024:
 * const result = averageAnnualGrowthOfSeries(nhuXuanDataset2024, { indicator: 'PRODUCTION_VALUE', area: '402' }, '2021/2024');
 * [round(result.value!, 2).toString(), result.yearsUsed];
 * //=> ['7.64', [2020, 2024]]
 */
export function averageAnnualGrowthOfSeries(
  dataset: Dataset,
  key: SeriesKey,
  range: PeriodInput,
  options: SeriesAverageGrowthOptions = {},
): AverageGrowthResult {
  const [firstYear, lastYear] = yearsOfRange(range);
  const series: YearValue[] = [];
  for (let year = firstYear - 1; year <= lastYear; year += 1) {
    const observation = bestObservation(dataset, { ...key, period: String(year) }, options);
    series.push({ year, value: observation?.value ?? null });
  }
  const rules = {
    firstYear,
    lastYear,
    ...(options.maximumMissingPercent === undefined ? {} : { maximumMissingPercent: options.maximumMissingPercent }),
  };
  // plain JavaScript callers may pass any string
  const method: unknown = options.method;
  if (method === 'least-squares') {
    return leastSquaresGrowth(series, {
      ...rules,
      ...(options.minimumPoints === undefined ? {} : { minimumPoints: options.minimumPoints }),
    });
  }
  if (method !== undefined && method !== 'endpoint') {
    throw new PlanningError('invalid-argument', `options.method must be 'endpoint' or 'least-squares'; got ${describe(method)}`);
  }
  return averageAnnualGrowth(series, {
    ...rules,
    ...(options.requireEndpoints === undefined ? {} : { requireEndpoints: options.requireEndpoints }),
  });
}
