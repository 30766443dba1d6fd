import { type Decimal, Decimal as DecimalClass, PlanningError } from '../numeric/index.js';
import { convertScale, scaledUnitLabels } from '../measure/index.js';
import type { IsoDate } from '../period/index.js';
import { type Catalog, type Indicator, getIndicator } from '../indicator/index.js';
import { type Dataset, bestObservation } from '../observation/index.js';
import type { YearTargetProposal } from '../attainment/index.js';
import { type Language, formatNumber, formatPercent, formatPercentagePoints } from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import type { ReportSection, Table, TableCell, TableColumn } from './model.js';

/**
 * Options of {@link draftPlanTable} and {@link draftPlanSection}.
 *
 * @example
 * const options: DraftPlanOptions = { catalog: vnDistrictIndicatorCatalog, lang: 'vi', asOf: '2024-12-31' };
 * options.asOf;
 * //=> '2024-12-31'
 */
export interface DraftPlanOptions {
  /** The catalog that defines the indicators. */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** Use only observations published by this date. */
  readonly asOf?: IsoDate | undefined;
  /** The id of the table (`draft-plan`) or section (`next-year`). */
  readonly id?: string | undefined;
}

interface Words {
  readonly title: (year: number) => string;
  readonly columns: (year: number) => Readonly<Record<'number' | 'target' | 'unit' | 'before' | 'latest' | 'planned' | 'compare' | 'basis', string>>;
  readonly basis: Readonly<Record<'growth' | 'change' | 'level' | 'point-change' | 'cumulative' | 'fall', (value: string) => string>>;
  readonly note: string;
  readonly sectionTitle: (year: number) => string;
  readonly intro: (year: number, count: number) => string;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    title: (year) => `Dự kiến các chỉ tiêu chủ yếu kế hoạch năm ${String(year)}`,
    columns: (year) => ({
      number: 'TT',
      target: 'Chỉ tiêu',
      unit: 'Đơn vị tính',
      before: `Thực hiện năm ${String(year - 2)}`,
      latest: `Ước thực hiện năm ${String(year - 1)}`,
      planned: `Kế hoạch năm ${String(year)}`,
      compare: `KH ${String(year)} so với ƯTH ${String(year - 1)} (%)`,
      basis: 'Căn cứ đề xuất',
    }),
    basis: {
      growth: (value) => `tăng ${value} so với năm trước`,
      change: (value) => `tăng thêm ${value}`,
      'point-change': (value) => `thay đổi ${value}`,
      level: (value) => `đạt ${value}`,
      cumulative: (value) => `đạt ${value}`,
      fall: (value) => `giảm ${value}`,
    },
    note: 'Kế hoạch năm đề xuất theo lộ trình kế hoạch 5 năm: phần còn lại của mục tiêu chia đều cho các năm còn lại, từ số ước thực hiện mới nhất. Chỉ tiêu tỷ lệ so sánh bằng điểm phần trăm.',
    sectionTitle: (year) => `Dự kiến kế hoạch năm ${String(year)}`,
    intro: (year, count) => `Từ mục tiêu kế hoạch 5 năm và số ước thực hiện mới nhất, dự kiến ${String(count)} chỉ tiêu chủ yếu cho năm ${String(year)}.`,
  },
  en: {
    title: (year) => `Draft main targets of the ${String(year)} plan`,
    columns: (year) => ({
      number: 'No.',
      target: 'Target',
      unit: 'Unit',
      before: `Actual ${String(year - 2)}`,
      latest: `Estimated ${String(year - 1)}`,
      planned: `Plan ${String(year)}`,
      compare: `Plan ${String(year)} against estimate ${String(year - 1)} (%)`,
      basis: 'Proposed as',
    }),
    basis: {
      growth: (value) => `up ${value} on the year before`,
      change: (value) => `${value} more`,
      'point-change': (value) => `a change of ${value}`,
      level: (value) => `reach ${value}`,
      cumulative: (value) => `reach ${value}`,
      fall: (value) => `down ${value}`,
    },
    note: "The year's plan follows the path of the five-year plan: what remains of the target spread evenly over the remaining years, from the latest estimate. Rates are compared in percentage points.",
    sectionTitle: (year) => `Draft plan for ${String(year)}`,
    intro: (year, count) => `From the five-year targets and the latest estimates, ${String(count)} main target${count === 1 ? ' is' : 's are'} proposed for ${String(year)}.`,
  },
};

