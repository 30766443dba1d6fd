/*
 * Growth tables and charts of series as users hand them over: years out of order, a rate with too
 * many years missing or starting from zero, the yearly table's columns and notes, and the chart of a
 * rate against a target in points.
 */
import { describe, expect, it } from 'vitest';
import { assessPlan, buildDataset, growthChart, growthSection, growthTable, growthYearsTable, parseObservations, parsePlan } from '../../src/index.js';
import { catalog } from './fixtures.js';

const cellTexts = (table: ReturnType<typeof growthTable>) => table.rows.map((row) => table.columns.map((column) => [row.cells[column.id]?.text, row.cells[column.id]?.detail]));

describe('growthTable', () => {
  it('reads the years of a series in any order, and gives the year of the base and last values', () => {
    const table = growthTable([{ indicator: 'BUDGET_REVENUE', series: [{ year: 2022, value: 121 }, { year: 2020, value: 100 }, { year: 2021, value: 110 }] }], { catalog, lang: 'en' });
    expect(cellTexts(table)).toEqual([
      [
        ['State budget revenue in the area', undefined],
        ['2021–2022', undefined],
        ['2020', undefined],
        ['100 billion VND', '2020'],
        ['121 billion VND', '2022'],
        ['10%', undefined],
        ['10%', '2022/2021'],
        ['–', undefined],
        ['–', undefined],
      ],
    ]);
    expect(table.notes).toEqual([]);
  });

  it('gives a rate no average when more than half of its years are missing, with the years it has and a note', () => {
    const table = growthTable([{ indicator: 'POVERTY_RATE', target: -1, series: [{ year: 2020, value: '6' }, { year: 2024, value: '4' }] }], { catalog, lang: 'en' });
    expect(cellTexts(table)[0]?.slice(1, 9)).toEqual([
      ['2021–2024', undefined],
      ['2020', undefined],
      ['6%', '2020'],
      ['4%', '2024'],
      ['–', undefined],
      ['–', undefined],
      ['≤ -1 pp', undefined],
      ['–', undefined],
    ]);
    expect(table.notes).toEqual(['Multidimensional poverty rate: no average growth (too many years missing)', 'Rates (%): changes are in percentage points.']);
  });

  it('measures a rate from zero in points (a change of a rate has no zero base), and a rate of one value not at all', () => {
    const table = growthTable(
      [
        { indicator: 'POVERTY_RATE', series: [{ year: 2020, value: '0' }, { year: 2021, value: '5' }] },
        { indicator: 'POVERTY_RATE', series: [{ year: 2020, value: '6' }] },
      ],
      { catalog, lang: 'vi' },
    );
    expect(table.rows.map((row) => [row.cells.range?.text, row.cells.baseYear?.text, row.cells.average?.text, row.cells.latest?.text])).toEqual([
      ['Năm 2021', '2020', '5 điểm %', '5 điểm %'],
      ['–', '–', '–', '–'],
    ]);
    expect(table.notes).toEqual(['Tỷ lệ hộ nghèo (đa chiều): không tính được tốc độ tăng bình quân (chưa đủ số liệu (cần ít nhất hai năm))', 'Chỉ tiêu tỷ lệ (%): mức tăng, giảm tính bằng điểm phần trăm.']);
  });
});

describe('growthYearsTable', () => {
  it('lists the years in order with text and number columns, under its own id, with the caller\'s notes', () => {
    const table = growthYearsTable([{ indicator: 'POVERTY_RATE', series: [{ year: 2022, value: '4' }, { year: 2020, value: '6' }, { year: 2021, value: null }] }], {
      catalog, lang: 'en', notes: ['Illustrative data.'],
    });
    expect([table.id, table.notes, table.columns.map((column) => column.kind)]).toEqual(['growth-years', ['Illustrative data.'], ['text', 'text', 'number', 'number']]);
    expect(table.rows.map((row) => [row.id, row.cells.year?.value, row.cells.value?.text, row.cells.growth?.text])).toEqual([
      ['POVERTY_RATE-2020', '2020', '6%', '–'],
      ['POVERTY_RATE-2021', '2021', '–', '–'],
      ['POVERTY_RATE-2022', '2022', '4%', '–'],
    ]);
  });
});

