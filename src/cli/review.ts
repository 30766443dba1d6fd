/*
 * `planning-indicators review`: the whole review report of a district (báo cáo tình hình thực hiện
 * kế hoạch) from its plan(s), data, hierarchy and budget. The library builds the report
 * (buildReviewReport); this command only reads the files and prints it.
 */
import { periodEnd, parsePeriod, periodStart } from '../period/index.js';
import type { Language } from '../format/index.js';
import { assessPlan } from '../attainment/index.js';
import { type ReportSection, type StructureOptions, buildReviewReport, economicSectors, parseBudgetReview } from '../report/index.js';
import {
  nhuXuanBudget2024,
  nhuXuanCommunePlans2024,
  nhuXuanFiveYearPlan,
  nhuXuanHierarchy,
  nhuXuanPlan2024,
  nhuXuanReviewCatalog,
  nhuXuanReviewDataset,
} from '../datasets/nhu-xuan/index.js';
import { type CommandSpec, type ParsedArgs, asOfOption, dataOptions, dateOption, outputChoice, outputOptions, stringOption } from './args.js';
import { type ExitCode, usageError } from './errors.js';
import { fromFile, loadCatalog, loadDataset, loadHierarchy, loadPlan, unitTitle } from './inputs.js';
import { type CliIo, readJson } from './io.js';
import { printReport } from './output.js';
import { emulationOptions, emulationSection, loadEmulation } from './rank.js';

/** `planning-indicators review`. */
export const reviewSpec: CommandSpec = {
  name: 'review',
  summary:
    "Build the whole review report of a district: the year's scorecard, the five-year progress, the charts over time, the economic structure, the budget against the province's and the council's estimates, the comparison of communes, the emulation results and next year's draft plan. With no files it reviews Như Xuân in 2024 on the bundled illustrative data.",
  positionals: [],
  requiredPositionals: 0,
  options: [
    { name: 'plan', type: 'string', value: 'FILE', description: "the year's plan (JSON); default: the bundled Như Xuân 2024 plan" },
    { name: 'five-year-plan', type: 'string', value: 'FILE', description: 'the five-year plan the year belongs to (JSON); default with the bundled plan: the illustrative Như Xuân plan 2021–2025' },
    ...dataOptions,
    { name: 'hierarchy', type: 'string', value: 'FILE', description: 'administrative units (JSON: { levels?, units, successions? }), for the area\'s name; default: Như Xuân' },
    { name: 'budget', type: 'string', value: 'FILE', description: 'the budget against its estimates (JSON: { area, period, revenue?, spending? }, see the Reports guide); default on the bundled data: the illustrative Như Xuân budget 2024' },
    { name: 'structure', type: 'string', value: 'INDICATOR', description: 'show the economic structure of this indicator from its observations with a "sector" dimension (agriculture, industry, services); default on the bundled data: PRODUCTION_VALUE_CURRENT' },
    asOfOption,
    { name: 'pace', type: 'string', value: 'PERIOD', description: "add the pace of the year's targets up to this period (2024-S1); default on the bundled data: 2024-S1" },
    ...emulationOptions,
    ...outputOptions,
  ],
  notes: [
    'The comparison of communes and the emulation results appear on the bundled data (the emulation also with --sheets).',
    'HTML output is one self-contained page that prints on A4 portrait, each part on a new page.',
    'CSV output holds the scorecard table.',
    'Examples:',
    '  planning-indicators review',
    '  planning-indicators review --format html > review.html',
    '  planning-indicators review --lang en --format markdown',
    '  planning-indicators review --plan plan-2024.json --five-year-plan plan-2021-2025.json --data observations.csv --budget budget.json --format html > review.html',
  ],
};

const words: Readonly<Record<Language, { readonly illustrative: string; readonly data: string; readonly bundled: string; readonly league: string }>> = {
  vi: {
    illustrative:
      'Kế hoạch 5 năm, số liệu thực hiện, cơ cấu kinh tế, dự toán và số thu chi ngân sách, kế hoạch của các xã, cụm và điểm thi đua là số liệu minh họa của bộ dữ liệu kèm theo, không phải số liệu chính thức; chỉ tiêu kế hoạch năm 2024 của huyện là chỉ tiêu chính thức.',
    data: 'Số liệu',
    bundled: 'số liệu minh họa kèm theo (huyện Như Xuân)',
    league: 'các xã, thị trấn cụm thi đua số 1 và số 2 (minh họa)',
  },
  en: {
    illustrative:
      "The five-year plan, the actual values, the economic structure, the budget estimates and outturn, the communes' plans, the clusters and the emulation scores are illustrative bundled data, not official figures; the district's 2024 targets are official.",
    data: 'Data',
    bundled: 'bundled illustrative data (Như Xuân district)',
    league: 'the communes of emulation clusters 1 and 2 (illustrative)',
  },
};

