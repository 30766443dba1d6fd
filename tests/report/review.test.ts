/* The mid-term review and next year's proposals as report tables (issue 10). */
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
  renderMarkdown,
  reviewPlan,
  reviewSection,
  reviewTable,
} from '../../src/index.js';
import * as z from 'zod/mini';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../helpers.js';

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

describe('reviewTable', () => {
  const review = reviewPlan(plan, actuals, { catalog, through: '2021/2023' });

  it('writes where each target stands, its path, its pace and what the remaining years need', () => {
    const table = reviewTable(review, { catalog, lang: 'vi' });
    expect(table.title).toBe('Tình hình thực hiện đến năm 2023');
    expect(table.rows.map((row) => [row.id, row.cells.planned?.text, row.cells.toDate?.text, row.cells.expected?.text, row.cells.status?.text, row.cells.remaining?.text])).toEqual([
      ['GROWTH', 'bình quân ≥ 7%/năm', 'bình quân 8,13%/năm', '7%', 'Vượt tiến độ', 'cần tăng bình quân 5,33%/năm trong 2 năm còn lại'],
      ['INVEST', '≥ 5.000 tỷ đồng', '3.000 tỷ đồng', '3.000 tỷ đồng', 'Đúng tiến độ', 'còn 2.000 tỷ đồng, bình quân 1.000 tỷ đồng/năm'],
      ['POVERTY', '≤ -5 điểm %', '-4 điểm %', '-3 điểm %', 'Vượt tiến độ', 'còn 1 điểm %, bình quân 0,5 điểm %/năm'],
      ['URBAN', '≥ 15%', '13,4%', '13,8%', 'Chậm tiến độ', 'còn 1,6 điểm %'],
    ]);
  });

  it('says what remains in English, and the growth the last year needs', () => {
    const ahead = reviewPlan(plan, actuals, { catalog, through: '2024' });
    const table = reviewTable(ahead, { catalog, lang: 'en' });
    expect(table.rows.find((row) => row.id === 'POVERTY')?.cells.remaining?.text).toBe('0.5 pp to go');
    expect(table.rows.find((row) => row.id === 'GROWTH')?.cells.remaining?.text).toBe('needs 4.49% in the one remaining year');
    const inVietnamese = reviewTable(ahead, { catalog, lang: 'vi' });
    expect(inVietnamese.rows.find((row) => row.id === 'GROWTH')?.cells.remaining?.text).toBe('cần tăng 4,49% trong năm còn lại');
  });

  it('refuses an unknown language', () => {
    expectFailure(() => reviewTable(review, { catalog, lang: 'fr' as 'vi' }), 'invalid-argument', /reviewTable/);
  });
});

describe('planReviewSection', () => {
  it('reviews the report\'s own plan, with the year-end estimate of a flow at a part of a year', () => {
    const halves = data(
      { indicator: 'INVESTMENT', period: '2023-S1', value: 500 },
      { indicator: 'INVESTMENT', period: '2023', value: 1100 },
      { indicator: 'INVESTMENT', period: '2024-S1', value: 520 },
    );
    const yearly = z.parse(planSchema, {
      id: 'Y', title: { vi: 'Kế hoạch 2024' }, area: '402', period: '2024', document: { kind: 'annual-plan' },
      targets: [{ id: 'I', area: '402', indicator: 'INVESTMENT', basis: 'level', period: '2024', comparator: 'at-least', value: 1000, document: { kind: 'annual-plan' } }],
    } satisfies PlanInput);
    const report = buildPlanReport(yearly, halves, catalog, { lang: 'vi', extraSections: [planReviewSection('2024-S1')] });
    const table = report.sections.find((section) => section.id === 'review')?.blocks[0];
    const estimate = table?.kind === 'table' ? table.rows[0]?.cells.estimate : undefined;
    expect([String(estimate?.value), estimate?.text, estimate?.detail]).toEqual(['1144', '1.144 tỷ đồng', 'estimate = A_2024-S1 × Σ year / Σ same part (2023)']);
  });
});

describe('proposalsTable and reviewSection', () => {
  it('lists next year\'s targets with where each starts from and how it was derived', () => {
    const proposals = proposeYearTargets(plan, actuals, { catalog, year: 2025 });
    const table = proposalsTable(proposals, { catalog, lang: 'vi' });
    expect(table.title).toBe('Đề xuất chỉ tiêu năm 2025 theo lộ trình kế hoạch 5 năm');
    expect(table.rows.map((row) => [row.cells.id?.text, row.cells.proposed?.text, row.cells.latest?.text])).toEqual([
      ['GROWTH-2025', 'tăng ≥ 4,49%', '5.436 tỷ đồng (năm 2024)'],
      ['INVEST-2025', 'đạt ≥ 850 tỷ đồng', '1.150 tỷ đồng (năm 2024)'],
      ['POVERTY-2025', 'thay đổi ≤ -0,5 điểm %', '15,5% (năm 2024)'],
      ['URBAN-2025', 'đạt ≥ 15%', '14% (năm 2024)'],
    ]);
  });

  it('makes one section that renders, with a heading that names the plan and the point reached', () => {
    const review = reviewPlan(plan, actuals, { catalog, through: '2021/2023' });
    const section = reviewSection(review, { catalog, lang: 'vi', proposals: proposeYearTargets(plan, actuals, { catalog, year: 2024 }) });
    expect([section.title, section.paragraphs, section.blocks.map((block) => block.id)]).toEqual([
      'Đánh giá giữa kỳ giai đoạn 2021–2025 (đến năm 2023)',
      ['2 chỉ tiêu vượt tiến độ, 1 đúng tiến độ, 1 chậm tiến độ, 0 chưa đánh giá được.'],
      ['review-table', 'review-proposals'],
    ]);
    expect(renderMarkdown({ kind: 'report', lang: 'vi', title: 'Báo cáo', fields: [], notes: [], sections: [section] })).toContain('| INVEST-2024 |');
  });
});
