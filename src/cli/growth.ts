import { type Decimal, type DecimalInput, toDecimal, quoteText } from '../numeric/index.js';
import { type Indicator, getIndicator } from '../indicator/index.js';
import { type Dataset, timeSeries } from '../observation/index.js';
import { type YearSeries, requiredGrowthToTarget } from '../growth/index.js';
import { type Language, formatNumber, formatPercent, formatQuantity } from '../format/index.js';
import { type TargetAssessment, assessPlan } from '../attainment/index.js';
import { type GrowthSeriesInput, type Report, type ReportField, type ReportSection, type Table, growthSection, growthYearsTable } from '../report/index.js';
import { nhuXuanHierarchy, nhuXuanPlan2024 } from '../datasets/nhu-xuan/index.js';
import {
  type CommandSpec,
  asOfOption,
  dataOptions,
  type ParsedArgs,
  dateOption,
  outputChoice,
  outputOptions,
  stringOption,
  stringsOption,
  yearOption,
} from './args.js';
import { CliError, type ExitCode, exitCodes, usageError } from './errors.js';
import { loadCatalog, loadDataset, unitTitle, unknownIndicatorMessage } from './inputs.js';
import type { CliIo } from './io.js';
import { printReport } from './output.js';
import { tableOptions, tableReading } from './tables.js';
import { cliWords } from './words.js';

const none = '–';
const yearCode = /^\d{4}$/;

/** The yearly values of an indicator in an area, best value of each year (as of a date). */
function yearlySeries(dataset: Dataset, indicator: string, area: string, asOf: string | undefined): { readonly year: number; readonly value: Decimal }[] {
  return timeSeries(dataset, { indicator, area }, asOf === undefined ? {} : { asOf })
    .filter((point) => yearCode.test(point.period))
    .map((point) => ({ year: Number(point.period), value: point.observation.value }));
}

/** The areas a dataset has observations for, in order of first appearance. */
function areasOf(dataset: Dataset): string[] {
  return [...new Set(dataset.observations.map((observation) => observation.area))];
}

/** The area to report: `--area`, or the only area of the data. */
function chooseArea(dataset: Dataset, given: string | undefined, dataName: string): string {
  const areas = areasOf(dataset);
  if (given !== undefined) {
    if (!areas.includes(given)) {
      throw new CliError(exitCodes.invalidInput, `unknown area ${quoteText(given)}: ${dataName} has observations for ${areas.length === 0 ? 'no area' : `area${areas.length === 1 ? '' : 's'} ${areas.join(', ')}`}`);
    }
    return given;
  }
  const [only, ...others] = areas;
  if (only === undefined) throw new CliError(exitCodes.invalidInput, `${dataName} holds no observations`);
  if (others.length > 0) throw usageError(`${dataName} has observations for several areas (${areas.join(', ')}); choose one with --area CODE`, 'growth');
  return only;
}

/** The table of the growth needed to reach a level target by a year. */
function requiredTable(input: GrowthSeriesInput, indicator: Indicator, target: { readonly value: DecimalInput; readonly year: number }, lang: Language): Table {
  const words = cliWords[lang];
  const result = requiredGrowthToTarget(input.series, target);
  const targetValue = toDecimal(target.value, '--target');
  const quantity = (value: Decimal) => formatQuantity(value, indicator, { lang, minimumDigits: 0 });
  const label = lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi;
  const cells = {
    indicator: { value: input.indicator, text: label },
    from: result.latestYear === null ? { value: null, text: none } : { value: String(result.latestYear), text: String(result.latestYear) },
    latest: result.latestValue === null ? { value: null, text: none } : { value: result.latestValue, text: quantity(result.latestValue) },
    target: { value: targetValue, text: quantity(targetValue) },
    by: { value: String(target.year), text: String(target.year) },
    years: { value: toDecimal(result.periods), text: formatNumber(result.periods, { lang }) },
    required:
      result.value === null
        ? { value: null, text: words.noRequired(result.reason ?? 'missing-value') }
        : { value: result.value, text: formatPercent(result.value, { lang, digits: 2, minimumDigits: 0 }) },
  };
  const ids = ['indicator', 'from', 'latest', 'target', 'by', 'years', 'required'] as const;
  const numbers = new Set<string>(['latest', 'target', 'years', 'required']);
  const columns = ids.map((id) => ({ id, label: words.requiredColumns[id], kind: numbers.has(id) ? ('number' as const) : ('text' as const) }));
  return { kind: 'table', id: 'required-growth', lang, title: words.requiredTitle, columns, rows: [{ id: input.indicator, cells }], notes: [] };
}

