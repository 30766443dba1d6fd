import type { Decimal } from '../numeric/index.js';
import type { AssessmentStatus, PaceStatus } from '../attainment/index.js';
import type { Language } from '../format/index.js';

/**
 * What a table column holds, which decides how its cells are read and shown:
 *
 * - `text`: labels and codes; a cell's value is a string (or `null`);
 * - `number`: a cell's value is an exact {@link Decimal} (or `null`), right-aligned in Markdown and HTML;
 * - `status`: a cell's value is a status code (`exceeded`, `met`, `not-met`, `not-assessable`,
 *   `ahead`, `on-pace`, `behind`) or `null`, shown as a coloured badge in HTML.
 *
 * @example
 * // The kind of the attainment column of a scorecard:
 * const kind: ColumnKind = 'number';
 * kind;
 * //=> 'number'
 */
export type ColumnKind = 'text' | 'number' | 'status';

/**
 * Every {@link ColumnKind}.
 *
 * @example
 * // The kinds a hand-built table may use:
 * columnKinds;
 * //=> ['text', 'number', 'status']
 */
export const columnKinds: readonly ColumnKind[] = Object.freeze(['text', 'number', 'status']);

/**
 * One column of a {@link Table}: a stable id (the CSV and JSON key), a label for people, and a kind.
 *
 * @example
 * // The status column of a Vietnamese scorecard:
 * const column: TableColumn = { id: 'status', label: 'Đánh giá', kind: 'status' };
 * column.id;
 * //=> 'status'
 */
export interface TableColumn {
  /** The column's id, unique in its table: the CSV header and the key of the row's cells. */
  readonly id: string;
  /** The column's heading, in the table's language. */
  readonly label: string;
  /** What the column's values are. */
  readonly kind: ColumnKind;
}

/**
 * The exact value of a cell: a {@link Decimal} in a `number` column, a string in a `text` or `status`
 * column, or `null` when there is none.
 *
 * @example
 * // An attainment of 104.888...%:
 * const value: CellValue = toDecimal('104.8888888888888888889');
 * value instanceof Decimal;
 * //=> true
 */
export type CellValue = Decimal | string | null;

/**
 * One cell of a {@link Table}: its exact value for machines, the text people read (written by the
 * `format` functions), and optionally the working behind it.
 *
 * @example
 * // An income of 47.2 triệu đồng, as a Vietnamese scorecard shows it:
 * const cell: TableCell = { value: toDecimal('47.2'), text: '47,2 triệu đồng/người/năm' };
 * cell.text;
 * //=> '47,2 triệu đồng/người/năm'
 */
export interface TableCell {
  /** The exact value, unrounded, in the unit the column's heading names; `null` when there is none. */
  readonly value: CellValue;
  /** The value as people read it, rounded and localised (`'–'` when there is none). */
  readonly text: string;
  /** How the value was found (a formula, the values used); shown as a tooltip in HTML. */
  readonly detail?: string | undefined;
}

/**
 * One row of a {@link Table}: an id (a target, indicator or unit code) and one cell per column,
 * keyed by the column's id.
 *
 * @example
 * // A row of a two-column table:
 * const row: TableRow = { id: 'T1', cells: { id: { value: 'T1', text: 'T1' }, status: { value: 'met', text: 'Đạt' } } };
 * row.cells.status?.text;
 * //=> 'Đạt'
 */
export interface TableRow {
  /** What the row is about: a target id, an indicator code, a unit code. */
  readonly id: string;
  /** One cell per column of the table, keyed by column id. */
  readonly cells: Readonly<Record<string, TableCell>>;
}

/**
 * A table as data: a title, columns, rows of cells that carry both their exact value and their text,
 * and notes (sources, caveats such as "illustrative data", why a row could not be assessed). The
 * builders ({@link scorecardTable}, {@link growthTable}, {@link rankingTable}) make one; the
 * renderers ({@link renderMarkdown}, {@link renderCsv}, {@link renderJson}, {@link renderHtml})
 * write one out. You may build your own: the renderers check it first.
 *
 * @example
 * // A table of one row, built by hand:
 * const table: Table = {
 *   kind: 'table', id: 'revenue', lang: 'vi', title: 'Thu ngân sách',
 *   columns: [{ id: 'year', label: 'Năm', kind: 'text' }, { id: 'value', label: 'Tỷ đồng', kind: 'number' }],
 *   rows: [{ id: '2024', cells: { year: { value: '2024', text: '2024' }, value: { value: toDecimal('672.8'), text: '672,8' } } }],
 *   notes: [],
 * };
 * renderCsv(table);
 * //=> 'year,value\r\n2024,672.8\r\n'
 */
