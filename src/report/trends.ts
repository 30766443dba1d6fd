import { type Decimal, Decimal as DecimalClass, PlanningError, quoteText, quoteList } from '../numeric/index.js';
import { convertScale, scaledUnitLabels } from '../measure/index.js';
import type { IsoDate } from '../period/index.js';
import { type Catalog, type Indicator, getIndicator } from '../indicator/index.js';
import { type Dataset, timeSeries } from '../observation/index.js';
import type { Plan, Target } from '../target/index.js';
import { type TargetShape, assessTargetPace, targetShape } from '../attainment/index.js';
import { type Language, formatNumber, formatStatus } from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import type { ChartLegendEntry, ChartPoint, ChartReference, ChartSeries, ReportSection, SeriesChart } from './model.js';
import { idPart, niceScale } from './scale.js';

/**
 * Options of the charts over time ({@link indicatorTrendChart}, {@link planActualChart},
 * {@link indexChart}, {@link areaTrendChart}, {@link trendSection}).
 *
 * @example
 * // Vietnamese charts on the data published by the end of 2024:
 * const options: TrendChartOptions = { catalog: vnDistrictIndicatorCatalog, lang: 'vi', asOf: '2024-12-31' };
 * options.asOf;
 * //=> '2024-12-31'
 */
export interface TrendChartOptions {
  /** The catalog that defines the indicators: labels, units, precision. */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** Use only observations published by this date; all of them unless given. */
  readonly asOf?: IsoDate | undefined;
  /** The chart's (or section's) id; made from the target or indicator unless given. */
  readonly id?: string | undefined;
}

interface Words {
  readonly year: string;
  readonly actual: string;
  readonly plan: string;
  readonly path: string;
  readonly milestones: string;
  readonly finalTarget: (year: number, value: string) => string;
  readonly trendTitle: (label: string, range: string) => string;
  readonly trendDescription: (label: string, range: string) => string;
  readonly planActualTitle: (label: string) => string;
  readonly planActualDescription: (label: string) => string;
  readonly indexTitle: (base: number) => string;
  readonly indexDescription: (base: number, names: string) => string;
  readonly indexLabel: (base: number) => string;
  readonly indexReference: (base: number) => string;
  readonly areaTitle: (label: string) => string;
  readonly areaDescription: (label: string, names: string) => string;
  readonly sectionTitle: string;
  readonly sectionIntro: string;
  readonly noValue: string;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    year: 'Năm',
    actual: 'Thực hiện',
    plan: 'Kế hoạch',
    path: 'Lộ trình kế hoạch',
    milestones: 'Mốc kế hoạch từng năm',
    finalTarget: (year, value) => `Mục tiêu ${String(year)}: ${value}`,
    trendTitle: (label, range) => `${label}: thực hiện so với lộ trình kế hoạch ${range}`,
    trendDescription: (label, range) =>
      `Giá trị thực hiện hằng năm của chỉ tiêu ${label} ${range}, lộ trình đều từ năm gốc đến mục tiêu và mục tiêu cuối kỳ; hình dạng điểm cho biết tiến độ từng năm.`,
    planActualTitle: (label) => `${label}: kế hoạch và thực hiện từng năm`,
    planActualDescription: (label) => `Cột kế hoạch và cột thực hiện của chỉ tiêu ${label} theo từng năm; ký hiệu trên cột thực hiện cho biết tiến độ.`,
    indexTitle: (base) => `Chỉ số phát triển (năm ${String(base)} = 100)`,
    indexDescription: (base, names) => `Các chỉ tiêu ${names} quy về chỉ số, năm ${String(base)} = 100, để so sánh nhịp tăng.`,
    indexLabel: (base) => `Chỉ số (năm ${String(base)} = 100)`,
    indexReference: (base) => `Năm ${String(base)} = 100`,
    areaTitle: (label) => `${label} theo đơn vị`,
    areaDescription: (label, names) => `Giá trị hằng năm của chỉ tiêu ${label} tại ${names}.`,
    sectionTitle: 'Diễn biến các chỉ tiêu qua các năm',
    sectionIntro: 'Mỗi chỉ tiêu kế hoạch nhiều năm: giá trị thực hiện so với lộ trình, và kế hoạch so với thực hiện từng năm.',
    noValue: 'chưa có số liệu',
  },
  en: {
    year: 'Year',
    actual: 'Actual',
    plan: 'Plan',
    path: 'Planned path',
    milestones: 'Yearly milestones',
    finalTarget: (year, value) => `Target ${String(year)}: ${value}`,
    trendTitle: (label, range) => `${label}: actual against the planned path, ${range}`,
    trendDescription: (label, range) =>
      `Yearly actual values of ${label}, ${range}, the even path from the base year to the target, and the final target; the marker's shape tells each year's pace.`,
    planActualTitle: (label) => `${label}: plan and actual by year`,
    planActualDescription: (label) => `A plan bar and an actual bar of ${label} for each year; the mark above the actual bar tells the pace.`,
    indexTitle: (base) => `Development index (${String(base)} = 100)`,
    indexDescription: (base, names) => `${names} as an index with ${String(base)} = 100, to compare how fast they grew.`,
    indexLabel: (base) => `Index (${String(base)} = 100)`,
    indexReference: (base) => `${String(base)} = 100`,
    areaTitle: (label) => `${label} by area`,
    areaDescription: (label, names) => `Yearly values of ${label} in ${names}.`,
    sectionTitle: 'Indicators over the years',
    sectionIntro: 'Each multi-year target: its actual values against the planned path, and plan against actual by year.',
    noValue: 'no data',
  },
};

