import { type Decimal, Decimal as DecimalClass, PlanningError } from '../numeric/index.js';
import { convertScale, scaledUnitLabels } from '../measure/index.js';
import type { IsoDate } from '../period/index.js';
import { type Catalog, type Labels, getIndicator } from '../indicator/index.js';
import { type Dataset, bestObservation } from '../observation/index.js';
import { type Language, formatNumber, formatPercent, formatPercentagePoints } from '../format/index.js';
import { assertCatalog, assertLanguage, assertList } from './check.js';
import type { ChartPoint, ChartSeries, ReportSection, SeriesChart, Table, TableCell } from './model.js';
import { idPart, niceScale } from './scale.js';

/**
 * One part of a total: the value of its breakdown dimension in the observations, and its name.
 *
 * @example
 * // The services sector:
 * const part: BreakdownPart = { code: 'services', labels: { vi: 'Dịch vụ', en: 'Services' } };
 * part.labels.en;
 * //=> 'Services'
 */
export interface BreakdownPart {
  /** The value of the breakdown dimension (`sector: 'services'`). */
  readonly code: string;
  /** Its name in Vietnamese and English. */
  readonly labels: Labels;
}

/**
 * The three sectors of the economic structure in Vietnamese statistics (GSO): agriculture, forestry
 * and fisheries (nông, lâm nghiệp và thủy sản); industry and construction (công nghiệp - xây dựng);
 * services (dịch vụ), with the dimension values `agriculture`, `industry` and `services`.
 *
 * @example
 * economicSectors.map((part) => part.labels.vi);
 * //=> ['Nông, lâm nghiệp và thủy sản', 'Công nghiệp - xây dựng', 'Dịch vụ']
 */
export const economicSectors: readonly BreakdownPart[] = Object.freeze([
  { code: 'agriculture', labels: { vi: 'Nông, lâm nghiệp và thủy sản', en: 'Agriculture, forestry and fisheries' } },
  { code: 'industry', labels: { vi: 'Công nghiệp - xây dựng', en: 'Industry and construction' } },
  { code: 'services', labels: { vi: 'Dịch vụ', en: 'Services' } },
]);

/**
 * Options of {@link structureTable}, {@link structureChart} and {@link structureSection}.
 *
 * @example
 * // The sector shares of gross output at current prices, 2020–2024:
 * const options: StructureOptions = {
 *   catalog: nhuXuanReviewCatalog, lang: 'vi', indicator: 'PRODUCTION_VALUE_CURRENT', area: '402',
 *   dimension: 'sector', parts: economicSectors, from: 2020, to: 2024,
 * };
 * options.dimension;
 * //=> 'sector'
 */
export interface StructureOptions {
  /** The catalog that defines the indicator. */
  readonly catalog: Catalog;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** The indicator whose total is split (gross output at current prices). */
  readonly indicator: string;
  /** The area. */
  readonly area: string;
  /** The breakdown dimension of the observations (`sector`). */
  readonly dimension: string;
  /** The parts, in order ({@link economicSectors}). */
  readonly parts: readonly BreakdownPart[];
  /** The first year. */
  readonly from: number;
  /** The last year. */
  readonly to: number;
  /** Use only observations published by this date. */
  readonly asOf?: IsoDate | undefined;
  /** The id of the table, chart or section; `structure-table`, `structure-chart` or `structure` unless given. */
  readonly id?: string | undefined;
}

interface Words {
  readonly tableTitle: (label: string) => string;
  readonly chartTitle: (label: string) => string;
  readonly description: (label: string, range: string) => string;
  readonly part: string;
  readonly shift: (from: number, to: number) => string;
  readonly total: string;
  readonly year: string;
  readonly share: string;
  readonly totals: (label: string, unit: string, values: string) => string;
  readonly rounding: string;
  readonly missing: (year: number, parts: string) => string;
  readonly sectionTitle: string;
  readonly summary: (parts: string) => string;
  readonly moved: (part: string, from: string, to: string, shift: string, falling: boolean) => string;
}

