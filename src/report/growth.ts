import { type Decimal, type DecimalInput, toDecimal } from '../numeric/index.js';
import { type Catalog, type Indicator, getIndicator } from '../indicator/index.js';
import { type AssessmentStatus, type TargetAssessment } from '../attainment/index.js';
import { type GrowthReason, type YearSeries, averageAnnualGrowth, percentagePointChange, rollingGrowthRates } from '../growth/index.js';
import { type Language, formatNumber, formatPercent, formatPercentagePoints, formatPeriodLabel, formatQuantity, formatStatus } from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import type { Chart, ChartBar, ChartLegendEntry, ReportSection, Table, TableCell, TableColumn, TableRow } from './model.js';
import { idPart, niceScale } from './scale.js';
import { comparatorSign, targetPeriodPhrase } from './targets.js';
import { describeGrowthReason, describeNotAssessable } from './reasons.js';

/**
 * One indicator's yearly values for the growth tables and charts, with its target growth rate.
 *
 * @example
 * // Gross output of Như Xuân, 2020–2024 (illustrative), against 5.6% a year:
 * const input: GrowthSeriesInput = {
 *   indicator: 'PRODUCTION_VALUE', target: '5.6',
 *   series: [[2020, '4050'], [2021, '4310'], [2022, '4700'], [2023, '5120'], [2024, '5436']].map(([year, value]) => ({ year: Number(year), value: String(value) })),
 * };
 * input.series.length;
 * //=> 5
 */
export interface GrowthSeriesInput {
  /** The indicator's code in the catalog (for its label, unit, precision and polarity). */
  readonly indicator: string;
  /** The values by year, in the indicator's unit (absent years and `null` values are missing). */
  readonly series: YearSeries;
  /**
   * The target growth rate in percent a year (5.6 for "5,6%/năm"), drawn as the chart's target line;
   * without `assessment`, the average annual growth is judged against it. For a rate indicator (a
   * percentage), a change in percentage points a year.
   */
  readonly target?: DecimalInput | undefined;
  /** A label for the indicator; the catalog's label in the report's language unless given. */
  readonly label?: string | undefined;
  /**
   * The assessment of the plan target that the row reports ({@link assessTarget}). When given, the
   * `target` and `status` cells are that target's: its value and period as the plan states it, and its
   * own status. The average growth of the series is then context, not a verdict: a one-year target is
   * never judged on a several-year average.
   */
  readonly assessment?: TargetAssessment | undefined;
}

/**
 * Options of {@link growthTable}, {@link growthChart} and {@link growthSection}.
 *
 * @example
 * // English, with a note:
 * const options: GrowthReportOptions = { catalog: vnDistrictIndicatorCatalog, lang: 'en', notes: ['Illustrative data.'] };
 * options.lang;
 * //=> 'en'
 */
export interface GrowthReportOptions {
  /** The catalog that defines the indicators. */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** Notes to add under the table. */
  readonly notes?: readonly string[] | undefined;
  /** The id of the table, chart or section built; `growth-table`, `growth-chart-<indicator>` or `growth` unless given. */
  readonly id?: string | undefined;
}

interface Words {
  readonly tableTitle: string;
  readonly columns: Readonly<Record<'indicator' | 'range' | 'baseYear' | 'first' | 'last' | 'average' | 'latest' | 'target' | 'status', string>>;
  readonly averageContext: string;
  readonly contextNote: string;
  readonly rateNote: string;
  readonly noAverage: (reason: string) => string;
  readonly chartTitle: (label: string) => string;
  readonly rateChartTitle: (label: string) => string;
  readonly rateValueLabel: string;
  readonly rateBarLegend: string;
  readonly chartDescription: (label: string, range: string) => string;
  readonly rateChartDescription: (label: string, range: string) => string;
  readonly targetLineDescription: string;
  readonly year: string;
  readonly valueLabel: string;
  readonly barLegend: string;
  readonly missingLegend: string;
  readonly targetLegend: string;
  readonly targetLine: (rate: string) => string;
  readonly barTitle: (year: number, text: string, baseYear: number) => string;
  readonly sectionTitle: string;
  readonly yearsTitle: string;
  readonly yearsColumns: Readonly<Record<'indicator' | 'year' | 'value' | 'growth', string>>;
}

/** The years of a chart after a comma, or nothing for a chart with no year of growth. */
const during = (range: string): string => (range === '' ? '' : `, ${range}`);

