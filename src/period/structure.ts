import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { type Decimal, PlanningError, describeValue, toDecimal, quoteText } from '../numeric/index.js';
import { endDate, fiscalStartMonthOf, periodOfDate, sameSimplePeriod, shiftSimple, startDate, weekStartOf } from './calendar.js';
import { toPeriod } from './codes.js';
import { type IsoDate, isoDateToDate, toIsoDate } from './date.js';
import { periodCode, typeName } from './format.js';
import {
  type Period,
  type PeriodInput,
  type SimplePeriod,
  type SimplePeriodType,
  type WeekStart,
  simplePeriodTypes,
  weekStarts,
} from './model.js';
import { periodIssues } from './validation.js';

/**
 * Options for the functions that produce periods of a requested type ({@link splitPeriod},
 * {@link enclosingPeriod}, {@link periodElapsedShare}).
 *
 * @example
 * // The fiscal year (starting in April) that holds September 2024:
 * const options: PeriodTypeOptions = { fiscalYearStartMonth: 4 };
 * formatPeriod(enclosingPeriod('2024-M09', 'fiscal-year', options));
 * //=> '2024-FY04'
 */
export interface PeriodTypeOptions {
  /**
   * The first month (2..12) of the fiscal years to produce when the requested type is
   * `'fiscal-year'` or `'fiscal-half'`. Not needed when the period itself is a fiscal year, a half
   * of one or a range of them: their start month is used.
   */
  readonly fiscalYearStartMonth?: number;
  /**
   * The start day of the weeks to produce when the requested type is `'week'`: absent for ISO weeks
   * (Monday), unless the period itself is a week that starts on another day (or a range of them),
   * whose start day is then used.
   */
  readonly weekStart?: WeekStart;
}

function checkType(type: SimplePeriodType, what: string): void {
  const value: unknown = type;
  if (!simplePeriodTypes.includes(value as SimplePeriodType)) {
    throw new PlanningError(
      'invalid-argument',
      `${what} must be one of ${simplePeriodTypes.join(', ')}; got ${quoteText(String(value))}`,
    );
  }
}

function fiscalStartMonthFor(period: Period, type: SimplePeriodType, options: PeriodTypeOptions, caller: string): number {
  if (type !== 'fiscal-year' && type !== 'fiscal-half') return 1;
  const month = options.fiscalYearStartMonth ?? fiscalStartMonthOf(period);
  if (month === undefined) {
    throw new PlanningError(
      'invalid-argument',
      `${caller}(${periodCode(period)}, '${type}') needs options.fiscalYearStartMonth (2 to 12), the month in which the fiscal years start`,
    );
  }
  if (!Number.isInteger(month) || month < 2 || month > 12) {
    throw new PlanningError(
      'invalid-argument',
      `options.fiscalYearStartMonth must be an integer from 2 to 12; got ${String(month)}`,
    );
  }
  return month;
}

function weekStartFor(period: Period, type: SimplePeriodType, options: PeriodTypeOptions): WeekStart | undefined {
  if (type !== 'week') return undefined;
  const weekStart: unknown = Object.hasOwn(options, 'weekStart') ? options.weekStart : weekStartOf(period);
  if (weekStart === undefined || weekStarts.includes(weekStart as WeekStart)) return weekStart as WeekStart | undefined;
  throw new PlanningError(
    'invalid-argument',
    `options.weekStart must be one of ${weekStarts.join(', ')}, or absent for ISO weeks (Monday); got ${describeValue(weekStart)}`,
  );
}

/** The simple period of a type that holds a date, checked against the supported dates. */
function periodHolding(date: Date, type: SimplePeriodType, fiscalStartMonth: number, weekStart: WeekStart | undefined): SimplePeriod {
  const candidate = periodOfDate(date, type, fiscalStartMonth, weekStart);
  const issues = periodIssues(candidate);
  if (issues.length > 0) {
    throw new PlanningError(
      'invalid-period',
      `no supported ${typeName(type)} holds ${toIsoDate(date)}: ${issues.map((issue) => issue.message).join('; ')}`,
      { issues },
    );
  }
  return candidate;
}