export interface Table {
  /** Always `'table'`: tells a table from a chart among a section's blocks. */
  readonly kind: 'table';
  /** An id for the table, unique in its report (an HTML id): a letter, then letters, digits, `_`, `.` or `-`. */
  readonly id: string;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** The table's title (an HTML caption). */
  readonly title: string;
  /** The columns, in order. */
  readonly columns: readonly TableColumn[];
  /** The rows, in order. */
  readonly rows: readonly TableRow[];
  /** Notes shown under the table: the summary, sources, caveats, reasons. */
  readonly notes: readonly string[];
}

/**
 * The colour role of a chart bar: an assessment status (`exceeded`, `met`, `not-met`,
 * `not-assessable`), a pace status (`ahead`, `on-pace`, `behind`), `neutral` (a plain value) or
 * `highlight` (a unit with an award). {@link chartToneColours} gives the colour of each.
 *
 * @example
 * // A bar of a target that was not met:
 * const tone: ChartTone = 'not-met';
 * chartToneColours[tone];
 * //=> '#d55e00'
 */
export type ChartTone = AssessmentStatus | PaceStatus | 'neutral' | 'highlight';

/**
 * One bar of a {@link Chart}.
 *
 * @example
 * // The bar of target T2, 104.9% of plan:
 * const bar: ChartBar = {
 *   label: 'T2 Thu nhập bình quân đầu người', value: toDecimal('104.888'), text: '104,9%', tone: 'exceeded',
 *   title: 'T2: 104,9% (Vượt kế hoạch)',
 * };
 * bar.tone;
 * //=> 'exceeded'
 */
export interface ChartBar {
  /** The category the bar stands for: a target, a year, a unit. */
  readonly label: string;
  /** The bar's length on the chart's scale; `null` draws no bar (no value). */
  readonly value: Decimal | null;
  /** The value as written beside the bar. */
  readonly text: string;
  /** The bar's colour role. */
  readonly tone: ChartTone;
  /** A rank written before the label (`'1'`), for ranking charts. */
  readonly rank?: string | undefined;
  /** A mark written after the value (`'★ Nhất'`), for awards. */
  readonly mark?: string | undefined;
  /** The accessible description of the bar (an SVG `<title>`, a tooltip in browsers). */
  readonly title: string;
}

/**
 * One tick of a chart's value axis: its value and its label.
 *
 * @example
 * // The 100% tick of an attainment chart:
 * const tick: ChartTick = { value: toDecimal(100), text: '100%' };
 * tick.text;
 * //=> '100%'
 */
export interface ChartTick {
  /** Where the tick is, on the chart's scale. */
  readonly value: Decimal;
  /** Its label. */
  readonly text: string;
}

/**
 * The value axis of a chart: from `min` to `max`, with labelled ticks. Bars beyond it are clipped to
 * it (their text still says the true value).
 *
 * @example
 * // 0 to 125% in steps of 25:
 * const scale: ChartScale = attainmentChart(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'vi' },
 * ).scale;
 * scale.ticks.map((tick) => tick.text);
 * //=> ['0%', '25%', '50%', '75%', '100%', '125%']
 */
export interface ChartScale {
  /** The value at the start of the axis. */
  readonly min: Decimal;
  /** The value at the end of the axis, greater than `min`. */
  readonly max: Decimal;
  /** The labelled ticks, from `min` to `max`. */
  readonly ticks: readonly ChartTick[];
}

/**
 * A reference line across a chart: the 100% of plan, a target growth rate.
 *
 * @example
 * // The plan line of an attainment chart:
 * const line: ChartReference = { value: toDecimal(100), label: '100%' };
 * line.value.toString();
 * //=> '100'
 */
export interface ChartReference {
  /** Where the line is, on the chart's scale. */
  readonly value: Decimal;
  /** Its label, written at the line. */
  readonly label: string;
}

/**
 * One entry of a chart's legend: a tone (a coloured square) or the reference line (a dashed line),
 * and what it means.
 *
 * @example
 * // The legend entry of exceeded targets:
 * const entry: ChartLegendEntry = { tone: 'exceeded', label: 'Vượt kế hoạch' };
 * entry.label;
 * //=> 'Vượt kế hoạch'
 */
export interface ChartLegendEntry {
  /** The tone of the bars it explains, or `reference` for the reference line. */
  readonly tone: ChartTone | 'reference';
  /** What it means. */
  readonly label: string;
}

/**
 * A bar chart as data: bars with their values, texts and tones, a value scale with ticks, an optional
 * reference line, and a legend. {@link renderChartSvg} draws it as inline SVG; {@link renderMarkdown}
 * writes its bars as a table. Builders: {@link attainmentChart}, {@link growthChart}, {@link rankingCharts}.
 *
 * @example
 * // The attainment chart of the Như Xuân 2024 plan has a bar per target and a 100% line:
 * const chart: Chart = attainmentChart(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'en' },
 * );
 * [chart.bars.length, chart.reference?.label];
 * //=> [8, '100%']
 */
