import { type Decimal, type DecimalInput, PlanningError, toDecimal } from '../numeric/index.js';
import { HUNDRED } from './rates.js';
import type { GrowthReason } from './reasons.js';
import { type YearSeries, checkYear, indexOfYear, readYearSeries } from './series.js';

/**
 * Deflates a value at current prices to constant prices with a price index in points (base year
 * = 100): `value / index x 100`. With a GDP deflator of 125.3 (2020 = 100), 23,246 billion at
 * current prices is 18,552.27 billion at 2020 prices.
 *
 * Source: the standard volume measure of national accounts (SNA 2008, chapter 15: a volume at
 * base-year prices is the current-price value divided by the price index); GSO *giá so sánh*.
 *
 * @param value - the value at current prices (*giá hiện hành*)
 * @param priceIndex - the price index for the same period, in points with the base year = 100
 * @returns the value at the base year's prices (*giá so sánh*)
 * @throws {@link PlanningError} `division-by-zero` when the index is zero; `invalid-number` when an
 * argument is not a finite number
 *
 * @example
 * // 23,246 billion VND at current prices, deflator 125.3 (2020 = 100):
 * round(deflate(23246, '125.3'), 2).toString();
 * //=> '18552.27'
 */
export function deflate(value: DecimalInput, priceIndex: DecimalInput): Decimal {
  const amount = toDecimal(value, 'value');
  const index = toDecimal(priceIndex, 'priceIndex');
  if (index.isZero()) {
    throw new PlanningError('division-by-zero', `deflating needs a non-zero price index; got 0 for the value ${amount.toString()}`);
  }
  return amount.times(HUNDRED).div(index);
}

/** One year of a deflated or linked series: the value, or null and why. */
export interface YearResult {
  /** The year. */
  readonly year: number;
  /** The value at constant prices, or null. */
  readonly value: Decimal | null;
  /** Why `value` is null, or null when it was computed. */
  readonly reason: GrowthReason | null;
}

/**
 * Deflates a current-price series year by year with a price index series (base year = 100): each
 * year's value divided by that year's index, times 100. There is one row per year of `series`; a
 * row whose value or index is missing, or whose index is zero, has `value: null` and the reason
 * (`missing-value`, `missing-price-index`, `zero-base`).
 *
 * Source: as {@link deflate}.
 *
 * @param series - the values at current prices by year
 * @param priceIndex - the price index by year, in points with the base year = 100
 * @returns one row per year of `series`, ascending, at the base year's prices
 * @throws {@link PlanningError} `invalid-input` when either series is malformed
 *
 * @example
 * // Current-price output deflated with an index 2020 = 100:
 * deflateSeries(
 *   [{ year: 2020, value: 200 }, { year: 2021, value: 231 }],
 *   [{ year: 2020, value: 100 }, { year: 2021, value: 105 }],
 * ).map((row) => row.value?.toString());
 * //=> ['200', '220']
 */
export function deflateSeries(series: YearSeries, priceIndex: YearSeries): YearResult[] {
  const { years, values } = readYearSeries(series, 'series');
  const prices = readYearSeries(priceIndex, 'priceIndex');
  return years.map((year, position) => {
    const value = values[position] ?? null;
    const indexPosition = indexOfYear(prices.years, year);
    const index = indexPosition < 0 ? null : (prices.values[indexPosition] ?? null);
    if (value === null) return { year, value: null, reason: 'missing-value' };
    if (index === null) return { year, value: null, reason: 'missing-price-index' };
    if (index.isZero()) return { year, value: null, reason: 'zero-base' };
    return { year, value: value.times(HUNDRED).div(index), reason: null };
  });
}

/** One year of a linked constant-price series, with where its value came from. */
export interface LinkedYearValue {
  /** The year. */
  readonly year: number;
  /** The value at the new base year's prices, or null when neither series has one. */
  readonly value: Decimal | null;
  /** `new` for a value of the new series, `linked` for an old value scaled by the factor, null when missing. */
  readonly source: 'new' | 'linked' | null;
}

