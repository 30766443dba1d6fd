import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PlanAssessment,
  type Table,
  assessPlan,
  assessTargetPace,
  attainmentChart,
  buildCatalog,
  buildDataset,
  parseObservations,
  parsePlan,
  planReport,
  scorecardSection,
  scorecardTable,
  toDecimal,
} from '../../src/index.js';
import { vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../format/helpers.js';
import { assessment, catalog } from './fixtures.js';

/** Each row's cells as texts, in column order. */
function texts(table: Table): string[][] {
  return table.rows.map((row) => table.columns.map((column) => row.cells[column.id]?.text ?? '?'));
}

describe('scorecardTable', () => {
  it('writes the Như Xuân 2024 scorecard as Vietnamese plan reports word it', () => {
    const table = scorecardTable(assessment, { catalog, lang: 'vi' });
    expect(table.columns.map((column) => column.label)).toEqual(['Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ đạt', 'Chênh lệch', 'Đánh giá', 'Số liệu']);
    expect(texts(table).map((row) => row.filter((_, index) => index !== 1))).toEqual([
      ['T1', '≥ 5,6%', '6,17%', '100,5%', '+0,57 điểm %', 'Vượt kế hoạch', 'Ước tính'],
      ['T2', '≥ 45 triệu đồng/người/năm', '47,2 triệu đồng/người/năm', '104,9%', '+2,2 triệu đồng/người/năm', 'Vượt kế hoạch', 'Ước tính'],
      ['T3', '≥ 12%', '9,84%', '98,1%', '-2,16 điểm %', 'Không đạt', 'Ước tính'],
      ['T4', '≥ 2 xã', '2 xã', '100,0%', '0 xã', 'Đạt', 'Ước tính'],
      ['T5', '≥ 10 thôn', '12 thôn', '120,0%', '+2 thôn', 'Vượt kế hoạch', 'Ước tính'],
      ['T6', '≥ 15%', '15%', '100,0%', '0 điểm %', 'Đạt', 'Ước tính'],
      ['T7', '≥ 79%', '80,2%', '101,5%', '+1,2 điểm %', 'Vượt kế hoạch', 'Ước tính'],
      ['T8', '≥ 1.000 tỷ đồng', '1.085 tỷ đồng', '108,5%', '+85 tỷ đồng', 'Vượt kế hoạch', 'Ước tính'],
    ]);
    expect(table.rows[0]?.cells.target?.text).toBe('Tăng trưởng giá trị sản xuất đạt 5,6% trở lên');
    expect(table.notes).toEqual(['7/8 chỉ tiêu đạt và vượt kế hoạch (5 vượt, 2 đạt, 1 không đạt, 0 không đánh giá được).']);
  });

  it('writes the same scorecard in English, with the targets as the plan words them in English', () => {
    const table = scorecardTable(assessment, { catalog, lang: 'en', notes: ['Illustrative data.'] });
    expect(texts(table)[7]).toEqual([
      'T8',
      'Total social development investment of 1,000 billion VND',
      '≥ 1,000 billion VND',
      '1,085 billion VND',
      '108.5%',
      '+85 billion VND',
      'Exceeded',
      'Estimate',
    ]);
    expect(table.notes).toEqual(['7 of 8 targets met or exceeded (5 exceeded, 2 met, 1 not met, 0 not assessable).', 'Illustrative data.']);
  });

  it('keeps the exact values: the quantity, the target, the ratio × 100, the gap, the status codes', () => {
    const table = scorecardTable(assessment, { catalog, lang: 'en' });
    assessment.assessments.forEach((row, index) => {
      const cells = table.rows[index]?.cells;
      expect(table.rows[index]?.id).toBe(row.target.id);
      expect(cells?.actual?.value).toEqual(row.quantity);
      expect(cells?.planned?.value).toEqual(row.targetValue);
      expect(cells?.attainment?.value).toEqual(row.ratio?.times(100));
      expect(cells?.gap?.value).toEqual(row.gap);
      expect(cells?.status?.value).toBe(row.status);
      expect(cells?.data?.value).toBe(row.actual?.status);
    });
    expect(table.rows[0]?.cells.actual?.value?.toString()).toBe('6.171875');
  });

  it('shows the working: the values used and the formula and rule behind the attainment', () => {
    const [first] = scorecardTable(assessment, { catalog, lang: 'vi' }).rows;
    expect(first?.cells.actual?.detail).toBe('A = 5.436 tỷ đồng (năm 2024, ước tính); B = 5.120 tỷ đồng (năm 2023, chính thức)');
    expect(first?.cells.attainment?.detail).toBe('q = (A − B) / B × 100; ratio = (100 + q) / (100 + T); q ≥ T');
  });

  it('adds the pace within the year when given, matched to targets by id', () => {
    const toDate = { catalog, toDate: '2024-S1', expected: { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' } } as const;
    const pace = nhuXuanPlan2024.targets.filter((_, index) => [0, 2, 7].includes(index)).map((target) => assessTargetPace(target, nhuXuanDataset2024, toDate));
    const table = scorecardTable(assessment, { catalog, lang: 'vi', pace });
    expect(table.columns.slice(-2)).toEqual([
      { id: 'pace', label: 'Tiến độ 6 tháng đầu năm 2024', kind: 'status' },
      { id: 'paceValue', label: 'Lũy kế', kind: 'number' },
    ]);
    expect(table.rows.map((row) => [row.cells.pace?.text, row.cells.paceValue?.text])).toEqual([
      ['Vượt tiến độ', 'tăng 6,13% so với cùng kỳ'],
      ['–', '–'],
      ['Chậm tiến độ', 'tăng 7,50% so với cùng kỳ'],
      ['–', '–'],
      ['–', '–'],
      ['–', '–'],
      ['–', '–'],
      ['Vượt tiến độ', '52,0%'],
    ]);
    const investment = table.rows[7]?.cells.paceValue;
    expect([investment?.value?.toString(), investment?.text, investment?.detail]).toEqual(['52', '52,0%', 'dự kiến 50,0%']);
  });

  it('shows a target it could not assess with its planned value, dashes and the reason, and never throws', () => {
    const empty = assessPlan(nhuXuanPlan2024, buildDataset([]), { catalog });
    const table = scorecardTable(empty, { catalog, lang: 'en' });
    expect(texts(table)[1]).toEqual(['T2', 'Income per person of 45 million VND a year', '≥ 45 million VND per person per year', '–', '–', '–', 'Not assessable', '–']);
    expect(table.rows[1]?.cells.status?.detail).toBe('no actual value of INCOME_PER_CAPITA for area 402 in 2024, and it cannot be derived from its formula (per-capita): no actual value of INCOME_TOTAL for area 402 in 2024');
    expect(table.notes).toHaveLength(9);
    expect(table.notes[8]).toBe('T8: no actual value of INVESTMENT for area 402 in 2024');
  });

  it('shows the code of an indicator the catalog does not know, and the target as planned', () => {
    const smaller = buildCatalog(vnDistrictIndicators.filter((indicator) => indicator.code !== 'NTM_VILLAGES_NEW'));
    const partial = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: smaller });
    const row = scorecardTable(partial, { catalog: smaller, lang: 'vi' }).rows[4];
    expect(row?.cells.planned).toEqual({ value: nhuXuanPlan2024.targets[4]?.value, text: '≥ 10' });
    expect(row?.cells.status?.text).toBe('Không đánh giá được');
    expect(attainmentChart(partial, { catalog: smaller, lang: 'vi' }).bars[4]?.label).toBe('T5 NTM_VILLAGES_NEW');
  });

  it('writes every comparator: between, approximately, maintain, at most, and changes of rates in points', () => {
    const local = parsePlan(
      {
        id: 'SHAPES',
        title: { vi: 'Các dạng chỉ tiêu' },
        area: '402',
        period: '2024',
        document: { kind: 'other' },
        targets: [
          { id: 'B', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'level', comparator: 'between', lower: 14, upper: '15.5', document: { kind: 'other' } },
          { id: 'A', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'level', comparator: 'approximately', value: 15, tolerance: '0.5', document: { kind: 'other' } },
          { id: 'M', indicator: 'POVERTY_RATE', area: '402', period: '2024', basis: 'level', comparator: 'maintain', basePeriod: '2023', document: { kind: 'other' } },
          { id: 'P', indicator: 'POVERTY_RATE', area: '402', period: '2024', basis: 'point-change', comparator: 'at-most', value: '-1', document: { kind: 'other' } },
          { id: 'C', indicator: 'URBANISATION_RATE', area: '402', period: '2024', basis: 'change', comparator: 'at-least', value: '0.5', document: { kind: 'other' } },
        ],
      },
      { catalog },
    );
    const data = buildDataset(
      parseObservations([
        { indicator: 'URBANISATION_RATE', area: '402', period: '2023', value: '14.5', status: 'official' },
        { indicator: 'URBANISATION_RATE', area: '402', period: '2024', value: '15.2', status: 'estimate' },
        { indicator: 'POVERTY_RATE', area: '402', period: '2023', value: '5.2', status: 'official' },
        { indicator: 'POVERTY_RATE', area: '402', period: '2024', value: '4.03', status: 'estimate' },
      ]),
    );
    const table = scorecardTable(assessPlan(local, data, { catalog }), { catalog, lang: 'vi' });
    expect(texts(table).map((row) => [row[0], row[2], row[3], row[5], row[6]])).toEqual([
      ['B', '14%–15,5%', '15,2%', '0 điểm %', 'Đạt'],
      ['A', '≈ 15% (± 0,5%)', '15,2%', '+0,2 điểm %', 'Đạt'],
      ['M', '≤ 5,2%', '4,03%', '-1,17 điểm %', 'Vượt kế hoạch'],
      ['P', '≤ -1 điểm %', '-1,17 điểm %', '-0,17 điểm %', 'Vượt kế hoạch'],
      ['C', '≥ 0,5 điểm %', '0,7 điểm %', '+0,2 điểm %', 'Vượt kế hoạch'],
    ]);
    expect(table.rows[0]?.cells.planned?.value).toBeNull();
  });

  it('agrees with the assessment for any actual value: status, exact ratio and gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (tenths) => {
        const value = (tenths / 1000).toFixed(3);
        const data = buildDataset(parseObservations([{ indicator: 'INCOME_PER_CAPITA', area: '402', period: '2024', value, status: 'estimate' }]));
        const result = assessPlan({ ...nhuXuanPlan2024, targets: nhuXuanPlan2024.targets.slice(1, 2) }, data, { catalog });
        const [row] = scorecardTable(result, { catalog, lang: 'en' }).rows;
        const [assessed] = result.assessments;
        expect(row?.cells.status?.value).toBe(assessed?.status);
        expect(row?.cells.attainment?.value).toEqual(assessed?.ratio?.times(100));
        expect(row?.cells.gap?.value).toEqual(assessed?.gap);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses an unknown language, something that is not an assessment, and a missing catalog', () => {
    expectFailure(() => scorecardTable(assessment, { catalog, lang: 'fr' as 'vi' }), 'invalid-argument', `scorecardTable: lang must be 'vi' (Vietnamese) or 'en' (English); got "fr"`);
    expectFailure(
      () => scorecardTable({} as PlanAssessment, { catalog, lang: 'vi' }),
      'invalid-argument',
      'scorecardTable: expected an array of target assessments (give the result of assessPlan); got undefined',
    );
    expectFailure(() => attainmentChart(assessment, { catalog: {} as typeof catalog, lang: 'vi' }), 'invalid-argument', 'attainmentChart: options.catalog must be a catalog');
    expectFailure(() => scorecardTable(assessment, { catalog, lang: 'vi', pace: {} as [] }), 'invalid-argument', 'expected an array of pace results');
  });
});

