import { Decimal } from '../numeric/index.js';
import { differenceUnit } from '../measure/index.js';
import type { Catalog, Indicator } from '../indicator/index.js';
import type { PlanDocument, PlanDocumentKind, Target } from '../target/index.js';
import type { ObservationStatus } from '../observation/index.js';
import {
  type AssessmentStatus,
  type PlanAssessment,
  type StatusCounts,
  type TargetAssessment,
  type TargetPace,
  type ValueUsed,
  assessmentStatuses,
} from '../attainment/index.js';
import {
  type Language,
  type QuantityFormat,
  formatChange,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatPeriodLabel,
  formatQuantity,
  formatStatus,
} from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import type { Chart, ChartBar, ReportField, ReportSection, Report, Table, TableCell, TableColumn, TableRow } from './model.js';
import { niceScale } from './scale.js';
import { comparatorSign, isAverageGrowthTarget } from './targets.js';
import { describeNotAssessable } from './reasons.js';

/**
 * Options of {@link scorecardTable}, {@link attainmentChart} and {@link scorecardSection}.
 *
 * @example
 * // A Vietnamese scorecard with the six-month pace of the investment target:
 * const options: ScorecardOptions = {
 *   catalog: vnDistrictIndicatorCatalog, lang: 'vi',
 *   pace: [assessTargetPace(nhuXuanPlan2024.targets[7]!, nhuXuanDataset2024, {
 *     catalog: vnDistrictIndicatorCatalog, toDate: '2024-S1',
 *     expected: { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' },
 *   })],
 * };
 * options.pace?.[0]?.status;
 * //=> 'ahead'
 */
export interface ScorecardOptions {
  /** The catalog that defines the targets' indicators: their labels, units and precision. */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** Pace results ({@link assessTargetPace}) to show in two more columns, matched to rows by target id. */
  readonly pace?: readonly TargetPace[] | undefined;
  /** Notes to add under the table (sources, caveats such as "illustrative data"). */
  readonly notes?: readonly string[] | undefined;
  /** The id of the table, chart or section built; `scorecard-table`, `attainment-chart` or `scorecard` unless given. */
  readonly id?: string | undefined;
}

