/* The league table of plan attainment across areas (issue 16, item 4). */
import { describe, expect, it } from 'vitest';
import { type LeagueEntry, areaLeagueSection, areaLeagueTable, assessPlan, renderCsv, renderHtml, renderMarkdown, toDecimal } from '../../src/index.js';
import { nhuXuanCommunePlans2024, nhuXuanReviewCatalog as catalog, nhuXuanReviewDataset as dataset } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

const entries: LeagueEntry[] = nhuXuanCommunePlans2024.map(({ area, name, plan }) => ({ area, name, assessment: assessPlan(plan, dataset, { catalog }) }));

describe('areaLeagueTable', () => {
  it('ranks areas by the share of targets met or exceeded, then by the number exceeded, ties sharing a rank', () => {
    const table = areaLeagueTable(entries, { catalog, lang: 'en', title: 'clusters 1 and 2' });
    expect(table.title).toBe('Plan attainment compared across areas: clusters 1 and 2');
    expect(table.rows.map((row) => `${row.cells.rank?.text ?? ''} ${row.cells.area?.text ?? ''}`)).toEqual([
      '1 Hóa Quỳ', '2 Bãi Trành', '3 Tân Bình', '3 Bình Lương', '5 Yên Cát', '5 Xuân Bình', '7 Xuân Hòa', '7 Cát Vân',
    ]);
    // Hóa Quỳ and Bãi Trành both met 3 of 3; Hóa Quỳ exceeded one (poverty 7% against at most 8%).
    const first = table.rows[0]?.cells;
    expect([first?.share?.value, first?.['status-POVERTY_RATE']?.value]).toEqual([toDecimal(100), 'exceeded']);
    expect(table.notes.slice(2)).toEqual(['Tied at rank 3: Tân Bình, Bình Lương.', 'Tied at rank 5: Yên Cát, Xuân Bình.', 'Tied at rank 7: Xuân Hòa, Cát Vân.']);
  });

  it('gives each area the completeness of its data: the share of its targets that could be assessed', () => {
    const table = areaLeagueTable(entries, { catalog, lang: 'vi' });
    const xuanBinh = table.rows.find((row) => row.id === '16183')?.cells;
    // Xuân Bình has not reported its villages: one of three targets cannot be assessed.
    expect([xuanBinh?.complete?.value, xuanBinh?.complete?.text, xuanBinh?.['status-NTM_VILLAGES_NEW']?.text]).toEqual([toDecimal(2).div(3).times(100), '66,7', 'Không đánh giá được']);
    expect(renderCsv(table).split('\r\n')[0]).toBe('rank,area,met,share,status-NTM_VILLAGES_NEW,status-NTM_CRITERIA_MET,status-POVERTY_RATE,complete');
    expect(renderHtml(table).match(/data-status="not-assessable"/g)).toHaveLength(2);
  });

  it('refuses no areas and an area given twice', () => {
    expectFailure(() => areaLeagueTable([], { catalog, lang: 'vi' }), 'invalid-argument', 'areaLeagueTable: give one area or more');
    const [first] = entries;
    if (first === undefined) throw new Error('eight communes');
    expectFailure(() => areaLeagueTable([first, first], { catalog, lang: 'vi' }), 'invalid-argument', 'areaLeagueTable: the area 16174 is given twice; give each area once');
  });
});