const words: Readonly<Record<Language, Words>> = {
  vi: {
    tableTitle: 'Tốc độ tăng trưởng',
    columns: {
      indicator: 'Chỉ tiêu',
      range: 'Kỳ',
      baseYear: 'Năm gốc',
      first: 'Giá trị năm gốc',
      last: 'Giá trị năm cuối',
      average: 'Tăng bình quân/năm',
      latest: 'Tăng năm cuối',
      target: 'Mục tiêu',
      status: 'Đánh giá',
    },
    averageContext: 'Tăng bình quân/năm (tham khảo)',
    contextNote:
      'Cột Đánh giá là kết quả của chỉ tiêu kế hoạch trong kỳ của chỉ tiêu; tốc độ tăng bình quân của các năm có số liệu chỉ để tham khảo.',
    rateNote: 'Chỉ tiêu tỷ lệ (%): mức tăng, giảm tính bằng điểm phần trăm.',
    noAverage: (reason) => `không tính được tốc độ tăng bình quân (${reason})`,
    chartTitle: (label) => `${label}: tốc độ tăng so với năm trước`,
    rateChartTitle: (label) => `${label}: tăng, giảm so với năm trước (điểm %)`,
    rateValueLabel: 'Tăng, giảm (điểm %)',
    rateBarLegend: 'Tăng, giảm so với năm trước',
    chartDescription: (label, range) => `Tốc độ tăng so với năm trước của ${label}${during(range)}`,
    rateChartDescription: (label, range) => `Mức tăng, giảm so với năm trước (điểm %) của ${label}${during(range)}`,
    targetLineDescription: '; đường đứt nét là mục tiêu tăng bình quân mỗi năm',
    year: 'Năm',
    valueLabel: 'Tốc độ tăng (%)',
    barLegend: 'Tăng so với năm trước',
    missingLegend: 'Không tính được',
    targetLegend: 'Mục tiêu tăng bình quân/năm',
    targetLine: (rate) => `Mục tiêu ${rate}`,
    barTitle: (year, text, baseYear) => `Năm ${String(year)}: ${text} so với năm ${String(baseYear)}`,
    sectionTitle: 'Tăng trưởng',
    yearsTitle: 'Tốc độ tăng so với năm trước',
    yearsColumns: { indicator: 'Chỉ tiêu', year: 'Năm', value: 'Giá trị', growth: 'Tăng so với năm trước' },
  },
  en: {
    tableTitle: 'Growth',
    columns: {
      indicator: 'Indicator',
      range: 'Period',
      baseYear: 'Base year',
      first: 'Base value',
      last: 'Last value',
      average: 'Average annual growth',
      latest: 'Latest year',
      target: 'Target',
      status: 'Status',
    },
    averageContext: 'Average annual growth (context)',
    contextNote: "The status is the plan target's own, over the target's period; the average growth of the years with data is context only.",
    rateNote: 'Rates (%): changes are in percentage points.',
    noAverage: (reason) => `no average growth (${reason})`,
    chartTitle: (label) => `${label}: growth on the previous year`,
    rateChartTitle: (label) => `${label}: change on the previous year (percentage points)`,
    rateValueLabel: 'Change (percentage points)',
    rateBarLegend: 'Change on the previous year',
    chartDescription: (label, range) => `Growth of ${label} on the previous year${during(range)}`,
    rateChartDescription: (label, range) => `Change of ${label} on the previous year in percentage points${during(range)}`,
    targetLineDescription: '; the dashed line is the target average annual growth',
    year: 'Year',
    valueLabel: 'Growth (%)',
    barLegend: 'Growth on the previous year',
    missingLegend: 'No value',
    targetLegend: 'Target average annual growth',
    targetLine: (rate) => `Target ${rate}`,
    barTitle: (year, text, baseYear) => `${String(year)}: ${text} on ${String(baseYear)}`,
    sectionTitle: 'Growth',
    yearsTitle: 'Growth on the previous year',
    yearsColumns: { indicator: 'Indicator', year: 'Year', value: 'Value', growth: 'Growth on the previous year' },
  },
};

const none = '–';

function labelOf(input: GrowthSeriesInput, indicator: Indicator, lang: Language): string {
  return input.label ?? (lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi);
}

