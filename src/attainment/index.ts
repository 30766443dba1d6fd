/*
 * Attainment: ratios that stay correct for zero and negative targets, progress from a baseline, gaps,
 * target and plan assessments, pace within a period, and Vietnamese reporting conventions as values.
 */
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
} from './ratios.js';
export {
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
} from './assess.js';
export { type TargetShape, targetShape, targetShapes } from './shape.js';
export {
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
} from './pace.js';
export {
  type EstimateOptions,
  type EstimateYear,
  type PaceCounts,
  type PlanReview,
  type ProposeOptions,
  type ReviewOptions,
  type YearEndEstimate,
  type YearTargetProposal,
  estimateYearEnd,
  proposeYearTargets,
  reviewPlan,
} from './review.js';
export { type PlanFulfilment, type SamePeriodComparison, compareWithSamePeriod, describePlanFulfilment, percentOfSamePeriod } from './conventions.js';
export { type AssessmentBatch, type PlanBatchAssessment, assessMany, assessPlanBatch } from './batch.js';
