import { subYears } from 'date-fns/subYears';
import { PlanningError } from '../numeric/index.js';
import { biweeksInYear, periodOfDate, shiftSimple, startDate, weeksInWeekYear } from './calendar.js';
import { toPeriod } from './codes.js';
import { pad, periodCode } from './format.js';
import { type Period, type PeriodInput, type SimplePeriod, maxPeriodYear, minPeriodYear } from './model.js';
import { periodIssues } from './validation.js';

function shiftEnd(period: SimplePeriod, steps: number, original: Period): SimplePeriod {
  const moved = shiftSimple(period, steps);
  if (moved === undefined || periodIssues(moved).length > 0) {
    throw new PlanningError(
      'invalid-period',
      `cannot shift ${periodCode(original)} by ${steps}: the result falls outside the supported dates ${minPeriodYear}-01-01 to ${maxPeriodYear}-12-31`,
    );
  }
  return moved;
}

/**
 * Moves a period by a whole number of periods of its own type: a year by years, a fiscal year by
 * fiscal years, a half-year (calendar or fiscal) by halves, a quarter by quarters, a bi-month by
 * bi-months, a month by months, a week by weeks of the same start day (across week-years of 52 and
 * 53 weeks), a bi-week by bi-weeks (26 or 27 to a week-year: the 27th, which overlaps the next
 * year's first, is followed by that first), a day by days. A range moves both of its ends by
 * `steps` periods of their type (a sliding window: `2021/2025` shifted by 1 is `2022/2026`; to reach
 * the next five-year plan shift by 5).
 *
 * @param period - a period or its code
 * @param steps - how many periods to move; negative moves back; an integer
 * @returns the moved period
 * @throws {@link PlanningError} `invalid-argument` if `steps` is not an integer; `invalid-period`
 * for an invalid period or code, or when the result would fall outside years 1000-9999
 *
 * @example
 * // Two quarters after the third quarter of 2024, and 2020-W53 plus one week:
 * [formatPeriod(shiftPeriod('2024-Q3', 2)), formatPeriod(shiftPeriod('2020-W53', 1))];
 * //=> ['2025-Q1', '2021-W01']
 */
export function shiftPeriod(period: PeriodInput, steps: number): Period {
  if (!Number.isSafeInteger(steps)) {
    throw new PlanningError('invalid-argument', `steps must be an integer number of periods; got ${String(steps)}`);
  }
  const value = toPeriod(period);
  if (value.type !== 'range') return shiftEnd(value, steps, value);
  return Object.freeze({
    type: 'range',
    start: shiftEnd(value.start, steps, value),
    end: shiftEnd(value.end, steps, value),
  });
}

/**
 * The period that follows, of the same type: `shiftPeriod(period, 1)`.
 *
 * @param period - a period or its code
 * @returns the next period
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code, or past year 9999
 *
 * @example
 * // The week after the last ISO week of 2026 (which has 53):
 * formatPeriod(nextPeriod('2026-W53'));
 * //=> '2027-W01'
 */
export function nextPeriod(period: PeriodInput): Period {
  return shiftPeriod(period, 1);
}

/**
 * The period that precedes, of the same type: `shiftPeriod(period, -1)`.
 *
 * @param period - a period or its code
 * @returns the previous period
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code, or before year 1000
 *
 * @example
 * // The day before 1 March in a leap year:
 * formatPeriod(previousPeriod('2024-03-01'));
 * //=> '2024-02-29'
 */
export function previousPeriod(period: PeriodInput): Period {
  return shiftPeriod(period, -1);
}

function simpleLastYear(period: SimplePeriod, original: Period): SimplePeriod {
  if (period.year - 1 < minPeriodYear) {
    throw new PlanningError(
      'invalid-period',
      `${periodCode(original)} has no same period last year within the supported years ${minPeriodYear} to ${maxPeriodYear}`,
    );
  }
  switch (period.type) {
    case 'day':
      // date-fns subYears keeps the month and clamps the day to the month's end: 29 Feb -> 28 Feb.
      return periodOfDate(subYears(startDate(period), 1), 'day', 1);
    case 'week': {
      const weeks = weeksInWeekYear(period.year - 1, period.weekStart);
      if (period.week > weeks) {
        const missing = periodCode({ ...period, year: period.year - 1 });
        const last = periodCode({ ...period, year: period.year - 1, week: weeks });
        const yearName = period.weekStart === undefined ? 'ISO week-year' : `week-year (weeks starting on ${period.weekStart})`;
        throw new PlanningError(
          'invalid-period',
          `${periodCode(original)} has no same period last year: ${yearName} ${pad(period.year - 1, 4)} has ${weeks} weeks, so ${missing} does not exist; compare with ${last} or with the same days (a day range)`,
        );
      }
      return Object.freeze({ ...period, year: period.year - 1 });
    }
    case 'biweek': {
      if (period.biweek > biweeksInYear(period.year - 1)) {
        throw new PlanningError(
          'invalid-period',
          `${periodCode(original)} has no same period last year: ISO week-year ${pad(period.year - 1, 4)} has 26 bi-weeks, so ${pad(period.year - 1, 4)}-BiW27 does not exist; compare with ${pad(period.year - 1, 4)}-BiW26 or with the same days (a day range)`,
        );
      }
      return Object.freeze({ ...period, year: period.year - 1 });
    }
    default:
      return Object.freeze({ ...period, year: period.year - 1 });
  }
}

/**
 * The same period of the previous year, the base of a year-on-year comparison (Vietnamese reports:
 * *so với cùng kỳ năm trước*, "compared with the same period last year").
 *
 * A year, fiscal year, half-year (calendar or fiscal), quarter, bi-month or month moves to the same
 * one a year earlier; a week (or bi-week) to the same number in the previous week-year; a day to the same calendar date, with
 * **29 February mapping to 28 February** (the rule of date-fns `subYears`: the day is clamped to the
 * end of the month); a range moves both of its ends (`2024-M01/2024-M09` against
 * `2023-M01/2023-M09`).
 *
 * @param period - a period or its code
 * @returns the same period one year earlier
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code, for week 53 when the
 * previous week-year has only 52 weeks (`2026-W53`: there is no `2025-W53`) and bi-week 27 likewise,
 * or before year 1000
 *
 * @example
 * // "9 tháng năm 2024 so với cùng kỳ": the nine months of 2024 against those of 2023:
 * formatPeriod(samePeriodLastYear('2024-M01/2024-M09'));
 * //=> '2023-M01/2023-M09'
 *
 * @example
 * // A leap day is compared with the last day of February:
 * formatPeriod(samePeriodLastYear('2024-02-29'));
 * //=> '2023-02-28'
 */
export function samePeriodLastYear(period: PeriodInput): Period {
  const value = toPeriod(period);
  if (value.type !== 'range') return simpleLastYear(value, value);
  const start = simpleLastYear(value.start, value);
  const end = simpleLastYear(value.end, value);
  return Object.freeze({ type: 'range', start, end });
}