const signs: Readonly<Record<string, string>> = { 'at-least': '≥ ', 'more-than': '> ', 'at-most': '≤ ', 'less-than': '< ', equal: '', approximately: '≈ ', maintain: '≥ ' };

function isRate(indicator: Indicator): boolean {
  return indicator.unit.unit.kind === 'percent';
}

function yearValue(dataset: Dataset, indicator: Indicator, area: string, year: number, asOf: IsoDate | undefined): Decimal | null {
  const observation = bestObservation(dataset, { indicator: indicator.code, area, period: String(year) }, asOf === undefined ? {} : { asOf });
  if (observation === undefined) return null;
  return observation.unit === undefined ? observation.value : convertScale(observation.value, observation.unit, indicator.unit);
}

/**
 * Next year's proposed targets ({@link proposeYearTargets}) as the table a draft plan carries
 * ("biểu chỉ tiêu kế hoạch năm"): for each target, its number, name and unit, the actual of two
 * years before, the estimate of the year before, the planned level for the year (a proposed growth or
 * change turned into the level it means, from the estimate), the plan against the estimate (in
 * percent; for a rate, the change in percentage points), and how it was proposed (`tăng ≥ 4,49% so với
 * năm trước`). A target without a proposal keeps its row, with the reason as the last cell.
 *
 * Columns (ids): `number`, `target`, `unit`, `before`, `latest`, `planned`, `compare`, `basis`.
 *
 * @param proposals - the proposals for one year
 * @param dataset - the observations (for the actuals and estimates of the two years before)
 * @param options - the catalog, language, as-of date and table id
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for no proposals or an unknown language
 *
 * @example
 * // The 2025 plan that the illustrative Như Xuân five-year plan implies:
 * const proposals = proposeYearTargets(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, { catalog: vnDistrictIndicatorCatalog, year: 2025 });
 * const table = draftPlanTable(proposals, nhuXuanFiveYearDataset, { catalog: vnDistrictIndicatorCatalog, lang: 'vi' });
 * table.rows.slice(0, 2).map((row) => [row.cells.before?.text, row.cells.latest?.text, row.cells.planned?.text, row.cells.compare?.text, row.cells.basis?.text]);
 * //=> [['5.120', '5.436', '5.680,3', '104,5', 'tăng ≥ 4,49% so với năm trước'], ['42,1', '47,2', '50', '105,9', 'đạt ≥ 50 triệu đồng/người/năm']]
 */
