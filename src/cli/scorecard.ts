import { formatPeriod, parsePeriod, periodEnd } from '../period/index.js';
import { type PlanReportSectionBuilder, type Report, type ReportSection, buildPlanReport } from '../report/index.js';
import { nhuXuanHierarchy } from '../datasets/nhu-xuan/index.js';
import { type CommandSpec, type ParsedArgs, asOfOption, dataOptions, dateOption, outputChoice, outputOptions, stringOption } from './args.js';
import { type ExitCode, usageError } from './errors.js';
import { loadCatalog, loadDataset, loadHierarchy, loadPlan, unitTitle } from './inputs.js';
import type { CliIo } from './io.js';
import { printReport } from './output.js';
import { emulationOptions, emulationSection, loadEmulation } from './rank.js';
import { illustrativeOutlook, rollUpSection } from './outlook.js';
import { cliWords } from './words.js';

/** `planning-indicators scorecard`. */
export const scorecardSpec: CommandSpec = {
  name: 'scorecard',
  summary:
    'Assess a plan on observations: the scorecard of every target (planned, actual, attainment, gap, status), the pace within the period, the growth of the growth targets (each with its own status), and an emulation ranking. With no files it reports the bundled Như Xuân 2024 plan on the bundled illustrative data.',
  positionals: [],
  requiredPositionals: 0,
  options: [
    { name: 'plan', type: 'string', value: 'FILE', description: 'the plan (JSON); default: the bundled Như Xuân 2024 plan' },
    ...dataOptions,
    { name: 'hierarchy', type: 'string', value: 'FILE', description: 'administrative units (JSON: { levels?, units, successions? }): the plan\'s areas must be in it, and it names them; default: Như Xuân, for names only' },
    asOfOption,
    { name: 'pace', type: 'string', value: 'PERIOD', description: 'add the pace of every target up to this period (2024-S1, 2024-M01/2024-M09, or 2021/2023 in a five-year plan), by months elapsed; default on the bundled plan and data: 2024-S1' },
    ...emulationOptions,
    ...outputOptions,
  ],
  notes: [
    'The emulation section appears on the bundled plan and data, or when --sheets is given.',
    'On the bundled data the report also shows the growth 2025 needs for an illustrative five-year target and the district roll-up of commune values with its completeness.',
    'CSV output holds the scorecard table, one row per target, with exact values.',
    'Examples:',
    '  planning-indicators scorecard',
    '  planning-indicators scorecard --lang en --format html > report.html',
    '  planning-indicators scorecard --plan plan.json --data observations.csv --as-of 2024-12-31 --format markdown',
  ],
};

/** Runs `scorecard`. */
export function runScorecard(args: ParsedArgs, io: CliIo): ExitCode {
  const { format, lang } = outputChoice(args, 'scorecard');
  const words = cliWords[lang];
  const asOf = dateOption(args, 'scorecard', 'as-of');
  const planFile = stringOption(args, 'plan');
  const dataFile = stringOption(args, 'data');
  const catalogFile = stringOption(args, 'catalog');
  const hierarchyFile = stringOption(args, 'hierarchy');
  const bundled = planFile === undefined && dataFile === undefined && catalogFile === undefined;
  const paceText = stringOption(args, 'pace') ?? (bundled ? '2024-S1' : undefined);
  let toDate: string | undefined;
  if (paceText !== undefined) {
    try {
      toDate = formatPeriod(parsePeriod(paceText));
    } catch (error) {
      throw usageError(`--pace must be a period code such as 2024-S1, 2024-Q3 or 2024-M01/2024-M09: ${error instanceof Error ? error.message : String(error)}`, 'scorecard');
    }
  }

  const catalog = loadCatalog(io, catalogFile);
  const hierarchy = hierarchyFile === undefined ? undefined : loadHierarchy(io, hierarchyFile);
  const plan = loadPlan(io, planFile, catalog, hierarchy);
  const dataset = loadDataset(io, dataFile, catalog, catalogFile);
  const extraSections: (ReportSection | PlanReportSectionBuilder)[] = [];
  if (bundled) extraSections.push(illustrativeOutlook);
  if (bundled || args.values.sheets !== undefined) extraSections.push(emulationSection(loadEmulation(io, args), lang));
  if (bundled) extraSections.push(rollUpSection(lang));

  const areaName = unitTitle(hierarchy ?? nhuXuanHierarchy, plan.area, periodEnd(parsePeriod(plan.period)), lang);
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
    notes: dataFile === undefined ? [words.illustrativeData] : [],
    extraSections,
  });
  return printReport(io, report, format, 'scorecard');
}
