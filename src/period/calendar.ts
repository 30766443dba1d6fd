/*
 * Internal calendar helpers: the first and last day of a period as local-midnight Dates, the period
 * of a type that holds a date, and moving a simple period by whole steps. All calendar arithmetic is
 * date-fns; nothing here validates (callers check the results with periodIssues).
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getDate } from 'date-fns/getDate';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { getMonth } from 'date-fns/getMonth';
import { getQuarter } from 'date-fns/getQuarter';
import { getYear } from 'date-fns/getYear';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { lastDayOfQuarter } from 'date-fns/lastDayOfQuarter';
import { startOfISOWeekYear } from 'date-fns/startOfISOWeekYear';
import type { Period, SimplePeriod, SimplePeriodType } from './model.js';

/** The number of ISO weeks (52 or 53) of an ISO week-year; 4 January always lies in week 1. */
export function weeksInIsoYear(year: number): number {
  return getISOWeeksInYear(new Date(year, 0, 4));
}

function isoWeekStart(year: number, week: number): Date {
  return addWeeks(startOfISOWeekYear(new Date(year, 0, 4)), week - 1);
}

/** The first day of a period, at local midnight. */
export function startDate(period: Period): Date {
  switch (period.type) {
    case 'year':
      return new Date(period.year, 0, 1);
    case 'fiscal-year':
      return new Date(period.year, period.startMonth - 1, 1);
    case 'half':
      return new Date(period.year, (period.half - 1) * 6, 1);
    case 'quarter':
      return new Date(period.year, (period.quarter - 1) * 3, 1);
    case 'month':
      return new Date(period.year, period.month - 1, 1);
    case 'week':
      return isoWeekStart(period.year, period.week);
    case 'day':
      return new Date(period.year, period.month - 1, period.day);
    case 'range':
      return startDate(period.start);
  }
}

/** The last day of a period (inclusive), at local midnight. */
export function endDate(period: Period): Date {
  switch (period.type) {
    case 'year':
      return new Date(period.year, 11, 31);
    case 'fiscal-year':
      return lastDayOfMonth(addMonths(startDate(period), 11));
    case 'half':
      return lastDayOfMonth(new Date(period.year, period.half * 6 - 1, 1));
    case 'quarter':
      return lastDayOfQuarter(startDate(period));
    case 'month':
      return lastDayOfMonth(startDate(period));
    case 'week':
      return addDays(isoWeekStart(period.year, period.week), 6);
    case 'day':
      return startDate(period);
    case 'range':
      return endDate(period.end);
  }
}

/**
 * The simple period of a type that holds a date. `fiscalStartMonth` is used only for the type
 * `fiscal-year`: a date belongs to the fiscal year that started in the latest `fiscalStartMonth`
 * on or before it.
 */
export function periodOfDate(date: Date, type: SimplePeriodType, fiscalStartMonth: number): SimplePeriod {
  const year = getYear(date);
  const month = getMonth(date) + 1;
  switch (type) {
    case 'year':
      return Object.freeze({ type, year });
    case 'fiscal-year':
      return Object.freeze({
        type,
        year: month >= fiscalStartMonth ? year : year - 1,
        startMonth: fiscalStartMonth,
      });
    case 'half':
      return Object.freeze({ type, year, half: month <= 6 ? 1 : 2 });
    case 'quarter':
      return Object.freeze({ type, year, quarter: getQuarter(date) });
    case 'month':
      return Object.freeze({ type, year, month });
    case 'week':
      return Object.freeze({ type, year: getISOWeekYear(date), week: getISOWeek(date) });
    case 'day':
      return Object.freeze({ type, year, month, day: getDate(date) });
  }
}

/** The fiscal-year start month carried by a period, or undefined when it is not about fiscal years. */
export function fiscalStartMonthOf(period: Period): number | undefined {
  if (period.type === 'fiscal-year') return period.startMonth;
  if (period.type === 'range' && period.start.type === 'fiscal-year') return period.start.startMonth;
  return undefined;
}

/**
 * Moves a simple period by `steps` periods of its own type, or returns undefined when the result is
 * not a representable date (the caller reports it). Years and fiscal years move by years, halves by
 * six months, quarters by quarters, months by months, weeks by ISO weeks and days by days.
 */
export function shiftSimple(period: SimplePeriod, steps: number): SimplePeriod | undefined {
  if (steps === 0) return period;
  const start = startDate(period);
  let moved: Date;
  switch (period.type) {
    case 'year':
    case 'fiscal-year':
      moved = addYears(start, steps);
      break;
    case 'half':
      moved = addMonths(start, steps * 6);
      break;
    case 'quarter':
      moved = addQuarters(start, steps);
      break;
    case 'month':
      moved = addMonths(start, steps);
      break;
    case 'week':
      moved = addWeeks(start, steps);
      break;
    case 'day':
      moved = addDays(start, steps);
      break;
  }
  if (!isValid(moved)) return undefined;
  return periodOfDate(moved, period.type, period.type === 'fiscal-year' ? period.startMonth : 1);
}

/** Whether two simple periods are the same period (same type and same first day). */
export function sameSimplePeriod(a: SimplePeriod, b: SimplePeriod): boolean {
  if (a.type !== b.type) return false;
  return startDate(a).getTime() === startDate(b).getTime();
}