const words: Readonly<Record<Language, Words>> = {
  vi: {
    tableTitle: (label) => `Cơ cấu ${label} theo ngành (%)`,
    chartTitle: (label) => `Cơ cấu ${label} theo ngành`,
    description: (label, range) => `Tỷ trọng của từng ngành trong ${label} ${range}, mỗi năm một cột chồng bằng 100%.`,
    part: 'Ngành',
    shift: (from, to) => `Chuyển dịch ${String(from)}–${String(to)} (điểm %)`,
    total: 'Tổng số',
    year: 'Năm',
    share: 'Tỷ trọng (%)',
    totals: (label, unit, values) => `${label} (${unit}): ${values}.`,
    rounding: 'Tỷ trọng tính trên tổng các ngành; số làm tròn nên tổng có thể lệch 0,1.',
    missing: (year, parts) => `Năm ${String(year)} thiếu số liệu của: ${parts}; không tính được cơ cấu năm này.`,
    sectionTitle: 'Chuyển dịch cơ cấu kinh tế',
    summary: (parts) => `Cơ cấu kinh tế chuyển dịch: ${parts}.`,
    moved: (part, from, to, shift, falling) => `${part} ${falling ? 'giảm từ' : 'tăng từ'} ${from} ${falling ? 'xuống' : 'lên'} ${to} (${shift})`,
  },
  en: {
    tableTitle: (label) => `Structure of ${label} by sector (%)`,
    chartTitle: (label) => `Structure of ${label} by sector`,
    description: (label, range) => `The share of each sector in ${label}, ${range}, one stacked column of 100% a year.`,
    part: 'Sector',
    shift: (from, to) => `Shift ${String(from)}–${String(to)} (points)`,
    total: 'Total',
    year: 'Year',
    share: 'Share (%)',
    totals: (label, unit, values) => `${label} (${unit}): ${values}.`,
    rounding: 'Shares are of the sum of the sectors; rounded, so the total may be off by 0.1.',
    missing: (year, parts) => `${String(year)} lacks values of: ${parts}; no structure for that year.`,
    sectionTitle: 'Shift in the economic structure',
    summary: (parts) => `The economic structure shifted: ${parts}.`,
    moved: (part, from, to, shift, falling) => `${part} ${falling ? 'fell' : 'rose'} from ${from} to ${to} (${shift})`,
  },
};

/** The share of each part in each year (null for a year where a part has no value), and the totals. */
interface Shares {
  readonly years: readonly number[];
  readonly totals: readonly (Decimal | null)[];
  readonly shares: readonly (readonly (Decimal | null)[])[];
  readonly missing: readonly string[];
}

