/*
 * Observations (values with status and publication date) and datasets indexed for constant-time lookup.
 */
export {
  type Observation,
  type ObservationInput,
  type ObservationStatus,
  fromSdmxObsStatus,
  observationSchema,
  observationStatuses,
  toSdmxObsStatus,
} from './schema.js';
export {
  type BestValueOptions,
  type Dataset,
  type DatasetConflict,
  type ObservationKey,
  type SeriesKey,
  actualStatusPrecedence,
  bestObservation,
  buildDataset,
  parseObservations,
  timeSeries,
} from './dataset.js';
