/* The checks of hand-built blocks and reports (src/report/check.ts): every problem a user can make, with its path and message. */
import { describe, expect, it } from 'vitest';
import { type Chart, type Report, type SeriesChart, type Table, economicSectors, rankingTable, renderChartSvg, renderCsv, renderJson, seriesChartTable, structureChart, toDecimal } from '../../src/index.js';
import { nhuXuanReviewCatalog as catalog, nhuXuanReviewDataset as dataset } from '../../src/datasets/nhu-xuan/index.js';
import { caught, expectFailure, issueLines } from '../helpers.js';
import { awards } from './fixtures.js';

function seriesChart(): SeriesChart {
  return structureChart(dataset, { catalog, lang: 'en', indicator: 'PRODUCTION_VALUE_CURRENT', area: '402', dimension: 'sector', parts: economicSectors, from: 2023, to: 2024 });
}

function barChart(): Chart {
  return {
    kind: 'chart', id: 'bars', lang: 'en', title: 'T', description: 'D', categoryLabel: 'C', valueLabel: 'V', orientation: 'vertical',
    scale: { min: toDecimal(0), max: toDecimal(10), ticks: [{ value: toDecimal(0), text: '0' }] },
    reference: { value: toDecimal(5), label: 'Target' },
    bars: [{ label: 'A', value: toDecimal(3), text: '3', tone: 'met', title: 'A: 3' }],
    legend: [{ tone: 'reference', label: 'Target' }],
  } as unknown as Chart;
}

function problems(action: () => unknown): { message: string; lines: string[] } {
  const error = caught(action);
  expect(error.code).toBe('invalid-input');
  return { message: error.message.slice(0, error.message.indexOf('\n')), lines: issueLines(error.issues) };
}

describe('checks of a series chart', () => {
  it('accepts the chart as built, and renders it', () => {
    expect(seriesChartTable(seriesChart()).rows.map((row) => row.id)).toHaveLength(2);
    expect(renderChartSvg(seriesChart())).toContain('<svg');
  });

  it('names a bad type, stacking, scale, reference, legend, repeated or empty series ids, roles and statuses', () => {
    const chart = seriesChart();
    const [first, second, third] = chart.series;
    const broken = {
      ...chart,
      type: 'pie',
      stacked: 'yes',
      scale: { min: toDecimal(5), max: toDecimal(5), ticks: [{ value: 1, text: 2 }] },
      references: [{ value: null, label: 'x' }],
      statusLegend: [{ tone: 'blue', label: 'B' }],
      series: [
        { ...first, id: '' },
        { ...second, id: 'industry', role: 'plan' },
        { ...third, id: 'industry', points: [{ ...third?.points[0], status: 'late' }, { ...third?.points[1], title: undefined }] },
      ],
    } as unknown as SeriesChart;
    const { message, lines } = problems(() => seriesChartTable(broken));
    expect(message).toBe('seriesChartTable: invalid series-chart: 12 problems');
    expect(lines).toEqual([
      "type: expected 'line' or 'bars'; got \"pie\"",
      'stacked: expected true, false or nothing; got "yes"',
      "scale.max: the scale's max must be greater than its min; got min 5 and max 5",
      'scale.ticks[0].value: expected a Decimal (use toDecimal); got number 1',
      'scale.ticks[0].text: expected a string; got number 2',
      'references[0].value: expected a Decimal (use toDecimal); got null',
      'statusLegend[0].tone: expected a tone, one of exceeded, met, not-met, not-assessable, ahead, on-pace, behind, neutral, highlight or reference; got "blue"',
      'series[0].id: expected a non-empty series id; got ""',
      "series[1].role: expected a role 'actual', 'target' or 'series'; got \"plan\"",
      'series[2].id: series id "industry" is used twice',
      'series[2].points[0].status: expected a status, one of exceeded, met, not-met, not-assessable, ahead, on-pace, behind; got "late"',
      'series[2].points[1].title: expected a string; got undefined',
    ]);
  });

  it('refuses a chart without series, and series, points and legends that are not objects', () => {
    expect(problems(() => seriesChartTable({ ...seriesChart(), series: [] })).lines).toEqual(['series: expected one series or more; got none']);
    const odd = { ...seriesChart(), categories: 'x', references: {}, statusLegend: [7], series: [true, { id: 'a', label: 'A', role: 'series', points: [3] }] } as unknown as SeriesChart;
    expect(problems(() => seriesChartTable(odd)).lines).toEqual([
      'categories: expected an array of strings; got "x"',
      'references: expected an array of reference lines; got an object',
      'statusLegend[0]: expected a legend entry { tone, label }; got number 7',
      'series[0]: expected a series { id, label, role, points }; got boolean true',
      'series[1].points: expected one point per category (0); got 1',
      'series[1].points[0]: expected a point { value, text, title }; got number 3',
    ]);
  });
});

