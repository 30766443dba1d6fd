/*
 * Series chart SVG (src/report/series-svg.ts) where the main tests do not look: values outside the
 * scale, negative bars, every palette colour in a stack with its readable text colour, target paths
 * beyond the third, the legend's swatches, and where a point label goes when the places above and
 * below its marker are taken.
 */
import { describe, expect, it } from 'vitest';
import { type ChartSeries, type SeriesChart, chartToneColours, renderChartSvg, toDecimal } from '../../src/index.js';
import { attribute, chart, point, series, seriesGroup, ticksOf } from './series-chart-fixtures.js';

/** The commands of a path with its numbers left out: `MLLLZ` is a diamond, `MhvhZ` a square. */
const commands = (d: string | undefined) => (d ?? '').replace(/[-\d. ]/g, '');

describe('values outside the scale', () => {
  it('draws a value above the scale at its top and one below it at its bottom, and keeps the value itself in the data', () => {
    const svg = renderChartSvg(chart({ series: [series('a', 'series', [150, -20, 50])] }));
    const line = /<path class="series-line"[^>]*>/.exec(svg)?.[0] ?? '';
    expect(attribute(line, 'd')).toBe('M169.3 34L396 274L622.7 154');
    expect([...svg.matchAll(/<g class="point" data-status="" data-value="(-?\d+)">/g)].map((match) => match[1])).toEqual(['150', '-20', '50']);
  });
});

describe('bars below zero', () => {
  it('draws a negative bar down from the zero line and a positive one up from it, with the value just above the bar\'s top', () => {
    // A scale of −50..50: y = 274 − 2.4 × (value + 50), zero at y = 154. One series: bars 44 wide, centred in bands of 226.7.
    const svg = renderChartSvg(chart({ type: 'bars', series: [series('a', 'series', [-30, 20, null])], scale: { min: toDecimal(-50), max: toDecimal(50), ticks: ticksOf([-50, 0, 50]) } }));
    expect(svg).toContain('<line x1="56" y1="154" x2="736" y2="154" class="axis" stroke="#6e7781"/>');
    const group = seriesGroup(svg, 'a');
    // −30 ends at y = 226: the bar runs from 154 down 72 units.
    expect(group).toContain('<rect class="bar" x="148.3" y="154" width="42" height="72" fill="#0072b2">');
    expect(group).toContain('<text x="169.3" y="148" class="point-label" text-anchor="middle" fill="#1f2328" font-size="11">-30</text>');
    // 20 ends at y = 106: the bar runs from 106 down to the zero line, 48 units.
    expect(group).toContain('<rect class="bar" x="375" y="106" width="42" height="48" fill="#0072b2">');
    expect(group).toContain('<text x="396" y="100" class="point-label" text-anchor="middle" fill="#1f2328" font-size="11">20</text>');
    // The missing value: a dash in italics 6 units above the zero line.
    expect(group).toContain('<text x="622.7" y="148" class="point-label" text-anchor="middle" font-style="italic" fill="#57606a" font-size="11">–</text>');
  });

  it('puts the axis at the top of a scale wholly below zero and hangs the bars from it', () => {
    // A scale of −100..−20: y = 274 − 3 × (value + 100); zero lies above the scale, at its top (y = 34).
    const svg = renderChartSvg(chart({ type: 'bars', series: [series('a', 'series', [-60, -100, -20])], scale: { min: toDecimal(-100), max: toDecimal(-20), ticks: ticksOf([-100, -60, -20]) } }));
    expect(svg).toContain('<line x1="56" y1="34" x2="736" y2="34" class="axis" stroke="#6e7781"/>');
    // −60 sits at y = 154: the bar runs from 34 down 120 units; −100 at the bottom (274); −20 at the top, no height.
    const rects = [...seriesGroup(svg, 'a').matchAll(/<rect class="bar" x="[\d.]+" y="([\d.]+)" width="42" height="([\d.]+)"/g)].map((match) => [match[1], match[2]]);
    expect(rects).toEqual([['34', '120'], ['34', '240'], ['34', '0']]);
  });
});

