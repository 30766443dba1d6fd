/*
 * Year-on-year growth rates of many series at once, kept as exact fractions of scaled integers until
 * a rate is read: the batch form of rollingGrowthRates (span 1).
 */
import { Decimal, PlanningError, createScaledColumn, describeValue, powerOfTen, roundedQuotient, scaledDigits, toDecimal, writeScaled } from '../numeric/index.js';
import { type YearGrowth, rollingGrowthRates } from './average.js';
import type { YearSeries } from './series.js';

/**
 * The year-on-year growth rates of many series ({@link growthRatesBatch}), held as exact fractions:
 * each rate `(x_t − x_{t−1}) × 100 / x_{t−1}` as its numerator and denominator in scaled integers,
 * divided once, to the library's 40 digits, only when read.
 *
 * Cost model: {@link growthRatesBatch} reads each value once into a scaled integer and stores one
 * exact fraction per rate (16 bytes while numerator and denominator are safe integers; BigInts
 * beyond); `rates(i)` divides each of the series' fractions once (a BigInt division, no Decimal
 * arithmetic) and returns exactly what {@link rollingGrowthRates} returns for that series;
 * `compareRate` decides the sign of a rate against a value by cross-multiplication, without dividing.
 *
 * @example
 * // Two series; the rates of the second, read:
 * const batch: GrowthRatesBatch = growthRatesBatch([
 *   [{ year: 2023, value: 100 }, { year: 2024, value: 106 }],
 *   [{ year: 2022, value: '0.3' }, { year: 2023, value: '0.318' }, { year: 2024, value: '0.3' }],
 * ]);
 * batch.rates(1).map((row) => `${String(row.year)}: ${row.value?.toFixed(4) ?? 'none'}`);
 * //=> ['2023: 6.0000', '2024: -5.6604']
 */
export interface GrowthRatesBatch {
  /** How many series. */
  readonly length: number;
  /** How many rates over all series (rows that have no value count too). */
  readonly rateCount: number;
  /**
   * The year-on-year rates of series `index`, equal to {@link rollingGrowthRates} of it.
   * @param index - the series' position in the list given
   */
  rates(index: number): YearGrowth[];
  /**
   * The sign of rate `position` of series `index` (the row `rates(index)[position]`) minus a value,
   * exactly: −1, 0 or 1; null when that rate has no value.
   * @param index - the series' position in the list given
   * @param position - the row's position in the series' rates
   * @param value - the value to compare with, in percent
   */
  compareRate(index: number, position: number, value: number | string | Decimal): -1 | 0 | 1 | null;
}

/** Reasons of rows without a value, as codes. */
const RATE = 0;
const MISSING = 1;
const ZERO_BASE = 2;

/** One series read into scaled integers, or null when the step path must read it (unsorted, refused, too long). */
function readSeries(series: YearSeries, scratch: ReturnType<typeof createScaledColumn>): { years: number[]; present: boolean[] } | null {
  if (!Array.isArray(series)) return null;
  const years: number[] = [];
  const present: boolean[] = [];
  for (let index = 0; index < series.length; index += 1) {
    const row: unknown = series[index];
    if (typeof row !== 'object' || row === null) return null;
    const { year, value } = row as { readonly year?: unknown; readonly value?: unknown };
    if (typeof year !== 'number' || !Number.isSafeInteger(year) || (index > 0 && year <= (years[index - 1] ?? 0))) return null;
    years.push(year);
    if (value === null || value === undefined) {
      present.push(false);
      continue;
    }
    if (!writeScaled(scratch, index, value)) return null;
    present.push(true);
  }
  return { years, present };
}

