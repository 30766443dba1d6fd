import { checkRenderable } from './check.js';
import { machineValue } from './csv.js';
import type { Chart, ChartBar, Report, ReportBlock, SeriesChart, Table, TableCell } from './model.js';

/**
 * A value that `JSON.stringify` writes as it is: strings, finite numbers, booleans, `null`, arrays
 * and plain objects of these.
 *
 * @example
 * // Any JSON value:
 * const value: JsonValue = { ratio: '100.5', notes: ['illustrative'], illustrative: true };
 * JSON.stringify(value);
 * //=> '{"ratio":"100.5","notes":["illustrative"],"illustrative":true}'
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function cellJson(cell: TableCell): JsonValue {
  return { value: machineValue(cell.value), text: cell.text, ...(cell.detail === undefined ? {} : { detail: cell.detail }) };
}

/** The fields every block starts with. */
function blockHeader(block: ReportBlock): Readonly<Record<string, JsonValue>> {
  return { kind: block.kind, id: block.id, lang: block.lang, title: block.title };
}

function tableJson(table: Table): JsonValue {
  return {
    ...blockHeader(table),
    columns: table.columns.map((column) => ({ id: column.id, label: column.label, kind: column.kind })),
    rows: table.rows.map((row) => ({
      id: row.id,
      cells: Object.fromEntries(table.columns.flatMap((column) => {
        const cell = row.cells[column.id];
        // Stryker disable next-line ArrayDeclaration: never reached, checkRenderable refuses a row without a cell for every column
        if (cell === undefined) return [];
        return [[column.id, cellJson(cell)]];
      })),
    })),
    notes: [...table.notes],
  };
}

function barJson(bar: ChartBar): JsonValue {
  return {
    label: bar.label,
    value: machineValue(bar.value),
    text: bar.text,
    tone: bar.tone,
    ...(bar.rank === undefined ? {} : { rank: bar.rank }),
    ...(bar.mark === undefined ? {} : { mark: bar.mark }),
    title: bar.title,
  };
}

function chartJson(chart: Chart): JsonValue {
  return {
    ...blockHeader(chart),
    description: chart.description,
    orientation: chart.orientation,
    categoryLabel: chart.categoryLabel,
    valueLabel: chart.valueLabel,
    bars: chart.bars.map(barJson),
    scale: {
      min: machineValue(chart.scale.min),
      max: machineValue(chart.scale.max),
      ticks: chart.scale.ticks.map((tick) => ({ value: machineValue(tick.value), text: tick.text })),
    },
    reference: chart.reference === null ? null : { value: machineValue(chart.reference.value), label: chart.reference.label },
    legend: chart.legend.map((entry) => ({ tone: entry.tone, label: entry.label })),
  };
}

function seriesChartJson(chart: SeriesChart): JsonValue {
  return {
    ...blockHeader(chart),
    description: chart.description,
    type: chart.type,
    ...(chart.stacked === undefined ? {} : { stacked: chart.stacked }),
    categoryLabel: chart.categoryLabel,
    valueLabel: chart.valueLabel,
    categories: [...chart.categories],
    series: chart.series.map((series) => ({
      id: series.id,
      label: series.label,
      role: series.role,
      points: series.points.map((point) => ({
        value: machineValue(point.value),
        text: point.text,
        ...(point.status === undefined ? {} : { status: point.status }),
        title: point.title,
      })),
    })),
    scale: {
      min: machineValue(chart.scale.min),
      max: machineValue(chart.scale.max),
      ticks: chart.scale.ticks.map((tick) => ({ value: machineValue(tick.value), text: tick.text })),
    },
    references: chart.references.map((reference) => ({ value: machineValue(reference.value), label: reference.label })),
    statusLegend: chart.statusLegend.map((entry) => ({ tone: entry.tone, label: entry.label })),
  };
}

function blockJson(block: ReportBlock): JsonValue {
  if (block.kind === 'series-chart') return seriesChartJson(block);
  return block.kind === 'table' ? tableJson(block) : chartJson(block);
}

/**
 * Turns a report, a table or a chart into a JSON-ready value, for `JSON.stringify`, an API response
 * or a file: the same structure as the value, with every Decimal written as a string in machine form
 * (`"100.5580357142857142857"`, a `.` and every digit, so that no precision is lost on the way
 * through JSON's binary numbers), each table cell as `{ value, text }` (and `detail` when it has one),
 * and `null` where there is no value.
 *
 * @param value - the report, table or chart
 * @returns the JSON-ready value
 * @throws {@link PlanningError} `invalid-input` listing every problem of a malformed table, chart or
 * report; `invalid-argument` for a value that is none of the three
 *
 * @example
 * // The first row of the Như Xuân 2024 scorecard, as JSON:
 * const json = renderJson(scorecardTable(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'en' },
 * )) as { rows: { cells: Record<string, { value: string | null; text: string }> }[] };
 * [json.rows[0]?.cells.actual, json.rows[0]?.cells.status];
 * //=> [{ value: '6.171875', text: '6.17%', detail: 'A = 5,436 billion VND (2024, estimate); B = 5,120 billion VND (2023, official)' }, { value: 'exceeded', text: 'Exceeded' }]
 */
export function renderJson(value: Report | Table | Chart | SeriesChart): JsonValue {
  checkRenderable(value, 'renderJson');
  if (value.kind !== 'report') return blockJson(value);
  return {
    kind: 'report',
    lang: value.lang,
    title: value.title,
    fields: value.fields.map((field) => ({ label: field.label, value: field.value })),
    notes: [...value.notes],
    ...(value.pageBreaks === undefined ? {} : { pageBreaks: value.pageBreaks }),
    sections: value.sections.map((section) => ({
      id: section.id,
      title: section.title,
      paragraphs: [...section.paragraphs],
      blocks: section.blocks.map(blockJson),
    })),
  };
}
