import { type Decimal, type DecimalInput, PlanningError } from '../numeric/index.js';
import { differenceUnit } from '../measure/index.js';
import { formatPeriod, parsePeriod } from '../period/index.js';
import { type Catalog, type Indicator, getIndicator } from '../indicator/index.js';
import type { Target } from '../target/index.js';
import {
  type ExpectedShare,
  type PlanReview,
  type RemainingRequirement,
  type TargetPace,
  type TargetShape,
  type YearEndEstimate,
  type YearTargetProposal,
  estimateYearEnd,
  proposeYearTargets,
  reviewPlan,
} from '../attainment/index.js';
import { type Language, formatPercent, formatPercentagePoints, formatPeriodLabel, formatQuantity, formatStatus } from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import type { ReportSection, Table, TableCell, TableColumn } from './model.js';
import type { PlanReportSectionBuilder } from './plan.js';
import { describeNotAssessable } from './reasons.js';

/**
 * Options of {@link reviewTable}, {@link proposalsTable} and {@link reviewSection}.
 *
 * @example
 * // A Vietnamese mid-term review:
 * const options: ReviewReportOptions = { catalog: vnDistrictIndicatorCatalog, lang: 'vi' };
 * options.lang;
 * //=> 'vi'
 */
export interface ReviewReportOptions {
  /** The catalog that defines the targets' indicators: their labels, units and precision. */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** Notes to add under the review table. */
  readonly notes?: readonly string[] | undefined;
  /** The id of the table or section built; `review-table`, `proposals-table` or `review` unless given. */
  readonly id?: string | undefined;
  /** Year-end estimates ({@link estimateYearEnd}) by target id, shown in a column of their own when there are any. */
  readonly estimates?: ReadonlyMap<string, YearEndEstimate> | undefined;
}

interface Words {
  readonly reviewTitle: (through: string) => string;
  readonly proposalsTitle: (year: string) => string;
  readonly sectionTitle: (plan: string, through: string) => string;
  readonly summary: (ahead: number, onPace: number, behind: number, none: number) => string;
  readonly reviewColumns: Readonly<Record<'id' | 'target' | 'planned' | 'toDate' | 'expected' | 'status' | 'remaining' | 'estimate', string>>;
  readonly proposalColumns: Readonly<Record<'id' | 'target' | 'proposed' | 'latest' | 'method', string>>;
  readonly shapes: Readonly<Record<TargetShape, string>>;
  readonly averageGrowth: (rate: string) => string;
  readonly requiredGrowth: (rate: string, years: number) => string;
  readonly remainingAmount: (amount: string, perYear: string | null) => string;
  readonly reached: string;
  readonly basis: Readonly<Record<'growth' | 'level' | 'change', string>>;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    reviewTitle: (through) => `Tình hình thực hiện đến ${through}`,
    proposalsTitle: (year) => `Đề xuất chỉ tiêu năm ${year} theo lộ trình kế hoạch 5 năm`,
    sectionTitle: (plan, through) => `Đánh giá giữa kỳ ${plan} (đến ${through})`,
    summary: (ahead, onPace, behind, none) =>
      `${String(ahead)} chỉ tiêu vượt tiến độ, ${String(onPace)} đúng tiến độ, ${String(behind)} chậm tiến độ, ${String(none)} chưa đánh giá được.`,
    reviewColumns: {
      id: 'Mã',
      target: 'Chỉ tiêu',
      planned: 'Mục tiêu',
      toDate: 'Thực hiện đến nay',
      expected: 'Theo lộ trình',
      status: 'Tiến độ',
      remaining: 'Yêu cầu các năm còn lại',
      estimate: 'Ước cả năm',
    },
    proposalColumns: { id: 'Mã', target: 'Chỉ tiêu', proposed: 'Đề xuất', latest: 'Xuất phát từ', method: 'Cách tính' },
    shapes: {
      'flow-level': 'mức trong kỳ',
      'state-level': 'mức cuối kỳ',
      change: 'tăng thêm',
      growth: 'tốc độ tăng',
      'average-growth': 'tăng bình quân/năm',
      cumulative: 'lũy kế',
    },
    averageGrowth: (rate) => `bình quân ${rate}/năm`,
    requiredGrowth: (rate, years) => (years === 1 ? `cần tăng ${rate} trong năm còn lại` : `cần tăng bình quân ${rate}/năm trong ${String(years)} năm còn lại`),
    remainingAmount: (amount, perYear) => `còn ${amount}${perYear === null ? '' : `, bình quân ${perYear}/năm`}`,
    reached: 'đã đạt mục tiêu',
    basis: { growth: 'tăng', level: 'đạt', change: 'thay đổi' },
  },
  en: {
    reviewTitle: (through) => `Progress through ${through}`,
    proposalsTitle: (year) => `Proposed targets for ${year} on the path of the five-year plan`,
    sectionTitle: (plan, through) => `Mid-term review of ${plan} (through ${through})`,
    summary: (ahead, onPace, behind, none) =>
      `${String(ahead)} targets ahead of schedule, ${String(onPace)} on schedule, ${String(behind)} behind, ${String(none)} not assessable.`,
    reviewColumns: {
      id: 'Code',
      target: 'Target',
      planned: 'Planned',
      toDate: 'Achieved so far',
      expected: 'On the path',
      status: 'Pace',
      remaining: 'What the remaining years need',
      estimate: 'Year-end estimate',
    },
    proposalColumns: { id: 'Code', target: 'Target', proposed: 'Proposed', latest: 'From', method: 'Method' },
    shapes: {
      'flow-level': 'level in the period',
      'state-level': 'level at the end',
      change: 'change',
      growth: 'growth',
      'average-growth': 'average annual growth',
      cumulative: 'cumulative',
    },
    averageGrowth: (rate) => `${rate} a year on average`,
    requiredGrowth: (rate, years) => (years === 1 ? `needs ${rate} in the one remaining year` : `needs ${rate} a year over the ${String(years)} remaining years`),
    remainingAmount: (amount, perYear) => `${amount} to go${perYear === null ? '' : `, ${perYear} a year`}`,
    reached: 'target reached',
    basis: { growth: 'growth', level: 'level', change: 'change' },
  },
};

