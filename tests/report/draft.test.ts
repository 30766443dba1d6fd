/* Next year's plan as the table a draft plan carries (issue 16, item 5). */
import { describe, expect, it } from 'vitest';
import { draftPlanSection, draftPlanTable, proposeYearTargets, renderCsv, renderMarkdown, toDecimal } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanFiveYearDataset as dataset, nhuXuanFiveYearPlan as plan } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

const proposals = proposeYearTargets(plan, dataset, { catalog, year: 2025 });

describe('draftPlanTable', () => {
  it('turns a proposed growth into the level it means, from the latest estimate, and compares it with that estimate', () => {
    const table = draftPlanTable(proposals, dataset, { catalog, lang: 'vi' });
    const output = table.rows[0]?.cells;
    const growth = proposals[0]?.proposed?.value;
    if (growth === undefined) throw new Error('P1 has a proposal');
    expect(output?.planned?.value).toEqual(toDecimal(5436).times(growth.div(100).plus(1)));
    expect(output?.compare?.value).toEqual(toDecimal(5436).times(growth.div(100).plus(1)).div(5436).times(100));
    expect(table.columns.map((column) => column.label)).toEqual([
      'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Ước thực hiện năm 2024', 'Kế hoạch năm 2025', 'KH 2025 so với ƯTH 2024 (%)', 'Căn cứ đề xuất',
    ]);
  });

  it('adds a change to the latest value, compares rates in points, and writes a fall as a fall', () => {
    const markdown = renderMarkdown(draftPlanTable(proposals, dataset, { catalog, lang: 'vi' }));
    expect(markdown).toContain('| 5 | Số xã đạt chuẩn nông thôn mới | xã | 9 | 11 | 12 | 109,1 | tăng thêm ≥ 1 xã |');
    expect(markdown).toContain('| 7 | Tỷ lệ hộ nghèo (đa chiều) | % | 12,31 | 9,64 | 7,16 | -2,48 điểm % | giảm ≥ 2,48 điểm % |');
    expect(renderCsv(draftPlanTable(proposals, dataset, { catalog, lang: 'en' })).split('\r\n')[7]).toBe('7,POVERTY_RATE,,12.31,9.64,7.16,-2.48,point-change');
  });

  it('is the table of the next-year section, and refuses proposals with no year', () => {
    expect(draftPlanSection(proposals, dataset, { catalog, lang: 'vi' }).paragraphs).toEqual(['Từ mục tiêu kế hoạch 5 năm và số ước thực hiện mới nhất, dự kiến 7 chỉ tiêu chủ yếu cho năm 2025.']);
    expectFailure(() => draftPlanTable([], dataset, { catalog, lang: 'vi' }), 'invalid-argument', /no proposal has a target for a year/);
  });
});
