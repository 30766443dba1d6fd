/**
 * Periods: ISO dates, period values and canonical codes (`2024-Q3`, `2024-FY04`, `2021/2025`),
 * calendar arithmetic, and the SDMX and DHIS2 period codes.
 *
 * Guide: [Periods](../../docs/periods.md). Import from `planning-indicators/period`, or from
 * `planning-indicators`, which exports every domain.
 *
 * @module period
 */
export * from '../period/index.js';