describe('a stack of eight parts', () => {
  // One category: the stack is 64 wide (62 drawn) centred at x = 396; eight parts of 12, each 28.8 units high.
  const parts = (): SeriesChart =>
    chart({
      type: 'bars', stacked: true, categories: ['2021'],
      series: Array.from({ length: 8 }, (_, index) => series(`p${String(index)}`, index === 0 ? 'target' : index === 1 ? 'actual' : 'series', [12], `P${String(index)}`)),
    });

  it('fills the parts with the Okabe–Ito colours in order, plans and actuals too, with no outline', () => {
    const svg = renderChartSvg(parts());
    const rects = [...svg.matchAll(/<rect class="bar" x="365" y="([\d.]+)" width="62" height="28.8" fill="(#[0-9a-f]{6})">/g)].map((match) => [match[1], match[2]]);
    expect(rects).toEqual([
      ['245.2', '#0072b2'], ['216.4', '#e69f00'], ['187.6', '#009e73'], ['158.8', '#cc79a7'],
      ['130', '#000000'], ['101.2', '#56b4e9'], ['72.4', '#d55e00'], ['43.6', '#6e7781'],
    ]);
    expect(svg).toContain('<g class="legend-item" data-series="p0"><rect x="16" y="318" width="14" height="12" fill="#0072b2"/>');
  });

  it('writes each part\'s value in black on the light fills (orange, sky blue) and in white on the dark ones', () => {
    // Relative luminance (WCAG) above 0.3: #e69f00 0.42 and #56b4e9 0.41; under it #cc79a7 (0.29), #009e73 (0.26), #d55e00 (0.22), #6e7781 (0.18), #0072b2 (0.15), black (0).
    const svg = renderChartSvg(parts());
    const labels = [...svg.matchAll(/<text x="396" y="([\d.]+)" class="point-label" text-anchor="middle" fill="(#[0-9a-f]{6})" font-size="11">12<\/text>/g)].map((match) => [match[1], match[2]]);
    expect(labels).toEqual([
      ['263.6', '#ffffff'], ['234.8', '#000000'], ['206', '#ffffff'], ['177.2', '#ffffff'],
      ['148.4', '#ffffff'], ['119.6', '#000000'], ['90.8', '#ffffff'], ['62', '#ffffff'],
    ]);
  });

  it('writes a part\'s text inside only when the part is at least 15 units high and the text at most 4 units narrower than the bar', () => {
    // A scale of 0..240: one unit a value. The stack is 64 wide: room for a text 60 wide at 11px ("MMMMMM": 6 × 0.9 × 11 = 59.4, 60 after rounding up).
    const custom = (id: string, value: number, text: string): ChartSeries => ({ id, label: id, role: 'series', points: [point(value, undefined, text)] });
    const svg = renderChartSvg(chart({
      type: 'bars', stacked: true, categories: ['2021'], scale: { min: toDecimal(0), max: toDecimal(240), ticks: ticksOf([0, 120, 240]) },
      // "MMMMAAa" is 4 × 0.9 + 2 × 0.66 + 0.58 = 5.5 wide a unit of size: 61 at 11px.
      series: [custom('a', 15, 'MMMMMM'), custom('b', 14, 'b'), custom('c', 30, 'MMMMAAa'), custom('d', 30, 'd')],
    }));
    // a runs from y = 274 up to 259 (its text at the middle, 266.5, plus 4), b from 259 to 245, c from 245 to 215, d from 215 to 185.
    expect([...svg.matchAll(/<text x="396" y="([\d.]+)" class="point-label"[^>]*>([^<]*)<\/text>/g)].map((match) => [match[2], match[1]])).toEqual([['MMMMMM', '270.5'], ['d', '204']]);
  });
});