/**
 * Year-on-year growth rates of many series at once: the batch form of {@link rollingGrowthRates}
 * (span 1) for the series of every commune or every indicator. Each value is read once into an exact
 * scaled integer and each rate is kept as an exact fraction, `(x_t − x_{t−1}) × 100 / x_{t−1}` in
 * whole numbers, so that no 40-digit division is made until a rate is read; a rate compares with a
 * threshold exactly by cross-multiplication ({@link GrowthRatesBatch.compareRate}). Every rate read
 * is the one {@link rollingGrowthRates} gives: a series it cannot hold that way (years out of order,
 * a value it refuses) is computed by {@link rollingGrowthRates} itself, with its errors.
 *
 * @param seriesList - the series, each a list of `{ year, value }`; not changed
 * @returns the batch of rates
 * @throws {@link PlanningError} `invalid-argument` when `seriesList` is not a list; what
 *   {@link rollingGrowthRates} throws for a series it refuses
 *
 * @example
 * // Is the latest growth of each series at least 5%?
 * const batch = growthRatesBatch([
 *   [{ year: 2023, value: 100 }, { year: 2024, value: 106 }],
 *   [{ year: 2023, value: 100 }, { year: 2024, value: 105 }],
 *   [{ year: 2023, value: 100 }, { year: 2024, value: 104 }],
 * ]);
 * [0, 1, 2].map((index) => batch.compareRate(index, 0, 5));
 * //=> [1, 0, -1]
 */