describe('growthChart of a rate', () => {
  it('draws each year\'s change in points to one decimal, on a scale that holds the target line', () => {
    const chart = growthChart({ indicator: 'POVERTY_RATE', target: '-0.5', series: [{ year: 2022, value: '4' }, { year: 2020, value: '6' }, { year: 2021, value: '5.5' }] }, { catalog, lang: 'en' });
    expect(chart.bars.map((bar) => [bar.label, bar.value?.toString(), bar.text, bar.title])).toEqual([
      ['2021', '-0.5', '-0.5 pp', '2021: -0.5 pp on 2020'],
      ['2022', '-1.5', '-1.5 pp', '2022: -1.5 pp on 2021'],
    ]);
    expect([chart.reference?.value.toString(), chart.reference?.label, chart.scale.min.lte(-1.5), chart.scale.max.gte(0)]).toEqual(['-0.5', 'Target -0.5 pp', true, true]);
    expect(chart.legend.map((entry) => entry.tone)).toEqual(['neutral', 'reference']);
  });
});

describe('what counts as a rate', () => {
  it('measures in percent the growth of a ratio that is not a percentage and of a growth rate, and judges a falling count by its polarity', () => {
    const table = growthTable(
      [
        // Doctors per 10,000 people: a ratio, but not in percent, so 8 → 10 is growth of 25%, not 2 points.
        { indicator: 'DOCTORS_PER_10000', series: [{ year: 2023, value: 8 }, { year: 2024, value: 10 }], target: 20 },
        // A growth rate in percent is not a rate of a population: 8% → 6% is a fall of 25%.
        { indicator: 'PRODUCTION_VALUE_GROWTH', series: [{ year: 2023, value: 8 }, { year: 2024, value: 6 }] },
        // Poor households, lower is better: a fall of 10% a year beats a target of -5%, a fall of 1% misses it.
        { indicator: 'POOR_HOUSEHOLDS', series: [{ year: 2022, value: 1000 }, { year: 2023, value: 900 }, { year: 2024, value: 810 }], target: -5 },
        { indicator: 'POOR_HOUSEHOLDS', series: [{ year: 2023, value: 1000 }, { year: 2024, value: 990 }], target: -5 },
      ],
      { catalog, lang: 'en' },
    );
    expect(table.rows.map((row) => [row.cells.average?.text, row.cells.latest?.text, row.cells.target?.text, row.cells.status?.value])).toEqual([
      ['25%', '25%', '≥ 20%', 'exceeded'],
      ['-25%', '-25%', '–', null],
      ['-10%', '-10%', '≤ -5%', 'exceeded'],
      ['-1%', '-1%', '≤ -5%', 'not-met'],
    ]);
    expect(table.notes).toEqual([]);
    expect(growthYearsTable([{ indicator: 'DOCTORS_PER_10000', series: [{ year: 2023, value: 8 }, { year: 2024, value: 10 }] }], { catalog, lang: 'en' }).rows.map((row) => row.cells.growth?.text)).toEqual(['–', '+25%']);
    const chart = growthChart({ indicator: 'DOCTORS_PER_10000', series: [{ year: 2023, value: 8 }, { year: 2024, value: 10 }], target: 20 }, { catalog, lang: 'en' });
    expect([chart.valueLabel, chart.bars.map((bar) => bar.text), chart.reference?.label]).toEqual(['Growth (%)', ['25.0%'], 'Target 20%']);
  });
});

