import type { Language } from '../format/index.js';
import { checkRenderable } from './check.js';
import type { Chart, Report, ReportBlock, SeriesChart, Table } from './model.js';
import { seriesChartTable } from './series-table.js';

const words: Readonly<Record<Language, { readonly rank: string; readonly note: string; readonly reference: string }>> = {
  vi: { rank: 'Hạng', note: 'Ghi chú', reference: 'Đường tham chiếu' },
  en: { rank: 'Rank', note: 'Note', reference: 'Reference line' },
};

/**
 * Escapes the characters that would start Markdown formatting inside a line (emphasis, code, links,
 * HTML, tables, strike-through, entities) with a backslash, and turns line breaks into spaces.
 * Other punctuation is left alone so that the source stays readable.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function gridMarkdown(headers: readonly string[], numeric: readonly boolean[], rows: readonly (readonly string[])[]): string[] {
  return [
    row(headers.map(escapeMarkdown)),
    row(numeric.map((isNumber) => (isNumber ? '---:' : '---'))),
    ...rows.map((cells) => row(cells.map(escapeMarkdown))),
  ];
}

function tableMarkdown(table: Table, heading: string): string[] {
  const lines = [`${heading} ${escapeMarkdown(table.title)}`, ''];
  lines.push(
    ...gridMarkdown(
      table.columns.map((column) => column.label),
      table.columns.map((column) => column.kind === 'number'),
      // Stryker disable next-line OptionalChaining,StringLiteral: never reached, checkRenderable refuses a row without a cell for every column
      table.rows.map((tableRow) => table.columns.map((column) => tableRow.cells[column.id]?.text ?? '')),
    ),
  );
  if (table.notes.length > 0) lines.push('', ...table.notes.map((note) => `- ${escapeMarkdown(note)}`));
  return lines;
}

function chartMarkdown(chart: Chart, heading: string): string[] {
  const text = words[chart.lang];
  const ranks = chart.bars.some((bar) => bar.rank !== undefined);
  const marks = chart.bars.some((bar) => bar.mark !== undefined);
  const headers = [...(ranks ? [text.rank] : []), chart.categoryLabel, chart.valueLabel, ...(marks ? [text.note] : [])];
  const numeric = [...(ranks ? [true] : []), false, true, ...(marks ? [false] : [])];
  const rows = chart.bars.map((bar) => [...(ranks ? [bar.rank ?? ''] : []), bar.label, bar.text, ...(marks ? [bar.mark ?? ''] : [])]);
  const lines = [`${heading} ${escapeMarkdown(chart.title)}`, '', escapeMarkdown(chart.description), '', ...gridMarkdown(headers, numeric, rows)];
  if (chart.reference !== null) lines.push('', `${text.reference}: ${escapeMarkdown(chart.reference.label)}`);
  return lines;
}

function seriesChartMarkdown(chart: SeriesChart, heading: string): string[] {
  const table = seriesChartTable(chart);
  const lines = tableMarkdown({ ...table, notes: [] }, heading);
  lines.splice(2, 0, escapeMarkdown(chart.description), '');
  for (const reference of chart.references) lines.push('', `${words[chart.lang].reference}: ${escapeMarkdown(reference.label)}`);
  return lines;
}

function blockMarkdown(block: ReportBlock, heading: string): string[] {
  if (block.kind === 'series-chart') return seriesChartMarkdown(block, heading);
  return block.kind === 'table' ? tableMarkdown(block, heading) : chartMarkdown(block, heading);
}

function reportMarkdown(report: Report): string[] {
  const lines = [`# ${escapeMarkdown(report.title)}`];
  if (report.fields.length > 0) lines.push('', ...report.fields.map((field) => `- **${escapeMarkdown(field.label)}:** ${escapeMarkdown(field.value)}`));
  if (report.notes.length > 0) lines.push('', report.notes.map((note) => `> ${escapeMarkdown(note)}`).join('\n>\n'));
  for (const section of report.sections) {
    if (section.title !== '') lines.push('', `## ${escapeMarkdown(section.title)}`);
    for (const paragraph of section.paragraphs) lines.push('', escapeMarkdown(paragraph));
    for (const block of section.blocks) lines.push('', ...blockMarkdown(block, '###'));
  }
  return lines;
}

/**
 * Writes a report, a table or a chart as GitHub-flavoured Markdown. A report becomes its title (`#`),
 * its facts as a list, its notes as a quotation, and each section (`##`) with its paragraphs and
 * blocks (`###`); a series chart becomes its description and the table of its points
 * ({@link seriesChartTable}) with its reference lines; a table becomes a pipe table of the cells' formatted text (number columns
 * right-aligned) followed by its notes as a list; a chart, which Markdown cannot draw, becomes its
 * description and a table of its bars (rank, label, value, mark) and its reference line. Characters
 * that would start Markdown formatting are escaped with a backslash; line breaks inside a text become
 * spaces. The text ends with a line break.
 *
 * @param value - the report, table or chart
 * @returns the Markdown text
 * @throws {@link PlanningError} `invalid-input` listing every problem of a malformed table, chart or
 * report; `invalid-argument` for a value that is none of the three
 *
 * @example
 * // A small table:
 * renderMarkdown({
 *   kind: 'table', id: 'revenue', lang: 'vi', title: 'Thu ngân sách',
 *   columns: [{ id: 'year', label: 'Năm', kind: 'text' }, { id: 'value', label: 'Tỷ đồng', kind: 'number' }],
 *   rows: [{ id: '2024', cells: { year: { value: '2024', text: '2024' }, value: { value: toDecimal('672.8'), text: '672,8' } } }],
 *   notes: ['Số ước tính.'],
 * });
 * //=> '## Thu ngân sách\n\n| Năm | Tỷ đồng |\n| --- | ---: |\n| 2024 | 672,8 |\n\n- Số ước tính.\n'
 */
export function renderMarkdown(value: Report | Table | Chart | SeriesChart): string {
  checkRenderable(value, 'renderMarkdown');
  const lines = value.kind === 'report' ? reportMarkdown(value) : blockMarkdown(value, '##');
  return `${lines.join('\n')}\n`;
}