export interface Chart {
  /** Always `'chart'`: tells a chart from a table among a section's blocks. */
  readonly kind: 'chart';
  /** An id for the chart, unique in its report (an HTML id): a letter, then letters, digits, `_`, `.` or `-`. */
  readonly id: string;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** The chart's title (an HTML figure caption and the SVG `<title>`). */
  readonly title: string;
  /** A sentence that says what the chart shows (the SVG `<desc>`). */
  readonly description: string;
  /** `horizontal`: one bar per row, growing to the right; `vertical`: columns along the x axis. */
  readonly orientation: 'horizontal' | 'vertical';
  /** What the bars stand for (`Chỉ tiêu`, `Năm`, `Đơn vị`): the heading of the category column in Markdown. */
  readonly categoryLabel: string;
  /** What the bars measure, with its unit (`Tỷ lệ đạt kế hoạch (%)`). */
  readonly valueLabel: string;
  /** The bars, in drawing order (top to bottom, or left to right). */
  readonly bars: readonly ChartBar[];
  /** The value axis. */
  readonly scale: ChartScale;
  /** The reference line, or `null` for none. */
  readonly reference: ChartReference | null;
  /** The legend entries, in order. */
  readonly legend: readonly ChartLegendEntry[];
}

/**
 * One point of a {@link ChartSeries}: the value at one category (a year), its text, and, for the
 * actual values of a plan, the status of the year (drawn as a marker shape that the legend names, so
 * that the status is told by shape and text, not by colour alone).
 *
 * @example
 * // The 2024 income per person, 45.6 million VND, above its milestone:
 * const point: ChartPoint = { value: toDecimal('45.6'), text: '45,6', status: 'exceeded', title: '2024: 45,6 triệu đồng (Vượt kế hoạch)' };
 * point.status;
 * //=> 'exceeded'
 */
export interface ChartPoint {
  /** The value on the chart's scale; `null` where there is none (the line breaks there). */
  readonly value: Decimal | null;
  /** The value as written at the point. */
  readonly text: string;
  /** The status of the point (an assessment or pace status), drawn as the marker's shape; none for a plain value. */
  readonly status?: AssessmentStatus | PaceStatus | undefined;
  /** The accessible description of the point (an SVG `<title>`). */
  readonly title: string;
}

/**
 * What a {@link ChartSeries} is: `actual` values (a solid line, or the actual bar of a pair),
 * a `target` path or plan values (a dashed line, or the plan bar of a pair), or one `series` among
 * several (a commune, an indicator in index form), told apart by colour, dash pattern and marker.
 *
 * @example
 * // The milestones of a five-year target:
 * const role: SeriesRole = 'target';
 * role;
 * //=> 'target'
 */
export type SeriesRole = 'actual' | 'target' | 'series';

/**
 * One series of a {@link SeriesChart}: a name for the legend and one point per category.
 *
 * @example
 * // Two years of actual values:
 * const series: ChartSeries = { id: 'actual', label: 'Thực hiện', role: 'actual', points: [
 *   { value: toDecimal(41), text: '41', title: '2023: 41' }, { value: toDecimal('45.6'), text: '45,6', title: '2024: 45,6' },
 * ] };
 * series.points.length;
 * //=> 2
 */
export interface ChartSeries {
  /** An id, unique in its chart (the key of its column in Markdown and JSON). */
  readonly id: string;
  /** Its name in the legend. */
  readonly label: string;
  /** What it is, which decides how it is drawn. */
  readonly role: SeriesRole;
  /** One point per category of the chart, in the same order. */
  readonly points: readonly ChartPoint[];
}

/**
 * A chart of values over categories (years) with one series or several: `line`, a line per series
 * with a marker at each point (actual values against a target path, communes of a cluster,
 * indicators in index form), or `bars`, a group of bars per category (plan against actual by year;
 * the parts of a total stacked when `stacked` is true, as for an economic structure). Series are told apart by colour, dash
 * pattern and marker shape (readable in greyscale and by colour-blind readers), statuses by marker
 * shape and the legend's words. {@link renderChartSvg} draws it; {@link renderMarkdown} writes it as
 * a table with a column per series. Builders: {@link indicatorTrendChart}, {@link planActualChart},
 * {@link indexChart}, {@link structureChart}.
 *
 * @example
 * // Plan against actual of the Như Xuân five-year income target, by year:
 * const chart: SeriesChart = planActualChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang: 'en' });
 * [chart.categories, chart.series.map((series) => series.label)];
 * //=> [['2021', '2022', '2023', '2024', '2025'], ['Plan', 'Actual']]
 */