describe('attainmentChart', () => {
  const attainmentChartOfAssessment = () => attainmentChart(assessment, { catalog, lang: 'vi' });

  it('has a bar per target, as long as its attainment in percent, coloured by status', () => {
    const chart = attainmentChartOfAssessment();
    expect(chart.bars.map((bar) => [bar.label, bar.text, bar.tone])).toEqual([
      ['T1 Giá trị sản xuất (giá so sánh 2010)', '100,5%', 'exceeded'],
      ['T2 Thu nhập bình quân đầu người', '104,9%', 'exceeded'],
      ['T3 Thu ngân sách nhà nước trên địa bàn', '98,1%', 'not-met'],
      ['T4 Số xã đạt chuẩn nông thôn mới', '100,0%', 'met'],
      ['T5 Số thôn được công nhận đạt chuẩn nông thôn mới trong năm', '120,0%', 'exceeded'],
      ['T6 Tỷ lệ đô thị hóa', '100,0%', 'met'],
      ['T7 Tỷ lệ đường giao thông được cứng hóa', '101,5%', 'exceeded'],
      ['T8 Vốn đầu tư phát triển toàn xã hội', '108,5%', 'exceeded'],
    ]);
    expect(chart.bars[2]?.title).toBe('T3. Tỷ lệ tăng thu ngân sách 12%: 98,1% (Không đạt)');
    expect(chart.bars.map((bar) => bar.value?.toFixed(6))).toEqual(
      assessment.assessments.map((row) => row.ratio?.times(100).toFixed(6)),
    );
  });

  it('draws the 100% line on a scale from zero past the largest attainment, with a legend of the statuses', () => {
    const chart = attainmentChartOfAssessment();
    expect([chart.reference?.value.toString(), chart.reference?.label]).toEqual(['100', '100%']);
    expect(chart.scale.ticks.map((tick) => tick.text)).toEqual(['0%', '25%', '50%', '75%', '100%', '125%']);
    expect(chart.legend.map((entry) => entry.label)).toEqual(['Vượt kế hoạch', 'Đạt', 'Không đạt', 'Không đánh giá được', 'Mức kế hoạch (100%)']);
  });

  it('has no bar for a target it could not assess, and says so', () => {
    const empty = attainmentChart(assessPlan(nhuXuanPlan2024, buildDataset([]), { catalog }), { catalog, lang: 'en' });
    expect(empty.bars[0]).toEqual({
      label: 'T1 Gross output (constant 2010 prices)',
      value: null,
      text: 'Not assessable',
      tone: 'not-assessable',
      title: 'T1. Gross output growth of 5.6% or more: Not assessable',
    });
    // With no bars, the scale still reaches the 100% line.
    expect(empty.scale.max.toString()).toBe('100');
  });
});

