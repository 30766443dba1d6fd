import * as z from 'zod/mini';
import { type Decimal, Decimal as DecimalClass, PlanningError, decimalSchema, parseWithSchema, quoteText } from '../numeric/index.js';
import { convertScale, scaledUnitLabels } from '../measure/index.js';
import { type IsoDate, formatPeriod, periodCodeSchema, samePeriodLastYear } from '../period/index.js';
import { type Catalog, type Indicator, getIndicator, labelsSchema } from '../indicator/index.js';
import { type Dataset, type ObservationKey, bestObservation } from '../observation/index.js';
import { planDocumentSchema } from '../target/index.js';
import { describePlanFulfilment } from '../attainment/index.js';
import { type Language, formatNumber, formatPercentOfSamePeriod, formatPeriodLabel, formatPlanFulfilment } from '../format/index.js';
import { assertCatalog, assertLanguage } from './check.js';
import type { ReportSection, Table, TableCell, TableColumn } from './model.js';

const estimateIdPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * The zod schema of one estimate of a budget (dự toán): who set it, in which document, its total and
 * its amount for each part, in the indicator's unit.
 *
 * @example
 * z.parse(budgetEstimateSchema, { id: 'province', label: { vi: 'Dự toán tỉnh giao' }, document: { kind: 'budget-estimate' }, total: 560 }).total?.toString();
 * //=> '560'
 */
export const budgetEstimateSchema = z.object({
  /** An id for the estimate, a letter then letters, digits, `_` or `-` (`province`, `district`): part of its columns' ids. */
  id: z.string().check(z.regex(estimateIdPattern, { error: 'expected an id of a letter then letters, digits, "_" or "-", such as "province"' })),
  /** The estimate's name, the heading of its columns (`Dự toán tỉnh giao`). */
  label: labelsSchema,
  /** The document that set it: the province's budget decision, the district council's resolution. */
  document: planDocumentSchema,
  /** The estimate of the total. */
  total: z.optional(decimalSchema),
  /** The estimate of each part, keyed by the part's code. */
  parts: z.optional(z.record(z.string(), decimalSchema)),
});

/**
 * The zod schema of one part of a budget side: a revenue source or a spending item.
 *
 * @example
 * z.parse(budgetPartSchema, { code: 'land-use-fees', labels: { vi: 'Thu tiền sử dụng đất' } }).code;
 * //=> 'land-use-fees'
 */
export const budgetPartSchema = z.object({
  /** The value of the side's breakdown dimension for this part (`land-use-fees`). */
  code: z.string().check(z.minLength(1)),
  /** Its name in Vietnamese and English. */
  labels: labelsSchema,
});

/**
 * The zod schema of one side of a budget review (revenue, or spending): the indicator, the breakdown
 * dimension of its observations, the parts (revenue sources, spending items) and the estimates.
 *
 * @example
 * z.parse(budgetSideSchema, { indicator: 'BUDGET_REVENUE', dimension: 'source', parts: [], estimates: [] }).dimension;
 * //=> 'source'
 */
export const budgetSideSchema = z.object({
  /** The indicator whose values are read (`BUDGET_REVENUE`). */
  indicator: z.string().check(z.minLength(1)),
  /** The breakdown dimension of the parts' observations (`source`). */
  dimension: z.string().check(z.minLength(1)),
  /** The parts, in order: each a value of the dimension and its names. */
  parts: z.array(budgetPartSchema),
  /** The estimates, each in two columns (the estimate and its fulfilment). */
  estimates: z.array(budgetEstimateSchema),
});

/**
 * The zod schema of a budget review: the area and period, and its revenue and spending sides. The
 * command line's `review --budget FILE` reads one.
 *
 * @example
 * parseBudgetReview(nhuXuanBudget2024).revenue?.estimates.length;
 * //=> 2
 */
export const budgetReviewSchema = z.object({
  /** The area's code. */
  area: z.string().check(z.minLength(1)),
  /** The period reviewed (`2024`, or `2024-M01/2024-M09`); compared with the same period a year before. */
  period: periodCodeSchema,
  /** Revenue (thu ngân sách). */
  revenue: z.optional(budgetSideSchema),
  /** Spending (chi ngân sách). */
  spending: z.optional(budgetSideSchema),
});

