/*
 * What the renderers write at their edges, as a reader or a program sees it: the five characters
 * that XML escapes, a quote inside a CSV field, optional JSON fields absent rather than undefined,
 * Markdown without notes, facts or section titles, and chart labels that wrap (whole words on
 * lines, a word longer than a line split by characters).
 */
import { describe, expect, it } from 'vitest';
import { type Chart, type Report, attainmentChart, indicatorTrendChart, rankingCharts, renderChartSvg, renderCsv, renderHtml, renderJson, renderMarkdown, toDecimal } from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset, nhuXuanFiveYearPlan } from '../../src/datasets/nhu-xuan/index.js';
import { catalog, demo } from './demo.js';
import { awards, communeNames } from './fixtures.js';

const special = 'A & B <c> "d" \'e\'';
const escaped = 'A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;';

/** The demo plan's attainment chart in English with the given bar labels. */
function labelled(...labels: string[]): Chart {
  const chart = attainmentChart(demo, { catalog, lang: 'en' });
  return { ...chart, bars: chart.bars.map((bar, index) => ({ ...bar, label: labels[index] ?? bar.label })) };
}

function labelLines(svg: string): string[] {
  return [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" class="label"[^>]*>(.*?)<\/text>/g)].map((match) => match[1] ?? '');
}

describe('escaping', () => {
  it('writes &, <, >, " and \' as entities in a chart label, an HTML cell and a chart title', () => {
    const chart = { ...labelled('One', 'Two', special), title: special };
    const svg = renderChartSvg(chart);
    expect(labelLines(svg)[2]).toBe(escaped);
    expect(svg).toContain(`<title id="attainment-chart-title">${escaped}</title>`);
    expect(renderHtml(chart)).toContain(`<figcaption>${escaped}</figcaption>`);
  });
});

describe('wrapped chart labels', () => {
  it('puts a long label on lines of whole words, one space between them, each line after the first 14 units lower', () => {
    const svg = renderChartSvg(labelled('Tỷ lệ hộ gia đình ở khu vực nông thôn  được sử dụng nước sạch đáp ứng quy chuẩn kỹ thuật quốc gia'));
    expect(labelLines(svg)[0]).toBe('<tspan x="296">Tỷ lệ hộ gia đình ở khu vực nông thôn được sử</tspan><tspan x="296" dy="14">dụng nước sạch đáp ứng quy chuẩn kỹ thuật</tspan><tspan x="296" dy="14">quốc gia</tspan>');
  });

  it('splits a word longer than a line by characters, and keeps a short label on one line without tspans', () => {
    const svg = renderChartSvg(labelled('Short one', 'Supercalifragilisticexpialidociousandevenlongerwordthatcannotfitonanylineatallwhatsoever'));
    expect(labelLines(svg).slice(0, 2)).toEqual([
      'Short one',
      '<tspan x="296">Supercalifragilisticexpialidociousandevenlonger</tspan><tspan x="296" dy="14">wordthatcannotfitonanylineatallwhatsoever</tspan>',
    ]);
  });

  it('keeps the words of a label that starts and ends with spaces, and draws an empty label as an empty text', () => {
    const svg = renderChartSvg(labelled('  Gross   output  ', ''));
    expect(labelLines(svg).slice(0, 2)).toEqual(['Gross output', '']);
  });
});

describe('CSV quoting', () => {
  it('doubles a double quote inside a quoted field', () => {
    const chart = labelled('Say "yes"');
    const table = { kind: 'table' as const, id: 't', lang: 'en' as const, title: 'T', columns: [{ id: 'label', label: 'Label', kind: 'text' as const }], rows: [{ id: 'r', cells: { label: { value: chart.bars[0]?.label ?? '', text: 'x' } } }], notes: [] };
    expect(renderCsv(table)).toBe('label\r\n"Say ""yes"""\r\n');
  });
});

describe('optional JSON fields', () => {
  it('leaves out a cell\'s detail, a bar\'s rank and mark, and a point\'s status when they are not set (no key at all)', () => {
    const table = { kind: 'table' as const, id: 't', lang: 'en' as const, title: 'T', columns: [{ id: 'n', label: 'N', kind: 'number' as const }], rows: [{ id: 'r', cells: { n: { value: toDecimal(1), text: '1' } } }], notes: [] };
    const json = renderJson(table) as { rows: { cells: Record<string, object> }[] };
    expect(Object.keys(json.rows[0]?.cells.n ?? {})).toEqual(['value', 'text']);
    const chart = renderJson(attainmentChart(demo, { catalog, lang: 'en' })) as { bars: object[] };
    expect(Object.keys(chart.bars[0] ?? {})).toEqual(['label', 'value', 'text', 'tone', 'title']);
    const trend = renderJson(indicatorTrendChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang: 'en' })) as { series: { points: object[] }[] };
    expect(Object.keys(trend.series[1]?.points[0] ?? {})).toEqual(['value', 'text', 'title']);
  });
});

