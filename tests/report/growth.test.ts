import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type GrowthSeriesInput,
  assessTarget,
  averageAnnualGrowth,
  buildCatalog,
  buildDataset,
  growthYearsTable,
  parseObservations,
  parsePlan,
  growthChart,
  growthSection,
  growthTable,
  rollingGrowthRates,
} from '../../src/index.js';
import { expectFailure } from '../format/helpers.js';
import { catalog, growthInputs } from './fixtures.js';

const [grossOutput, budget] = growthInputs as [GrowthSeriesInput, GrowthSeriesInput];

describe('growthTable', () => {
  // Built inside each test, not when the file loads, so that mutation runs count growthTable's code as covered by these tests (not static).
  const vietnameseTable = () => growthTable(growthInputs, { catalog, lang: 'vi' });

  it('gives each indicator its growth years, base year, base and last values, average and latest growth, target and status', () => {
    const table = vietnameseTable();
    expect(table.columns.map((column) => column.id)).toEqual(['indicator', 'range', 'baseYear', 'first', 'last', 'average', 'latest', 'target', 'status']);
    // The GSO way: growth over the period 2021–2024, measured from the base year 2020, named apart.
    expect(table.rows.map((row) => table.columns.map((column) => row.cells[column.id]?.text))).toEqual([
      ['Giá trị sản xuất (giá so sánh 2010)', 'Giai đoạn 2021–2024', '2020', '4.050 tỷ đồng', '5.436 tỷ đồng', '7,64%', '6,17%', '≥ 5,6%', 'Vượt kế hoạch'],
      ['Thu ngân sách nhà nước trên địa bàn', 'Giai đoạn 2021–2024', '2020', '431,2 tỷ đồng', '672,8 tỷ đồng', '11,76%', '9,84%', '≥ 12%', 'Không đạt'],
    ]);
    expect(table.notes).toEqual([]);
  });

  it('keeps the exact rates of the growth functions and the codes as values', () => {
    const [first] = vietnameseTable().rows;
    expect(first?.cells.average?.value).toEqual(averageAnnualGrowth(grossOutput.series).value);
    expect(first?.cells.latest?.value).toEqual(rollingGrowthRates(grossOutput.series).at(-1)?.value);
    expect(first?.cells.latest?.detail).toBe('2024/2023');
    expect(first?.cells.indicator?.value).toBe('PRODUCTION_VALUE');
    expect(first?.cells.range?.value).toBe('2021/2024');
    expect(first?.cells.baseYear?.value).toBe('2020');
    expect(first?.cells.status?.value).toBe('exceeded');
  });

  it('measures a rate in percentage points and judges a falling one by its polarity: a fall faster than the target exceeds it', () => {
    // Poverty 6.5% → 5.2% → 4.03%: down 2.47 points in two years, 1.235 points a year (not -21.26% a year).
    const poverty = growthTable(
      [{ indicator: 'POVERTY_RATE', target: -1, series: [{ year: 2022, value: '6.5' }, { year: 2023, value: '5.2' }, { year: 2024, value: '4.03' }] }],
      { catalog, lang: 'en' },
    );
    expect(poverty.rows[0]?.cells.average?.value?.toString()).toBe('-1.235');
    expect(poverty.rows[0]?.cells.average?.text).toBe('-1.24 pp');
    expect(poverty.rows[0]?.cells.latest?.text).toBe('-1.17 pp');
    expect(poverty.rows[0]?.cells.target?.text).toBe('≤ -1 pp');
    expect(poverty.rows[0]?.cells.status?.value).toBe('exceeded');
    expect(poverty.notes).toEqual(['Rates (%): changes are in percentage points.']);
    const chart = growthChart({ indicator: 'POVERTY_RATE', series: [{ year: 2023, value: '5.2' }, { year: 2024, value: '4.03' }] }, { catalog, lang: 'vi' });
    expect([chart.valueLabel, chart.bars.map((bar) => bar.text)]).toEqual(['Tăng, giảm (điểm %)', ['-1,2 điểm %']]);
  });

  it('prints a plan target\'s own status when the row carries its assessment, the average only as context (issue 10, defect 3)', () => {
    // A 2024 target of 7% or more: 2024 grew 7.36%, the years 2021–2024 only 5.7% a year.
    const plan = parsePlan(
      {
        id: 'P', title: { vi: 'Kế hoạch 2024' }, area: '402', period: '2024', document: { kind: 'annual-plan' },
        targets: [{ id: 'G1', indicator: 'PRODUCTION_VALUE', area: '402', period: '2024', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: 7, document: { kind: 'annual-plan' } }],
      },
      { catalog },
    );
    const values = [['2020', 4300], ['2021', 4500], ['2022', 4750], ['2023', 5000], ['2024', 5368]] as const;
    const dataset = buildDataset(parseObservations(values.map(([period, value]) => ({ indicator: 'PRODUCTION_VALUE', area: '402', period, value, status: 'official' }))));
    const [target] = plan.targets;
    if (target === undefined) throw new Error('the plan has its target');
    const assessment = assessTarget(target, dataset, { catalog });
    expect(assessment.status).toBe('exceeded');
    const series = values.map(([year, value]) => ({ year: Number(year), value }));
    const assessed = growthTable([{ indicator: 'PRODUCTION_VALUE', series, target: 7, assessment }], { catalog, lang: 'vi' });
    const [row] = assessed.rows;
    expect(row?.id).toBe('G1');
    expect([row?.cells.average?.text, row?.cells.target?.text, row?.cells.status?.value]).toEqual(['5,7%', '≥ 7% năm 2024', 'exceeded']);
    expect(assessed.columns.find((column) => column.id === 'average')?.label).toBe('Tăng bình quân/năm (tham khảo)');
    expect(assessed.notes[0]).toMatch(/^Cột Đánh giá là kết quả của chỉ tiêu kế hoạch/);
    // Without the assessment, the same rate is a target for the average, and the average misses it.
    expect(growthTable([{ indicator: 'PRODUCTION_VALUE', series, target: 7 }], { catalog, lang: 'vi' }).rows[0]?.cells.status?.value).toBe('not-met');
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
    expect(sparse.notes).toEqual(['Thu ngân sách: không tính được tốc độ tăng bình quân (số liệu năm gốc bằng 0)']);
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

describe('growthYearsTable', () => {
  it('gives each year its value and its growth on the year before, a rate its change in points', () => {
    const table = growthYearsTable(
      [grossOutput, { indicator: 'URBANISATION_RATE', series: [{ year: 2023, value: '14.5' }, { year: 2024, value: 15 }] }],
      { catalog, lang: 'en' },
    );
    expect(table.columns.map((column) => column.id)).toEqual(['indicator', 'year', 'value', 'growth']);
    expect(table.rows.map((row) => [row.id, row.cells.growth?.text, row.cells.growth?.detail])).toEqual([
      ['PRODUCTION_VALUE-2020', '–', undefined],
      ['PRODUCTION_VALUE-2021', '+6.42%', '2021/2020'],
      ['PRODUCTION_VALUE-2022', '+9.05%', '2022/2021'],
      ['PRODUCTION_VALUE-2023', '+8.94%', '2023/2022'],
      ['PRODUCTION_VALUE-2024', '+6.17%', '2024/2023'],
      ['URBANISATION_RATE-2023', '–', undefined],
      ['URBANISATION_RATE-2024', '+0.5 pp', '2024/2023'],
    ]);
  });

  it('refuses an unknown language', () => {
    expectFailure(() => growthYearsTable(growthInputs, { catalog, lang: 'fr' as 'en' }), 'invalid-argument', 'growthYearsTable: lang must be');
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