describe('line charts with many targets, and their legend', () => {
  it('gives a fourth target path the first target style again, and a plain series after the targets its place in the palette', () => {
    const svg = renderChartSvg(chart({
      series: [
        series('t1', 'target', [10, 20, 30]), series('t2', 'target', [15, 25, 35]), series('t3', 'target', [20, 30, 40]), series('t4', 'target', [25, 35, 45]),
        series('actual', 'actual', [30, 40, 50]), series('other', 'series', [60, 70, 80]),
      ],
    }));
    const style = (id: string) => {
      const group = seriesGroup(svg, id);
      const line = /<path class="series-line"[^>]*>/.exec(group)?.[0] ?? '';
      const marker = /<g class="point"[^>]*><path d="([^"]*)"/.exec(group)?.[1];
      return [attribute(line, 'stroke'), attribute(line, 'stroke-dasharray') ?? '', attribute(line, 'stroke-width'), commands(marker)];
    };
    expect(['t1', 't2', 't3', 't4', 'actual', 'other'].map(style)).toEqual([
      ['#57606a', '6 4', '1.75', 'MLLLZ'],
      ['#8a6100', '2 3', '1.75', 'MhvhZ'],
      ['#6e7781', '10 3 2 3', '1.75', 'MLHLLHZ'],
      ['#57606a', '6 4', '1.75', 'MLLLZ'],
      ['#1f2328', '', '2.25', 'MaaZ'],
      // The sixth series: the sixth colour, dash and shape (a hexagon), whatever the roles before it.
      ['#56b4e9', '12 4', '2.25', 'MLHLLHZ'],
    ]);
    // A target's square is 7 wide (half-width 3.5): 30 − 3.5 at x = 169.3 − 3.5, y = 274 − 2.4 × 15 − 3.5.
    expect(seriesGroup(svg, 't2')).toContain('<path d="M165.8 234.5h7v7h-7Z" fill="#8a6100" stroke="#ffffff" stroke-width="1.2"/>');
  });

  it('draws each series in the legend as a short line in its colour and dash with its marker, smaller for a target', () => {
    const svg = renderChartSvg(chart({ series: [series('a', 'series', [1, 2, 3]), series('p', 'target', [4, 5, 6])] }));
    // The legend starts 50 units under the plot (y = 324); "a" is 7 units wide, so its entry takes 34 + 7 + 18 = 59 and the next starts at x = 67.
    expect(svg).toContain(
      '<g class="legend-item" data-series="a"><line x1="8" y1="324" x2="36" y2="324" stroke="#0072b2" stroke-width="2"/>' +
        '<path d="M17.5 324a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z" fill="#0072b2" stroke="#ffffff"/><text x="42" y="328" fill="#1f2328">a</text></g>',
    );
    // The target: a diamond of half-width 3.5 (its points 1.3 × 3.5 from the centre at x = 81), on a dashed grey line.
    const c = (value: number) => String(Math.round(value * 10) / 10);
    expect(svg).toContain(
      '<g class="legend-item" data-series="p"><line x1="67" y1="324" x2="95" y2="324" stroke="#57606a" stroke-width="2" stroke-dasharray="6 4"/>' +
        `<path d="M81 ${c(324 - 3.5 * 1.3)}L${c(81 + 3.5 * 1.3)} 324L81 ${c(324 + 3.5 * 1.3)}L${c(81 - 3.5 * 1.3)} 324Z" fill="#57606a" stroke="#ffffff"/><text x="101" y="328" fill="#1f2328">p</text></g>`,
    );
  });

  it('names each status in the legend with its marker of half-width 5, outlined in ink, the not assessable one hollow', () => {
    const svg = renderChartSvg(chart({
      series: [series('a', 'series', [1, 2, 3])],
      statusLegend: [{ tone: 'met', label: 'Met' }, { tone: 'exceeded', label: 'Up' }, { tone: 'not-assessable', label: 'No data' }],
    }));
    // "a" takes 59 units (x = 8 to 67); "Met" is 23 wide: 75 units, to x = 142; "Up" (0.66 + 0.58 a unit of size) 15 wide: 67 units, to x = 209.
    expect(svg).toContain(`<g class="legend-item" data-status="met"><path d="M76 324a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z" fill="${chartToneColours.met}" stroke="#1f2328" stroke-width="1.2"/><text x="101" y="328"`);
    // A triangle up: its top 1.2 × 5 above the centre (156, 324), its base 0.9 × 5 below, 1.15 × 5 to each side.
    expect(svg).toContain(`<g class="legend-item" data-status="exceeded"><path d="M156 318L161.8 328.5L150.3 328.5Z" fill="${chartToneColours.exceeded}" stroke="#1f2328" stroke-width="1.2"/><text x="176" y="328"`);
    expect(svg).toContain('<g class="legend-item" data-status="not-assessable"><path d="M223 317.5L229.5 324L223 330.5L216.5 324Z" fill="#ffffff" stroke="#1f2328" stroke-width="1.2"/><text x="243" y="328"');
  });
});