/** A rate to two decimals, trailing zeros dropped (`7,64%`, `5,6%`, `12%`), as tables and targets write it. */
function rate(value: Decimal, lang: Language): string {
  return formatPercent(value, { lang, digits: 2, minimumDigits: 0 });
}

/**
 * True for a rate indicator (a ratio in percent: urbanisation, poverty): its changes are differences
 * of two rates, in percentage points, never a percent growth of a percentage.
 */
function isRate(indicator: Indicator): boolean {
  return indicator.measure === 'ratio' && indicator.unit.unit.kind === 'percent';
}

/** A growth in percent, or the change of a rate in percentage points, to two decimals. */
function change(value: Decimal, indicator: Indicator, lang: Language, sign?: 'except-zero'): string {
  return isRate(indicator)
    ? formatPercentagePoints(value, { lang, digits: 2, minimumDigits: 0, sign })
    : formatPercent(value, { lang, digits: 2, minimumDigits: 0, sign });
}

/** The status of an average growth against a target, by the indicator's polarity; null for a range indicator. */
function statusAgainst(average: Decimal, target: Decimal, indicator: Indicator): AssessmentStatus | null {
  if (indicator.polarity === 'within-range') return null;
  const lead = indicator.polarity === 'lower-is-better' ? target.minus(average) : average.minus(target);
  return lead.isZero() ? 'met' : lead.isPositive() ? 'exceeded' : 'not-met';
}

interface YearPoint {
  readonly year: number;
  readonly value: Decimal;
}

/** The years with a value, ascending, and the value of each. */
function presentValues(series: YearSeries): YearPoint[] {
  return series
    .flatMap((point) => (point.value === null ? [] : [{ year: point.year, value: toDecimal(point.value, `the value of ${String(point.year)}`) }]))
    .sort((a, b) => a.year - b.year);
}

/**
 * Each year's growth on the year before ({@link rollingGrowthRates}); for a rate indicator its change
 * in percentage points instead, over the same pairs of years.
 */
function yearlyChanges(series: YearSeries, indicator: Indicator): readonly { readonly year: number; readonly baseYear: number; readonly value: Decimal | null; readonly reason: GrowthReason | null }[] {
  const rows = rollingGrowthRates(series);
  if (!isRate(indicator)) return rows;
  const values = new Map(presentValues(series).map((point) => [point.year, point.value]));
  return rows.map((row) => {
    const current = values.get(row.year);
    const previous = values.get(row.baseYear);
    return current === undefined || previous === undefined
      ? { ...row, value: null, reason: 'missing-value' as const }
      : { ...row, value: percentagePointChange(current, previous), reason: null };
  });
}

/**
 * The average over the series: the end-point average annual growth ({@link averageAnnualGrowth}), or
 * for a rate the average change a year in percentage points ((last − base) / years), under the same
 * rules for missing years; with the base and last points used.
 */
function averageOf(series: YearSeries, indicator: Indicator): { readonly value: Decimal | null; readonly reason: GrowthReason | null; readonly base: YearPoint | undefined; readonly last: YearPoint | undefined } {
  const average = averageAnnualGrowth(series);
  const present = presentValues(series);
  const base = present.find((point) => point.year === average.baseYear) ?? present[0];
  const last = present.find((point) => point.year === average.lastYear) ?? present.at(-1);
  if (!isRate(indicator) || average.reason === 'too-many-missing' || average.reason === 'too-few-points' || average.reason === 'missing-endpoint') {
    return { value: average.value, reason: average.reason, base, last };
  }
  if (base === undefined || last === undefined || last.year <= base.year) return { value: null, reason: 'too-few-points', base, last };
  return { value: percentagePointChange(last.value, base.value).div(last.year - base.year), reason: null, base, last };
}

/** The target cell of a row that reports a plan target: its value and period as the plan states them. */
function assessedTargetCell(assessment: TargetAssessment, indicator: Indicator, lang: Language): TableCell {
  const { target } = assessment;
  const phrase = targetPeriodPhrase(target, lang);
  const amount = (value: Decimal) =>
    target.basis === 'growth' ? rate(value, lang) : target.basis === 'point-change' || (target.basis === 'change' && isRate(indicator)) ? formatPercentagePoints(value, { lang, digits: 2, minimumDigits: 0 }) : formatQuantity(value, indicator, { lang, minimumDigits: 0 });
  if (target.comparator === 'between') {
    if (target.lower === undefined || target.upper === undefined) return { value: null, text: none };
    return { value: null, text: `${amount(target.lower)}–${amount(target.upper)}${phrase}` };
  }
  const value = assessment.targetValue ?? target.value ?? null;
  if (value === null) return { value: null, text: none };
  return { value, text: `${comparatorSign(assessment)} ${amount(value)}${phrase}` };
}