const yearCode = /^\d{4}$/;
const hundred = new DecimalClass(100);

function labelOf(indicator: Indicator, lang: Language): string {
  return lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi;
}

function unitLabel(indicator: Indicator, lang: Language): string {
  const labels = scaledUnitLabels(indicator.unit);
  return lang === 'en' ? labels.en : labels.vi;
}

function written(value: Decimal, indicator: Indicator, lang: Language): string {
  return formatNumber(value, { lang, digits: indicator.precision, minimumDigits: 0 });
}

/** The yearly values of an indicator in an area, in the indicator's unit, by year (a value that cannot be converted is left out). */
function yearlyValues(dataset: Dataset, indicator: Indicator, area: string, asOf: IsoDate | undefined): Map<number, Decimal> {
  const values = new Map<number, Decimal>();
  for (const point of timeSeries(dataset, { indicator: indicator.code, area }, asOf === undefined ? {} : { asOf })) {
    if (!yearCode.test(point.period)) continue;
    const { value, unit } = point.observation;
    try {
      values.set(Number(point.period), unit === undefined ? value : convertScale(value, unit, indicator.unit));
    } catch (error) {
      if (!(error instanceof PlanningError && error.code === 'unit-mismatch')) throw error;
    }
  }
  return values;
}

function years(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

interface TargetYears {
  readonly target: Target;
  readonly indicator: Indicator;
  readonly shape: TargetShape;
  readonly first: number;
  readonly last: number;
  readonly base: number;
  /**
   * The year whose value a change or growth target is measured from, as its assessment measures it:
   * the base year, or the year before a one-year target (a growth of the 2025 revenue is over 2024).
   */
  readonly from: number;
  readonly values: Map<number, Decimal>;
}

function findTarget(plan: Plan, targetId: string, where: string): Target {
  assertList((plan as Partial<Plan> | undefined)?.targets, 'targets (give a plan from parsePlan)', where);
  const target = plan.targets.find((candidate) => candidate.id === targetId);
  if (target === undefined) {
    throw new PlanningError('not-found', `${where}: the plan ${plan.id} has no target ${quoteText(targetId)}; its targets are ${quoteList(plan.targets.map((candidate) => candidate.id))}`);
  }
  return target;
}

function targetYears(plan: Plan, dataset: Dataset, target: Target, options: TrendChartOptions): TargetYears {
  const indicator = getIndicator(options.catalog, target.indicator);
  const span = /^(\d{4})\/(\d{4})$/.exec(target.period) ?? /^(\d{4})\/(\d{4})$/.exec(plan.period);
  const single = yearCode.test(target.period) ? Number(target.period) : undefined;
  const first = span === null ? (single ?? Number.NaN) : Number(span[1]);
  const last = single ?? (span === null ? Number.NaN : Number(span[2]));
  if (!Number.isInteger(first) || !Number.isInteger(last)) {
    throw new PlanningError('invalid-argument', `charts over time need a target over years (2021/2025) or in a year of a plan over years; target ${target.id} is over ${target.period} in a plan over ${plan.period}`);
  }
  const given = target.basePeriod !== undefined && yearCode.test(target.basePeriod) ? Number(target.basePeriod) : undefined;
  const base = given ?? first - 1;
  const from = given ?? (single === undefined ? base : single - 1);
  return { target, indicator, shape: targetShape(target, indicator), first, last, base, from, values: yearlyValues(dataset, indicator, target.area, options.asOf) };
}

/**
 * The checked inputs of a chart of one target over its years: the language and its words, the
 * target's years and values, its indicator and the target itself.
 */
function targetChartInputs(plan: Plan, dataset: Dataset, targetId: string, options: TrendChartOptions, where: string) {
  assertLanguage(options.lang, where);
  assertCatalog(options.catalog, where);
  const { lang } = options;
  const info = targetYears(plan, dataset, findTarget(plan, targetId, where), options);
  return { lang, text: words[lang], info, indicator: info.indicator, target: info.target };
}

/**
 * The planned path of a target in the indicator's level (its running sum for a cumulative target):
 * even steps from the base-year value to the target (a compound path for an average growth), the
 * path that the pace of the target ({@link assessTargetPace}) measures against. Null where it cannot be drawn.
 */
function pathValue(info: TargetYears, year: number): Decimal | null {
  const { target, shape, base, from, last, values } = info;
  const value = target.value;
  const baseValue = values.get(base);
  const fromValue = values.get(from);
  if (value === undefined) return null;
  switch (shape) {
    case 'average-growth':
      return baseValue === undefined ? null : baseValue.times(value.div(hundred).plus(1).pow(year - base));
    case 'state-level':
      return baseValue === undefined ? (year === last ? value : null) : baseValue.plus(value.minus(baseValue).times(new DecimalClass(year - base).div(last - base)));
    case 'change':
      return fromValue === undefined || year < from ? null : fromValue.plus(value.times(new DecimalClass(year - from).div(last - from)));
    case 'cumulative':
      return year <= base ? null : value.times(new DecimalClass(year - info.first + 1).div(last - info.first + 1));
    case 'growth':
      return fromValue === undefined || year !== last ? null : fromValue.times(value.div(hundred).plus(1));
    case 'flow-level':
      return year === last ? value : null;
  }
}

/** The actual value in the chart's quantity: the running sum from the first year for a cumulative target. */
function actualValue(info: TargetYears, year: number): Decimal | null {
  if (info.shape !== 'cumulative') return info.values.get(year) ?? null;
  if (year < info.first) return null;
  let sum = new DecimalClass(0);
  for (const each of years(info.first, year)) {
    const value = info.values.get(each);
    if (value === undefined) return null;
    sum = sum.plus(value);
  }
  return sum;
}

/** The pace of the target over its years up to `year` ({@link assessTargetPace}): the status a point carries. */
function paceStatus(info: TargetYears, dataset: Dataset, year: number, options: TrendChartOptions): ChartPoint['status'] {
  if (year < info.first) return undefined;
  // A one-year target (the revenue of 2025 in a five-year plan) has a status in its own year only.
  if (yearCode.test(info.target.period) && Number(info.target.period) !== year) return undefined;
  const toDate = year === info.first ? String(year) : `${String(info.first)}/${String(year)}`;
  const pace = assessTargetPace(info.target, dataset, { catalog: options.catalog, toDate, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) });
  return pace.status;
}

