import { formatPeriod, parsePeriod, periodEnd, periodStart } from '../period/index.js';
import { type PlanReportSectionBuilder, type Report, type ReportSection, buildPlanReport, planReviewSection } from '../report/index.js';
import { nhuXuanFiveYearDataset, nhuXuanFiveYearPlan, nhuXuanHierarchy } from '../datasets/nhu-xuan/index.js';
import { type CommandSpec, type ParsedArgs, asOfOption, dataOptions, dateOption, outputChoice, outputOptions, stringOption } from './args.js';
import { type ExitCode, usageError } from './errors.js';
import { loadCatalog, loadDataset, loadHierarchy, loadPlan, unitTitle } from './inputs.js';
import type { CliIo } from './io.js';
import { printReport } from './output.js';
import { emulationOptions, emulationSection, loadEmulation } from './rank.js';
import { fiveYearReviewSection, illustrativeOutlook, rollUpSection } from './outlook.js';
import { tableOptions, tableReading } from './tables.js';
import { cliWords } from './words.js';

/** `planning-indicators scorecard`. */
export const scorecardSpec: CommandSpec = {
  name: 'scorecard',
  summary:
    'Assess a plan on observations: the scorecard of every target (planned, actual, attainment, gap, status), the pace within the period, the growth of the growth targets (each with its own status), and an emulation ranking. With no files it reports the bundled Như Xuân 2024 plan on the bundled illustrative data.',
  positionals: [],
  requiredPositionals: 0,
  options: [
    { name: 'plan', type: 'string', value: 'FILE', description: 'the plan (JSON, or a table of one row per target in .csv, .tsv, .txt or .xlsx: see planning-indicators template plan); default: the bundled Như Xuân 2024 plan' },
    ...dataOptions,
    { name: 'hierarchy', type: 'string', value: 'FILE', description: 'administrative units (JSON: { levels?, units, successions? }): the plan\'s areas must be in it, and it names them; default: Như Xuân, for names only' },
    asOfOption,
    { name: 'pace', type: 'string', value: 'PERIOD', description: 'add the pace of every target up to this period (2024-S1, 2024-M01/2024-M09, or 2021/2023 in a five-year plan), by months elapsed; default on the bundled plan and data: 2024-S1' },
    { name: 'review', type: 'string', value: 'PERIOD', description: 'add the mid-term review of the plan at this point (2021/2023 in a five-year plan, or 2024-M01/2024-M09): where each target stands, its pace and what the remaining years need, with next year\'s proposed targets for a plan over several years; default with --five-year: 2021/2024' },
    { name: 'five-year', type: 'boolean', description: 'report the bundled illustrative Như Xuân five-year plan 2021–2025 on its illustrative data, instead of the 2024 plan' },
    ...emulationOptions,
    ...tableOptions,
    ...outputOptions,
  ],
  notes: [
    'The emulation section appears on the bundled plan and data, or when --sheets is given.',
    'On the bundled data the report also shows the mid-term review of the illustrative five-year plan 2021–2025 through 2024 with the proposed 2025 targets, the growth 2025 needs for an illustrative output target, and the district roll-up of commune values with its completeness.',
    'CSV output holds the scorecard table, one row per target, with exact values.',
    'Examples:',
    '  planning-indicators scorecard',
    '  planning-indicators scorecard --lang en --format html > report.html',
    '  planning-indicators scorecard --plan plan.json --data observations.csv --as-of 2024-12-31 --format markdown',
    '  planning-indicators scorecard --five-year --review 2021/2023',
    '  planning-indicators scorecard --plan five-year-plan.json --data observations.csv --review 2021/2023 --pace 2021/2023',
  ],
};

/** A period option as a canonical code, or a usage error that says what was wrong. */
function periodOption(text: string | undefined, name: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    return formatPeriod(parsePeriod(text));
  } catch (error) {
    throw usageError(`--${name} must be a period code such as 2024-S1, 2024-M01/2024-M09 or 2021/2023: ${error instanceof Error ? error.message : String(error)}`, 'scorecard');
  }
}

