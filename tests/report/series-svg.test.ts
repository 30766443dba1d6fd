/*
 * The SVG of series charts (src/report/series-svg.ts) as a reader sees it: where values and
 * categories fall on the plot, stacked parts of a total with their values inside in a readable
 * colour, series told apart by the Okabe–Ito colours, dash patterns and marker shapes, statuses by
 * marker shape, point labels kept off the reference line, and a legend that wraps.
 */
import { describe, expect, it } from 'vitest';
import { type ChartSeries, chartToneColours, renderChartSvg, toDecimal } from '../../src/index.js';
import { attribute, chart, point, series, seriesGroup } from './series-chart-fixtures.js';

describe('the plot of a series chart', () => {
  it('puts the ticks on a plot 240 units high from y = 34, the categories in the middle of equal bands, and the reference line at its value', () => {
    // No reference: the plot runs from x = 56 to 760 − 24 = 736, three bands of 226.7.
    const plain = renderChartSvg(chart({ series: [series('a', 'series', [10, 20, 30])] }));
    expect(plain).toContain('<line x1="56" y1="154" x2="736" y2="154" stroke="#e3e6ea"/>');
    expect(plain).toContain('<text x="48" y="158" class="tick" text-anchor="end" fill="#57606a">50</text>');
    expect(plain).toContain('<line x1="56" y1="274" x2="736" y2="274" class="axis" stroke="#6e7781"/>');
    expect([...plain.matchAll(/<text x="([\d.]+)" y="292" class="category"/g)].map((match) => match[1])).toEqual(['169.3', '396', '622.7']);
    expect(plain).toContain('<text x="8" y="16" class="axis-label" fill="#57606a">Value</text>');
    // A reference labelled "Target" (bold, at 13.2 units: 42 wide) leaves 62 units on the right for its label.
    const referenced = renderChartSvg(chart({ series: [series('a', 'series', [10, 20, 30])], references: [{ value: toDecimal(75), label: 'Target' }] }));
    expect(referenced).toContain('<line x1="56" y1="274" x2="698" y2="274" class="axis" stroke="#6e7781"/>');
    expect(referenced).toContain('<line x1="56" y1="94" x2="702" y2="94" class="reference" data-value="75" stroke="#1f2328" stroke-width="1.5" stroke-dasharray="5 4"/>');
    expect(referenced).toContain('<text x="706" y="98" class="reference-label" font-weight="700" fill="#1f2328">Target</text>');
  });

  it('widens the left margin for long tick texts, and keeps the axis at the bottom of a scale above zero', () => {
    const ticks = [1000, 2000].map((value) => ({ value: toDecimal(value), text: `${String(value)} billion VND` }));
    const svg = renderChartSvg(chart({ series: [series('a', 'series', [1200, 1500, 1800])], scale: { min: toDecimal(1000), max: toDecimal(2000), ticks } }));
    // "1000 billion VND" is 103 units wide at 12px: the plot starts 20 units after it, the tick texts end 8 before it.
    expect(svg).toContain('<line x1="123" y1="274" x2="736" y2="274" class="axis" stroke="#6e7781"/>');
    expect(svg).toContain('<text x="115" y="38" class="tick" text-anchor="end" fill="#57606a">2000 billion VND</text>');
  });

  it('wraps a long category onto lines and moves the legend down by the extra lines', () => {
    const svg = renderChartSvg(chart({ categories: ['2021', 'Giai đoạn 2021–2025 theo kế hoạch năm năm của huyện', '2023'], series: [series('a', 'series', [1, 2, 3])] }));
    const lines = /<text x="396" y="292" class="category"[^>]*>(.*?)<\/text>/.exec(svg)?.[1] ?? '';
    expect(lines.split('<tspan').length - 1).toBe(2);
    // One extra line of 14 units: the legend at 338 instead of 324.
    expect(svg).toContain('<g class="legend-item" data-series="a"><line x1="8" y1="338" x2="36" y2="338"');
    expect(svg).toContain('viewBox="0 0 760 358"');
  });
});

