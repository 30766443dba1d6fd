/*
 * Ranking and composite indices: ranks with explicit tie methods and missing-value rules, ranks within
 * groups, rank change and lexicographic ranks; normalisation and weighted aggregation of composite
 * indices (SDSN, UNDP HDI, OECD/JRC); emulation scoring tables, grades and awards (thi đua).
 */
export {
  type GroupRankOptions,
  type GroupRankedItem,
  type LexicographicRankOptions,
  type LexicographicRankedItem,
  type MaybeDecimalInput,
  type MissingRule,
  type PercentileRankedItem,
  type RankCriterion,
  type RankDirection,
  type RankOptions,
  type RankedItem,
  type TieBreak,
  type TieMethod,
  missingRules,
  percentileRank,
  rank,
  rankDirections,
  rankLexicographic,
  rankWithinGroups,
  tieMethods,
} from './rank.js';
export { type GroupRankingBatch, rankWithinGroupsBatch } from './rank-batch.js';
export { type RankChange, type RankChangeStatus, type RankPosition, rankChange } from './change.js';
export {
  type BandedScale,
  type DistanceToTargetOptions,
  type MinMaxBounds,
  type ScorePolarity,
  type RankNormalizationOptions,
  type ScoreBand,
  type ZScoreOptions,
  normalizeBanded,
  normalizeDistanceToTarget,
  normalizeMinMax,
  normalizeRank,
  normalizeZScore,
  scorePolarities,
} from './normalize.js';
export {
  type Aggregation,
  type CompositeComponent,
  type CompositeOptions,
  type CompositeScore,
  aggregations,
  compositeScore,
  weightedArithmeticMean,
  weightedGeometricMean,
} from './composite.js';
export {
  type AwardTier,
  type CriterionScore,
  type EmulationAward,
  type EmulationDecision,
  type EmulationDecisionInput,
  type EmulationScore,
  type EmulationScoreSheet,
  type EmulationScoreSheetInput,
  type EmulationScoringTable,
  type EmulationScoringTableInput,
  type GradeCheck,
  assignAwards,
  awardTierLabels,
  awardTierSchema,
  awardTiers,
  emulationAwardRuleSchema,
  emulationCriterionSchema,
  emulationDecisionSchema,
  emulationGradeSchema,
  emulationScoreSheetSchema,
  emulationScoringTableSchema,
  parseEmulationScoringTable,
  scoreEmulation,
} from './emulation.js';
export {
  type CompositeRankComponent,
  type CompositeRankOptions,
  type CompositeRankedItem,
  type CompositeRankingBatch,
  rankByComposite,
  rankByCompositeBatch,
} from './batch.js';
