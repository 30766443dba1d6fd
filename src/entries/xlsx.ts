/**
 * Excel workbooks: read observations, plans and catalogs from `.xlsx` sheets (with the readers of
 * the exchange domain) and write report tables and observations as sheets, numbers as numbers with
 * the indicator's number format. Reading and writing use the optional peer packages
 * `read-excel-file` and `write-excel-file`, loaded only when a workbook is read or written (install
 * the one you use); the rest of this entry needs nothing beyond the library's own dependencies.
 *
 * Guide: [Data exchange](../../docs/data-exchange.md). Import from `planning-indicators/xlsx` (the
 * main entry does not export it).
 *
 * @module xlsx
 */
export * from '../xlsx/index.js';
