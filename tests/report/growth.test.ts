import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type GrowthSeriesInput,
  averageAnnualGrowth,
  buildCatalog,
  growthChart,
  growthSection,
  growthTable,
  rollingGrowthRates,
} from '../../src/index.js';
import { expectFailure } from '../format/helpers.js';
import { catalog, growthInputs } from './fixtures.js';

const [grossOutput, budget] = growthInputs as [GrowthSeriesInput, GrowthSeriesInput];

describe('growthTable', () => {
  const table = growthTable(growthInputs, { catalog, lang: 'vi' });

  it('gives each indicator its years, first and last values, average and latest growth, target and status', () => {
    expect(table.columns.map((column) => column.id)).toEqual(['indicator', 'range', 'first', 'last', 'average', 'latest', 'target', 'status']);
    expect(table.rows.map((row) => table.columns.map((column) => row.cells[column.id]?.text))).toEqual([
      ['Giá trị sản xuất (giá so sánh 2010)', 'Giai đoạn 2020–2024', '4.050 tỷ đồng', '5.436 tỷ đồng', '7,64%', '6,17%', '≥ 5,6%', 'Vượt kế hoạch'],
      ['Thu ngân sách nhà nước trên địa bàn', 'Giai đoạn 2020–2024', '431,2 tỷ đồng', '672,8 tỷ đồng', '11,76%', '9,84%', '≥ 12%', 'Không đạt'],
    ]);
    expect(table.notes).toEqual([]);
  });

  it('keeps the exact rates of the growth functions and the codes as values', () => {
    const [first] = table.rows;
    expect(first?.cells.average?.value).toEqual(averageAnnualGrowth(grossOutput.series).value);
    expect(first?.cells.latest?.value).toEqual(rollingGrowthRates(grossOutput.series).at(-1)?.value);
    expect(first?.cells.latest?.detail).toBe('2024/2023');
    expect(first?.cells.indicator?.value).toBe('PRODUCTION_VALUE');
    expect(first?.cells.range?.value).toBe('2020/2024');
    expect(first?.cells.status?.value).toBe('exceeded');
  });

  it('judges a falling indicator by its polarity: a fall faster than the target exceeds it', () => {
    const poverty = growthTable(
      [{ indicator: 'POVERTY_RATE', target: -10, series: [{ year: 2022, value: '6.5' }, { year: 2023, value: '5.2' }, { year: 2024, value: '4.03' }] }],
      { catalog, lang: 'en' },
    );
    expect(poverty.rows[0]?.cells.average?.text).toBe('-21.26%');
    expect(poverty.rows[0]?.cells.target?.text).toBe('≤ -10%');
    expect(poverty.rows[0]?.cells.status?.value).toBe('exceeded');
  });

  it('gives no status for an indicator kept within a range', () => {
    const ranged = buildCatalog([
      { code: 'SHARE', labels: { vi: 'Tỷ trọng' }, unit: { unit: 'percent', power: 0 }, measure: 'ratio', polarity: 'within-range', precision: 1, aggregation: { overUnits: 'none', overTime: 'last' } },
    ]);
    const row = growthTable([{ indicator: 'SHARE', target: 1, series: [{ year: 2023, value: 30 }, { year: 2024, value: 31 }] }], { catalog: ranged, lang: 'en' }).rows[0];
    expect(row?.cells.status).toEqual({ value: null, text: '–' });
    expect(row?.cells.indicator?.text).toBe('Tỷ trọng');
  });

  it('leaves the average empty with a note when the series cannot give one, and the target empty when there is none', () => {
    const sparse = growthTable([{ indicator: 'BUDGET_REVENUE', label: 'Thu ngân sách', series: [{ year: 2020, value: 0 }, { year: 2021, value: 10 }] }], { catalog, lang: 'vi' });
    expect(sparse.rows[0]?.cells.average).toEqual({ value: null, text: '–' });
    expect(sparse.rows[0]?.cells.latest).toEqual({ value: null, text: '–' });
    expect(sparse.rows[0]?.cells.target).toEqual({ value: null, text: '–' });
    expect(sparse.notes).toEqual(['Thu ngân sách: không tính được tốc độ tăng bình quân (zero-base)']);
  });

  it('refuses an unknown indicator, a malformed series, a target that is not a number and an unknown language', () => {
    expectFailure(() => growthTable([{ indicator: 'GDP', series: [] }], { catalog, lang: 'vi' }), 'not-found', 'unknown indicator code "GDP"');
    expectFailure(
      () => growthTable([{ indicator: 'BUDGET_REVENUE', series: [{ year: 2023.5, value: 1 }] }], { catalog, lang: 'vi' }),
      'invalid-input',
    );
    expectFailure(
      () => growthTable([{ ...budget, target: 'twelve' }], { catalog, lang: 'vi' }),
      'invalid-number',
      'the target growth of BUDGET_REVENUE',
    );
    expectFailure(() => growthTable(growthInputs, { catalog, lang: 'de' as 'en' }), 'invalid-argument', 'growthTable: lang must be');
    expectFailure(() => growthTable({} as [], { catalog, lang: 'en' }), 'invalid-argument', 'growthTable: expected an array of growth series inputs; got an object');
    expectFailure(() => growthChart(budget, { catalog: [] as unknown as typeof catalog, lang: 'en' }), 'invalid-argument', 'growthChart: options.catalog must be a catalog');
  });
});

