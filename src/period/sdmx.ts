import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { getDate } from 'date-fns/getDate';
import { isValid } from 'date-fns/isValid';
import { PlanningError, quoteText } from '../numeric/index.js';
import { endDate, periodOfDate, startDate } from './calendar.js';
import { toPeriod } from './codes.js';
import { isIsoDate, isoDateToDate, toIsoDate } from './date.js';
import { pad, simpleCode } from './format.js';
import type { Period, PeriodInput, SimplePeriod } from './model.js';
import { checkPeriod, requireCode } from './validation.js';

/**
 * Writes a period as an SDMX `TIME_PERIOD` value.
 *
 * | period | SDMX | SDMX kind |
 * |---|---|---|
 * | `2024` | `2024` | Gregorian year |
 * | `2024-S1` | `2024-S1` | reporting semester |
 * | `2024-Q3` | `2024-Q3` | reporting quarter |
 * | `2024-M09` | `2024-M09` | reporting month |
 * | `2024-W05` | `2024-W05` | reporting week (ISO 8601) |
 * | `2024-01-15` | `2024-01-15` | Gregorian day |
 * | `2024-FY04` | `2024-04-01/P1Y` | time range: start date and duration |
 * | `2024-FY04-S2` | `2024-10-01/P6M` | time range (SDMX has no fiscal half-years) |
 * | `2024-B2` | `2024-03-01/P2M` | time range (SDMX has no bi-months) |
 * | `2024-BiW01` | `2024-01-01/P14D` | time range (SDMX has no bi-weeks) |
 * | `2024-WedW05` | `2024-01-31/P7D` | time range (SDMX weeks are ISO weeks) |
 * | `2021/2025` | `2021-01-01/P5Y` | time range in years |
 * | `2023-FY07/2024-FY07` | `2023-07-01/P2Y` | time range in years |
 * | `2024-M01/2024-M09` | `2024-01-01/P9M` | time range in months |
 * | `2024-Q1/2024-Q3` | `2024-01-01/P9M` | halves and quarters count in months |
 * | `2024-W01/2024-W02` | `2024-01-01/P14D` | weeks count in days |
 * | `2024-01-01/2024-01-10` | `2024-01-01/P10D` | time range in days |
 * | `2024-Q1/2024-Q1` | `2024-Q1` | a range of one period is that period |
 *
 * A fiscal year is written as a time range, not as the reporting year `2024-A1`, because a
 * reporting year needs the `REPORTING_YEAR_START_DAY` attribute next to it to be understood. SDMX
 * durations (`xs:duration`) have no quarters, halves or weeks, so a range of those is written in
 * months or days, and {@link fromSdmxTimePeriod} reads it back as a range of months or days covering
 * the same dates. Likewise a half of a fiscal year, a bi-month, a bi-week and a week that does not
 * start on Monday, which have no SDMX reporting period: they are written as time ranges of their
 * dates and read back as ranges of months or days.
 *
 * Source: SDMX 3.0 Technical Notes (Section 6), "4 General Notes for Implementers": time period
 * formats; `ReportingTimePeriodType` and `TimeRangeType` in the SDMX-JSON structure schema
 * (github.com/sdmx-twg/sdmx-json, `structure-message/tools/schemas/sdmx-json-structure-schema.json`).
 *
 * @param period - a period or its code
 * @returns the SDMX `TIME_PERIOD` value
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // The five-year plan 2021-2025 as an SDMX time range:
 * toSdmxTimePeriod('2021/2025');
 * //=> '2021-01-01/P5Y'
 */
export function toSdmxTimePeriod(period: PeriodInput): string {
  const value = toPeriod(period);
  // Types with no SDMX reporting period are written as time ranges of the same dates.
  switch (value.type) {
    case 'fiscal-year':
      return `${toIsoDate(startDate(value))}/P1Y`;
    case 'fiscal-half':
      return `${toIsoDate(startDate(value))}/P6M`;
    case 'bimonth':
      return `${toIsoDate(startDate(value))}/P2M`;
    case 'biweek':
      return `${toIsoDate(startDate(value))}/P14D`;
    case 'week':
      if (value.weekStart !== undefined) return `${toIsoDate(startDate(value))}/P7D`;
      return simpleCode(value);
    case 'range':
      break;
    default:
      return simpleCode(value);
  }
  if (simpleCode(value.start) === simpleCode(value.end)) return toSdmxTimePeriod(value.start);
  const first = startDate(value);
  const last = endDate(value);
  const { start, end } = value;
  if (start.type === 'year' || start.type === 'fiscal-year') {
    return `${toIsoDate(first)}/P${end.year - start.year + 1}Y`;
  }
  if (
    start.type === 'half' ||
    start.type === 'fiscal-half' ||
    start.type === 'quarter' ||
    start.type === 'bimonth' ||
    start.type === 'month'
  ) {
    return `${toIsoDate(first)}/P${differenceInCalendarMonths(last, first) + 1}M`;
  }
  return `${toIsoDate(first)}/P${differenceInCalendarDays(last, first) + 1}D`;
}

