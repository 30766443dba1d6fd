/*
 * Growth rows the main tests do not reach: an average equal to its target (met), growth over a
 * single year, a rate judged in points, the yearly table's signs and reasons, the plan target of
 * each basis as a row carries it (between, level, a rate's level, a change in points, not
 * assessable), and a chart of a series with no year of growth.
 */
import { describe, expect, it } from 'vitest';
import { assessPlan, buildDataset, growthChart, growthTable, growthYearsTable, parseObservations, parsePlan } from '../../src/index.js';
import { catalog } from './fixtures.js';

const yearsFrom = (first: number, values: readonly (number | string | null)[]) => values.map((value, index) => ({ year: first + index, value }));

describe('growthTable without plan targets', () => {
  it('calls an average equal to its target met, writes one year of growth as that year, and judges a rate in points by its polarity', () => {
    const table = growthTable(
      [
        { indicator: 'BUDGET_REVENUE', series: yearsFrom(2022, [100, 110]), target: 10 },
        // (110 / 100)^(1/2) − 1 = 4.88% a year, short of 4.9.
        { indicator: 'BUDGET_REVENUE', series: yearsFrom(2022, [100, 100, 110]), target: '4.9' },
        { indicator: 'POVERTY_RATE', series: yearsFrom(2022, ['5', '4']), target: -1 },
        { indicator: 'POVERTY_RATE', series: yearsFrom(2022, ['5', '4.5']), target: -1 },
      ],
      { catalog, lang: 'vi' },
    );
    expect(table.rows.map((row) => [row.cells.range?.value, row.cells.range?.text, row.cells.average?.text, row.cells.latest?.text, row.cells.target?.text, row.cells.status?.value])).toEqual([
      ['2023', 'Năm 2023', '10%', '10%', '≥ 10%', 'met'],
      ['2023/2024', 'Giai đoạn 2023–2024', '4,88%', '10%', '≥ 4,9%', 'not-met'],
      ['2023', 'Năm 2023', '-1 điểm %', '-1 điểm %', '≤ -1 điểm %', 'met'],
      ['2023', 'Năm 2023', '-0,5 điểm %', '-0,5 điểm %', '≤ -1 điểm %', 'not-met'],
    ]);
  });
});

describe('growthYearsTable', () => {
  it('signs every change but zero, and says why a year has none', () => {
    const table = growthYearsTable([{ indicator: 'BUDGET_REVENUE', series: yearsFrom(2021, [100, 100, 90, null, 95]) }], { catalog, lang: 'en' });
    expect(table.rows.map((row) => [row.cells.value?.text, row.cells.growth?.text, row.cells.growth?.detail])).toEqual([
      ['100 billion VND', '–', undefined],
      ['100 billion VND', '0%', '2022/2021'],
      ['90 billion VND', '-10%', '2023/2022'],
      ['–', '–', 'a value is missing'],
      ['95 billion VND', '–', 'a value is missing'],
    ]);
  });
});

describe('growthTable rows that carry their plan target', () => {
  const other = { kind: 'other' } as const;
  const plan = parsePlan(
    {
      id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024/2025', document: other,
      targets: [
        { id: 'B', indicator: 'BUDGET_REVENUE', area: '402', period: '2024', basis: 'growth', basePeriod: '2023', comparator: 'between', lower: 5, upper: 7, document: other },
        { id: 'L', indicator: 'BUDGET_REVENUE', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: 700, document: other },
        { id: 'U', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: 15, document: other },
        { id: 'C', indicator: 'POVERTY_RATE', area: '402', period: '2024', basis: 'point-change', basePeriod: '2023', comparator: 'at-most', value: -1, document: other },
        { id: 'M', indicator: 'BUDGET_REVENUE', area: '402', period: '2025', basis: 'growth', basePeriod: '2024', comparator: 'at-least', value: 5, document: other },
      ],
    },
    { catalog },
  );
  const official = (indicator: string, values: readonly (readonly [string, string])[]) => values.map(([period, value]) => ({ indicator, area: '402', period, value, status: 'official' as const }));
  const data = buildDataset(
    parseObservations([
      ...official('BUDGET_REVENUE', [['2022', '540.3'], ['2023', '612.5'], ['2024', '672.8']]),
      ...official('URBANISATION_RATE', [['2023', '14.5'], ['2024', '15.2']]),
      ...official('POVERTY_RATE', [['2023', '5.2'], ['2024', '4.03']]),
    ]),
  );
  const inputs = assessPlan(plan, data, { catalog }).assessments.map((assessment) => ({
    indicator: assessment.target.indicator,
    series: data.observations.filter((observation) => observation.indicator === assessment.target.indicator).map((observation) => ({ year: Number(observation.period), value: observation.value })),
    assessment,
  }));

  it('write each target as the plan states it: a range of growth, a level in its unit, a rate\'s level in percent, a change in points', () => {
    const rows = (lang: 'vi' | 'en') => growthTable(inputs, { catalog, lang }).rows.map((row) => [row.id, row.cells.target?.text, row.cells.target?.value?.toString() ?? null, row.cells.status?.value, row.cells.status?.detail]);
    expect(rows('vi')).toEqual([
      ['B', '5%–7% năm 2024', null, 'not-met', undefined],
      ['L', '≥ 700 tỷ đồng năm 2024', '700', 'not-met', undefined],
      // A level of 15% is a level, not a change in percentage points.
      ['U', '≥ 15% năm 2024', '15', 'exceeded', undefined],
      ['C', '≤ -1 điểm % năm 2024', '-1', 'exceeded', undefined],
      ['M', '≥ 5% năm 2025', '5', 'not-assessable', 'chưa có số liệu thực hiện của kỳ đánh giá'],
    ]);
    expect(rows('en')).toEqual([
      ['B', '5%–7% in 2024', null, 'not-met', undefined],
      ['L', '≥ 700 billion VND in 2024', '700', 'not-met', undefined],
      ['U', '≥ 15% in 2024', '15', 'exceeded', undefined],
      ['C', '≤ -1 pp in 2024', '-1', 'exceeded', undefined],
      ['M', '≥ 5% in 2025', '5', 'not-assessable', 'no actual value of BUDGET_REVENUE for area 402 in 2025'],
    ]);
  });
});

describe('growthChart of a single value', () => {
  it('has no bars and a description without a dangling period', () => {
    const chart = growthChart({ indicator: 'BUDGET_REVENUE', series: [{ year: 2022, value: 100 }] }, { catalog, lang: 'en' });
    expect([chart.bars, chart.description, chart.legend]).toEqual([[], 'Growth of State budget revenue in the area on the previous year.', [{ tone: 'neutral', label: 'Growth on the previous year' }]]);
    expect(growthChart({ indicator: 'POVERTY_RATE', series: [{ year: 2022, value: 5 }] }, { catalog, lang: 'vi' }).description).toBe('Mức tăng, giảm so với năm trước (điểm %) của Tỷ lệ hộ nghèo (đa chiều).');
  });
});
