/*
 * Internal: the value rules of periods, in one place. periodValueSchema runs them after its shape
 * check; functions that receive period objects directly run them too (they are cheap: a few integer
 * comparisons and, for weeks and days, one date-fns call).
 */
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { type Issue, PlanningError, quoteText } from '../numeric/index.js';
import { biweeksInYear, endDate, startDate, weeksInWeekYear } from './calendar.js';
import { describeType, pad, periodCode, typeName } from './format.js';
import { type Period, type SimplePeriod, type WeekStart, maxPeriodYear, minPeriodYear, simplePeriodTypes, weekStarts } from './model.js';

const fiscalStartHint = ' (a fiscal year starting in January is the calendar year: use type "year")';

/** Checks the optional start day of a week; returns it (undefined for ISO weeks) or null when wrong. */
function weekStartField(record: Readonly<Record<string, unknown>>, path: readonly PropertyKey[], issues: Issue[]): WeekStart | undefined | null {
  const value = Object.hasOwn(record, 'weekStart') ? record.weekStart : undefined;
  if (value === undefined) return undefined;
  if (weekStarts.includes(value as WeekStart)) return value as WeekStart;
  const hint = value === 'monday' ? ' (weeks that start on Monday are ISO weeks: leave weekStart out)' : '';
  issues.push({ path: [...path, 'weekStart'], message: `weekStart must be one of ${weekStarts.join(', ')}${hint}; got ${show(value)}` });
  return null;
}

