/* Charts over time (issue 16, item 1): trend lines against the planned path, plan against actual by year, several series. */
import { describe, expect, it } from 'vitest';
import {
  type SeriesChart,
  assessTargetPace,
  chartToneColours,
  indexChart,
  indicatorTrendChart,
  planActualChart,
  renderChartSvg,
  renderCsv,
  renderJson,
  renderMarkdown,
  seriesChartTable,
  toDecimal,
  trendSection,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset as dataset, nhuXuanFiveYearPlan as plan } from '../../src/datasets/nhu-xuan/index.js';
import { caught, expectFailure, issueLines } from '../helpers.js';

function values(chart: SeriesChart, id: string): (string | null)[] {
  return chart.series.find((series) => series.id === id)?.points.map((point) => point.value?.toFixed() ?? null) ?? [];
}

describe('indicatorTrendChart', () => {
  it('draws an average growth target as the compound path from the base year, ending at the five-year target', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P1', { catalog, lang: 'vi' });
    expect(chart.categories).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(values(chart, 'actual')).toEqual(['4050', '4310', '4700', '5120', '5436', null]);
    // 4,050 × 1.07^k: 4,333.5 in 2021, 5,680.3 in 2025.
    const path = chart.series.find((series) => series.id === 'path')?.points ?? [];
    expect(path.map((point) => point.text)).toEqual(['4.050', '4.333,5', '4.636,8', '4.961,4', '5.308,7', '5.680,3']);
    expect(path[5]?.value?.toFixed(6)).toBe(toDecimal(4050).times(toDecimal('1.07').pow(5)).toFixed(6));
    expect(chart.references.map((reference) => reference.label)).toEqual(['Mục tiêu 2025: 5.680,3 tỷ đồng']);
  });

  it('marks each actual year with the pace of the target over the years up to it, and says so in the legend', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P4', { catalog, lang: 'en' });
    const actual = chart.series.find((series) => series.role === 'actual')?.points ?? [];
    const target = plan.targets.find((candidate) => candidate.id === 'P4');
    if (target === undefined) throw new Error('the five-year plan has a target P4');
    const expected = ['2021', '2021/2022', '2021/2023', '2021/2024'].map((toDate) => assessTargetPace(target, dataset, { catalog, toDate }).status);
    expect(actual.slice(0, 4).map((point) => point.status)).toEqual(expected);
    expect(expected).toEqual(['behind', 'behind', 'behind', 'ahead']);
    // Cumulative: the running sum from 2021, against a fifth of 4,500 a year.
    expect(values(chart, 'actual')).toEqual(['742', '1603', '2551', '3636', null]);
    expect(values(chart, 'path')).toEqual(['900', '1800', '2700', '3600', '4500']);
    expect(chart.statusLegend).toEqual([{ tone: 'ahead', label: 'Ahead of schedule' }, { tone: 'behind', label: 'Behind schedule' }]);
    expect(actual[0]?.title).toBe('2021, Actual: 742 billion VND (Behind schedule)');
  });

  it('adds the yearly milestones of a target that has them, as a second target line', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P2', { catalog, lang: 'en' });
    expect(chart.series.map((series) => [series.id, series.role])).toEqual([['actual', 'actual'], ['path', 'target'], ['milestones', 'target']]);
    expect(values(chart, 'milestones')).toEqual([null, '34', '37.5', '41', '45', '50']);
  });

  it('gives a one-year target of a five-year plan a status in its own year only', () => {
    const chart = indicatorTrendChart(plan, dataset, 'P3', { catalog, lang: 'en' });
    expect(chart.series[0]?.points.map((point) => point.status ?? '')).toEqual(['', '', '', '', '', '']);
    expect(values(chart, 'path')).toEqual([null, null, null, null, null, '750']);
  });

  it('refuses a target the plan lacks, naming the targets it has', () => {
    expectFailure(
      () => indicatorTrendChart(plan, dataset, 'P9', { catalog, lang: 'vi' }),
      'not-found',
      'indicatorTrendChart: the plan NHU-XUAN-2021-2025 has no target "P9"; its targets are "P1", "P2", "P3", "P4", "P5", "P6", "P7"',
    );
    expectFailure(() => indicatorTrendChart(plan, dataset, 'P1', { catalog, lang: 'fr' as 'vi' }), 'invalid-argument', /lang must be 'vi'/);
  });
});

describe('planActualChart', () => {
  it('pairs the yearly milestone with the actual value, and marks the actual bar with its pace', () => {
    const chart = planActualChart(plan, dataset, 'P2', { catalog, lang: 'vi' });
    expect(chart.type).toBe('bars');
    expect(chart.series.map((series) => series.label)).toEqual(['Kế hoạch', 'Thực hiện']);
    expect(values(chart, 'plan')).toEqual(['34', '37.5', '41', '45', '50']);
    expect(values(chart, 'actual')).toEqual(['34.2', '38', '42.1', '47.2', null]);
    const svg = renderChartSvg(chart);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(9);
    expect([...svg.matchAll(/<path class="status-mark"/g)]).toHaveLength(4);
    expect(svg).toContain('<g class="legend-item" data-status="ahead">');
  });
});