const none = '–';

function cell(value: TableCell['value'], text: string, detail?: string): TableCell {
  return detail === undefined || detail === '' ? { value, text } : { value, text, detail };
}

/** The point a review reached, as a sentence reads it: "năm 2023" for the years 2021–2023 of a plan, else the period's label. */
function throughLabel(through: string, lang: Language): string {
  const period = parsePeriod(through);
  const shown = period.type === 'range' && period.start.type === 'year' && period.end.type === 'year' ? formatPeriod(period.end) : through;
  return formatPeriodLabel(shown, lang, { inSentence: true });
}

/** A rate in percent to two decimals, as the other rates of the reports. */
function rate(value: Decimal, lang: Language): string {
  return formatPercent(value, { lang, digits: 2, minimumDigits: 0 });
}

/** A value of a target's quantity: a rate, points, or an amount of the indicator (a difference for a change). */
function amount(value: Decimal, target: Target, indicator: Indicator, lang: Language): string {
  if (target.basis === 'growth') return rate(value, lang);
  if (target.basis === 'point-change' || (target.basis === 'change' && indicator.unit.unit.kind === 'percent')) {
    return formatPercentagePoints(value, { lang, digits: indicator.precision, minimumDigits: 0 });
  }
  const unit = target.basis === 'change' ? differenceUnit(indicator.unit) : indicator.unit;
  return formatQuantity(value, { unit, precision: indicator.precision, rounding: indicator.rounding }, { lang, minimumDigits: 0 });
}

function labelOf(target: Target, indicator: Indicator, lang: Language): string {
  const text = lang === 'en' ? (target.text?.en ?? target.text?.vi) : target.text?.vi;
  return text ?? (lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi);
}

const signs: Readonly<Record<string, string>> = { 'at-least': '≥', 'more-than': '>', 'at-most': '≤', 'less-than': '<', equal: '=', approximately: '≈', maintain: '≥' };

function plannedText(target: Target, indicator: Indicator, shape: TargetShape | null, lang: Language): string {
  if (target.comparator === 'between') {
    return target.lower === undefined || target.upper === undefined ? none : `${amount(target.lower, target, indicator, lang)}–${amount(target.upper, target, indicator, lang)}`;
  }
  if (target.value === undefined) return none;
  const written = `${signs[target.comparator] ?? ''} ${amount(target.value, target, indicator, lang)}`;
  return shape === 'average-growth' ? words[lang].averageGrowth(written) : written;
}

function decreasing(target: Target, indicator: Indicator): boolean {
  if (target.comparator === 'at-most' || target.comparator === 'less-than') return true;
  if (target.comparator === 'at-least' || target.comparator === 'more-than') return false;
  return indicator.polarity === 'lower-is-better';
}