function weekYearName(year: number, weekStart: WeekStart | undefined): string {
  return weekStart === undefined ? `ISO week-year ${pad(year, 4)}` : `week-year ${pad(year, 4)} of weeks starting on ${weekStart}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}

/** Checks one integer field; reports it and returns undefined when it is missing or out of range. */
function integerField(
  record: Readonly<Record<string, unknown>>,
  key: string,
  min: number,
  max: number,
  path: readonly PropertyKey[],
  issues: Issue[],
  hint = '',
): number | undefined {
  const value = record[key];
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  issues.push({ path: [...path, key], message: `${key} must be an integer from ${min} to ${max}${hint}; got ${show(value)}` });
  return undefined;
}

function simpleIssues(record: Readonly<Record<string, unknown>>, path: readonly PropertyKey[]): Issue[] {
  const issues: Issue[] = [];
  const year = integerField(record, 'year', minPeriodYear, maxPeriodYear, path, issues);
  switch (record.type) {
    case 'year':
      break;
    case 'fiscal-year':
      integerField(record, 'startMonth', 2, 12, path, issues, fiscalStartHint);
      break;
    case 'half':
      integerField(record, 'half', 1, 2, path, issues);
      break;
    case 'fiscal-half':
      integerField(record, 'startMonth', 2, 12, path, issues, `${fiscalStartHint.slice(0, -1)}, and type "half" for its halves)`);
      integerField(record, 'half', 1, 2, path, issues);
      break;
    case 'quarter':
      integerField(record, 'quarter', 1, 4, path, issues);
      break;
    case 'bimonth':
      integerField(record, 'bimonth', 1, 6, path, issues, ' (bi-month 1 is January and February)');
      break;
    case 'month':
      integerField(record, 'month', 1, 12, path, issues);
      break;
    case 'biweek': {
      const biweek = integerField(record, 'biweek', 1, 27, path, issues);
      if (year !== undefined && biweek !== undefined && biweek > biweeksInYear(year)) {
        issues.push({
          path: [...path, 'biweek'],
          message: `ISO week-year ${pad(year, 4)} has 52 weeks, so 26 bi-weeks: biweek must be 1 to 26; got ${biweek}`,
        });
      }
      break;
    }
    case 'week': {
      const week = integerField(record, 'week', 1, 53, path, issues);
      const weekStart = weekStartField(record, path, issues);
      if (year !== undefined && week !== undefined && weekStart !== null) {
        const weeks = weeksInWeekYear(year, weekStart);
        if (week > weeks) {
          issues.push({
            path: [...path, 'week'],
            message: `${weekYearName(year, weekStart)} has ${weeks} weeks, so week must be 1 to ${weeks}; got ${week}`,
          });
        }
      }
      break;
    }
    case 'day': {
      const month = integerField(record, 'month', 1, 12, path, issues);
      const day = integerField(record, 'day', 1, 31, path, issues);
      if (year !== undefined && month !== undefined && day !== undefined) {
        const days = getDaysInMonth(new Date(year, month - 1, 1));
        if (day > days) {
          issues.push({
            path: [...path, 'day'],
            message: `${pad(year, 4)}-${pad(month, 2)} has ${days} days, so day must be 1 to ${days}; got ${day}`,
          });
        }
      }
      break;
    }
    default:
      issues.push({
        path: [...path, 'type'],
        message: `type must be one of ${simplePeriodTypes.join(', ')}${path.length === 0 ? ', range' : ' (the ends of a range are simple periods)'}; got ${show(record.type)}`,
      });
  }
  // Only the first and last label years can reach outside the four-digit dates.
  if (issues.length === 0 && (year === minPeriodYear || year === maxPeriodYear)) {
    const period = record as unknown as SimplePeriod;
    const first = startDate(period).getFullYear();
    const last = endDate(period).getFullYear();
    if (first < minPeriodYear || last > maxPeriodYear) {
      issues.push({
        path: [...path],
        message: `${periodCode(period)} runs outside the supported dates ${pad(minPeriodYear, 4)}-01-01 to ${maxPeriodYear}-12-31`,
      });
    }
  }
  return issues;
}

/**
 * Every problem of a would-be period object, each with its path (empty list: the value is a valid
 * {@link Period}).
 */
export function periodIssues(value: unknown): Issue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      {
        path: [],
        message: `expected a period object such as { type: 'quarter', year: 2024, quarter: 3 }; got ${show(value)}`,
      },
    ];
  }
  const record = value as Readonly<Record<string, unknown>>;
  if (record.type !== 'range') return simpleIssues(record, []);

  const ends: Readonly<Record<string, unknown>>[] = [];
  const issues: Issue[] = [];
  for (const key of ['start', 'end'] as const) {
    const end = record[key];
    if (typeof end !== 'object' || end === null || Array.isArray(end)) {
      issues.push({ path: [key], message: `${key} must be a simple period object; got ${show(end)}` });
    } else {
      ends.push(end as Readonly<Record<string, unknown>>);
      issues.push(...simpleIssues(end as Readonly<Record<string, unknown>>, [key]));
    }
  }
  if (issues.length > 0) return issues;
  const [start, end] = ends as unknown as [SimplePeriod, SimplePeriod];
  if (start.type !== end.type) {
    return [
      {
        path: [],
        message: `a range needs one period type at both ends; got ${describeType(start.type)} (${periodCode(start)}) at the start and ${describeType(end.type)} (${periodCode(end)}) at the end`,
      },
    ];
  }
  if (
    (start.type === 'fiscal-year' || start.type === 'fiscal-half') &&
    (end.type === 'fiscal-year' || end.type === 'fiscal-half') &&
    start.startMonth !== end.startMonth
  ) {
    return [
      {
        path: [],
        message: `a range of ${typeName(start.type)}s needs one start month at both ends; got ${periodCode(start)} and ${periodCode(end)}`,
      },
    ];
  }
  if (start.type === 'week' && end.type === 'week' && start.weekStart !== end.weekStart) {
    return [
      {
        path: [],
        message: `a range of weeks needs one start day at both ends; got ${periodCode(start)} and ${periodCode(end)}`,
      },
    ];
  }
  if (startDate(start).getTime() > startDate(end).getTime()) {
    return [
      {
        path: [],
        message: `the range runs backwards: its start ${periodCode(start)} comes after its end ${periodCode(end)}; write ${periodCode(end)}/${periodCode(start)}`,
      },
    ];
  }
  return [];
}

/**
 * Returns the value as a valid period, or throws `invalid-period` naming `what` (for example
 * `period code "2024-Q5"`) and every problem.
 */
export function checkPeriod<T extends Period>(value: T, what: string): T;
export function checkPeriod(value: unknown, what: string): Period;
export function checkPeriod(value: unknown, what: string): Period {
  const issues = periodIssues(value);
  if (issues.length > 0) {
    // Messages name their own field ("month must be ..."); only the end of a range needs saying.
    const detail = issues
      .map((issue) => {
        const where = issue.path.slice(0, -1).map(String).join('.');
        return where === '' ? issue.message : `${where}: ${issue.message}`;
      })
      .join('; ');
    throw new PlanningError('invalid-period', `invalid ${what}: ${detail}`, { issues });
  }
  return value as Period;
}

/**
 * Checks that a code handed to a parser is a string (JavaScript callers may pass anything) and
 * returns it; `kind` names the code with its article (`'a period code'`) and `example` shows one.
 */
export function requireCode(value: unknown, kind: string, example: string): string {
  if (typeof value !== 'string') {
    throw new PlanningError('invalid-period', `${kind} must be a string such as "${example}"; got ${typeof value}`);
  }
  return value;
}
