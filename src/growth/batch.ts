/*
 * Growth of many series at once. Year-on-year rates are kept as exact fractions of scaled integers
 * until a rate is read (the batch form of rollingGrowthRates, span 1); progress classes are decided
 * on floating-point roots with a proven error margin, and by the step path on every close call (the
 * batch form of classifyProgressFromSeries); end-point averages are computed when read.
 */
import {
  Decimal,
  PlanningError,
  type ScaledColumn,
  createScaledColumn,
  describeValue,
  isDecimalInput,
  maxResultExponent,
  powerOfTen,
  roundedQuotient,
  scaledDigits,
  toDecimal,
  writeScaled,
} from '../numeric/index.js';
import { type AverageGrowthOptions, type YearGrowth, averageAnnualGrowth, rollingGrowthRates } from './average.js';
import {
  DEFAULT_ZERO_REPLACEMENT,
  type AppliedThresholds,
  type ProgressAssessment,
  type ProgressClass,
  type ProgressOptions,
  type SeriesProgressSettings,
  classifyProgressFromSeries,
  thresholdsFor,
} from './progress.js';
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

/** Reasons of rows without a value, as codes; a row is MISSING until a rate or a zero base is found. */
const MISSING = 0;
const RATE = 1;
const ZERO_BASE = 2;

/*
 * A library Decimal of at most two base-10^7 words is read from its words: decimal.js aligns its
 * words on powers of 10^7 (the first word holds the digits above the last multiple of seven in the
 * exponent, as its own addition assumes), so the value is the words as one whole number, below
 * 10^14 and so a safe integer, times 10^(7 × (floor(e / 7) − words + 1)). Trailing zeros are kept:
 * the fraction of a rate does not need the shortest digits, and a numerator that is then no safe
 * integer is made in BigInts. Such a value is in the library's domain whenever its exponent is
 * within the result bound, as toDecimal checks it. Anything else is read by writeScaled.
 */

/**
 * Whether a value is a decimal.js Decimal (of any clone: they share one prototype), found by its
 * prototype, which costs less than `instanceof` or the `constructor` of a Decimal.
 */
// Stryker disable next-line BlockStatement: without an answer (undefined) every value is read by the general readers (writeScaled, isDecimalInput, toDecimal), which read a Decimal the same
function isPlainDecimal(value: unknown): value is Decimal {
  // Stryker disable next-line StringLiteral: a typeof is never '': every value is read by the general readers, as when it is no Decimal
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Decimal.prototype;
}

/**
 * Writes a value into row `row` of the scratch column as writeScaled does (a short Decimal from its
 * words, trailing zeros kept); false when toDecimal refuses the value.
 */
// Stryker disable next-line BlockStatement: an undefined answer sends every series with a value to rollingGrowthRates, whose rates the fast read reproduces
function readValue(column: ScaledColumn, row: number, value: unknown): boolean {
  // Stryker disable next-line BlockStatement: a short Decimal read by writeScaled gives the same exact fraction
  if (isPlainDecimal(value)) {
    const words: unknown = value.d;
    const exponent = value.e;
    // Stryker disable next-line UnaryOperator,BlockStatement: a Decimal left out of the word read is read by writeScaled, to the same exact fraction
    if (Array.isArray(words) && words.length <= 2 && exponent <= maxResultExponent && exponent >= -maxResultExponent) {
      const first = (words[0] as number | undefined) ?? 0;
      // Stryker disable next-line BlockStatement: a zero read by the next lines is ±0 at exponent 0: the same zero base, and the same fraction as current value
      if (first === 0) {
        column.digits[row] = 0;
        column.exponents[row] = 0;
        // Stryker disable next-line BooleanLiteral: false sends the series to rollingGrowthRates, with the same rates
        return true;
      }
      const whole = words.length === 1 ? first : first * 1e7 + ((words[1] as number | undefined) ?? 0);
      column.digits[row] = value.s < 0 ? -whole : whole;
      column.exponents[row] = 7 * (Math.floor(exponent / 7) - words.length + 1);
      // Stryker disable next-line BooleanLiteral: false sends the series to rollingGrowthRates, with the same rates
      return true;
    }
  }
  return writeScaled(column, row, value);
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
  return readRates(seriesList);
}

/** A row index of {@link SeriesMarks} for a series the one-pass read did not take (the step path reads it). */
const NOT_READ = -2;

/**
 * What the rates pass of {@link growthProgressBatch} finds for the progress classes while it reads
 * each series: the base year it looked for (from the settings, NaN where they hold no number there) and, for each series it read in one pass, the positions of the first value at or
 * after that year and of the last value (−1 when there is none), NOT_READ for a series it did not.
 */
interface SeriesMarks {
  readonly baseYears: Float64Array;
  readonly baseIndexes: Int32Array;
  readonly latestIndexes: Int32Array;
  /** The two values as doubles (see floatOfScaled); NaN where the value is to be read again. */
  readonly baseFloats: Float64Array;
  readonly latestFloats: Float64Array;
}