function statusLegend(points: readonly ChartPoint[], lang: Language): ChartLegendEntry[] {
  const order = ['exceeded', 'met', 'ahead', 'on-pace', 'behind', 'not-met', 'not-assessable'] as const;
  return order.filter((status) => points.some((point) => point.status === status)).map((status) => ({ tone: status, label: formatStatus(status, lang) }));
}

function point(value: Decimal | null, indicator: Indicator, lang: Language, category: string, name: string, status?: ChartPoint['status']): ChartPoint {
  const text = value === null ? '–' : written(value, indicator, lang);
  const verdict = status === undefined ? '' : ` (${formatStatus(status, lang)})`;
  const title = `${category}, ${name}: ${value === null ? words[lang].noValue : `${text} ${unitLabel(indicator, lang)}`}${verdict}`;
  return { value, text, ...(status === undefined ? {} : { status }), title };
}

function scaleOf(series: readonly ChartSeries[], references: readonly ChartReference[], lang: Language): SeriesChart['scale'] {
  const values = series.flatMap((each) => each.points.flatMap((item) => (item.value === null ? [] : [item.value])));
  return niceScale([...values, ...references.map((reference) => reference.value)], (value) => formatNumber(value, { lang }));
}

/**
 * A line chart of one multi-year target: the yearly actual values of its indicator from the base year
 * (the running sum for a cumulative target), the planned path from the base-year value to the target
 * (even steps; compound steps for an average annual growth; a growth or change in one year of the plan
 * from the year before, as its assessment measures it), the yearly milestones when the target
 * has them, and the final target as a reference line. Each actual point is marked by the target's
 * pace over the years up to it ({@link assessTargetPace}): ▲ ahead, ● on pace, ▼ behind, ◇ not
 * assessable, named in the legend.
 *
 * @param plan - the plan
 * @param dataset - the observations
 * @param targetId - the target's id; a target over years (2021/2025), or in the last year of a plan over years
 * @param options - the catalog, language, as-of date and chart id (`trend-<target>` unless given)
 * @returns the chart
 * @throws {@link PlanningError} `not-found` for a target the plan lacks or an indicator the catalog
 * lacks; `invalid-argument` for a target not over years
 *
 * @example
 * // Income per person of Như Xuân against its five-year path (illustrative data):
 * const chart = indicatorTrendChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang: 'vi' });
 * [chart.series.map((series) => series.label), chart.series[0]?.points.map((point) => point.status ?? ''), chart.references[0]?.label];
 * //=> [['Thực hiện', 'Lộ trình kế hoạch', 'Mốc kế hoạch từng năm'], ['', 'behind', 'behind', 'behind', 'ahead', ''], 'Mục tiêu 2025: 50 triệu đồng/người/năm']
 */