function growthRow(input: GrowthSeriesInput, options: GrowthReportOptions, notes: string[]): TableRow {
  const { lang } = options;
  const text = words[lang];
  const indicator = getIndicator(options.catalog, input.indicator);
  const label = labelOf(input, indicator, lang);
  // The growth functions check the series and throw for a malformed one before it is read here.
  const average = averageOf(input.series, indicator);
  const latest = yearlyChanges(input.series, indicator).at(-1);
  const { base, last } = average;
  const target = input.target === undefined ? null : toDecimal(input.target, `the target growth of ${input.indicator}`);
  const quantity = (point: YearPoint | undefined): TableCell =>
    point === undefined ? { value: null, text: none } : { value: point.value, text: formatQuantity(point.value, indicator, { lang, minimumDigits: 0 }), detail: String(point.year) };
  if (average.value === null && average.reason !== null) notes.push(`${label}: ${text.noAverage(describeGrowthReason(average.reason, lang))}`);
  const { assessment } = input;
  const sign = indicator.polarity === 'lower-is-better' ? '≤' : '≥';
  let targetCell: TableCell = target === null ? { value: null, text: none } : { value: target, text: `${sign} ${change(target, indicator, lang)}` };
  let statusCell: TableCell = { value: null, text: none };
  if (assessment === undefined) {
    const status = average.value === null || target === null ? null : statusAgainst(average.value, target, indicator);
    if (status !== null) statusCell = { value: status, text: formatStatus(status, lang) };
  } else {
    // The target's own verdict, never the average's: one target, one status in the whole report.
    targetCell = assessedTargetCell(assessment, indicator, lang);
    statusCell = assessment.reason === null ? { value: assessment.status, text: formatStatus(assessment.status, lang) } : { value: assessment.status, text: formatStatus(assessment.status, lang), detail: describeNotAssessable(assessment.reason, lang) };
  }
  // The growth years run from the year after the base (GSO: the period 2021–2025 is measured from 2020).
  const growthYears =
    base === undefined || last === undefined || last.year <= base.year ? null : last.year === base.year + 1 ? String(last.year) : `${String(base.year + 1)}/${String(last.year)}`;
  return {
    id: assessment?.target.id ?? input.indicator,
    cells: {
      indicator: { value: input.indicator, text: label },
      range: growthYears === null ? { value: null, text: none } : { value: growthYears, text: formatPeriodLabel(growthYears, lang) },
      baseYear: growthYears === null || base === undefined ? { value: null, text: none } : { value: String(base.year), text: String(base.year) },
      first: quantity(base),
      last: quantity(last),
      average: average.value === null ? { value: null, text: none } : { value: average.value, text: change(average.value, indicator, lang) },
      latest:
        latest?.value === null || latest === undefined
          ? { value: null, text: none }
          : { value: latest.value, text: change(latest.value, indicator, lang), detail: `${String(latest.year)}/${String(latest.baseYear)}` },
      target: targetCell,
      status: statusCell,
    },
  };
}