/** The rates of growthRatesBatch, for a list already checked; the marks, when given, are filled in as each series is read. */
function readRates(seriesList: readonly YearSeries[], marks?: SeriesMarks): GrowthRatesBatch {
  let capacity = 0;
  let rowCount = 0;
  for (const series of seriesList) {
    if (!Array.isArray(series)) continue;
    if (series.length > capacity) capacity = series.length;
    // Stryker disable next-line ArithmeticOperator: rowCount only sizes the typed arrays: larger arrays hold the same rows
    if (series.length > 1) rowCount += series.length - 1;
  }
  const scratch = createScaledColumn(capacity);
  const starts = new Int32Array(seriesList.length + 1);
  // Rows of the fast series, in typed arrays sized up front: year, reason, and the fraction as
  // numerator and denominator at one scale (NaN where the fraction is in wideFractions).
  const years = new Float64Array(rowCount);
  const reasons = new Uint8Array(rowCount);
  const numerators = new Float64Array(rowCount);
  const denominators = new Float64Array(rowCount);
  let rows = 0;
  const wideFractions = new Map<number, readonly [bigint, bigint]>();
  const stepRows = new Map<number, YearGrowth[]>();
  // Stryker disable next-line ArrayDeclaration: without the powers every fraction is made in BigInts, exact either way
  const exactPowers = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
  const { digits, exponents } = scratch;
  /** The reason of row `row`, the rate of the values at `at` − 1 and `at` of the scratch column, its fraction stored. */
  const rateRow = (row: number, at: number, consecutive: boolean): number => {
    // a row is MISSING unless both values are there, a year apart
    if (!consecutive) return MISSING;
    const current = digits[at] ?? 0;
    const base = digits[at - 1] ?? 0;
    if (base === 0) return ZERO_BASE;
    const currentExponent = exponents[at] ?? 0;
    const baseExponent = exponents[at - 1] ?? 0;
    const scale = Math.min(currentExponent, baseExponent);
    // Stryker disable next-line LogicalOperator: NaN sends the row to the BigInt fraction, exact either way
    const a = current * (exactPowers[currentExponent - scale] ?? Number.NaN);
    // Stryker disable next-line LogicalOperator: NaN sends the row to the BigInt fraction, exact either way
    const b = base * (exactPowers[baseExponent - scale] ?? Number.NaN);
    const numerator = (a - b) * 100;
    // Stryker disable next-line BlockStatement: the row then takes the BigInt fraction, exact either way
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(numerator)) {
      numerators[row] = numerator;
      denominators[row] = b;
      return RATE;
    }
    const wideCurrent = scaledDigits(scratch, at, scale);
    const wideBase = scaledDigits(scratch, at - 1, scale);
    // decimal.js keeps 40 significant digits of the difference before multiplying and dividing.
    wideFractions.set(row, [toSignificantDigits(wideCurrent - wideBase) * 100n, wideBase]);
    numerators[row] = Number.NaN;
    denominators[row] = Number.NaN;
    return RATE;
  };
  for (let index = 0; index < seriesList.length; index += 1) {
    const series: unknown = seriesList[index];
    const start = rows;
    starts[index] = start;
    // One pass per series: each row is checked, read and turned into its rate with the row before;
    // a series the step path must read (unsorted, refused) gives back the rows it took.
    let fast = Array.isArray(series);
    const list = (fast ? series : []) as readonly unknown[];
    let previousYear = 0;
    // Stryker disable next-line BooleanLiteral: read only from the second row on, after the first row has set it
    let previousPresent = false;
    const baseYear = marks === undefined ? Number.NaN : (marks.baseYears[index] ?? Number.NaN);
    let baseIndex = -1;
    let latestIndex = -1;
    // Stryker disable next-line LogicalOperator,AssignmentOperator: both read a row past the end (undefined), which sends the series to rollingGrowthRates, with the same rates
    for (let at = 0; fast && at < list.length; at += 1) {
      const row: unknown = list[at];
      // Stryker disable next-line StringLiteral: a typeof is never '': every series goes to rollingGrowthRates, with the same rates
      if (typeof row !== 'object' || row === null) {
        fast = false;
        break;
      }
      const { year, value } = row as { readonly year?: unknown; readonly value?: unknown };
      // Stryker disable next-line StringLiteral: a typeof is never '': every series goes to rollingGrowthRates, with the same rates
      if (typeof year !== 'number' || !Number.isSafeInteger(year) || (at > 0 && year <= previousYear)) {
        fast = false;
        break;
      }
      // Stryker disable next-line LogicalOperator: a missing value is then read by readValue, which refuses null and undefined: the series goes to rollingGrowthRates, with the same rates
      const present = value !== null && value !== undefined;
      if (present) {
        if (!readValue(scratch, at, value)) {
          fast = false;
          break;
        }
        if (baseIndex < 0 && year >= baseYear) baseIndex = at;
        latestIndex = at;
      }
      if (at > 0) {
        const rowAt = rows;
        rows += 1;
        years[rowAt] = year;
        reasons[rowAt] = rateRow(rowAt, at, year === previousYear + 1 && present && previousPresent);
      }
      previousYear = year;
      previousPresent = present;
    }
    if (!fast) {
      for (let rowAt = start; rowAt < rows; rowAt += 1) wideFractions.delete(rowAt);
      rows = start;
      stepRows.set(index, rollingGrowthRates(series as YearSeries));
    }
    if (marks !== undefined) {
      marks.baseIndexes[index] = fast ? baseIndex : NOT_READ;
      marks.latestIndexes[index] = latestIndex;
      // the doubles of the two values, from their exact digits while they are still in the scratch column
      marks.baseFloats[index] = floatOfScaled(digits[baseIndex] ?? Number.NaN, exponents[baseIndex] ?? 0);
      marks.latestFloats[index] = floatOfScaled(digits[latestIndex] ?? Number.NaN, exponents[latestIndex] ?? 0);
    }
  }
  starts[seriesList.length] = rows;

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
    rateCount: rows + [...stepRows.values()].reduce((sum, rows) => sum + rows.length, 0),
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
        // Stryker disable next-line OptionalChaining: position has been checked against computed.length
        const rate = computed[position]?.value ?? null;
        return rate === null ? null : (rate.comparedTo(toDecimal(value)) as -1 | 0 | 1);
      }
      const row = start + position;
      if (reasons[row] !== RATE) return null;
      const [numerator, denominator] = fractionOf(row);
      // numerator / denominator against t × 10^e, with the denominator made positive.
      const sign = denominator < 0n ? -1n : 1n;
      const exponent = threshold.exponents[0] ?? 0;
      // Stryker disable next-line ArithmeticOperator: sign is 1n or -1n: dividing by it is multiplying by it
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