describe('stacked bars', () => {
  const stacked = () =>
    renderChartSvg(chart({
      type: 'bars', stacked: true,
      series: [series('p1', 'series', [40, 50, 5], 'Part 1'), series('p2', 'series', [40, 30, null], 'Part 2')],
    }));

  it('stacks each part on the parts before it, one bar per category', () => {
    const svg = stacked();
    // 40 + 40: the second part runs from y = 178 (40) up to y = 82 (80).
    expect(seriesGroup(svg, 'p1')).toContain('<rect class="bar" x="138.3" y="178" width="62" height="96" fill="#0072b2">');
    expect(seriesGroup(svg, 'p2')).toContain('<rect class="bar" x="138.3" y="82" width="62" height="96" fill="#e69f00">');
    expect(seriesGroup(svg, 'p2')).toContain('<rect class="bar" x="365" y="82" width="62" height="72" fill="#e69f00">');
    // Stacks carry no outline: no part is a plan.
    expect(svg).not.toContain('stroke="#6e7781">');
  });

  it('writes a part\'s value inside it, white on the dark blue and black on the orange, and none in a part too thin for it', () => {
    const svg = stacked();
    expect(seriesGroup(svg, 'p1')).toContain('<text x="169.3" y="230" class="point-label" text-anchor="middle" fill="#ffffff" font-size="11">40</text>');
    expect(seriesGroup(svg, 'p2')).toContain('<text x="169.3" y="134" class="point-label" text-anchor="middle" fill="#000000" font-size="11">40</text>');
    // 5 is 12 units high: under the 15 a line of text needs.
    expect(seriesGroup(svg, 'p1')).not.toContain('>5</text>');
    // A missing part is written "–" in italics just above the axis.
    expect(seriesGroup(svg, 'p2')).toContain('<text x="622.7" y="268" class="point-label" text-anchor="middle" font-style="italic" fill="#57606a" font-size="11">–</text>');
  });

  it('has a filled square for each part in the legend', () => {
    expect(stacked()).toContain(
      '<g class="legend-item" data-series="p1"><rect x="16" y="318" width="14" height="12" fill="#0072b2"/><text x="42" y="328" fill="#1f2328">Part 1</text></g>\n' +
        '<g class="legend-item" data-series="p2"><rect x="104" y="318" width="14" height="12" fill="#e69f00"/><text x="130" y="328" fill="#1f2328">Part 2</text></g>',
    );
  });
});

describe('grouped bars of plan and actual', () => {
  it('draws the plan pale with an outline beside the actual in blue, the value above each and the actual\'s status mark above it', () => {
    const actual: ChartSeries = { id: 'actual', label: 'Actual', role: 'actual', points: [point(40, 'ahead'), point(50, 'not-assessable'), point(null)] };
    const svg = renderChartSvg(chart({
      type: 'bars', series: [series('plan', 'target', [50, 50, 50], 'Plan'), actual],
      statusLegend: [{ tone: 'ahead', label: 'Ahead' }, { tone: 'highlight', label: 'skipped' }],
    }));
    // Bands of 226.7: a group 88 wide (44 a series), centred at 169.3.
    expect(seriesGroup(svg, 'plan')).toContain('<rect class="bar" x="126.3" y="154" width="42" height="120" fill="#b8c4d0" stroke="#6e7781">');
    expect(seriesGroup(svg, 'actual')).toContain('<rect class="bar" x="170.3" y="178" width="42" height="96" fill="#0072b2">');
    expect(seriesGroup(svg, 'actual')).toContain('<text x="191.3" y="172" class="point-label" text-anchor="middle" fill="#1f2328" font-size="11">40</text>');
    expect(seriesGroup(svg, 'actual')).toContain(`<path class="status-mark" d="M191.3 148.6L196.5 158.1L186.2 158.1Z" fill="${chartToneColours.ahead}" stroke="#1f2328" stroke-width="1"/>`);
    // Not assessable: a hollow diamond.
    expect(seriesGroup(svg, 'actual')).toMatch(/<path class="status-mark" d="M418 [\d.]+L[^"]*" fill="#ffffff" stroke="#1f2328"/);
    expect(svg).toContain('<g class="legend-item" data-series="plan"><rect x="16" y="318" width="14" height="12" fill="#b8c4d0" stroke="#6e7781"/>');
    // Tones other than statuses have no marker to name.
    expect(svg).toContain('<g class="legend-item" data-status="ahead">');
    expect(svg).not.toContain('skipped');
  });
});