interface Words {
  readonly tableTitle: string;
  readonly perYear: string;
  readonly columns: Readonly<Record<'id' | 'target' | 'period' | 'planned' | 'actual' | 'attainment' | 'gap' | 'status' | 'data' | 'pace' | 'paceValue', string>>;
  readonly observation: Readonly<Record<ObservationStatus, string>>;
  readonly expected: string;
  readonly chartTitle: string;
  readonly chartDescription: (count: string) => string;
  readonly valueLabel: string;
  readonly referenceLegend: string;
  readonly sectionTitle: string;
  readonly fields: Readonly<Record<'period' | 'area' | 'document' | 'result', string>>;
  readonly illustrativePlan: string;
  readonly summary: (counts: StatusCounts, count: (value: number) => string) => string;
  readonly shortSummary: (counts: StatusCounts, count: (value: number) => string) => string;
  readonly pacePeriod: (label: string) => string;
  readonly parts: string;
  readonly documentsTitle: string;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    tableTitle: 'Kết quả thực hiện các chỉ tiêu kế hoạch',
    perYear: '/năm',
    columns: {
      id: 'Mã',
      target: 'Chỉ tiêu',
      period: 'Kỳ',
      planned: 'Kế hoạch',
      actual: 'Thực hiện',
      attainment: 'Tỷ lệ đạt',
      gap: 'Chênh lệch',
      status: 'Đánh giá',
      data: 'Số liệu',
      pace: 'Tiến độ',
      paceValue: 'Lũy kế',
    },
    observation: { plan: 'Kế hoạch', estimate: 'Ước tính', preliminary: 'Sơ bộ', official: 'Chính thức' },
    expected: 'dự kiến',
    chartTitle: 'Tỷ lệ đạt kế hoạch theo chỉ tiêu',
    chartDescription: (count) => `Tỷ lệ thực hiện so với kế hoạch của ${count} chỉ tiêu; đường đứt nét là mức 100% kế hoạch.`,
    valueLabel: 'Tỷ lệ đạt kế hoạch (%)',
    referenceLegend: 'Mức kế hoạch (100%)',
    sectionTitle: 'Đánh giá thực hiện kế hoạch',
    fields: { period: 'Kỳ kế hoạch', area: 'Địa bàn', document: 'Văn bản', result: 'Kết quả' },
    illustrativePlan: 'Kế hoạch minh họa, không phải văn bản chính thức.',
    summary: (counts, count) =>
      `${count(counts.metOrExceeded)}/${count(counts.total)} chỉ tiêu đạt và vượt kế hoạch (${count(counts.exceeded)} vượt, ${count(counts.met)} đạt, ${count(counts.notMet)} không đạt, ${count(counts.notAssessable)} không đánh giá được).`,
    shortSummary: (counts, count) => `${count(counts.metOrExceeded)}/${count(counts.total)} chỉ tiêu đạt và vượt kế hoạch`,
    pacePeriod: (label) => `Tiến độ ${label}`,
    parts: 'tổng của',
    documentsTitle: 'Chỉ tiêu do nhiều văn bản giao: kế hoạch của từng văn bản',
  },
  en: {
    tableTitle: 'Target attainment',
    perYear: ' a year',
    columns: {
      id: 'ID',
      target: 'Target',
      period: 'Period',
      planned: 'Planned',
      actual: 'Actual',
      attainment: 'Attainment',
      gap: 'Gap',
      status: 'Status',
      data: 'Data',
      pace: 'Pace',
      paceValue: 'To date',
    },
    observation: { plan: 'Plan', estimate: 'Estimate', preliminary: 'Preliminary', official: 'Official' },
    expected: 'expected',
    chartTitle: 'Attainment by target',
    chartDescription: (count) => `Attainment of ${count} targets as a percentage of plan; the dashed line is 100% of plan.`,
    valueLabel: 'Attainment (% of plan)',
    referenceLegend: 'Plan (100%)',
    sectionTitle: 'Plan assessment',
    fields: { period: 'Plan period', area: 'Area', document: 'Document', result: 'Result' },
    illustrativePlan: 'Illustrative plan, not an official document.',
    summary: (counts, count) =>
      `${count(counts.metOrExceeded)} of ${count(counts.total)} targets met or exceeded (${count(counts.exceeded)} exceeded, ${count(counts.met)} met, ${count(counts.notMet)} not met, ${count(counts.notAssessable)} not assessable).`,
    shortSummary: (counts, count) => `${count(counts.metOrExceeded)} of ${count(counts.total)} targets met or exceeded`,
    pacePeriod: (label) => `Pace, ${label}`,
    parts: 'sum of',
    documentsTitle: 'Targets set by several documents: the plan of each document',
  },
};

/** The inputs a JavaScript caller may get wrong, checked before anything is read from them. */
function checkInputs(assessment: PlanAssessment, options: ScorecardOptions, where: string): void {
  assertLanguage((options as Partial<ScorecardOptions> | undefined)?.lang, where);
  assertList((assessment as Partial<PlanAssessment> | undefined)?.assessments, 'target assessments (give the result of assessPlan)', where);
  assertCatalog(options.catalog, where);
  if (options.pace !== undefined) assertList(options.pace, 'pace results (from assessTargetPace)', where);
}

const none = '–';
const hundred = new Decimal(100);

/**
 * How the amounts of one row are written: growth rates in percent, changes of rates in percentage
 * points, other values in the indicator's unit with its precision; plain exact numbers when the
 * indicator is unknown. The `format` domain writes every figure.
 */
type Amount =
  | { readonly kind: 'percent' }
  | { readonly kind: 'points'; readonly digits: number }
  | { readonly kind: 'unit'; readonly format: QuantityFormat }
  | { readonly kind: 'plain' };

function writeAmount(value: Decimal, amount: Amount, lang: Language, sign?: 'except-zero'): string {
  switch (amount.kind) {
    case 'percent':
      return formatPercent(value, { lang, digits: 2, minimumDigits: 0, sign });
    case 'points':
      return formatPercentagePoints(value, { lang, digits: amount.digits, minimumDigits: 0, sign });
    case 'unit':
      return formatQuantity(value, amount.format, { lang, minimumDigits: 0, sign });
    case 'plain':
      return formatNumber(value, { lang, sign });
  }
}

/** The amount of a difference of the indicator's values: percentage points for a percentage. */
function differenceAmount(indicator: Indicator | undefined): Amount {
  if (indicator === undefined) return { kind: 'plain' };
  if (indicator.unit.unit.kind === 'percent') return { kind: 'points', digits: indicator.precision };
  return { kind: 'unit', format: { unit: differenceUnit(indicator.unit), precision: indicator.precision, rounding: indicator.rounding } };
}

