/* Shared builders of the series chart SVG tests (series-svg.test.ts, series-svg-edges.test.ts). */
import { type ChartPoint, type ChartSeries, type SeriesChart, toDecimal } from '../../src/index.js';

/** A point of value `value` (null: missing), written as `text` (its number unless given). */
export function point(value: number | null, status?: ChartPoint['status'], text = value === null ? '–' : String(value)): ChartPoint {
  return { value: value === null ? null : toDecimal(value), text, title: `value ${String(value)}`, ...(status === undefined ? {} : { status }) };
}

/** A series of points without statuses. */
export function series(id: string, role: ChartSeries['role'], values: readonly (number | null)[], label = id): ChartSeries {
  return { id, label, role, points: values.map((value) => point(value)) };
}

/** Scale ticks at `values`, written as their numbers. */
export const ticksOf = (values: readonly number[]) => values.map((value) => ({ value: toDecimal(value), text: String(value) }));

/**
 * A chart on a 0–100 scale over three years. Without references the plot runs from x = 56 to 736
 * (bands of 226.7, centres 169.3, 396 and 622.7) and from y = 274 (0) up to y = 34 (100): y = 274 − 2.4 × value.
 */
export function chart(fields: Partial<SeriesChart>): SeriesChart {
  return {
    kind: 'series-chart', id: 'c', lang: 'en', title: 'T', description: 'D', type: 'line', categoryLabel: 'Year', valueLabel: 'Value',
    categories: ['2021', '2022', '2023'],
    series: [],
    scale: { min: toDecimal(0), max: toDecimal(100), ticks: ticksOf([0, 50, 100]) },
    references: [],
    statusLegend: [],
    ...fields,
  };
}

/** The `<g class="series">` element of the series `id`. */
export function seriesGroup(svg: string, id: string): string {
  return new RegExp(`<g class="series" data-series="${id}"[^\\n]*`).exec(svg)?.[0] ?? '';
}

/** The value of attribute `name` of an element's text. */
export const attribute = (element: string, name: string): string | undefined => new RegExp(` ${name}="([^"]*)"`).exec(element)?.[1];
