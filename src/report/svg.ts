import { Decimal } from '../numeric/index.js';
import type { Chart, ChartBar, ChartLegendEntry, SeriesChart } from './model.js';
import { chartToneColours } from './model.js';
import { checkRenderable } from './check.js';
import { seriesChartParts } from './series-svg.js';
import {
  axisColour,
  chartWidth as width,
  coordinate,
  escapeXml,
  fontStack,
  gridColour,
  ink,
  line,
  multilineText,
  muted,
  referenceColour,
  text,
  textWidth,
  wrapLabel,
} from './svg-parts.js';

export { escapeXml, fontStack } from './svg-parts.js';

const origin = new Decimal(0);

/** Where a value falls along an axis of `length` pixels from `start`, clipped to the scale. */
function position(value: Decimal, chart: Chart, start: number, length: number): number {
  const { min, max } = chart.scale;
  const clipped = value.lessThan(min) ? min : value.greaterThan(max) ? max : value;
  return start + clipped.minus(min).div(max.minus(min)).toNumber() * length;
}

function bar(item: ChartBar, x: number, y: number, barWidth: number, barHeight: number): string {
  return (
    `<rect class="bar tone-${item.tone}" data-tone="${item.tone}" x="${coordinate(x)}" y="${coordinate(y)}" ` +
    `width="${coordinate(barWidth)}" height="${coordinate(barHeight)}" rx="2" fill="${chartToneColours[item.tone]}"` +
    // The pale bar of a value not assessable needs an outline to show on white.
    `${item.tone === 'not-assessable' ? ` stroke="${axisColour}"` : ''}>` +
    `<title>${escapeXml(item.title)}</title></rect>`
  );
}

function referenceLine(chart: Chart, x1: number, y1: number, x2: number, y2: number): string {
  const value = chart.reference === null ? '' : chart.reference.value.toFixed();
  return line(x1, y1, x2, y2, ` class="reference" data-value="${value}" stroke="${referenceColour}" stroke-width="1.5" stroke-dasharray="5 4"`);
}

/** Legend entries left to right, wrapping to a new line when the next would pass the right edge. */
function legend(entries: readonly ChartLegendEntry[], top: number): { readonly parts: string[]; readonly bottom: number } {
  const parts: string[] = ['<g class="legend">'];
  let x = 8;
  let y = top;
  for (const entry of entries) {
    const itemWidth = 22 + textWidth(entry.label) + 18;
    if (x > 8 && x + itemWidth > width - 8) {
      x = 8;
      y += 20;
    }
    const swatch =
      entry.tone === 'reference'
        ? line(x, y, x + 16, y, ` stroke="${referenceColour}" stroke-width="1.5" stroke-dasharray="5 4"`)
        : `<rect x="${coordinate(x + 2)}" y="${coordinate(y - 6)}" width="12" height="12" rx="2" fill="${chartToneColours[entry.tone]}"${entry.tone === 'not-assessable' ? ` stroke="${axisColour}"` : ''}/>`;
    parts.push(`<g class="legend-item" data-tone="${entry.tone}">${swatch}${text(x + 22, y + 4, entry.label, ` fill="${ink}"`)}</g>`);
    x += itemWidth;
  }
  parts.push('</g>');
  return { parts, bottom: y + 12 };
}