export function indicatorTrendChart(plan: Plan, dataset: Dataset, targetId: string, options: TrendChartOptions): SeriesChart {
  const { lang, text, info, indicator, target } = targetChartInputs(plan, dataset, targetId, options, 'indicatorTrendChart');
  const startYear = info.shape === 'cumulative' ? info.first : info.base;
  const categories = years(startYear, info.last).map(String);
  const actual: ChartSeries = {
    id: 'actual',
    label: text.actual,
    role: 'actual',
    points: years(startYear, info.last).map((year) => {
      const value = actualValue(info, year);
      // A year with no value yet has no mark: there is nothing to judge.
      return point(value, indicator, lang, String(year), text.actual, value === null ? undefined : paceStatus(info, dataset, year, options));
    }),
  };
  const path: ChartSeries = {
    id: 'path',
    label: text.path,
    role: 'target',
    points: years(startYear, info.last).map((year) => point(pathValue(info, year), indicator, lang, String(year), text.path)),
  };
  const series: ChartSeries[] = [actual, path];
  const milestones = target.milestones ?? [];
  if (milestones.length > 0) {
    const byYear = new Map(milestones.filter((milestone) => yearCode.test(milestone.period)).map((milestone) => [Number(milestone.period), milestone.value]));
    series.push({
      id: 'milestones',
      label: text.milestones,
      role: 'target',
      points: years(startYear, info.last).map((year) => point(byYear.get(year) ?? null, indicator, lang, String(year), text.milestones)),
    });
  }
  const final = pathValue(info, info.last);
  const references: ChartReference[] = final === null ? [] : [{ value: final, label: text.finalTarget(info.last, `${written(final, indicator, lang)} ${unitLabel(indicator, lang)}`) }];
  const label = labelOf(indicator, lang);
  const range = `${String(startYear)}–${String(info.last)}`;
  return {
    kind: 'series-chart',
    id: options.id ?? `trend-${idPart(target.id)}`,
    lang,
    title: text.trendTitle(`${target.id} ${label}`, range),
    description: text.trendDescription(label, range),
    type: 'line',
    categoryLabel: text.year,
    valueLabel: unitLabel(indicator, lang),
    categories,
    series,
    scale: scaleOf(series, references, lang),
    references,
    statusLegend: statusLegend(actual.points, lang),
  };
}

