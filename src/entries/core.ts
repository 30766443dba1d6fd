/**
 * The core of the library in one import: exact numbers, units of measure, periods, indicators,
 * observations, targets, growth rates and averages, and the assessment and pace of targets, which is
 * what assessing a plan needs (growth's progress classes, constant prices, contributions and period
 * growth over datasets come from `/growth`; the mid-term review, next year's targets and the
 * year-end estimate from `/attainment`). The
 * administrative hierarchy, roll-up, ranking, formatting, data exchange and reports come from their
 * own sub-paths (`planning-indicators/admin`, `/aggregate`, `/ranking`, `/format`, `/exchange`,
 * `/report`); `planning-indicators` itself exports everything.
 *
 * @module core
 */
// Exact numbers; the scaled columns of the batch path come from `planning-indicators/numeric`.
export {
  Decimal,
  type DecimalInput,
  isDecimal,
  isDecimalInput,
  maxDecimalTextLength,
  maxExponent,
  maxResultExponent,
  maxSignificantDigits,
  minExponent,
  toDecimal,
  PlanningError,
  type PlanningErrorCode,
  type PlanningErrorOptions,
  type Issue,
  formatIssues,
  formatPath,
  maxListedIssues,
  round,
  roundingRules,
  type RoundingRule,
  decimalSchema,
  deepFreeze,
  issueMessage,
  issuesFromZod,
  parseWithSchema,
  safeParseInput,
  decimalFromScaled,
  powerOfTen,
  roundedQuotient,
  describeValue,
  maxQuotedLength,
  quoteText,
  ownValue,
} from '../numeric/index.js';
export * from '../measure/index.js';
export * from '../period/index.js';
export * from '../indicator/index.js';
// Observations and datasets; the columnar dataset of the batch path comes from `planning-indicators/observation`.
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
  parseObservations,
  timeSeries,
  checkValueRanges,
  valueRangeProblems,
} from '../observation/index.js';
export * from '../target/index.js';
// Growth rates, development indices and compound (end-point) rates, which assessing a plan needs;
// the growth of year series (averages with their missing-value rules, least squares, rolling rates),
// progress classes (Open SDG, ESCAP), constant prices, contributions and period growth over datasets
// come from `planning-indicators/growth`.
export {
  type GrowthReason,
  growthReasons,
  growthRate,
  developmentIndex,
  absoluteChange,
  percentagePointChange,
  indexFromGrowthRate,
  growthRateFromIndex,
  chainGrowthRates,
  chainIndices,
  averageGrowthFulfilmentRatio,
  compoundGrowthRate,
  requiredAverageGrowth,
  projectValue,
} from '../growth/index.js';
// Attainment and pace; the mid-term review, next year's targets, the year-end estimate and the
// reporting conventions ("đạt X% kế hoạch") come from `planning-indicators/attainment`.
export {
  type Direction,
  type RatioBounds,
  attainmentRatio,
  capRatio,
  gapToTarget,
  growthFulfilmentRatio,
  planFulfilmentRatio,
  planTaskRatio,
  progressFromBaseline,
  type AssessOptions,
  type AssessmentStatus,
  type BandRatioRule,
  type DerivedInput,
  type DerivedValue,
  type NotAssessableDetail,
  type NotAssessableReason,
  type PlanAssessment,
  type StatusCounts,
  type TargetAssessment,
  type ValueUsed,
  assessPlan,
  assessTarget,
  assessmentStatuses,
  bandRatioRules,
  type TargetShape,
  targetShape,
  targetShapes,
  type ExpectedShare,
  type Pace,
  type PaceOptions,
  type PaceStatus,
  type RemainingRequirement,
  type SeasonalYear,
  type TargetPace,
  assessTargetPace,
  expectedShare,
  paceAgainstTarget,
} from '../attainment/index.js';