describe('where a point label goes', () => {
  // A scale of 0..240: y = 274 − value. The value 120 sits at y = 154; its label's box runs 11 units above its baseline and 3 below it.
  const scale = { min: toDecimal(0), max: toDecimal(240), ticks: ticksOf([0, 120, 240]) };
  const labelAt = (svg: string) => [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" class="point-label"[^>]*>120<\/text>/g)].map((match) => match[1]);

  it('tries above the marker, below it, further up, further down and further up again, and keeps the first place that crosses no reference line', () => {
    // Lines at y = 140, 170, 125, 185 and 110 block, one after the other, the baselines 144, 174, 130, 188 and 116;
    // when all five are blocked the label stays just above the marker.
    const blockers = [134, 104, 149, 89, 164];
    const expected = ['174', '130', '188', '116', '144'];
    blockers.forEach((_, index) => {
      const references = blockers.slice(0, index + 1).map((value) => ({ value: toDecimal(value), label: 'A' }));
      const svg = renderChartSvg(chart({ scale, references, series: [series('a', 'actual', [null, 120, null])] }));
      expect(labelAt(svg)).toEqual([expected[index]]);
    });
  });

  it('keeps a label above its marker when its box only touches a reference line', () => {
    // Above the marker the label's box runs from y = 133 to 147; lines at y = 148.5 and 131.5 (1.5 either side) touch it without crossing.
    for (const value of [125.5, 142.5]) {
      const svg = renderChartSvg(chart({ scale, references: [{ value: toDecimal(value), label: 'A' }], series: [series('a', 'actual', [null, 120, null])] }));
      expect(labelAt(svg)).toEqual(['144']);
    }
  });

  it('moves a label off the label of the point before it, and leaves it when the two only touch', () => {
    // Four bands of 170 (x = 56 to 736, centres 141, 311, 481 and 651). "MMMMMMMMMMMMMMMA" is 15 × 0.9 + 0.66 = 14.16 × 12, 170 wide:
    // two such labels side by side touch at x = 226; one letter more and they overlap, so the second goes below its marker.
    const labelled = (text: string) => ({ id: 'a', label: 'A', role: 'actual' as const, points: [point(120, undefined, text), point(120, undefined, text), point(null), point(null)] });
    const baselines = (text: string) => {
      const svg = renderChartSvg(chart({ scale, categories: ['1', '2', '3', '4'], series: [labelled(text)] }));
      return [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" class="point-label"/g)].map((match) => match[1]);
    };
    expect(baselines('MMMMMMMMMMMMMMMA')).toEqual(['144', '144']);
    expect(baselines('MMMMMMMMMMMMMMMAi')).toEqual(['144', '174']);
  });

  it('keeps the labels of a second series off those of the first, and leaves them when they only touch', () => {
    // Two series label their points: the first at 2022, the second at 2021; the second's box ends where the first's begins.
    const text = 'MMMMMMMMMMMMMMMA';
    const one = (id: string, values: readonly (number | null)[], label: string): ChartSeries => ({ id, label: id, role: 'series', points: values.map((value) => point(value, undefined, value === null ? '–' : label)) });
    const baselines = (label: string) => {
      const svg = renderChartSvg(chart({ scale, categories: ['1', '2', '3', '4'], series: [one('a', [null, 120, null, null], text), one('b', [120, null, null, null], label)] }));
      return [seriesGroup(svg, 'a'), seriesGroup(svg, 'b')].map((group) => /<text x="[\d.]+" y="([\d.]+)" class="point-label"/.exec(group)?.[1]);
    };
    expect(baselines(text)).toEqual(['144', '144']);
    expect(baselines(`${text}i`)).toEqual(['144', '174']);
  });
});

describe('long reference labels and narrow categories', () => {
  it('wraps a reference label wider than 180 units onto lines centred on its line, and narrows the plot to the widest line', () => {
    // Bold at 13.2 units: "MMMMMMMMMM" is 10 × 0.9 × 13.2 = 119 wide, the two words together 243: two lines.
    // The plot ends 119 + 20 units before the right edge (x = 621); the line runs 4 further, the label starts 8 after the plot.
    const svg = renderChartSvg(chart({ series: [series('a', 'series', [1, 2, 3])], references: [{ value: toDecimal(50), label: 'MMMMMMMMMM MMMMMMMMMM' }, { value: toDecimal(80), label: 'A' }] }));
    expect(svg).toContain('<line x1="56" y1="274" x2="621" y2="274" class="axis" stroke="#6e7781"/>');
    expect(svg).toContain('<line x1="56" y1="154" x2="625" y2="154" class="reference" data-value="50"');
    // Two lines 14 apart: the first 7 units above where a single line would sit (154 + 4); "A" at 80 (y = 82) on one line, at 82 + 4.
    expect(svg).toContain('<text x="629" y="151" class="reference-label" font-weight="700" fill="#1f2328"><tspan x="629">MMMMMMMMMM</tspan><tspan x="629" dy="14">MMMMMMMMMM</tspan></text>');
    expect(svg).toContain('<text x="629" y="86" class="reference-label" font-weight="700" fill="#1f2328">A</text>');
  });

  it('wraps a category at 6 units less than its band, but never narrower than 24 units', () => {
    // Eight bands of 85: "Năm 2021 KH" (82 wide) passes 79 and wraps after "2021".
    const eight = Array.from({ length: 8 }, (_, index) => (index === 0 ? 'Năm 2021 KH' : String(2022 + index)));
    const svg = renderChartSvg(chart({ categories: eight, series: [series('a', 'series', eight.map(() => 1))] }));
    expect(svg).toContain('<text x="98.5" y="292" class="category" text-anchor="middle" fill="#1f2328"><tspan x="98.5">Năm 2021</tspan><tspan x="98.5" dy="14">KH</tspan></text>');
    // Thirty bands of 22.7: a year (32 wide) is cut after 24 units, "202" and "1".
    const thirty = Array.from({ length: 30 }, (_, index) => String(2000 + index));
    const narrow = renderChartSvg(chart({ categories: thirty, series: [series('a', 'series', thirty.map(() => 1))] }));
    expect(narrow).toContain('<tspan x="67.3">200</tspan><tspan x="67.3" dy="14">0</tspan>');
  });
});

describe('which points carry labels, and bars in narrow bands', () => {
  it('labels the points of the one series that is not a target, however many targets there are', () => {
    const svg = renderChartSvg(chart({ series: [series('t1', 'target', [10, 20, 30]), series('t2', 'target', [90, 90, 90]), series('actual', 'actual', [50, 60, 70])] }));
    expect([...svg.matchAll(/class="point-label"[^>]*>(\d+)<\/text>/g)].map((match) => match[1])).toEqual(['50', '60', '70']);
  });

  it('narrows a group of bars to 72% of its band when 44 units a series would not fit, and a stack too', () => {
    // Eight bands of 85 (centres from x = 98.5): a group 61.2 wide, two bars of 30.6 (28.6 drawn).
    const eight = Array.from({ length: 8 }, (_, index) => String(2021 + index));
    const svg = renderChartSvg(chart({ type: 'bars', categories: eight, series: [series('plan', 'target', eight.map(() => 50)), series('actual', 'actual', eight.map(() => 40))] }));
    expect(seriesGroup(svg, 'plan')).toContain('<rect class="bar" x="68.9" y="154" width="28.6" height="120" fill="#b8c4d0" stroke="#6e7781">');
    expect(seriesGroup(svg, 'actual')).toContain('<rect class="bar" x="99.5" y="178" width="28.6" height="96" fill="#0072b2">');
    expect(seriesGroup(svg, 'actual')).toContain('<text x="113.8" y="172" class="point-label"');
    // Stacked, the bar is 61.2 wide rather than 64.
    const stacked = renderChartSvg(chart({ type: 'bars', stacked: true, categories: eight, series: [series('a', 'series', eight.map(() => 50))] }));
    expect(seriesGroup(stacked, 'a')).toContain('<rect class="bar" x="68.9" y="154" width="59.2" height="120" fill="#0072b2">');
  });
});

describe('point labels and target paths', () => {
  // A scale of 0..240 (y = 274 − value) over four bands of 170 (centres 141, 311, 481 and 651). A target point takes a box 6 units
  // either side of its marker and 5 above and below it, stretched to the next point when that one has a value.
  const scale = { min: toDecimal(0), max: toDecimal(240), ticks: ticksOf([0, 120, 240]) };
  const labels = (targets: readonly (number | null)[], actuals: readonly (number | null)[]) => {
    const svg = renderChartSvg(chart({ scale, categories: ['1', '2', '3', '4'], series: [series('path', 'target', targets), series('actual', 'actual', actuals)] }));
    return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="point-label"/g)].map((match) => [match[1], match[2]]);
  };

  it('moves a label below its marker when a flat path runs through the place above it, and above when the path runs below', () => {
    // The path at 120 (y = 154) takes y = 149 to 159. 114 sits at y = 160: above it the label's box (139 to 153) crosses the path, below (169 to 183) it is free.
    // 99 sits at y = 175: the box above it (154 to 168) crosses the path too, and the label goes below, at 195.
    expect(labels([120, 120, 120, 120], [114, 99, null, null])).toEqual([['141', '180'], ['311', '195']]);
    // 130 sits at y = 144: the path runs under it, the label above (at 134) is free.
    expect(labels([120, 120, 120, 120], [null, null, 130, null])).toEqual([['481', '134']]);
  });

  it('keeps labels off the whole height of a sloping segment', () => {
    // From 120 to 140 (y = 154 to 134) the segment takes y = 129 to 159 from x = 135 to 317.
    // 124 (y = 150): the box above it (129 to 143) crosses the upper part, so the label goes below (170, whose box touches the segment's at 159).
    expect(labels([120, 140, null, null], [124, null, null, null])).toEqual([['141', '170']]);
    // 109 (y = 165): the box above it (144 to 158) crosses the lower part; below (174 to 188) is free.
    expect(labels([120, 140, null, null], [109, null, null, null])).toEqual([['141', '185']]);
  });

  it('lets a label sit beside a target point that is followed by a missing value, where no path is drawn', () => {
    // A milestone at 2021 only: its box ends 6 units right of its marker (x = 147). The actual 109 at 2022 (x = 311) keeps its label above (155).
    expect(labels([120, null, null, null], [null, 109, null, null])).toEqual([['311', '155']]);
    // With a path drawn from 2021 to 2022 the same label goes below the marker.
    expect(labels([120, 120, null, null], [null, 109, null, null])).toEqual([['311', '185']]);
  });
});