/** Options of {@link progressBatch}: those of {@link classifyProgressFromSeries}, and the rules of the averages. */
export interface ProgressBatchOptions extends ProgressOptions {
  /**
   * The range and rules of the end-point average that {@link ProgressBatch.average} reads, as
   * {@link averageAnnualGrowth} takes them; default: its defaults (the whole series).
   */
  readonly average?: AverageGrowthOptions;
}

/**
 * The progress classes and end-point averages of many series ({@link progressBatch}). Every class
 * is the one {@link classifyProgressFromSeries} gives; every average and assessment is computed, by
 * the step functions themselves, only when read.
 *
 * Cost model: {@link progressBatch} reads each series once (each value checked as the step path
 * checks it, two values and the target turned into floating point) and decides each class on two
 * floating-point roots whose error is bounded (see {@link progressBatch}); a class too close to a
 * threshold for that bound, and a series the fast read does not take, are decided by
 * {@link classifyProgressFromSeries} (`stepDecided` counts them). It keeps one byte a series.
 * `progressClass(i)` is a look-up; `average(i)` and `assessment(i)` cost one step call each (a
 * 40-digit root or two), and are not kept.
 *
 * @example
 * // Two communes' income per person, 2020-2023, toward 45 in 2025:
 * const batch: ProgressBatch = progressBatch(
 *   [
 *     [{ year: 2020, value: 30 }, { year: 2023, value: 38 }],
 *     [{ year: 2020, value: 30 }, { year: 2023, value: 31 }],
 *   ],
 *   { baseYear: 2020, direction: 'increase', target: { year: 2025, value: 45 } },
 * );
 * [batch.classes(), batch.average(0)?.toFixed(2), batch.assessment(1).label];
 * //=> [['substantial-progress', 'limited-progress'], '8.20', 'Limited progress']
 */
export interface ProgressBatch {
  /** How many series. */
  readonly length: number;
  /** How many classes the step path decided: close calls, and series or settings the fast read does not take. */
  readonly stepDecided: number;
  /**
   * The progress class of series `index`: `classifyProgressFromSeries(series, settings, options).progressClass`.
   * @param index - the series' position in the list given
   */
  progressClass(index: number): ProgressClass;
  /** The progress classes of all series, in the order given (a new list each call). */
  classes(): ProgressClass[];
  /**
   * The end-point average annual growth of series `index` in percent, computed now:
   * `averageAnnualGrowth(series, options.average).value` (null when it has none).
   * @param index - the series' position in the list given
   */
  average(index: number): Decimal | null;
  /**
   * The whole assessment of series `index`, computed now: `classifyProgressFromSeries(series, settings, options)`.
   * @param index - the series' position in the list given
   */
  assessment(index: number): ProgressAssessment;
}

const PROGRESS_CLASSES: readonly ProgressClass[] = [
  'target-achieved',
  'substantial-progress',
  'moderate-progress',
  'limited-progress',
  'deterioration',
  // Stryker disable next-line StringLiteral: classAt reads a class missing from this list as 'not-assessable'
  'not-assessable',
];

/*
 * The error margin. A value of a series is read into a double with a relative error of at most
 * 9u (u = 2^-53: up to seven roundings while its base-10^7 words are gathered and scaled), so the
 * ratio of two values errs by at most 19u. Its n-th root by Math.pow errs by at most 19u/n from the
 * ratio, |ln ratio| × u/2n from the rounded exponent 1/n (|ln ratio| ≤ 668 in the range taken), and
 * a few units of the last place of its own: together below 360u, 4e-14 of the root. The margin
 * ROOT_ERROR is 2^-40 (9.1e-13) of the root plus one, twenty times that, and it also covers the step
 * path's own error (within 1e-39 × max(1, |growth|)), so the step path's rate lies inside
 * center ± radius. Each later float operation adds ROUNDING of its result (1e-15 > 9u), and TINY
 * keeps a margin where a value is zero.
 */
const ROOT_ERROR = 2 ** -40;
const ROUNDING = 1e-15;
const TINY = 1e-300;
/** Ties between two values are left to Decimal comparison within this relative distance. */
const NEAR = 1e-14;
/** Doubles used lie within these magnitudes: far from overflow, underflow and subnormals. */
const SMALLEST = 1e-290;
const LARGEST = 1e290;

let floatPowers: Float64Array | undefined;

/** 10^exponent as the nearest double (each parsed from its text, so correctly rounded); |exponent| ≤ 308. */
function floatPowerOfTen(exponent: number): number {
  floatPowers ??= Float64Array.from({ length: 617 }, (_, index) => Number(`1e${String(index - 308)}`));
  return floatPowers[exponent + 308] ?? Number.NaN;
}

