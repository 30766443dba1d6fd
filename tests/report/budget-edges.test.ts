/* Edges of the budget review (src/report/budget.ts) that a reader sees: English texts, ids, totals summed from parts, zero estimates, refused reviews. */
import { describe, expect, it } from 'vitest';
import { type BudgetReviewInput, budgetSection, budgetTable, buildDataset, parseBudgetReview, parseObservations } from '../../src/index.js';
import { nhuXuanBudget2024, nhuXuanReviewCatalog as catalog, nhuXuanReviewDataset } from '../../src/datasets/nhu-xuan/index.js';
import { caught, expectFailure } from '../helpers.js';

function revenue(values: Readonly<Record<string, Readonly<Record<string, number>>>>) {
  return buildDataset(parseObservations(Object.entries(values).flatMap(([source, byYear]) =>
    Object.entries(byYear).map(([period, value]) => ({ indicator: 'BUDGET_REVENUE', area: '9', period, value, ...(source === 'total' ? {} : { dimensions: { source } }), status: 'official' }))),
  ));
}

function review(estimates: BudgetReviewInput['revenue'] extends infer Side ? Side extends { estimates: infer E } ? E : never : never) {
  return parseBudgetReview({
    area: '9',
    period: '2024',
    revenue: { indicator: 'BUDGET_REVENUE', dimension: 'source', parts: [{ code: 'fees', labels: { vi: 'Phí', en: 'Fees' } }, { code: 'taxes', labels: { vi: 'Thuế' } }], estimates },
  });
}

const plain = { id: 'plan', label: { vi: 'Dự toán giao', en: 'Assigned estimate' }, document: { kind: 'budget-estimate' as const } };

describe('budgetTable', () => {
  it('names the columns, rows and notes in English, the total row first', () => {
    const table = budgetTable(nhuXuanReviewDataset, parseBudgetReview(nhuXuanBudget2024), 'revenue', { catalog, lang: 'en' });
    expect(table.id).toBe('budget-revenue');
    expect(table.title).toBe('Budget revenue in 2024 against the estimates');
    expect(table.columns.map((column) => column.label)).toEqual([
      'Item', 'Estimated outturn 2024', "Province's estimate", "% of the province's estimate", "District council's estimate", "% of the district council's estimate", 'Same period 2023', 'Against the same period (%)',
    ]);
    expect(table.rows[0]?.cells.item?.text).toBe('Total budget revenue in the area');
    expect(table.notes[0]).toBe('Unit: billion VND.');
    expect(table.notes[1]).toMatch(/^Estimates from: Province's estimate: .+; District council's estimate: .+\.$/);
    const spending = budgetTable(nhuXuanReviewDataset, parseBudgetReview(nhuXuanBudget2024), 'spending', { catalog, lang: 'vi', id: 'ns' });
    expect([spending.id, spending.title, spending.rows[0]?.cells.item?.text]).toEqual(['ns-spending', 'Chi ngân sách năm 2024 so với dự toán', 'Tổng chi ngân sách địa phương']);
  });

  it('sums the parts into the total when no total is published, and leaves it empty when a part is missing', () => {
    const summed = budgetTable(revenue({ fees: { 2023: 4, 2024: 5 }, taxes: { 2023: 16, 2024: 20 } }), review([{ ...plain, parts: { fees: 4, taxes: 16 } }]), 'revenue', { catalog, lang: 'en' });
    const total = summed.rows[0];
    expect([total?.cells.actual?.text, total?.cells['estimate-plan']?.text, total?.cells['fulfilment-plan']?.text, total?.cells.previous?.text, total?.cells.samePeriod?.text]).toEqual(['25.0', '20.0', '125.0', '20.0', '125.0']);
    expect(total?.cells['fulfilment-plan']?.detail).toBe('25 / 20 × 100');
    expect(summed.rows.map((row) => [row.id, row.cells.item?.text])).toEqual([['total', 'Total budget revenue in the area'], ['fees', 'Fees'], ['taxes', 'Thuế']]);
    const gap = budgetTable(revenue({ fees: { 2024: 5 } }), review([{ ...plain, parts: { fees: 4 } }]), 'revenue', { catalog, lang: 'en' });
    expect([gap.rows[0]?.cells.actual?.text, gap.rows[0]?.cells['estimate-plan']?.text, gap.rows[0]?.cells['fulfilment-plan']?.text]).toEqual(['–', '–', '–']);
    expect(gap.rows[0]?.cells['fulfilment-plan']?.detail).toBeUndefined();
    expect(gap.notes).toEqual(['Unit: billion VND.']);
  });

  it('prefers the published total and the estimate\'s total to the sums of the parts', () => {
    const table = budgetTable(revenue({ total: { 2024: 30 }, fees: { 2024: 5 }, taxes: { 2024: 20 } }), review([{ ...plain, total: 24, parts: { fees: 4, taxes: 16 } }]), 'revenue', { catalog, lang: 'en' });
    expect([table.rows[0]?.cells.actual?.text, table.rows[0]?.cells['estimate-plan']?.text, table.rows[0]?.cells['fulfilment-plan']?.text]).toEqual(['30.0', '24.0', '125.0']);
  });

  it('gives no percentage of a zero estimate or a zero same period, and a sentence that ends after the amount', () => {
    const dataset = revenue({ total: { 2023: 0, 2024: 30 } });
    const table = budgetTable(dataset, review([{ ...plain, total: 0 }]), 'revenue', { catalog, lang: 'en' });
    expect([table.rows[0]?.cells['fulfilment-plan']?.text, table.rows[0]?.cells.samePeriod?.text]).toEqual(['–', '–']);
    expect(budgetSection(dataset, review([{ ...plain, total: 0 }]), { catalog, lang: 'en' }).paragraphs).toEqual(['Budget revenue in the area in 2024 is estimated at 30 billion VND.']);
    expect(budgetSection(dataset, review([{ ...plain, total: 0 }]), { catalog, lang: 'vi' }).paragraphs).toEqual(['Thu ngân sách trên địa bàn năm 2024 ước đạt 30 tỷ đồng.']);
    expect(budgetSection(revenue({ total: { 2023: 25, 2024: 30 } }), review([{ ...plain, total: 0 }]), { catalog, lang: 'vi' }).paragraphs).toEqual([
      'Thu ngân sách trên địa bàn năm 2024 ước đạt 30 tỷ đồng, bằng 120,0% so với cùng kỳ.',
    ]);
  });
});

