/*
 * Bar chart SVG (src/report/svg.ts) where the main render tests do not look: value texts moved off
 * the target line in a vertical chart, ranks, award marks and negative bars in a horizontal one,
 * and a legend that wraps onto a second line.
 */
import { describe, expect, it } from 'vitest';
import { type Chart, chartToneColours, renderChartSvg, toDecimal } from '../../src/index.js';

const scaleOf = (values: readonly number[]) => ({ min: toDecimal(values[0] ?? 0), max: toDecimal(values.at(-1) ?? 1), ticks: values.map((value) => ({ value: toDecimal(value), text: String(value) })) });

/** Columns of 4.8 and -0.8 on a scale of -2..6: the plot is 220 high from y = 32, zero at y = 197, 27.5 a unit. */
function columns(reference: number): Chart {
  return {
    kind: 'chart', id: 'growth', lang: 'en', title: 'Growth', description: 'D', orientation: 'vertical', categoryLabel: 'Year', valueLabel: 'Growth (%)',
    bars: [
      { label: '2023', value: toDecimal('4.8'), text: '4.8%', tone: 'neutral', title: '2023' },
      { label: '2024', value: toDecimal('-0.8'), text: '-0.8%', tone: 'neutral', title: '2024' },
    ],
    scale: scaleOf([-2, 0, 2, 4, 6]),
    reference: { value: toDecimal(reference), label: 'Target' },
    legend: [],
  };
}

const valueText = (svg: string, text: string) => new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)" class="value"[^>]*>${text}</text>`).exec(svg)?.slice(1);

describe('a vertical chart\'s value texts and the target line', () => {
  it('moves a value text that would cross the line just above it', () => {
    // 4.8 ends at y = 65, its text at 59; the line at 5 runs at y = 59.5, so the text goes to 55.5.
    const svg = renderChartSvg(columns(5));
    expect(valueText(svg, '4.8%')).toEqual(['200.5', '55.5']);
    expect(valueText(svg, '-0.8%')).toEqual(['473.5', '233']);
  });

  it('moves the value text of a negative column that would cross the line just below it', () => {
    // -0.8 ends at y = 219, its text under it at 233; the line at -1 runs at y = 224.5: the text goes to 238.5.
    const svg = renderChartSvg(columns(-1));
    expect(valueText(svg, '-0.8%')).toEqual(['473.5', '238.5']);
    expect(valueText(svg, '4.8%')).toEqual(['200.5', '59']);
  });
});

describe('a horizontal chart with ranks, awards and a negative bar', () => {
  const chart: Chart = {
    kind: 'chart', id: 'ranking', lang: 'en', title: 'Ranking', description: 'D', orientation: 'horizontal', categoryLabel: 'Unit', valueLabel: 'Score',
    bars: [
      { label: 'Yên Cát', value: toDecimal(90), text: '90', tone: 'highlight', rank: '1', mark: '★ First', title: '1. Yên Cát: 90 (First)' },
      { label: 'Bãi Trành', value: toDecimal(-20), text: '-20', tone: 'neutral', rank: '2', title: '2. Bãi Trành: -20' },
    ],
    scale: scaleOf([-50, 0, 50, 100]),
    reference: null,
    legend: ['Awarded with a long label number one', 'No award with a long label number two', 'Another entry with a long label three', 'Fourth'].map((label, index) => ({ tone: index % 2 === 0 ? 'highlight' : 'neutral', label })),
  };

  it('writes the rank in bold before the name, draws bars from zero both ways, and the award mark after the score', () => {
    const svg = renderChartSvg(chart);
    // Ranks take 36 units and names 80: the plot runs from x = 116 to 680 (-50..100), zero at x = 304.
    expect(svg).toContain('<text x="26" y="30" class="rank" text-anchor="end" font-weight="700" fill="#1f2328">1</text><text x="108" y="30" class="label" text-anchor="end" fill="#1f2328">Yên Cát</text>');
    expect(svg).toContain(`<rect class="bar tone-highlight" data-tone="highlight" x="304" y="17" width="338.4" height="18" rx="2" fill="${chartToneColours.highlight}">`);
    expect(svg).toContain('<text class="value" x="648.4" y="30" fill="#1f2328">90<tspan class="mark" dx="8" fill="#8a6100" font-weight="700">★ First</tspan></text>');
    // A negative bar runs left from zero, and its text starts after zero.
    expect(svg).toContain('<rect class="bar tone-neutral" data-tone="neutral" x="228.8" y="45" width="75.2" height="18" rx="2"');
    expect(svg).toContain('<text class="value" x="310" y="58" fill="#1f2328">-20</text>');
    expect(svg).toContain('<line x1="304" y1="12" x2="304" y2="68" class="axis" stroke="#6e7781"/>');
  });

  it('wraps the legend onto a second line 20 units lower when the next entry would pass the right edge', () => {
    const svg = renderChartSvg(chart);
    const items = [...svg.matchAll(/<g class="legend-item" data-tone="[a-z]+"><rect x="([\d.]+)" y="([\d.]+)"/g)].map((match) => [match[1], match[2]]);
    expect(items).toEqual([['10', '120'], ['279', '120'], ['10', '140'], ['268', '140']]);
    expect(svg).toContain('viewBox="0 0 760 166"');
  });

  it('leaves no room for ranks when no bar has one', () => {
    const svg = renderChartSvg({ ...chart, bars: chart.bars.map(({ rank: _rank, ...bar }) => bar) });
    expect(svg).not.toContain('class="rank"');
    expect(svg).toContain('<text x="72" y="30" class="label" text-anchor="end" fill="#1f2328">Yên Cát</text>');
  });
});