/** A library Decimal as a double within 9u of it, 0 for zero, NaN when outside the doubles used. */
function approximateDecimal(value: Decimal): number {
  // d holds base-1e7 words aligned on powers of 10^7 (see readValue); e is the exponent of the first digit
  const words = value.d;
  let mantissa = words[0] ?? 0;
  for (let index = 1; index < words.length; index += 1) mantissa = mantissa * 1e7 + (words[index] ?? 0);
  return floatOfScaled(value.s < 0 ? -mantissa : mantissa, 7 * (Math.floor(value.e / 7) - words.length + 1));
}

/**
 * `digits × 10^exponent` as a double: within u of it when the digits are a whole number held
 * exactly (within 9u of a Decimal's value for the mantissa approximateDecimal gathers); 0 for zero;
 * NaN outside the doubles used, and for NaN digits.
 */
function floatOfScaled(digits: number, exponent: number): number {
  if (digits === 0) return 0;
  // Stryker disable next-line LogicalOperator: floatPowerOfTen is NaN beyond ±308, and NaN fails the range check below
  if (exponent < -308 || exponent > 308) return Number.NaN;
  const mantissa = Math.abs(digits);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: times 10^-k and divided by 10^k are both within u of the value, inside the 9u the margin allows
  const size = exponent >= 0 ? mantissa * floatPowerOfTen(exponent) : mantissa / floatPowerOfTen(-exponent);
  if (!(size >= SMALLEST && size <= LARGEST)) return Number.NaN;
  return digits < 0 ? -size : size;
}

/**
 * Whether toDecimal accepts a value: decided without converting for a number or a library Decimal
 * plainly inside the domain, by toDecimal's own check for anything else.
 */
function acceptedValue(value: unknown): boolean {
  // Stryker disable next-line StringLiteral,BlockStatement: a number is then judged by isDecimalInput, which accepts the same numbers
  if (typeof value === 'number') {
    const size = Math.abs(value);
    // Stryker disable next-line LogicalOperator: a number is then judged by isDecimalInput, which accepts the same numbers; an infinity let through has no double (approximate gives NaN) and goes to the step path
    if (size === 0 || (size >= 1e-100 && size < 1e101)) return true;
  } else if (isPlainDecimal(value)) {
    // at most seven words hold at most 49 significant digits, within the 50 allowed; the exponent is
    // tested before the first word so that the words themselves are not read (a cache miss per value)
    const words: unknown = value.d;
    if (Array.isArray(words) && words.length <= 7 && (Math.abs(value.e) <= 1000 || words[0] === 0)) return true;
  }
  return isDecimalInput(value);
}

/** An accepted value as a double within 9u of what toDecimal reads; 0 for zero; NaN outside the doubles used. */
function approximate(value: unknown): number {
  // Stryker disable next-line StringLiteral: a number is then read through toDecimal, to a double within 9u of it
  if (typeof value === 'number') {
    const size = Math.abs(value);
    // Stryker disable next-line LogicalOperator: a number that reaches here was accepted: zero or from 1e-100 to below 1e101, inside the doubles used
    return size === 0 ? 0 : size >= SMALLEST && size <= LARGEST ? value : Number.NaN;
  }
  return approximateDecimal(isPlainDecimal(value) ? value : toDecimal(value as string));
}

/** The sign of a − b, exactly: from the doubles when they are clearly apart, else from the Decimals. */
function compareValues(a: unknown, aFloat: number, b: unknown, bFloat: number): number {
  const gap = aFloat - bFloat;
  if (Math.abs(gap) > (Math.abs(aFloat) + Math.abs(bFloat)) * NEAR) return gap > 0 ? 1 : -1;
  return toDecimal(a as string).comparedTo(toDecimal(b as string));
}

/** A growth rate (a fraction, not percent) as an interval: the exact and the step path's rate lie within center ± radius. */
interface GrowthInterval {
  readonly center: number;
  readonly radius: number;
}

/** The compound growth from `first` to `last` (doubles of one sign, `first` not zero) over whole `periods`, with its margin. */
function growthInterval(first: number, last: number, periods: number): GrowthInterval | undefined {
  if (last === 0) return { center: -1, radius: 0 };
  const ratio = Math.abs(last) / Math.abs(first);
  if (!(ratio >= SMALLEST && ratio <= LARGEST)) return undefined;
  const root = periods === 1 ? ratio : Math.pow(ratio, 1 / periods);
  return { center: root - 1, radius: (root + 1) * ROOT_ERROR };
}

/** The thresholds low, medium and high of a method as doubles, with the class each opens, highest first. */
type FloatThresholds = readonly (readonly [number, ProgressClass])[];

function floatThresholds(thresholds: AppliedThresholds): FloatThresholds | undefined {
  const bands: [number, ProgressClass][] = [
    [thresholds.high.toNumber(), 'substantial-progress'],
    [thresholds.medium.toNumber(), 'moderate-progress'],
    [thresholds.low.toNumber(), 'limited-progress'],
  ];
  // Stryker disable next-line MethodExpression: a threshold beyond 1e290 still compares rightly as a double, or is infinite with an infinite margin, so that no class is decided across it
  return bands.every(([value]) => Math.abs(value) <= LARGEST) ? bands : undefined;
}