describe('budgetSection', () => {
  it('writes a sentence only for a side with an outturn, and a table for every side given', () => {
    const section = budgetSection(revenue({ fees: { 2024: 5 } }), review([plain]), { catalog, lang: 'vi', id: 'ngan-sach' });
    expect([section.id, section.title, section.paragraphs, section.blocks.map((block) => block.id)]).toEqual(['ngan-sach', 'Thu, chi ngân sách', [], ['ngan-sach-revenue']]);
    const full = budgetSection(nhuXuanReviewDataset, parseBudgetReview(nhuXuanBudget2024), { catalog, lang: 'vi' });
    expect([full.id, full.blocks.map((block) => block.id)]).toEqual(['budget', ['budget-revenue', 'budget-spending']]);
    expect(full.paragraphs[1]).toMatch(/^Chi ngân sách địa phương năm 2024 ước 1\.258,4 tỷ đồng, /);
  });
});

describe('parseBudgetReview', () => {
  it('says "1 problem" for one, and refuses an estimate id that is not a name', () => {
    const error = caught(() => review([plain, plain]));
    expect(error.message).toBe('invalid budget review: 1 problem\n  revenue.estimates[1].id: the estimate id "plan" is used twice');
    expectFailure(() => review([{ ...plain, id: '1st' }]), 'invalid-input', /expected an id of a letter then letters, digits, "_" or "-", such as "province"/);
    expect(review([{ ...plain, id: 'a_b-2' }]).revenue?.estimates[0]?.id).toBe('a_b-2');
  });
});