describe('indexChart', () => {
  it('writes each indicator as an index with the base year = 100 and draws the 100 line', () => {
    const chart = indexChart(dataset, ['PRODUCTION_VALUE', 'BUDGET_REVENUE'], { catalog, lang: 'en', area: '402', from: 2020, to: 2024 });
    expect(values(chart, 'PRODUCTION_VALUE')[4]).toBe(toDecimal(5436).div(4050).times(100).toFixed());
    expect(chart.series.map((series) => series.points[0]?.text)).toEqual(['100.0', '100.0']);
    expect(chart.references.map((reference) => reference.value.toFixed())).toEqual(['100']);
    const svg = renderChartSvg(chart);
    expect(svg.match(/<g class="series" data-series="[A-Z_]+" data-role="series">/g)).toHaveLength(2);
    expect(svg).toContain('class="reference" data-value="100"');
  });

  it('refuses years that are not a range and an empty list', () => {
    expectFailure(() => indexChart(dataset, ['PRODUCTION_VALUE'], { catalog, lang: 'en', area: '402', from: 2024, to: 2020 }), 'invalid-argument', /from ≤ to; got from 2024 and to 2020/);
    expectFailure(() => indexChart(dataset, [], { catalog, lang: 'en', area: '402', from: 2020, to: 2024 }), 'invalid-argument', 'indexChart: give one indicator code or more');
  });
});

describe('series charts in every format', () => {
  const trendChart = () => indicatorTrendChart(plan, dataset, 'P2', { catalog, lang: 'vi' });

  it('writes the points as a table in Markdown, with the status in words', () => {
    const chart = trendChart();
    const markdown = renderMarkdown(chart);
    expect(markdown).toContain('| Năm | Thực hiện | Lộ trình kế hoạch | Mốc kế hoạch từng năm |');
    expect(markdown).toContain('| 2024 | 47,2 (Vượt tiến độ) | 46,3 | 45 |');
    expect(markdown).toContain('Đường tham chiếu: Mục tiêu 2025: 50 triệu đồng/người/năm');
  });

  it('gives CSV the exact values of the points and JSON every series', () => {
    const chart = trendChart();
    expect(renderCsv(seriesChartTable(chart)).split('\r\n')[5]).toBe('2024,47.2,46.26,45');
    const json = renderJson(chart) as { series: { id: string; points: { value: string | null; status?: string }[] }[] };
    expect(json.series.map((series) => series.id)).toEqual(['actual', 'path', 'milestones']);
    expect(json.series[0]?.points[4]).toEqual({ value: '47.2', text: '47,2', status: 'ahead', title: '2024, Thực hiện: 47,2 triệu đồng/người/năm (Vượt tiến độ)' });
  });

  it('draws each status with its own marker shape and keeps point labels off the reference line and the target paths', () => {
    const chart = trendChart();
    const svg = renderChartSvg(chart);
    const actual = /<g class="series" data-series="actual"[^\n]*/.exec(svg)?.[0] ?? '';
    expect([...actual.matchAll(/<g class="point" data-status="([a-z-]*)"/g)].map((match) => match[1])).toEqual(['', 'behind', 'behind', 'behind', 'ahead']);
    const reference = /class="reference" data-value="50" [^>]*/.exec(svg);
    expect(reference).not.toBeNull();
    const referenceY = Number(/<line x1="[\d.]+" y1="([\d.]+)"[^>]*class="reference"/.exec(svg)?.[1]);
    for (const match of svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" class="point-label"/g)) {
      const baseline = Number(match[1]);
      expect(referenceY < baseline - 11 || referenceY > baseline + 3).toBe(true);
    }
  });

  it('refuses a malformed series chart, listing every problem with its path', () => {
    const chart = trendChart();
    const broken = { ...chart, type: 'pie', series: [{ ...chart.series[0], points: [{ value: 3, text: '3', title: 't', status: 'great' }] }] } as unknown as SeriesChart;
    const error = caught(() => renderChartSvg(broken));
    expect(error.code).toBe('invalid-input');
    expect(issueLines(error.issues)).toEqual([
      "type: expected 'line' or 'bars'; got \"pie\"",
      'series[0].points: expected one point per category (6); got 1',
      'series[0].points[0].value: expected a Decimal (use toDecimal) or null; got number 3',
      'series[0].points[0].status: expected a status, one of exceeded, met, not-met, not-assessable, ahead, on-pace, behind; got "great"',
    ]);
  });
});

describe('trendSection', () => {
  it('has a trend chart and a plan-actual chart for every target of a five-year plan, and nothing for a one-year plan', () => {
    const section = trendSection(plan, dataset, { catalog, lang: 'en' });
    expect(section?.blocks.map((block) => block.id).slice(0, 4)).toEqual(['trend-P1', 'plan-actual-P1', 'trend-P2', 'plan-actual-P2']);
    expect(trendSection({ ...plan, period: '2024' }, dataset, { catalog, lang: 'en' })).toBeUndefined();
  });
});

describe('chart colours', () => {
  const luminance = (hex: string) => {
    const channel = (offset: number) => {
      const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };

  it('keeps the four statuses apart by lightness alone (greyscale, red-green colour blindness): a contrast of 1.7 or more', () => {
    const tones = [chartToneColours.exceeded, chartToneColours.met, chartToneColours['not-met'], chartToneColours['not-assessable']];
    for (const [index, a] of tones.entries()) for (const b of tones.slice(index + 1)) expect(contrast(a, b)).toBeGreaterThanOrEqual(1.7);
  });
});