/**
 * Splits a period into the consecutive periods of a finer (or the same) type that partition it
 * exactly: the first starts on the period's first day, each starts the day after the previous one
 * ends, and the last ends on the period's last day. A range is split as the days it covers.
 *
 * @param period - a period or its code
 * @param type - the type of the parts (`'fiscal-year'` needs the start month: see {@link PeriodTypeOptions})
 * @param options - the fiscal-year start month, if needed
 * @returns the parts, in order
 * @throws {@link PlanningError} `unsupported-conversion` when the period is not a whole number of
 * periods of that type (a month into ISO weeks, a year into ISO weeks, a month into quarters);
 * `invalid-argument` for an unknown type or a missing fiscal start month; `invalid-period` for an
 * invalid period or code
 *
 * @example
 * // The months of the first half of 2024:
 * splitPeriod('2024-S1', 'month').map(formatPeriod);
 * //=> ['2024-M01', '2024-M02', '2024-M03', '2024-M04', '2024-M05', '2024-M06']
 *
 * @example
 * // A month is not made of whole ISO weeks:
 * splitPeriod('2024-M01', 'week');
 * // throws PlanningError: cannot split 2024-M01 into ISO weeks: 2024-W05 runs from 2024-01-29 to 2024-02-04, past the end of 2024-M01 on 2024-01-31
 */
export function splitPeriod(period: PeriodInput, type: SimplePeriodType, options: PeriodTypeOptions = {}): SimplePeriod[] {
  const value = toPeriod(period);
  checkType(type, 'the type to split into');
  const fiscalStartMonth = fiscalStartMonthFor(value, type, options, 'splitPeriod');
  const weekStart = weekStartFor(value, type, options);
  const first = startDate(value);
  const last = endDate(value).getTime();
  const what = `cannot split ${periodCode(value)} into ${typeName(type)}s`;
  let current = periodHolding(first, type, fiscalStartMonth, weekStart);
  if (startDate(current).getTime() !== first.getTime()) {
    throw new PlanningError(
      'unsupported-conversion',
      `${what}: it starts on ${toIsoDate(first)}, inside ${periodCode(current)} which starts on ${toIsoDate(startDate(current))}`,
    );
  }
  const parts: SimplePeriod[] = [];
  for (;;) {
    parts.push(current);
    const currentEnd = endDate(current);
    if (currentEnd.getTime() === last) return parts;
    // Stryker disable next-line EqualityOperator: `>=` is the same test, equal ends returned just above
    if (currentEnd.getTime() > last) {
      throw new PlanningError(
        'unsupported-conversion',
        `${what}: ${periodCode(current)} runs from ${toIsoDate(startDate(current))} to ${toIsoDate(currentEnd)}, past the end of ${periodCode(value)} on ${toIsoDate(endDate(value))}`,
      );
    }
    // Within a valid period the next part always exists, so shiftSimple cannot fail here.
    const next = shiftSimple(current, 1) ?? current;
    if (differenceInCalendarDays(startDate(next), currentEnd) !== 1) {
      // Only a 27th bi-week overlaps the next one (the first of the next week-year).
      throw new PlanningError(
        'unsupported-conversion',
        `${what}: ${periodCode(current)} runs to ${toIsoDate(currentEnd)}, into ${periodCode(next)} which starts on ${toIsoDate(startDate(next))}, so they do not partition ${periodCode(value)}`,
      );
    }
    current = next;
  }
}

/**
 * The period of a coarser (or the same) type that contains the whole period: the quarter of a
 * month, the year of a quarter, the ISO week of a day, the fiscal year of a month.
 *
 * @param period - a period or its code
 * @param type - the type of the containing period (`'fiscal-year'` needs the start month: see {@link PeriodTypeOptions})
 * @param options - the fiscal-year start month, if needed
 * @returns the containing period
 * @throws {@link PlanningError} `unsupported-conversion` when no single period of that type holds the
 * whole period (an ISO week across two months or two years, a year into a month);
 * `invalid-argument` for an unknown type or a missing fiscal start month; `invalid-period` for an
 * invalid period or code
 *
 * @example
 * // The quarter of September 2024, and the ISO week of New Year's Day 2021:
 * [formatPeriod(enclosingPeriod('2024-M09', 'quarter')), formatPeriod(enclosingPeriod('2021-01-01', 'week'))];
 * //=> ['2024-Q3', '2020-W53']
 *
 * @example
 * // ISO week 2020-W53 runs across the new year:
 * enclosingPeriod('2020-W53', 'year');
 * // throws PlanningError: 2020-W53 is not within a single year: it runs from 2020-12-28 (in 2020) to 2021-01-03 (in 2021)
 */