function remainingText(remaining: RemainingRequirement, target: Target, indicator: Indicator, lang: Language): string {
  const text = words[lang];
  if (remaining.kind === 'average-growth') return text.requiredGrowth(rate(remaining.value, lang), remaining.years ?? 0);
  // An exact target is reached only at its value (assessTarget's `q = T`); any other is reached at or past it.
  const done = target.comparator === 'equal' ? remaining.value.isZero() : decreasing(target, indicator) ? remaining.value.greaterThanOrEqualTo(0) : remaining.value.lessThanOrEqualTo(0);
  if (done) return text.reached;
  const written = amount(remaining.value.abs(), { ...target, basis: remaining.kind === 'level' ? 'change' : target.basis === 'cumulative' ? 'level' : target.basis }, indicator, lang);
  const perYear = remaining.perYear === null ? null : amount(remaining.perYear.abs(), { ...target, basis: target.basis === 'cumulative' ? 'level' : target.basis }, indicator, lang);
  return text.remainingAmount(written, perYear);
}

function reviewRow(pace: TargetPace, catalog: Catalog, lang: Language): Table['rows'][number] {
  const { target } = pace;
  const indicator = catalog.indicators.get(target.indicator);
  if (indicator === undefined) {
    return { id: target.id, cells: { id: cell(target.id, target.id), target: cell(target.indicator, target.indicator), planned: cell(null, none), toDate: cell(null, none), expected: cell(null, none), status: cell(pace.status, formatStatus(pace.status, lang), pace.reason === null ? undefined : describeNotAssessable(pace.reason, lang)), remaining: cell(null, none) } };
  }
  const shape = pace.shape;
  const quantity = pace.quantity;
  const toDateText = quantity === null ? none : shape === 'average-growth' ? words[lang].averageGrowth(rate(quantity, lang)) : amount(quantity, target, indicator, lang);
  return {
    id: target.id,
    cells: {
      id: cell(target.id, target.id),
      target: cell(target.indicator, labelOf(target, indicator, lang), shape === null ? undefined : words[lang].shapes[shape]),
      planned: cell(target.value ?? null, plannedText(target, indicator, shape, lang), formatPeriodLabel(target.period, lang)),
      toDate: cell(quantity, toDateText, pace.partial?.formula),
      expected: cell(pace.expected, pace.expected === null ? none : amount(pace.expected, target, indicator, lang), pace.expectedShare === null ? undefined : `s = ${pace.expectedShare.toString()}`),
      status: cell(pace.status, formatStatus(pace.status, lang), pace.reason === null ? undefined : describeNotAssessable(pace.reason, lang)),
      remaining: pace.remaining === null ? cell(null, none) : cell(pace.remaining.value, remainingText(pace.remaining, target, indicator, lang)),
    },
  };
}

function columnsOf<Id extends string>(ids: readonly Id[], labels: Readonly<Record<Id, string>>, kinds: Partial<Record<Id, TableColumn['kind']>>): TableColumn[] {
  return ids.map((id) => ({ id, label: labels[id], kind: kinds[id] ?? 'text' }));
}

/**
 * The review of a plan at a point within its period ({@link reviewPlan}) as a {@link Table}: one row
 * per target with its plan value, what it has achieved so far (the average growth of the years so
 * far, the sum so far, the change so far, the latest level), what its path expects by now, its pace
 * status, and what the remaining years need (the required average growth, to two decimals like the
 * other rates; the sum or change still to come and its share per year; the distance to a level).
 *
 * Columns (ids): `id`, `target`, `planned`, `toDate`, `expected`, `status`, `remaining`, and
 * `estimate` (the year-end estimate of a flow, "ước cả năm") when `estimates` holds any.
 *
 * @param review - the review
 * @param options - the catalog, the language, notes and the table id
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for an unknown language or a malformed review
 *
 * @example
 * // The Như Xuân 2024 plan at mid-year (illustrative data), in English:
 * const review = reviewPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog, through: '2024-S1' });
 * const table = reviewTable(review, { catalog: vnDistrictIndicatorCatalog, lang: 'en' });
 * [table.rows[7]?.cells.toDate?.text, table.rows[7]?.cells.expected?.text, table.rows[7]?.cells.remaining?.text];
 * //=> ['520 billion VND', '500 billion VND', '480 billion VND to go']
 */
export function reviewTable(review: PlanReview, options: ReviewReportOptions): Table {
  assertLanguage(options.lang, 'reviewTable');
  assertCatalog(options.catalog, 'reviewTable');
  assertList(review.paces, 'review paces (from reviewPlan)', 'reviewTable');
  const { lang } = options;
  const text = words[lang];
  const estimates = options.estimates;
  const ids = ['id', 'target', 'planned', 'toDate', 'expected', 'status', 'remaining', ...(estimates === undefined || estimates.size === 0 ? [] : ['estimate' as const])] as const;
  return {
    kind: 'table',
    id: options.id ?? 'review-table',
    lang,
    title: text.reviewTitle(throughLabel(review.through, lang)),
    columns: columnsOf(ids, text.reviewColumns, { planned: 'number', toDate: 'number', expected: 'number', status: 'status', remaining: 'number', estimate: 'number' }),
    rows: review.paces.map((pace) => withEstimate(reviewRow(pace, options.catalog, lang), pace, estimates, options.catalog, lang)),
    notes: [...(options.notes ?? [])],
  };
}