/** The amounts of one assessment: of its quantity and target value, and of its gap. */
function amountsOf(assessment: TargetAssessment, indicator: Indicator | undefined): { readonly level: Amount; readonly gap: Amount } {
  switch (assessment.quantityUnit) {
    case 'percent':
      return { level: { kind: 'percent' }, gap: { kind: 'points', digits: 2 } };
    case 'percentage-points': {
      const points: Amount = { kind: 'points', digits: indicator?.precision ?? 2 };
      return { level: points, gap: points };
    }
    case 'indicator': {
      const gap = differenceAmount(indicator);
      if (indicator === undefined || assessment.target.basis === 'change') return { level: gap, gap };
      return { level: { kind: 'unit', format: indicator }, gap };
    }
  }
}

function cell(value: TableCell['value'], text: string, detail?: string): TableCell {
  return detail === undefined || detail === '' ? { value, text } : { value, text, detail };
}

function plannedCell(assessment: TargetAssessment, level: Amount, lang: Language): TableCell {
  const { target } = assessment;
  const assessed = assessment.status !== 'not-assessable';
  // A target that could not be assessed has no converted values: show the plan's own figures.
  const value = assessed ? assessment.targetValue : (target.value ?? null);
  const lower = assessed ? assessment.lower : (target.lower ?? null);
  const upper = assessed ? assessment.upper : (target.upper ?? null);
  const amount: Amount = assessed || target.unit === undefined || level.kind !== 'unit' ? level : { kind: 'unit', format: { ...level.format, unit: target.unit } };
  if (target.comparator === 'between') {
    if (lower === null || upper === null) return cell(null, none);
    return cell(null, `${writeAmount(lower, amount, lang)}–${writeAmount(upper, amount, lang)}`);
  }
  if (value === null) return cell(null, none);
  let text = `${comparatorSign(assessment)} ${writeAmount(value, amount, lang)}${isAverageGrowthTarget(target) ? words[lang].perYear : ''}`;
  if (target.comparator === 'approximately' && target.tolerance !== undefined) {
    text += ` (± ${writeAmount(target.tolerance, amount, lang)})`;
  }
  return cell(value, text);
}

function describeUsed(used: ValueUsed, amount: Amount, lang: Language): string {
  return `${writeAmount(used.value, amount, lang)} (${formatPeriodLabel(used.period, lang, { inSentence: true })}, ${words[lang].observation[used.status].toLowerCase()})`;
}

function actualCell(assessment: TargetAssessment, level: Amount, indicator: Indicator | undefined, lang: Language): TableCell {
  if (assessment.quantity === null) return cell(null, none, assessment.reason === null ? undefined : describeNotAssessable(assessment.reason, lang));
  const raw: Amount = indicator === undefined ? { kind: 'plain' } : { kind: 'unit', format: indicator };
  const working: string[] = [];
  if (assessment.target.basis === 'cumulative' && assessment.parts.length > 1) {
    working.push(`Σ = ${words[lang].parts} ${assessment.parts.map((part) => describeUsed(part, raw, lang)).join('; ')}`);
  } else {
    if (assessment.actual !== null) working.push(`A = ${describeUsed(assessment.actual, raw, lang)}`);
    if (assessment.base !== null) working.push(`B = ${describeUsed(assessment.base, raw, lang)}`);
  }
  const perYear = isAverageGrowthTarget(assessment.target) ? words[lang].perYear : '';
  return cell(assessment.quantity, `${writeAmount(assessment.quantity, level, lang)}${perYear}`, working.join('; '));
}

function attainmentCell(assessment: TargetAssessment, lang: Language): TableCell {
  if (assessment.ratio === null) return cell(null, none);
  const percent = assessment.ratio.times(hundred);
  return cell(percent, formatPercent(percent, { lang, digits: 1 }), `${assessment.formula}; ${assessment.rule}`);
}

function paceCells(pace: TargetPace | undefined, lang: Language): { readonly pace: TableCell; readonly paceValue: TableCell } {
  if (pace === undefined) return { pace: cell(null, none), paceValue: cell(null, none) };
  const status = cell(pace.status, formatStatus(pace.status, lang), pace.reason === null ? undefined : describeNotAssessable(pace.reason, lang));
  if (pace.pace !== null) {
    const share = pace.pace.share.times(hundred);
    const expected = `${words[lang].expected} ${formatPercent(pace.pace.expectedShare.times(hundred), { lang, digits: 1 })}`;
    return { pace: status, paceValue: cell(share, formatPercent(share, { lang, digits: 1 }), expected) };
  }
  if (pace.growthToDate !== null) {
    return {
      pace: status,
      paceValue: cell(pace.growthToDate, formatChange(pace.growthToDate, { lang, digits: 2, comparedWith: 'same-period' })),
    };
  }
  return { pace: status, paceValue: cell(null, none) };
}


