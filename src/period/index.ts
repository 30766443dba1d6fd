/*
 * Periods: calendar dates as ISO strings, period values and codes, their arithmetic and their
 * mappings to SDMX and DHIS2.
 */
export { type IsoDate, isIsoDate, isoDateSchema, isoDateToDate, toIsoDate } from './date.js';
export {
  type BimonthPeriod,
  type BiweekPeriod,
  type DayPeriod,
  type FiscalHalfPeriod,
  type FiscalYearPeriod,
  type HalfPeriod,
  type MonthPeriod,
  type Period,
  type PeriodInput,
  type PeriodType,
  type QuarterPeriod,
  type RangePeriod,
  type SimplePeriod,
  type SimplePeriodType,
  type WeekPeriod,
  type WeekStart,
  type YearPeriod,
  maxPeriodYear,
  minPeriodYear,
  periodTypes,
  simplePeriodTypes,
  weekStarts,
} from './model.js';
export { periodValueSchema } from './value-schema.js';
export { formatPeriod, isPeriodCode, parsePeriod, periodCodeSchema, periodSchema } from './codes.js';
export { periodDays, periodEnd, periodStart } from './dates.js';
export { comparePeriods, periodContains, periodsEqual, periodsOverlap, sortPeriods } from './relations.js';
export { nextPeriod, previousPeriod, samePeriodLastYear, shiftPeriod } from './arithmetic.js';
export {
  type ElapsedShareOptions,
  type PeriodTypeOptions,
  enclosingPeriod,
  enumeratePeriods,
  periodElapsedShare,
  splitPeriod,
  yearToDate,
} from './structure.js';
export { fromSdmxTimePeriod, toSdmxTimePeriod } from './sdmx.js';
export { fromDhis2PeriodId, toDhis2PeriodId } from './dhis2.js';
