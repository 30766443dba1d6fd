/*
 * Internal: the canonical code of a period that is already known to be valid. The public
 * formatPeriod validates its input first and then calls this.
 */
import type { Period, SimplePeriod, WeekStart } from './model.js';

/** The three-letter name of a week's start day in codes (`Wed` in `2024-WedW05`, as in DHIS2 IDs). */
export function weekStartCode(weekStart: WeekStart): string {
  return weekStart.charAt(0).toUpperCase() + weekStart.slice(1, 3);
}

/** Writes an integer with at least `width` digits (`pad(5, 2)` is `'05'`). */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The canonical code of a simple period. */
export function simpleCode(period: SimplePeriod): string {
  const year = pad(period.year, 4);
  switch (period.type) {
    case 'year':
      return year;
    case 'fiscal-year':
      return `${year}-FY${pad(period.startMonth, 2)}`;
    case 'half':
      return `${year}-S${period.half}`;
    case 'fiscal-half':
      return `${year}-FY${pad(period.startMonth, 2)}-S${period.half}`;
    case 'quarter':
      return `${year}-Q${period.quarter}`;
    case 'bimonth':
      return `${year}-B${period.bimonth}`;
    case 'month':
      return `${year}-M${pad(period.month, 2)}`;
    case 'biweek':
      return `${year}-BiW${pad(period.biweek, 2)}`;
    case 'week':
      return `${year}-${period.weekStart === undefined ? '' : weekStartCode(period.weekStart)}W${pad(period.week, 2)}`;
    case 'day':
      return `${year}-${pad(period.month, 2)}-${pad(period.day, 2)}`;
  }
}

/** The canonical code of a period: a simple code, or `start/end` for a range. */
export function periodCode(period: Period): string {
  return period.type === 'range' ? `${simpleCode(period.start)}/${simpleCode(period.end)}` : simpleCode(period);
}

/** The name of a period type for messages: `'quarter'`, `'ISO week'`. */
export function typeName(type: Period['type']): string {
  switch (type) {
    case 'fiscal-year':
      return 'fiscal year';
    case 'half':
      return 'half-year';
    case 'fiscal-half':
      return 'fiscal half-year';
    case 'bimonth':
      return 'bi-month';
    case 'biweek':
      return 'bi-week';
    case 'week':
      return 'ISO week';
    default:
      return type;
  }
}

/** A period type with its article, for messages: `'a quarter'`, `'an ISO week'`. */
export function describeType(type: Period['type']): string {
  return `${type === 'week' ? 'an' : 'a'} ${typeName(type)}`;
}