/**
 * A budget review as accepted by {@link parseBudgetReview} (numbers as numbers, strings or Decimals).
 *
 * @example
 * const input: BudgetReviewInput = { area: '402', period: '2024' };
 * input.period;
 * //=> '2024'
 */
export type BudgetReviewInput = z.input<typeof budgetReviewSchema>;

/**
 * A budget review as parsed: amounts are Decimals.
 *
 * @example
 * const review: BudgetReview = parseBudgetReview(nhuXuanBudget2024);
 * review.spending?.parts.length;
 * //=> 3
 */
export type BudgetReview = z.output<typeof budgetReviewSchema>;

/**
 * One side of a parsed {@link BudgetReview}.
 *
 * @example
 * const side: BudgetSide | undefined = parseBudgetReview(nhuXuanBudget2024).revenue;
 * side?.indicator;
 * //=> 'BUDGET_REVENUE'
 */
export type BudgetSide = z.output<typeof budgetSideSchema>;

/**
 * Parses a budget review, listing every problem with its path; an estimate id used twice, or an
 * estimate of a part that the side does not list, is a problem too.
 *
 * @param input - the review, such as the JSON of a file
 * @returns the review, frozen
 * @throws {@link PlanningError} `invalid-input` listing every problem
 *
 * @example
 * // A part the estimate names but the side does not list:
 * parseBudgetReview({ area: '402', period: '2024', revenue: { indicator: 'BUDGET_REVENUE', dimension: 'source', parts: [],
 *   estimates: [{ id: 'p', label: { vi: 'Dự toán' }, document: { kind: 'budget-estimate' }, parts: { fees: 3 } }] } });
 * // throws revenue.estimates[0].parts.fees: no part "fees" in revenue.parts
 */
export function parseBudgetReview(input: unknown): BudgetReview {
  const review = parseWithSchema(budgetReviewSchema, input, 'budget review');
  const issues: { path: PropertyKey[]; message: string }[] = [];
  for (const side of ['revenue', 'spending'] as const) {
    const value = review[side];
    if (value === undefined) continue;
    const codes = new Set(value.parts.map((part) => part.code));
    const ids = new Set<string>();
    value.estimates.forEach((estimate, index) => {
      if (ids.has(estimate.id)) issues.push({ path: [side, 'estimates', index, 'id'], message: `the estimate id ${quoteText(estimate.id)} is used twice` });
      ids.add(estimate.id);
      for (const code of Object.keys(estimate.parts ?? {})) {
        if (!codes.has(code)) issues.push({ path: [side, 'estimates', index, 'parts', code], message: `no part ${quoteText(code)} in ${side}.parts` });
      }
    });
  }
  if (issues.length > 0) {
    throw new PlanningError('invalid-input', `invalid budget review: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}\n${issues.map((issue) => `  ${issue.path.map(String).join('.').replace(/\.(\d+)/g, '[$1]')}: ${issue.message}`).join('\n')}`, { issues });
  }
  return review;
}

/**
 * Options of {@link budgetTable} and {@link budgetSection}.
 *
 * @example
 * const options: BudgetReportOptions = { catalog: nhuXuanReviewCatalog, lang: 'vi' };
 * options.lang;
 * //=> 'vi'
 */
export interface BudgetReportOptions {
  /** The catalog that defines the indicators. */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** Use only observations published by this date. */
  readonly asOf?: IsoDate | undefined;
  /** The id of the section (`budget` unless given); its tables are `<id>-revenue` and `<id>-spending`. */
  readonly id?: string | undefined;
}