/**
 * Plan against actual by year as paired bars, for one multi-year target: for each year of the plan,
 * the plan value (the yearly milestone, or the planned path where the target has none) beside the
 * actual value (the running sum for a cumulative target), with the target's pace over the years up to
 * it drawn as a mark above the actual bar (▲ ahead, ● on pace, ▼ behind, ◇ not assessable).
 *
 * @param plan - the plan
 * @param dataset - the observations
 * @param targetId - the target's id
 * @param options - the catalog, language, as-of date and chart id (`plan-actual-<target>` unless given)
 * @returns the chart
 * @throws {@link PlanningError} as {@link indicatorTrendChart}
 *
 * @example
 * // The investment summed over 2021–2025 (illustrative data), plan and actual by year:
 * const chart = planActualChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P4', { catalog: vnDistrictIndicatorCatalog, lang: 'vi' });
 * chart.series.map((series) => series.points.map((point) => point.text));
 * //=> [['900', '1.800', '2.700', '3.600', '4.500'], ['742', '1.603', '2.551', '3.636', '–']]
 */
export function planActualChart(plan: Plan, dataset: Dataset, targetId: string, options: TrendChartOptions): SeriesChart {
  const { lang, text, info, indicator, target } = targetChartInputs(plan, dataset, targetId, options, 'planActualChart');
  const milestones = new Map((target.milestones ?? []).filter((milestone) => yearCode.test(milestone.period)).map((milestone) => [Number(milestone.period), milestone.value]));
  const all = years(info.first, info.last);
  const planned: ChartSeries = {
    id: 'plan',
    label: text.plan,
    role: 'target',
    points: all.map((year) => point(milestones.get(year) ?? pathValue(info, year), indicator, lang, String(year), text.plan)),
  };
  const actual: ChartSeries = {
    id: 'actual',
    label: text.actual,
    role: 'actual',
    points: all.map((year) => {
      const value = actualValue(info, year);
      return point(value, indicator, lang, String(year), text.actual, value === null ? undefined : paceStatus(info, dataset, year, options));
    }),
  };
  const series = [planned, actual];
  const label = labelOf(indicator, lang);
  return {
    kind: 'series-chart',
    id: options.id ?? `plan-actual-${idPart(target.id)}`,
    lang,
    title: text.planActualTitle(`${target.id} ${label}`),
    description: text.planActualDescription(label),
    type: 'bars',
    categoryLabel: text.year,
    valueLabel: unitLabel(indicator, lang),
    categories: all.map(String),
    series,
    scale: scaleOf(series, [], lang),
    references: [],
    statusLegend: statusLegend(actual.points, lang),
  };
}

/**
 * Options of {@link indexChart}.
 *
 * @example
 * // Three indicators of Như Xuân, 2020–2024, with 2020 = 100:
 * const options: IndexChartOptions = { catalog: vnDistrictIndicatorCatalog, lang: 'en', area: '402', from: 2020, to: 2024 };
 * options.from;
 * //=> 2020
 */
export interface IndexChartOptions extends TrendChartOptions {
  /** The area whose values are read. */
  readonly area: string;
  /** The base year (= 100), the first year drawn. */
  readonly from: number;
  /** The last year drawn. */
  readonly to: number;
}

function checkYears(from: unknown, to: unknown, where: string): void {
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 1000 || to > 9999) {
    throw new PlanningError('invalid-argument', `${where}: from and to must be years (whole numbers from 1000 to 9999) with from ≤ to; got from ${String(from)} and to ${String(to)}`);
  }
}