export function enclosingPeriod(period: PeriodInput, type: SimplePeriodType, options: PeriodTypeOptions = {}): SimplePeriod {
  const value = toPeriod(period);
  checkType(type, 'the enclosing type');
  const fiscalStartMonth = fiscalStartMonthFor(value, type, options, 'enclosingPeriod');
  const weekStart = weekStartFor(value, type, options);
  const first = startDate(value);
  const last = endDate(value);
  const candidate = periodHolding(first, type, fiscalStartMonth, weekStart);
  if (endDate(candidate).getTime() < last.getTime()) {
    const other = periodOfDate(last, type, fiscalStartMonth, weekStart);
    throw new PlanningError(
      'unsupported-conversion',
      `${periodCode(value)} is not within a single ${typeName(type)}: it runs from ${toIsoDate(first)} (in ${periodCode(candidate)}) to ${toIsoDate(last)} (in ${periodCode(other)})`,
    );
  }
  return candidate;
}

/**
 * The periods of a range, in order, from its start to its end; a simple period enumerates to itself.
 *
 * @param period - a range, or a simple period, or its code
 * @returns the periods, in calendar order
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // The years of the five-year plan 2021-2025:
 * enumeratePeriods('2021/2025').map(formatPeriod);
 * //=> ['2021', '2022', '2023', '2024', '2025']
 */
export function enumeratePeriods(period: PeriodInput): SimplePeriod[] {
  const value = toPeriod(period);
  if (value.type !== 'range') return [value];
  const periods: SimplePeriod[] = [];
  let current: SimplePeriod = value.start;
  for (;;) {
    periods.push(current);
    if (sameSimplePeriod(current, value.end)) return periods;
    // Within a valid range the next period always exists, so shiftSimple cannot fail here.
    current = shiftSimple(current, 1) ?? value.end;
  }
}

function firstOfYear(period: SimplePeriod): SimplePeriod {
  switch (period.type) {
    case 'year':
    case 'fiscal-year':
      return period;
    case 'half':
    case 'fiscal-half':
      return Object.freeze({ ...period, half: 1 });
    case 'quarter':
      return Object.freeze({ ...period, quarter: 1 });
    case 'bimonth':
      return Object.freeze({ ...period, bimonth: 1 });
    case 'month':
      return Object.freeze({ ...period, month: 1 });
    case 'biweek':
      return Object.freeze({ ...period, biweek: 1 });
    case 'week':
      return Object.freeze({ ...period, week: 1 });
    case 'day':
      return Object.freeze({ ...period, month: 1, day: 1 });
  }
}

/**
 * The year to date at the end of a period, in the period's own type: the range from the first period
 * of its year to the period itself. Vietnamese reports call these *X tháng đầu năm* ("the first X
 * months of the year"): `2024-M09` gives `2024-M01/2024-M09` ("9 tháng"), `2024-Q2` gives
 * `2024-Q1/2024-Q2` and `2024-S1` is itself ("6 tháng đầu năm").
 *
 * When the period is the first of its year (`2024-Q1`, `2024-M01`, a year, a fiscal year) the
 * result is the period itself, not a one-period range. An ISO week counts from week 1 of its ISO
 * week-year; a day from 1 January; a range gives the year to date at its end.
 *
 * @param period - a period or its code
 * @returns the range from the start of the year to the period, or the period itself
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // "9 tháng năm 2024": January to September:
 * formatPeriod(yearToDate('2024-M09'));
 * //=> '2024-M01/2024-M09'
 */
