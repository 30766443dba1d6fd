import { Decimal } from '../numeric/index.js';
import type { Chart, ChartBar, ChartLegendEntry } from './model.js';
import { chartToneColours } from './model.js';
import { checkRenderable } from './check.js';
import { shorten } from './scale.js';

/** Internal: escapes text for XML and HTML content and attribute values (both quote characters). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => xmlEntities[character] ?? character);
}

const xmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Internal: the font stack of the charts and the HTML page; fonts of the reader's system, never downloaded. */
export const fontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

const width = 760;
const origin = new Decimal(0);
const ink = '#1f2328';
const muted = '#57606a';
const gridColour = '#e3e6ea';
const axisColour = '#6e7781';
const referenceColour = '#1f2328';

/** A coordinate with one decimal: exact enough for a screen, and the same text on every machine. */
function coordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/** Where a value falls along an axis of `length` pixels from `start`, clipped to the scale. */
function position(value: Decimal, chart: Chart, start: number, length: number): number {
  const { min, max } = chart.scale;
  const clipped = value.lessThan(min) ? min : value.greaterThan(max) ? max : value;
  return start + clipped.minus(min).div(max.minus(min)).toNumber() * length;
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${coordinate(x)}" y="${coordinate(y)}"${attributes}>${escapeXml(content)}</text>`;
}

function line(x1: number, y1: number, x2: number, y2: number, attributes: string): string {
  return `<line x1="${coordinate(x1)}" y1="${coordinate(y1)}" x2="${coordinate(x2)}" y2="${coordinate(y2)}"${attributes}/>`;
}

function bar(item: ChartBar, x: number, y: number, barWidth: number, barHeight: number): string {
  return (
    `<rect class="bar tone-${item.tone}" data-tone="${item.tone}" x="${coordinate(x)}" y="${coordinate(y)}" ` +
    `width="${coordinate(barWidth)}" height="${coordinate(barHeight)}" rx="2" fill="${chartToneColours[item.tone]}">` +
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
    // An estimate of the label's width at 12px: no text measuring is possible without a browser.
    const itemWidth = 22 + Math.ceil(Array.from(entry.label).length * 6.6) + 18;
    if (x > 8 && x + itemWidth > width - 8) {
      x = 8;
      y += 20;
    }
    const swatch =
      entry.tone === 'reference'
        ? line(x, y, x + 16, y, ` stroke="${referenceColour}" stroke-width="1.5" stroke-dasharray="5 4"`)
        : `<rect x="${coordinate(x + 2)}" y="${coordinate(y - 6)}" width="12" height="12" rx="2" fill="${chartToneColours[entry.tone]}"/>`;
    parts.push(`<g class="legend-item" data-tone="${entry.tone}">${swatch}${text(x + 22, y + 4, entry.label, ` fill="${ink}"`)}</g>`);
    x += itemWidth;
  }
  parts.push('</g>');
  return { parts, bottom: y + 12 };
}