/**
 * Several indicators on one line chart in index form, the base year = 100 (chỉ số phát triển so
 * với năm gốc): each indicator's yearly value divided by its base-year value, times 100, so that
 * series of different units compare by how fast they grew. A reference line marks 100. An
 * indicator without a base-year value has no points (its title says so).
 *
 * @param dataset - the observations
 * @param indicators - the indicators' codes
 * @param options - the catalog, language, area, years and chart id (`index-chart` unless given)
 * @returns the chart
 * @throws {@link PlanningError} `not-found` for an indicator the catalog lacks; `invalid-argument`
 * for no indicators or years that are not a range
 *
 * @example
 * // Gross output, budget revenue and investment of Như Xuân, 2020 = 100 (illustrative data):
 * const chart = indexChart(nhuXuanFiveYearDataset, ['PRODUCTION_VALUE', 'BUDGET_REVENUE', 'INVESTMENT'], { catalog: vnDistrictIndicatorCatalog, lang: 'vi', area: '402', from: 2020, to: 2024 });
 * chart.series.map((series) => `${series.label}: ${series.points.at(-1)?.text ?? ''}`);
 * //=> ['Giá trị sản xuất (giá so sánh 2010): 134,2', 'Thu ngân sách nhà nước trên địa bàn: 156,0', 'Vốn đầu tư phát triển toàn xã hội: 157,2']
 */
export function indexChart(dataset: Dataset, indicators: readonly string[], options: IndexChartOptions): SeriesChart {
  assertLanguage(options.lang, 'indexChart');
  assertCatalog(options.catalog, 'indexChart');
  assertList(indicators, 'indicator codes', 'indexChart');
  checkYears(options.from, options.to, 'indexChart');
  if (indicators.length === 0) throw new PlanningError('invalid-argument', 'indexChart: give one indicator code or more');
  const { lang, from, to } = options;
  const text = words[lang];
  const all = years(from, to);
  const series = indicators.map((code): ChartSeries => {
    const indicator = getIndicator(options.catalog, code);
    const values = yearlyValues(dataset, indicator, options.area, options.asOf);
    const base = values.get(from);
    const label = labelOf(indicator, lang);
    return {
      id: idPart(code),
      label,
      role: 'series',
      points: all.map((year): ChartPoint => {
        const value = values.get(year);
        const index = base === undefined || base.isZero() || value === undefined ? null : value.div(base).times(hundred);
        const shown = index === null ? '–' : formatNumber(index, { lang, digits: 1 });
        return { value: index, text: shown, title: `${String(year)}, ${label}: ${index === null ? text.noValue : shown}` };
      }),
    };
  });
  const references: ChartReference[] = [{ value: hundred, label: text.indexReference(from) }];
  return {
    kind: 'series-chart',
    id: options.id ?? 'index-chart',
    lang,
    title: text.indexTitle(from),
    description: text.indexDescription(from, series.map((each) => each.label).join(', ')),
    type: 'line',
    categoryLabel: text.year,
    valueLabel: text.indexLabel(from),
    categories: all.map(String),
    series,
    scale: scaleOf(series, references, lang),
    references,
    statusLegend: [],
  };
}

/**
 * One area of an {@link areaTrendChart}: its code and the name its series has in the legend.
 *
 * @example
 * const area: TrendArea = { code: '16174', name: 'Yên Cát' };
 * area.name;
 * //=> 'Yên Cát'
 */
export interface TrendArea {
  /** The area's code in the observations. */
  readonly code: string;
  /** Its name in the legend. */
  readonly name: string;
}

/**
 * Options of {@link areaTrendChart}.
 *
 * @example
 * // Two communes, 2023–2024:
 * const options: AreaTrendOptions = { catalog: vnDistrictIndicatorCatalog, lang: 'vi', areas: [{ code: '16174', name: 'Yên Cát' }, { code: '16201', name: 'Tân Bình' }], from: 2023, to: 2024 };
 * options.areas.length;
 * //=> 2
 */
export interface AreaTrendOptions extends TrendChartOptions {
  /** The areas, each a series: its code and the name shown in the legend. */
  readonly areas: readonly TrendArea[];
  /** The first year drawn. */
  readonly from: number;
  /** The last year drawn. */
  readonly to: number;
}

