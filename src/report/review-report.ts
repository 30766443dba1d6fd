import { PlanningError } from '../numeric/index.js';
import type { IsoDate } from '../period/index.js';
import type { Catalog } from '../indicator/index.js';
import type { Dataset } from '../observation/index.js';
import type { Plan } from '../target/index.js';
import { proposeYearTargets, reviewPlan } from '../attainment/index.js';
import type { Language } from '../format/index.js';
import { assertCatalog, assertLanguage } from './check.js';
import type { Report, ReportField, ReportSection } from './model.js';
import { type PlanReportPace, buildPlanReport, planGrowthSection } from './plan.js';
import { reviewSection } from './review.js';
import { indexChart, trendSection } from './trends.js';
import { type StructureOptions, structureSection } from './structure.js';
import { type BudgetReview, budgetSection } from './budget.js';
import { type LeagueEntry, areaLeagueSection } from './league.js';
import { draftPlanSection } from './draft.js';

/**
 * The areas a review compares ({@link areaLeagueSection}), and what they are.
 *
 * @example
 * const league: ReviewLeague = { entries: [], title: 'cụm thi đua số 1' };
 * league.title;
 * //=> 'cụm thi đua số 1'
 */
export interface ReviewLeague {
  /** The areas and their plan assessments. */
  readonly entries: readonly LeagueEntry[];
  /** What the areas are, for the table's title. */
  readonly title?: string | undefined;
}

/**
 * Options of {@link buildReviewReport}: the language, and each part the review should have.
 *
 * @example
 * const options: ReviewReportBuildOptions = { lang: 'vi', fiveYearPlan: nhuXuanFiveYearPlan, budget: parseBudgetReview(nhuXuanBudget2024) };
 * options.fiveYearPlan?.period;
 * //=> '2021/2025'
 */
export interface ReviewReportBuildOptions {
  /** The language of the report. */
  readonly lang: Language;
  /** Use only observations published by this date. */
  readonly asOf?: IsoDate | undefined;
  /** The report's title; "Báo cáo tình hình thực hiện" and the annual plan's title unless given. */
  readonly title?: string | undefined;
  /** The name of the area (`huyện Như Xuân`). */
  readonly areaName?: string | undefined;
  /** More facts under the title. */
  readonly fields?: readonly ReportField[] | undefined;
  /** Notes under the facts (say here that data are illustrative). */
  readonly notes?: readonly string[] | undefined;
  /** The pace of the annual plan's targets up to this period (a part of the year), in the scorecard. */
  readonly pace?: string | PlanReportPace | undefined;
  /** The five-year plan the year belongs to: its progress, its charts over time and next year's proposals. */
  readonly fiveYearPlan?: Plan | undefined;
  /** Indicators to draw in index form (base year of the five-year plan = 100). */
  readonly indexIndicators?: readonly string[] | undefined;
  /** The economic structure to show: the indicator, dimension, parts and years ({@link structureSection}). */
  readonly structure?: Omit<StructureOptions, 'catalog' | 'lang' | 'asOf' | 'id'> | undefined;
  /** The budget against its estimates ({@link budgetSection}). */
  readonly budget?: BudgetReview | undefined;
  /** Areas to compare ({@link areaLeagueSection}), with what they are. */
  readonly league?: ReviewLeague | undefined;
  /** Sections built elsewhere, placed before next year's plan: the emulation results ({@link rankingSection}). */
  readonly extraSections?: readonly ReportSection[] | undefined;
}

const titles: Readonly<Record<Language, (plan: string) => string>> = {
  vi: (plan) => `Báo cáo tình hình thực hiện ${plan.charAt(0).toLocaleLowerCase('vi')}${plan.slice(1)}`,
  // The English title is kept as written: it may start with a name ("Như Xuân district …").
  en: (plan) => `Review of the ${plan}`,
};

const fiveYearTitles: Readonly<Record<Language, string>> = { vi: 'Tiến độ thực hiện kế hoạch 5 năm', en: 'Progress of the five-year plan' };