describe('growthTable rows of change and maintain targets', () => {
  it('write a change of a rate in points, a change of a level in its unit, and a level kept at its base value', () => {
    const other = { kind: 'other' } as const;
    const plan = parsePlan(
      {
        id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: other,
        targets: [
          { id: 'CU', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'change', basePeriod: '2023', comparator: 'at-least', value: '0.5', document: other },
          { id: 'CB', indicator: 'BUDGET_REVENUE', area: '402', period: '2024', basis: 'change', basePeriod: '2023', comparator: 'at-least', value: 50, document: other },
          // Keep revenue at its 2023 level: the assessment gives the value, 612.5.
          { id: 'MB', indicator: 'BUDGET_REVENUE', area: '402', period: '2024', basis: 'level', basePeriod: '2023', comparator: 'maintain', document: other },
        ],
      },
      { catalog },
    );
    const official = (indicator: string, values: readonly (readonly [string, string])[]) => values.map(([period, value]) => ({ indicator, area: '402', period, value, status: 'official' as const }));
    const data = buildDataset(parseObservations([...official('BUDGET_REVENUE', [['2023', '612.5'], ['2024', '672.8']]), ...official('URBANISATION_RATE', [['2023', '14.5'], ['2024', '15.2']])]));
    const inputs = assessPlan(plan, data, { catalog }).assessments.map((assessment) => ({
      indicator: assessment.target.indicator,
      series: data.observations.filter((observation) => observation.indicator === assessment.target.indicator).map((observation) => ({ year: Number(observation.period), value: observation.value })),
      assessment,
    }));
    const rows = (lang: 'vi' | 'en') => growthTable(inputs, { catalog, lang }).rows.map((row) => [row.id, row.cells.target?.text, row.cells.target?.value?.toString()]);
    expect(rows('vi')).toEqual([
      ['CU', '≥ 0,5 điểm % năm 2024', '0.5'],
      ['CB', '≥ 50 tỷ đồng năm 2024', '50'],
      ['MB', '≥ 612,5 tỷ đồng năm 2024', '612.5'],
    ]);
    expect(rows('en')).toEqual([
      ['CU', '≥ 0.5 pp in 2024', '0.5'],
      ['CB', '≥ 50 billion VND in 2024', '50'],
      ['MB', '≥ 612.5 billion VND in 2024', '612.5'],
    ]);
  });
});

describe('growth blocks: ids, titles and refusals', () => {
  const inputs = [{ indicator: 'BUDGET_REVENUE', series: [{ year: 2023, value: 100 }, { year: 2024, value: 110 }] }];

  it('give the tables their default ids and titles, the yearly table no notes of its own, and the section no paragraphs', () => {
    const table = growthTable(inputs, { catalog, lang: 'vi' });
    expect([table.id, table.title]).toEqual(['growth-table', 'Tốc độ tăng trưởng']);
    expect(growthYearsTable(inputs, { catalog, lang: 'en' }).notes).toEqual([]);
    expect(growthSection(inputs, { catalog, lang: 'en' }).paragraphs).toEqual([]);
  });

  it('name the function called in each refusal', () => {
    const notCatalog = { catalog: [] as unknown as typeof catalog, lang: 'en' } as const;
    expect(() => growthTable(inputs, notCatalog)).toThrow('growthTable: options.catalog must be a catalog');
    expect(() => growthYearsTable(inputs, notCatalog)).toThrow('growthYearsTable: options.catalog must be a catalog');
    expect(() => growthSection(inputs, notCatalog)).toThrow('growthSection: options.catalog must be a catalog');
    expect(() => growthYearsTable(null as unknown as [], { catalog, lang: 'en' })).toThrow('growthYearsTable: expected an array of growth series inputs; got null');
    expect(() => growthSection(null as unknown as [], { catalog, lang: 'en' })).toThrow('growthSection: expected an array of growth series inputs; got null');
    expect(() => growthChart({ indicator: 'BUDGET_REVENUE', series: [] }, { catalog, lang: 'fr' as 'en' })).toThrow("growthChart: lang must be 'vi' (Vietnamese) or 'en' (English)");
  });
});
