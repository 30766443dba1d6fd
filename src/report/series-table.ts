import { checkRenderable } from './check.js';
import type { SeriesChart, Table, TableCell } from './model.js';

/**
 * The data of a {@link SeriesChart} as a {@link Table}: a row per category (year), a column per
 * series, each cell the point's exact value and its text (with the point's status in words when it
 * has one), and the reference lines as notes. This is how Markdown, plain text and CSV show a chart
 * they cannot draw.
 *
 * Columns (ids): `category`, then each series' id.
 *
 * @param chart - the chart
 * @returns the table (id `<chart id>-data`)
 * @throws {@link PlanningError} `invalid-input` listing every problem of a malformed chart
 *
 * @example
 * // Plan against actual of the Như Xuân income target, as CSV:
 * const chart = planActualChart(nhuXuanFiveYearPlan, nhuXuanFiveYearDataset, 'P2', { catalog: vnDistrictIndicatorCatalog, lang: 'en' });
 * renderCsv(seriesChartTable(chart)).split('\r\n').slice(0, 3);
 * //=> ['category,plan,actual', '2021,34,34.2', '2022,37.5,38']
 */
export function seriesChartTable(chart: SeriesChart): Table {
  checkRenderable(chart, 'seriesChartTable', ['series-chart']);
  const words = new Map(chart.statusLegend.map((entry) => [entry.tone, entry.label]));
  return {
    kind: 'table',
    id: `${chart.id}-data`,
    lang: chart.lang,
    title: chart.title,
    columns: [
      { id: 'category', label: chart.categoryLabel, kind: 'text' },
      ...chart.series.map((series) => ({ id: series.id, label: series.label, kind: 'number' as const })),
    ],
    rows: chart.categories.map((category, index) => ({
      id: category,
      cells: Object.fromEntries([
        ['category', { value: category, text: category }],
        ...chart.series.map((series): [string, TableCell] => {
          const point = series.points[index];
          // Stryker disable next-line ArrayDeclaration,ObjectLiteral,StringLiteral: never reached, checkRenderable refuses a series without one point per category
          if (point === undefined) return [series.id, { value: null, text: '–' }];
          const status = point.status === undefined ? undefined : words.get(point.status);
          return [series.id, { value: point.value, text: status === undefined ? point.text : `${point.text} (${status})`, detail: point.title }];
        }),
      ]),
    })),
    notes: chart.references.map((reference) => reference.label),
  };
}