const documentKindWords: Readonly<Record<Language, Readonly<Record<PlanDocumentKind, string>>>> = {
  vi: {
    'party-resolution': 'Nghị quyết Đại hội Đảng bộ',
    'five-year-plan': 'Kế hoạch 5 năm',
    'council-resolution': 'Nghị quyết HĐND',
    'province-assigned': 'Kế hoạch tỉnh giao',
    'budget-estimate': 'Dự toán ngân sách',
    'annual-plan': 'Kế hoạch UBND',
    other: 'Văn bản khác',
  },
  en: {
    'party-resolution': 'Party Congress resolution',
    'five-year-plan': 'Five-year plan',
    'council-resolution': "People's Council resolution",
    'province-assigned': 'Assigned by the province',
    'budget-estimate': 'Budget estimate',
    'annual-plan': "People's Committee plan",
    other: 'Other document',
  },
};

function documentKey(document: PlanDocument): string {
  return JSON.stringify([document.kind, document.reference ?? '', document.title ?? '']);
}

/** A document in full: its reference (`Nghị quyết số 12/NQ-HĐND`), else its title, else its kind in words. */
function documentName(document: PlanDocument, lang: Language): string {
  return document.reference ?? document.title ?? documentKindWords[lang][document.kind];
}

/**
 * Short names of the plan's documents, for headings and labels: the kind in words (`Nghị quyết
 * HĐND`), or the full name when two documents of the same kind are cited.
 */
function documentLabels(assessment: PlanAssessment, lang: Language): Map<string, string> {
  const byKey = new Map<string, PlanDocument>();
  for (const row of assessment.assessments) byKey.set(documentKey(row.target.document), row.target.document);
  const kinds = new Map<PlanDocumentKind, number>();
  for (const document of byKey.values()) kinds.set(document.kind, (kinds.get(document.kind) ?? 0) + 1);
  return new Map([...byKey].map(([key, document]) => [key, (kinds.get(document.kind) ?? 0) > 1 ? documentName(document, lang) : documentKindWords[lang][document.kind]]));
}

/** What makes two targets the same commitment: the indicator, area, period and basis. */
function commitmentKey(target: Target): string {
  return [target.indicator, target.area, target.period, target.basis, target.basePeriod ?? ''].join('\u0000');
}

/** The keys of commitments that two documents or more of the plan set, each target saying which document it is from. */
function sharedCommitments(assessment: PlanAssessment): Set<string> {
  const documents = new Map<string, Set<string>>();
  for (const row of assessment.assessments) {
    const key = commitmentKey(row.target);
    const set = documents.get(key) ?? new Set<string>();
    set.add(documentKey(row.target.document));
    documents.set(key, set);
  }
  return new Set([...documents].filter(([, set]) => set.size > 1).map(([key]) => key));
}

function targetText(assessment: TargetAssessment, indicator: Indicator | undefined, lang: Language): string {
  const { target } = assessment;
  const text = target.text === undefined ? undefined : lang === 'en' ? (target.text.en ?? target.text.vi) : target.text.vi;
  return text ?? indicatorLabel(indicator, target.indicator, lang);
}

function indicatorLabel(indicator: Indicator | undefined, code: string, lang: Language): string {
  if (indicator === undefined) return code;
  return lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi;
}

function counter(lang: Language): (value: number) => string {
  return (value) => formatNumber(value, { lang });
}

