/*
 * Reports as plain text for a terminal: tables with aligned columns (long texts wrapped), charts as
 * bars of block characters. The report domain writes Markdown, CSV, JSON and HTML; this is the CLI's
 * own default output.
 */
import type { Decimal } from '../numeric/index.js';
import type { Language } from '../format/index.js';
import { type Chart, type Report, type ReportBlock, type Table, seriesChartTable } from '../report/index.js';

/** The widest a text column may grow before its cells wrap at spaces. */
const maxTextWidth = 28;
/** The widest a number column may grow before its cells (a number and its unit) wrap at spaces. */
const maxNumberWidth = 15;
const renderWords: Readonly<Record<Language, { readonly note: string; readonly reference: string }>> = {
  vi: { note: 'Ghi chú', reference: 'Đường tham chiếu' },
  en: { note: 'Note', reference: 'Reference line' },
};

/** The length of the longest bar of a chart. */
const barWidth = 32;

/** The width of a text on a terminal: characters, not counting combining marks (NFD accents). */
function widthOf(text: string): number {
  let width = 0;
  for (const character of text) if (!/\p{M}/u.test(character)) width += 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - widthOf(text))) + text;
}

/** Wraps a text at spaces into lines of at most `width` (a longer word keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && widthOf(line) + 1 + widthOf(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * The largest of many widths, 0 for none: a loop, because `Math.max(...widths)` passes every width as
 * an argument and overflows the stack on a table of some hundred thousand rows.
 */
function largest(widths: readonly number[]): number {
  let result = 0;
  for (const width of widths) if (width > result) result = width;
  return result;
}

function underline(title: string, character: string): string[] {
  return [title, character.repeat(widthOf(title))];
}

function tableText(table: Table): string[] {
  const columns = table.columns;
  const cells = table.rows.map((row) => columns.map((column) => (row.cells[column.id]?.text ?? '').replace(/\s+/g, ' ')));
  const limits = columns.map((column) => (column.kind === 'number' ? maxNumberWidth : maxTextWidth));
  // A column is as wide as its widest cell, up to its limit, and at least as wide as its longest
  // word (heading included); longer texts and headings wrap.
  const widths = columns.map((column, index) => {
    const words = [column.label, ...cells.map((row) => row[index] ?? '')].flatMap((text) => text.split(' '));
    const widest = largest(cells.map((row) => widthOf(row[index] ?? '')));
    return Math.max(Math.min(widest, limits[index] ?? maxTextWidth), largest(words.map(widthOf)));
  });
  const lines = (texts: readonly string[]): string[] => {
    const wrapped = texts.map((text, index) => wrap(text, widths[index] ?? maxTextWidth));
    const height = largest(wrapped.map((part) => part.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((part, index) => (columns[index]?.kind === 'number' ? padStart(part[line] ?? '', widths[index] ?? 0) : padEnd(part[line] ?? '', widths[index] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
  };
  const result = [...underline(table.title, '-'), ...lines(columns.map((column) => column.label)), widths.map((width) => '-'.repeat(width)).join('  ')];
  for (const row of cells) result.push(...lines(row));
  if (table.notes.length > 0) result.push('', ...table.notes.map((note) => `* ${note}`));
  return result;
}

/** Where a value falls on the chart's scale, in characters from the start of the bar area. */
function offset(value: Decimal, chart: Chart): number {
  const { min, max } = chart.scale;
  const clipped = value.lessThan(min) ? min : value.greaterThan(max) ? max : value;
  return Math.round(clipped.minus(min).div(max.minus(min)).times(barWidth).toNumber());
}

function chartText(chart: Chart): string[] {
  const labels = chart.bars.map((bar) => (bar.rank === undefined ? bar.label : `${bar.rank}. ${bar.label}`));
  const width = largest(labels.map(widthOf));
  // Bars grow from zero, which the report's scales always include.
  const zero = offset(chart.scale.min.times(0), chart);
  const lines = [...underline(chart.title, '-')];
  chart.bars.forEach((bar, index) => {
    const cells = Array.from({ length: barWidth }, () => ' ');
    if (bar.value !== null && !bar.value.isZero()) {
      const end = offset(bar.value, chart);
      let [from, to] = end >= zero ? [zero, end] : [end, zero];
      // A value too small for one character still shows one.
      if (from === to) [from, to] = from === barWidth ? [from - 1, to] : [from, to + 1];
      cells.fill('█', from, to);
    }
    const mark = bar.mark === undefined ? '' : `  ${bar.mark}`;
    lines.push(`${padEnd(labels[index] ?? '', width)}  ${cells.join('')} ${bar.text}${mark}`.trimEnd());
  });
  if (chart.reference !== null) lines.push(`${renderWords[chart.lang].reference}: ${chart.reference.label}`);
  return lines;
}

function blockText(block: ReportBlock): string[] {
  if (block.kind === 'series-chart') return tableText(seriesChartTable(block));
  return block.kind === 'table' ? tableText(block) : chartText(block);
}

/**
 * A report, table or chart as plain text: the title underlined, the facts as `label: value` lines,
 * the notes, then each section's heading, paragraphs, tables (columns aligned, numbers to the right,
 * long texts wrapped) and charts (a bar of `█` per category, with its value written after it).
 */
export function renderText(value: Report | Table | Chart): string {
  if (value.kind !== 'report') return `${blockText(value).join('\n')}\n`;
  const lines = underline(value.title, '=');
  if (value.fields.length > 0) {
    const width = largest(value.fields.map((field) => widthOf(field.label)));
    lines.push('', ...value.fields.map((field) => `${padEnd(`${field.label}:`, width + 1)} ${field.value}`));
  }
  if (value.notes.length > 0) lines.push('', ...value.notes.map((note) => `${renderWords[value.lang].note}: ${note}`));
  for (const section of value.sections) {
    if (section.title !== '') lines.push('', '', ...underline(section.title.toUpperCase(), '='));
    for (const paragraph of section.paragraphs) lines.push('', paragraph);
    for (const block of section.blocks) {
      lines.push('');
      // One push per line: a spread of a table of 100,000 rows would overflow the stack.
      for (const line of blockText(block)) lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}
