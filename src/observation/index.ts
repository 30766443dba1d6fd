/*
 * Observations (values with status and publication date) and datasets indexed for constant-time lookup.
 */
export {
  type Observation,
  type ObservationInput,
  type ObservationStatus,
  dimensionsSchema,
  fromSdmxObsStatus,
  observationStatusSchema,
  observationSchema,
  observationStatuses,
  toSdmxObsStatus,
} from './schema.js';
export {
  type BestValueOptions,
  type Dataset,
  type DatasetConflict,
  type ObservationChoice,
  type ObservationKey,
  type SeriesKey,
  type SeriesPoint,
  actualStatusPrecedence,
  bestObservation,
  buildDataset,
  chooseObservation,
  type ParseObservationsOptions,
  parseObservations,
  timeSeries,
} from './dataset.js';
export { checkValueRanges, valueRangeProblems } from './ranges.js';
export {
  type ColumnarDataset,
  type ObservationColumns,
  bestRow,
  buildColumnarDataset,
  cellRow,
  chooseColumnarObservation,
  columnarObservation,
  publishedAt,
  statusAt,
} from './columnar.js';