describe('checks of a bar chart', () => {
  it('accepts the chart as built, and says which kinds it accepts', () => {
    expect(renderChartSvg(barChart())).toContain('<svg');
    const error = caught(() => renderChartSvg({ kind: 'table' } as unknown as Chart));
    expect([error.code, error.message]).toEqual(['invalid-argument', 'renderChartSvg: expected a chart or a series-chart; got an object of kind "table"']);
  });

  it('names a bad orientation, scale, reference, bar fields and legend entries', () => {
    const chart = barChart();
    const broken = {
      ...chart,
      orientation: 'diagonal',
      scale: { min: 0, max: toDecimal(1), ticks: [5] },
      reference: { value: toDecimal(1), label: 3 },
      bars: [{ label: 'A', value: toDecimal(1), text: '1', title: 'A', tone: 'reference', rank: 1, mark: false }, 'B'],
      legend: [{ tone: 'met', label: null }, 1n],
    } as unknown as Chart;
    const { message, lines } = problems(() => renderChartSvg(broken));
    expect(message).toBe('renderChartSvg: invalid chart: 10 problems');
    expect(lines).toEqual([
      "orientation: expected 'horizontal' or 'vertical'; got \"diagonal\"",
      'scale.min: expected a Decimal (use toDecimal); got number 0',
      'scale.ticks[0]: expected a tick { value, text }; got number 5',
      'reference.label: expected a string; got number 3',
      'bars[0].tone: expected a tone, one of exceeded, met, not-met, not-assessable, ahead, on-pace, behind, neutral, highlight; got "reference"',
      'bars[0].rank: expected a string; got number 1',
      'bars[0].mark: expected a string; got boolean false',
      'bars[1]: expected a bar { label, value, text, tone, title }; got "B"',
      'legend[0].label: expected a string; got null',
      'legend[1]: expected a legend entry { tone, label }; got bigint 1',
    ]);
  });

  it('refuses a reference that is not an object and a scale that is missing', () => {
    const broken = { ...barChart(), reference: 'none', scale: undefined } as unknown as Chart;
    expect(problems(() => renderChartSvg(broken)).lines).toEqual([
      'scale: expected a scale { min, max, ticks }; got undefined',
      'reference: expected null or a reference line { value, label }; got "none"',
    ]);
  });
});

describe('checks of a table and a report', () => {
  it('names an empty column id, a row that is not an object and cells that are not an object', () => {
    const table = {
      kind: 'table', id: 't', lang: 'en', title: 'T', notes: [],
      columns: [{ id: '', label: 'X', kind: 'text' }, 'column'],
      rows: [null, { id: 'r', cells: [] }, { id: 'q', cells: { } }],
    } as unknown as Table;
    expect(problems(() => renderCsv(table)).lines).toEqual([
      'columns[0].id: expected a non-empty column id; got ""',
      'columns[1]: expected a column { id, label, kind }; got "column"',
      'rows[0]: expected a row { id, cells }; got null',
      'rows[1].cells: expected an object of cells keyed by column id; got an array',
    ]);
  });

  it('names a bad page-break flag, fields and sections that are not objects, and a block of an unknown kind', () => {
    const report = {
      kind: 'report', lang: 'en', title: 'R', notes: [], pageBreaks: 'yes',
      fields: [{ label: 'Area', value: 'Như Xuân' }, () => 1],
      sections: [4, { id: 's', title: 'S', paragraphs: [], blocks: [{ kind: 'image', id: 'i' }, 'table'] }],
    } as unknown as Report;
    const { message, lines } = problems(() => renderJson(report));
    expect(message).toBe('renderJson: invalid report: 5 problems');
    expect(lines).toEqual([
      'pageBreaks: expected true, false or nothing; got "yes"',
      'fields[1]: expected a field { label, value }; got a function',
      'sections[0]: expected a section { id, title, paragraphs, blocks }; got number 4',
      "sections[1].blocks[0].kind: expected a block of kind 'table', 'chart' or 'series-chart'; got \"image\"",
      'sections[1].blocks[1]: expected a table or a chart; got "table"',
    ]);
    expect(renderJson({ ...report, pageBreaks: true, fields: [], sections: [] })).toMatchObject({ kind: 'report', pageBreaks: true });
  });
});