/**
 * The growth of one or more indicators as a {@link Table}: one row per input with the growth years
 * and, apart, their base year (the GSO way: "giai đoạn 2021–2024" measured from the base year 2020),
 * the base and last values (in the indicator's unit and precision), the average annual growth over
 * them (end-point method, {@link averageAnnualGrowth}), the growth of the last year on the year
 * before ({@link rollingGrowthRates}), the target, and a status. Rates are in percent, written to two
 * decimals (trailing zeros dropped). For a rate indicator (a ratio in percent, such as the poverty
 * rate) the changes are in percentage points: the average is (last − base) / years, the latest the
 * difference of the two last years, and a note says so. When no average can be computed, the cell is
 * empty and a note gives the reason code ({@link GrowthReason}).
 *
 * The status: for an input with the `assessment` of a plan target, that target's own status, with the
 * target written as the plan states it (`≥ 5,6% năm 2024`, `≥ 7%/năm giai đoạn 2021–2025`); the
 * average is then context (its column says so, and a note explains). For an input with only a
 * `target` rate, the average against it (exceeded, met or not met, by the indicator's polarity; none
 * for a `within-range` indicator).
 *
 * Columns (ids): `indicator` (value: the code), `range` (value: the growth years as a period code,
 * such as `2021/2024`, or one year), `baseYear`, `first` (the base year's value), `last`, `average`,
 * `latest`, `target` (percent a year, or points), `status`. Row ids are the target ids of assessed
 * inputs, else the indicator codes.
 *
 * @param inputs - the indicators' yearly series and target rates
 * @param options - the catalog, the language, notes and the table id
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for an unknown language; `not-found` for an
 * indicator code not in the catalog; `invalid-input` for a malformed series; `invalid-number` for a
 * target that is not a number
 *
 * @example
 * // Gross output 2020–2024 against 5.6% a year, in English:
 * const table = growthTable([{
 *   indicator: 'PRODUCTION_VALUE', target: '5.6',
 *   series: [[2020, 4050], [2021, 4310], [2022, 4700], [2023, 5120], [2024, 5436]].map(([year, value]) => ({ year: year!, value: value! })),
 * }], { catalog: vnDistrictIndicatorCatalog, lang: 'en' });
 * const cells = table.rows[0]!.cells;
 * [cells.range?.text, cells.baseYear?.text, cells.average?.text, cells.target?.text, cells.status?.text];
 * //=> ['2021–2024', '2020', '7.64%', '≥ 5.6%', 'Exceeded']
 *
 * @example
 * // A 2024 growth target reports its own status; the average of 2021–2024 is context:
 * const [target] = nhuXuanPlan2024.targets;
 * const assessment = assessTarget(target!, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog });
 * const table = growthTable([{
 *   indicator: 'PRODUCTION_VALUE', target: target!.value, assessment,
 *   series: [[2020, 4050], [2021, 4310], [2022, 4700], [2023, 5120], [2024, 5436]].map(([year, value]) => ({ year: year!, value: value! })),
 * }], { catalog: vnDistrictIndicatorCatalog, lang: 'vi' });
 * [table.columns[5]!.label, table.rows[0]!.cells.target?.text, table.rows[0]!.cells.status?.text];
 * //=> ['Tăng bình quân/năm (tham khảo)', '≥ 5,6% năm 2024', 'Vượt kế hoạch']
 *
 * @example
 * // The poverty rate fell from 22.16% to 9.64% over 2021–2024: 3.13 points a year, in points:
 * const table = growthTable([{ indicator: 'POVERTY_RATE', series: [{ year: 2020, value: '22.16' }, { year: 2022, value: '15.5' }, { year: 2024, value: '9.64' }] }], {
 *   catalog: vnDistrictIndicatorCatalog, lang: 'en',
 * });
 * table.rows[0]!.cells.average?.text;
 * //=> '-3.13 pp'
 *
 * @example
 * // With three of five years missing there is no average (World Bank rule), and a note says why:
 * const table = growthTable([{ indicator: 'PRODUCTION_VALUE', series: [{ year: 2020, value: 4050 }, { year: 2024, value: 5436 }] }], {
 *   catalog: vnDistrictIndicatorCatalog, lang: 'en',
 * });
 * [table.rows[0]!.cells.average?.text, table.notes];
 * //=> ['–', ['Gross output (constant 2010 prices): no average growth (too many years missing)']]
 */
export function growthTable(inputs: readonly GrowthSeriesInput[], options: GrowthReportOptions): Table {
  assertLanguage(options.lang, 'growthTable');
  assertList(inputs, 'growth series inputs', 'growthTable');
  assertCatalog(options.catalog, 'growthTable');
  const text = words[options.lang];
  const ids = ['indicator', 'range', 'baseYear', 'first', 'last', 'average', 'latest', 'target', 'status'] as const;
  const kinds = { indicator: 'text', range: 'text', baseYear: 'text', first: 'number', last: 'number', average: 'number', latest: 'number', target: 'number', status: 'status' } as const;
  const assessed = inputs.some((input) => input.assessment !== undefined);
  const columns: TableColumn[] = ids.map((id) => ({ id, label: assessed && id === 'average' ? text.averageContext : text.columns[id], kind: kinds[id] }));
  const notes: string[] = [];
  const rows = inputs.map((input) => growthRow(input, options, notes));
  if (assessed) notes.push(text.contextNote);
  if (inputs.some((input) => isRate(getIndicator(options.catalog, input.indicator)))) notes.push(text.rateNote);
  notes.push(...(options.notes ?? []));
  return { kind: 'table', id: options.id ?? 'growth-table', lang: options.lang, title: text.tableTitle, columns, rows, notes };
}