/**
 * The class of a value known to lie in [low, high], as classifyProgress's classOf gives it for every
 * value there; undefined when a threshold may lie inside (a close call for the step path).
 */
function classOfInterval(low: number, high: number, thresholds: FloatThresholds): ProgressClass | undefined {
  for (const [threshold, progressClass] of thresholds) {
    // the double of a threshold is within u/2 of it
    const margin = Math.abs(threshold) * ROUNDING + TINY;
    // Stryker disable next-line ArithmeticOperator: the margin (1e-15 of the threshold) is far inside the slack of the interval (radius twenty times the proven error): the class is the same
    if (low > threshold + margin) return progressClass;
    // Stryker disable next-line ArithmeticOperator: the margin (1e-15 of the threshold) is far inside the slack of the interval (radius twenty times the proven error): the class is the same
    if (!(high < threshold - margin)) return undefined;
  }
  return 'deterioration';
}

/** An interval widened by the rounding of the float operations that made it, as [low, high]. */
function widened(interval: GrowthInterval, scale: number): readonly [number, number] {
  const center = interval.center * scale;
  const spread = interval.radius * Math.abs(scale) * 1.001 + Math.abs(center) * ROUNDING + TINY;
  return [center - spread, center + spread];
}

/** What progressBatch resolves once from its options; undefined when an option is refused (then the step path decides, and throws). */
interface ProgressContext {
  readonly withTarget: FloatThresholds;
  readonly withoutTarget: FloatThresholds;
  readonly replacement: Decimal;
  readonly replacementFloat: number;
}

function progressContext(options: ProgressOptions): ProgressContext | undefined {
  try {
    const withTarget = floatThresholds(thresholdsFor(true, options));
    const withoutTarget = floatThresholds(thresholdsFor(false, options));
    // Stryker disable next-line StringLiteral: a refused option makes the context undefined: the step path throws its own message
    const replacement = options.zeroReplacement === undefined ? DEFAULT_ZERO_REPLACEMENT : toDecimal(options.zeroReplacement, 'zeroReplacement');
    // Stryker disable next-line StringLiteral: a refused option makes the context undefined: the step path throws its own message
    if (options.limitExponent !== undefined) toDecimal(options.limitExponent, 'limitExponent');
    if (withTarget === undefined || withoutTarget === undefined) return undefined;
    return { withTarget, withoutTarget, replacement, replacementFloat: approximateDecimal(replacement) };
  } catch (error) {
    if (error instanceof PlanningError) return undefined;
    throw error;
  }
}

interface SeriesRow {
  readonly year: number;
  readonly value: unknown;
}

/** Whether the fast read takes the settings: a base year that is a safe integer, a direction, and a target (if any) with such a year and an accepted value. */
function settingsTaken(settings: SeriesProgressSettings): boolean {
  const direction: unknown = settings.direction;
  if (!Number.isSafeInteger(settings.baseYear) || (direction !== 'increase' && direction !== 'decrease')) return false;
  const given: unknown = settings.target;
  if (given === undefined) return true;
  if (typeof given !== 'object' || given === null) return false;
  const { year, value } = given as { readonly year?: unknown; readonly value?: unknown };
  return Number.isSafeInteger(year) && value !== null && value !== undefined && acceptedValue(value);
}

/**
 * The class classifyProgressFromSeries gives a series, decided in floating point with the margin
 * above; undefined for a close call and for anything the step path must read (which may throw).
 */
function fastProgressClass(series: YearSeries, settings: SeriesProgressSettings, context: ProgressContext): ProgressClass | undefined {
  if (!settingsTaken(settings)) return undefined;
  const { baseYear } = settings;
  const rows: unknown = series;
  if (!Array.isArray(rows)) return undefined;
  let baseIndex = -1;
  // Stryker disable next-line UnaryOperator: latestIndex is read only once baseIndex is found, and is set with it
  let latestIndex = -1;
  let previousYear = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < rows.length; index += 1) {
    const row: unknown = rows[index];
    if (typeof row !== 'object' || row === null) return undefined;
    const { year, value } = row as SeriesRow;
    // years out of order go to the step path, which sorts them or names the repeated one
    if (!Number.isSafeInteger(year) || year <= previousYear) return undefined;
    previousYear = year;
    if (value === null || value === undefined) continue;
    if (!acceptedValue(value)) return undefined;
    if (baseIndex < 0 && year >= baseYear) baseIndex = index;
    latestIndex = index;
  }
  return classOfRows(rows, baseIndex, latestIndex, settings, context, Number.NaN, Number.NaN);
}

/**
 * The class of {@link fastProgressClass} for a series whose rows have all been read (each an object,
 * the years safe integers in increasing order, every value null, undefined or accepted) and for
 * settings it takes, from the position of the base value (the first value at or after the base
 * year, −1 when there is none) and of the latest value.
 */