describe('growthChart', () => {
  it('has a column per year measured, with its growth on the year before, and the target line', () => {
    const chart = growthChart(grossOutput, { catalog, lang: 'en' });
    expect(chart.id).toBe('growth-chart-PRODUCTION_VALUE');
    expect(chart.orientation).toBe('vertical');
    expect(chart.title).toBe('Gross output (constant 2010 prices): growth on the previous year');
    expect(chart.bars.map((bar) => [bar.label, bar.text, bar.tone])).toEqual([
      ['2021', '6.4%', 'neutral'],
      ['2022', '9.0%', 'neutral'],
      ['2023', '8.9%', 'neutral'],
      ['2024', '6.2%', 'neutral'],
    ]);
    expect(chart.bars[3]?.title).toBe('2024: 6.2% on 2023');
    expect(chart.reference?.label).toBe('Target 5.6%');
    expect(chart.scale.ticks.map((tick) => tick.text)).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(chart.legend.map((entry) => entry.tone)).toEqual(['neutral', 'reference']);
    expect(chart.description).toBe('Growth of Gross output (constant 2010 prices) on the previous year, 2021–2024; the dashed line is the target average annual growth.');
  });

  it('marks a year with no growth, and has no target line without a target', () => {
    const chart = growthChart({ indicator: 'BUDGET_REVENUE', series: [{ year: 2022, value: 100 }, { year: 2023, value: null }, { year: 2024, value: 90 }] }, { catalog, lang: 'vi' });
    expect(chart.bars.map((bar) => [bar.value, bar.text, bar.tone])).toEqual([
      [null, '–', 'not-assessable'],
      [null, '–', 'not-assessable'],
    ]);
    expect(chart.reference).toBeNull();
    expect(chart.legend.map((entry) => entry.label)).toEqual(['Tăng so với năm trước', 'Không tính được']);
    expect(chart.scale.min.toString()).toBe('0');
  });

  it('has a scale that holds every bar, zero and the target, on round ticks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: -50, max: 50 }),
        (values, target) => {
          const chart = growthChart(
            { indicator: 'BUDGET_REVENUE', target, series: values.map((value, index) => ({ year: 2000 + index, value })) },
            { catalog, lang: 'en' },
          );
          const { min, max, ticks } = chart.scale;
          for (const bar of chart.bars) expect(bar.value === null || (bar.value.gte(min) && bar.value.lte(max))).toBe(true);
          expect(min.lte(0) && max.gte(0) && min.lte(target) && max.gte(target)).toBe(true);
          expect(ticks[0]?.value).toEqual(min);
          expect(ticks.at(-1)?.value).toEqual(max);
          const step = ticks[1]?.value.minus(min);
          ticks.forEach((tick, index) => {
            expect(tick.value.equals(min.plus(step?.times(index) ?? 0))).toBe(true);
          });
          expect(ticks.length).toBeGreaterThanOrEqual(3);
          expect(ticks.length).toBeLessThanOrEqual(12);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('growthSection', () => {
  it('holds the table and a chart per indicator, with ids made from the section id', () => {
    const section = growthSection(growthInputs, { catalog, lang: 'vi', id: 'tang-truong' });
    expect(section.title).toBe('Tăng trưởng');
    expect(section.blocks.map((block) => block.id)).toEqual(['tang-truong-table', 'tang-truong-chart-PRODUCTION_VALUE', 'tang-truong-chart-BUDGET_REVENUE']);
  });

  it('refuses an unknown language', () => {
    expectFailure(() => growthSection(growthInputs, { catalog, lang: 'VN' as 'vi' }), 'invalid-argument', "growthSection: lang must be 'vi' (Vietnamese) or 'en' (English); got \"VN\"");
  });
});