/**
 * The scorecard of a plan assessment as a {@link Table}: one row per target, in the plan's order,
 * with the planned value and its comparator (`≥ 5,6%`), the actual (the assessed quantity: a level,
 * change, growth rate or sum), the attainment in percent of plan, the gap, the status, and the status
 * of the data used (estimate, official); with `pace`, two more columns: the pace status within the
 * period and the value to date. Figures are written by the `format` functions in the indicator's unit
 * and precision: growth rates to two decimals, gaps of percentages in percentage points, attainment
 * to one decimal. Each cell also keeps its exact value, and the actual and attainment cells their
 * working (the values used, the formula and the rule). The notes give the summary and the reason of
 * every target that could not be assessed. Never throws for a row: an unknown indicator or a missing
 * value shows as `–` with its reason.
 *
 * A target over a range of years is written as the plan states it: a growth target over `2021/2025` is
 * an average annual growth (`≥ 7%/năm`). When some target's period differs from the plan's (a 2025
 * level in a five-year plan 2021–2025), a `period` column after `target` labels each target's period
 * (`Giai đoạn 2021–2025`, `Năm 2025`). Every pace result given is shown, `not-assessable` included.
 *
 * Columns (ids): `id`, `target`, `period` (when needed; value: the period code), `planned` (T, in the unit of the actual), `actual` (q), `attainment`
 * (ratio × 100), `gap` (q − T), `status` (an {@link AssessmentStatus}), `data` (an observation status),
 * and with `pace`: `pace` (a pace status), `paceValue` (the share of the target done, in percent, or the
 * growth to date against the same period, in percent).
 *
 * @param assessment - the plan assessment ({@link assessPlan})
 * @param options - the catalog, the language, optional pace results and notes, the table id
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for an unknown language
 *
 * @example
 * // The Như Xuân 2024 scorecard, first row:
 * const table = scorecardTable(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'vi' },
 * );
 * const first = table.rows[0]!.cells;
 * [first.planned?.text, first.actual?.text, first.attainment?.text, first.gap?.text, first.status?.text];
 * //=> ['≥ 5,6%', '6,17%', '100,5%', '+0,57 điểm %', 'Vượt kế hoạch']
 */
export function scorecardTable(assessment: PlanAssessment, options: ScorecardOptions): Table {
  checkInputs(assessment, options, 'scorecardTable');
  return buildScorecardTable(assessment, options, true);
}

/** The scorecard table, with the summary as its first note or (in a section, which states it above) without. */
function buildScorecardTable(assessment: PlanAssessment, options: ScorecardOptions, summaryNote: boolean): Table {
  const { catalog, lang, pace } = options;
  const text = words[lang];
  // A plan whose targets are all for the plan's own period needs no period column; a five-year plan
  // with a target for its last year (or an annual plan with a half-year target) does.
  const periods = assessment.assessments.some((row) => row.target.period !== assessment.plan.period);
  const columnIds = ['id', 'target', ...(periods ? (['period'] as const) : []), 'planned', 'actual', 'attainment', 'gap', 'status', 'data'] as const;
  const kinds = { id: 'text', target: 'text', period: 'text', planned: 'number', actual: 'number', attainment: 'number', gap: 'number', status: 'status', data: 'text' } as const;
  const columns: TableColumn[] = columnIds.map((id) => ({ id, label: text.columns[id], kind: kinds[id] }));
  const paceByTarget = new Map((pace ?? []).map((result) => [result.target.id, result]));
  if (pace !== undefined) {
    const periods = new Set(pace.map((result) => result.toDate));
    const [only] = periods;
    const label = periods.size === 1 && only !== undefined ? text.pacePeriod(formatPeriodLabel(only, lang, { inSentence: true })) : text.columns.pace;
    columns.push({ id: 'pace', label, kind: 'status' }, { id: 'paceValue', label: text.columns.paceValue, kind: 'number' });
  }
  const notes: string[] = summaryNote ? [text.summary(assessment.summary, counter(lang))] : [];
  const shared = sharedCommitments(assessment);
  const labels = documentLabels(assessment, lang);
  const rows = assessment.assessments.map((row): TableRow => {
    const indicator = catalog.indicators.get(row.target.indicator);
    // Targets on one indicator from two documents would read as identical rows: each names its document.
    const own = shared.has(commitmentKey(row.target));
    const label = own ? `${targetText(row, indicator, lang)} (${labels.get(documentKey(row.target.document)) ?? ''})` : targetText(row, indicator, lang);
    const { level, gap } = amountsOf(row, indicator);
    if (row.reason !== null) notes.push(`${row.target.id}: ${describeNotAssessable(row.reason, lang)}`);
    const cells: Record<string, TableCell> = {
      id: cell(row.target.id, row.target.id),
      target: cell(label, label, own ? documentName(row.target.document, lang) : undefined),
      ...(periods ? { period: cell(row.target.period, formatPeriodLabel(row.target.period, lang)) } : {}),
      planned: plannedCell(row, level, lang),
      actual: actualCell(row, level, indicator, lang),
      attainment: attainmentCell(row, lang),
      gap: row.gap === null ? cell(null, none) : cell(row.gap, writeAmount(row.gap, gap, lang, 'except-zero')),
      status: cell(row.status, formatStatus(row.status, lang), row.reason === null ? undefined : describeNotAssessable(row.reason, lang)),
      data: row.actual === null ? cell(null, none) : cell(row.actual.status, text.observation[row.actual.status]),
    };
    if (pace !== undefined) Object.assign(cells, paceCells(paceByTarget.get(row.target.id), lang));
    return { id: row.target.id, cells };
  });
  notes.push(...(options.notes ?? []));
  return { kind: 'table', id: options.id ?? 'scorecard-table', lang, title: text.tableTitle, columns, rows, notes };
}

