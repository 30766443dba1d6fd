/*
 * Excel workbooks: reading sheets into the tables the exchange domain reads, and writing report
 * tables and observations as sheets. The reading and writing use optional packages
 * (read-excel-file, write-excel-file), loaded only when a workbook is read or written: the core
 * keeps its three dependencies. Not exported by the library's main entry; import
 * `planning-indicators/xlsx`.
 */
export { type FormattedNumber, type SheetOutput, type SheetOutputCell } from './model.js';
export { type XlsxPackages, readWorkbook, writeWorkbook, xlsxPackages } from './workbook.js';
export {
  type ObservationsSheet,
  type ObservationsSheetOptions,
  numberFormatOf,
  observationsToSheet,
  reportToSheets,
  tableToSheet,
} from './sheets.js';