function horizontal(chart: Chart): { readonly parts: string[]; readonly height: number } {
  const { bars } = chart;
  const rankWidth = bars.some((item) => item.rank !== undefined) ? 36 : 0;
  const labelWidth = 260;
  // About 6.6 user units a character at 12px: longer labels are cut with an ellipsis (the bar's title keeps them whole).
  const labelCharacters = 36;
  const valueWidth = bars.some((item) => item.mark !== undefined) ? 150 : 100;
  const left = rankWidth + labelWidth;
  const right = width - valueWidth;
  const top = chart.reference === null ? 12 : 32;
  const rowHeight = 28;
  const barHeight = 18;
  const bottom = top + Math.max(bars.length, 1) * rowHeight;
  const x = (value: Decimal) => position(value, chart, left, right - left);
  // Bars grow from zero, or from the end of the scale nearest to it when the scale leaves zero out.
  const zero = x(origin);
  const parts: string[] = ['<g class="grid">'];
  for (const tick of chart.scale.ticks) {
    const at = x(tick.value);
    parts.push(line(at, top, at, bottom, ` stroke="${gridColour}"`), text(at, bottom + 16, tick.text, ` class="tick" text-anchor="middle" fill="${muted}"`));
  }
  parts.push('</g>', line(left, bottom, right, bottom, ` class="axis" stroke="${axisColour}"`), line(zero, top, zero, bottom, ` class="axis" stroke="${axisColour}"`));
  parts.push('<g class="bars">');
  bars.forEach((item, index) => {
    const middle = top + index * rowHeight + rowHeight / 2;
    const row: string[] = [];
    if (item.rank !== undefined) row.push(text(rankWidth - 10, middle + 4, item.rank, ` class="rank" text-anchor="end" font-weight="700" fill="${ink}"`));
    row.push(text(left - 8, middle + 4, shorten(item.label, labelCharacters), ` class="label" text-anchor="end" fill="${ink}"`));
    let end = zero;
    if (item.value !== null) {
      const at = x(item.value);
      row.push(bar(item, Math.min(at, zero), middle - barHeight / 2, Math.abs(at - zero), barHeight));
      end = Math.max(at, zero);
    }
    const mark = item.mark === undefined ? '' : `<tspan class="mark" dx="8" fill="#8a6100" font-weight="700">${escapeXml(item.mark)}</tspan>`;
    const style = item.value === null ? ` font-style="italic" fill="${muted}"` : ` fill="${ink}"`;
    row.push(`<text class="value" x="${coordinate(end + 6)}" y="${coordinate(middle + 4)}"${style}>${escapeXml(item.text)}${mark}</text>`);
    parts.push(`<g class="bar-row">${row.join('')}</g>`);
  });
  parts.push('</g>');
  if (chart.reference !== null) {
    const at = x(chart.reference.value);
    parts.push(referenceLine(chart, at, top - 10, at, bottom), text(at, top - 14, chart.reference.label, ` class="reference-label" text-anchor="middle" font-weight="700" fill="${referenceColour}"`));
  }
  parts.push(text((left + right) / 2, bottom + 34, chart.valueLabel, ` class="axis-label" text-anchor="middle" fill="${muted}"`));
  const key = legend(chart.legend, bottom + 58);
  parts.push(...key.parts);
  return { parts, height: key.bottom + 8 };
}

function vertical(chart: Chart): { readonly parts: string[]; readonly height: number } {
  const { bars } = chart;
  const left = 64;
  const right = width - (chart.reference === null ? 24 : 150);
  const top = 32;
  const plotHeight = 220;
  const bottom = top + plotHeight;
  const y = (value: Decimal) => bottom - position(value, chart, 0, plotHeight);
  const zero = y(origin);
  const band = (right - left) / Math.max(bars.length, 1);
  // The value of a negative column is written under its end: leave room for it above the labels.
  const labelY = bottom + (bars.some((item) => item.value?.isNegative() === true) ? 34 : 18);
  const barWidth = Math.min(band * 0.6, 56);
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
    const style = item.value === null ? ` font-style="italic" fill="${muted}"` : ` fill="${ink}"`;
    row.push(text(centre, textY, item.text, ` class="value" text-anchor="middle"${style}`));
    row.push(text(centre, labelY, shorten(item.label, Math.max(4, Math.floor(band / 7))), ` class="label" text-anchor="middle" fill="${ink}"`));
    parts.push(`<g class="bar-row">${row.join('')}</g>`);
  });
  parts.push('</g>');
  if (chart.reference !== null) {
    const at = y(chart.reference.value);
    parts.push(referenceLine(chart, left, at, right + 4, at), text(right + 8, at + 4, chart.reference.label, ` class="reference-label" font-weight="700" fill="${referenceColour}"`));
  }
  const key = legend(chart.legend, labelY + 28);
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
export function renderChartSvg(chart: Chart): string {
  checkRenderable(chart, 'renderChartSvg');
  return chartSvg(chart);
}

/** Internal: the SVG of a chart already checked. */
export function chartSvg(chart: Chart): string {
  const { parts, height } = chart.orientation === 'horizontal' ? horizontal(chart) : vertical(chart);
  const titleId = `${chart.id}-title`;
  const descriptionId = `${chart.id}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${chart.orientation}" viewBox="0 0 ${String(width)} ${coordinate(height)}" ` +
      `width="${String(width)}" height="${coordinate(height)}" role="img" aria-labelledby="${titleId} ${descriptionId}" ` +
      `font-family="${fontStack}" font-size="12">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<desc id="${descriptionId}">${escapeXml(chart.description)}</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