describe('scorecardSection and planReport', () => {
  it('puts the summary above the table and chart of a section, not under the table again', () => {
    const section = scorecardSection(assessment, { catalog, lang: 'vi', id: 'ket-qua' });
    expect(section.id).toBe('ket-qua');
    expect(section.title).toBe('Đánh giá thực hiện kế hoạch');
    expect(section.paragraphs).toEqual(['7/8 chỉ tiêu đạt và vượt kế hoạch (5 vượt, 2 đạt, 1 không đạt, 0 không đánh giá được).']);
    expect(section.blocks.map((block) => block.id)).toEqual(['ket-qua-table', 'ket-qua-chart']);
    expect(section.blocks[0]?.kind === 'table' ? section.blocks[0].notes : undefined).toEqual([]);
  });

  it('titles the report with the plan and lists its period, area, document and result', () => {
    const report = planReport(assessment, { catalog, lang: 'en', notes: ['Illustrative data.'] });
    expect(report.title).toBe('Như Xuân district socio-economic plan 2024');
    expect(report.fields).toEqual([
      { label: 'Plan period', value: '2024' },
      { label: 'Area', value: '402' },
      { label: 'Document', value: 'Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)' },
      { label: 'Result', value: '7 of 8 targets met or exceeded' },
    ]);
    expect(report.notes).toEqual(['Illustrative data.']);
  });

  it('takes a title, an area name, more facts and more sections, and says when the plan is illustrative', () => {
    const extra = { id: 'more', title: 'More', paragraphs: [], blocks: [] };
    const report = planReport(
      { ...assessment, plan: { ...assessment.plan, illustrative: true } },
      { catalog, lang: 'vi', title: 'Báo cáo', areaName: 'Huyện Như Xuân', fields: [{ label: 'Ngày', value: '20/12/2024' }], sections: [extra] },
    );
    expect(report.title).toBe('Báo cáo');
    expect(report.fields.map((field) => field.value)).toContain('Huyện Như Xuân');
    expect(report.fields.at(-1)).toEqual({ label: 'Ngày', value: '20/12/2024' });
    expect(report.notes).toEqual(['Kế hoạch minh họa, không phải văn bản chính thức.']);
    expect(report.sections.map((section) => section.id)).toEqual(['scorecard', 'more']);
  });

  it('refuses an unknown language', () => {
    expectFailure(() => planReport(assessment, { catalog, lang: 'EN' as 'en' }), 'invalid-argument', 'planReport: lang must be');
    expectFailure(() => scorecardSection(assessment, { catalog, lang: 'EN' as 'en' }), 'invalid-argument', 'scorecardSection: lang must be');
  });
});