describe('the count of problems and the decimal places of a report\'s figures', () => {
  it('says "1 problem" for one, with its path', () => {
    const table = { kind: 'table', id: 't', lang: 'en', title: 'T', notes: [], columns: [{ id: 'a', label: 'A', kind: 'text' }], rows: [{ id: 'r', cells: { a: { value: 'x', text: 'x', detail: 1 } } }] } as unknown as Table;
    const error = caught(() => renderCsv(table));
    expect([error.code, error.message]).toEqual(['invalid-input', 'renderCsv: invalid table: 1 problem\n- rows[0].cells.a.detail: expected a string; got number 1']);
  });

  it('accepts 0 to 20 decimal places and refuses 21, a fraction, a negative number and a number written as text', () => {
    expect(rankingTable(awards, { lang: 'en', digits: 0 }).rows[0]?.cells.score?.text).toBe('98');
    // The score is 98.1 exactly: twenty places write it as it is.
    expect(rankingTable(awards, { lang: 'en', digits: 20 }).rows[0]?.cells.score?.text).toBe('98.1');
    for (const [digits, got] of [[21, 'number 21'], [-1, 'number -1'], [0.5, 'number 0.5'], ['2', '"2"']] as const) {
      expectFailure(() => rankingTable(awards, { lang: 'en', digits: digits as number }), 'invalid-argument', `rankingTable: digits must be an integer from 0 to 20 (decimal places of the scores); got ${got}`);
    }
  });
});

describe('ids, scales, column kinds and the report-wide checks at their edges', () => {
  const table = (id: unknown, columns: unknown[] = [{ id: 'a', label: 'A', kind: 'text' }], cells: unknown = { a: { value: 'x', text: 'x' } }): Table =>
    ({ kind: 'table', id, lang: 'en', title: 'T', notes: [], columns, rows: [{ id: 'r', cells }] }) as unknown as Table;
  const idProblem = (got: string): string => `id: expected an id of a letter followed by letters, digits, "_", "." or "-" (such as "scorecard-table"); got ${got}`;

  it('accepts an id of one letter and one of every allowed character, and refuses an id that starts with a digit or holds a space, a slash or a letter outside A-Z', () => {
    expect(renderCsv(table('A'))).toBe('a\r\nx\r\n');
    expect(renderCsv(table('Ke_hoach.2025-b'))).toBe('a\r\nx\r\n');
    for (const [id, got] of [['9x', '"9x"'], ['x y', '"x y"'], ['x/', '"x/"'], ['', '""'], ['đ', '"đ"'], [7, 'number 7']] as const) {
      expect(problems(() => renderCsv(table(id))).lines).toEqual([idProblem(got)]);
    }
  });

  it('checks a cell of a column whose kind is not text as text, a status cell as text and a number cell as a Decimal', () => {
    const columns = [
      { id: 'odd', label: 'Odd', kind: 3 },
      { id: 'status', label: 'Status', kind: 'status' },
      { id: 'amount', label: 'Amount', kind: 'number' },
    ];
    const cells = { odd: { value: toDecimal(1), text: '1' }, status: { value: toDecimal(2), text: '2' }, amount: { value: '3', text: '3' } };
    expect(problems(() => renderCsv(table('t', columns, cells))).lines).toEqual([
      "columns[0].kind: expected a column kind: 'text', 'number' or 'status'; got number 3",
      'rows[0].cells.odd.value: a text column holds a string or null; got an object',
      'rows[0].cells.status.value: a status column holds a string or null; got an object',
      'rows[0].cells.amount.value: expected a Decimal (use toDecimal) or null; got "3"',
    ]);
  });

  it("compares a bar chart's scale only when both ends are Decimals, and refuses a max below its min", () => {
    const chart = barChart();
    const withScale = (min: unknown, max: unknown): Chart => ({ ...chart, scale: { min, max, ticks: [] } }) as unknown as Chart;
    expect(problems(() => renderChartSvg(withScale(toDecimal(0), 10))).lines).toEqual(['scale.max: expected a Decimal (use toDecimal); got number 10']);
    expect(problems(() => renderChartSvg(withScale(5, toDecimal(1)))).lines).toEqual(['scale.min: expected a Decimal (use toDecimal); got number 5']);
    expect(problems(() => renderChartSvg(withScale(toDecimal(6), toDecimal(5)))).lines).toEqual(["scale.max: the scale's max must be greater than its min; got min 6 and max 5"]);
    expect(renderChartSvg({ ...chart, reference: null })).toContain('<svg');
  });

  it("compares a series chart's scale only when both ends are Decimals", () => {
    const chart = seriesChart();
    const withScale = (min: unknown, max: unknown): SeriesChart => ({ ...chart, scale: { min, max, ticks: [] } }) as unknown as SeriesChart;
    expect(problems(() => seriesChartTable(withScale(toDecimal(0), -10))).lines).toEqual(['scale.max: expected a Decimal (use toDecimal); got number -10']);
    expect(problems(() => seriesChartTable(withScale(5, toDecimal(1)))).lines).toEqual(['scale.min: expected a Decimal (use toDecimal); got number 5']);
  });

  it('says only that series or points are not a list when they are not, without counting them', () => {
    const chart = seriesChart();
    expect(problems(() => seriesChartTable({ ...chart, series: 'all' } as unknown as SeriesChart)).lines).toEqual(['series: expected an array of series; got "all"']);
    const [first] = chart.series;
    expect(problems(() => seriesChartTable({ ...chart, series: [{ ...first, points: null }] } as unknown as SeriesChart)).lines).toEqual([
      'series[0].points: expected an array of points; got null',
    ]);
  });

  it('names sections without an id once each, never as a repeated id, and a block in a language that is neither only by its own check', () => {
    const block = { ...table('t'), lang: 'fr' };
    const report = {
      kind: 'report', lang: 'en', title: 'R', notes: [], fields: [],
      sections: [{ title: 'A', paragraphs: [], blocks: [] }, { title: 'B', paragraphs: [], blocks: [block] }],
    } as unknown as Report;
    expect(problems(() => renderJson(report)).lines).toEqual([
      'sections[0].id: expected an id of a letter followed by letters, digits, "_", "." or "-" (such as "scorecard-table"); got undefined',
      'sections[1].id: expected an id of a letter followed by letters, digits, "_", "." or "-" (such as "scorecard-table"); got undefined',
      "sections[1].blocks[0].lang: expected 'vi' or 'en'; got \"fr\"",
    ]);
  });
});