/**
 * The yearly values of one or more indicators as a {@link Table}: one row per indicator and year,
 * with the value (in the indicator's unit and precision) and its growth on the year before
 * ({@link rollingGrowthRates}, in percent to two decimals), or, for a rate indicator (a ratio in
 * percent), its change in percentage points. A year with no value, or whose growth cannot be
 * computed, shows `–` (the reason code as the cell's detail).
 *
 * Columns (ids): `indicator` (value: the code), `year`, `value`, `growth` (the pair of years compared as detail).
 *
 * @param inputs - the indicators' yearly series (`target` and `assessment` are not used)
 * @param options - the catalog, the language, notes and the table id (`growth-years` unless given)
 * @returns the table
 * @throws {@link PlanningError} as {@link growthTable}
 *
 * @example
 * // The urbanisation rate rose from 14.5% to 15%: half a percentage point, not 3.45%:
 * const table = growthYearsTable([{ indicator: 'URBANISATION_RATE', series: [{ year: 2023, value: '14.5' }, { year: 2024, value: 15 }] }], {
 *   catalog: vnDistrictIndicatorCatalog, lang: 'vi',
 * });
 * table.rows.map((row) => row.cells.growth?.text);
 * //=> ['–', '+0,5 điểm %']
 */
export function growthYearsTable(inputs: readonly GrowthSeriesInput[], options: GrowthReportOptions): Table {
  const { lang } = options;
  assertLanguage(lang, 'growthYearsTable');
  assertList(inputs, 'growth series inputs', 'growthYearsTable');
  assertCatalog(options.catalog, 'growthYearsTable');
  const text = words[lang];
  const rows = inputs.flatMap((input) => {
    const indicator = getIndicator(options.catalog, input.indicator);
    const label = labelOf(input, indicator, lang);
    const changes = new Map(yearlyChanges(input.series, indicator).map((row) => [row.year, row]));
    return [...input.series]
      .sort((a, b) => a.year - b.year)
      .map((point): TableRow => {
        const value = point.value === null ? null : toDecimal(point.value, `the value of ${String(point.year)}`);
        const growth = changes.get(point.year);
        return {
          id: `${input.indicator}-${String(point.year)}`,
          cells: {
            indicator: { value: input.indicator, text: label },
            year: { value: String(point.year), text: String(point.year) },
            value: value === null ? { value: null, text: none } : { value, text: formatQuantity(value, indicator, { lang, minimumDigits: 0 }) },
            growth:
              growth?.value == null
                ? { value: null, text: none, ...(growth?.reason == null ? {} : { detail: describeGrowthReason(growth.reason, lang) }) }
                : { value: growth.value, text: change(growth.value, indicator, lang, 'except-zero'), detail: `${String(growth.year)}/${String(growth.baseYear)}` },
          },
        };
      });
  });
  const columns = (['indicator', 'year', 'value', 'growth'] as const).map((id) => ({
    id,
    label: text.yearsColumns[id],
    kind: id === 'value' || id === 'growth' ? ('number' as const) : ('text' as const),
  }));
  return { kind: 'table', id: options.id ?? 'growth-years', lang, title: text.yearsTitle, columns, rows, notes: [...(options.notes ?? [])] };
}

/**
 * The growth chart of one indicator: one column per year, as tall as the year's growth on the year
 * before ({@link rollingGrowthRates}; for a rate indicator, its change in percentage points), with a
 * dashed line at the target rate when there is one. A year whose growth cannot be computed (a
 * missing value, a zero base) has no column and says `–`.
 *
 * @param input - the indicator's yearly series and target rate
 * @param options - the catalog, the language and the chart id
 * @returns the chart
 * @throws {@link PlanningError} as {@link growthTable}
 *
 * @example
 * // Gross output 2021–2024 (illustrative) against 5.6% a year:
 * const chart = growthChart({
 *   indicator: 'PRODUCTION_VALUE', target: '5.6',
 *   series: [{ year: 2021, value: 4310 }, { year: 2022, value: 4700 }, { year: 2023, value: 5120 }, { year: 2024, value: 5436 }],
 * }, { catalog: vnDistrictIndicatorCatalog, lang: 'vi' });
 * [chart.bars.map((bar) => `${bar.label}: ${bar.text}`), chart.reference?.label];
 * //=> [['2022: 9,0%', '2023: 8,9%', '2024: 6,2%'], 'Mục tiêu 5,6%']
 */