function classOfRows(
  rows: readonly unknown[],
  baseIndex: number,
  latestIndex: number,
  settings: SeriesProgressSettings,
  context: ProgressContext,
  baseFloat: number,
  latestFloat: number,
): ProgressClass | undefined {
  const { target, limit } = settings;
  const direction: unknown = settings.direction;
  // Stryker disable next-line StringLiteral: classAt reads a class missing from PROGRESS_CLASSES as 'not-assessable'
  if (baseIndex < 0) return 'not-assessable';
  const baseRow = rows[baseIndex] as SeriesRow;
  const latestRow = rows[latestIndex] as SeriesRow;
  // NaN where the rates pass found no double (or did not look): the value is read again
  const rawBase = Number.isNaN(baseFloat) ? approximate(baseRow.value) : baseFloat;
  const current = Number.isNaN(latestFloat) ? approximate(latestRow.value) : latestFloat;
  const base = rawBase === 0 ? context.replacementFloat : rawBase;
  // NaN fails every comparison: a value outside the doubles used goes to the step path
  if (Number.isNaN(current) || !(base > 0 || base < 0)) return undefined;
  const desired = direction === 'increase' ? 1 : -1;
  const orientation = rawBase < 0 ? -desired : desired;
  let targetInput: unknown;
  let targetValue = 0;
  if (target !== undefined) {
    const targetRaw = approximate(target.value);
    if (Number.isNaN(targetRaw)) return undefined;
    targetInput = targetRaw === 0 ? context.replacement : target.value;
    targetValue = targetRaw === 0 ? context.replacementFloat : targetRaw;
    if (Number.isNaN(targetValue)) return undefined;
    const order = compareValues(latestRow.value, current, targetInput, targetValue);
    if (desired === 1 ? order >= 0 : order <= 0) return 'target-achieved';
  }
  // Stryker disable next-line StringLiteral: classAt reads a class missing from PROGRESS_CLASSES as 'not-assessable'
  if (current !== 0 && (current < 0) !== (base < 0)) return 'not-assessable';
  const years = latestRow.year - baseRow.year;
  // Stryker disable next-line StringLiteral: classAt reads a class missing from PROGRESS_CLASSES as 'not-assessable'
  if (years < 1) return 'not-assessable';
  const observed = growthInterval(base, current, years);
  if (observed === undefined) return undefined;
  if (target === undefined) {
    // the natural-limit factor is 1 from twice the limit up; nearer the limit the step path scales the thresholds
    if (limit !== undefined && !(acceptedValue(limit) && toDecimal(baseRow.value as string).abs().greaterThanOrEqualTo(toDecimal(limit).abs().times(2)))) {
      return undefined;
    }
    // Stryker disable next-line ArithmeticOperator: orientation is 1 or -1: dividing by it is multiplying by it
    const [low, high] = widened(observed, 100 * orientation);
    return classOfInterval(low, high, context.withoutTarget);
  }
  const targetYears = target.year - baseRow.year;
  // Stryker disable next-line StringLiteral: classAt reads a class missing from PROGRESS_CLASSES as 'not-assessable'
  if (targetYears < 1) return 'not-assessable';
  // Stryker disable next-line StringLiteral: classAt reads a class missing from PROGRESS_CLASSES as 'not-assessable'
  if (targetValue !== 0 && (targetValue < 0) !== (base < 0)) return 'not-assessable';
  const required = growthInterval(base, targetValue, targetYears);
  if (required === undefined) return undefined;
  const [observedLow, observedHigh] = widened(observed, orientation);
  const [requiredLow, requiredHigh] = widened({ center: Math.abs(required.center), radius: required.radius }, 1);
  // a required growth that may be zero is the step path's to judge (zero-required-growth)
  if (!(requiredLow > 0)) return undefined;
  // R = observed / |required| with |required| positive: its extremes are at the corners
  const low = Math.min(observedLow / requiredLow, observedLow / requiredHigh);
  const high = Math.max(observedHigh / requiredLow, observedHigh / requiredHigh);
  return classOfInterval(low - Math.abs(low) * ROUNDING - TINY, high + Math.abs(high) * ROUNDING + TINY, context.withTarget);
}

/**
 * The Open SDG progress class of many series at once, with their end-point average growth: the
 * batch form of {@link classifyProgressFromSeries} (and of {@link averageAnnualGrowth}) for the
 * series of every commune or every indicator.
 *
 * Each class is decided without a 40-digit root. The observed and required growth are found as
 * floating-point roots together with a bound on their error (twenty times what the float
 * arithmetic can err, and far beyond the step path's 1e-39), and the ratio R (or, without a target,
 * the growth in percent) is taken as an interval; when no threshold lies inside the interval, every
 * value in it, the step path's included, has the same class. Whether the target is achieved is
 * decided exactly (Decimal comparison where the doubles are close). A class whose interval meets a
 * threshold, and every series or setting the fast read does not take (years out of order, a value
 * beyond the doubles or refused, a natural limit nearer than twice the base, a zero required
 * growth, a refused option), is decided by {@link classifyProgressFromSeries} itself, which also
 * throws its errors. So every class is the step path's, exactly; property tests check it. To have
 * the year-on-year rates of the same series too, {@link growthProgressBatch} gives both from one read.
 *
 * @param seriesList - the series, each a list of `{ year, value }`; kept, not changed (change none
 *   of them while the batch is in use)
 * @param settings - the base year, direction, and target or limit: one for every series, or a
 *   list with one per series
 * @param options - thresholds, labels, zero replacement and limit exponent as
 *   {@link classifyProgressFromSeries} takes them, and the rules of the averages
 * @returns the batch of classes, averages and assessments
 * @throws {@link PlanningError} `invalid-argument` when `seriesList` is not a list, or `settings`
 *   is neither settings nor a list of settings of the same length; what
 *   {@link classifyProgressFromSeries} throws for a series or setting it refuses
 *
 * @example
 * // Poverty rates toward 4% in 2025, from 2020; the third commune has met the target:
 * const poverty = progressBatch(
 *   [
 *     [{ year: 2020, value: '8.2' }, { year: 2023, value: '5.1' }],
 *     [{ year: 2020, value: '8.2' }, { year: 2023, value: '7.9' }],
 *     [{ year: 2020, value: '6.0' }, { year: 2023, value: '3.8' }],
 *   ],
 *   { baseYear: 2020, direction: 'decrease', target: { year: 2025, value: 4 } },
 * );
 * poverty.classes();
 * //=> ['substantial-progress', 'limited-progress', 'target-achieved']
 */