describe('lists that are not lists, and items that are not objects, wherever they are', () => {
  it('names the columns and rows of a table that are not arrays', () => {
    const table = { kind: 'table', id: 't', lang: 'en', title: 'T', notes: 'none', columns: 'a', rows: 3 } as unknown as Table;
    expect(problems(() => renderCsv(table)).lines).toEqual([
      'notes: expected an array of strings; got "none"',
      'columns: expected an array of columns; got "a"',
      'rows: expected an array of rows; got number 3',
    ]);
  });

  it("names a bar chart's bars, legend and ticks that are not arrays", () => {
    const chart = barChart();
    const broken = { ...chart, scale: { ...chart.scale, ticks: null }, bars: {}, legend: 'met' } as unknown as Chart;
    expect(problems(() => renderChartSvg(broken)).lines).toEqual([
      'scale.ticks: expected an array of ticks; got null',
      'bars: expected an array of bars; got an object',
      'legend: expected an array of legend entries; got "met"',
    ]);
  });

  it("names a series chart's missing scale, and ticks and reference lines that are not objects", () => {
    const chart = seriesChart();
    expect(problems(() => seriesChartTable({ ...chart, scale: undefined } as unknown as SeriesChart)).lines).toEqual(['scale: expected a scale { min, max, ticks }; got undefined']);
    const broken = { ...chart, scale: { ...chart.scale, ticks: [0] }, references: ['target'] } as unknown as SeriesChart;
    expect(problems(() => seriesChartTable(broken)).lines).toEqual([
      'scale.ticks[0]: expected a tick { value, text }; got number 0',
      'references[0]: expected a reference line { value, label }; got "target"',
    ]);
    expect(problems(() => seriesChartTable({ ...chart, scale: { ...chart.scale, ticks: 'auto' } } as unknown as SeriesChart)).lines).toEqual(['scale.ticks: expected an array of ticks; got "auto"']);
  });

  it("names a report's fields, sections, paragraphs and blocks that are not arrays", () => {
    const report = {
      kind: 'report', lang: 'en', title: 'R', notes: [], fields: 'Area',
      sections: [{ id: 's', title: 'S', paragraphs: 'text', blocks: 'table' }],
    } as unknown as Report;
    expect(problems(() => renderJson(report)).lines).toEqual([
      'fields: expected an array of fields { label, value }; got "Area"',
      'sections[0].paragraphs: expected an array of strings; got "text"',
      'sections[0].blocks: expected an array of tables and charts; got "table"',
    ]);
    expect(problems(() => renderJson({ ...report, fields: [], sections: null } as unknown as Report)).lines).toEqual(['sections: expected an array of sections; got null']);
  });
});