export function growthRatesBatch(seriesList: readonly YearSeries[]): GrowthRatesBatch {
  const given: unknown = seriesList;
  if (!Array.isArray(given)) throw new PlanningError('invalid-argument', `growthRatesBatch takes a list of series; got ${describeValue(given)}`);
  let capacity = 0;
  for (const series of seriesList) if (Array.isArray(series) && series.length > capacity) capacity = series.length;
  const scratch = createScaledColumn(capacity);
  const starts = new Int32Array(seriesList.length + 1);
  // Rows of the fast series: year, reason, and the fraction as numerator and denominator at one scale.
  const years: number[] = [];
  const reasons: number[] = [];
  const numerators: number[] = [];
  const denominators: number[] = [];
  const wideFractions = new Map<number, readonly [bigint, bigint]>();
  const stepRows = new Map<number, YearGrowth[]>();
  const exactPowers = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
  seriesList.forEach((series, index) => {
    starts[index] = years.length;
    const read = readSeries(series, scratch);
    if (read === null) {
      stepRows.set(index, rollingGrowthRates(series));
      return;
    }
    const { digits, exponents } = scratch;
    for (let at = 1; at < read.years.length; at += 1) {
      const year = read.years[at] ?? 0;
      years.push(year);
      const consecutive = read.years[at - 1] === year - 1;
      if (!consecutive || read.present[at] !== true || read.present[at - 1] !== true) {
        reasons.push(MISSING);
        numerators.push(0);
        denominators.push(0);
        continue;
      }
      const current = digits[at] ?? 0;
      const base = digits[at - 1] ?? 0;
      if (base === 0) {
        reasons.push(ZERO_BASE);
        numerators.push(0);
        denominators.push(0);
        continue;
      }
      reasons.push(RATE);
      const currentExponent = exponents[at] ?? 0;
      const baseExponent = exponents[at - 1] ?? 0;
      const scale = Math.min(currentExponent, baseExponent);
      const a = current * (exactPowers[currentExponent - scale] ?? Number.NaN);
      const b = base * (exactPowers[baseExponent - scale] ?? Number.NaN);
      const numerator = (a - b) * 100;
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(numerator)) {
        numerators.push(numerator);
        denominators.push(b);
        continue;
      }
      const wideCurrent = scaledDigits(scratch, at, scale);
      const wideBase = scaledDigits(scratch, at - 1, scale);
      // decimal.js keeps 40 significant digits of the difference before multiplying and dividing.
      wideFractions.set(years.length - 1, [toSignificantDigits(wideCurrent - wideBase) * 100n, wideBase]);
      numerators.push(Number.NaN);
      denominators.push(Number.NaN);
    }
  });
  starts[seriesList.length] = years.length;

  /** The exact fraction of a row, as BigInts. */
  const fractionOf = (row: number): readonly [bigint, bigint] => {
    const wide = wideFractions.get(row);
    if (wide !== undefined) return wide;
    return [BigInt(numerators[row] ?? 0), BigInt(denominators[row] ?? 1)];
  };
  const readRow = (row: number): YearGrowth => {
    const year = years[row] ?? 0;
    const reason = reasons[row] ?? MISSING;
    if (reason === MISSING) return { year, baseYear: year - 1, value: null, reason: 'missing-value' };
    if (reason === ZERO_BASE) return { year, baseYear: year - 1, value: null, reason: 'zero-base' };
    const [numerator, denominator] = fractionOf(row);
    return { year, baseYear: year - 1, value: rateValue(numerator, denominator), reason: null };
  };
  const check = (index: number): void => {
    if (!Number.isInteger(index) || index < 0 || index >= seriesList.length) {
      throw new PlanningError('invalid-argument', `index must be a whole number from 0 to ${String(seriesList.length - 1)}; got ${describeValue(index)}`);
    }
  };
  return Object.freeze({
    length: seriesList.length,
    rateCount: years.length + [...stepRows.values()].reduce((sum, rows) => sum + rows.length, 0),
    rates: (index: number): YearGrowth[] => {
      check(index);
      const computed = stepRows.get(index);
      if (computed !== undefined) return computed.map((row) => ({ ...row }));
      const rows: YearGrowth[] = [];
      for (let row = starts[index] ?? 0; row < (starts[index + 1] ?? 0); row += 1) rows.push(readRow(row));
      return rows;
    },
    compareRate: (index: number, position: number, value: number | string | Decimal): -1 | 0 | 1 | null => {
      check(index);
      const computed = stepRows.get(index);
      const start = starts[index] ?? 0;
      const count = computed === undefined ? (starts[index + 1] ?? 0) - start : computed.length;
      if (!Number.isInteger(position) || position < 0 || position >= count) {
        throw new PlanningError('invalid-argument', `position must be a whole number from 0 to ${String(count - 1)}; got ${describeValue(position)}`);
      }
      const threshold = createScaledColumn(1);
      if (!writeScaled(threshold, 0, value)) throw new PlanningError('invalid-number', `value must be a decimal number such as 5.6; got ${describeValue(value)}`);
      if (computed !== undefined) {
        const rate = computed[position]?.value ?? null;
        return rate === null ? null : (rate.comparedTo(toDecimal(value)) as -1 | 0 | 1);
      }
      const row = start + position;
      if (reasons[row] !== RATE) return null;
      const [numerator, denominator] = fractionOf(row);
      // numerator / denominator against t × 10^e, with the denominator made positive.
      const sign = denominator < 0n ? -1n : 1n;
      const exponent = threshold.exponents[0] ?? 0;
      let left = numerator * sign;
      const right = scaledDigits(threshold, 0, Math.min(exponent, 0)) * denominator * sign;
      if (exponent < 0) left *= 10n ** BigInt(-exponent);
      return left > right ? 1 : left < right ? -1 : 0;
    },
  });
}

/** A whole number rounded to the library's 40 significant digits, half away from zero, as decimal.js rounds a difference. */
function toSignificantDigits(whole: bigint): bigint {
  const negative = whole < 0n;
  const size = negative ? -whole : whole;
  const drop = String(size).length - Decimal.precision;
  if (drop <= 0) return whole;
  const unit = powerOfTen(drop);
  let kept = size / unit;
  if ((size % unit) * 2n >= unit) kept += 1n;
  return (negative ? -kept : kept) * unit;
}

/**
 * The rate `numerator / denominator` as rollingGrowthRates computes it: `(c − b) × 100 / b` with one
 * rounding to 40 digits, half away from zero. A zero change divided by a negative base is −0 in
 * decimal.js, as the step path returns it.
 */
function rateValue(numerator: bigint, denominator: bigint): Decimal {
  const value = roundedQuotient(numerator, denominator);
  return numerator === 0n && denominator < 0n ? value.neg() : value;
}
