import { endDate, startDate } from './calendar.js';
import { toPeriod } from './codes.js';
import { periodCode } from './format.js';
import { type Period, type PeriodInput, simplePeriodTypes } from './model.js';

/** Orders periods that cover the same days: simple before range, coarser type before finer. */
function typeRank(period: Period): number {
  return period.type === 'range'
    ? simplePeriodTypes.length + simplePeriodTypes.indexOf(period.start.type)
    : simplePeriodTypes.indexOf(period.type);
}

interface SortKey {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
}

function sortKey(period: Period): SortKey {
  return { start: startDate(period).getTime(), end: endDate(period).getTime(), rank: typeRank(period) };
}

function compareKeys(a: SortKey, b: SortKey): -1 | 0 | 1 {
  const difference = a.start - b.start || a.end - b.end || a.rank - b.rank;
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * Compares two periods for sorting: by first day, then by last day, then (for periods that cover
 * exactly the same days, such as `2024` and `2024-Q1/2024-Q4`) simple periods before ranges and
 * coarser types before finer ones. It is a total order in which two periods compare equal exactly
 * when they have the same code.
 *
 * @param a - a period or its code
 * @param b - a period or its code
 * @returns -1 if `a` sorts first, 1 if `b` sorts first, 0 if they are the same period
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // A month sorts before the quarter that starts with it, which sorts before the year:
 * [comparePeriods('2024-M01', '2024-Q1'), comparePeriods('2024', '2024-Q1'), comparePeriods('2024-Q1', '2024-q1')];
 * //=> [-1, 1, 0]
 */
export function comparePeriods(a: PeriodInput, b: PeriodInput): -1 | 0 | 1 {
  return compareKeys(sortKey(toPeriod(a)), sortKey(toPeriod(b)));
}

/**
 * Sorts periods by {@link comparePeriods}, returning a new array of the same elements (codes stay
 * codes, objects stay objects); the input is not changed. Equal periods keep their input order.
 *
 * @param periods - periods or codes, in any order
 * @returns a new, sorted array
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // Put a report's columns in calendar order (by first day, then by last day):
 * sortPeriods(['2024', '2024-M09', '2023', '2024-Q1']);
 * //=> ['2023', '2024-Q1', '2024', '2024-M09']
 */
export function sortPeriods<T extends PeriodInput>(periods: readonly T[]): T[] {
  const keyed = periods.map((period) => ({ period, key: sortKey(toPeriod(period)) }));
  keyed.sort((left, right) => compareKeys(left.key, right.key));
  return keyed.map((entry) => entry.period);
}

/**
 * Tells whether two periods are the same period: the same canonical code. A range of one period is
 * not that period (`2024/2024` is not `2024`), and a quarter is not the range of its three months,
 * though they cover the same days.
 *
 * @param a - a period or its code
 * @param b - a period or its code
 * @returns true when both have the same canonical code
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // A code and an object for the same month:
 * periodsEqual('2024-M09', { type: 'month', year: 2024, month: 9 });
 * //=> true
 */
export function periodsEqual(a: PeriodInput, b: PeriodInput): boolean {
  return periodCode(toPeriod(a)) === periodCode(toPeriod(b));
}

/**
 * Tells whether every day of `inner` lies within `outer` (a period contains itself).
 *
 * @param outer - the period that may contain the other
 * @param inner - the period that may lie within
 * @returns true when `inner` starts on or after `outer`'s first day and ends on or before its last
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // Is September 2024 part of the plan 2021-2025, and of the fiscal year from October 2024?
 * [periodContains('2021/2025', '2024-M09'), periodContains('2024-FY10', '2024-M09')];
 * //=> [true, false]
 */
export function periodContains(outer: PeriodInput, inner: PeriodInput): boolean {
  const container = toPeriod(outer);
  const content = toPeriod(inner);
  return (
    startDate(container).getTime() <= startDate(content).getTime() &&
    endDate(content).getTime() <= endDate(container).getTime()
  );
}

/**
 * Tells whether two periods share at least one day.
 *
 * @param a - a period or its code
 * @param b - a period or its code
 * @returns true when some day lies in both
 * @throws {@link PlanningError} `invalid-period` for an invalid period or code
 *
 * @example
 * // ISO week 1 of 2025 starts on 30 December 2024:
 * [periodsOverlap('2025-W01', '2024'), periodsOverlap('2025-W02', '2024')];
 * //=> [true, false]
 */
export function periodsOverlap(a: PeriodInput, b: PeriodInput): boolean {
  const first = toPeriod(a);
  const second = toPeriod(b);
  return (
    startDate(first).getTime() <= endDate(second).getTime() &&
    startDate(second).getTime() <= endDate(first).getTime()
  );
}
