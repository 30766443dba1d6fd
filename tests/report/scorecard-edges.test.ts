/*
 * Scorecard cases the main tests do not reach: pace results of different periods and with reasons,
 * two documents of one kind (named by their reference), a commitment that some documents do not
 * set, and the facts of a plan without an English title or a cited document.
 */
import { describe, expect, it } from 'vitest';
import { assessPlan, assessTargetPace, documentTargetsTable, planReport, scorecardTable, toDecimal } from '../../src/index.js';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { assessment, catalog } from './fixtures.js';

const [growth, , revenue, communes] = nhuXuanPlan2024.targets;
if (growth === undefined || revenue === undefined || communes === undefined) throw new Error('the 2024 plan has eight targets');

describe('pace columns', () => {
  // Gross output to the first half, revenue to the first quarter (no data), communes (no half-year data).
  const pace = [
    assessTargetPace(growth, nhuXuanDataset2024, { catalog, toDate: '2024-S1' }),
    assessTargetPace(revenue, nhuXuanDataset2024, { catalog, toDate: '2024-Q1' }),
    assessTargetPace(communes, nhuXuanDataset2024, { catalog, toDate: '2024-S1' }),
  ];

  it('are headed "Tiến độ" / "Pace" when the results are of different periods, and give the reason a pace could not be assessed', () => {
    const vi = scorecardTable(assessment, { catalog, lang: 'vi', pace });
    expect(vi.columns.slice(-2).map((column) => column.label)).toEqual(['Tiến độ', 'Lũy kế']);
    expect(vi.rows.slice(0, 4).map((row) => [row.cells.pace, row.cells.paceValue?.text])).toEqual([
      [{ value: 'ahead', text: 'Vượt tiến độ' }, 'tăng 6,13% so với cùng kỳ'],
      [{ value: null, text: '–' }, '–'],
      [{ value: 'not-assessable', text: 'Không đánh giá được', detail: 'chưa có số liệu thực hiện của kỳ đánh giá' }, '–'],
      [{ value: 'not-assessable', text: 'Không đánh giá được', detail: 'chưa có số liệu thực hiện của kỳ đánh giá' }, '–'],
    ]);
    const en = scorecardTable(assessment, { catalog, lang: 'en', pace });
    expect(en.columns.slice(-2).map((column) => column.label)).toEqual(['Pace', 'To date']);
    expect(en.rows[2]?.cells.pace?.detail).toBe('no actual value of BUDGET_REVENUE for area 402 in 2024-Q1');
    expect(en.rows[2]?.cells.paceValue).toEqual({ value: null, text: '–' });
  });
});

describe('targets from several documents', () => {
  // Revenue by the annual plan (12%) and by two decisions of the province (9% and 10%); gross output
  // by the annual plan (5.6%) and by the district council (5%), which only the title names.
  const plan = {
    ...nhuXuanPlan2024,
    targets: [
      ...nhuXuanPlan2024.targets,
      { ...revenue, id: 'T3b', value: toDecimal(9), document: { kind: 'province-assigned' as const, reference: 'QĐ 1' } },
      { ...revenue, id: 'T3c', value: toDecimal(10), document: { kind: 'province-assigned' as const, reference: 'QĐ 2' } },
      { ...growth, id: 'T1b', value: toDecimal(5), document: { kind: 'council-resolution' as const, title: 'Nghị quyết HĐND huyện' } },
    ],
  };
  const result = assessPlan(plan, nhuXuanDataset2024, { catalog });

  it('name two documents of one kind by their reference, and leave dashes where a document sets no target', () => {
    const table = documentTargetsTable(result, { catalog, lang: 'en' });
    expect(table?.columns.filter((column) => column.id.startsWith('status-')).map((column) => column.label)).toEqual([
      "Status (People's Committee plan)",
      'Status (QĐ 1)',
      'Status (QĐ 2)',
      "Status (People's Council resolution)",
    ]);
    expect(table?.rows.map((row) => [row.id, ...(table.columns.map((column) => row.cells[column.id]?.text))])).toEqual([
      ['T1+T1b', 'Gross output (constant 2010 prices) (2024)', '6.17%', '≥ 5.6%', '100.5%', 'Exceeded', '–', '–', '–', '–', '–', '–', '≥ 5%', '101.1%', 'Exceeded'],
      ['T3+T3b+T3c', 'State budget revenue in the area (2024)', '9.84%', '≥ 12%', '98.1%', 'Not met', '≥ 9%', '100.8%', 'Exceeded', '≥ 10%', '99.9%', 'Not met', '–', '–', '–'],
    ]);
    // A label that is the document's full name needs no note.
    expect(table?.notes).toEqual([
      "People's Committee plan: Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)",
      "People's Council resolution: Nghị quyết HĐND huyện",
    ]);
  });

  it('name the document of each such row in the scorecard, the others unchanged', () => {
    const rows = scorecardTable(result, { catalog, lang: 'vi' }).rows;
    expect(rows.map((row) => [row.id, row.cells.target?.text, row.cells.target?.detail])).toEqual([
      ['T1', 'Tăng trưởng giá trị sản xuất đạt 5,6% trở lên (Kế hoạch UBND)', 'Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)'],
      ['T2', 'Thu nhập bình quân đầu người đạt 45 triệu đồng/năm', undefined],
      ['T3', 'Tỷ lệ tăng thu ngân sách 12% (Kế hoạch UBND)', 'Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)'],
      ['T4', 'Có thêm 2 xã đạt chuẩn nông thôn mới', undefined],
      ['T5', '10 thôn nông thôn mới', undefined],
      ['T6', 'Tỷ lệ đô thị hóa 15%', undefined],
      ['T7', 'Tỷ lệ đường giao thông trên địa bàn được cứng hóa 79%', undefined],
      ['T8', 'Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng', undefined],
      ['T3b', 'Tỷ lệ tăng thu ngân sách 12% (QĐ 1)', 'QĐ 1'],
      ['T3c', 'Tỷ lệ tăng thu ngân sách 12% (QĐ 2)', 'QĐ 2'],
      ['T1b', 'Tăng trưởng giá trị sản xuất đạt 5,6% trở lên (Nghị quyết HĐND)', 'Nghị quyết HĐND huyện'],
    ]);
  });
});

describe('the facts of a plan report', () => {
  it('fall back to the Vietnamese title, cite a document by its title, and leave out a document neither numbered nor titled', () => {
    const untitled = planReport({ ...assessment, plan: { ...assessment.plan, title: { vi: 'Kế hoạch năm 2024' }, document: { kind: 'annual-plan' } } }, { catalog, lang: 'en' });
    expect([untitled.title, untitled.fields.map((field) => field.label)]).toEqual(['Kế hoạch năm 2024', ['Plan period', 'Area', 'Result']]);
    const titled = planReport({ ...assessment, plan: { ...assessment.plan, document: { kind: 'annual-plan', title: 'Kế hoạch số 5' } } }, { catalog, lang: 'vi' });
    expect(titled.fields[2]).toEqual({ label: 'Văn bản', value: 'Kế hoạch số 5' });
  });
});
