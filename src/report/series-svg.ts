/*
 * The SVG of a series chart: lines with markers, or groups (or stacks) of bars, over categories.
 * Series are told apart by colour (the Okabe–Ito palette, safe for colour-blind readers), by dash
 * pattern and by marker shape, so that a greyscale print keeps them apart; statuses by marker shape,
 * named in the legend.
 */
import { Decimal } from '../numeric/index.js';
import type { ChartPoint, ChartSeries, ChartTone, SeriesChart } from './model.js';
import { chartToneColours } from './model.js';
import {
  axisColour,
  chartWidth as width,
  coordinate,
  escapeXml,
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

type Shape = 'circle' | 'square' | 'triangle-up' | 'diamond' | 'triangle-down' | 'hexagon';

interface SeriesStyle {
  readonly colour: string;
  readonly dash: string;
  readonly shape: Shape;
}

/** Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency. */
const palette: readonly SeriesStyle[] = [
  { colour: '#0072b2', dash: '', shape: 'circle' },
  { colour: '#e69f00', dash: '8 4', shape: 'square' },
  { colour: '#009e73', dash: '2 3', shape: 'triangle-up' },
  { colour: '#cc79a7', dash: '10 3 2 3', shape: 'diamond' },
  { colour: '#000000', dash: '4 2', shape: 'triangle-down' },
  { colour: '#56b4e9', dash: '12 4', shape: 'hexagon' },
  { colour: '#d55e00', dash: '1 2', shape: 'square' },
  { colour: '#6e7781', dash: '6 2 1 2', shape: 'circle' },
];

const targetStyles: readonly SeriesStyle[] = [
  { colour: '#57606a', dash: '6 4', shape: 'diamond' },
  { colour: '#8a6100', dash: '2 3', shape: 'square' },
  { colour: '#6e7781', dash: '10 3 2 3', shape: 'hexagon' },
];
const actualStyle: SeriesStyle = { colour: '#1f2328', dash: '', shape: 'circle' };

/** Status markers: the shape tells the status (the legend names it), the colour repeats it. */
const statusShapes: Readonly<Record<Exclude<ChartTone, 'neutral' | 'highlight'>, Shape>> = {
  exceeded: 'triangle-up',
  met: 'circle',
  'not-met': 'triangle-down',
  'not-assessable': 'diamond',
  ahead: 'triangle-up',
  'on-pace': 'circle',
  behind: 'triangle-down',
};

function styleOf(series: ChartSeries, index: number, chart: SeriesChart): SeriesStyle {
  if (chart.type === 'line') {
    if (series.role === 'target') {
      const nth = chart.series.slice(0, index).filter((other) => other.role === 'target').length;
      return targetStyles[nth % targetStyles.length] ?? actualStyle;
    }
    if (series.role === 'actual') return actualStyle;
  } else if (chart.stacked !== true) {
    // Plan and actual side by side: the plan pale, the actual blue.
    if (series.role === 'target') return barStyle('#b8c4d0');
    if (series.role === 'actual') return barStyle('#0072b2');
  }
  return palette[index % palette.length] ?? actualStyle;
}

function barStyle(colour: string): SeriesStyle {
  // Stryker disable next-line StringLiteral: a bar draws no dash and no marker (its legend swatch is a square of its colour), so no output shows these two values
  return { colour, dash: '', shape: 'square' };
}

/** The path of a marker of `size` (its half-width) centred on (x, y). */
function shapePath(shape: Shape, x: number, y: number, size: number): string {
  const c = coordinate;
  switch (shape) {
    case 'circle':
      return `M${c(x - size)} ${c(y)}a${c(size)} ${c(size)} 0 1 0 ${c(2 * size)} 0a${c(size)} ${c(size)} 0 1 0 ${c(-2 * size)} 0Z`;
    case 'square':
      return `M${c(x - size)} ${c(y - size)}h${c(2 * size)}v${c(2 * size)}h${c(-2 * size)}Z`;
    case 'triangle-up':
      return `M${c(x)} ${c(y - size * 1.2)}L${c(x + size * 1.15)} ${c(y + size * 0.9)}L${c(x - size * 1.15)} ${c(y + size * 0.9)}Z`;
    case 'triangle-down':
      return `M${c(x)} ${c(y + size * 1.2)}L${c(x + size * 1.15)} ${c(y - size * 0.9)}L${c(x - size * 1.15)} ${c(y - size * 0.9)}Z`;
    case 'diamond':
      return `M${c(x)} ${c(y - size * 1.3)}L${c(x + size * 1.3)} ${c(y)}L${c(x)} ${c(y + size * 1.3)}L${c(x - size * 1.3)} ${c(y)}Z`;
    case 'hexagon':
      return `M${c(x - size)} ${c(y)}L${c(x - size / 2)} ${c(y - size)}H${c(x + size / 2)}L${c(x + size)} ${c(y)}L${c(x + size / 2)} ${c(y + size)}H${c(x - size / 2)}Z`;
  }
}

function markerOf(point: ChartPoint, style: SeriesStyle): { readonly shape: Shape; readonly fill: string; readonly stroke: string } {
  if (point.status === undefined) return { shape: style.shape, fill: style.colour, stroke: '#ffffff' };
  const hollow = point.status === 'not-assessable';
  return { shape: statusShapes[point.status], fill: hollow ? '#ffffff' : chartToneColours[point.status], stroke: ink };
}

/** Where a value falls on the vertical axis, clipped to the scale. */
function yOf(value: Decimal, chart: SeriesChart, top: number, height: number): number {
  const { min, max } = chart.scale;
  const clipped = value.lessThan(min) ? min : value.greaterThan(max) ? max : value;
  return top + height - clipped.minus(min).div(max.minus(min)).toNumber() * height;
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Internal: the parts of a series chart's SVG and its height. */
export function seriesChartParts(chart: SeriesChart): { readonly parts: string[]; readonly height: number } {
  // Reference labels are bold (about a tenth wider) and wrap onto more lines beyond 200 units.
  const referenceLabels = chart.references.map((reference) => ({ reference, lines: wrapLabel(reference.label, 180, 13.2) }));
  const referenceWidth = Math.max(0, ...referenceLabels.flatMap(({ lines: labelLines }) => labelLines.map((part) => textWidth(part, 13.2))));
  const tickWidth = Math.max(0, ...chart.scale.ticks.map((tick) => textWidth(tick.text)));
  const left = Math.max(56, tickWidth + 20);
  const right = width - (chart.references.length === 0 ? 24 : referenceWidth + 20);
  const top = 34;
  const plotHeight = 240;
  const bottom = top + plotHeight;
  const count = Math.max(chart.categories.length, 1);
  const band = (right - left) / count;
  const centre = (index: number) => left + band * index + band / 2;
  const y = (value: Decimal) => yOf(value, chart, top, plotHeight);
  const styles = chart.series.map((series, index) => styleOf(series, index, chart));
  const parts: string[] = [text(8, 16, chart.valueLabel, ` class="axis-label" fill="${muted}"`), '<g class="grid">'];
  for (const tick of chart.scale.ticks) {
    const at = y(tick.value);
    parts.push(line(left, at, right, at, ` stroke="${gridColour}"`), text(left - 8, at + 4, tick.text, ` class="tick" text-anchor="end" fill="${muted}"`));
  }
  parts.push('</g>');
  const zero = y(new Decimal(0));
  parts.push(line(left, Math.min(zero, bottom), right, Math.min(zero, bottom), ` class="axis" stroke="${axisColour}"`));
  const categoryLines = chart.categories.map((category) => wrapLabel(category, Math.max(band - 6, 24)));
  categoryLines.forEach((lines, index) => {
    parts.push(multilineText(centre(index), bottom + 18, lines, ` class="category" text-anchor="middle" fill="${ink}"`));
  });
  // Boxes already taken by reference lines and target paths: point labels keep off them.
  const taken: Box[] = chart.references.map((reference) => ({ left, right, top: y(reference.value) - 1.5, bottom: y(reference.value) + 1.5 }));
  if (chart.type === 'line') parts.push(...lines(chart, styles, centre, y, taken));
  else parts.push(...bars(chart, styles, centre, y, band, zero));
  referenceLabels.forEach(({ reference, lines: labelLines }) => {
    const at = y(reference.value);
    parts.push(
      line(left, at, right + 4, at, ` class="reference" data-value="${reference.value.toFixed()}" stroke="${referenceColour}" stroke-width="1.5" stroke-dasharray="5 4"`),
      multilineText(right + 8, at + 4 - ((labelLines.length - 1) * 14) / 2, labelLines, ` class="reference-label" font-weight="700" fill="${referenceColour}"`),
    );
  });
  const categoryHeight = 14 * (Math.max(1, ...categoryLines.map((lines) => lines.length)) - 1);
  const key = legend(chart, styles, bottom + 50 + categoryHeight);
  parts.push(...key.parts);
  return { parts, height: key.bottom + 8 };
}

function pointTitle(point: ChartPoint): string {
  return `<title>${escapeXml(point.title)}</title>`;
}

function lines(
  chart: SeriesChart,
  styles: readonly SeriesStyle[],
  centre: (index: number) => number,
  y: (value: Decimal) => number,
  taken: Box[],
): string[] {
  const parts: string[] = [];
  // Target paths first, so that labels of actual values keep off them.
  const order = chart.series.map((series, index) => ({ series, index })).sort((a, b) => Number(a.series.role !== 'target') - Number(b.series.role !== 'target'));
  const labelled = chart.series.length <= 2 || chart.series.filter((series) => series.role !== 'target').length <= 1;
  for (const { series, index } of order) {
    const style = styles[index] ?? actualStyle;
    const group = [`<g class="series" data-series="${escapeXml(series.id)}" data-role="${series.role}">`];
    let path = '';
    let previous = false;
    series.points.forEach((point, pointIndex) => {
      if (point.value === null) {
        previous = false;
        return;
      }
      path += `${previous ? 'L' : 'M'}${coordinate(centre(pointIndex))} ${coordinate(y(point.value))}`;
      previous = true;
    });
    if (path !== '') {
      group.push(`<path class="series-line" d="${path}" fill="none" stroke="${style.colour}" stroke-width="${series.role === 'target' ? '1.75' : '2.25'}"${style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`}/>`);
    }
    if (series.role === 'target') {
      // A point's marker, and the segment to the next point when that one has a value (a missing one breaks the path).
      series.points.forEach((point, pointIndex) => {
        const next = series.points[pointIndex + 1]?.value ?? null;
        if (point.value === null) return;
        const y1 = y(point.value);
        const y2 = next === null ? y1 : y(next);
        taken.push({ left: centre(pointIndex) - 6, right: centre(pointIndex + (next === null ? 0 : 1)) + 6, top: Math.min(y1, y2) - 5, bottom: Math.max(y1, y2) + 5 });
      });
    }
    series.points.forEach((point, pointIndex) => {
      if (point.value === null) return;
      const x = centre(pointIndex);
      const at = y(point.value);
      const marker = markerOf(point, style);
      const size = point.status === undefined && series.role === 'target' ? 3.5 : 5;
      group.push(
        `<g class="point" data-status="${point.status ?? ''}" data-value="${point.value.toFixed()}">` +
          `<path d="${shapePath(marker.shape, x, at, size)}" fill="${marker.fill}" stroke="${marker.stroke}" stroke-width="1.2"/>${pointTitle(point)}</g>`,
      );
      if (!labelled || series.role === 'target') return;
      const labelWidth = textWidth(point.text);
      const boxAt = (baseline: number): Box => ({ left: x - labelWidth / 2, right: x + labelWidth / 2, top: baseline - 11, bottom: baseline + 3 });
      // Above the marker, else below it, else further up: never across a reference line or a target path.
      const candidates = [at - 10, at + 20, at - 24, at + 34, at - 38];
      const baseline = candidates.find((candidate) => !taken.some((box) => overlaps(boxAt(candidate), box))) ?? at - 10;
      taken.push(boxAt(baseline));
      group.push(text(x, baseline, point.text, ` class="point-label" text-anchor="middle" fill="${ink}" font-size="11"`));
    });
    group.push('</g>');
    parts.push(group.join(''));
  }
  return parts;
}

function bars(
  chart: SeriesChart,
  styles: readonly SeriesStyle[],
  centre: (index: number) => number,
  y: (value: Decimal) => number,
  band: number,
  zero: number,
): string[] {
  const parts: string[] = [];
  const stacked = chart.stacked === true;
  const groupWidth = Math.min(band * 0.72, stacked ? 64 : 44 * chart.series.length);
  const barWidth = stacked ? groupWidth : groupWidth / Math.max(chart.series.length, 1);
  const bases: Decimal[] = [];
  chart.series.forEach((series, index) => {
    const style = styles[index] ?? actualStyle;
    const group = [`<g class="series" data-series="${escapeXml(series.id)}" data-role="${series.role}">`];
    series.points.forEach((point, pointIndex) => {
      const x = stacked ? centre(pointIndex) - groupWidth / 2 : centre(pointIndex) - groupWidth / 2 + barWidth * index;
      if (point.value === null) {
        group.push(text(x + barWidth / 2, zero - 6, point.text, ` class="point-label" text-anchor="middle" font-style="italic" fill="${muted}" font-size="11"`));
        return;
      }
      const base = stacked ? (bases[pointIndex] ?? new Decimal(0)) : new Decimal(0);
      const end = base.plus(point.value);
      bases[pointIndex] = end;
      const y1 = y(base);
      const y2 = y(end);
      const height = Math.abs(y1 - y2);
      group.push(
        `<g class="point" data-status="${point.status ?? ''}" data-value="${point.value.toFixed()}">` +
          `<rect class="bar" x="${coordinate(x + 1)}" y="${coordinate(Math.min(y1, y2))}" width="${coordinate(barWidth - 2)}" height="${coordinate(height)}" fill="${style.colour}"` +
          `${series.role === 'target' && !stacked ? ` stroke="${axisColour}"` : ''}>${pointTitle(point)}</rect></g>`,
      );
      const middleX = x + barWidth / 2;
      if (stacked) {
        // A part's text inside it when it has room, in black or white after the fill's lightness.
        if (height >= 15 && textWidth(point.text, 11) <= barWidth - 4) {
          const fill = luminance(style.colour) > 0.3 ? '#000000' : '#ffffff';
          group.push(text(middleX, (y1 + y2) / 2 + 4, point.text, ` class="point-label" text-anchor="middle" fill="${fill}" font-size="11"`));
        }
        return;
      }
      const above = Math.min(y1, y2) - 6;
      const status = point.status === undefined ? '' : `<path class="status-mark" d="${shapePath(statusShapes[point.status], middleX, above - 18, 4.5)}" fill="${point.status === 'not-assessable' ? '#ffffff' : chartToneColours[point.status]}" stroke="${ink}" stroke-width="1"/>`;
      group.push(text(middleX, above, point.text, ` class="point-label" text-anchor="middle" fill="${ink}" font-size="11"`), status);
    });
    group.push('</g>');
    parts.push(group.join(''));
  });
  return parts;
}

function legend(chart: SeriesChart, styles: readonly SeriesStyle[], top: number): { readonly parts: string[]; readonly bottom: number } {
  const parts: string[] = ['<g class="legend">'];
  let x = 8;
  let y = top;
  const place = (label: string, swatch: (x: number, y: number) => string, attributes: string) => {
    const itemWidth = 34 + textWidth(label) + 18;
    if (x > 8 && x + itemWidth > width - 8) {
      x = 8;
      y += 20;
    }
    parts.push(`<g class="legend-item"${attributes}>${swatch(x, y)}${text(x + 34, y + 4, label, ` fill="${ink}"`)}</g>`);
    x += itemWidth;
  };
  chart.series.forEach((series, index) => {
    const style = styles[index] ?? actualStyle;
    place(
      series.label,
      (at, middle) =>
        chart.type === 'bars'
          ? `<rect x="${coordinate(at + 8)}" y="${coordinate(middle - 6)}" width="14" height="12" fill="${style.colour}"${series.role === 'target' && chart.stacked !== true ? ` stroke="${axisColour}"` : ''}/>`
          : line(at, middle, at + 28, middle, ` stroke="${style.colour}" stroke-width="2"${style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`}`) +
            `<path d="${shapePath(style.shape, at + 14, middle, series.role === 'target' ? 3.5 : 4.5)}" fill="${style.colour}" stroke="#ffffff"/>`,
      ` data-series="${escapeXml(series.id)}"`,
    );
  });
  for (const entry of chart.statusLegend) {
    if (entry.tone === 'reference' || entry.tone === 'neutral' || entry.tone === 'highlight') continue;
    const tone = entry.tone;
    place(
      entry.label,
      (at, middle) => `<path d="${shapePath(statusShapes[tone], at + 14, middle, 5)}" fill="${tone === 'not-assessable' ? '#ffffff' : chartToneColours[tone]}" stroke="${ink}" stroke-width="1.2"/>`,
      ` data-status="${tone}"`,
    );
  }
  parts.push('</g>');
  return { parts, bottom: y + 12 };
}