/** Runs `review`. */
export function runReview(args: ParsedArgs, io: CliIo): ExitCode {
  const { format, lang } = outputChoice(args, 'review');
  const text = words[lang];
  const asOf = dateOption(args, 'review', 'as-of');
  const planFile = stringOption(args, 'plan');
  const fiveYearFile = stringOption(args, 'five-year-plan');
  const dataFile = stringOption(args, 'data');
  const catalogFile = stringOption(args, 'catalog');
  const hierarchyFile = stringOption(args, 'hierarchy');
  const budgetFile = stringOption(args, 'budget');
  const bundled = planFile === undefined && dataFile === undefined && catalogFile === undefined && fiveYearFile === undefined;
  if (!bundled && (planFile === undefined || dataFile === undefined)) {
    throw usageError('a review of your own files needs --plan (the year\'s plan) and --data; leave out every file to review the bundled Như Xuân data', 'review');
  }
  const catalog = bundled ? nhuXuanReviewCatalog : loadCatalog(io, catalogFile);
  const hierarchy = hierarchyFile === undefined ? undefined : loadHierarchy(io, hierarchyFile);
  const plan = bundled ? nhuXuanPlan2024 : loadPlan(io, planFile, catalog, hierarchy);
  const fiveYearPlan = bundled ? nhuXuanFiveYearPlan : fiveYearFile === undefined ? undefined : loadPlan(io, fiveYearFile, catalog, hierarchy);
  const dataset = bundled ? nhuXuanReviewDataset : loadDataset(io, dataFile, catalog, catalogFile);
  const budget = budgetFile === undefined ? (bundled ? parseBudgetReview(nhuXuanBudget2024) : undefined) : fromFile(budgetFile, () => parseBudgetReview(readJson(io, budgetFile)));
  const structureIndicator = stringOption(args, 'structure') ?? (bundled ? 'PRODUCTION_VALUE_CURRENT' : undefined);
  const pace = stringOption(args, 'pace') ?? (bundled ? '2024-S1' : undefined);
  const year = Number(plan.period);
  const firstYear = fiveYearPlan === undefined ? year - 4 : Number(/^(\d{4})/.exec(fiveYearPlan.period)?.[1] ?? year - 4) - 1;
  const structure: Omit<StructureOptions, 'catalog' | 'lang' | 'asOf' | 'id'> | undefined =
    structureIndicator === undefined ? undefined : { indicator: structureIndicator, area: plan.area, dimension: 'sector', parts: economicSectors, from: firstYear, to: year };
  const extraSections: ReportSection[] = [];
  if (bundled || args.values.sheets !== undefined) extraSections.push(emulationSection(loadEmulation(io, args), lang));
  const units = hierarchy ?? nhuXuanHierarchy;
  const areaName = unitTitle(units, plan.area, periodEnd(parsePeriod(plan.period)), lang) ?? unitTitle(units, plan.area, periodStart(parsePeriod(plan.period)), lang);
  const report = buildReviewReport(plan, dataset, catalog, {
    lang,
    ...(asOf === undefined ? {} : { asOf }),
    ...(pace === undefined ? {} : { pace }),
    ...(areaName === undefined ? {} : { areaName }),
    ...(fiveYearPlan === undefined ? {} : { fiveYearPlan }),
    ...(budget === undefined ? {} : { budget }),
    ...(structure === undefined ? {} : { structure }),
    indexIndicators: bundled ? ['PRODUCTION_VALUE', 'BUDGET_REVENUE', 'INVESTMENT', 'INCOME_PER_CAPITA'] : [],
    ...(bundled
      ? {
          league: {
            entries: nhuXuanCommunePlans2024.map(({ area, name, plan: communePlan }) => ({ area, name, assessment: assessPlan(communePlan, dataset, { catalog }) })),
            title: text.league,
          },
        }
      : {}),
    fields: [{ label: text.data, value: dataFile ?? text.bundled }],
    notes: bundled ? [text.illustrative] : [],
    extraSections,
  });
  return printReport(io, report, format, 'scorecard');
}
