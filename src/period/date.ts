import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import * as z from 'zod/mini';
import { PlanningError, quoteText } from '../numeric/index.js';

/**
 * A calendar date written as ISO 8601 `YYYY-MM-DD` (`'2025-07-01'`). Dates cross the public API as
 * these strings: they are plain, immutable, time-zone free, JSON-ready, and sort correctly as text.
 *
 * @example
 * // The day the 2025 administrative reform took effect:
 * const reform: IsoDate = '2025-07-01';
 * reform < '2025-12-31';
 * //=> true
 */
export type IsoDate = string;

// Dates are checked on hot paths (a hierarchy lookup checks its date on every call), so the string is
// read digit by digit, without a regular expression or an allocation, into yyyymmdd (or -1), and the
// day checked against the month's length only when it is past the 28th.
function digitsAt(value: string, start: number, count: number): number {
  let result = 0;
  for (let index = start; index < start + count; index += 1) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}

// The Gregorian month lengths, by hand rather than with date-fns' getDaysInMonth (which builds two
// Dates a call): this runs on every date check. The tests compare it with date-fns for every month.
const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return monthLengths[month - 1] ?? 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function packedDate(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return -1;
  if (day > 28 && day > daysInMonth(year, month)) return -1;
  return year * 10_000 + month * 100 + day;
}

/**
 * Tells whether a string is a real calendar date in `YYYY-MM-DD` form (leap years checked).
 *
 * @param value - anything
 * @returns true for a valid ISO calendar date string
 *
 * @example
 * // 2024 is a leap year, 2025 is not:
 * [isIsoDate('2024-02-29'), isIsoDate('2025-02-29'), isIsoDate('2025-7-1')];
 * //=> [true, false, false]
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && packedDate(value) >= 0;
}

/**
 * Reads an ISO date string into a local-time `Date` at midnight, for calendar arithmetic with
 * date-fns. The inverse of {@link toIsoDate}.
 *
 * @param value - a `YYYY-MM-DD` date
 * @param what - a name for the value, used in the error message
 * @returns a new Date at local midnight of that day
 * @throws {@link PlanningError} `invalid-argument` if the string is not a real calendar date
 *
 * @example
 * // The weekday of 1 July 2025 (0 is Sunday):
 * isoDateToDate('2025-07-01').getDay();
 * //=> 2
 */
export function isoDateToDate(value: IsoDate, what = 'date'): Date {
  const packed = typeof value === 'string' ? packedDate(value) : -1;
  if (packed < 0) {
    throw new PlanningError(
      'invalid-argument',
      `${what} must be a calendar date written YYYY-MM-DD, such as '2025-07-01'; got ${quoteText(value)}`,
    );
  }
  const date = new Date(2000, ((packed / 100) % 100 | 0) - 1, packed % 100);
  // Set the year on its own: new Date() would read the years 0–99 as 1900–1999.
  date.setFullYear(Math.floor(packed / 10_000));
  return date;
}

/**
 * Writes the local calendar day of a `Date` as an ISO date string.
 *
 * @param date - a valid Date
 * @returns the date as `YYYY-MM-DD`
 * @throws {@link PlanningError} `invalid-argument` for an invalid Date
 *
 * @example
 * // Month numbers in Date are 0-based; ISO dates are not:
 * toIsoDate(new Date(2024, 0, 15));
 * //=> '2024-01-15'
 */
export function toIsoDate(date: Date): IsoDate {
  if (!isValid(date)) throw new PlanningError('invalid-argument', 'date must be a valid Date; got an Invalid Date');
  return format(date, 'yyyy-MM-dd');
}

/**
 * The zod schema of an {@link IsoDate}: a `YYYY-MM-DD` string that names a real calendar day.
 *
 * @example
 * // Validate a date read from JSON:
 * z.safeParse(isoDateSchema, '2025-02-30').success;
 * //=> false
 */
export const isoDateSchema: z.ZodMiniString = z.string().check(
  z.refine(isIsoDate, { error: 'expected a calendar date written YYYY-MM-DD, such as "2025-07-01"' }),
);