describe('areaLeagueTable as a reader sees it', () => {
  it('writes the Vietnamese table in full: ranks, counts, shares, each target\'s status, completeness, the rules and the ties', () => {
    expect(renderMarkdown(areaLeagueTable(entries, { catalog, lang: 'vi' }))).toBe(
      [
        '## Bảng so sánh kết quả thực hiện kế hoạch giữa các đơn vị',
        '',
        '| Hạng | Đơn vị | Đạt và vượt | Tỷ lệ đạt và vượt (%) | Số thôn được công nhận đạt chuẩn nông thôn mới trong năm | Số tiêu chí nông thôn mới đạt được | Tỷ lệ hộ nghèo (đa chiều) | Đủ số liệu (%) |',
        '| ---: | --- | --- | ---: | --- | --- | --- | ---: |',
        '| 1 | Hóa Quỳ | 3/3 | 100,0 | Đạt | Đạt | Vượt kế hoạch | 100,0 |',
        '| 2 | Bãi Trành | 3/3 | 100,0 | Đạt | Đạt | Đạt | 100,0 |',
        '| 3 | Tân Bình | 2/3 | 66,7 | Đạt | Đạt | Không đạt | 100,0 |',
        '| 3 | Bình Lương | 2/3 | 66,7 | Đạt | Đạt | Không đạt | 100,0 |',
        '| 5 | Yên Cát | 1/3 | 33,3 | Không đạt | Không đánh giá được | Vượt kế hoạch | 66,7 |',
        '| 5 | Xuân Bình | 1/3 | 33,3 | Không đánh giá được | Không đạt | Vượt kế hoạch | 66,7 |',
        '| 7 | Xuân Hòa | 1/3 | 33,3 | Không đạt | Đạt | Không đạt | 100,0 |',
        '| 7 | Cát Vân | 1/3 | 33,3 | Không đạt | Đạt | Không đạt | 100,0 |',
        '',
        '- Quy tắc xếp hạng: tỷ lệ chỉ tiêu đạt và vượt kế hoạch trên tổng số chỉ tiêu của đơn vị (cao xếp trước); bằng nhau thì số chỉ tiêu vượt kế hoạch (nhiều xếp trước); vẫn bằng nhau thì đồng hạng, hạng sau bỏ trống số tương ứng (1, 1, 3).',
        '- Đủ số liệu: tỷ lệ chỉ tiêu đánh giá được (có số liệu thực hiện và kỳ gốc) trên tổng số chỉ tiêu; chỉ tiêu không đánh giá được tính là chưa đạt.',
        '- Đồng hạng 3: Tân Bình, Bình Lương.',
        '- Đồng hạng 5: Yên Cát, Xuân Bình.',
        '- Đồng hạng 7: Xuân Hòa, Cát Vân.',
        '',
      ].join('\n'),
    );
  });

  it('heads the English table, keeps the exact values and the attainment of each target as the status detail', () => {
    const table = areaLeagueTable(entries.slice(0, 3), { catalog, lang: 'en' });
    expect(table.title).toBe('Plan attainment compared across areas');
    expect(table.columns.map((column) => [column.id, column.label, column.kind])).toEqual([
      ['rank', 'Rank', 'number'],
      ['area', 'Area', 'text'],
      ['met', 'Met or exceeded', 'text'],
      ['share', 'Share met or exceeded (%)', 'number'],
      ['status-NTM_VILLAGES_NEW', 'Villages recognised as meeting the new-rural standard in the year', 'status'],
      ['status-NTM_CRITERIA_MET', 'New-rural criteria met (of 19)', 'status'],
      ['status-POVERTY_RATE', 'Multidimensional poverty rate', 'status'],
      ['complete', 'Data complete (%)', 'number'],
    ]);
    expect(table.notes).toEqual([
      "Ranking rule: the share of the area's targets met or exceeded (higher first); on equal shares, the number of targets exceeded (more first); still equal, the same rank, the next rank skipping as many (1, 1, 3).",
      'Data complete: the share of targets that could be assessed (with actual and base values); a target not assessable counts as not met.',
    ]);
    const first = table.rows[0]?.cells;
    expect([first?.rank, first?.area, first?.met, first?.['status-POVERTY_RATE']]).toEqual([
      { value: toDecimal(1), text: '1' },
      { value: '16186', text: 'Hóa Quỳ' },
      { value: '3/3', text: '3/3' },
      { value: 'exceeded', text: 'Exceeded', detail: 'X3: 112.5%' },
    ]);
  });

  it('puts an area without targets last, unranked, and leaves a target an area does not have empty', () => {
    const [yenCat, hoaQuy, tanBinh] = nhuXuanCommunePlans2024;
    if (yenCat === undefined || hoaQuy === undefined || tanBinh === undefined) throw new Error('eight communes');
    const table = areaLeagueTable(
      [
        { area: yenCat.area, name: yenCat.name, assessment: assessPlan({ ...yenCat.plan, targets: [] }, dataset, { catalog }) },
        { area: hoaQuy.area, name: hoaQuy.name, assessment: assessPlan({ ...hoaQuy.plan, targets: hoaQuy.plan.targets.slice(2) }, dataset, { catalog }) },
        { area: tanBinh.area, name: tanBinh.name, assessment: assessPlan(tanBinh.plan, dataset, { catalog }) },
      ],
      { catalog, lang: 'en' },
    );
    expect(renderMarkdown(table).split('\n').slice(2, 7)).toEqual([
      '| Rank | Area | Met or exceeded | Share met or exceeded (%) | Multidimensional poverty rate | Villages recognised as meeting the new-rural standard in the year | New-rural criteria met (of 19) | Data complete (%) |',
      '| ---: | --- | --- | ---: | --- | --- | --- | ---: |',
      '| 1 | Hóa Quỳ | 1/1 | 100.0 | Exceeded | – | – | 100.0 |',
      '| 2 | Tân Bình | 2/3 | 66.7 | Not met | Met | Met | 100.0 |',
      '| no targets | Yên Cát | 0/0 | – | – | – | – | – |',
    ]);
    const unranked = table.rows[2]?.cells;
    expect([unranked?.rank, unranked?.share, unranked?.complete, unranked?.['status-POVERTY_RATE']]).toEqual([
      { value: null, text: 'no targets' },
      { value: null, text: '–' },
      { value: null, text: '–' },
      { value: null, text: '–' },
    ]);
    expect(areaLeagueTable([{ area: yenCat.area, name: yenCat.name, assessment: assessPlan({ ...yenCat.plan, targets: [] }, dataset, { catalog }) }], { catalog, lang: 'vi' }).rows[0]?.cells.rank?.text).toBe('không có chỉ tiêu');
  });

  it('is the table of the league section, titled in the report\'s language, under the section\'s id', () => {
    const en = areaLeagueSection(entries, { catalog, lang: 'en' });
    expect([en.id, en.title, en.paragraphs, en.blocks.map((block) => block.id)]).toEqual(['league', 'Comparison between areas', [], ['league-table']]);
    const vi = areaLeagueSection(entries, { catalog, lang: 'vi', id: 'so-sanh', title: 'cụm 1' });
    expect([vi.id, vi.title, vi.blocks.map((block) => [block.id, block.title])]).toEqual(['so-sanh', 'So sánh giữa các đơn vị', [['so-sanh-table', 'Bảng so sánh kết quả thực hiện kế hoạch giữa các đơn vị: cụm 1']]]);
    expectFailure(() => areaLeagueSection(entries, { catalog, lang: 'fr' as 'en' }), 'invalid-argument', /^areaLeagueSection: lang must be/);
  });
});
