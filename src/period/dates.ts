import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endDate, startDate } from './calendar.js';
import { toPeriod } from './codes.js';
import { type IsoDate, toIsoDate } from './date.js';
import type { PeriodInput } from './model.js';

/**
 * The first day of a period. An ISO week starts on its Monday; a fiscal year on the first day of its
 * start month; a range on the first day of its start.
 *
 * @param period - a period or its code
 * @returns the first day, as `YYYY-MM-DD`
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // ISO week 1 of 2025 starts in December 2024:
 * periodStart('2025-W01');
 * //=> '2024-12-30'
 */
export function periodStart(period: PeriodInput): IsoDate {
  return toIsoDate(startDate(toPeriod(period)));
}

/**
 * The last day of a period, inclusive.
 *
 * @param period - a period or its code
 * @returns the last day, as `YYYY-MM-DD`
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // The fiscal year that starts in April 2024 ends in March 2025:
 * periodEnd('2024-FY04');
 * //=> '2025-03-31'
 */
export function periodEnd(period: PeriodInput): IsoDate {
  return toIsoDate(endDate(toPeriod(period)));
}

/**
 * The number of calendar days in a period, its first and last day included.
 *
 * @param period - a period or its code
 * @returns the number of days (at least 1)
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // 2024 is a leap year; the five-year plan 2021-2025 has one leap day:
 * [periodDays('2024'), periodDays('2021/2025')];
 * //=> [366, 1826]
 */
export function periodDays(period: PeriodInput): number {
  const value = toPeriod(period);
  return differenceInCalendarDays(endDate(value), startDate(value)) + 1;
}