/**
 * The whole review report of a district ("báo cáo tình hình thực hiện kế hoạch"), in one
 * {@link Report} that prints with each section on a new page: the scorecard of the year's plan
 * (with the pace and the growth of its growth targets), the progress of the five-year plan up to the
 * year ({@link reviewPlan}), the charts over time of the five-year targets ({@link trendSection}) and
 * of chosen indicators in index form ({@link indexChart}), the economic structure
 * ({@link structureSection}), the budget against its estimates ({@link budgetSection}), the comparison
 * between areas ({@link areaLeagueSection}), sections built elsewhere (the emulation results), and next
 * year's draft plan from the five-year plan ({@link draftPlanSection}). Each part appears when its
 * input is given. Render it with {@link renderHtml} (one self-contained page, A4 portrait) or
 * {@link renderMarkdown}.
 *
 * @param plan - the year's plan
 * @param dataset - the observations
 * @param catalog - the catalog of every indicator used
 * @param options - the language and the parts
 * @returns the report
 * @throws {@link PlanningError} `invalid-argument` for an unknown language, a catalog that is not one,
 * or a year's plan that is not for a year; as the builders of the parts do
 *
 * @example
 * // The review of Như Xuân, 2024, on the bundled illustrative data:
 * const report = buildReviewReport(nhuXuanPlan2024, nhuXuanReviewDataset, nhuXuanReviewCatalog, {
 *   lang: 'vi', fiveYearPlan: nhuXuanFiveYearPlan, budget: parseBudgetReview(nhuXuanBudget2024),
 * });
 * [report.title, report.sections.map((section) => section.id), report.pageBreaks];
 * //=> ['Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân', ['scorecard', 'growth', 'five-year', 'trends', 'budget', 'next-year'], true]
 */
export function buildReviewReport(plan: Plan, dataset: Dataset, catalog: Catalog, options: ReviewReportBuildOptions): Report {
  assertLanguage((options as Partial<ReviewReportBuildOptions> | undefined)?.lang, 'buildReviewReport');
  assertCatalog(catalog, 'buildReviewReport');
  const { lang, asOf } = options;
  if (!/^\d{4}$/.test(plan.period)) {
    throw new PlanningError('invalid-argument', `buildReviewReport: the year's plan must be for one year (such as 2024); plan ${plan.id} is for ${plan.period}`);
  }
  const year = Number(plan.period);
  const common = { catalog, lang, ...(asOf === undefined ? {} : { asOf }) };
  const sections: ReportSection[] = [];
  const fiveYear = options.fiveYearPlan;
  const span = fiveYear === undefined ? null : /^(\d{4})\/(\d{4})$/.exec(fiveYear.period);
  let nextYear: ReportSection | undefined;
  if (fiveYear !== undefined && span !== null) {
    const first = Number(span[1]);
    const last = Number(span[2]);
    if (year >= first && year <= last) {
      const through = year === first ? String(year) : `${String(first)}/${String(year)}`;
      const review = reviewPlan(fiveYear, dataset, { ...common, through });
      const section = reviewSection(review, { ...common, id: 'five-year' });
      sections.push({ ...section, title: `${fiveYearTitles[lang]}: ${section.title}` });
      const trends = trendSection(fiveYear, dataset, { ...common, id: 'trends' });
      if (trends !== undefined) {
        const indicators = options.indexIndicators ?? [];
        const index = indicators.length === 0 ? [] : [indexChart(dataset, indicators, { ...common, area: fiveYear.area, from: first - 1, to: year, id: 'trends-index' })];
        sections.push({ ...trends, blocks: [...index, ...trends.blocks] });
      }
      if (year < last) nextYear = draftPlanSection(proposeYearTargets(fiveYear, dataset, { ...common, year: year + 1 }), dataset, { ...common, id: 'next-year' });
    }
  }
  if (options.structure !== undefined) sections.push(structureSection(dataset, { ...common, ...options.structure, id: 'structure' }));
  if (options.budget !== undefined) sections.push(budgetSection(dataset, options.budget, { ...common, id: 'budget' }));
  if (options.league !== undefined) sections.push(areaLeagueSection(options.league.entries, { ...common, id: 'league', ...(options.league.title === undefined ? {} : { title: options.league.title }) }));
  sections.push(...(options.extraSections ?? []));
  if (nextYear !== undefined) sections.push(nextYear);
  const report = buildPlanReport(plan, dataset, catalog, {
    lang,
    ...(asOf === undefined ? {} : { asOf }),
    ...(options.pace === undefined ? {} : { pace: options.pace }),
    ...(options.areaName === undefined ? {} : { areaName: options.areaName }),
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.notes === undefined ? {} : { notes: options.notes }),
    sections: [planGrowthSection],
    extraSections: sections,
  });
  const planTitle = lang === 'en' ? (plan.title.en ?? plan.title.vi) : plan.title.vi;
  return { ...report, title: options.title ?? titles[lang](planTitle), pageBreaks: true };
}