describe('the budget sentence, its notes and its sources', () => {
  // 30 in 2024 (28 estimated in December, 30 published in February), 25,000 million VND in 2023 (25 billion).
  const observed = buildDataset(parseObservations([
    { indicator: 'BUDGET_REVENUE', area: '9', period: '2024', value: 30, status: 'official', published: '2025-02-01' },
    { indicator: 'BUDGET_REVENUE', area: '9', period: '2024', value: 28, status: 'estimate', published: '2024-12-20' },
    { indicator: 'BUDGET_REVENUE', area: '9', period: '2023', value: 25000, unit: { unit: 'VND', power: 6 }, status: 'official' },
    { indicator: 'BUDGET_REVENUE', area: '9', period: '2024', value: 12, dimensions: { source: 'fees' }, status: 'official' },
  ]));
  const side = (estimates: readonly object[]) => ({ indicator: 'BUDGET_REVENUE', dimension: 'source', parts: [{ code: 'fees', labels: { vi: 'Phí', en: 'Fees' } }], estimates });
  const twoEstimates = parseBudgetReview({
    area: '9',
    period: '2024',
    revenue: side([
      { id: 'a', label: { vi: 'Dự toán A' }, document: { kind: 'budget-estimate', title: 'Quyết định A' }, total: 24 },
      { id: 'b', label: { vi: 'Dự toán B', en: 'Estimate B' }, document: { kind: 'budget-estimate', title: 'Tờ trình', reference: 'Số 1/QĐ' }, total: 40, parts: { fees: 10 } },
    ]),
    spending: side([]),
  });

  it('gives the English sentence a verb when it only compares with the same period', () => {
    expect(budgetSection(observed, twoEstimates, { catalog, lang: 'en' }).paragraphs).toEqual([
      'Budget revenue in the area in 2024 is estimated at 30 billion VND: it reached 125.0% of the dự toán A, reached 75.0% of the estimate B, was 120.0% of the same period last year.',
      'Local budget spending in 2024 is estimated at 30 billion VND: it was 120.0% of the same period last year.',
    ]);
    expect(budgetSection(observed, twoEstimates, { catalog, lang: 'vi' }).paragraphs).toEqual([
      'Thu ngân sách trên địa bàn năm 2024 ước đạt 30 tỷ đồng, đạt 125,0% dự toán A, đạt 75,0% dự toán B, bằng 120,0% so với cùng kỳ.',
      'Chi ngân sách địa phương năm 2024 ước 30 tỷ đồng, bằng 120,0% so với cùng kỳ.',
    ]);
  });

  it('reads only what was published by asOf, and converts a value given in another scale of the unit', () => {
    expect(budgetSection(observed, twoEstimates, { catalog, lang: 'vi', asOf: '2025-01-01' }).paragraphs[1]).toBe('Chi ngân sách địa phương năm 2024 ước 28 tỷ đồng, bằng 112,0% so với cùng kỳ.');
    const early = budgetTable(observed, twoEstimates, 'revenue', { catalog, lang: 'en', asOf: '2025-01-01' });
    expect([early.rows[0]?.cells.actual?.text, early.rows[0]?.cells.previous?.text, early.rows[0]?.cells.previous?.value?.toString()]).toEqual(['28.0', '25.0', '25']);
  });

  it('names each estimate\'s document by its reference, else its title, and leaves a part without an estimate empty', () => {
    const table = budgetTable(observed, twoEstimates, 'revenue', { catalog, lang: 'en' });
    expect(table.notes).toEqual(['Unit: billion VND.', 'Estimates from: Dự toán A: Quyết định A; Estimate B: Số 1/QĐ.']);
    expect(table.columns.map((column) => [column.id, column.label, column.kind])).toEqual([
      ['item', 'Item', 'text'],
      ['actual', 'Estimated outturn 2024', 'number'],
      ['estimate-a', 'Dự toán A', 'number'],
      ['fulfilment-a', '% of the dự toán A', 'number'],
      ['estimate-b', 'Estimate B', 'number'],
      ['fulfilment-b', '% of the estimate B', 'number'],
      ['previous', 'Same period 2023', 'number'],
      ['samePeriod', 'Against the same period (%)', 'number'],
    ]);
    const fees = table.rows[1]?.cells;
    expect([fees?.['estimate-a'], fees?.['fulfilment-a'], fees?.['fulfilment-b'], fees?.samePeriod]).toEqual([
      { value: null, text: '–' },
      { value: null, text: '–' },
      { value: fees?.['fulfilment-b']?.value, text: '120.0', detail: '12 / 10 × 100' },
      { value: null, text: '–' },
    ]);
    expect(fees?.['fulfilment-b']?.value?.toString()).toBe('120');
    expect(budgetTable(observed, twoEstimates, 'revenue', { catalog, lang: 'vi' }).notes).toEqual(['Đơn vị: tỷ đồng.', 'Dự toán theo: Dự toán A: Quyết định A; Dự toán B: Số 1/QĐ.']);
  });

  it('says "problems" for more than one, each on its own line, and refuses a review without the side asked for', () => {
    const error = caught(() => parseBudgetReview({ area: '9', period: '2024', revenue: side([{ id: 'a', label: { vi: 'A' }, document: { kind: 'other' }, parts: { x: 1, y: 2 } }]) }));
    expect([error.code, error.message]).toEqual(['invalid-input', 'invalid budget review: 2 problems\n  revenue.estimates[0].parts.x: no part "x" in revenue.parts\n  revenue.estimates[0].parts.y: no part "y" in revenue.parts']);
    expectFailure(() => budgetTable(observed, parseBudgetReview({ area: '9', period: '2024' }), 'spending', { catalog, lang: 'en' }), 'invalid-argument', 'budgetTable: the budget review has no spending; give one in its spending field');
  });
});
