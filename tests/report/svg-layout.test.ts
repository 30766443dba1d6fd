/*
 * The whole SVG of a vertical bar chart and the parts of a horizontal one the other tests do not pin
 * (src/report/svg.ts), every coordinate derived by hand from the layout rules: the plot of a vertical
 * chart is 220 units high from y = 32, from x = 64 to the room left for the reference label; bands of
 * equal width, columns 60% of a band (at most 56); labels wrapped to the band; a horizontal row is
 * 28 units high or 14 a label line plus 12; value texts kept off the reference line.
 */
import { describe, expect, it } from 'vitest';
import { type Chart, type SeriesChart, chartToneColours, renderChartSvg, toDecimal } from '../../src/index.js';

const scaleOf = (values: readonly number[]) => ({ min: toDecimal(values[0] ?? 0), max: toDecimal(values.at(-1) ?? 1), ticks: values.map((value) => ({ value: toDecimal(value), text: String(value) })) });

describe('a vertical chart drawn whole', () => {
  /*
   * The reference label "MMMMMMMMMM min" is estimated at 10 × 0.9 + 0.36 + 0.9 + 0.36 + 0.58 = 11.2 em
   * = 134.4 → 135 units, so the plot ends at x = 760 − (135 + 30) = 595 and the six bands are
   * (595 − 64) / 6 = 88.5 wide, centred at 108.25, 196.75, 285.25, 373.75, 462.25, 550.75; columns are
   * 88.5 × 0.6 = 53.1 wide. The scale −4..4 puts 27.5 units to one: 4 at y = 32, 0 at 142, −4 at 252,
   * the line at 0.5 at y = 128.25. "Ward 3 (north)" (84 units) is wider than a band less 6 (82.5) and
   * takes two lines; "Ward 1" (42) one.
   */
  const chart: Chart = {
    kind: 'chart', id: 'wards', lang: 'en', title: 'Wards', description: 'Share by ward.', orientation: 'vertical', categoryLabel: 'Ward', valueLabel: 'Share (%)',
    bars: [
      { label: 'Ward 1', value: toDecimal(2), text: '2', tone: 'neutral', title: 'Ward 1: 2' },
      { label: 'Ward 2', value: null, text: '–', tone: 'not-assessable', title: 'Ward 2: –' },
      { label: 'Ward 3 (north)', value: toDecimal(1), text: '1', tone: 'not-assessable', title: 'Ward 3: 1' },
      { label: 'Ward 4', value: toDecimal(3), text: '3', tone: 'met', title: 'Ward 4: 3' },
      { label: 'Ward 5', value: toDecimal(4), text: '4', tone: 'met', title: 'Ward 5: 4' },
      { label: 'Ward 6', value: toDecimal(0), text: '0', tone: 'neutral', title: 'Ward 6: 0' },
    ],
    scale: scaleOf([-4, 0, 4]),
    reference: { value: toDecimal('0.5'), label: 'MMMMMMMMMM min' },
    legend: [{ tone: 'met', label: 'Met' }, { tone: 'reference', label: 'Floor' }],
  };

  it('draws every element where the layout rules put it', () => {
    const neutral = chartToneColours.neutral;
    const met = chartToneColours.met;
    const pale = chartToneColours['not-assessable'];
    expect(renderChartSvg(chart)).toBe(
      [
        // No column is negative: labels start 18 below the plot (y = 270); the second line of a label
        // is 14 lower, and the legend 28 below that (y = 312); the height is the legend's line + 12 + 8.
        `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-vertical" viewBox="0 0 760 332" width="760" height="332" role="img" aria-labelledby="wards-title wards-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif" font-size="12">`,
        '<title id="wards-title">Wards</title>',
        '<desc id="wards-desc">Share by ward.</desc>',
        '<text x="8" y="14" class="axis-label" fill="#57606a">Share (%)</text>',
        '<g class="grid">',
        '<line x1="64" y1="252" x2="595" y2="252" stroke="#e3e6ea"/>',
        '<text x="56" y="256" class="tick" text-anchor="end" fill="#57606a">-4</text>',
        '<line x1="64" y1="142" x2="595" y2="142" stroke="#e3e6ea"/>',
        '<text x="56" y="146" class="tick" text-anchor="end" fill="#57606a">0</text>',
        '<line x1="64" y1="32" x2="595" y2="32" stroke="#e3e6ea"/>',
        '<text x="56" y="36" class="tick" text-anchor="end" fill="#57606a">4</text>',
        '</g>',
        '<line x1="64" y1="142" x2="595" y2="142" class="axis" stroke="#6e7781"/>',
        '<g class="bars">',
        // 2 ends at y = 87 (55 high), its value 6 above.
        `<g class="bar-row"><rect class="bar tone-neutral" data-tone="neutral" x="81.7" y="87" width="53.1" height="55" rx="2" fill="${neutral}"><title>Ward 1: 2</title></rect><text x="108.3" y="81" class="value" text-anchor="middle" fill="#1f2328">2</text><text x="108.3" y="270" class="label" text-anchor="middle" fill="#1f2328">Ward 1</text></g>`,
        // No value: its text would sit 6 above zero (136), across the line (128.25): it moves 4 above it.
        '<g class="bar-row"><text x="196.8" y="124.3" class="value" text-anchor="middle" font-style="italic" fill="#57606a">–</text><text x="196.8" y="270" class="label" text-anchor="middle" fill="#1f2328">Ward 2</text></g>',
        // A pale column (not assessable) has an outline; 1 ends at y = 114.5, its text at 108.5 is clear of the line.
        `<g class="bar-row"><rect class="bar tone-not-assessable" data-tone="not-assessable" x="258.7" y="114.5" width="53.1" height="27.5" rx="2" fill="${pale}" stroke="#6e7781"><title>Ward 3: 1</title></rect><text x="285.3" y="108.5" class="value" text-anchor="middle" fill="#1f2328">1</text><text x="285.3" y="270" class="label" text-anchor="middle" fill="#1f2328"><tspan x="285.3">Ward 3</tspan><tspan x="285.3" dy="14">(north)</tspan></text></g>`,
        `<g class="bar-row"><rect class="bar tone-met" data-tone="met" x="347.2" y="59.5" width="53.1" height="82.5" rx="2" fill="${met}"><title>Ward 4: 3</title></rect><text x="373.8" y="53.5" class="value" text-anchor="middle" fill="#1f2328">3</text><text x="373.8" y="270" class="label" text-anchor="middle" fill="#1f2328">Ward 4</text></g>`,
        `<g class="bar-row"><rect class="bar tone-met" data-tone="met" x="435.7" y="32" width="53.1" height="110" rx="2" fill="${met}"><title>Ward 5: 4</title></rect><text x="462.3" y="26" class="value" text-anchor="middle" fill="#1f2328">4</text><text x="462.3" y="270" class="label" text-anchor="middle" fill="#1f2328">Ward 5</text></g>`,
        // A zero column has no height; its text, like the missing value's, moves above the line.
        `<g class="bar-row"><rect class="bar tone-neutral" data-tone="neutral" x="524.2" y="142" width="53.1" height="0" rx="2" fill="${neutral}"><title>Ward 6: 0</title></rect><text x="550.8" y="124.3" class="value" text-anchor="middle" fill="#1f2328">0</text><text x="550.8" y="270" class="label" text-anchor="middle" fill="#1f2328">Ward 6</text></g>`,
        '</g>',
        '<line x1="64" y1="128.3" x2="599" y2="128.3" class="reference" data-value="0.5" stroke="#1f2328" stroke-width="1.5" stroke-dasharray="5 4"/>',
        '<text x="603" y="132.3" class="reference-label" font-weight="700" fill="#1f2328">MMMMMMMMMM min</text>',
        '<g class="legend">',
        // "Met" is 23 units: the next entry starts at 8 + 22 + 23 + 18 = 71.
        `<g class="legend-item" data-tone="met"><rect x="10" y="306" width="12" height="12" rx="2" fill="${met}"/><text x="30" y="316" fill="#1f2328">Met</text></g>`,
        '<g class="legend-item" data-tone="reference"><line x1="71" y1="312" x2="87" y2="312" stroke="#1f2328" stroke-width="1.5" stroke-dasharray="5 4"/><text x="93" y="316" fill="#1f2328">Floor</text></g>',
        '</g>',
        '</svg>',
      ].join('\n'),
    );
  });

  it('moves a value text above the line when the line runs from 12 above its baseline to 3 below it, and leaves it otherwise', () => {
    // Scale 0..22 puts 10 units to one (y = 252 − 10v); the line at 11 runs at y = 142.
    // 3.1 ends at y = 221 (text at 215): far below the line, left; 12 ends at 132 (text at 126, 16 above the line): left;
    // 9.2 ends at 160 (text at 154, the line exactly 12 above it), 10.7 at 145 (text at 139, the line exactly
    // 3 below it) and 10.4 at 148 (text on the line): all three move to 4 above the line, y = 138.
    const svg = renderChartSvg({
      ...chart,
      bars: [3.1, 12, 9.2, 10.7, 10.4].map((value) => ({ label: String(value), value: toDecimal(value), text: `v${String(value)}`, tone: 'neutral' as const, title: String(value) })),
      scale: scaleOf([0, 22]),
      reference: { value: toDecimal(11), label: 'Line' },
    });
    const texts = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" class="value"[^>]*>(v[\d.]+)<\/text>/g)].map((match) => [match[2], match[1]]);
    expect(texts).toEqual([['v3.1', '215'], ['v12', '126'], ['v9.2', '138'], ['v10.7', '138'], ['v10.4', '138']]);
  });

  it('narrows the columns to 60% of a band when bands are narrower than 93⅓ units, and wraps labels to the band less 6', () => {
    // No reference: the plot runs from 64 to 736, ten bands of 67.2, columns 40.3 wide (67.2 × 0.6 = 40.32).
    const bars = Array.from({ length: 10 }, (_, index) => ({ label: index === 0 ? 'aaaaaaa aa' : `B${String(index)}`, value: toDecimal(1), text: '1', tone: 'neutral' as const, title: 'b' }));
    const svg = renderChartSvg({ ...chart, bars, reference: null, legend: [] });
    // The first band is centred at 64 + 33.6 = 97.6: the column from 77.44.
    expect(svg).toContain('<rect class="bar tone-neutral" data-tone="neutral" x="77.4" y="114.5" width="40.3" height="27.5"');
    // "aaaaaaa aa" (9 × 0.58 + 0.36 = 5.58 em = 67 units) passes 61.2 and takes two lines.
    expect(svg).toContain('<text x="97.6" y="270" class="label" text-anchor="middle" fill="#1f2328"><tspan x="97.6">aaaaaaa</tspan><tspan x="97.6" dy="14">aa</tspan></text>');
  });
});