function horizontal(chart: Chart): { readonly parts: string[]; readonly height: number } {
  const { bars } = chart;
  const rankWidth = bars.some((item) => item.rank !== undefined) ? 36 : 0;
  const valueWidth = Math.max(70, ...bars.map((item) => textWidth(item.text) + (item.mark === undefined ? 0 : textWidth(item.mark) + 8) + 16));
  // Labels take the room they need up to 40% of the width, and wrap onto more lines beyond it: never cut.
  const labelWidth = Math.min(Math.max(80, ...bars.map((item) => textWidth(item.label) + 16)), Math.round(width * 0.4));
  const labels = bars.map((item) => wrapLabel(item.label, labelWidth - 16));
  const left = rankWidth + labelWidth;
  const right = width - valueWidth;
  const top = chart.reference === null ? 12 : 32;
  const lineHeight = 14;
  const rowHeights = labels.map((lines) => Math.max(28, lines.length * lineHeight + 12));
  const barHeight = 18;
  const bottom = top + Math.max(rowHeights.reduce((sum, height) => sum + height, 0), 28);
  const x = (value: Decimal) => position(value, chart, left, right - left);
  // Bars grow from zero, or from the end of the scale nearest to it when the scale leaves zero out.
  const zero = x(origin);
  const referenceAt = chart.reference === null ? undefined : x(chart.reference.value);
  const parts: string[] = ['<g class="grid">'];
  for (const tick of chart.scale.ticks) {
    const at = x(tick.value);
    parts.push(line(at, top, at, bottom, ` stroke="${gridColour}"`), text(at, bottom + 16, tick.text, ` class="tick" text-anchor="middle" fill="${muted}"`));
  }
  parts.push('</g>', line(left, bottom, right, bottom, ` class="axis" stroke="${axisColour}"`), line(zero, top, zero, bottom, ` class="axis" stroke="${axisColour}"`));
  parts.push('<g class="bars">');
  let rowTop = top;
  bars.forEach((item, index) => {
    const rowHeight = rowHeights[index] ?? 28;
    const middle = rowTop + rowHeight / 2;
    rowTop += rowHeight;
    const lines = labels[index] ?? [item.label];
    const row: string[] = [];
    if (item.rank !== undefined) row.push(text(rankWidth - 10, middle + 4, item.rank, ` class="rank" text-anchor="end" font-weight="700" fill="${ink}"`));
    row.push(multilineText(left - 8, middle + 4 - ((lines.length - 1) * lineHeight) / 2, lines, ` class="label" text-anchor="end" fill="${ink}"`, lineHeight));
    let end = zero;
    if (item.value !== null) {
      const at = x(item.value);
      row.push(bar(item, Math.min(at, zero), middle - barHeight / 2, Math.abs(at - zero), barHeight));
      end = Math.max(at, zero);
    }
    // A value text that would start on or just before the reference line starts after it instead.
    let textX = end + 6;
    const textEnd = textX + textWidth(item.text) + (item.mark === undefined ? 0 : textWidth(item.mark) + 8);
    if (referenceAt !== undefined && referenceAt >= textX - 2 && referenceAt <= textEnd + 2) textX = referenceAt + 6;
    const mark = item.mark === undefined ? '' : `<tspan class="mark" dx="8" fill="#8a6100" font-weight="700">${escapeXml(item.mark)}</tspan>`;
    const style = item.value === null ? ` font-style="italic" fill="${muted}"` : ` fill="${ink}"`;
    row.push(`<text class="value" x="${coordinate(textX)}" y="${coordinate(middle + 4)}"${style}>${escapeXml(item.text)}${mark}</text>`);
    parts.push(`<g class="bar-row">${row.join('')}</g>`);
  });
  parts.push('</g>');
  if (chart.reference !== null && referenceAt !== undefined) {
    parts.push(referenceLine(chart, referenceAt, top - 10, referenceAt, bottom), text(referenceAt, top - 14, chart.reference.label, ` class="reference-label" text-anchor="middle" font-weight="700" fill="${referenceColour}"`));
  }
  parts.push(text((left + right) / 2, bottom + 34, chart.valueLabel, ` class="axis-label" text-anchor="middle" fill="${muted}"`));
  const key = legend(chart.legend, bottom + 58);
  parts.push(...key.parts);
  return { parts, height: key.bottom + 8 };
}