export function progressBatch(
  seriesList: readonly YearSeries[],
  settings: SeriesProgressSettings | readonly SeriesProgressSettings[],
  options: ProgressBatchOptions = {},
): ProgressBatch {
  const given: unknown = seriesList;
  if (!Array.isArray(given)) throw new PlanningError('invalid-argument', `progressBatch takes a list of series; got ${describeValue(given)}`);
  return buildProgress(seriesList, settingsReader('progressBatch', seriesList.length, settings), options);
}

/** The settings of each series: `of` returns them or throws when they are no object; `baseYearOf` never throws. */
interface SettingsReader {
  readonly of: (index: number) => SeriesProgressSettings;
  /** The base year of series `index` when its settings are an object with a number there; NaN otherwise. */
  readonly baseYearOf: (index: number) => number;
}

/** Reads the settings given to a batch of `count` series: one for all, or a list of one per series (of that length, else it throws). */
function settingsReader(name: string, count: number, settings: SeriesProgressSettings | readonly SeriesProgressSettings[]): SettingsReader {
  const givenSettings: unknown = settings;
  const perSeries = Array.isArray(givenSettings);
  const settingsList: readonly unknown[] = perSeries ? [...(givenSettings as readonly unknown[])] : [];
  if (perSeries && settingsList.length !== count) {
    throw new PlanningError(
      'invalid-argument',
      `${name} takes one settings for all series or one per series; got ${String(settingsList.length)} settings for ${String(count)} series`,
    );
  }
  const found = (index: number): unknown => (perSeries ? settingsList[index] : givenSettings);
  return {
    of: (index: number): SeriesProgressSettings => {
      const seriesSettings = found(index);
      if (typeof seriesSettings !== 'object' || seriesSettings === null || Array.isArray(seriesSettings)) {
        throw new PlanningError(
          'invalid-argument',
          `settings${perSeries ? `[${String(index)}]` : ''} must be an object { baseYear, direction, target?, limit? }; got ${describeValue(seriesSettings)}`,
        );
      }
      return seriesSettings as SeriesProgressSettings;
    },
    baseYearOf: (index: number): number => {
      const seriesSettings = found(index);
      if (typeof seriesSettings !== 'object' || seriesSettings === null) return Number.NaN;
      const { baseYear } = seriesSettings as { readonly baseYear?: unknown };
      return typeof baseYear === 'number' ? baseYear : Number.NaN;
    },
  };
}

/**
 * The class of {@link fastProgressClass} for series `index`, from the positions the rates pass
 * marked; a series it did not read, or settings whose base year now reads otherwise, are read again.
 */
function markedProgressClass(series: YearSeries, settings: SeriesProgressSettings, context: ProgressContext, marks: SeriesMarks, index: number): ProgressClass | undefined {
  const baseIndex = marks.baseIndexes[index] ?? NOT_READ;
  if (baseIndex === NOT_READ || settings.baseYear !== marks.baseYears[index]) return fastProgressClass(series, settings, context);
  if (!settingsTaken(settings)) return undefined;
  return classOfRows(series, baseIndex, marks.latestIndexes[index] ?? -1, settings, context, marks.baseFloats[index] ?? Number.NaN, marks.latestFloats[index] ?? Number.NaN);
}

/** The progress batch of a list already checked, its classes decided from the marks of the rates pass when given. */
function buildProgress(seriesList: readonly YearSeries[], reader: SettingsReader, options: ProgressBatchOptions, marks?: SeriesMarks): ProgressBatch {
  const list = [...seriesList];
  const settingsOf = reader.of;
  const { average: averageOptions, ...progressOptions } = options;
  const context = progressContext(progressOptions);
  const codes = new Uint8Array(list.length);
  let stepDecided = 0;
  list.forEach((series, index) => {
    const seriesSettings = settingsOf(index);
    let decided: ProgressClass | undefined;
    if (context !== undefined) decided = marks === undefined ? fastProgressClass(series, seriesSettings, context) : markedProgressClass(series, seriesSettings, context, marks, index);
    if (decided === undefined) {
      decided = classifyProgressFromSeries(series, seriesSettings, progressOptions).progressClass;
      stepDecided += 1;
    }
    codes[index] = PROGRESS_CLASSES.indexOf(decided);
  });
  const check = (index: number): void => {
    if (!Number.isInteger(index) || index < 0 || index >= list.length) {
      throw new PlanningError('invalid-argument', `index must be a whole number from 0 to ${String(list.length - 1)}; got ${describeValue(index)}`);
    }
  };
  // Stryker disable next-line StringLiteral: every code is the index of a class in PROGRESS_CLASSES: the fallback is never read
  const classAt = (index: number): ProgressClass => PROGRESS_CLASSES[codes[index] ?? 5] ?? 'not-assessable';
  return Object.freeze({
    length: list.length,
    stepDecided,
    progressClass: (index: number): ProgressClass => {
      check(index);
      return classAt(index);
    },
    classes: (): ProgressClass[] => list.map((_, index) => classAt(index)),
    average: (index: number): Decimal | null => {
      check(index);
      // Stryker disable next-line ArrayDeclaration: list[index] is never undefined: a series that is null or undefined is refused when the batch is made
      return averageAnnualGrowth(list[index] ?? [], averageOptions).value;
    },
    assessment: (index: number): ProgressAssessment => {
      check(index);
      // Stryker disable next-line ArrayDeclaration: list[index] is never undefined: a series that is null or undefined is refused when the batch is made
      return classifyProgressFromSeries(list[index] ?? [], settingsOf(index), progressOptions);
    },
  });
}

