/*
 * A chart over time as a table (what Markdown and CSV show of it): a row per year, a column per
 * series, the status of a point in words after its value, the point's title as the cell's detail,
 * and the reference lines as notes.
 */
import { describe, expect, it } from 'vitest';
import { type SeriesChart, indicatorTrendChart, scorecardTable, seriesChartTable, toDecimal } from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset, nhuXuanFiveYearPlan } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';
import { catalog, demo } from './demo.js';

describe('seriesChartTable', () => {
  it('writes the income trend of the five-year plan year by year, with the pace in words', () => {
    const table = seriesChartTable(indicatorTrendChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang: 'en' }));
    expect({ ...table, rows: table.rows.slice(0, 2) }).toEqual({
      kind: 'table',
      id: 'trend-P2-data',
      lang: 'en',
      title: 'P2 Income per person: actual against the planned path, 2020–2025',
      columns: [
        { id: 'category', label: 'Year', kind: 'text' },
        { id: 'actual', label: 'Actual', kind: 'number' },
        { id: 'path', label: 'Planned path', kind: 'number' },
        { id: 'milestones', label: 'Yearly milestones', kind: 'number' },
      ],
      rows: [
        {
          id: '2020',
          cells: {
            category: { value: '2020', text: '2020' },
            actual: { value: toDecimal('31.3'), text: '31.3', detail: '2020, Actual: 31.3 million VND per person per year' },
            path: { value: toDecimal('31.3'), text: '31.3', detail: '2020, Planned path: 31.3 million VND per person per year' },
            milestones: { value: null, text: '–', detail: '2020, Yearly milestones: no data' },
          },
        },
        {
          id: '2021',
          cells: {
            category: { value: '2021', text: '2021' },
            actual: { value: toDecimal('34.2'), text: '34.2 (Behind schedule)', detail: '2021, Actual: 34.2 million VND per person per year (Behind schedule)' },
            path: { value: toDecimal('35.04'), text: '35', detail: '2021, Planned path: 35 million VND per person per year' },
            milestones: { value: toDecimal('34'), text: '34', detail: '2021, Yearly milestones: 34 million VND per person per year' },
          },
        },
      ],
      notes: ['Target 2025: 50 million VND per person per year'],
    });
    expect(table.rows.map((row) => row.id)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('refuses what is not a chart over time, naming itself', () => {
    expectFailure(
      () => seriesChartTable(scorecardTable(demo, { catalog, lang: 'en' }) as unknown as SeriesChart),
      'invalid-argument',
      'seriesChartTable: expected a series-chart; got an object of kind "table"',
    );
  });
});