/** `planning-indicators growth`. */
export const growthSpec: CommandSpec = {
  name: 'growth',
  summary:
    'Growth of indicators over the years: the growth of each year on the year before, the average annual growth over the range (end-point, compound), the status against a target rate, and the average growth a level target needs.',
  positionals: [],
  requiredPositionals: 0,
  options: [
    ...dataOptions,
    { name: 'indicator', type: 'string', value: 'CODE', multiple: true, description: 'the indicator to show; default: every indicator with two or more yearly values' },
    { name: 'area', type: 'string', value: 'CODE', description: 'the area; default: the only area of the data' },
    { name: 'from', type: 'string', value: 'YEAR', description: 'the first year of growth (its base is the year before, as for a plan period 2021–2025 measured from 2020)' },
    { name: 'to', type: 'string', value: 'YEAR', description: 'the last year (default: the last year with a value)' },
    { name: 'target-rate', type: 'string', value: 'PERCENT', description: 'the target average growth a year to compare the average with (5.6 for 5.6%; points a year for a rate); default on the bundled data: the growth targets of the bundled plan, each with its own status' },
    { name: 'target', type: 'string', value: 'VALUE', description: 'a level to reach (in the indicator\'s unit), with --by: the average growth it needs' },
    { name: 'by', type: 'string', value: 'YEAR', description: 'the year by which --target is to be reached' },
    asOfOption,
    ...tableOptions,
    ...outputOptions,
  ],
  notes: [
    'Growth rates are in percent, changes of rates (percentages) in percentage points; the average is the compound (end-point) rate from the base year to the last year, and the range is labelled by its growth years with the base year apart (2021–2024, base year 2020).',
    'CSV output holds the growth summary table (first and last values, average, latest year, target, status).',
    'Examples:',
    '  planning-indicators growth --indicator PRODUCTION_VALUE --from 2021 --to 2024',
    '  planning-indicators growth --indicator BUDGET_REVENUE --target 900 --by 2026 --lang en',
    '  planning-indicators growth --data observations.csv --area 402 --format markdown',
  ],
};