function withEstimate(
  row: Table['rows'][number],
  pace: TargetPace,
  estimates: ReadonlyMap<string, YearEndEstimate> | undefined,
  catalog: Catalog,
  lang: Language,
): Table['rows'][number] {
  if (estimates === undefined || estimates.size === 0) return row;
  const estimate = estimates.get(pace.target.id);
  const indicator = catalog.indicators.get(pace.target.indicator);
  const text = estimate === undefined || indicator === undefined ? none : amount(estimate.estimate, { ...pace.target, basis: 'level' }, indicator, lang);
  return { ...row, cells: { ...row.cells, estimate: cell(estimate?.estimate ?? null, text, estimate?.method) } };
}

/**
 * Next year's proposed targets ({@link proposeYearTargets}) as a {@link Table}: one row per
 * multi-year target with the proposed yearly target, the latest actual it starts from, and the
 * method; a target without a proposal says why.
 *
 * Columns (ids): `id`, `target`, `proposed`, `latest`, `method`.
 *
 * @param proposals - the proposals
 * @param options - the catalog, the language and the table id
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for an unknown language or a malformed list
 *
 * @example
 * // Gross output 7% a year over 2021–2025: what 2025 must grow by, in Vietnamese:
 * const plan = { ...nhuXuanPlan2024, period: '2021/2025', targets: [{ ...nhuXuanPlan2024.targets[0]!, period: '2021/2025', basePeriod: '2020', value: new Decimal(7) }] };
 * const proposals = proposeYearTargets(plan, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog, year: 2025 });
 * proposalsTable(proposals, { catalog: vnDistrictIndicatorCatalog, lang: 'vi' }).rows[0]?.cells.proposed?.text;
 * //=> 'tăng ≥ 4,49%'
 */
export function proposalsTable(proposals: readonly YearTargetProposal[], options: ReviewReportOptions): Table {
  assertLanguage(options.lang, 'proposalsTable');
  assertCatalog(options.catalog, 'proposalsTable');
  assertList(proposals, 'proposals (from proposeYearTargets)', 'proposalsTable');
  const { lang } = options;
  const text = words[lang];
  const year = proposals.find((proposal) => proposal.proposed !== null)?.proposed?.period ?? '';
  const rows = proposals.map((proposal) => {
    const { source, proposed } = proposal;
    const indicator = getIndicator(options.catalog, source.indicator);
    const latest = proposal.latest;
    const basis = proposed === null ? null : proposed.basis === 'growth' ? 'growth' : proposed.basis === 'change' || proposed.basis === 'point-change' ? 'change' : 'level';
    return {
      id: source.id,
      cells: {
        id: cell(proposed?.id ?? source.id, proposed?.id ?? source.id),
        target: cell(source.indicator, labelOf(source, indicator, lang)),
        proposed:
          proposed?.value === undefined || basis === null
            ? cell(null, none, proposal.reason ?? undefined)
            : cell(proposed.value, `${text.basis[basis]} ${signs[proposed.comparator] ?? ''} ${amount(proposed.value, proposed, indicator, lang)}`),
        latest:
          latest === null
            ? cell(null, none)
            : cell(latest.value, `${amount(latest.value, { ...source, basis: 'level' }, indicator, lang)} (${formatPeriodLabel(latest.period, lang, { inSentence: true })})`),
        method: cell(proposal.method === '' ? null : proposal.method, proposal.method === '' ? (proposal.reason ?? none) : proposal.method),
      },
    };
  });
  return {
    kind: 'table',
    id: options.id ?? 'proposals-table',
    lang,
    title: text.proposalsTitle(year),
    columns: columnsOf(['id', 'target', 'proposed', 'latest', 'method'] as const, text.proposalColumns, { proposed: 'number', latest: 'number' }),
    rows,
    notes: [],
  };
}