const expectedSdmx =
  'expected YYYY, YYYY-A1, YYYY-Ss, YYYY-Qq, YYYY-Mmm, YYYY-Www, YYYY-Dddd, YYYY-MM, YYYY-MM-DD, or a time range start/duration such as 2021-01-01/P5Y';

const reportingPattern = /^(\d{4})-(?:(A)(1)|(S)([12])|(Q)([1-4])|(M)(\d{2})|(W)(\d{2})|(D)(\d{3})|(T)([1-3]))$/;
const gregorianPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const durationPattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(T.*)?$/;
const offsetPattern = /(?:Z|[+-]\d{2}:\d{2})$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T/;

function unsupported(code: string, why: string): PlanningError {
  return new PlanningError('unsupported-conversion', `cannot read SDMX TIME_PERIOD ${quoteText(code)}: ${why}`);
}

function rangeOrSingle(start: SimplePeriod, end: SimplePeriod, what: string): Period {
  if (simpleCode(start) === simpleCode(end)) return Object.freeze(checkPeriod(start, what));
  return Object.freeze(checkPeriod({ type: 'range', start, end }, what));
}

function readTimeRange(code: string, startText: string, durationText: string): Period {
  const what = `SDMX TIME_PERIOD ${quoteText(code)}`;
  if (startText.includes('T')) throw unsupported(code, 'a time range that starts at a time of day has no period here; start it on a date (YYYY-MM-DD)');
  if (!isIsoDate(startText)) {
    throw new PlanningError('invalid-period', `invalid ${what}: a time range starts with a calendar date YYYY-MM-DD; ${expectedSdmx}`);
  }
  const match = durationPattern.exec(durationText);
  if (match === null || durationText === 'P') {
    throw new PlanningError('invalid-period', `invalid ${what}: the duration must read like P5Y, P9M or P10D; got ${quoteText(durationText)}`);
  }
  const [, yearsText, monthsText, weeksText, daysText, timeText] = match;
  if (timeText !== undefined) throw unsupported(code, 'durations in hours, minutes or seconds have no period here');
  const years = Number(yearsText ?? 0);
  const months = Number(monthsText ?? 0);
  const days = Number(weeksText ?? 0) * 7 + Number(daysText ?? 0);
  if (years + months + days === 0) {
    throw new PlanningError('invalid-period', `invalid ${what}: the duration must be positive`);
  }
  if (years + months > 0 && days > 0) {
    throw unsupported(code, 'a duration that mixes years or months with weeks or days is not a whole number of periods of one type');
  }
  const first = isoDateToDate(startText);
  if (days > 0) {
    const last = addDays(first, days - 1);
    if (!isValid(last)) throw new PlanningError('invalid-period', `invalid ${what}: the duration is too long`);
    return rangeOrSingle(periodOfDate(first, 'day', 1), periodOfDate(last, 'day', 1), what);
  }
  if (getDate(first) !== 1) {
    throw unsupported(code, 'a time range in years or months must start on the first day of a month');
  }
  const startMonth = first.getMonth() + 1;
  // Whole years from 1 January are calendar years; from the first of another month, fiscal years.
  const type = months > 0 ? 'month' : startMonth === 1 ? 'year' : 'fiscal-year';
  const lastStart = months > 0 ? addMonths(first, years * 12 + months - 1) : addYears(first, years - 1);
  if (!isValid(lastStart)) throw new PlanningError('invalid-period', `invalid ${what}: the duration is too long`);
  return rangeOrSingle(periodOfDate(first, type, startMonth), periodOfDate(lastStart, type, startMonth), what);
}