/** Runs `growth`. */
export function runGrowth(args: ParsedArgs, io: CliIo): ExitCode {
  const { format, lang } = outputChoice(args, 'growth');
  const words = cliWords[lang];
  const from = yearOption(args, 'growth', 'from');
  const to = yearOption(args, 'growth', 'to');
  const by = yearOption(args, 'growth', 'by');
  const asOf = dateOption(args, 'growth', 'as-of');
  if (from !== undefined && to !== undefined && to < from) throw usageError(`--to ${String(to)} is before --from ${String(from)}`, 'growth');
  const targetText = stringOption(args, 'target');
  if ((targetText === undefined) !== (by === undefined)) throw usageError('--target VALUE and --by YEAR go together: the level to reach and the year to reach it by', 'growth');
  const targetValue = targetText === undefined ? undefined : parseNumberOption(targetText, 'target');
  const rateText = stringOption(args, 'target-rate');
  const targetRate = rateText === undefined ? undefined : parseNumberOption(rateText, 'target-rate');

  const dataFile = stringOption(args, 'data');
  const catalogFile = stringOption(args, 'catalog');
  const reading = tableReading(args, 'growth', lang);
  const catalog = loadCatalog(io, catalogFile, reading);
  const dataset = loadDataset(io, dataFile, catalog, catalogFile, reading);
  const dataName = dataFile ?? 'the bundled data';
  const area = chooseArea(dataset, stringOption(args, 'area'), dataName);
  const inRange = (year: number) => (from === undefined || year >= from - 1) && (to === undefined || year <= to);

  const requested = stringsOption(args, 'indicator');
  for (const code of requested) {
    if (!catalog.indicators.has(code)) {
      throw new CliError(exitCodes.invalidInput, unknownIndicatorMessage(catalog, code, catalogFile));
    }
  }
  const codes = requested.length > 0 ? requested : [...new Set(dataset.observations.filter((observation) => observation.area === area).map((observation) => observation.indicator))];
  // On the bundled data, each indicator's growth target of the bundled plan, with its own assessment:
  // the table prints that target's status, never a verdict of the average on a one-year target.
  const planTargets = new Map<string, TargetAssessment>();
  if (dataFile === undefined && catalogFile === undefined && targetRate === undefined) {
    for (const assessment of assessPlan(nhuXuanPlan2024, dataset, { catalog, ...(asOf === undefined ? {} : { asOf }) }).assessments) {
      if (assessment.target.basis === 'growth' && !planTargets.has(assessment.target.indicator)) planTargets.set(assessment.target.indicator, assessment);
    }
  }
  const inputs: GrowthSeriesInput[] = [];
  for (const code of codes) {
    if (!catalog.indicators.has(code)) continue;
    const series: YearSeries = yearlySeries(dataset, code, area, asOf).filter((point) => inRange(point.year));
    if (series.length < 2) {
      if (requested.length === 0) continue;
      const range = from === undefined && to === undefined ? '' : ` in ${String(from === undefined ? '…' : from - 1)}–${String(to ?? '…')}`;
      throw new CliError(
        exitCodes.invalidInput,
        `${code}: ${dataName} has ${series.length === 0 ? 'no yearly value' : 'only one yearly value'} for area ${area}${range}; growth needs the values of two years or more`,
      );
    }
    const planned = planTargets.get(code);
    const rate = targetRate ?? planned?.target.value;
    inputs.push({ indicator: code, series, ...(rate === undefined ? {} : { target: rate }), ...(planned === undefined ? {} : { assessment: planned }) });
  }
  if (inputs.length === 0) throw new CliError(exitCodes.invalidInput, `${dataName} has no indicator with yearly values of two years or more for area ${area}`);
  if (targetValue !== undefined && inputs.length > 1) {
    throw usageError(`--target applies to one indicator; choose it with --indicator (the data have ${inputs.map((input) => input.indicator).join(', ')})`, 'growth');
  }

  const growth = growthSection(inputs, { catalog, lang });
  const sections: ReportSection[] = [{ ...growth, blocks: [...growth.blocks, growthYearsTable(inputs, { catalog, lang })] }];
  const first = inputs[0];
  if (targetValue !== undefined && by !== undefined && first !== undefined) {
    sections.push({ id: 'required', title: words.requiredTitle, paragraphs: [], blocks: [requiredTable(first, getIndicator(catalog, first.indicator), { value: targetValue, year: by }, lang)] });
  }
  const years = inputs.flatMap((input) => input.series.map((point) => point.year));
  const fields: ReportField[] = [
    { label: words.fields.area, value: unitTitle(nhuXuanHierarchy, area, `${String(Math.max(...years))}-12-31`, lang) ?? area },
    { label: words.fields.range, value: `${String(Math.min(...years))}–${String(Math.max(...years))}` },
    { label: words.fields.data, value: dataFile ?? words.bundledData },
    ...(asOf === undefined ? [] : [{ label: words.fields.asOf, value: asOf }]),
  ];
  const report: Report = { kind: 'report', lang, title: words.growthTitle, fields, notes: dataFile === undefined ? [words.illustrativeData] : [], sections };
  return printReport(io, report, format, 'growth', { observations: dataset.observations });
}

function parseNumberOption(text: string, name: string): Decimal {
  try {
    return toDecimal(text.trim(), `--${name}`);
  } catch {
    throw usageError(`--${name} must be a number written with "." as the decimal separator, such as 5.6; got ${quoteText(text)}`, 'growth');
  }
}