describe('Markdown at its edges', () => {
  it('writes a chart over time as its table, then the reference lines, with no notes of the table', () => {
    const trend = indicatorTrendChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang: 'en' });
    expect(renderMarkdown(trend)).toBe(
      [
        '## P2 Income per person: actual against the planned path, 2020–2025',
        '',
        "Yearly actual values of Income per person, 2020–2025, the even path from the base year to the target, and the final target; the marker's shape tells each year's pace.",
        '',
        '| Year | Actual | Planned path | Yearly milestones |',
        '| --- | ---: | ---: | ---: |',
        '| 2020 | 31.3 | 31.3 | – |',
        '| 2021 | 34.2 (Behind schedule) | 35 | 34 |',
        '| 2022 | 38 (Behind schedule) | 38.8 | 37.5 |',
        '| 2023 | 42.1 (Behind schedule) | 42.5 | 41 |',
        '| 2024 | 47.2 (Ahead of schedule) | 46.3 | 45 |',
        '| 2025 | – | 50 | 50 |',
        '',
        'Reference line: Target 2025: 50 million VND per person per year',
        '',
      ].join('\n'),
    );
  });

  it('ends a table without notes right after its last row', () => {
    const table = { kind: 'table' as const, id: 't', lang: 'en' as const, title: 'T', columns: [{ id: 'n', label: 'N', kind: 'number' as const }], rows: [{ id: 'r', cells: { n: { value: toDecimal(1), text: '1' } } }], notes: [] };
    expect(renderMarkdown(table)).toBe('## T\n\n| N |\n| ---: |\n| 1 |\n');
  });

  it('writes a report without facts, with two notes as one quote, and a section without a title without a heading', () => {
    const report: Report = {
      kind: 'report',
      lang: 'en',
      title: 'Notes only',
      fields: [],
      notes: ['First note.', 'Second note.'],
      sections: [{ id: 'plain', title: '', paragraphs: ['Text.'], blocks: [] }],
    };
    expect(renderMarkdown(report)).toBe('# Notes only\n\n> First note.\n>\n> Second note.\n\nText.\n');
    expect(renderMarkdown({ ...report, notes: [] })).toBe('# Notes only\n\nText.\n');
  });

  it('keeps the rank column when only some bars have a rank, empty for the others', () => {
    const [chart] = rankingCharts(awards, { lang: 'en', names: communeNames });
    if (chart === undefined) throw new Error('the awards make a chart');
    const partly = { ...chart, bars: chart.bars.map(({ rank, mark: _mark, ...bar }, index) => (index === 0 ? bar : { ...bar, ...(rank === undefined ? {} : { rank }) })) };
    expect(renderMarkdown(partly).split('\n').slice(4, 8)).toEqual(['| Rank | Unit | Score |', '| ---: | --- | ---: |', '|  | Yên Cát | 98.1 |', '| 2 | Bãi Trành | 95.5 |']);
  });
});