/** The year after the point reached, when the plan is over several years and still runs then. */
function nextYearWithin(planPeriod: string, through: string): number | undefined {
  const plan = parsePeriod(planPeriod);
  const next = Number(periodEnd(parsePeriod(through)).slice(0, 4)) + 1;
  if (plan.type !== 'range' || plan.start.type !== 'year' || plan.end.type !== 'year') return undefined;
  return next >= plan.start.year && next <= plan.end.year ? next : undefined;
}

/** Runs `scorecard`. */
export function runScorecard(args: ParsedArgs, io: CliIo): ExitCode {
  const { format, lang } = outputChoice(args, 'scorecard');
  const words = cliWords[lang];
  const asOf = dateOption(args, 'scorecard', 'as-of');
  const planFile = stringOption(args, 'plan');
  const dataFile = stringOption(args, 'data');
  const catalogFile = stringOption(args, 'catalog');
  const hierarchyFile = stringOption(args, 'hierarchy');
  const fiveYear = args.values['five-year'] === true;
  if (fiveYear && (planFile !== undefined || dataFile !== undefined || catalogFile !== undefined)) {
    throw usageError('--five-year reports the bundled five-year plan on its bundled data; leave out --plan, --data and --catalog, or leave out --five-year', 'scorecard');
  }
  const bundled = !fiveYear && planFile === undefined && dataFile === undefined && catalogFile === undefined;
  const toDate = periodOption(stringOption(args, 'pace') ?? (bundled ? '2024-S1' : undefined), 'pace');
  const reviewThrough = periodOption(stringOption(args, 'review') ?? (fiveYear ? '2021/2024' : undefined), 'review');

  const reading = tableReading(args, 'scorecard', lang);
  const catalog = loadCatalog(io, catalogFile, reading);
  const hierarchy = hierarchyFile === undefined ? undefined : loadHierarchy(io, hierarchyFile);
  const plan = fiveYear ? nhuXuanFiveYearPlan : loadPlan(io, planFile, catalog, hierarchy, reading);
  const dataset = fiveYear ? nhuXuanFiveYearDataset : loadDataset(io, dataFile, catalog, catalogFile, reading);
  const extraSections: (ReportSection | PlanReportSectionBuilder)[] = [];
  if (reviewThrough !== undefined) extraSections.push(planReviewSection(reviewThrough, { proposalsFor: nextYearWithin(plan.period, reviewThrough) }));
  if (bundled) extraSections.push(fiveYearReviewSection(lang), illustrativeOutlook);
  if (bundled || args.values.sheets !== undefined) extraSections.push(emulationSection(loadEmulation(io, args), lang));
  if (bundled) extraSections.push(rollUpSection(lang));

  // A plan may outlive its area (the districts abolished on 1 July 2025): name it as it was when the plan began.
  const units = hierarchy ?? nhuXuanHierarchy;
  const areaName = unitTitle(units, plan.area, periodEnd(parsePeriod(plan.period)), lang) ?? unitTitle(units, plan.area, periodStart(parsePeriod(plan.period)), lang);
  const fields = [
    { label: words.fields.data, value: dataFile ?? words.bundledData },
    ...(asOf === undefined ? [] : [{ label: words.fields.asOf, value: asOf }]),
  ];
  // The library assembles the report; the command line only reads the files and prints it.
  const report: Report = buildPlanReport(plan, dataset, catalog, {
    lang,
    ...(asOf === undefined ? {} : { asOf }),
    ...(toDate === undefined ? {} : { pace: toDate }),
    ...(areaName === undefined ? {} : { areaName }),
    fields,
    notes: dataFile === undefined ? [fiveYear ? words.illustrativePlan : words.illustrativeData] : [],
    extraSections,
  });
  return printReport(io, report, format, 'scorecard', { observations: dataset.observations });
}