export function yearToDate(period: PeriodInput): Period {
  const value = toPeriod(period);
  const end = value.type === 'range' ? value.end : value;
  const start = firstOfYear(end);
  if (sameSimplePeriod(start, end)) return end;
  return Object.freeze({ type: 'range', start, end });
}

/**
 * How {@link periodElapsedShare} measures the share of a period that has passed.
 *
 * - `{ by: 'days' }`: elapsed calendar days over all days of the period.
 * - `{ by: 'sub-periods', subType }`: completed sub-periods of `subType` over all of them (6
 *   completed months of a year is 1/2, whatever their lengths). The period must split exactly into
 *   that type (see {@link splitPeriod}).
 *
 * @example
 * // Pace by completed quarters:
 * const options: ElapsedShareOptions = { by: 'sub-periods', subType: 'quarter' };
 * periodElapsedShare('2024', '2024-08-15', options).toString();
 * //=> '0.5'
 */
export type ElapsedShareOptions =
  | {
      /** Count elapsed calendar days. */
      readonly by: 'days';
    }
  | {
      /** Count completed sub-periods. */
      readonly by: 'sub-periods';
      /** The type of the sub-periods, finer than (or the same as) the period's own. */
      readonly subType: SimplePeriodType;
      /** The fiscal-year start month, when `subType` is `'fiscal-year'` or `'fiscal-half'` (see {@link PeriodTypeOptions}). */
      readonly fiscalYearStartMonth?: number;
      /** The start day of the weeks, when `subType` is `'week'` and they are not ISO weeks (see {@link PeriodTypeOptions}). */
      readonly weekStart?: WeekStart;
    };

/**
 * The share of a period that has elapsed at the end of the day `asOf`, from 0 (not started) to 1
 * (over), for pace calculations: "6 months done is 50% of the year", so a target of 100 should show
 * about 50 by the end of June.
 *
 * By days it is (days from the period's first day to `asOf`, both included) / (days in the period);
 * by sub-periods it is (sub-periods whose last day is on or before `asOf`) / (all sub-periods). Both
 * are clamped to [0, 1]: a date before the period gives 0, a date after it gives 1.
 *
 * @param period - a period or its code
 * @param asOf - the day at whose end to measure, `YYYY-MM-DD`
 * @param options - by days, or by completed sub-periods of a type
 * @returns the elapsed share, an exact fraction in [0, 1]
 * @throws {@link PlanningError} `invalid-argument` for a bad `asOf` date or options;
 * `unsupported-conversion` when the period does not split into `subType`; `invalid-period` for an
 * invalid period or code
 *
 * @example
 * // How much of 2024 had passed at the end of 30 June, by days and by months?
 * [
 *   periodElapsedShare('2024', '2024-06-30', { by: 'days' }).toFixed(4), // 182 of 366 days
 *   periodElapsedShare('2024', '2024-06-30', { by: 'sub-periods', subType: 'month' }).toString(),
 * ];
 * //=> ['0.4973', '0.5']
 */
export function periodElapsedShare(period: PeriodInput, asOf: IsoDate, options: ElapsedShareOptions): Decimal {
  const value = toPeriod(period);
  const asOfTime = isoDateToDate(asOf, 'asOf').getTime();
  const by: unknown = (options as { by?: unknown } | undefined)?.by;
  if (by === 'days') {
    const first = startDate(value);
    const total = differenceInCalendarDays(endDate(value), first) + 1;
    const elapsed = Math.min(Math.max(differenceInCalendarDays(asOfTime, first) + 1, 0), total);
    return toDecimal(elapsed).div(total);
  }
  if (by === 'sub-periods') {
    // `by` was read from these options, so they are the options of sub-periods.
    const subPeriods = options as Extract<ElapsedShareOptions, { by: 'sub-periods' }>;
    const parts = splitPeriod(value, subPeriods.subType, subPeriods);
    let completed = 0;
    for (const part of parts) if (endDate(part).getTime() <= asOfTime) completed += 1;
    return toDecimal(completed).div(parts.length);
  }
  throw new PlanningError(
    'invalid-argument',
    `options.by must be 'days' or 'sub-periods' (with a subType such as 'month'); got ${quoteText(String(by))}`,
  );
}
