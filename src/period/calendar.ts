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
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDate } from 'date-fns/getDate';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { getMonth } from 'date-fns/getMonth';
import { getQuarter } from 'date-fns/getQuarter';
import { getWeek } from 'date-fns/getWeek';
import { getWeekYear } from 'date-fns/getWeekYear';
import { getYear } from 'date-fns/getYear';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { lastDayOfQuarter } from 'date-fns/lastDayOfQuarter';
import { startOfISOWeekYear } from 'date-fns/startOfISOWeekYear';
import { startOfWeek } from 'date-fns/startOfWeek';
import {
  type Period,
  type SimplePeriod,
  type SimplePeriodType,
  type WeekStart,
  maxPeriodYear,
  minPeriodYear,
  weekStarts,
} from './model.js';

type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The date-fns weekday number (0 is Sunday) on which weeks start: Monday for ISO weeks. */
export function weekStartsOn(weekStart: WeekStart | undefined): Weekday {
  if (weekStart === undefined) return 1;
  // weekStarts runs from Tuesday (2) to Sunday (7, which date-fns numbers 0).
  return ((weekStarts.indexOf(weekStart) + 2) % 7) as Weekday;
}

/** The number of ISO weeks (52 or 53) of an ISO week-year; 4 January always lies in week 1. */
export function weeksInIsoYear(year: number): number {
  return getISOWeeksInYear(new Date(year, 0, 4));
}

/** The first day of week 1 of a week-year: the start of the week that holds 4 January. */
function weekYearStart(year: number, weekStart: WeekStart | undefined): Date {
  if (weekStart === undefined) return startOfISOWeekYear(new Date(year, 0, 4));
  return startOfWeek(new Date(year, 0, 4), { weekStartsOn: weekStartsOn(weekStart) });
}

/** The number of weeks (52 or 53) of a week-year whose weeks start on `weekStart` (ISO when undefined). */
export function weeksInWeekYear(year: number, weekStart: WeekStart | undefined): number {
  if (weekStart === undefined) return weeksInIsoYear(year);
  return Math.round(differenceInCalendarDays(weekYearStart(year + 1, weekStart), weekYearStart(year, weekStart)) / 7);
}

/** The number of bi-weeks (26, or 27 when the ISO week-year has 53 weeks) of an ISO week-year. */
export function biweeksInYear(year: number): number {
  return Math.ceil(weeksInIsoYear(year) / 2);
}

function weekStartDate(year: number, week: number, weekStart: WeekStart | undefined): Date {
  return addWeeks(weekYearStart(year, weekStart), week - 1);
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
    case 'fiscal-half':
      // Month numbers past 11 roll into the next year.
      return new Date(period.year, period.startMonth - 1 + (period.half - 1) * 6, 1);
    case 'quarter':
      return new Date(period.year, (period.quarter - 1) * 3, 1);
    case 'bimonth':
      return new Date(period.year, (period.bimonth - 1) * 2, 1);
    case 'month':
      return new Date(period.year, period.month - 1, 1);
    case 'biweek':
      return weekStartDate(period.year, period.biweek * 2 - 1, undefined);
    case 'week':
      return weekStartDate(period.year, period.week, period.weekStart);
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
    case 'fiscal-half':
      return lastDayOfMonth(addMonths(startDate(period), 5));
    case 'quarter':
      return lastDayOfQuarter(startDate(period));
    case 'bimonth':
      return lastDayOfMonth(addMonths(startDate(period), 1));
    case 'month':
      return lastDayOfMonth(startDate(period));
    case 'biweek':
      return addDays(startDate(period), 13);
    case 'week':
      return addDays(startDate(period), 6);
    case 'day':
      return startDate(period);
    case 'range':
      return endDate(period.end);
  }
}

/**
 * The simple period of a type that holds a date. `fiscalStartMonth` is used only for the types
 * `fiscal-year` and `fiscal-half`: a date belongs to the fiscal year that started in the latest
 * `fiscalStartMonth` on or before it. `weekStart` is used only for the type `week` (ISO weeks when
 * undefined). A day in the first week of a week-year that follows a 53-week year lies in two
 * bi-weeks (the 27th of the old year and the 1st of the new); it is given the new year's first.
 */