/** A constant-price series carried from an old base year onto a new one. */
export interface LinkedSeries {
  /** The year both series share and through which they are linked, or null when there is none. */
  readonly overlapYear: number | null;
  /** The linking factor: new value / old value in the overlap year, or null. */
  readonly factor: Decimal | null;
  /** One row per year of either series, ascending; empty when the series could not be linked. */
  readonly values: readonly LinkedYearValue[];
  /** Why the series could not be linked (`missing-overlap`, `zero-base`), or null. */
  readonly reason: GrowthReason | null;
}

/** Options of {@link linkConstantPriceSeries}. */
export interface LinkOptions {
  /** The overlap year. Default: the latest year in which both series have a value. */
  readonly overlapYear?: number;
}

/**
 * Links a constant-price series at an old base year's prices (for example 2010) onto a new base
 * year (2020) through an overlap year, in which both are known: every old value is multiplied by
 * `new / old` of the overlap year, which keeps the old series' growth rates and joins it to the new
 * level. A year with a new value keeps it; a year with only an old value gets the linked old value.
 *
 * Source: the ratio (overlap) method of linking volume series (United Nations et al., *System of
 * National Accounts 2008*, chapter 15, price and volume measures); Vietnam's change of
 * constant-price base year from 2010 to 2020 (Thông tư 13/2019/TT-BKHĐT).
 *
 * @param oldSeries - the values at the old base year's prices
 * @param newSeries - the values at the new base year's prices
 * @param options - the overlap year (default: the latest year both series have)
 * @returns the linked series, the factor and the overlap year, or why no link was possible
 * @throws {@link PlanningError} `invalid-input` when either series is malformed; `invalid-argument`
 * when the overlap year is not an integer
 *
 * @example
 * // Output at 2010 prices to 2020, at 2020 prices from 2020; link through 2020:
 * const linked = linkConstantPriceSeries(
 *   [{ year: 2019, value: 90 }, { year: 2020, value: 100 }],
 *   [{ year: 2020, value: 150 }, { year: 2021, value: 159 }],
 * );
 * [linked.factor?.toString(), linked.values.map((row) => row.value?.toString())];
 * //=> ['1.5', ['135', '150', '159']]
 */
export function linkConstantPriceSeries(oldSeries: YearSeries, newSeries: YearSeries, options: LinkOptions = {}): LinkedSeries {
  const old = readYearSeries(oldSeries, 'oldSeries');
  const fresh = readYearSeries(newSeries, 'newSeries');
  let overlapYear = options.overlapYear;
  if (overlapYear === undefined) {
    for (let index = fresh.years.length - 1; index >= 0 && overlapYear === undefined; index -= 1) {
      const year = fresh.years[index] ?? 0;
      const oldIndex = indexOfYear(old.years, year);
      if (fresh.values[index] !== null && oldIndex >= 0 && old.values[oldIndex] !== null) overlapYear = year;
    }
  } else {
    checkYear(overlapYear, 'overlapYear');
  }
  if (overlapYear === undefined) return { overlapYear: null, factor: null, values: [], reason: 'missing-overlap' };
  const oldOverlap = old.values[indexOfYear(old.years, overlapYear)] ?? null;
  const newOverlap = fresh.values[indexOfYear(fresh.years, overlapYear)] ?? null;
  if (oldOverlap === null || newOverlap === null) return { overlapYear, factor: null, values: [], reason: 'missing-overlap' };
  if (oldOverlap.isZero()) return { overlapYear, factor: null, values: [], reason: 'zero-base' };
  const factor = newOverlap.div(oldOverlap);
  const years = [...new Set([...old.years, ...fresh.years])].sort((a, b) => a - b);
  const values = years.map((year): LinkedYearValue => {
    const freshIndex = indexOfYear(fresh.years, year);
    const freshValue = freshIndex < 0 ? null : (fresh.values[freshIndex] ?? null);
    if (freshValue !== null) return { year, value: freshValue, source: 'new' };
    const oldIndex = indexOfYear(old.years, year);
    const oldValue = oldIndex < 0 ? null : (old.values[oldIndex] ?? null);
    // old x new / old in one division: a single rounding, exact whenever it terminates
    return oldValue === null
      ? { year, value: null, source: null }
      : { year, value: oldValue.times(newOverlap).div(oldOverlap), source: 'linked' };
  });
  return { overlapYear, factor, values, reason: null };
}
