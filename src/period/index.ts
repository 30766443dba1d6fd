/*
 * Periods: calendar dates as ISO strings, period values and codes, their arithmetic and their
 * mappings to SDMX and DHIS2.
 */
export { type IsoDate, isIsoDate, isoDateSchema, isoDateToDate, toIsoDate } from './date.js';
