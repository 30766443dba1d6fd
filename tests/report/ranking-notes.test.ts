/* The ranking sections' headings, the ★ note and ties that decide an award (issue 16, item 7). */
import { describe, expect, it } from 'vitest';
import { assignAwards, parseEmulationScoringTable, rank, rankingCharts, rankingSection, scoreEmulation } from '../../src/index.js';
import { nhuXuanEmulationSheets2024, nhuXuanEmulationTable2024 } from '../../src/datasets/nhu-xuan/index.js';

const bundled = assignAwards(nhuXuanEmulationTable2024, nhuXuanEmulationSheets2024.map((sheet) => scoreEmulation(nhuXuanEmulationTable2024, sheet)));

describe('ranking sections', () => {
  it('give the section, its table and its charts headings of their own', () => {
    const plain = rank([{ c: 'x' }, { c: 'y' }], { key: (item) => item.c, value: (item) => (item.c === 'x' ? 2 : 1), direction: 'descending', ties: 'standard', missing: 'last' });
    for (const lang of ['vi', 'en'] as const) {
      const section = rankingSection(plain, { lang });
      const headings = [section.title, ...section.blocks.map((block) => block.title)];
      expect(new Set(headings).size).toBe(headings.length);
    }
  });

  it('say that ★ marks an award only on a chart that has one', () => {
    const plain = rank([{ c: 'x' }], { key: (item) => item.c, value: () => 1, direction: 'descending', ties: 'standard', missing: 'last' });
    expect(rankingCharts(plain, { lang: 'vi' })[0]?.description).toBe('Điểm và thứ hạng của 1 đơn vị.');
    const charts = rankingCharts(bundled, { lang: 'en' });
    expect(charts.every((chart) => chart.description.endsWith('; ★ marks an award.') === chart.bars.some((bar) => bar.mark !== undefined))).toBe(true);
  });

  it('explain equal scores that got different awards: separated by the tie-break criterion', () => {
    const table = rankingSection(bundled, { lang: 'vi', table: nhuXuanEmulationTable2024, names: { '16222': 'Thanh Sơn', '16219': 'Thanh Lâm' } }).blocks[0];
    expect(table?.kind === 'table' ? table.notes : []).toContain(
      'Thanh Sơn và Thanh Lâm bằng điểm (97); phân định theo điểm Phát triển kinh tế (giá trị sản xuất so với kế hoạch): Thanh Sơn hạng 1, giải Nhất; Thanh Lâm hạng 2, giải Nhì.',
    );
  });

  it('explain a tie at a quota in the report\'s language', () => {
    const table = parseEmulationScoringTable({
      name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }],
      grades: [{ code: 'good', label: 'Tốt', minTotal: 0, minCriterionShare: 0 }],
      awards: [{ award: 'first', maxCount: 1 }],
      ties: 'standard', quotaTies: 'demote-all',
    });
    const scores = ['u1', 'u2'].map((unit) => scoreEmulation(table, { unit, cluster: 'A', entries: [{ criterion: 'c', attainment: '0.9' }] }));
    const section = rankingSection(assignAwards(table, scores), { lang: 'vi', table });
    const block = section.blocks[0];
    const notes = block?.kind === 'table' ? block.notes : [];
    expect(notes).toEqual([
      'u1 và u2 bằng điểm (90); bằng điểm tại giới hạn số giải Nhất (còn 1 giải cho 2 đơn vị bằng điểm): tất cả chuyển xuống giải sau: u1 hạng 1, không có giải; u2 hạng 1, không có giải.',
    ]);
    const award = block?.kind === 'table' ? block.rows[0]?.cells.award?.detail : undefined;
    expect(award).toBe('bằng điểm tại giới hạn số giải Nhất (còn 1 giải cho 2 đơn vị bằng điểm): tất cả chuyển xuống giải sau');
  });
});
