/* Targets from two documents (here the same wording, as two documents often word one commitment) on one indicator, and reasons in the report's language (issue 16, items 3 and 7). */
import { describe, expect, it } from 'vitest';
import { assessPlan, documentTargetsTable, planReport, renderCsv, renderMarkdown, scorecardSection, scorecardTable, toDecimal } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';

const revenue = nhuXuanPlan2024.targets.find((target) => target.id === 'T3');
if (revenue === undefined) throw new Error('the 2024 plan has a revenue target T3');
const plan = {
  ...nhuXuanPlan2024,
  targets: [
    ...nhuXuanPlan2024.targets,
    { ...revenue, id: 'T3b', value: toDecimal(9), document: { kind: 'province-assigned' as const, reference: 'Quyết định số 4567/QĐ-UBND' } },
  ],
};
const assessment = assessPlan(plan, nhuXuanDataset2024, { catalog });

describe('targets on one indicator from two documents', () => {
  it('name their document in the scorecard, instead of reading as identical rows', () => {
    const table = scorecardTable(assessment, { catalog, lang: 'vi' });
    const rows = table.rows.filter((row) => row.id.startsWith('T3'));
    expect(rows.map((row) => row.cells.target?.text)).toEqual([
      'Tỷ lệ tăng thu ngân sách 12% (Kế hoạch UBND)',
      'Tỷ lệ tăng thu ngân sách 12% (Kế hoạch tỉnh giao)',
    ]);
    expect(rows[1]?.cells.target?.detail).toBe('Quyết định số 4567/QĐ-UBND');
    // Other rows are unchanged.
    expect(table.rows[0]?.cells.target?.text).toBe(scorecardTable(assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog }), { catalog, lang: 'vi' }).rows[0]?.cells.target?.text);
  });

  it('are one row with a plan, attainment and status column per document', () => {
    const table = documentTargetsTable(assessment, { catalog, lang: 'en' });
    expect(table?.rows.map((row) => row.id)).toEqual(['T3+T3b']);
    const cells = table?.rows[0]?.cells;
    expect([cells?.['planned-1']?.text, cells?.['status-1']?.text, cells?.['planned-2']?.text, cells?.['status-2']?.text]).toEqual(['≥ 12%', 'Not met', '≥ 9%', 'Exceeded']);
    expect(table?.notes).toEqual([
      "People's Committee plan: Hội nghị triển khai nhiệm vụ năm 2024, huyện Như Xuân, 3/1/2024 (Báo Thanh Hóa)",
      'Assigned by the province: Quyết định số 4567/QĐ-UBND',
    ]);
    expect(renderCsv(table ?? scorecardTable(assessment, { catalog, lang: 'en' })).split('\r\n')[0]).toBe('target,actual,planned-1,attainment-1,status-1,planned-2,attainment-2,status-2');
    expect(scorecardSection(assessment, { catalog, lang: 'en' }).blocks.map((block) => block.id)).toEqual(['scorecard-table', 'scorecard-documents', 'scorecard-chart']);
  });

  it('are not looked for in a plan whose commitments each come from one document', () => {
    expect(documentTargetsTable(assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog }), { catalog, lang: 'vi' })).toBeUndefined();
  });
});

describe('reasons for "not assessable"', () => {
  const missing = assessPlan({ ...nhuXuanPlan2024, targets: nhuXuanPlan2024.targets.map((target) => ({ ...target, area: '999' })) }, nhuXuanDataset2024, { catalog });

  it('are Vietnamese sentences in a Vietnamese report and the assessment\'s own words in an English one', () => {
    const vi = renderMarkdown(planReport(missing, { catalog, lang: 'vi' }));
    expect(vi).toContain('- T2: chưa có số liệu thực hiện của kỳ đánh giá');
    expect(vi).not.toMatch(/no (actual|base) value/);
    expect(renderMarkdown(planReport(missing, { catalog, lang: 'en' }))).toContain('- T8: no actual value of INVESTMENT for area 999 in 2024');
  });
});
