/**
 * Data exchange: observations to and from tidy CSV, SDMX-JSON and DHIS2, an RFC 4180 CSV reader and
 * writer, and the JSON Schema of every model.
 *
 * Guide: [Data exchange](../../docs/data-exchange.md). Import from `planning-indicators/exchange`,
 * or from `planning-indicators`, which exports every domain.
 *
 * @module exchange
 */
export * from '../exchange/index.js';
