import { type Decimal, type DecimalInput, PlanningError } from '../numeric/index.js';
import { convertScale } from '../measure/index.js';
import { type IsoDate, formatPeriod, parsePeriod, periodEnd } from '../period/index.js';
import type { Catalog } from '../indicator/index.js';
import { type Dataset, timeSeries } from '../observation/index.js';
import type { Plan } from '../target/index.js';
import { type ExpectedShare, type PlanAssessment, type TargetPace, assessPlan, assessTargetPace } from '../attainment/index.js';
import type { Language } from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import { type GrowthSeriesInput, growthSection } from './growth.js';
import type { Report, ReportField, ReportSection } from './model.js';
import { planReport } from './scorecard.js';

/**
 * What a section builder of a plan report reads: the plan, its data and catalog, the report's
 * language and as-of date, and what {@link buildPlanReport} has already computed from them (the plan
 * assessment and the pace results), so that every section prints the same verdicts.
 *
 * @example
 * // A builder reads the assessment rather than assessing again:
 * const builder: PlanReportSectionBuilder = (context: PlanReportContext) => ({
 *   id: 'headline', title: 'Headline', blocks: [],
 *   paragraphs: [`${String(context.assessment.summary.metOrExceeded)} of ${String(context.assessment.summary.total)}`],
 * });
 * buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, { lang: 'en', extraSections: [builder] }).sections.at(-1)?.paragraphs;
 * //=> ['7 of 8']
 */
export interface PlanReportContext {
  /** The plan reported. */
  readonly plan: Plan;
  /** The observations. */
  readonly dataset: Dataset;
  /** The catalog that defines the plan's indicators. */
  readonly catalog: Catalog;
  /** The language of the report. */
  readonly lang: Language;
  /** Only observations published by this date count; all of them when undefined. */
  readonly asOf: IsoDate | undefined;
  /** The assessment of every target ({@link assessPlan}): the one status each target has in the report. */
  readonly assessment: PlanAssessment;
  /** The pace of every target up to the pace period ({@link assessTargetPace}), or undefined without one. */
  readonly pace: readonly TargetPace[] | undefined;
}

/**
 * A section of a plan report, built from the {@link PlanReportContext}; `undefined` leaves the
 * section out (a growth section for a plan with no growth target). Builders are how a plan report
 * grows without its function changing: pass your own in `sections` or `extraSections` of
 * {@link BuildPlanReportOptions}.
 *
 * @example
 * // A section that lists the targets not met:
 * const notMet: PlanReportSectionBuilder = ({ assessment }) => ({
 *   id: 'not-met', title: 'Not met', blocks: [],
 *   paragraphs: assessment.assessments.filter((row) => row.status === 'not-met').map((row) => row.target.id),
 * });
 * notMet({ plan: nhuXuanPlan2024, dataset: nhuXuanDataset2024, catalog: vnDistrictIndicatorCatalog, lang: 'en', asOf: undefined, pace: undefined,
 *   assessment: assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }) })?.paragraphs;
 * //=> ['T3']
 */
export type PlanReportSectionBuilder = (context: PlanReportContext) => ReportSection | undefined;

/**
 * The pace period of a plan report and how its expected share is found.
 *
 * @example
 * // Nine months, with the share of the year expected by elapsed days:
 * const pace: PlanReportPace = { toDate: '2024-M01/2024-M09', expected: { method: 'days', asOf: '2024-09-30' } };
 * pace.toDate;
 * //=> '2024-M01/2024-M09'
 */
export interface PlanReportPace {
  /** The period done so far (a code): `2024-S1`, `2024-M01/2024-M09`, or `2021/2023` inside a five-year plan. */
  readonly toDate: string;
  /** How the expected share is found; by whole months elapsed to the end of `toDate` unless given. */
  readonly expected?: ExpectedShare | undefined;
  /** The tolerance of {@link assessTargetPace}; 0 unless given. */
  readonly tolerance?: DecimalInput | undefined;
}

/**
 * Options of {@link buildPlanReport}.
 *
 * @example
 * // An English report with the six-month pace, a note and the area's name:
 * const options: BuildPlanReportOptions = { lang: 'en', pace: '2024-S1', areaName: 'Như Xuân district', notes: ['Illustrative data.'] };
 * options.pace;
 * //=> '2024-S1'
 */
