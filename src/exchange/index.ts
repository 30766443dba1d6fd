/*
 * Data exchange: observations to and from tidy CSV (the Open SDG layout), SDMX-JSON data messages
 * and DHIS2 analytics responses and data value sets, each reporting what it could not carry; an
 * RFC 4180 CSV reader and writer; and the JSON Schema of every model. Pure text-in, text-out: the
 * caller (the CLI) reads and writes the files.
 */
export {
  type CsvDelimiter,
  type CsvReadOptions,
  type CsvWriteOptions,
  type TextPosition,
  csvDelimiters,
  guardFormula,
  maxCsvTextLength,
  parseCsv,
  sniffDelimiter,
  unguardFormula,
  writeCsv,
} from './csv.js';
export { type DecodeTextOptions, type DecodedText, decodeText } from './text.js';
export {
  type Grid,
  type GridCell,
  type Sheet,
  type SheetCell,
  type TextTableOptions,
  cellNumber,
  cellText,
  columnName,
  gridFromCsv,
  gridFromSheet,
  isBlank,
} from './table.js';
export {
  type ExportLoss,
  type ImportDefaults,
  type ImportNote,
  type ImportOptions,
  type ObservationImport,
} from './results.js';
export {
  type CsvExport,
  type CsvExportOptions,
  type CsvImportOptions,
  observationTableColumns,
  observationsFromCsv,
  observationsFromSheet,
  observationsToCsv,
} from './tidy-csv.js';
export {
  type SdmxJsonComponent,
  type SdmxJsonComponentValue,
  type SdmxJsonDataSet,
  type SdmxJsonDimensionIds,
  type SdmxJsonExport,
  type SdmxJsonExportOptions,
  type SdmxJsonImportOptions,
  type SdmxJsonLevels,
  type SdmxJsonMessage,
  type SdmxJsonMeta,
  type SdmxJsonObservation,
  type SdmxJsonStructure,
  observationsFromSdmxJson,
  observationsToSdmxJson,
} from './sdmx-json.js';
export {
  type Dhis2AnalyticsHeader,
  type Dhis2AnalyticsResponse,
  type Dhis2DataValue,
  type Dhis2DataValueSet,
  type Dhis2DataValueSetExport,
  type Dhis2ImportOptions,
  type Dhis2Options,
  type Dhis2RowsExport,
  observationsFromDhis2DataValueSet,
  observationsFromDhis2Rows,
  observationsToDhis2DataValueSet,
  observationsToDhis2Rows,
} from './dhis2.js';
export { type JsonSchema, type JsonSchemaModel, jsonSchemaModels, jsonSchemaOf } from './json-schema.js';
export {
  type PlanTableOptions,
  type TableColumnSpec,
  catalogFromCsv,
  catalogFromSheet,
  catalogTableColumns,
  planFromCsv,
  planFromSheet,
  planTableColumns,
} from './plan-table.js';
export { type TemplateKind, tableTemplate, templateKinds } from './templates.js';