/**
 * The mid-term review section of a report: a heading that names the plan period and the point
 * reached, a sentence that counts the targets by pace, the {@link reviewTable}, and, when proposals
 * are given, the {@link proposalsTable} of next year's targets. Ids: `<id>-table` and
 * `<id>-proposals`.
 *
 * @param review - the review ({@link reviewPlan})
 * @param options - as for {@link reviewTable}, with next year's proposals ({@link proposeYearTargets}) if any
 * @returns the section
 * @throws {@link PlanningError} as {@link reviewTable}
 *
 * @example
 * // The heading of a review of the Như Xuân 2024 plan at mid-year:
 * const review = reviewPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog, through: '2024-S1' });
 * reviewSection(review, { catalog: vnDistrictIndicatorCatalog, lang: 'vi' }).title;
 * //=> 'Đánh giá giữa kỳ năm 2024 (đến 6 tháng đầu năm 2024)'
 */
export function reviewSection(review: PlanReview, options: ReviewReportOptions & { readonly proposals?: readonly YearTargetProposal[] | undefined }): ReportSection {
  assertLanguage(options.lang, 'reviewSection');
  const { lang } = options;
  const text = words[lang];
  const id = options.id ?? 'review';
  const { ahead, onPace, behind, notAssessable } = review.summary;
  const proposals = options.proposals;
  return {
    id,
    title: text.sectionTitle(formatPeriodLabel(review.plan.period, lang, { inSentence: true }), throughLabel(review.through, lang)),
    paragraphs: [text.summary(ahead, onPace, behind, notAssessable)],
    blocks: [
      reviewTable(review, { ...options, id: `${id}-table` }),
      ...(proposals === undefined || proposals.length === 0 ? [] : [proposalsTable(proposals, { ...options, id: `${id}-proposals` })]),
    ],
  };
}

/**
 * Options of {@link planReviewSection}.
 *
 * @example
 * // Review through 2023 and propose the 2024 targets:
 * const options: PlanReviewSectionOptions = { proposalsFor: 2024 };
 * options.proposalsFor;
 * //=> 2024
 */
export interface PlanReviewSectionOptions {
  /** The year to propose targets for ({@link proposeYearTargets}); none unless given. */
  readonly proposalsFor?: number | undefined;
  /** How to find the share of each target's period that should be done by now; whole months unless given. */
  readonly expected?: ExpectedShare | undefined;
  /** On-pace tolerance, as for {@link assessTargetPace}. */
  readonly tolerance?: DecimalInput;
}

/**
 * A section builder for {@link buildPlanReport}: the mid-term review of the report's own plan at a
 * point within its period ({@link reviewPlan}, {@link reviewSection}), with next year's proposed
 * targets when `proposalsFor` is given, and, at a part of a year, the year-end estimate of each flow
 * target from the seasonal profile of earlier years ({@link estimateYearEnd}). It reads the plan, data, catalog, language and as-of date of
 * the report, so the review and the scorecard speak of the same figures.
 *
 * @param through - the point reached: a year, a range of years such as `2021/2023`, or a part of a year
 * @param options - the year to propose targets for, the expected-share method and the tolerance
 * @returns the section builder
 * @throws {@link PlanningError} `invalid-period` for a bad period code (when the report is built)
 *
 * @example
 * // The scorecard of the Như Xuân 2024 plan with its review at mid-year:
 * const report = buildPlanReport(nhuXuanPlan2024, nhuXuanDataset2024, vnDistrictIndicatorCatalog, {
 *   lang: 'en', extraSections: [planReviewSection('2024-S1')],
 * });
 * report.sections.some((section) => section.id === 'review');
 * //=> true
 */
export function planReviewSection(through: string, options: PlanReviewSectionOptions = {}): PlanReportSectionBuilder {
  return (context) => {
    const { plan, dataset, catalog, lang, asOf } = context;
    const assess = { catalog, ...(asOf === undefined ? {} : { asOf }) };
    const review = reviewPlan(plan, dataset, {
      ...assess,
      through,
      ...(options.expected === undefined ? {} : { expected: options.expected }),
      ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
    });
    const proposals = options.proposalsFor === undefined ? undefined : proposeYearTargets(plan, dataset, { ...assess, year: options.proposalsFor });
    const estimates = new Map<string, YearEndEstimate>();
    for (const pace of review.paces) {
      if (pace.shape !== 'flow-level') continue;
      try {
        estimates.set(pace.target.id, estimateYearEnd(dataset, { indicator: pace.target.indicator, area: pace.target.area }, { ...assess, toDate: review.through }));
      } catch (error) {
        // A flow without earlier years of the same months, or a point that is not a part of a year, has no estimate.
        if (!(error instanceof PlanningError)) throw error;
      }
    }
    return reviewSection(review, { catalog, lang, estimates, ...(proposals === undefined ? {} : { proposals }) });
  };
}