describe('line charts', () => {
  it('tells up to eight series apart by the Okabe–Ito colours, each with its dash pattern and marker shape, and starts again after eight', () => {
    const many = Array.from({ length: 9 }, (_, index) => series(`s${String(index)}`, 'series', [10 * index, 10 * index + 5, null]));
    const svg = renderChartSvg(chart({ series: many }));
    const styles = many.map(({ id }) => {
      const line = /<path class="series-line"[^>]*>/.exec(seriesGroup(svg, id))?.[0] ?? '';
      return [attribute(line, 'stroke'), attribute(line, 'stroke-dasharray') ?? ''];
    });
    expect(styles).toEqual([
      ['#0072b2', ''],
      ['#e69f00', '8 4'],
      ['#009e73', '2 3'],
      ['#cc79a7', '10 3 2 3'],
      ['#000000', '4 2'],
      ['#56b4e9', '12 4'],
      ['#d55e00', '1 2'],
      ['#6e7781', '6 2 1 2'],
      ['#0072b2', ''],
    ]);
    // Marker shapes of size 5 at x = 169.3, y = 274 − 2.4 × value: a circle, a square, a triangle, a diamond, a triangle down, a hexagon.
    const firstMarker = (id: string) => /<g class="point"[^>]*><path d="([^"]*)"/.exec(seriesGroup(svg, id))?.[1];
    expect(['s0', 's1', 's2', 's3', 's4', 's5'].map(firstMarker)).toEqual([
      'M164.3 274a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z',
      'M164.3 245h10v10h-10Z',
      'M169.3 220L175.1 230.5L163.6 230.5Z',
      'M169.3 195.5L175.8 202L169.3 208.5L162.8 202Z',
      'M169.3 184L175.1 173.5L163.6 173.5Z',
      'M164.3 154L166.8 149H171.8L174.3 154L171.8 159H166.8Z',
    ]);
    // With more than one series that is not a target, points carry no value labels.
    expect(svg).not.toContain('class="point-label"');
  });

  it('draws the target paths first, dashed and thinner, the actual line solid, and breaks a line at a missing value', () => {
    const svg = renderChartSvg(chart({
      series: [series('actual', 'actual', [20, null, 60, 70]), series('path', 'target', [30, 40, 50, 60]), series('milestones', 'target', [null, 45, null, 65])],
      categories: ['2021', '2022', '2023', '2024'],
    }));
    expect([...svg.matchAll(/<g class="series" data-series="([a-z]+)"/g)].map((match) => match[1])).toEqual(['path', 'milestones', 'actual']);
    const line = (id: string) => /<path class="series-line"[^>]*>/.exec(seriesGroup(svg, id))?.[0] ?? '';
    expect(attribute(line('path'), 'stroke')).toBe('#57606a');
    expect([attribute(line('path'), 'stroke-dasharray'), attribute(line('path'), 'stroke-width')]).toEqual(['6 4', '1.75']);
    expect([attribute(line('milestones'), 'stroke'), attribute(line('milestones'), 'stroke-dasharray')]).toEqual(['#8a6100', '2 3']);
    expect([attribute(line('actual'), 'stroke'), attribute(line('actual'), 'stroke-dasharray'), attribute(line('actual'), 'stroke-width')]).toEqual(['#1f2328', undefined, '2.25']);
    // The actual line moves to 2023 after the missing 2022 instead of drawing through it.
    expect(attribute(line('actual'), 'd')).toMatch(/^M[\d.]+ 226M[\d.]+ 130L[\d.]+ 106$/);
    // Target markers are smaller (3.5) than the actual's (5).
    expect(seriesGroup(svg, 'path')).toMatch(/<path d="M[\d.]+ 197.5L/);
    expect(seriesGroup(svg, 'actual')).toMatch(/<path d="M[\d.]+ 226a5 5 0 1 0 10 0/);
  });

  it('marks each status with its shape, the not assessable one hollow, and names in the legend only the statuses', () => {
    const actual: ChartSeries = { id: 'actual', label: 'Actual', role: 'actual', points: [point(20, 'behind'), point(40, 'on-pace'), point(60, 'not-assessable')] };
    const svg = renderChartSvg(chart({
      series: [actual],
      statusLegend: [{ tone: 'behind', label: 'Behind' }, { tone: 'not-assessable', label: 'No data' }, { tone: 'neutral', label: 'skipped' }, { tone: 'reference', label: 'skipped too' }],
    }));
    const markers = [...seriesGroup(svg, 'actual').matchAll(/<g class="point" data-status="([a-z-]+)" data-value="(\d+)"><path d="([A-Za-z])[^"]*" fill="([^"]*)" stroke="([^"]*)"/g)].map((match) => match.slice(1));
    expect(markers).toEqual([
      ['behind', '20', 'M', chartToneColours.behind, '#1f2328'],
      ['on-pace', '40', 'M', chartToneColours['on-pace'], '#1f2328'],
      ['not-assessable', '60', 'M', '#ffffff', '#1f2328'],
    ]);
    expect(svg).toContain(`<path d="M169.3 232L175.1 221.5L163.6 221.5Z" fill="${chartToneColours.behind}"`);
    expect([...svg.matchAll(/<g class="legend-item" data-(series|status)="([a-z-]+)"/g)].map((match) => match[2])).toEqual(['actual', 'behind', 'not-assessable']);
    expect(svg).not.toContain('skipped');
  });

  it('writes a value above its marker, below it when the reference line runs there', () => {
    const svg = renderChartSvg(chart({ series: [series('actual', 'actual', [20, 45, 80])], references: [{ value: toDecimal(50), label: 'Target' }] }));
    const labels = [...seriesGroup(svg, 'actual').matchAll(/<text x="[\d.]+" y="([\d.]+)" class="point-label"[^>]*>(\d+)<\/text>/g)].map((match) => [match[2], match[1]]);
    // 45 sits at y = 166: a label above it (baseline 156) would cross the line at y = 154, so it goes below (186).
    expect(labels).toEqual([['20', '216'], ['45', '186'], ['80', '72']]);
  });

  it('keeps a value label off the target path, and labels only the actual series', () => {
    // The path at 60 runs just above the actual 55 (y = 154 and 142): the label goes below the marker.
    const svg = renderChartSvg(chart({ series: [series('actual', 'actual', [55, 55, 55]), series('path', 'target', [60, 60, 60])] }));
    expect([...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" class="point-label"[^>]*>(\d+)<\/text>/g)].map((match) => [match[2], match[1]])).toEqual([['55', '162'], ['55', '162'], ['55', '162']]);
  });

  it('wraps the legend onto a new line when the next entry would pass the right edge', () => {
    const long = 'A series with a rather long name to fill the line';
    const svg = renderChartSvg(chart({ series: ['a', 'b', 'c'].map((id) => series(id, 'series', [1, 2, 3], `${long} ${id}`)) }));
    const rows = [...svg.matchAll(/<g class="legend-item" data-series="[a-z]"><line x1="([\d.]+)" y1="([\d.]+)"/g)].map((match) => [match[1], match[2]]);
    expect(rows[0]).toEqual(['8', '324']);
    expect(rows[2]?.[0]).toBe('8');
    expect(rows[2]?.[1]).toBe('344');
    expect(svg).toContain('viewBox="0 0 760 364"');
  });
});