export interface BuildPlanReportOptions {
  /** The language of the report. */
  readonly lang: Language;
  /** Use only observations published by this date (the as-of date of the review). */
  readonly asOf?: IsoDate | undefined;
  /** Add the pace of every target up to this period: a period code, or the period with its expected-share method. */
  readonly pace?: string | PlanReportPace | undefined;
  /** The report's title; the plan's title in the report's language unless given. */
  readonly title?: string | undefined;
  /** The name of the plan's area (`Huyện Như Xuân`); its code unless given. */
  readonly areaName?: string | undefined;
  /** More facts shown under the title, after the plan's period, area, document and result. */
  readonly fields?: readonly ReportField[] | undefined;
  /** Notes shown under the facts: caveats such as "illustrative data". */
  readonly notes?: readonly string[] | undefined;
  /** The section builders after the scorecard; {@link standardPlanReportSections} unless given. */
  readonly sections?: readonly PlanReportSectionBuilder[] | undefined;
  /** Sections (built or to build) added after `sections`: an emulation ranking, your own. */
  readonly extraSections?: readonly (ReportSection | PlanReportSectionBuilder)[] | undefined;
}

const yearCode = /^\d{4}$/;

/** The yearly values of a target's indicator in its area, in the indicator's unit (null where a unit cannot be converted). */
function yearlyValues(context: PlanReportContext, indicatorCode: string, area: string, firstYear: number | undefined, lastYear: number): { readonly year: number; readonly value: Decimal | null }[] {
  const indicator = context.catalog.indicators.get(indicatorCode);
  if (indicator === undefined) return [];
  return timeSeries(context.dataset, { indicator: indicatorCode, area }, context.asOf === undefined ? {} : { asOf: context.asOf })
    .filter((point) => yearCode.test(point.period) && Number(point.period) <= lastYear && (firstYear === undefined || Number(point.period) >= firstYear))
    .map((point) => {
      const { value, unit } = point.observation;
      if (unit === undefined) return { year: Number(point.period), value };
      try {
        return { year: Number(point.period), value: convertScale(value, unit, indicator.unit) };
      } catch (error) {
        if (error instanceof PlanningError && error.code === 'unit-mismatch') return { year: Number(point.period), value: null };
        throw error;
      }
    });
}

/**
 * The growth section of a plan report: one row per growth or point-change target with two yearly
 * values or more, showing the yearly values of its indicator in its area (from the target's base
 * year for a target over a range of years, every earlier year for a one-year target), the average
 * annual growth over them (for a rate, the average change in percentage points) as context, the
 * latest year's growth, the target as the plan states it (`≥ 5,6% năm 2024`, `≥ 7%/năm giai đoạn
 * 2021–2025`) and the target's own status from the plan assessment, never a verdict of the average;
 * and a chart of the yearly growth of each indicator. Undefined when no target qualifies.
 *
 * @param context - the plan, data and assessment ({@link buildPlanReport} makes it)
 * @returns the section (id `growth`), or undefined
 * @throws {@link PlanningError} as {@link growthTable}, for a malformed series
 *
 * @example
 * // The 2024 plan's two growth targets, each with its own status:
 * const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, { lang: 'en', sections: [planGrowthSection] });
 * const table = report.sections[1]!.blocks[0]! as Table;
 * table.rows.map((row) => [row.id, row.cells.target?.text, row.cells.status?.text]);
 * //=> [['T1', '≥ 5.6% in 2024', 'Exceeded'], ['T3', '≥ 12% in 2024', 'Not met']]
 */
export function planGrowthSection(context: PlanReportContext): ReportSection | undefined {
  const inputs: GrowthSeriesInput[] = [];
  for (const assessment of context.assessment.assessments) {
    const { target } = assessment;
    if (target.basis !== 'growth' && target.basis !== 'point-change') continue;
    const period = parsePeriod(target.period);
    const lastYear = Number(periodEnd(period).slice(0, 4));
    // A target over a range is measured from its base year (2020 for 2021–2025); a one-year target
    // shows the years before it as context.
    const firstYear = period.type === 'range' && target.basePeriod !== undefined && yearCode.test(target.basePeriod) ? Number(target.basePeriod) : undefined;
    const series = yearlyValues(context, target.indicator, target.area, firstYear, lastYear);
    if (series.filter((point) => point.value !== null).length < 2) continue;
    inputs.push({ indicator: target.indicator, series, assessment, ...(target.basis === 'growth' && target.value !== undefined ? { target: target.value } : {}) });
  }
  if (inputs.length === 0) return undefined;
  const section = growthSection(inputs, { catalog: context.catalog, lang: context.lang });
  // One chart per indicator, even when two targets share it (a yearly and a five-year target).
  const blocks = section.blocks.filter((block, index, all) => all.findIndex((other) => other.id === block.id) === index);
  return { ...section, blocks };
}

