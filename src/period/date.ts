import { format, isValid, parse } from 'date-fns';
import * as z from 'zod/mini';
import { PlanningError } from '../numeric/index.js';

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

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

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
  if (typeof value !== 'string' || !isoDatePattern.test(value)) return false;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
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
  if (!isIsoDate(value)) {
    throw new PlanningError(
      'invalid-argument',
      `${what} must be a calendar date written YYYY-MM-DD, such as '2025-07-01'; got ${JSON.stringify(value)}`,
    );
  }
  return parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
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