describe('a horizontal chart\'s rows and value texts', () => {
  it('makes a row of a label on two lines 40 units high and centres the two lines on the bar', () => {
    // "aaaaaaaaaa" × 4 is 292 units, past the 304 − 16 = 288 a label may take: three words on the first line.
    const label = 'aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa';
    const svg = renderChartSvg({
      kind: 'chart', id: 'h', lang: 'en', title: 'H', description: 'D', orientation: 'horizontal', categoryLabel: 'C', valueLabel: 'V',
      bars: [{ label, value: toDecimal(50), text: '50', tone: 'neutral', title: 't' }],
      scale: scaleOf([0, 100]), reference: null, legend: [],
    });
    // Labels take 304 units, values 70: the plot runs from 304 to 690, 50 at 497. The row runs from
    // y = 12 to 52, its middle at 32: the bar from 23, the two label lines from 32 + 4 − 7 = 29.
    expect(svg).toContain('<text x="296" y="29" class="label" text-anchor="end" fill="#1f2328"><tspan x="296">aaaaaaaaaa aaaaaaaaaa aaaaaaaaaa</tspan><tspan x="296" dy="14">aaaaaaaaaa</tspan></text>');
    expect(svg).toContain(`<rect class="bar tone-neutral" data-tone="neutral" x="304" y="23" width="193" height="18" rx="2" fill="${chartToneColours.neutral}">`);
    expect(svg).toContain('<text class="value" x="503" y="36" fill="#1f2328">50</text>');
    // The axis under the row, the value label 34 below it, and the height of an empty legend: 52 + 58 + 12 + 8.
    expect(svg).toContain('<line x1="304" y1="52" x2="690" y2="52" class="axis" stroke="#6e7781"/>');
    expect(svg).toContain('<text x="497" y="86" class="axis-label" text-anchor="middle" fill="#57606a">V</text>');
    expect(svg).toContain('viewBox="0 0 760 130"');
  });

  it('starts a value text after the reference line when the line would cross the text or its award mark', () => {
    // Labels take 80 units and values 70: the plot runs from 80 to 690, 6.1 units to one; the line at
    // 15 runs at x = 171.5, and a text moved after it starts at 177.5.
    // 10 ends at 141: "10" (16 units) from 147 to 163, then the mark "★" (7) 8 further, to 178: the line crosses the mark.
    // 11.5 ends at 150.15: "10" from 156.15 to 172.15, 2 past the line at most: it crosses the text's end.
    // 14 ends at 165.4: its text would start at 171.4, the line 0.1 after: it crosses the text's start.
    const svg = renderChartSvg({
      kind: 'chart', id: 'h', lang: 'en', title: 'H', description: 'D', orientation: 'horizontal', categoryLabel: 'C', valueLabel: 'V',
      bars: [
        { label: 'A', value: toDecimal(10), text: '10', mark: '★', tone: 'highlight', title: 'a' },
        { label: 'B', value: toDecimal('11.5'), text: '10', tone: 'neutral', title: 'b' },
        { label: 'C', value: toDecimal(14), text: '10', tone: 'neutral', title: 'c' },
      ],
      scale: scaleOf([0, 100]), reference: { value: toDecimal(15), label: 'Ref' }, legend: [],
    });
    const starts = [...svg.matchAll(/<text class="value" x="([\d.]+)" y="([\d.]+)"/g)].map((match) => [match[1], match[2]]);
    expect(starts).toEqual([['177.5', '50'], ['177.5', '78'], ['177.5', '106']]);
  });
});