describe('scorecardTable on a five-year plan', () => {
  it('writes a growth target over a range as an average a year, planned and actual', () => {
    const plan = parsePlan(
      {
        id: 'P', title: { vi: 'Kế hoạch 5 năm' }, area: '402', period: '2021/2025', document: { kind: 'five-year-plan' },
        targets: [{ id: 'P1', indicator: 'PRODUCTION_VALUE', area: '402', period: '2021/2025', basis: 'growth', basePeriod: '2020', comparator: 'at-least', value: 7, document: { kind: 'five-year-plan' } }],
      },
      { catalog },
    );
    const [target] = plan.targets;
    if (target === undefined) throw new Error('the plan has its target');
    // An assessment as the attainment domain gives it for an average growth target (quantity: the average a year, in percent).
    const used = { period: '2025', value: toDecimal('5683.5'), status: 'estimate' as const };
    const fiveYear: PlanAssessment = {
      plan,
      assessments: [{
        target, status: 'exceeded', reason: null, quantity: toDecimal('7.0312'), targetValue: toDecimal(7), lower: null, upper: null,
        ratio: toDecimal('1.0003'), gap: toDecimal('0.0312'), quantityUnit: 'percent', actual: used, base: { ...used, period: '2020', value: toDecimal(4050) }, parts: [],
        formula: 'q = ((A / B)^(1/5) − 1) × 100', rule: 'q ≥ T', shape: 'average-growth', milestones: [], notes: [],
      }],
      summary: { total: 1, exceeded: 1, met: 0, notMet: 0, notAssessable: 0, metOrExceeded: 1 },
      byGroup: new Map(),
    };
    const table = scorecardTable(fiveYear, { catalog, lang: 'vi' });
    expect(table.columns.map((column) => column.id)).not.toContain('period');
    expect(texts(table)[0]?.slice(2, 6)).toEqual(['≥ 7%/năm', '7,03%/năm', '100,0%', '+0,03 điểm %']);
    expect(scorecardTable(fiveYear, { catalog, lang: 'en' }).rows[0]?.cells.planned?.text).toBe('≥ 7% a year');
  });
});