function vertical(chart: Chart): { readonly parts: string[]; readonly height: number } {
  const { bars } = chart;
  const left = 64;
  const right = width - (chart.reference === null ? 24 : Math.max(150, textWidth(chart.reference.label) + 30));
  const top = 32;
  const plotHeight = 220;
  const bottom = top + plotHeight;
  const y = (value: Decimal) => bottom - position(value, chart, 0, plotHeight);
  const zero = y(origin);
  const band = (right - left) / Math.max(bars.length, 1);
  // The value of a negative column is written under its end: leave room for it above the labels.
  const labelY = bottom + (bars.some((item) => item.value?.isNegative() === true) ? 34 : 18);
  const labels = bars.map((item) => wrapLabel(item.label, Math.max(band - 6, 24)));
  const labelLines = Math.max(1, ...labels.map((lines) => lines.length));
  const barWidth = Math.min(band * 0.6, 56);
  const referenceAt = chart.reference === null ? undefined : y(chart.reference.value);
  const parts: string[] = [text(8, 14, chart.valueLabel, ` class="axis-label" fill="${muted}"`), '<g class="grid">'];
  for (const tick of chart.scale.ticks) {
    const at = y(tick.value);
    parts.push(line(left, at, right, at, ` stroke="${gridColour}"`), text(left - 8, at + 4, tick.text, ` class="tick" text-anchor="end" fill="${muted}"`));
  }
  parts.push('</g>', line(left, zero, right, zero, ` class="axis" stroke="${axisColour}"`), '<g class="bars">');
  bars.forEach((item, index) => {
    const centre = left + band * index + band / 2;
    const row: string[] = [];
    let textY = zero - 6;
    if (item.value !== null) {
      const at = y(item.value);
      row.push(bar(item, centre - barWidth / 2, Math.min(at, zero), barWidth, Math.abs(at - zero)));
      textY = item.value.isNegative() ? Math.max(at, zero) + 14 : Math.min(at, zero) - 6;
    }
    // A value text across the reference line moves just above it (or below it, for a negative column).
    if (referenceAt !== undefined && referenceAt >= textY - 12 && referenceAt <= textY + 3) textY = item.value?.isNegative() === true ? referenceAt + 14 : referenceAt - 4;
    const style = item.value === null ? ` font-style="italic" fill="${muted}"` : ` fill="${ink}"`;
    row.push(text(centre, textY, item.text, ` class="value" text-anchor="middle"${style}`));
    row.push(multilineText(centre, labelY, labels[index] ?? [item.label], ` class="label" text-anchor="middle" fill="${ink}"`));
    parts.push(`<g class="bar-row">${row.join('')}</g>`);
  });
  parts.push('</g>');
  if (chart.reference !== null) {
    const at = y(chart.reference.value);
    parts.push(referenceLine(chart, left, at, right + 4, at), text(right + 8, at + 4, chart.reference.label, ` class="reference-label" font-weight="700" fill="${referenceColour}"`));
  }
  const key = legend(chart.legend, labelY + 14 * (labelLines - 1) + 28);
  parts.push(...key.parts);
  return { parts, height: key.bottom + 8 };
}

/**
 * Draws a {@link Chart} as one inline SVG element: no scripts, no external fonts or images, no
 * random ids (the same chart gives the same text). Horizontal charts have a row per bar with its rank,
 * label, bar and value text (and award mark); vertical charts a column per bar with its value above
 * and its label below; both have grid lines at the ticks, the reference line dashed, the value label
 * and a legend. For assistive technology the SVG has `role="img"`, a `<title>` and a `<desc>`
 * (`aria-labelledby`), and each bar a `<title>` (a tooltip in browsers).
 *
 * Hooks for styling and tests: bars are `<rect class="bar tone-<tone>" data-tone="<tone>">`, the
 * reference line is `<line class="reference" data-value="100">`. The width is 760 user units and the
 * height follows the number of bars; in HTML, CSS scales it to its container.
 *
 * @param chart - the chart ({@link attainmentChart}, {@link growthChart}, {@link rankingCharts}, or your own)
 * @returns the `<svg>` element as text
 * @throws {@link PlanningError} `invalid-input` listing every problem of a malformed chart
 *
 * @example
 * // The attainment chart of the Như Xuân 2024 plan has eight bars and a 100% line:
 * const svg = renderChartSvg(attainmentChart(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'vi' },
 * ));
 * [svg.startsWith('<svg'), svg.match(/<rect class="bar /g)?.length, svg.includes('class="reference" data-value="100"')];
 * //=> [true, 8, true]
 */
export function renderChartSvg(chart: Chart | SeriesChart): string {
  checkRenderable(chart, 'renderChartSvg', ['chart', 'series-chart']);
  return chartSvg(chart);
}

/** Internal: the SVG of a chart already checked. */
export function chartSvg(chart: Chart | SeriesChart): string {
  const { parts, height } = chart.kind === 'series-chart' ? seriesChartParts(chart) : chart.orientation === 'horizontal' ? horizontal(chart) : vertical(chart);
  const titleId = `${chart.id}-title`;
  const descriptionId = `${chart.id}-desc`;
  const shape = chart.kind === 'series-chart' ? `chart-${chart.type}` : `chart-${chart.orientation}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${shape}" viewBox="0 0 ${String(width)} ${coordinate(height)}" ` +
      `width="${String(width)}" height="${coordinate(height)}" role="img" aria-labelledby="${titleId} ${descriptionId}" ` +
      `font-family="${fontStack}" font-size="12">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<desc id="${descriptionId}">${escapeXml(chart.description)}</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