/**
 * The targets that two documents or more set on one commitment (the same indicator, area, period and
 * basis: the revenue target of the province's assignment and of the district council's resolution)
 * as one row each, with a planned value, an attainment and a status per document side by side, the
 * columns named after the documents (their reference, title, or kind in words). Undefined when no two
 * documents of the plan share a commitment. {@link scorecardSection} adds it under the scorecard.
 *
 * Columns (ids): `target`, `actual`, then `planned-<n>`, `attainment-<n>` and `status-<n>` for each
 * document, numbered from 1 in the order the plan first cites them.
 *
 * @param assessment - the plan assessment ({@link assessPlan})
 * @param options - the catalog, the language and the table id (`<scorecard id>-documents` unless given)
 * @returns the table, or undefined
 * @throws {@link PlanningError} `invalid-argument` for an unknown language
 *
 * @example
 * // Revenue up 12% by the annual plan, and by 9% as the province assigned it:
 * const second = { ...nhuXuanPlan2024.targets[2]!, id: 'T3b', value: toDecimal(9), document: { kind: 'province-assigned' as const } };
 * const plan = { ...nhuXuanPlan2024, targets: [...nhuXuanPlan2024.targets, second] };
 * const table = documentTargetsTable(assessPlan(plan, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }), { catalog: vnDistrictIndicatorCatalog, lang: 'vi' })!;
 * [table.columns.map((column) => column.label), table.rows[0]?.cells['status-1']?.text, table.rows[0]?.cells['status-2']?.text];
 * //=> [['Chỉ tiêu', 'Thực hiện', 'Kế hoạch (Kế hoạch UBND)', 'Tỷ lệ đạt (Kế hoạch UBND)', 'Đánh giá (Kế hoạch UBND)', 'Kế hoạch (Kế hoạch tỉnh giao)', 'Tỷ lệ đạt (Kế hoạch tỉnh giao)', 'Đánh giá (Kế hoạch tỉnh giao)'], 'Không đạt', 'Vượt kế hoạch']
 */