/**
 * One indicator in several areas on one line chart: a series per area (the communes of an emulation
 * cluster, the districts of a province), told apart by colour, dash pattern and marker, named in the
 * legend.
 *
 * @param dataset - the observations
 * @param indicatorCode - the indicator's code
 * @param options - the catalog, language, areas, years and chart id (`area-trend-<indicator>` unless given)
 * @returns the chart
 * @throws {@link PlanningError} `not-found` for an indicator the catalog lacks; `invalid-argument` for
 * no areas or years that are not a range
 *
 * @example
 * // New-rural villages recognised in 2024, in two communes (illustrative data):
 * const chart = areaTrendChart(nhuXuanCommuneDataset2024, 'NTM_VILLAGES_NEW', {
 *   catalog: nhuXuanCommuneCatalog, lang: 'en', from: 2024, to: 2024,
 *   areas: [{ code: '16174', name: 'Yên Cát' }, { code: '16177', name: 'Bãi Trành' }],
 * });
 * chart.series.map((series) => `${series.label}: ${series.points[0]?.text ?? ''}`);
 * //=> ['Yên Cát: 0', 'Bãi Trành: 1']
 */
export function areaTrendChart(dataset: Dataset, indicatorCode: string, options: AreaTrendOptions): SeriesChart {
  assertLanguage(options.lang, 'areaTrendChart');
  assertCatalog(options.catalog, 'areaTrendChart');
  assertList(options.areas, 'areas { code, name }', 'areaTrendChart');
  checkYears(options.from, options.to, 'areaTrendChart');
  if (options.areas.length === 0) throw new PlanningError('invalid-argument', 'areaTrendChart: give one area or more');
  const { lang } = options;
  const text = words[lang];
  const indicator = getIndicator(options.catalog, indicatorCode);
  const all = years(options.from, options.to);
  const series = options.areas.map((area): ChartSeries => {
    const values = yearlyValues(dataset, indicator, area.code, options.asOf);
    return {
      id: idPart(area.code),
      label: area.name,
      role: 'series',
      points: all.map((year) => point(values.get(year) ?? null, indicator, lang, String(year), area.name)),
    };
  });
  const label = labelOf(indicator, lang);
  return {
    kind: 'series-chart',
    id: options.id ?? `area-trend-${idPart(indicatorCode)}`,
    lang,
    title: text.areaTitle(label),
    description: text.areaDescription(label, options.areas.map((area) => area.name).join(', ')),
    type: 'line',
    categoryLabel: text.year,
    valueLabel: unitLabel(indicator, lang),
    categories: all.map(String),
    series,
    scale: scaleOf(series, [], lang),
    references: [],
    statusLegend: [],
  };
}

/**
 * The section of a report with the charts over time of a plan over years: for each of its targets
 * over a range of years (or in a year of it, such as the budget revenue of 2025), the
 * {@link indicatorTrendChart} and the {@link planActualChart}. Undefined when the plan is not over years.
 *
 * @param plan - the plan
 * @param dataset - the observations
 * @param options - the catalog, language, as-of date and section id (`trends` unless given)
 * @returns the section, or undefined
 * @throws {@link PlanningError} as {@link indicatorTrendChart}
 *
 * @example
 * // Two charts for each of the seven five-year targets of Như Xuân:
 * trendSection(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, { catalog: vnDistrictIndicatorCatalog, lang: 'en' })?.blocks.length;
 * //=> 14
 */
export function trendSection(plan: Plan, dataset: Dataset, options: TrendChartOptions): ReportSection | undefined {
  assertLanguage(options.lang, 'trendSection');
  if (!/^\d{4}\/\d{4}$/.test(plan.period)) return undefined;
  const text = words[options.lang];
  const chartOptions = { catalog: options.catalog, lang: options.lang, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) };
  const blocks = plan.targets.flatMap((target) => [indicatorTrendChart(plan, dataset, target.id, chartOptions), planActualChart(plan, dataset, target.id, chartOptions)]);
  return { id: options.id ?? 'trends', title: text.sectionTitle, paragraphs: [text.sectionIntro], blocks };
}