export function draftPlanTable(proposals: readonly YearTargetProposal[], dataset: Dataset, options: DraftPlanOptions): Table {
  assertLanguage(options.lang, 'draftPlanTable');
  assertCatalog(options.catalog, 'draftPlanTable');
  assertList(proposals, 'proposals (from proposeYearTargets)', 'draftPlanTable');
  const year = Number(proposals.find((proposal) => proposal.proposed !== null)?.proposed?.period ?? Number.NaN);
  if (!Number.isInteger(year)) throw new PlanningError('invalid-argument', 'draftPlanTable: no proposal has a target for a year; give the proposals of proposeYearTargets for a year of the plan');
  const { lang } = options;
  const text = words[lang];
  const labels = text.columns(year);
  const ids = ['number', 'target', 'unit', 'before', 'latest', 'planned', 'compare', 'basis'] as const;
  const kinds: Partial<Record<(typeof ids)[number], TableColumn['kind']>> = { number: 'number', before: 'number', latest: 'number', planned: 'number', compare: 'number' };
  const columns: TableColumn[] = ids.map((id) => ({ id, label: labels[id], kind: kinds[id] ?? 'text' }));
  const rows = proposals.map((proposal, index) => {
    const { source, proposed } = proposal;
    const indicator = getIndicator(options.catalog, source.indicator);
    const amount = (value: Decimal | null): TableCell => ({ value, text: value === null ? '–' : formatNumber(value, { lang, digits: indicator.precision, minimumDigits: 0 }) });
    const before = yearValue(dataset, indicator, source.area, year - 2, options.asOf);
    const latest = yearValue(dataset, indicator, source.area, year - 1, options.asOf);
    let planned: Decimal | null = null;
    let basis = proposal.reason ?? '–';
    if (proposed?.value !== undefined) {
      const value = proposed.value;
      if (proposed.basis === 'growth') planned = latest === null ? null : latest.times(value.div(100).plus(1));
      else if (proposed.basis === 'change' || proposed.basis === 'point-change') planned = latest === null ? null : latest.plus(value);
      else planned = value;
      const unit = scaledUnitLabels(indicator.unit)[lang];
      const written =
        proposed.basis === 'growth'
          ? formatPercent(value, { lang, digits: 2, minimumDigits: 0 })
          : proposed.basis === 'point-change' || (proposed.basis === 'change' && isRate(indicator))
            ? formatPercentagePoints(value, { lang, digits: indicator.precision, minimumDigits: 0, sign: 'always' })
            : `${formatNumber(value, { lang, digits: indicator.precision, minimumDigits: 0 })}${isRate(indicator) ? '%' : ` ${unit}`}`;
      // A fall written as a fall: "giảm ≥ 2,48 điểm %" rather than "thay đổi ≤ -2,48 điểm %".
      const falling = (proposed.basis === 'change' || proposed.basis === 'point-change') && value.isNegative() && (proposed.comparator === 'at-most' || proposed.comparator === 'less-than');
      basis = falling
        ? text.basis.fall(`${proposed.comparator === 'at-most' ? '≥ ' : '> '}${written.replace(/^-/, '')}`)
        : text.basis[proposed.basis](`${signs[proposed.comparator] ?? ''}${written}`);
    }
    const compare: TableCell =
      planned === null || latest === null || latest.isZero()
        ? { value: null, text: '–' }
        : isRate(indicator)
          ? { value: planned.minus(latest), text: formatPercentagePoints(planned.minus(latest), { lang, digits: indicator.precision, minimumDigits: 0, sign: 'always' }) }
          : { value: planned.div(latest).times(100), text: formatNumber(planned.div(latest).times(100), { lang, digits: 1 }) };
    const name = lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi;
    return {
      id: source.id,
      cells: {
        number: { value: new DecimalClass(index + 1), text: String(index + 1) },
        target: { value: source.indicator, text: name, detail: proposal.method === '' ? source.id : `${source.id}: ${proposal.method}` },
        unit: { value: null, text: isRate(indicator) ? '%' : scaledUnitLabels(indicator.unit)[lang] },
        before: amount(before),
        latest: amount(latest),
        planned: amount(planned),
        compare,
        basis: { value: proposed === null ? null : proposed.basis, text: basis },
      },
    };
  });
  return { kind: 'table', id: options.id ?? 'draft-plan', lang, title: text.title(year), columns, rows, notes: [text.note] };
}

/**
 * The section of next year's draft plan: a sentence and the {@link draftPlanTable} (id `<id>-table`).
 *
 * @param proposals - the proposals for one year ({@link proposeYearTargets})
 * @param dataset - the observations
 * @param options - as for {@link draftPlanTable}; `id` is the section's (`next-year` unless given)
 * @returns the section
 * @throws {@link PlanningError} as {@link draftPlanTable}
 *
 * @example
 * const proposals = proposeYearTargets(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, { catalog: vnDistrictIndicatorCatalog, year: 2025 });
 * draftPlanSection(proposals, nhuXuanFiveYearDataset, { catalog: vnDistrictIndicatorCatalog, lang: 'en' }).title;
 * //=> 'Draft plan for 2025'
 */
export function draftPlanSection(proposals: readonly YearTargetProposal[], dataset: Dataset, options: DraftPlanOptions): ReportSection {
  const id = options.id ?? 'next-year';
  const table = draftPlanTable(proposals, dataset, { ...options, id: `${id}-table` });
  const year = Number(/\d{4}/.exec(table.title)?.[0] ?? 0);
  const text = words[options.lang];
  return { id, title: text.sectionTitle(year), paragraphs: [text.intro(year, proposals.filter((proposal) => proposal.proposed !== null).length)], blocks: [table] };
}
