/*
 * Growth: growth rates and development indices, chaining, average growth over a plan range
 * (end-point and least squares), required growth and projection, contributions to growth,
 * constant prices, and progress toward targets (Statistics Canada / Open SDG, ESCAP).
 *
 * Convention: growth rates are percent Decimals (5.6 means 5.6%), indices are index points with
 * the base = 100 (105.6), changes of rates are percentage points.
 */
export { type YearValue, type YearSeries, type ParsedYearSeries, yearValueSchema, parseYearSeries } from './series.js';
export { type GrowthReason, growthReasons } from './reasons.js';
export {
  growthRate,
  developmentIndex,
  absoluteChange,
  percentagePointChange,
  indexFromGrowthRate,
  growthRateFromIndex,
  chainGrowthRates,
  chainIndices,
} from './rates.js';
export { averageGrowthFulfilmentRatio, compoundGrowthRate, requiredAverageGrowth, projectValue } from './compound.js';
export {
  type GrowthRange,
  type AverageGrowthOptions,
  type LeastSquaresGrowthOptions,
  type AverageGrowthResult,
  type YearGrowth,
  type RollingGrowthOptions,
  type RequiredGrowthResult,
  averageAnnualGrowth,
  leastSquaresGrowth,
  rollingGrowthRates,
  requiredGrowthToTarget,
} from './average.js';
export { type GrowthComponent, type ComponentContribution, type GrowthContributions, growthContributions } from './contributions.js';
export {
  type YearResult,
  type LinkedYearValue,
  type LinkedSeries,
  type LinkOptions,
  deflate,
  deflateSeries,
  linkConstantPriceSeries,
} from './prices.js';
export {
  type ProgressDirection,
  type ProgressClass,
  type ProgressThresholds,
  type DatedValue,
  type ProgressInput,
  type ProgressOptions,
  type ProgressAdjustment,
  type AppliedThresholds,
  type ProgressAssessment,
  type SeriesProgressSettings,
  type CombinedProgress,
  openSdgProgressLabels,
  openSdgThresholdsWithTarget,
  openSdgThresholdsWithoutTarget,
  naturalLimitFactor,
  classifyProgress,
  classifyProgressFromSeries,
  progressClassFromScore,
  combineProgress,
} from './progress.js';
export { currentStatusIndex } from './status.js';
export {
  type GrowthComparison,
  type PeriodGrowthKey,
  type PeriodGrowthOptions,
  type SeriesGrowthOptions,
  type PeriodGrowthResult,
  type SeriesAverageGrowthOptions,
  growthComparisons,
  periodGrowth,
  seriesGrowth,
  averageAnnualGrowthOfSeries,
} from './periodic.js';
export {
  type GrowthProgressBatch,
  type GrowthRatesBatch,
  type ProgressBatch,
  type ProgressBatchOptions,
  growthProgressBatch,
  growthRatesBatch,
  progressBatch,
} from './batch.js';
