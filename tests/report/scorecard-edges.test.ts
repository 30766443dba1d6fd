/*
 * Scorecard cases the main tests do not reach: pace results of different periods and with reasons,
 * two documents of one kind (named by their reference), a commitment that some documents do not
 * set, and the facts of a plan without an English title or a cited document.
 */
import { describe, expect, it } from 'vitest';
import { type PlanAssessment, type ScorecardOptions, assessPlan, assessTargetPace, buildCatalog, buildDataset, documentTargetsTable, parseObservations, parsePlan, planReport, scorecardTable, toDecimal } from '../../src/index.js';
import { vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../helpers.js';
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

describe('planned and actual values of targets written from their own figures', () => {
  const other = { kind: 'other' } as const;
  // Urbanisation 14.5% in 2023 and 15.25% in 2024 (precision 1): up 0.75 points, written 0.8.
  const plan = parsePlan(
    {
      id: 'S', title: { vi: 'S' }, area: '402', period: '2024', document: other,
      targets: [
        { id: 'P', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'point-change', basePeriod: '2023', comparator: 'at-least', value: '0.5', document: other },
        { id: 'B', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'level', comparator: 'between', lower: 14, upper: '15.5', document: other },
        { id: 'M', indicator: 'POVERTY_RATE', area: '402', period: '2024', basis: 'level', comparator: 'maintain', basePeriod: '2023', document: other },
        { id: 'I', indicator: 'INVESTMENT', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: 1000000, unit: { unit: 'VND', power: 6 }, document: other },
      ],
    },
    { catalog },
  );
  const data = buildDataset(
    parseObservations([
      { indicator: 'URBANISATION_RATE', area: '402', period: '2023', value: '14.5', status: 'official' },
      { indicator: 'URBANISATION_RATE', area: '402', period: '2024', value: '15.25', status: 'estimate' },
    ]),
  );

  it('write a change of a rate in points to the indicator\'s precision', () => {
    const rows = scorecardTable(assessPlan(plan, data, { catalog }), { catalog, lang: 'vi' }).rows;
    expect(rows.map((row) => [row.id, row.cells.planned?.text, row.cells.actual?.text, row.cells.gap?.text, row.cells.status?.value])).toEqual([
      ['P', '≥ 0,5 điểm %', '0,8 điểm %', '+0,3 điểm %', 'exceeded'],
      ['B', '14%–15,5%', '15,3%', '0 điểm %', 'met'],
      ['M', '–', '–', '–', 'not-assessable'],
      ['I', '≥ 1.000.000 triệu đồng', '–', '–', 'not-assessable'],
    ]);
  });

  it('show a target not assessed with the plan\'s own bounds, value and unit, and a dash for a maintain target without one', () => {
    const rows = scorecardTable(assessPlan(plan, buildDataset([]), { catalog }), { catalog, lang: 'vi' }).rows;
    expect(rows.map((row) => [row.id, row.cells.planned])).toEqual([
      ['P', { value: toDecimal('0.5'), text: '≥ 0,5 điểm %' }],
      ['B', { value: null, text: '14%–15,5%' }],
      ['M', { value: null, text: '–' }],
      ['I', { value: toDecimal(1000000), text: '≥ 1.000.000 triệu đồng' }],
    ]);
  });

  it('write plain numbers, and changes of rates to two decimals, for an indicator the options\' catalog lacks', () => {
    const smaller = buildCatalog(vnDistrictIndicators.filter((indicator) => indicator.code !== 'URBANISATION_RATE'));
    const rows = scorecardTable(assessPlan(plan, data, { catalog }), { catalog: smaller, lang: 'vi' }).rows;
    expect(rows.slice(0, 2).map((row) => [row.id, row.cells.target?.text, row.cells.planned?.text, row.cells.actual?.text, row.cells.actual?.detail, row.cells.gap?.text])).toEqual([
      ['P', 'URBANISATION_RATE', '≥ 0,5 điểm %', '0,75 điểm %', 'A = 15,25 (năm 2024, ước tính); B = 14,5 (năm 2023, chính thức)', '+0,25 điểm %'],
      ['B', 'URBANISATION_RATE', '14–15,5', '15,25', 'A = 15,25 (năm 2024, ước tính)', '0'],
    ]);
    const unknown = scorecardTable(assessPlan(plan, data, { catalog: smaller }), { catalog: smaller, lang: 'vi' }).rows;
    expect(unknown.slice(0, 2).map((row) => [row.id, row.cells.planned?.text, row.cells.status?.value])).toEqual([
      ['P', '≥ 0,5 điểm %', 'not-assessable'],
      ['B', '14–15,5', 'not-assessable'],
    ]);
  });
});

describe('the table of several documents, more cases', () => {
  const [growthTarget, , revenueTarget] = nhuXuanPlan2024.targets;
  if (growthTarget === undefined || revenueTarget === undefined) throw new Error('the 2024 plan has eight targets');
  // Revenue by the annual plan and two council resolutions known by title only; gross output by the
  // annual plan and, from another base year, by another document: not the same commitment.
  const plan = {
    ...nhuXuanPlan2024,
    targets: [
      revenueTarget,
      { ...revenueTarget, id: 'T3b', value: toDecimal(9), document: { kind: 'council-resolution' as const, title: 'NQ A' } },
      { ...revenueTarget, id: 'T3c', value: toDecimal(10), document: { kind: 'council-resolution' as const, title: 'NQ B' } },
      growthTarget,
      { ...growthTarget, id: 'T1b', basePeriod: '2022', document: { kind: 'other' as const } },
    ],
  };

  it('name documents of one kind by title, say why each target could not be assessed, and keep other base years apart', () => {
    const table = documentTargetsTable(assessPlan(plan, buildDataset([]), { catalog }), { catalog, lang: 'vi' });
    expect(table?.columns.map((column) => column.label)).toEqual([
      'Chỉ tiêu', 'Thực hiện',
      'Kế hoạch (Kế hoạch UBND)', 'Tỷ lệ đạt (Kế hoạch UBND)', 'Đánh giá (Kế hoạch UBND)',
      'Kế hoạch (NQ A)', 'Tỷ lệ đạt (NQ A)', 'Đánh giá (NQ A)',
      'Kế hoạch (NQ B)', 'Tỷ lệ đạt (NQ B)', 'Đánh giá (NQ B)',
    ]);
    expect(table?.rows.map((row) => [row.id, row.cells['status-1'], row.cells['status-3']])).toEqual([
      [
        'T3+T3b+T3c',
        { value: 'not-assessable', text: 'Không đánh giá được', detail: 'T3: chưa có số liệu thực hiện của kỳ đánh giá' },
        { value: 'not-assessable', text: 'Không đánh giá được', detail: 'T3c: chưa có số liệu thực hiện của kỳ đánh giá' },
      ],
    ]);
  });

  it('refuse an unknown language, naming documentTargetsTable', () => {
    expectFailure(() => documentTargetsTable(assessment, { catalog, lang: 'fr' as 'vi' }), 'invalid-argument', 'documentTargetsTable: lang must be \'vi\' (Vietnamese) or \'en\' (English); got "fr"');
  });
});

describe('scorecardTable defaults and refusals', () => {
  it('is the table "scorecard-table", and a cell without working has no detail at all', () => {
    const table = scorecardTable(assessment, { catalog, lang: 'vi' });
    expect(table.id).toBe('scorecard-table');
    expect(table.rows[0]?.cells.id).toStrictEqual({ value: 'T1', text: 'T1' });
    expect(table.rows[0]?.cells.planned).toStrictEqual({ value: toDecimal('5.6'), text: '≥ 5,6%' });
  });

  it('refuses missing options and a missing assessment with a PlanningError, not a TypeError', () => {
    expectFailure(() => scorecardTable(assessment, undefined as unknown as ScorecardOptions), 'invalid-argument', "scorecardTable: lang must be 'vi' (Vietnamese) or 'en' (English); got undefined");
    expectFailure(() => scorecardTable(undefined as unknown as PlanAssessment, { catalog, lang: 'vi' }), 'invalid-argument', 'scorecardTable: expected an array of target assessments (give the result of assessPlan); got undefined');
  });
});
