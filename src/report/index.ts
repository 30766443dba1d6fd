/*
 * Reports: scorecard, growth and ranking tables and bar charts built as plain data from the results
 * of the other domains, and renderers that write them out as Markdown, CSV, JSON, inline SVG and one
 * self-contained HTML page.
 */
export {
  type CellValue,
  type Chart,
  type ChartBar,
  type ChartLegendEntry,
  type ChartReference,
  type ChartScale,
  type ChartTick,
  type ChartTone,
  type ChartPoint,
  type ChartSeries,
  type SeriesChart,
  type SeriesRole,
  type ColumnKind,
  type Report,
  type ReportBlock,
  type ReportField,
  type ReportSection,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
  chartToneColours,
  columnKinds,
} from './model.js';
export {
  type PlanReportOptions,
  type ScorecardOptions,
  attainmentChart,
  documentTargetsTable,
  planReport,
  scorecardSection,
  scorecardTable,
} from './scorecard.js';
export {
  type BuildPlanReportOptions,
  type PlanReportContext,
  type PlanReportPace,
  type PlanReportSectionBuilder,
  buildPlanReport,
  planGrowthSection,
  standardPlanReportSections,
} from './plan.js';
export { type OutlookLevel, growthOutlookSection } from './outlook.js';
export { type GrowthReportOptions, type GrowthSeriesInput, growthChart, growthSection, growthTable, growthYearsTable } from './growth.js';
export { type RankingReportOptions, type RankingResult, rankingCharts, rankingSection, rankingTable } from './ranking.js';
export { renderChartSvg } from './svg.js';
export { renderHtml } from './html.js';
export { renderMarkdown } from './markdown.js';
export { type CsvOptions, renderCsv } from './csv.js';
export { type JsonValue, renderJson } from './json.js';
export {
  type PlanReviewSectionOptions,
  type ReviewReportOptions,
  planReviewSection,
  proposalsTable,
  reviewSection,
  reviewTable,
} from './review.js';
export { seriesChartTable } from './series-table.js';
export {
  type AreaTrendOptions,
  type TrendArea,
  type IndexChartOptions,
  type TrendChartOptions,
  areaTrendChart,
  indexChart,
  indicatorTrendChart,
  planActualChart,
  trendSection,
} from './trends.js';
export { type BreakdownPart, type StructureOptions, economicSectors, structureChart, structureSection, structureTable } from './structure.js';
export {
  type BudgetReportOptions,
  type BudgetReview,
  type BudgetReviewInput,
  type BudgetSide,
  budgetEstimateSchema,
  budgetPartSchema,
  budgetReviewSchema,
  budgetSection,
  budgetSideSchema,
  budgetTable,
  parseBudgetReview,
} from './budget.js';
export { describeGrowthReason, describeNotAssessable } from './reasons.js';
export { type LeagueEntry, type LeagueOptions, areaLeagueSection, areaLeagueTable } from './league.js';
export { type DraftPlanOptions, draftPlanSection, draftPlanTable } from './draft.js';
export { type ReviewLeague, type ReviewReportBuildOptions, buildReviewReport } from './review-report.js';
