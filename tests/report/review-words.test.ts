/*
 * The words a reader of the mid-term review sees in both languages: titles, column headings, the
 * shape of each target, the path, what the remaining years need or that the target is reached, the
 * year-end estimate, next year's proposals and the section's summary.
 */
import { describe, expect, it } from 'vitest';
import {
  type ObservationInput,
  type PlanInput,
  buildDataset,
  buildPlanReport,
  parseObservations,
  planReviewSection,
  planSchema,
  proposalsTable,
  proposeYearTargets,
  reviewPlan,
  reviewSection,
  reviewTable,
} from '../../src/index.js';
import * as z from 'zod/mini';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';

const document = { kind: 'five-year-plan' } as const;
const plan = z.parse(planSchema, {
  id: 'FIVE-YEAR',
  title: { vi: 'Kế hoạch 5 năm (minh họa)' },
  area: '402',
  period: '2021/2025',
  document,
  targets: [
    { id: 'GROWTH', area: '402', indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 7, document },
    { id: 'INVEST', area: '402', indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025', comparator: 'at-least', value: 5000, document },
    { id: 'POVERTY', area: '402', indicator: 'POVERTY_RATE', basis: 'point-change', period: '2021/2025', basePeriod: '2020', comparator: 'at-most', value: -5, document },
    { id: 'URBAN', area: '402', indicator: 'URBANISATION_RATE', basis: 'level', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 15, document },
  ],
  illustrative: true,
} satisfies PlanInput);

function data(...observations: (Partial<ObservationInput> & Pick<ObservationInput, 'indicator' | 'period' | 'value'>)[]) {
  return buildDataset(parseObservations(observations.map((observation) => ({ area: '402', status: 'official', ...observation }))));
}

const actuals = data(
  ...[4050, 4310, 4700, 5120, 5436].map((value, index) => ({ indicator: 'PRODUCTION_VALUE', period: String(2020 + index), value })),
  ...[900, 1000, 1100, 1150].map((value, index) => ({ indicator: 'INVESTMENT', period: String(2021 + index), value })),
  ...[20, 19, 18, 16, '15.5'].map((value, index) => ({ indicator: 'POVERTY_RATE', period: String(2020 + index), value })),
  ...[12, '12.5', 13, '13.4', 14].map((value, index) => ({ indicator: 'URBANISATION_RATE', period: String(2020 + index), value })),
);

describe('the mid-term review in both languages', () => {
  const review = reviewPlan(plan, actuals, { catalog, through: '2021/2023' });

  it('heads the review table, names each target\'s shape and period, and shows the share of the path', () => {
    const vi = reviewTable(review, { catalog, lang: 'vi' });
    expect(vi.columns.map((column) => column.label)).toEqual(['Mã', 'Chỉ tiêu', 'Mục tiêu', 'Thực hiện đến nay', 'Theo lộ trình', 'Tiến độ', 'Yêu cầu các năm còn lại']);
    expect(vi.rows.map((row) => [row.cells.target?.detail, row.cells.planned?.detail, row.cells.expected?.detail])).toEqual([
      ['tăng bình quân/năm', 'Giai đoạn 2021–2025', 's = 0.6'],
      ['lũy kế', 'Giai đoạn 2021–2025', 's = 0.6'],
      ['tăng thêm', 'Giai đoạn 2021–2025', 's = 0.6'],
      ['mức cuối kỳ', 'Giai đoạn 2021–2025', 's = 0.6'],
    ]);
    const en = reviewTable(review, { catalog, lang: 'en' });
    expect([en.title, en.columns.map((column) => column.label)]).toEqual(['Progress through 2023', ['Code', 'Target', 'Planned', 'Achieved so far', 'On the path', 'Pace', 'What the remaining years need']]);
    expect(en.rows.map((row) => [row.cells.target?.text, row.cells.target?.detail, row.cells.planned?.text, row.cells.toDate?.text, row.cells.expected?.text, row.cells.remaining?.text])).toEqual([
      ['Gross output (constant 2010 prices)', 'average annual growth', '≥ 7% a year on average', '8.13% a year on average', '7%', 'needs 5.33% a year over the 2 remaining years'],
      ['Total social development investment', 'cumulative', '≥ 5,000 billion VND', '3,000 billion VND', '3,000 billion VND', '2,000 billion VND to go, 1,000 billion VND a year'],
      ['Multidimensional poverty rate', 'change', '≤ -5 pp', '-4 pp', '-3 pp', '1 pp to go, 0.5 pp a year'],
      ['Urbanisation rate', 'level at the end', '≥ 15%', '13.4%', '13.8%', '1.6 pp to go'],
    ]);
  });

  it('titles and heads next year\'s proposals in English, each with its basis in words', () => {
    const table = proposalsTable(proposeYearTargets(plan, actuals, { catalog, year: 2025 }), { catalog, lang: 'en' });
    expect([table.title, table.columns.map((column) => column.label)]).toEqual(['Proposed targets for 2025 on the path of the five-year plan', ['Code', 'Target', 'Proposed', 'From', 'Method']]);
    expect(table.rows.map((row) => [row.cells.proposed?.text, row.cells.latest?.text])).toEqual([
      ['growth ≥ 4.49%', '5,436 billion VND (2024)'],
      ['level ≥ 850 billion VND', '1,150 billion VND (2024)'],
      ['change ≤ -0.5 pp', '15.5% (2024)'],
      ['level ≥ 15%', '14% (2024)'],
    ]);
    expect(proposalsTable(proposeYearTargets(plan, actuals, { catalog, year: 2025 }), { catalog, lang: 'vi' }).columns.map((column) => column.label)).toEqual(['Mã', 'Chỉ tiêu', 'Đề xuất', 'Xuất phát từ', 'Cách tính']);
  });

  it('titles the English section with the plan\'s period and the point reached, and counts the paces', () => {
    const section = reviewSection(review, { catalog, lang: 'en' });
    expect([section.title, section.paragraphs]).toEqual(['Mid-term review of 2021–2025 (through 2023)', ['2 targets ahead of schedule, 1 on schedule, 1 behind, 0 not assessable.']]);
  });
});

describe('the review of a year at its half', () => {
  // Investment (a flow): 520 in the first half of 2024, 500 of 1,100 in 2023, so about 1,144 for the
  // year; gross output up 2,600 / 2,400 − 1 = 8.33% on the same half; urbanisation 14% against 13.
  const halves = data(
    { indicator: 'INVESTMENT', period: '2023-S1', value: 500 },
    { indicator: 'INVESTMENT', period: '2023', value: 1100 },
    { indicator: 'INVESTMENT', period: '2024-S1', value: 520 },
    { indicator: 'PRODUCTION_VALUE', period: '2023-S1', value: 2400 },
    { indicator: 'PRODUCTION_VALUE', period: '2024-S1', value: 2600 },
    { indicator: 'URBANISATION_RATE', period: '2024-S1', value: 14 },
  );
  const annual = { kind: 'annual-plan' } as const;
  const yearly = z.parse(planSchema, {
    id: 'Y', title: { vi: 'Kế hoạch 2024' }, area: '402', period: '2024', document: annual,
    targets: [
      { id: 'I', area: '402', indicator: 'INVESTMENT', basis: 'level', period: '2024', comparator: 'at-least', value: 1000, document: annual },
      { id: 'G', area: '402', indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2024', basePeriod: '2023', comparator: 'at-least', value: 7, document: annual },
      { id: 'U', area: '402', indicator: 'URBANISATION_RATE', basis: 'level', period: '2024', comparator: 'at-least', value: 13, document: annual },
    ],
  } satisfies PlanInput);
  const reviewed = (lang: 'vi' | 'en') => {
    const table = buildPlanReport(yearly, halves, catalog, { lang, extraSections: [planReviewSection('2024-S1')] }).sections.find((section) => section.id === 'review')?.blocks[0];
    if (table?.kind !== 'table') throw new Error('the review section has its table');
    return [table.title, table.columns.at(-1)?.label, table.rows.map((row) => [row.cells.target?.detail, row.cells.toDate?.text, row.cells.remaining?.text, row.cells.estimate?.text])];
  };

  it('names a level in the period, a growth and a level at the end, says a target is reached, and estimates the flow\'s year', () => {
    expect(reviewed('vi')).toEqual([
      'Tình hình thực hiện đến 6 tháng đầu năm 2024',
      'Ước cả năm',
      [
        ['mức trong kỳ', '520 tỷ đồng', 'còn 480 tỷ đồng', '1.144 tỷ đồng'],
        ['tốc độ tăng', '8,33%', '–', '–'],
        ['mức cuối kỳ', '14%', 'đã đạt mục tiêu', '–'],
      ],
    ]);
    expect(reviewed('en')).toEqual([
      'Progress through first half of 2024',
      'Year-end estimate',
      [
        ['level in the period', '520 billion VND', '480 billion VND to go', '1,144 billion VND'],
        ['growth', '8.33%', '–', '–'],
        ['level at the end', '14%', 'target reached', '–'],
      ],
    ]);
  });
});