export function periodOfDate(
  date: Date,
  type: SimplePeriodType,
  fiscalStartMonth: number,
  weekStart?: WeekStart,
): SimplePeriod {
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
    case 'fiscal-half': {
      const monthsIn = (month - fiscalStartMonth + 12) % 12;
      return Object.freeze({
        type,
        year: month >= fiscalStartMonth ? year : year - 1,
        startMonth: fiscalStartMonth,
        half: monthsIn < 6 ? 1 : 2,
      });
    }
    case 'quarter':
      return Object.freeze({ type, year, quarter: getQuarter(date) });
    case 'bimonth':
      return Object.freeze({ type, year, bimonth: Math.ceil(month / 2) });
    case 'month':
      return Object.freeze({ type, year, month });
    case 'biweek':
      return Object.freeze({ type, year: getISOWeekYear(date), biweek: Math.ceil(getISOWeek(date) / 2) });
    case 'week': {
      if (weekStart === undefined) return Object.freeze({ type, year: getISOWeekYear(date), week: getISOWeek(date) });
      const options = { weekStartsOn: weekStartsOn(weekStart), firstWeekContainsDate: 4 } as const;
      return Object.freeze({ type, year: getWeekYear(date, options), week: getWeek(date, options), weekStart });
    }
    case 'day':
      return Object.freeze({ type, year, month, day: getDate(date) });
  }
}

/** The fiscal-year start month carried by a period, or undefined when it is not about fiscal years. */
export function fiscalStartMonthOf(period: Period): number | undefined {
  const simple = period.type === 'range' ? period.start : period;
  return simple.type === 'fiscal-year' || simple.type === 'fiscal-half' ? simple.startMonth : undefined;
}

/** The weekday on which the weeks of a period start, when it is a non-ISO week or a range of them. */
export function weekStartOf(period: Period): WeekStart | undefined {
  const simple: Period = period.type === 'range' ? period.start : period;
  return simple.type === 'week' ? simple.weekStart : undefined;
}

/**
 * Moves a bi-week by whole bi-weeks. Bi-weeks are numbered within ISO week-years of 26 or 27, and
 * the 27th overlaps the next year's first, so moving goes by number, not by days.
 */
function shiftBiweek(year: number, biweek: number, steps: number): SimplePeriod | undefined {
  // Past this many steps the result is outside the supported years whatever the start.
  if (Math.abs(steps) > 27 * (maxPeriodYear - minPeriodYear + 1)) return undefined;
  let targetYear = year;
  let number = biweek + steps;
  while (number > biweeksInYear(targetYear)) {
    number -= biweeksInYear(targetYear);
    targetYear += 1;
  }
  while (number < 1) {
    targetYear -= 1;
    number += biweeksInYear(targetYear);
  }
  return Object.freeze({ type: 'biweek', year: targetYear, biweek: number });
}

/**
 * Moves a simple period by `steps` periods of its own type, or returns undefined when the result is
 * not a representable date (the caller reports it). Years and fiscal years move by years, halves
 * (calendar or fiscal) by six months, quarters by quarters, bi-months by two months, months by
 * months, weeks by weeks (keeping their start day), bi-weeks by number and days by days.
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
    case 'fiscal-half':
      moved = addMonths(start, steps * 6);
      break;
    case 'quarter':
      moved = addQuarters(start, steps);
      break;
    case 'bimonth':
      moved = addMonths(start, steps * 2);
      break;
    case 'month':
      moved = addMonths(start, steps);
      break;
    case 'biweek':
      return shiftBiweek(period.year, period.biweek, steps);
    case 'week':
      moved = addWeeks(start, steps);
      break;
    case 'day':
      moved = addDays(start, steps);
      break;
  }
  if (!isValid(moved)) return undefined;
  return periodOfDate(moved, period.type, fiscalStartMonthOf(period) ?? 1, weekStartOf(period));
}

/** Whether two simple periods are the same period (same type and same first day). */
export function sameSimplePeriod(a: SimplePeriod, b: SimplePeriod): boolean {
  if (a.type !== b.type) return false;
  return startDate(a).getTime() === startDate(b).getTime();
}