export function documentTargetsTable(assessment: PlanAssessment, options: ScorecardOptions): Table | undefined {
  checkInputs(assessment, options, 'documentTargetsTable');
  const { catalog, lang } = options;
  const text = words[lang];
  const shared = sharedCommitments(assessment);
  if (shared.size === 0) return undefined;
  const labels = documentLabels(assessment, lang);
  const documents: string[] = [];
  const full = new Map<string, string>();
  const groups = new Map<string, TargetAssessment[]>();
  for (const row of assessment.assessments) {
    const key = commitmentKey(row.target);
    if (!shared.has(key)) continue;
    const document = documentKey(row.target.document);
    if (!documents.includes(document)) documents.push(document);
    full.set(document, documentName(row.target.document, lang));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const columns: TableColumn[] = [
    { id: 'target', label: text.columns.target, kind: 'text' },
    { id: 'actual', label: text.columns.actual, kind: 'number' },
    ...documents.map((document) => labels.get(document) ?? '').flatMap((name, index): TableColumn[] => [
      { id: `planned-${String(index + 1)}`, label: `${text.columns.planned} (${name})`, kind: 'number' },
      { id: `attainment-${String(index + 1)}`, label: `${text.columns.attainment} (${name})`, kind: 'number' },
      { id: `status-${String(index + 1)}`, label: `${text.columns.status} (${name})`, kind: 'status' },
    ]),
  ];
  const rows = [...groups.values()].flatMap((group): TableRow[] => {
    const [first] = group;
    if (first === undefined) return [];
    const indicator = catalog.indicators.get(first.target.indicator);
    const cells: Record<string, TableCell> = {
      target: cell(first.target.indicator, `${indicatorLabel(indicator, first.target.indicator, lang)} (${formatPeriodLabel(first.target.period, lang, { inSentence: true })})`),
      actual: actualCell(first, amountsOf(first, indicator).level, indicator, lang),
    };
    documents.forEach((document, index) => {
      const row = group.find((candidate) => documentKey(candidate.target.document) === document);
      const n = String(index + 1);
      if (row === undefined) {
        Object.assign(cells, { [`planned-${n}`]: cell(null, none), [`attainment-${n}`]: cell(null, none), [`status-${n}`]: cell(null, none) });
        return;
      }
      Object.assign(cells, {
        [`planned-${n}`]: plannedCell(row, amountsOf(row, indicator).level, lang),
        [`attainment-${n}`]: attainmentCell(row, lang),
        [`status-${n}`]: cell(row.status, formatStatus(row.status, lang), row.reason === null ? row.target.id : `${row.target.id}: ${describeNotAssessable(row.reason, lang)}`),
      });
    });
    return [{ id: group.map((row) => row.target.id).join('+'), cells }];
  });
  const notes = documents.flatMap((document) => {
    const label = labels.get(document) ?? '';
    const name = full.get(document) ?? label;
    return name === label ? [] : [`${label}: ${name}`];
  });
  return { kind: 'table', id: options.id ?? 'scorecard-documents', lang, title: text.documentsTitle, columns, rows, notes };
}

/**
 * The attainment chart of a plan assessment: one horizontal bar per target, in the plan's order, as
 * long as its attainment in percent of plan, coloured by status (exceeded, met, not met; a target
 * that could not be assessed has no bar and says so), against a dashed reference line at 100% of
 * plan, with a legend of the four statuses. Labels are the target id and the indicator's name;
 * each bar's accessible title gives the target's full wording.
 *
 * @param assessment - the plan assessment ({@link assessPlan})
 * @param options - the catalog, the language and the chart id (`pace` and `notes` are not used)
 * @returns the chart, ready for {@link renderChartSvg} or a report section
 * @throws {@link PlanningError} `invalid-argument` for an unknown language
 *
 * @example
 * // The bars of the Như Xuân 2024 plan, as their texts and tones:
 * const chart = attainmentChart(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'en' },
 * );
 * chart.bars.slice(0, 3).map((bar) => `${bar.text} ${bar.tone}`);
 * //=> ['100.5% exceeded', '104.9% exceeded', '98.1% not-met']
 */
export function attainmentChart(assessment: PlanAssessment, options: ScorecardOptions): Chart {
  checkInputs(assessment, options, 'attainmentChart');
  const { catalog, lang } = options;
  const text = words[lang];
  const percent = (value: Decimal) => formatPercent(value, { lang });
  const bars = assessment.assessments.map((row): ChartBar => {
    const indicator = catalog.indicators.get(row.target.indicator);
    const status = formatStatus(row.status, lang);
    const label = `${row.target.id} ${indicatorLabel(indicator, row.target.indicator, lang)}`;
    const full = `${row.target.id}. ${targetText(row, indicator, lang)}`;
    if (row.ratio === null) return { label, value: null, text: status, tone: row.status, title: `${full}: ${status}` };
    const value = row.ratio.times(hundred);
    const written = formatPercent(value, { lang, digits: 1 });
    return { label, value, text: written, tone: row.status, title: `${full}: ${written} (${status})` };
  });
  const values = bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  return {
    kind: 'chart',
    id: options.id ?? 'attainment-chart',
    lang,
    title: text.chartTitle,
    description: text.chartDescription(formatNumber(bars.length, { lang })),
    orientation: 'horizontal',
    categoryLabel: text.columns.target,
    valueLabel: text.valueLabel,
    bars,
    scale: niceScale([...values, hundred], percent),
    reference: { value: hundred, label: percent(hundred) },
    legend: [
      ...assessmentStatuses.map((status: AssessmentStatus) => ({ tone: status, label: formatStatus(status, lang) })),
      { tone: 'reference' as const, label: text.referenceLegend },
    ],
  };
}

/**
 * The scorecard section of a plan report: a heading, the summary sentence, the
 * {@link scorecardTable} and the {@link attainmentChart}, with ids `<id>-table` and `<id>-chart`.
 *
 * @param assessment - the plan assessment ({@link assessPlan})
 * @param options - as for {@link scorecardTable}; `id` is the section's (`scorecard` unless given)
 * @returns the section
 * @throws {@link PlanningError} `invalid-argument` for an unknown language
 *
 * @example
 * // The section's summary and blocks:
 * const section = scorecardSection(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'en' },
 * );
 * [section.paragraphs[0], section.blocks.map((block) => block.id)];
 * //=> ['7 of 8 targets met or exceeded (5 exceeded, 2 met, 1 not met, 0 not assessable).', ['scorecard-table', 'scorecard-chart']]
 */
export function scorecardSection(assessment: PlanAssessment, options: ScorecardOptions): ReportSection {
  checkInputs(assessment, options, 'scorecardSection');
  const id = options.id ?? 'scorecard';
  const documents = documentTargetsTable(assessment, { ...options, id: `${id}-documents` });
  return {
    id,
    title: words[options.lang].sectionTitle,
    paragraphs: [words[options.lang].summary(assessment.summary, counter(options.lang))],
    blocks: [
      buildScorecardTable(assessment, { ...options, id: `${id}-table` }, false),
      ...(documents === undefined ? [] : [documents]),
      attainmentChart(assessment, { ...options, id: `${id}-chart` }),
    ],
  };
}

/**
 * Options of {@link planReport}: those of the scorecard, and what else the report holds.
 *
 * @example
 * // Say that the data are illustrative, and add a section of your own:
 * const options: PlanReportOptions = {
 *   catalog: vnDistrictIndicatorCatalog, lang: 'en',
 *   notes: ['Illustrative data, not official statistics.'],
 *   sections: [{ id: 'comments', title: 'Comments', paragraphs: ['Budget revenue fell short.'], blocks: [] }],
 * };
 * options.sections?.length;
 * //=> 1
 */
export interface PlanReportOptions extends ScorecardOptions {
  /** The report's title; the plan's title in the report's language unless given. */
  readonly title?: string | undefined;
  /** The name of the plan's area (`huyện Như Xuân`); its code unless given. */
  readonly areaName?: string | undefined;
  /** More facts shown under the title, after the plan's period, area, document and result. */
  readonly fields?: readonly ReportField[] | undefined;
  /** Notes shown under the facts (not under the table). */
  readonly notes?: readonly string[] | undefined;
  /** More sections, after the scorecard: growth ({@link growthSection}), ranking ({@link rankingSection}), your own. */
  readonly sections?: readonly ReportSection[] | undefined;
}

/**
 * The report of a plan assessment: titled with the plan's title, with the plan's period, area,
 * document and result (`7/8 chỉ tiêu đạt và vượt kế hoạch`) as facts, the
 * {@link scorecardSection}, and any further sections given. {@link buildPlanReport} makes the whole
 * report from a plan, its data and a catalog (assessment, pace and growth section included). Render it with {@link renderHtml},
 * {@link renderMarkdown} or {@link renderJson}.
 *
 * @param assessment - the plan assessment ({@link assessPlan})
 * @param options - the scorecard options, and the title, area name, facts, notes and sections to add
 * @returns the report
 * @throws {@link PlanningError} `invalid-argument` for an unknown language
 *
 * @example
 * // The facts of the Như Xuân 2024 report:
 * const report = planReport(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'vi', areaName: 'Huyện Như Xuân' },
 * );
 * report.fields.map((field) => field.label);
 * //=> ['Kỳ kế hoạch', 'Địa bàn', 'Văn bản', 'Kết quả']
 *
 * @example
 * // Its result, in one line:
 * const report = planReport(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'en' },
 * );
 * report.fields.at(-1)?.value;
 * //=> '7 of 8 targets met or exceeded'
 */
export function planReport(assessment: PlanAssessment, options: PlanReportOptions): Report {
  checkInputs(assessment, options, 'planReport');
  const { lang } = options;
  const text = words[lang];
  const { plan } = assessment;
  const fields: ReportField[] = [
    { label: text.fields.period, value: formatPeriodLabel(plan.period, lang) },
    { label: text.fields.area, value: options.areaName ?? plan.area },
  ];
  const document = plan.document.reference ?? plan.document.title;
  if (document !== undefined) fields.push({ label: text.fields.document, value: document });
  fields.push({ label: text.fields.result, value: text.shortSummary(assessment.summary, counter(lang)) }, ...(options.fields ?? []));
  const notes = [...(plan.illustrative === true ? [text.illustrativePlan] : []), ...(options.notes ?? [])];
  const scorecard = scorecardSection(assessment, { catalog: options.catalog, lang, pace: options.pace, id: options.id });
  return {
    kind: 'report',
    lang,
    title: options.title ?? (lang === 'en' ? (plan.title.en ?? plan.title.vi) : plan.title.vi),
    fields,
    notes,
    sections: [scorecard, ...(options.sections ?? [])],
  };
}