describe('the path of every field a check names', () => {
  it('names the fields of a table, a bar chart and a report by their paths', () => {
    const table = { kind: 'table', id: 't', lang: 'en', title: 5, notes: [1], columns: [{ id: 7, label: 5, kind: 'text' }, { id: 'a', label: 'A', kind: 'text' }], rows: [{ id: 5, cells: { a: { value: 'x', text: 5 } } }] } as unknown as Table;
    expect(problems(() => renderCsv(table)).lines).toEqual([
      'title: expected a string; got number 5',
      'notes[0]: expected a string; got number 1',
      'columns[0].label: expected a string; got number 5',
      'columns[0].id: expected a non-empty column id; got number 7',
      'rows[0].id: expected a string; got number 5',
      'rows[0].cells.a.text: expected a string; got number 5',
    ]);
    const chart = {
      ...barChart(), title: 1, description: 2, categoryLabel: 3, valueLabel: 4,
      scale: { min: toDecimal(0), max: toDecimal(1), ticks: [{ value: null, text: 5 }] }, reference: { value: null, label: 'T' },
      bars: [{ label: 1, value: toDecimal(1), text: 2, tone: 'met', title: 3 }], legend: [{ tone: 'met', label: 5 }],
    } as unknown as Chart;
    expect(problems(() => renderChartSvg(chart)).lines).toEqual([
      'title: expected a string; got number 1',
      'description: expected a string; got number 2',
      'categoryLabel: expected a string; got number 3',
      'valueLabel: expected a string; got number 4',
      'scale.ticks[0].value: expected a Decimal (use toDecimal); got null',
      'scale.ticks[0].text: expected a string; got number 5',
      'reference.value: expected a Decimal (use toDecimal); got null',
      'bars[0].label: expected a string; got number 1',
      'bars[0].text: expected a string; got number 2',
      'bars[0].title: expected a string; got number 3',
      'legend[0].label: expected a string; got number 5',
    ]);
    const report = {
      kind: 'report', lang: 'fr', title: 5, notes: [], fields: [{ label: 5, value: 'x' }],
      sections: [{ id: 's', title: 5, paragraphs: [], blocks: [] }],
    } as unknown as Report;
    expect(problems(() => renderJson(report)).lines).toEqual([
      "lang: expected 'vi' or 'en'; got \"fr\"",
      'title: expected a string; got number 5',
      'fields[0].label: expected a string; got number 5',
      'sections[0].title: expected a string; got number 5',
    ]);
  });

  it('names the fields of a series chart by their paths, and a Vietnamese block in an English report', () => {
    const chart = seriesChart();
    const [first] = chart.series;
    const broken = {
      ...chart, id: '', lang: 'de', title: 1, statusLegend: [{ tone: 'met', label: 2 }],
      series: [{ ...first, label: 3, points: first?.points.map((point, index) => (index === 0 ? { ...point, text: 4 } : point)) }],
    } as unknown as SeriesChart;
    expect(problems(() => seriesChartTable(broken)).lines).toEqual([
      'id: expected an id of a letter followed by letters, digits, "_", "." or "-" (such as "scorecard-table"); got ""',
      "lang: expected 'vi' or 'en'; got \"de\"",
      'title: expected a string; got number 1',
      'statusLegend[0].label: expected a string; got number 2',
      'series[0].label: expected a string; got number 3',
      'series[0].points[0].text: expected a string; got number 4',
    ]);
    const report = { kind: 'report', lang: 'en', title: 'R', notes: [], fields: [], sections: [{ id: 's', title: 'S', paragraphs: [], blocks: [{ ...chart, lang: 'vi' }] }] } as unknown as Report;
    expect(problems(() => renderJson(report)).lines).toEqual(['sections[0].blocks[0].lang: the block is in "vi" but the report is in "en"; build every block in the report\'s language']);
  });
});