interface Words {
  readonly title: Readonly<Record<'revenue' | 'spending', (period: string) => string>>;
  readonly total: Readonly<Record<'revenue' | 'spending', string>>;
  readonly item: string;
  readonly actual: (period: string) => string;
  readonly fulfilment: (label: string) => string;
  readonly previous: (period: string) => string;
  readonly samePeriod: string;
  /** The sentence's part that compares with the same period: English needs a verb before the phrase, Vietnamese has "bằng". */
  readonly samePeriodPart: (phrase: string) => string;
  readonly sentence: Readonly<Record<'revenue' | 'spending', (period: string, amount: string, parts: readonly string[]) => string>>;
  readonly sectionTitle: string;
  readonly documents: (list: string) => string;
  readonly unit: (unit: string) => string;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    title: { revenue: (period) => `Thu ngân sách ${period} so với dự toán`, spending: (period) => `Chi ngân sách ${period} so với dự toán` },
    total: { revenue: 'Tổng thu ngân sách trên địa bàn', spending: 'Tổng chi ngân sách địa phương' },
    item: 'Nội dung',
    actual: (period) => `Ước thực hiện ${period}`,
    fulfilment: (label) => `% ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    previous: (period) => `Cùng kỳ ${period}`,
    samePeriod: 'So cùng kỳ (%)',
    samePeriodPart: (phrase) => phrase,
    sentence: {
      revenue: (period, amount, parts) => `Thu ngân sách trên địa bàn ${period} ước đạt ${amount}${parts.map((part) => `, ${part}`).join('')}.`,
      spending: (period, amount, parts) => `Chi ngân sách địa phương ${period} ước ${amount}${parts.map((part) => `, ${part}`).join('')}.`,
    },
    sectionTitle: 'Thu, chi ngân sách',
    documents: (list) => `Dự toán theo: ${list}.`,
    unit: (unit) => `Đơn vị: ${unit}.`,
  },
  en: {
    title: { revenue: (period) => `Budget revenue in ${period} against the estimates`, spending: (period) => `Budget spending in ${period} against the estimates` },
    total: { revenue: 'Total budget revenue in the area', spending: 'Total local budget spending' },
    item: 'Item',
    actual: (period) => `Estimated outturn ${period}`,
    fulfilment: (label) => `% of the ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    previous: (period) => `Same period ${period}`,
    samePeriod: 'Against the same period (%)',
    samePeriodPart: (phrase) => `was ${phrase}`,
    sentence: {
      revenue: (period, amount, parts) => `Budget revenue in the area in ${period} is estimated at ${amount}${parts.length === 0 ? '' : `: it ${parts.join(', ')}`}.`,
      spending: (period, amount, parts) => `Local budget spending in ${period} is estimated at ${amount}${parts.length === 0 ? '' : `: it ${parts.join(', ')}`}.`,
    },
    sectionTitle: 'Budget revenue and spending',
    documents: (list) => `Estimates from: ${list}.`,
    unit: (unit) => `Unit: ${unit}.`,
  },
};

function labelIn(labels: { readonly vi: string; readonly en?: string | undefined }, lang: Language): string {
  return lang === 'en' ? (labels.en ?? labels.vi) : labels.vi;
}

function valueOf(dataset: Dataset, key: ObservationKey, indicator: Indicator, asOf: IsoDate | undefined): Decimal | null {
  const observation = bestObservation(dataset, key, asOf === undefined ? {} : { asOf });
  if (observation === undefined) return null;
  return observation.unit === undefined ? observation.value : convertScale(observation.value, observation.unit, indicator.unit);
}

interface Line {
  readonly id: string;
  readonly label: string;
  readonly actual: Decimal | null;
  readonly previous: Decimal | null;
  readonly estimates: readonly (Decimal | null)[];
}

function linesOf(dataset: Dataset, review: BudgetReview, side: BudgetSide, kind: 'revenue' | 'spending', options: BudgetReportOptions): { readonly lines: Line[]; readonly indicator: Indicator; readonly previousPeriod: string } {
  const indicator = getIndicator(options.catalog, side.indicator);
  const previousPeriod = formatPeriod(samePeriodLastYear(review.period));
  const read = (period: string, part?: string) =>
    valueOf(dataset, { indicator: side.indicator, area: review.area, period, ...(part === undefined ? {} : { dimensions: { [side.dimension]: part } }) }, indicator, options.asOf);
  const parts = side.parts.map((part): Line => ({
    id: part.code,
    label: labelIn(part.labels, options.lang),
    actual: read(review.period, part.code),
    previous: read(previousPeriod, part.code),
    estimates: side.estimates.map((estimate) => estimate.parts?.[part.code] ?? null),
  }));
  const sum = (values: readonly (Decimal | null)[]) =>
    values.length === 0 || values.some((value) => value === null) ? null : values.reduce<Decimal>((total, value) => total.plus(value ?? 0), new DecimalClass(0));
  // The total as published when there is one; otherwise the sum of the parts when every part has a value.
  const total: Line = {
    id: 'total',
    label: words[options.lang].total[kind],
    actual: read(review.period) ?? sum(parts.map((part) => part.actual)),
    previous: read(previousPeriod) ?? sum(parts.map((part) => part.previous)),
    estimates: side.estimates.map((estimate, index) => estimate.total ?? sum(parts.map((part) => part.estimates[index] ?? null))),
  };
  return { lines: [total, ...parts], indicator, previousPeriod };
}