/**
 * The year-on-year rates and the progress classes of many series, from one read of each series
 * ({@link growthProgressBatch}).
 *
 * Cost model: each series is read once, as {@link growthRatesBatch} reads it; while it reads the
 * values it marks the base and the latest value of each series, so that each class is decided, as
 * {@link progressBatch} decides it, from those two values alone, without a second pass over the
 * series. The two parts are the batches that {@link growthRatesBatch} and {@link progressBatch} give.
 *
 * @example
 * // Two series toward 130 in 2026 from 2023: the rates of the first, and both classes:
 * const both: GrowthProgressBatch = growthProgressBatch(
 *   [
 *     [{ year: 2023, value: 100 }, { year: 2024, value: 110 }],
 *     [{ year: 2023, value: 100 }, { year: 2024, value: 99 }],
 *   ],
 *   { baseYear: 2023, direction: 'increase', target: { year: 2026, value: 130 } },
 * );
 * [both.rates.rates(0)[0]?.value?.toString(), both.progress.classes()];
 * //=> ['10', ['substantial-progress', 'deterioration']]
 */
export interface GrowthProgressBatch {
  /** The year-on-year rates of every series: what {@link growthRatesBatch} gives for the list. */
  readonly rates: GrowthRatesBatch;
  /** The progress classes, averages and assessments: what {@link progressBatch} gives for the list, settings and options. */
  readonly progress: ProgressBatch;
}

/**
 * The year-on-year growth rates and the progress classes of many series, reading each series once:
 * the same results as {@link growthRatesBatch} and {@link progressBatch} called one after the other,
 * for the usual pair of questions about the series of every commune or every indicator (how did it
 * grow each year, and how far is it toward its target?).
 *
 * The rates are read as {@link growthRatesBatch} reads them, each value once, and that pass also
 * marks, for each series, its first value at or after the base year of its settings and its latest
 * value: every class is then decided from those two values as {@link progressBatch} decides it
 * (floating-point roots with a proven margin, {@link classifyProgressFromSeries} on close calls),
 * with no second pass over the rows. A series the one-pass read does not take (years out of order,
 * a value refused) is read by the step functions, as in the two batches.
 *
 * @param seriesList - the series, each a list of `{ year, value }`; kept, not changed (change none
 *   of them while the batch is in use)
 * @param settings - the base year, direction, and target or limit: one for every series, or a
 *   list with one per series
 * @param options - the options of {@link progressBatch}
 * @returns the rates and the progress batch
 * @throws {@link PlanningError} `invalid-argument` when `seriesList` is not a list, or `settings`
 *   is a list of another length than `seriesList`; then what {@link growthRatesBatch} throws for a
 *   series; then what {@link progressBatch} throws for a series or its settings
 *
 * @example
 * // Three communes' output, 2021-2024, toward 150 in 2026: the last year's growth and the class:
 * const output = growthProgressBatch(
 *   [
 *     [{ year: 2021, value: 100 }, { year: 2022, value: 108 }, { year: 2023, value: 117 }, { year: 2024, value: 128 }],
 *     [{ year: 2021, value: 100 }, { year: 2022, value: 102 }, { year: 2023, value: 101 }, { year: 2024, value: 104 }],
 *     [{ year: 2021, value: 100 }, { year: 2022, value: 130 }, { year: 2023, value: 145 }, { year: 2024, value: 151 }],
 *   ],
 *   { baseYear: 2021, direction: 'increase', target: { year: 2026, value: 150 } },
 * );
 * [0, 1, 2].map((index) => [output.rates.rates(index)[2]?.value?.toFixed(2), output.progress.progressClass(index)]);
 * //=> [['9.40', 'substantial-progress'], ['2.97', 'limited-progress'], ['4.14', 'target-achieved']]
 */
export function growthProgressBatch(
  seriesList: readonly YearSeries[],
  settings: SeriesProgressSettings | readonly SeriesProgressSettings[],
  options: ProgressBatchOptions = {},
): GrowthProgressBatch {
  const given: unknown = seriesList;
  if (!Array.isArray(given)) throw new PlanningError('invalid-argument', `growthProgressBatch takes a list of series; got ${describeValue(given)}`);
  const reader = settingsReader('growthProgressBatch', seriesList.length, settings);
  const count = seriesList.length;
  const baseYears = new Float64Array(count);
  for (let index = 0; index < count; index += 1) baseYears[index] = reader.baseYearOf(index);
  const marks: SeriesMarks = {
    baseYears,
    baseIndexes: new Int32Array(count),
    latestIndexes: new Int32Array(count),
    baseFloats: new Float64Array(count),
    latestFloats: new Float64Array(count),
  };
  const rates = readRates(seriesList, marks);
  return Object.freeze({ rates, progress: buildProgress(seriesList, reader, options, marks) });
}