/**
 * Reads an SDMX `TIME_PERIOD` value into a {@link Period}; the inverse of {@link toSdmxTimePeriod}.
 *
 * Read: Gregorian `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; reporting periods `YYYY-A1` (the year),
 * `YYYY-S1`..`S2`, `YYYY-Q1`..`Q4`, `YYYY-M01`..`M12`, `YYYY-W01`..`W53` (ISO weeks) and
 * `YYYY-D001`..`D366` (day of the year); and time ranges `YYYY-MM-DD/duration`. Reporting periods
 * are read with the default reporting year start, 1 January (the `REPORTING_YEAR_START_DAY`
 * attribute is not seen here). A time range whose duration is whole years from 1 January is a range
 * of years (`2021-01-01/P5Y` is `2021/2025`); whole years from the first of another month are fiscal
 * years (`2024-04-01/P1Y` is `2024-FY04`); a duration with months is a range of months; one in days
 * or weeks a range of days. A range of one period is read as that period.
 *
 * Source: SDMX 3.0 Technical Notes (Section 6), time period formats; the regular expression of
 * `ReportingTimePeriodType` in the SDMX-JSON structure schema (github.com/sdmx-twg/sdmx-json).
 *
 * @param code - an SDMX `TIME_PERIOD` value
 * @returns the period
 * @throws {@link PlanningError} `invalid-period` for a value of no SDMX form or one naming a period
 * that does not exist (`2025-W53`, `2025-D366`); `unsupported-conversion` for SDMX forms with no
 * period here (trimesters `2024-T1`, times of day, time-zone offsets, a time range in months that
 * starts mid-month)
 *
 * @example
 * // The plan period and a fiscal year, from SDMX:
 * [formatPeriod(fromSdmxTimePeriod('2021-01-01/P5Y')), formatPeriod(fromSdmxTimePeriod('2024-04-01/P1Y'))];
 * //=> ['2021/2025', '2024-FY04']
 */
export function fromSdmxTimePeriod(code: string): Period {
  const text = requireCode(code, 'an SDMX TIME_PERIOD', '2024-Q3');
  const what = `SDMX TIME_PERIOD ${quoteText(text)}`;
  const slash = text.indexOf('/');
  if (slash !== -1) return readTimeRange(text, text.slice(0, slash), text.slice(slash + 1));
  if (dateTimePattern.test(text)) throw unsupported(text, 'a date-time is an instant, not a period');
  if (offsetPattern.test(text)) {
    throw unsupported(text, 'time-zone offsets are not supported; drop the offset');
  }
  const reporting = reportingPattern.exec(text);
  if (reporting !== null) {
    const [, yearText, ...groups] = reporting;
    const parts = groups as (string | undefined)[];
    const year = Number(yearText);
    const letter = parts.find((part) => part !== undefined && /^[A-Z]$/.test(part));
    const number = Number(parts.find((part) => part !== undefined && /^\d+$/.test(part)));
    switch (letter) {
      case 'A':
        return Object.freeze(checkPeriod({ type: 'year', year }, what));
      case 'S':
        return Object.freeze(checkPeriod({ type: 'half', year, half: number }, what));
      case 'Q':
        return Object.freeze(checkPeriod({ type: 'quarter', year, quarter: number }, what));
      case 'M':
        return Object.freeze(checkPeriod({ type: 'month', year, month: number }, what));
      case 'W':
        return Object.freeze(checkPeriod({ type: 'week', year, week: number }, what));
      case 'D': {
        // The year first: a day of a year that the library does not hold (0000) is not a wrong day.
        checkPeriod({ type: 'year', year }, what);
        const january = new Date(year, 0, 1);
        const day = addDays(january, number - 1);
        if (number < 1 || day.getFullYear() !== year) {
          throw new PlanningError(
            'invalid-period',
            `invalid ${what}: day of the year must be 001 to ${differenceInCalendarDays(new Date(year, 11, 31), january) + 1}; got ${pad(number, 3)}`,
          );
        }
        return Object.freeze(checkPeriod(periodOfDate(day, 'day', 1), what));
      }
      default:
        throw unsupported(text, 'SDMX reporting trimesters (four months) have no period type here');
    }
  }
  const gregorian = gregorianPattern.exec(text);
  if (gregorian !== null) {
    const [, yearText, monthText, dayText] = gregorian;
    const year = Number(yearText);
    if (monthText === undefined) return Object.freeze(checkPeriod({ type: 'year', year }, what));
    if (dayText === undefined) return Object.freeze(checkPeriod({ type: 'month', year, month: Number(monthText) }, what));
    return Object.freeze(checkPeriod({ type: 'day', year, month: Number(monthText), day: Number(dayText) }, what));
  }
  throw new PlanningError('invalid-period', `invalid ${what}: ${expectedSdmx}`);
}