function amountCell(value: Decimal | null, indicator: Indicator, lang: Language): TableCell {
  return { value, text: value === null ? '–' : formatNumber(value, { lang, digits: indicator.precision, minimumDigits: indicator.precision }) };
}

function percentCell(value: Decimal | null, lang: Language, detail?: string): TableCell {
  const text = value === null ? '–' : formatNumber(value, { lang, digits: 1 });
  return detail === undefined || value === null ? { value, text } : { value, text, detail };
}

/**
 * One side of a budget review (revenue by source, or spending by item) as a {@link Table}: for the
 * total and each part, the outturn of the period, each estimate beside its fulfilment in percent
 * ("đạt X% dự toán tỉnh giao, Y% dự toán huyện giao": the outturn over the estimate × 100), the
 * same period a year before and the outturn in percent of it ("bằng X% so với cùng kỳ"). Two
 * estimates of one indicator from two documents are one row with two estimate columns, each named
 * after its document. The total is the published total when there is one, else the sum of the parts.
 *
 * Columns (ids): `item`, `actual`, then `estimate-<id>` and `fulfilment-<id>` for each estimate,
 * `previous`, `samePeriod`. Rows: `total`, then each part's code.
 *
 * @param dataset - the observations (the parts with the side's breakdown dimension)
 * @param review - the budget review ({@link parseBudgetReview})
 * @param kind - `revenue` or `spending`
 * @param options - the catalog, language and as-of date
 * @returns the table (id `<section id>-<kind>`)
 * @throws {@link PlanningError} `invalid-argument` when the review has no such side or for an unknown
 * language; `not-found` for an indicator the catalog lacks
 *
 * @example
 * // Như Xuân's 2024 revenue against the province's and the council's estimates (illustrative):
 * const table = budgetTable(nhuXuanReviewDataset, parseBudgetReview(nhuXuanBudget2024), 'revenue', { catalog: nhuXuanReviewCatalog, lang: 'vi' });
 * const total = table.rows[0]!;
 * [total.cells.actual?.text, total.cells['fulfilment-province']?.text, total.cells['fulfilment-district']?.text, total.cells.samePeriod?.text];
 * //=> ['672,8', '120,1', '105,1', '109,8']
 */
export function budgetTable(dataset: Dataset, review: BudgetReview, kind: 'revenue' | 'spending', options: BudgetReportOptions): Table {
  assertLanguage(options.lang, 'budgetTable');
  assertCatalog(options.catalog, 'budgetTable');
  const side = (review as Partial<BudgetReview> | undefined)?.[kind];
  if (side === undefined) throw new PlanningError('invalid-argument', `budgetTable: the budget review has no ${kind}; give one in its ${kind} field`);
  const { lang } = options;
  const text = words[lang];
  const { lines, indicator, previousPeriod } = linesOf(dataset, review, side, kind, options);
  const periodLabel = formatPeriodLabel(review.period, lang, { inSentence: true });
  const columns: TableColumn[] = [
    { id: 'item', label: text.item, kind: 'text' },
    { id: 'actual', label: text.actual(periodLabel), kind: 'number' },
    ...side.estimates.flatMap((estimate): TableColumn[] => [
      { id: `estimate-${estimate.id}`, label: labelIn(estimate.label, lang), kind: 'number' },
      { id: `fulfilment-${estimate.id}`, label: text.fulfilment(labelIn(estimate.label, lang)), kind: 'number' },
    ]),
    { id: 'previous', label: text.previous(formatPeriodLabel(previousPeriod, lang, { inSentence: true })), kind: 'number' },
    { id: 'samePeriod', label: text.samePeriod, kind: 'number' },
  ];
  const rows = lines.map((line) => ({
    id: line.id,
    cells: {
      item: { value: line.id, text: line.label },
      actual: amountCell(line.actual, indicator, lang),
      ...Object.fromEntries(
        side.estimates.flatMap((estimate, index) => {
          const planned = line.estimates[index] ?? null;
          const fulfilment = line.actual === null || planned === null || planned.isZero() ? null : line.actual.div(planned).times(100);
          return [
            [`estimate-${estimate.id}`, amountCell(planned, indicator, lang)],
            [`fulfilment-${estimate.id}`, percentCell(fulfilment, lang, fulfilment === null ? undefined : `${line.actual?.toString() ?? ''} / ${planned?.toString() ?? ''} × 100`)],
          ];
        }),
      ),
      previous: amountCell(line.previous, indicator, lang),
      samePeriod: percentCell(line.actual === null || line.previous === null || line.previous.isZero() ? null : line.actual.div(line.previous).times(100), lang),
    },
  }));
  const unit = labelIn(scaledUnitLabels(indicator.unit), lang);
  const documents = side.estimates.flatMap((estimate) => {
    const name = estimate.document.reference ?? estimate.document.title;
    return name === undefined ? [] : [`${labelIn(estimate.label, lang)}: ${name}`];
  });
  return {
    kind: 'table',
    id: `${options.id ?? 'budget'}-${kind}`,
    lang,
    title: text.title[kind](formatPeriodLabel(review.period, lang, { inSentence: true })),
    columns,
    rows,
    notes: [text.unit(unit), ...(documents.length === 0 ? [] : [text.documents(documents.join('; '))])],
  };
}

