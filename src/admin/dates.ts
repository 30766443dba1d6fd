/*
 * Date helpers internal to the admin domain. Validity intervals are compared as ISO date strings
 * (they sort as text); an open start is stored as '' and an open end as '~', two sentinels that sort
 * before and after every real date, so that interval tests stay plain string comparisons.
 */
import { addDays } from 'date-fns/addDays';
import { PlanningError, describeValue } from '../numeric/index.js';
import { type IsoDate, isIsoDate, isoDateToDate, toIsoDate } from '../period/index.js';

/** Internal start of an interval that is open to the past: sorts before every ISO date. */
export const openStart = '';
/** Internal end of an interval that is open to the future: sorts after every ISO date. */
export const openEnd = '~';

/** Throws `invalid-argument` unless `value` is a real calendar date. */
export function checkDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new PlanningError(
      'invalid-argument',
      `${what} must be a calendar date written YYYY-MM-DD, such as '2025-07-01'; got ${describeValue(value)}`,
    );
  }
}

function shift(date: string, days: 1 | -1): string {
  return toIsoDate(addDays(isoDateToDate(date), days));
}

/** The day after a date; the open sentinels stay open. */
export function dayAfter(date: string): string {
  return date === openStart || date === openEnd ? date : shift(date, 1);
}

/** The day before a date; the open sentinels stay open. */
export function dayBefore(date: string): string {
  return date === openStart || date === openEnd ? date : shift(date, -1);
}

/** The day key of the open start: below the key of every date. */
export const openStartDay = -1;
/** The day key of the open end: above the key of every date (the largest 32-bit integer). */
export const openEndDay = 0x7f_ff_ff_ff;

/**
 * The day key of an interval bound (a `YYYY-MM-DD` date, or a sentinel): the date's digits read as
 * the number YYYYMMDD, {@link openStartDay} for the open start and {@link openEndDay} for the open
 * end. Keys compare as the bounds do (any date of four-digit years, two-digit months and days sorts
 * as its YYYYMMDD), and fit a 32-bit typed array.
 */
export function dayKey(bound: string): number {
  if (bound === openStart) return openStartDay;
  if (bound === openEnd) return openEndDay;
  let key = 0;
  for (let at = 0; at < 10; at += 1) {
    // Positions 4 and 7 hold the dashes.
    if (at !== 4 && at !== 7) key = key * 10 + bound.charCodeAt(at) - 48;
  }
  return key;
}

/** Writes an internal interval bound for a message: a date, or "(open)". */
export function showBound(bound: string): string {
  return bound === openStart || bound === openEnd ? '(open)' : bound;
}

/** Writes an internal interval for a message: "from 2024-01-01 to (open)". */
export function showInterval(from: string, to: string): string {
  return `from ${showBound(from)} to ${showBound(to)}`;
}


/**
 * The parts of the interval [from, to] that none of `intervals` (sorted by start) covers, as
 * [first day, last day] pairs.
 */
export function uncoveredSpans(
  from: string,
  to: string,
  intervals: readonly { readonly from: string; readonly to: string }[],
): [string, string][] {
  const only = intervals.length === 1 ? intervals[0] : undefined;
  if (only !== undefined && only.from <= from && to <= only.to) return [];
  const gaps: [string, string][] = [];
  let cursor = from;
  for (const interval of intervals) {
    if (interval.to < cursor) continue;
    if (interval.from > cursor) {
      const gapEnd = dayBefore(interval.from);
      gaps.push([cursor, gapEnd < to ? gapEnd : to]);
    }
    if (interval.to >= to) return gaps;
    cursor = dayAfter(interval.to);
  }
  if (cursor <= to) gaps.push([cursor, to]);
  return gaps;
}