export function growthChart(input: GrowthSeriesInput, options: GrowthReportOptions): Chart {
  const { lang } = options;
  assertLanguage(lang, 'growthChart');
  assertCatalog(options.catalog, 'growthChart');
  const text = words[lang];
  const indicator = getIndicator(options.catalog, input.indicator);
  const label = labelOf(input, indicator, lang);
  const rows = yearlyChanges(input.series, indicator);
  const points = isRate(indicator);
  const target = input.target === undefined ? null : toDecimal(input.target, `the target growth of ${input.indicator}`);
  const bars = rows.map((row): ChartBar => {
    if (row.value === null) {
      return { label: String(row.year), value: null, text: none, tone: 'not-assessable', title: text.barTitle(row.year, `${none} (${row.reason === null ? '' : describeGrowthReason(row.reason, lang)})`, row.baseYear) };
    }
    // Chart labels keep one decimal, zeros included, so that the columns read alike.
    const written = points ? formatPercentagePoints(row.value, { lang, digits: 1 }) : formatPercent(row.value, { lang, digits: 1 });
    return { label: String(row.year), value: row.value, text: written, tone: 'neutral', title: text.barTitle(row.year, written, row.baseYear) };
  });
  const values = bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const legend: ChartLegendEntry[] = [{ tone: 'neutral', label: points ? text.rateBarLegend : text.barLegend }];
  if (bars.some((bar) => bar.value === null)) legend.push({ tone: 'not-assessable', label: text.missingLegend });
  if (target !== null) legend.push({ tone: 'reference', label: text.targetLegend });
  const firstRow = rows[0];
  const lastRow = rows.at(-1);
  const range = firstRow === undefined || lastRow === undefined ? '' : formatPeriodLabel(`${String(firstRow.year)}/${String(lastRow.year)}`, lang, { inSentence: true });
  return {
    kind: 'chart',
    id: options.id ?? `growth-chart-${idPart(input.indicator)}`,
    lang,
    title: points ? text.rateChartTitle(label) : text.chartTitle(label),
    description: `${(points ? text.rateChartDescription : text.chartDescription)(label, range)}${target === null ? '' : text.targetLineDescription}.`,
    orientation: 'vertical',
    categoryLabel: text.year,
    valueLabel: points ? text.rateValueLabel : text.valueLabel,
    bars,
    scale: niceScale(target === null ? values : [...values, target], (value) => formatNumber(value, { lang })),
    reference: target === null ? null : { value: target, label: text.targetLine(change(target, indicator, lang)) },
    legend,
  };
}

/**
 * The growth section of a report: a heading, the {@link growthTable} of all the indicators, and a
 * {@link growthChart} for each, with ids `<id>-table` and `<id>-chart-<indicator>`.
 *
 * @param inputs - the indicators' yearly series and target rates
 * @param options - as for {@link growthTable}; `id` is the section's (`growth` unless given)
 * @returns the section
 * @throws {@link PlanningError} as {@link growthTable}
 *
 * @example
 * // One indicator: its table and its chart:
 * const section = growthSection([{
 *   indicator: 'BUDGET_REVENUE', target: 12,
 *   series: [{ year: 2022, value: '540.3' }, { year: 2023, value: '612.5' }, { year: 2024, value: '672.8' }],
 * }], { catalog: vnDistrictIndicatorCatalog, lang: 'en' });
 * section.blocks.map((block) => block.id);
 * //=> ['growth-table', 'growth-chart-BUDGET_REVENUE']
 */
export function growthSection(inputs: readonly GrowthSeriesInput[], options: GrowthReportOptions): ReportSection {
  assertLanguage(options.lang, 'growthSection');
  assertList(inputs, 'growth series inputs', 'growthSection');
  assertCatalog(options.catalog, 'growthSection');
  const id = options.id ?? 'growth';
  return {
    id,
    title: words[options.lang].sectionTitle,
    paragraphs: [],
    blocks: [
      growthTable(inputs, { ...options, id: `${id}-table` }),
      ...inputs.map((input) => growthChart(input, { ...options, id: `${id}-chart-${idPart(input.indicator)}` })),
    ],
  };
}