describe('target boxes at their edges, and more of the drawing', () => {
  const scale = { min: toDecimal(0), max: toDecimal(240), ticks: ticksOf([0, 120, 240]) };
  const wide = 'M'.repeat(31); // 31 × 0.9 × 12 = 334.8: 335 units wide, 167.5 either side of its point.
  const labels = (targets: readonly (number | null)[], actual: ChartSeries) => {
    const svg = renderChartSvg(chart({ scale, categories: ['1', '2', '3', '4'], series: [series('path', 'target', targets), actual] }));
    return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="point-label"/g)].map((match) => [match[1], match[2]]);
  };
  const actualAt = (index: number, value: number, text: string): ChartSeries => ({
    id: 'actual', label: 'Actual', role: 'actual', points: [0, 1, 2, 3].map((at) => (at === index ? point(value, undefined, text) : point(null))),
  });

  it('reaches 6 units left of a target path\'s first marker and 6 right of its last', () => {
    // The path from 2022 to 2023 at 120 (y = 149 to 159) starts at x = 311 − 6 = 305; a label 335 wide at 2021 (x = 141) ends at 308.5 and must go below.
    expect(labels([null, 120, 120, null], actualAt(0, 114, wide))).toEqual([['141', '180']]);
    // The path from 2021 to 2022 ends at x = 311 + 6 = 317; the same label at 2023 (x = 481) starts at 313.5.
    expect(labels([120, 120, null, null], actualAt(2, 114, wide))).toEqual([['481', '180']]);
  });

  it('keeps a label off the part of a steep segment between its two markers', () => {
    // From 120 to 180 (y = 154 to 94) the segment takes x = 135 to 317 and y = 89 to 159. The actual 134 at 2022 (y = 140):
    // 130, 160 and 116 all cross it; 174 is free.
    expect(labels([120, 180, null, null], actualAt(1, 134, '134'))).toEqual([['311', '174']]);
  });

  it('draws no line for a series without values, and still names it in the legend', () => {
    const svg = renderChartSvg(chart({ series: [series('a', 'series', [10, 20, 30]), series('empty', 'series', [null, null, null])] }));
    expect(seriesGroup(svg, 'empty')).toBe('<g class="series" data-series="empty" data-role="series"></g>');
    expect(svg).toContain('<g class="legend-item" data-series="empty">');
  });

  it('draws a target point that has a status with the status marker at full size', () => {
    const target: ChartSeries = { id: 'path', label: 'Path', role: 'target', points: [point(50, 'met'), point(50), point(50)] };
    const svg = renderChartSvg(chart({ series: [target] }));
    // A circle of half-width 5 for "met" at (169.3, 154); the plain target points keep the diamond of half-width 3.5.
    expect(seriesGroup(svg, 'path')).toContain(`<path d="M164.3 154a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z" fill="${chartToneColours.met}" stroke="#1f2328" stroke-width="1.2"/>`);
    expect(commands(/<g class="point" data-status="" [^>]*><path d="([^"]*)"/.exec(seriesGroup(svg, 'path'))?.[1])).toBe('MLLLZ');
  });

  it('closes the grid before the axis and the legend before the end of the picture', () => {
    const svg = renderChartSvg(chart({ series: [series('a', 'series', [10, 20, 30])] }));
    expect(svg).toContain('fill="#57606a">100</text>\n</g>\n<line x1="56" y1="274" x2="736" y2="274" class="axis"');
    expect(svg).toMatch(/<g class="legend">\n<g class="legend-item"[^\n]*<\/g>\n<\/g>\n<\/svg>$/);
  });

  it('keeps a legend entry on its line when it ends 8 units from the right edge, wraps it one unit further, and never leaves a line empty', () => {
    // "a" takes x = 8 to 67; an entry whose label is 633 wide takes 34 + 633 + 18 = 685, to x = 752 = 760 − 8.
    const legendRows = (labels: readonly string[]) => {
      const svg = renderChartSvg(chart({ series: labels.map((label, index) => series(`s${String(index)}`, 'series', [1, 2, 3], label)) }));
      return [...svg.matchAll(/<g class="legend-item" data-series="s\d"><line x1="([\d.]+)" y1="([\d.]+)"/g)].map((match) => [match[1], match[2]]);
    };
    const width633 = `${'M'.repeat(41)}${'A'.repeat(16)}${'a'.repeat(9)}`; // (41 × 0.9 + 16 × 0.66 + 9 × 0.58) × 12 = 632.2
    const width634 = `${'M'.repeat(41)}${'A'.repeat(17)}${'a'.repeat(8)}`; // 633.1
    expect(legendRows(['a', width633])).toEqual([['8', '324'], ['67', '324']]);
    expect(legendRows(['a', width634])).toEqual([['8', '324'], ['8', '344']]);
    // A first entry wider than the whole line stays on the first line.
    expect(legendRows(['M'.repeat(70)])).toEqual([['8', '324']]);
  });
});

