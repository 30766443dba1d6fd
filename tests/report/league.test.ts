/* The league table of plan attainment across areas (issue 16, item 4). */
import { describe, expect, it } from 'vitest';
import { type LeagueEntry, areaLeagueTable, assessPlan, renderCsv, renderHtml, toDecimal } from '../../src/index.js';
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
