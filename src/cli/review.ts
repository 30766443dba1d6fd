/*
 * `planning-indicators review`: the whole review report of a district (báo cáo tình hình thực hiện
 * kế hoạch) from its plan(s), data, hierarchy and budget. The library builds the report
 * (buildReviewReport); this command only reads the files and prints it.
 */
import { periodEnd, parsePeriod, periodStart } from '../period/index.js';
import type { Language } from '../format/index.js';
import { PlanningError, quoteList } from '../numeric/index.js';
import { assessPlan } from '../attainment/index.js';
import { type Plan, parsePlan } from '../target/index.js';
import type { Catalog } from '../indicator/index.js';
import type { Hierarchy } from '../admin/index.js';
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
import { fromFile, loadCatalog, loadDataset, loadHierarchy, loadPlan, unitTitle, unusable } from './inputs.js';
import { tableOptions, tableReading } from './tables.js';
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
    {
      name: 'area-plans',
      type: 'string',
      value: 'FILE',
      description: 'the plans of the areas to compare (JSON: a list of plans, one per commune or district), each assessed on --data: the comparison of areas; default on the bundled data: eight communes (illustrative)',
    },
    {
      name: 'index',
      type: 'string',
      value: 'CODES',
      description: 'indicators drawn together in index form (base year = 100), comma-separated, such as PRODUCTION_VALUE,BUDGET_REVENUE; default on the bundled data: four of them',
    },
    ...emulationOptions,
    ...tableOptions,
    ...outputOptions,
  ],
  notes: [
    'The comparison of areas appears with --area-plans, the emulation results with --sheets; both appear on the bundled data.',
    'HTML output is one self-contained page that prints on A4 portrait, each part on a new page.',
    'CSV output holds the scorecard table.',
    'Examples:',
    '  planning-indicators review',
    '  planning-indicators review --format html > review.html',
    '  planning-indicators review --lang en --format markdown',
    '  planning-indicators review --plan plan-2024.json --five-year-plan plan-2021-2025.json --data observations.csv --budget budget.json --format html > review.html',
    '  planning-indicators review --plan plan-2024.json --data observations.csv --area-plans communes-2024.json --index PRODUCTION_VALUE,BUDGET_REVENUE',
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

/** The plans of the areas to compare: a JSON list of plans, each parsed as --plan is; a problem names the plan's place in the list. */
function loadAreaPlans(io: CliIo, file: string, catalog: Catalog, hierarchy: Hierarchy | undefined): readonly Plan[] {
  const json = readJson(io, file);
  if (!Array.isArray(json) || json.length === 0) throw unusable(file, 'expected a JSON list of plans, one per area to compare, such as [{ "area": "16174", ... }, ...]');
  const context = { catalog, ...(hierarchy === undefined ? {} : { hierarchy }) };
  return fromFile(file, () =>
    json.map((input: unknown, index) => {
      try {
        return parsePlan(input, context);
      } catch (error) {
        if (!(error instanceof PlanningError)) throw error;
        const issues = error.issues.map((issue) => ({ path: [index, ...issue.path], message: `plan ${String(index + 1)}: ${issue.message}` }));
        throw new PlanningError(error.code, `plan ${String(index + 1)} of the list: ${error.message}`, { issues });
      }
    }),
  );
}

/** The indicators of --index: codes of the catalog, comma-separated. */
function indexIndicators(text: string, catalog: Catalog): string[] {
  const codes = text.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes.length === 0) throw usageError('--index needs indicator codes, comma-separated, such as PRODUCTION_VALUE,BUDGET_REVENUE', 'review');
  const unknown = codes.filter((code) => !catalog.indicators.has(code));
  if (unknown.length > 0) throw usageError(`--index: ${quoteList(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not in the catalog`, 'review');
  return codes;
}

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
  const reading = tableReading(args, 'review', lang);
  const catalog = bundled ? nhuXuanReviewCatalog : loadCatalog(io, catalogFile, reading);
  const hierarchy = hierarchyFile === undefined ? undefined : loadHierarchy(io, hierarchyFile);
  const plan = bundled ? nhuXuanPlan2024 : loadPlan(io, planFile, catalog, hierarchy, reading);
  const fiveYearPlan = bundled ? nhuXuanFiveYearPlan : fiveYearFile === undefined ? undefined : loadPlan(io, fiveYearFile, catalog, hierarchy, reading);
  const dataset = bundled ? nhuXuanReviewDataset : loadDataset(io, dataFile, catalog, catalogFile, reading);
  const areaPlansFile = stringOption(args, 'area-plans');
  const indexText = stringOption(args, 'index');
  if (indexText !== undefined && fiveYearPlan === undefined) {
    throw usageError("--index draws its indicators over the years of the five-year plan: give --five-year-plan too", 'review');
  }
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
    indexIndicators: indexText !== undefined ? indexIndicators(indexText, catalog) : bundled ? ['PRODUCTION_VALUE', 'BUDGET_REVENUE', 'INVESTMENT', 'INCOME_PER_CAPITA'] : [],
    ...(areaPlansFile !== undefined
      ? {
          league: {
            entries: loadAreaPlans(io, areaPlansFile, catalog, hierarchy).map((areaPlan) => {
              const period = parsePeriod(areaPlan.period);
              const name = unitTitle(units, areaPlan.area, periodEnd(period), lang) ?? unitTitle(units, areaPlan.area, periodStart(period), lang) ?? areaPlan.area;
              return { area: areaPlan.area, name, assessment: assessPlan(areaPlan, dataset, { catalog, ...(asOf === undefined ? {} : { asOf }) }) };
            }),
          },
        }
      : bundled
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