describe('a horizontal chart\'s rank column and legend lines', () => {
  /** One row of 50 on a 0..100 scale, no reference: the row runs from y = 12 to 40, so the legend starts at 40 + 58 = 98. */
  const oneRow = (fields: Partial<Chart>): Chart => ({
    kind: 'chart', id: 'h', lang: 'en', title: 'H', description: 'D', orientation: 'horizontal', categoryLabel: 'C', valueLabel: 'V',
    bars: [{ label: 'A', value: toDecimal(50), text: '50', tone: 'neutral', title: 'a' }],
    scale: scaleOf([0, 100]), reference: null, legend: [],
    ...fields,
  });
  const swatches = (svg: string) => [...svg.matchAll(/<g class="legend-item" data-tone="[a-z]+"><rect x="([\d.]+)" y="([\d.]+)"/g)].map((match) => [match[1], match[2]]);

  it('leaves room for ranks when only some bars have one', () => {
    // Ranks take 36 units and names 80: the names end at 36 + 80 − 8 = 108.
    const svg = renderChartSvg(oneRow({ bars: [
      { label: 'A', value: toDecimal(50), text: '50', tone: 'neutral', title: 'a', rank: '1' },
      { label: 'B', value: toDecimal(40), text: '40', tone: 'neutral', title: 'b' },
    ] }));
    expect(svg).toContain('<text x="26" y="30" class="rank" text-anchor="end" font-weight="700" fill="#1f2328">1</text><text x="108" y="30" class="label"');
    expect(svg).toContain('<text x="108" y="58" class="label" text-anchor="end" fill="#1f2328">B</text>');
  });

  it('keeps an entry that ends exactly at 8 units from the right edge on the line', () => {
    // "Met" is 23 units: the second entry starts at 8 + 22 + 23 + 18 = 71. Fifty-eight "m" and "aa"
    // are 58 × 0.9 + 2 × 0.58 = 53.36 em = 641 units: the entry ends at 71 + 22 + 641 + 18 = 752 = 760 − 8.
    const svg = renderChartSvg(oneRow({ legend: [{ tone: 'met', label: 'Met' }, { tone: 'neutral', label: `${'m'.repeat(58)}aa` }] }));
    expect(swatches(svg)).toEqual([['10', '92'], ['73', '92']]);
    expect(svg).toContain('viewBox="0 0 760 118"');
  });

  it('moves an entry that would end past 8 units from the right edge to a line 20 lower', () => {
    // Sixty "m" are 648 units: the entry would end at 71 + 22 + 648 + 18 = 759.
    const svg = renderChartSvg(oneRow({ legend: [{ tone: 'met', label: 'Met' }, { tone: 'neutral', label: 'm'.repeat(60) }] }));
    expect(swatches(svg)).toEqual([['10', '92'], ['10', '112']]);
    expect(svg).toContain('viewBox="0 0 760 138"');
  });

  it('leaves a first entry wider than the line on the first line', () => {
    // Sixty-six "m" are 713 units: the entry alone ends at 8 + 22 + 713 + 18 = 761, and there is nowhere better to put it.
    const svg = renderChartSvg(oneRow({ legend: [{ tone: 'neutral', label: 'm'.repeat(66) }] }));
    expect(swatches(svg)).toEqual([['10', '92']]);
    expect(svg).toContain('viewBox="0 0 760 118"');
  });
});

describe('the shape class of a chart', () => {
  it('names the type of a series chart', () => {
    const series: SeriesChart = {
      kind: 'series-chart', id: 'c', lang: 'en', title: 'T', description: 'D', type: 'line', categoryLabel: 'Year', valueLabel: 'Value',
      categories: ['2021'], series: [{ id: 's', label: 'S', role: 'actual', points: [{ value: toDecimal(5), text: '5', title: '5' }] }], scale: scaleOf([0, 100]), references: [], statusLegend: [],
    };
    expect(renderChartSvg(series)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart chart-line" /);
    expect(renderChartSvg({ ...series, type: 'bars' })).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart chart-bars" /);
  });
});