export interface SeriesChart {
  /** Always `'series-chart'`: tells it from a bar chart and a table among a section's blocks. */
  readonly kind: 'series-chart';
  /** An id, unique in its report (an HTML id). */
  readonly id: string;
  /** The language of the labels and texts. */
  readonly lang: Language;
  /** The chart's title. */
  readonly title: string;
  /** A sentence that says what the chart shows (the SVG `<desc>`). */
  readonly description: string;
  /** `line`: a line per series; `bars`: a group (or stack) of bars per category. */
  readonly type: 'line' | 'bars';
  /** For `bars`: the series stacked into one bar per category (parts of a total). */
  readonly stacked?: boolean | undefined;
  /** What the categories are (`Năm`): the heading of the category column in Markdown. */
  readonly categoryLabel: string;
  /** What the values measure, with their unit. */
  readonly valueLabel: string;
  /** The categories along the horizontal axis, in order. */
  readonly categories: readonly string[];
  /** The series, in legend order. */
  readonly series: readonly ChartSeries[];
  /** The value axis. */
  readonly scale: ChartScale;
  /** Reference lines across the chart (a target level, 100 for an index). */
  readonly references: readonly ChartReference[];
  /** The statuses the markers show, with their words, for the legend. */
  readonly statusLegend: readonly ChartLegendEntry[];
}

/**
 * A block of a report section: a {@link Table}, a bar {@link Chart} or a {@link SeriesChart}.
 *
 * @example
 * // Tell them apart by `kind`:
 * const block: ReportBlock = attainmentChart(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'vi' },
 * );
 * block.kind;
 * //=> 'chart'
 */
export type ReportBlock = Table | Chart | SeriesChart;

/**
 * One section of a {@link Report}: a heading, paragraphs, and tables and charts.
 *
 * @example
 * // A section of one paragraph and no blocks:
 * const section: ReportSection = { id: 'summary', title: 'Tóm tắt', paragraphs: ['7/8 chỉ tiêu đạt và vượt kế hoạch.'], blocks: [] };
 * section.paragraphs.length;
 * //=> 1
 */
export interface ReportSection {
  /** An id for the section, unique in its report (an HTML id). */
  readonly id: string;
  /** The section's heading. */
  readonly title: string;
  /** Paragraphs written under the heading. */
  readonly paragraphs: readonly string[];
  /** The tables and charts, in order. */
  readonly blocks: readonly ReportBlock[];
}

/**
 * A labelled fact about a report, shown under its title: the plan, the area, the period, the data.
 *
 * @example
 * // The period of the plan:
 * const field: ReportField = { label: 'Kỳ kế hoạch', value: 'Năm 2024' };
 * field.value;
 * //=> 'Năm 2024'
 */
export interface ReportField {
  /** What the fact is. */
  readonly label: string;
  /** The fact, as text. */
  readonly value: string;
}

/**
 * A report as data: a title, labelled facts, notes, and sections of tables and charts, all in one
 * language. {@link planReport} builds the report of a plan assessment; {@link renderHtml} writes
 * it as one self-contained page, {@link renderMarkdown} as Markdown, {@link renderJson} as JSON.
 *
 * @example
 * // The report of the Như Xuân 2024 plan, with its scorecard section:
 * const report: Report = planReport(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'vi' },
 * );
 * [report.title, report.sections.map((section) => section.id)];
 * //=> ['Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân', ['scorecard']]
 */
export interface Report {
  /** Always `'report'`. */
  readonly kind: 'report';
  /** The language of the report: the HTML `lang` attribute and the renderers' own words. */
  readonly lang: Language;
  /** The report's title. */
  readonly title: string;
  /** Labelled facts shown under the title. */
  readonly fields: readonly ReportField[];
  /** Notes shown under the facts: caveats such as "illustrative data". */
  readonly notes: readonly string[];
  /** The sections, in order. */
  readonly sections: readonly ReportSection[];
  /** When printed, start each section after the first on a new page (a review of several parts); false unless given. */
  readonly pageBreaks?: boolean | undefined;
}

/**
 * The colour of each {@link ChartTone}, as a CSS hex colour: a dark green for exceeded (and ahead), a
 * light green for met (and on pace), vermilion for not met (and behind), a pale grey for not
 * assessable, blue for neutral bars and gold for awards. The four statuses differ in lightness (a
 * contrast ratio of 1.7 or more between any two), so that they stay apart in greyscale and for
 * readers who cannot tell red from green. The HTML page uses the same colours for its status badges.
 *
 * @example
 * // The colour of met targets:
 * chartToneColours.met;
 * //=> '#7fbf7b'
 */
export const chartToneColours: Readonly<Record<ChartTone, string>> = Object.freeze({
  exceeded: '#1b5e20',
  met: '#7fbf7b',
  'not-met': '#d55e00',
  'not-assessable': '#e3e6ea',
  ahead: '#1b5e20',
  'on-pace': '#7fbf7b',
  behind: '#d55e00',
  neutral: '#3f6fb0',
  highlight: '#d4a017',
});