/** A label inside a sentence: its first letter in lower case (`tổng giá trị sản xuất`). */
function lowerFirst(label: string): string {
  return `${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
}

function partLabel(part: BreakdownPart, lang: Language): string {
  return lang === 'en' ? (part.labels.en ?? part.labels.vi) : part.labels.vi;
}

function checkOptions(options: StructureOptions, where: string): void {
  assertLanguage(options.lang, where);
  assertCatalog(options.catalog, where);
  assertList(options.parts, 'parts { code, labels }', where);
  if (options.parts.length < 2) throw new PlanningError('invalid-argument', `${where}: a structure needs two parts or more; got ${String(options.parts.length)}`);
  const { from, to } = options;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 1000 || to > 9999) {
    throw new PlanningError('invalid-argument', `${where}: from and to must be years (whole numbers from 1000 to 9999) with from ≤ to; got from ${String(from)} and to ${String(to)}`);
  }
}

function sharesOf(dataset: Dataset, options: StructureOptions): Shares {
  const indicator = getIndicator(options.catalog, options.indicator);
  const text = words[options.lang];
  const years = Array.from({ length: options.to - options.from + 1 }, (_, index) => options.from + index);
  const missing: string[] = [];
  const totals: (Decimal | null)[] = [];
  const columns = years.map((year) => {
    const values = options.parts.map((part) => {
      const observation = bestObservation(
        dataset,
        { indicator: options.indicator, area: options.area, period: String(year), dimensions: { [options.dimension]: part.code } },
        options.asOf === undefined ? {} : { asOf: options.asOf },
      );
      if (observation === undefined) return null;
      return observation.unit === undefined ? observation.value : convertScale(observation.value, observation.unit, indicator.unit);
    });
    const absent = options.parts.filter((_, index) => values[index] === null).map((part) => partLabel(part, options.lang));
    if (absent.length > 0) {
      missing.push(text.missing(year, absent.join(', ')));
      totals.push(null);
      return options.parts.map(() => null);
    }
    const total = values.reduce<Decimal>((sum, value) => sum.plus(value ?? 0), new DecimalClass(0));
    totals.push(total);
    return values.map((value) => (value === null || total.isZero() ? null : value.div(total).times(100)));
  });
  return { years, totals, shares: options.parts.map((_, index) => columns.map((column) => column[index] ?? null)), missing };
}

function shareCell(value: Decimal | null, lang: Language): TableCell {
  return { value, text: value === null ? '–' : formatNumber(value, { lang, digits: 1 }) };
}

/**
 * The structure of a total by its parts (the economic structure by sector, "cơ cấu kinh tế"), from
 * observations with a breakdown dimension: the share of each part in the sum of the parts for each
 * year, in percent, and the shift of each share from the first year to the last in percentage points
 * ("chuyển dịch cơ cấu"). A year where a part has no value has no shares, and a note says which part
 * is missing. The notes give the totals.
 *
 * Columns (ids): `part`, `share-<year>` for each year, `shift`. Rows: each part, then `total` (100%).
 *
 * @param dataset - the observations, with the breakdown dimension
 * @param options - the indicator, area, dimension, parts, years, catalog and language
 * @returns the table
 * @throws {@link PlanningError} `invalid-argument` for fewer than two parts, years that are not a
 * range or an unknown language; `not-found` for an indicator the catalog lacks
 *
 * @example
 * // The illustrative sectors of Như Xuân, 2020 and 2024:
 * const table = structureTable(nhuXuanReviewDataset, {
 *   catalog: nhuXuanReviewCatalog, lang: 'vi', indicator: 'PRODUCTION_VALUE_CURRENT', area: '402',
 *   dimension: 'sector', parts: economicSectors, from: 2020, to: 2024,
 * });
 * table.rows.map((row) => `${row.cells.part?.text ?? ''}: ${row.cells['share-2020']?.text ?? ''} → ${row.cells['share-2024']?.text ?? ''} (${row.cells.shift?.text ?? ''})`);
 * //=> ['Nông, lâm nghiệp và thủy sản: 38,4 → 29,6 (-8,8)', 'Công nghiệp - xây dựng: 33,0 → 39,4 (+6,4)', 'Dịch vụ: 28,6 → 31,0 (+2,5)', 'Tổng số: 100,0 → 100,0 (–)']
 */
export function structureTable(dataset: Dataset, options: StructureOptions): Table {
  checkOptions(options, 'structureTable');
  const { lang } = options;
  const text = words[lang];
  const indicator = getIndicator(options.catalog, options.indicator);
  const name = lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi;
  const label = lowerFirst(name);
  const { years, totals, shares, missing } = sharesOf(dataset, options);
  const rows = options.parts.map((part, index) => {
    const row = shares[index] ?? [];
    const first = row[0] ?? null;
    const last = row.at(-1) ?? null;
    const shift = first === null || last === null ? null : last.minus(first);
    return {
      id: part.code,
      cells: {
        part: { value: part.code, text: partLabel(part, lang) },
        ...Object.fromEntries(years.map((year, column) => [`share-${String(year)}`, shareCell(row[column] ?? null, lang)])),
        shift: { value: shift, text: shift === null ? '–' : formatNumber(shift, { lang, digits: 1, sign: 'always' }) },
      },
    };
  });
  const hundred = new DecimalClass(100);
  rows.push({
    id: 'total',
    cells: {
      part: { value: 'total', text: text.total },
      ...Object.fromEntries(years.map((year, column) => [`share-${String(year)}`, shareCell(totals[column] === null ? null : hundred, lang)])),
      shift: { value: null, text: '–' },
    },
  });
  const unit = scaledUnitLabels(indicator.unit)[lang];
  const totalsText = years.map((year, column) => {
    const total = totals[column] ?? null;
    return `${String(year)}: ${total === null ? '–' : formatNumber(total, { lang, digits: indicator.precision, minimumDigits: 0 })}`;
  });
  return {
    kind: 'table',
    id: options.id ?? 'structure-table',
    lang,
    title: text.tableTitle(label),
    columns: [
      { id: 'part', label: text.part, kind: 'text' },
      ...years.map((year) => ({ id: `share-${String(year)}`, label: String(year), kind: 'number' as const })),
      { id: 'shift', label: text.shift(options.from, options.to), kind: 'number' },
    ],
    rows,
    notes: [text.totals(name, unit, totalsText.join('; ')), text.rounding, ...missing],
  };
}

/**
 * The structure of {@link structureTable} as a stacked bar chart: one column of 100% a year, a
 * segment per part, with the share written inside the segments that have room.
 *
 * @param dataset - the observations, with the breakdown dimension
 * @param options - as for {@link structureTable}
 * @returns the chart
 * @throws {@link PlanningError} as {@link structureTable}
 *
 * @example
 * const chart = structureChart(nhuXuanReviewDataset, {
 *   catalog: nhuXuanReviewCatalog, lang: 'en', indicator: 'PRODUCTION_VALUE_CURRENT', area: '402',
 *   dimension: 'sector', parts: economicSectors, from: 2020, to: 2024,
 * });
 * [chart.stacked, chart.series.map((series) => series.points[4]?.text)];
 * //=> [true, ['29.6%', '39.4%', '31.0%']]
 */
export function structureChart(dataset: Dataset, options: StructureOptions): SeriesChart {
  checkOptions(options, 'structureChart');
  const { lang } = options;
  const text = words[lang];
  const indicator = getIndicator(options.catalog, options.indicator);
  const label = lowerFirst(lang === 'en' ? (indicator.labels.en ?? indicator.labels.vi) : indicator.labels.vi);
  const { years, shares } = sharesOf(dataset, options);
  const series = options.parts.map((part, index): ChartSeries => {
    const name = partLabel(part, lang);
    return {
      id: idPart(part.code),
      label: name,
      role: 'series',
      points: years.map((year, column): ChartPoint => {
        const value = shares[index]?.[column] ?? null;
        const shown = value === null ? '–' : formatPercent(value, { lang, digits: 1 });
        return { value, text: shown, title: `${String(year)}, ${name}: ${shown}` };
      }),
    };
  });
  return {
    kind: 'series-chart',
    id: options.id ?? 'structure-chart',
    lang,
    title: text.chartTitle(label),
    description: text.description(label, `${String(options.from)}–${String(options.to)}`),
    type: 'bars',
    stacked: true,
    categoryLabel: text.year,
    valueLabel: text.share,
    categories: years.map(String),
    series,
    scale: niceScale([new DecimalClass(100)], (value) => formatNumber(value, { lang }), 4),
    references: [],
    statusLegend: [],
  };
}

/**
 * The section of the economic structure: a sentence on how each part's share moved, the
 * {@link structureTable} and the {@link structureChart} (ids `<id>-table`, `<id>-chart`).
 *
 * @param dataset - the observations, with the breakdown dimension
 * @param options - as for {@link structureTable}; `id` is the section's (`structure` unless given)
 * @returns the section
 * @throws {@link PlanningError} as {@link structureTable}
 *
 * @example
 * const section = structureSection(nhuXuanReviewDataset, {
 *   catalog: nhuXuanReviewCatalog, lang: 'en', indicator: 'PRODUCTION_VALUE_CURRENT', area: '402',
 *   dimension: 'sector', parts: economicSectors, from: 2020, to: 2024,
 * });
 * section.paragraphs[0];
 * //=> 'The economic structure shifted: agriculture, forestry and fisheries fell from 38.4% to 29.6% (-8.8 percentage points); industry and construction rose from 33.0% to 39.4% (+6.4 percentage points); services rose from 28.6% to 31.0% (+2.5 percentage points).'
 */
export function structureSection(dataset: Dataset, options: StructureOptions): ReportSection {
  checkOptions(options, 'structureSection');
  const { lang } = options;
  const text = words[lang];
  const id = options.id ?? 'structure';
  const table = structureTable(dataset, { ...options, id: `${id}-table` });
  const chart = structureChart(dataset, { ...options, id: `${id}-chart` });
  const first = `share-${String(options.from)}`;
  const last = `share-${String(options.to)}`;
  const moves = table.rows
    .filter((row) => row.id !== 'total' && row.cells.shift?.value !== null)
    .map((row) => {
      const from = row.cells[first]?.value;
      const to = row.cells[last]?.value;
      const shift = row.cells.shift?.value;
      if (typeof from === 'string' || typeof to === 'string' || typeof shift === 'string' || from == null || to == null || shift == null) return '';
      return text.moved(
        lowerFirst(row.cells.part?.text ?? row.id),
        formatPercent(from, { lang, digits: 1 }),
        formatPercent(to, { lang, digits: 1 }),
        formatPercentagePoints(shift, { lang, digits: 1, sign: 'always', style: 'long' }),
        shift.isNegative(),
      );
    })
    .filter((move) => move !== '');
  return {
    id,
    title: text.sectionTitle,
    paragraphs: moves.length === 0 ? [] : [text.summary(moves.join('; '))],
    blocks: [table, chart],
  };
}