/**
 * The sections a plan report has after its scorecard unless told otherwise: the growth of the growth
 * and point-change targets ({@link planGrowthSection}). Extend the list rather than edit it:
 * `sections: [...standardPlanReportSections, mySection]`.
 *
 * @example
 * // The standard sections:
 * standardPlanReportSections.length;
 * //=> 1
 */
export const standardPlanReportSections: readonly PlanReportSectionBuilder[] = Object.freeze([planGrowthSection]);

function paceOf(plan: Plan, dataset: Dataset, catalog: Catalog, pace: string | PlanReportPace, asOf: IsoDate | undefined): TargetPace[] {
  const settings: PlanReportPace = typeof pace === 'string' ? { toDate: pace } : pace;
  const toDate = formatPeriod(parsePeriod(settings.toDate));
  const expected: ExpectedShare = settings.expected ?? { method: 'sub-periods', asOf: periodEnd(parsePeriod(toDate)), subType: 'month' };
  // Every target gets a pace, whatever its shape: the report shows what the pace says, not-assessable included.
  return plan.targets.map((target) =>
    assessTargetPace(target, dataset, {
      catalog,
      toDate,
      expected,
      ...(settings.tolerance === undefined ? {} : { tolerance: settings.tolerance }),
      ...(asOf === undefined ? {} : { asOf }),
    }),
  );
}

/**
 * The report of a plan on its data, as the command line's `scorecard` prints it: the plan assessed
 * ({@link assessPlan}, as of `asOf`), the {@link planReport} with its facts and scorecard section,
 * with the pace of every target up to `pace` in two more columns ({@link assessTargetPace}), then the
 * sections of `sections` ({@link standardPlanReportSections} unless given) and `extraSections`, each
 * built from the same assessment, so that every status the report prints for a target is that
 * target's one status. Render it with {@link renderHtml}, {@link renderMarkdown} or {@link renderJson}.
 *
 * @param plan - the plan ({@link parsePlan})
 * @param dataset - the observations ({@link buildDataset})
 * @param catalog - the catalog that defines the plan's indicators
 * @param options - the language, as-of date, pace period, facts, notes and sections
 * @returns the report
 * @throws {@link PlanningError} `invalid-argument` for an unknown language, a catalog that is not one
 * or a plan without targets; `invalid-period` for a pace period that is not a period code
 *
 * @example
 * // The Như Xuân 2024 report with the six-month pace, on the bundled illustrative data:
 * const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, { lang: 'vi', pace: '2024-S1' });
 * [report.fields.at(-1)?.value, report.sections.map((section) => section.id)];
 * //=> ['7/8 chỉ tiêu đạt và vượt kế hoạch', ['scorecard', 'growth']]
 *
 * @example
 * // The pace of the investment target after six months:
 * const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, { lang: 'en', pace: '2024-S1' });
 * const row = (report.sections[0]!.blocks[0]! as Table).rows.find((candidate) => candidate.id === 'T8')!;
 * [row.cells.pace?.text, row.cells.paceValue?.text];
 * //=> ['Ahead of schedule', '52.0%']
 */
export function buildPlanReport(plan: Plan, dataset: Dataset, catalog: Catalog, options: BuildPlanReportOptions): Report {
  assertLanguage((options as Partial<BuildPlanReportOptions> | undefined)?.lang, 'buildPlanReport');
  assertCatalog(catalog, 'buildPlanReport');
  assertList((plan as Partial<Plan> | undefined)?.targets, 'targets (give a plan from parsePlan)', 'buildPlanReport');
  const { lang, asOf } = options;
  const assessment = assessPlan(plan, dataset, { catalog, ...(asOf === undefined ? {} : { asOf }) });
  const pace = options.pace === undefined ? undefined : paceOf(plan, dataset, catalog, options.pace, asOf);
  const context: PlanReportContext = { plan, dataset, catalog, lang, asOf, assessment, pace };
  const sections: ReportSection[] = [];
  for (const source of [...(options.sections ?? standardPlanReportSections), ...(options.extraSections ?? [])]) {
    const section = typeof source === 'function' ? source(context) : source;
    if (section !== undefined) sections.push(section);
  }
  return planReport(assessment, {
    catalog,
    lang,
    ...(pace === undefined ? {} : { pace }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.areaName === undefined ? {} : { areaName: options.areaName }),
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.notes === undefined ? {} : { notes: options.notes }),
    sections,
  });
}