function sentence(dataset: Dataset, review: BudgetReview, kind: 'revenue' | 'spending', options: BudgetReportOptions): string | undefined {
  const side = review[kind];
  if (side === undefined) return undefined;
  const { lang } = options;
  const { lines, indicator } = linesOf(dataset, review, side, kind, options);
  const total = lines[0];
  if (total?.actual == null) return undefined;
  const actual = total.actual;
  const unit = labelIn(scaledUnitLabels(indicator.unit), lang);
  const parts = side.estimates.flatMap((estimate, index) => {
    const planned = total.estimates[index];
    if (planned == null || planned.isZero()) return [];
    const label = labelIn(estimate.label, lang);
    const planLabel = `${lang === 'en' ? 'the ' : ''}${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    return [formatPlanFulfilment(describePlanFulfilment(actual, planned), { lang, form: 'percent-of-plan', planLabel })];
  });
  if (total.previous !== null && !total.previous.isZero()) parts.push(words[lang].samePeriodPart(formatPercentOfSamePeriod(actual.div(total.previous).times(100), { lang })));
  const amount = `${formatNumber(actual, { lang, digits: indicator.precision, minimumDigits: 0 })} ${unit}`;
  return words[lang].sentence[kind](formatPeriodLabel(review.period, lang, { inSentence: true }), amount, parts);
}

/**
 * The budget section of a review: a sentence for revenue and one for spending ("Thu ngân sách trên
 * địa bàn năm 2024 ước đạt 672,8 tỷ đồng, đạt 120,1% dự toán tỉnh giao, đạt 105,1% dự toán HĐND
 * huyện giao, bằng 109,8% so với cùng kỳ."), then the {@link budgetTable} of each side the review has.
 *
 * @param dataset - the observations
 * @param review - the budget review ({@link parseBudgetReview})
 * @param options - the catalog, language, as-of date and section id (`budget` unless given)
 * @returns the section
 * @throws {@link PlanningError} as {@link budgetTable}
 *
 * @example
 * const section = budgetSection(nhuXuanReviewDataset, parseBudgetReview(nhuXuanBudget2024), { catalog: nhuXuanReviewCatalog, lang: 'vi' });
 * section.paragraphs[0];
 * //=> 'Thu ngân sách trên địa bàn năm 2024 ước đạt 672,8 tỷ đồng, đạt 120,1% dự toán tỉnh giao, đạt 105,1% dự toán HĐND huyện giao, bằng 109,8% so với cùng kỳ.'
 */
export function budgetSection(dataset: Dataset, review: BudgetReview, options: BudgetReportOptions): ReportSection {
  assertLanguage(options.lang, 'budgetSection');
  const kinds = (['revenue', 'spending'] as const).filter((kind) => review[kind] !== undefined);
  return {
    id: options.id ?? 'budget',
    title: words[options.lang].sectionTitle,
    paragraphs: kinds.flatMap((kind) => sentence(dataset, review, kind, options) ?? []),
    blocks: kinds.map((kind) => budgetTable(dataset, review, kind, options)),
  };
}
