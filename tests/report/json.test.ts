/*
 * The JSON form of reports, charts and charts over time, as a program reads it: every field named,
 * decimals as strings in machine form, optional fields (a rank, a mark, a status, page breaks)
 * present exactly when they are set.
 */
import { describe, expect, it } from 'vitest';
import { indicatorTrendChart, planReport, rankingCharts, renderJson } from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset, nhuXuanFiveYearPlan } from '../../src/datasets/nhu-xuan/index.js';
import { awards, communeNames } from './fixtures.js';
import { catalog, demo } from './demo.js';

type Json = Record<string, unknown>;

describe('renderJson of a report', () => {
  it('writes the title, facts, notes and sections, each block in its own form, and the page breaks when set', () => {
    const report = planReport(demo, { catalog, lang: 'en' });
    const json = renderJson({ ...report, pageBreaks: true }) as Json & { sections: (Json & { blocks: Json[] })[] };
    expect({ ...json, sections: json.sections.map((section) => ({ ...section, blocks: section.blocks.map((block) => `${String(block.kind)}:${String(block.id)}`) })) }).toEqual({
      kind: 'report',
      lang: 'en',
      title: 'Demo plan 2024',
      fields: [
        { label: 'Plan period', value: '2024' },
        { label: 'Area', value: '402' },
        { label: 'Document', value: 'Nghị quyết số 01/NQ-HĐND' },
        { label: 'Result', value: '1 of 3 targets met or exceeded' },
      ],
      notes: ['Illustrative plan, not an official document.'],
      pageBreaks: true,
      sections: [
        {
          id: 'scorecard',
          title: 'Plan assessment',
          paragraphs: ['1 of 3 targets met or exceeded (1 exceeded, 0 met, 1 not met, 1 not assessable).'],
          blocks: ['table:scorecard-table', 'chart:scorecard-chart'],
        },
      ],
    });
    expect(renderJson(report)).not.toHaveProperty('pageBreaks');
    expect((renderJson({ ...report, pageBreaks: false }) as Json).pageBreaks).toBe(false);
  });
});

describe('renderJson of a ranking chart', () => {
  it('gives a bar its rank, and its mark only when it has an award', () => {
    const [chart] = rankingCharts(awards, { lang: 'en', names: communeNames });
    if (chart === undefined) throw new Error('the awards make a chart');
    const json = renderJson(chart) as Json & { bars: Json[] };
    expect({ ...json, bars: json.bars.slice(3, 5) }).toEqual({
      kind: 'chart',
      id: 'ranking-chart-A',
      lang: 'en',
      title: 'Ranking chart, cluster A',
      description: 'Scores and ranks of 8 units in cluster A; ★ marks an award.',
      orientation: 'horizontal',
      categoryLabel: 'Unit',
      valueLabel: 'Score',
      bars: [
        { label: 'Xuân Hòa', value: '89.5', text: '89.5', tone: 'highlight', rank: '4', mark: '★ Second', title: '4. Xuân Hòa: 89.5 (Second)' },
        { label: 'Hóa Quỳ', value: '86.6', text: '86.6', tone: 'neutral', rank: '5', title: '5. Hóa Quỳ: 86.6' },
      ],
      scale: {
        min: '0',
        max: '100',
        ticks: ['0', '20', '40', '60', '80', '100'].map((value) => ({ value, text: value })),
      },
      reference: null,
      legend: [
        { tone: 'highlight', label: 'Awarded' },
        { tone: 'neutral', label: 'No award' },
      ],
    });
  });
});

describe('renderJson of a chart over time', () => {
  it('writes the categories, every series with its points (a status only where the pace was judged), the scale, the reference lines and the status legend', () => {
    const chart = indicatorTrendChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang: 'en' });
    const json = renderJson(chart) as Json & { series: (Json & { points: Json[] })[] };
    expect({ ...json, series: json.series.map((series) => ({ ...series, points: series.points.slice(0, 2) })) }).toEqual({
      kind: 'series-chart',
      id: 'trend-P2',
      lang: 'en',
      title: 'P2 Income per person: actual against the planned path, 2020–2025',
      description:
        "Yearly actual values of Income per person, 2020–2025, the even path from the base year to the target, and the final target; the marker's shape tells each year's pace.",
      type: 'line',
      categoryLabel: 'Year',
      valueLabel: 'million VND per person per year',
      categories: ['2020', '2021', '2022', '2023', '2024', '2025'],
      series: [
        {
          id: 'actual',
          label: 'Actual',
          role: 'actual',
          points: [
            { value: '31.3', text: '31.3', title: '2020, Actual: 31.3 million VND per person per year' },
            { value: '34.2', text: '34.2', status: 'behind', title: '2021, Actual: 34.2 million VND per person per year (Behind schedule)' },
          ],
        },
        {
          id: 'path',
          label: 'Planned path',
          role: 'target',
          points: [
            { value: '31.3', text: '31.3', title: '2020, Planned path: 31.3 million VND per person per year' },
            { value: '35.04', text: '35', title: '2021, Planned path: 35 million VND per person per year' },
          ],
        },
        {
          id: 'milestones',
          label: 'Yearly milestones',
          role: 'target',
          points: [
            { value: null, text: '–', title: '2020, Yearly milestones: no data' },
            { value: '34', text: '34', title: '2021, Yearly milestones: 34 million VND per person per year' },
          ],
        },
      ],
      scale: { min: '0', max: '50', ticks: ['0', '10', '20', '30', '40', '50'].map((value) => ({ value, text: value })) },
      references: [{ value: '50', label: 'Target 2025: 50 million VND per person per year' }],
      statusLegend: [
        { tone: 'ahead', label: 'Ahead of schedule' },
        { tone: 'behind', label: 'Behind schedule' },
      ],
    });
    expect(json).not.toHaveProperty('stacked');
    expect((renderJson({ ...chart, stacked: false }) as Json).stacked).toBe(false);
  });
});