describe('the elements of a series chart, whole', () => {
  it('opens the grid after the value label and puts each series right after the categories, a solid line ending with its width', () => {
    const svg = renderChartSvg(chart({ series: [series('a', 'series', [10, 20, 30])] }));
    expect(svg).toContain('<text x="8" y="16" class="axis-label" fill="#57606a">Value</text>\n<g class="grid">\n<line x1="56" y1="274"');
    expect(svg).toContain('2023</text>\n<g class="series" data-series="a" data-role="series"><path class="series-line" d="M169.3 250L396 226L622.7 202" fill="none" stroke="#0072b2" stroke-width="2.25"/><g class="point"');
    // Each point carries its title, escaped, for a reader who points at it.
    const titled = renderChartSvg(chart({ series: [{ id: 'a', label: 'A', role: 'series', points: [{ value: toDecimal(10), text: '10', title: 'a < b' }, point(null), point(null)] }] }));
    expect(titled).toContain('stroke-width="1.2"/><title>a &lt; b</title></g>');
  });

  it('writes each bar as a point with its status and value, the status mark only where there is a status, and closes the series', () => {
    const actual: ChartSeries = { id: 'actual', label: 'Actual', role: 'actual', points: [point(40, 'ahead'), point(50), point(60)] };
    const svg = renderChartSvg(chart({ type: 'bars', series: [series('other', 'series', [10, 20, 30]), actual] }));
    expect(svg).toContain('2023</text>\n<g class="series" data-series="other" data-role="series"><g class="point" data-status="" data-value="10"><rect class="bar"');
    // The actual is blue, without an outline, here and in the legend ("other", 30 wide, takes x = 8 to 90); a second plain series takes the second colour of the palette.
    expect(seriesGroup(svg, 'other')).toContain('fill="#0072b2">');
    expect(seriesGroup(svg, 'actual')).toContain('<g class="point" data-status="ahead" data-value="40"><rect class="bar" x="170.3" y="178" width="42" height="96" fill="#0072b2"><title>value 40</title></rect></g><text x="191.3" y="172"');
    expect(seriesGroup(svg, 'actual')).toContain('>40</text><path class="status-mark"');
    expect(seriesGroup(svg, 'actual')).toContain('<g class="point" data-status="" data-value="50"><rect class="bar" x="397" y="154" width="42" height="120" fill="#0072b2"><title>value 50</title></rect></g><text x="418" y="148" class="point-label" text-anchor="middle" fill="#1f2328" font-size="11">50</text><g class="point"');
    expect(seriesGroup(svg, 'actual')).toMatch(/>60<\/text><\/g>$/);
    expect(svg).toContain('<g class="legend-item" data-series="actual"><rect x="98" y="318" width="14" height="12" fill="#0072b2"/>');
    const two = renderChartSvg(chart({ type: 'bars', series: [series('one', 'series', [10, 20, 30]), series('two', 'series', [10, 20, 30])] }));
    expect(seriesGroup(two, 'two')).toContain('fill="#e69f00">');
  });

  it('gives the seventh and eighth series a square and a circle, and marks a target not met with a triangle pointing down', () => {
    const many = Array.from({ length: 8 }, (_, index) => series(`s${String(index)}`, 'series', [50, 50, 50]));
    const svg = renderChartSvg(chart({ series: many }));
    const firstMarker = (id: string) => commands(/<g class="point"[^>]*><path d="([^"]*)"/.exec(seriesGroup(svg, id))?.[1]);
    expect([firstMarker('s6'), firstMarker('s7')]).toEqual(['MhvhZ', 'MaaZ']);
    const notMet = renderChartSvg(chart({ series: [{ id: 'a', label: 'A', role: 'actual', points: [point(50, 'not-met'), point(null), point(null)] }] }));
    // Its point 1.2 × 5 below the centre (169.3, 154), its base 0.9 × 5 above.
    expect(notMet).toContain(`<path d="M169.3 160L175.1 149.5L163.6 149.5Z" fill="${chartToneColours['not-met']}"`);
  });

  it('counts a reference line 1.5 units either side of its value as taken', () => {
    // On 0..240 the value 120 sits at y = 154, the label above it from 133 to 147. A line at y = 147 reaches it with its lower half,
    // one at y = 133 with its upper half: either sends the label below the marker (174).
    const scale = { min: toDecimal(0), max: toDecimal(240), ticks: ticksOf([0, 120, 240]) };
    for (const value of [127, 141]) {
      const svg = renderChartSvg(chart({ scale, references: [{ value: toDecimal(value), label: 'A' }], series: [series('a', 'actual', [null, 120, null])] }));
      expect([...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" class="point-label"/g)].map((match) => match[1])).toEqual(['174']);
    }
  });
});
