/*
 * The words a reader of the scorecard sees in both languages: column headings, the chart's title,
 * description and legend, the facts of the report, the data status of each value used, the working
 * of a cumulative target, the pace columns and the name of every kind of plan document.
 */
import { describe, expect, it } from 'vitest';
import {
  assessPlan,
  assessTargetPace,
  attainmentChart,
  buildDataset,
  documentTargetsTable,
  parseObservations,
  parsePlan,
  planReport,
  scorecardSection,
  scorecardTable,
  toDecimal,
} from '../../src/index.js';
import { nhuXuanDataset2024, nhuXuanFiveYearDataset, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { assessment, catalog } from './fixtures.js';

describe('the scorecard in English and Vietnamese', () => {
  it('heads its columns in the report language', () => {
    expect(scorecardTable(assessment, { catalog, lang: 'en' }).columns.map((column) => column.label)).toEqual(['ID', 'Target', 'Planned', 'Actual', 'Attainment', 'Gap', 'Status', 'Data']);
  });

  it('titles, describes and labels the attainment chart, with the number of targets in the description', () => {
    const en = attainmentChart(assessment, { catalog, lang: 'en' });
    expect([en.title, en.description, en.categoryLabel, en.valueLabel]).toEqual([
      'Attainment by target',
      'Attainment of 8 targets as a percentage of plan; the dashed line is 100% of plan.',
      'Target',
      'Attainment (% of plan)',
    ]);
    expect(en.legend.map((entry) => entry.label)).toEqual(['Exceeded', 'Met', 'Not met', 'Not assessable', 'Plan (100%)']);
    const vi = attainmentChart(assessment, { catalog, lang: 'vi' });
    expect([vi.title, vi.description, vi.categoryLabel, vi.valueLabel]).toEqual([
      'Tỷ lệ đạt kế hoạch theo chỉ tiêu',
      'Tỷ lệ thực hiện so với kế hoạch của 8 chỉ tiêu; đường đứt nét là mức 100% kế hoạch.',
      'Chỉ tiêu',
      'Tỷ lệ đạt kế hoạch (%)',
    ]);
  });

  it('titles the English section and lists the Vietnamese facts of the report', () => {
    expect(scorecardSection(assessment, { catalog, lang: 'en' }).title).toBe('Plan assessment');
    const report = planReport(assessment, { catalog, lang: 'vi' });
    expect(report.title).toBe('Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân');
    expect(report.fields).toEqual([
      { label: 'Kỳ kế hoạch', value: 'Năm 2024' },
      { label: 'Địa bàn', value: '402' },
      { label: 'Văn bản', value: 'Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)' },
      { label: 'Kết quả', value: '7/8 chỉ tiêu đạt và vượt kế hoạch' },
    ]);
    expect(report.notes).toEqual([]);
    expect(planReport({ ...assessment, plan: { ...assessment.plan, illustrative: true } }, { catalog, lang: 'en' }).notes).toEqual(['Illustrative plan, not an official document.']);
  });

  it('names the pace period and the expected share in English', () => {
    const toDate = { catalog, toDate: '2024-S1', expected: { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' } } as const;
    const pace = [nhuXuanPlan2024.targets[0], nhuXuanPlan2024.targets[7]].map((target) => {
      if (target === undefined) throw new Error('the 2024 plan has eight targets');
      return assessTargetPace(target, nhuXuanDataset2024, toDate);
    });
    const table = scorecardTable(assessment, { catalog, lang: 'en', pace });
    expect(table.columns.slice(-2).map((column) => column.label)).toEqual(['Pace, first half of 2024', 'To date']);
    expect([table.rows[0]?.cells.pace?.text, table.rows[0]?.cells.paceValue?.text]).toEqual(['Ahead of schedule', 'up 6.13% year on year']);
    expect([table.rows[7]?.cells.paceValue?.text, table.rows[7]?.cells.paceValue?.detail]).toEqual(['52.0%', 'expected 50.0%']);
  });
});

describe('a plan over years with targets for single years and a sum over years', () => {
  // Urbanisation by year on official and preliminary data, and investment summed over 2021–2023
  // from the illustrative five-year data (742 + 861 + 948 = 2,551 billion VND).
  const plan = parsePlan(
    {
      id: 'S',
      title: { vi: 'Kế hoạch 5 năm' },
      area: '402',
      period: '2021/2025',
      document: { kind: 'other' },
      targets: [
        ...['2021', '2022', '2023'].map((period, index) => ({ id: `U${String(index)}`, indicator: 'URBANISATION_RATE', area: '402', period, basis: 'level', comparator: 'at-least', value: 14, document: { kind: 'other' } })),
        { id: 'I', indicator: 'INVESTMENT', area: '402', period: '2021/2023', basis: 'cumulative', comparator: 'at-least', value: 2500, document: { kind: 'other' } },
      ],
    },
    { catalog },
  );
  const data = buildDataset([
    ...parseObservations([
      { indicator: 'URBANISATION_RATE', area: '402', period: '2021', value: '14.5', status: 'official' },
      { indicator: 'URBANISATION_RATE', area: '402', period: '2022', value: '14.6', status: 'preliminary' },
      // A planned value is not an actual: the 2023 target stays not assessable.
      { indicator: 'URBANISATION_RATE', area: '402', period: '2023', value: '14.7', status: 'plan' },
    ]),
    ...nhuXuanFiveYearDataset.observations.filter((observation) => observation.indicator === 'INVESTMENT'),
  ]);
  const result = assessPlan(plan, data, { catalog });
  const rows = (lang: 'vi' | 'en') => scorecardTable(result, { catalog, lang }).rows.map((row) => [row.id, row.cells.period?.text, row.cells.planned?.text, row.cells.actual?.text, row.cells.actual?.detail, row.cells.data?.text, row.cells.status?.text]);

  it('labels each target\'s period and the status of the data used, and writes the sum as the sum of its parts', () => {
    expect(scorecardTable(result, { catalog, lang: 'vi' }).columns.map((column) => column.label)).toEqual(['Mã', 'Chỉ tiêu', 'Kỳ', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ đạt', 'Chênh lệch', 'Đánh giá', 'Số liệu']);
    expect(rows('vi')).toEqual([
      ['U0', 'Năm 2021', '≥ 14%', '14,5%', 'A = 14,5% (năm 2021, chính thức)', 'Chính thức', 'Vượt kế hoạch'],
      ['U1', 'Năm 2022', '≥ 14%', '14,6%', 'A = 14,6% (năm 2022, sơ bộ)', 'Sơ bộ', 'Vượt kế hoạch'],
      ['U2', 'Năm 2023', '≥ 14%', '–', 'chưa có số liệu thực hiện của kỳ đánh giá', '–', 'Không đánh giá được'],
      ['I', 'Giai đoạn 2021–2023', '≥ 2.500 tỷ đồng', '2.551 tỷ đồng', 'Σ = tổng của 742 tỷ đồng (năm 2021, chính thức); 861 tỷ đồng (năm 2022, chính thức); 948 tỷ đồng (năm 2023, chính thức)', 'Chính thức', 'Vượt kế hoạch'],
    ]);
    expect(scorecardTable(result, { catalog, lang: 'en' }).columns[2]?.label).toBe('Period');
    expect(rows('en')).toEqual([
      ['U0', '2021', '≥ 14%', '14.5%', 'A = 14.5% (2021, official)', 'Official', 'Exceeded'],
      ['U1', '2022', '≥ 14%', '14.6%', 'A = 14.6% (2022, preliminary)', 'Preliminary', 'Exceeded'],
      ['U2', '2023', '≥ 14%', '–', 'no actual value of URBANISATION_RATE for area 402 in 2023, and it cannot be derived from its formula (ratio): no actual value of POPULATION_URBAN for area 402 in 2023', '–', 'Not assessable'],
      ['I', '2021–2023', '≥ 2,500 billion VND', '2,551 billion VND', 'Σ = sum of 742 billion VND (2021, official); 861 billion VND (2022, official); 948 billion VND (2023, official)', 'Official', 'Exceeded'],
    ]);
  });
});

describe('the table of targets set by several documents', () => {
  // The revenue target T3 set by a document of every kind, from 9% (party resolution) to 15% (other).
  const kinds = ['party-resolution', 'five-year-plan', 'council-resolution', 'province-assigned', 'budget-estimate', 'annual-plan', 'other'] as const;
  const revenue = nhuXuanPlan2024.targets.find((target) => target.id === 'T3');
  if (revenue === undefined) throw new Error('the 2024 plan has a revenue target T3');
  const plan = {
    ...nhuXuanPlan2024,
    targets: [...nhuXuanPlan2024.targets.filter((target) => target.id !== 'T3'), ...kinds.map((kind, index) => ({ ...revenue, id: `R${String(index)}`, value: toDecimal(9 + index), document: { kind } }))],
  };
  const result = assessPlan(plan, nhuXuanDataset2024, { catalog });
  const documentColumns = (lang: 'vi' | 'en') => {
    const table = documentTargetsTable(result, { catalog, lang });
    return [table?.title, table?.columns.filter((column) => column.id.startsWith('planned-')).map((column) => column.label), table?.notes];
  };

  it('names every kind of document in Vietnamese and in English, in the order the plan cites them', () => {
    expect(documentColumns('vi')).toEqual([
      'Chỉ tiêu do nhiều văn bản giao: kế hoạch của từng văn bản',
      ['Kế hoạch (Nghị quyết Đại hội Đảng bộ)', 'Kế hoạch (Kế hoạch 5 năm)', 'Kế hoạch (Nghị quyết HĐND)', 'Kế hoạch (Kế hoạch tỉnh giao)', 'Kế hoạch (Dự toán ngân sách)', 'Kế hoạch (Kế hoạch UBND)', 'Kế hoạch (Văn bản khác)'],
      [],
    ]);
    expect(documentColumns('en')).toEqual([
      'Targets set by several documents: the plan of each document',
      ['Planned (Party Congress resolution)', 'Planned (Five-year plan)', "Planned (People's Council resolution)", 'Planned (Assigned by the province)', 'Planned (Budget estimate)', "Planned (People's Committee plan)", 'Planned (Other document)'],
      [],
    ]);
  });

  it('gives one row with the actual and, per document, the planned value, attainment and status', () => {
    const table = documentTargetsTable(result, { catalog, lang: 'vi' });
    const [row] = table?.rows ?? [];
    expect(row?.id).toBe('R0+R1+R2+R3+R4+R5+R6');
    expect([row?.cells.target?.text, row?.cells.actual?.text]).toEqual(['Thu ngân sách nhà nước trên địa bàn (năm 2024)', '9,84%']);
    expect(kinds.map((_, index) => [`planned-${String(index + 1)}`, `attainment-${String(index + 1)}`, `status-${String(index + 1)}`].map((id) => row?.cells[id]?.text))).toEqual([
      ['≥ 9%', '100,8%', 'Vượt kế hoạch'],
      ['≥ 10%', '99,9%', 'Không đạt'],
      ['≥ 11%', '99,0%', 'Không đạt'],
      ['≥ 12%', '98,1%', 'Không đạt'],
      ['≥ 13%', '97,2%', 'Không đạt'],
      ['≥ 14%', '96,4%', 'Không đạt'],
      ['≥ 15%', '95,5%', 'Không đạt'],
    ]);
    expect(row?.cells['status-2']?.detail).toBe('R1');
  });
});
