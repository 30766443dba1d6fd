/*
 * The words a reader of the emulation ranking sees in both languages: headings, cluster names,
 * chart legends and descriptions, and the notes that explain a decision, equal scores and an award
 * a unit was in line for but did not get.
 */
import { describe, expect, it } from 'vitest';
import { assignAwards, parseEmulationScoringTable, rank, rankingCharts, rankingSection, rankingTable, scoreEmulation } from '../../src/index.js';
import { nhuXuanEmulationSheets2024, nhuXuanEmulationTable2024 } from '../../src/datasets/nhu-xuan/index.js';
import { awards, communeNames, emulationScores, emulationTable } from './fixtures.js';

const bundled = assignAwards(nhuXuanEmulationTable2024, nhuXuanEmulationSheets2024.map((sheet) => scoreEmulation(nhuXuanEmulationTable2024, sheet)));
const notesOf = (block: ReturnType<typeof rankingSection>['blocks'][number] | undefined): readonly string[] => (block?.kind === 'table' ? block.notes : []);

describe('the ranking in English, and cluster names by default', () => {
  it('heads the awards table in English and names clusters "cụm A" / "cluster A" when no name is given', () => {
    const en = rankingTable(awards, { lang: 'en', names: communeNames, table: emulationTable });
    expect([en.title, en.columns.map((column) => column.label)]).toEqual(['Emulation ranking and awards', ['Cluster', 'Rank', 'Unit', 'Score', 'Grade', 'Award']]);
    expect(en.rows.slice(0, 2).map((row) => en.columns.map((column) => row.cells[column.id]?.text))).toEqual([
      ['cluster A', '1/8', 'Yên Cát', '98.1', 'Hoàn thành xuất sắc', 'Leader'],
      ['cluster A', '2/8', 'Bãi Trành', '95.5', 'Hoàn thành xuất sắc', 'First'],
    ]);
    expect(rankingTable(awards, { lang: 'vi', names: communeNames }).rows[8]?.cells.group?.text).toBe('cụm B');
  });

  it('titles, describes and labels the charts of clusters, with the legend of awards', () => {
    const [vi] = rankingCharts(awards, { lang: 'vi', names: communeNames });
    expect([vi?.title, vi?.description, vi?.categoryLabel, vi?.valueLabel]).toEqual(['Biểu đồ xếp hạng cụm A', 'Điểm và thứ hạng của 8 đơn vị trong cụm A; dấu ★ là giải thưởng.', 'Đơn vị', 'Điểm']);
    const [en] = rankingCharts(awards, { lang: 'en', names: communeNames });
    expect([en?.title, en?.description, en?.categoryLabel, en?.valueLabel, en?.legend.map((entry) => entry.label)]).toEqual([
      'Ranking chart, cluster A',
      'Scores and ranks of 8 units in cluster A; ★ marks an award.',
      'Unit',
      'Score',
      ['Awarded', 'No award'],
    ]);
    expect(en?.bars[0]?.title).toBe('1. Yên Cát: 98.1 (Leader)');
  });

  it('titles the sections and blocks of a plain ranking and of an emulation ranking', () => {
    const plain = rank([{ c: 'x' }, { c: 'y' }], { key: (item) => item.c, value: (item) => (item.c === 'x' ? 2 : 1), direction: 'descending', ties: 'standard', missing: 'last' });
    const headings = (lang: 'vi' | 'en') => {
      const section = rankingSection(plain, { lang });
      return [section.title, ...section.blocks.map((block) => block.title)];
    };
    expect(headings('vi')).toEqual(['Xếp hạng', 'Bảng xếp hạng', 'Biểu đồ xếp hạng']);
    expect(headings('en')).toEqual(['Ranking', 'Ranking table', 'Ranking chart']);
    expect(rankingSection(awards, { lang: 'en' }).title).toBe('Emulation ranking');
  });

  it('notes an award changed by decision, in both languages', () => {
    const decided = assignAwards(emulationTable, emulationScores, [{ unit: '16183', award: 'first', note: 'Bỏ phiếu kín, 6/8 phiếu' }]);
    expect(rankingTable(decided, { lang: 'vi', names: communeNames }).notes).toEqual(['Xuân Bình: theo điểm Nhì, theo quyết định Nhất (Bỏ phiếu kín, 6/8 phiếu).']);
  });
});

describe('notes on equal scores and awards not given', () => {
  it('explain equal scores separated by the tie-break criterion, and an award out of reach of the grade, in English', () => {
    const table = rankingSection(bundled, { lang: 'en', table: nhuXuanEmulationTable2024 }).blocks[0];
    expect(notesOf(table)).toEqual([
      '16222 and 16219 have equal scores (97); separated by the points of Phát triển kinh tế (giá trị sản xuất so với kế hoạch): 16222 rank 1, First; 16219 rank 2, Second.',
    ]);
    expect(table?.kind === 'table' ? table.rows.flatMap((row) => row.cells.award?.detail ?? []) : []).toEqual(['in line for First but below its grade "excellent"']);
    const vi = rankingSection(bundled, { lang: 'vi', table: nhuXuanEmulationTable2024 }).blocks[0];
    expect(vi?.kind === 'table' ? vi.rows.flatMap((row) => row.cells.award?.detail ?? []) : []).toEqual(['đủ thứ hạng cho giải Nhất nhưng chưa đạt xếp loại Hoàn thành xuất sắc nhiệm vụ']);
  });

  it('explain a tie at a quota that admits every tied unit, in both languages', () => {
    // u1 and u2 score 90, u3 50; none reaches the grade of First (95), two tie for one Second.
    const table = parseEmulationScoringTable({
      name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }],
      grades: [{ code: 'good', label: 'Tốt', minTotal: 95, minCriterionShare: 0 }],
      awards: [{ award: 'first', maxCount: 1, minGrade: 'good' }, { award: 'second', maxCount: 1 }],
      ties: 'standard', quotaTies: 'admit-all',
    });
    const scores = ['u1', 'u2', 'u3'].map((unit, index) => scoreEmulation(table, { unit, cluster: 'A', entries: [{ criterion: 'c', attainment: index === 2 ? '0.5' : '0.9' }] }));
    const result = assignAwards(table, scores);
    const vi = rankingSection(result, { lang: 'vi', table }).blocks[0];
    expect(notesOf(vi)).toEqual(['u1 và u2 bằng điểm (90); bằng điểm tại giới hạn số giải Nhì (còn 1 giải cho 2 đơn vị bằng điểm): tất cả cùng được giải: u1 hạng 1, giải Nhì; u2 hạng 1, giải Nhì.']);
    expect(vi?.kind === 'table' ? vi.rows[0]?.cells.award : undefined).toEqual({
      value: 'second',
      text: 'Nhì',
      detail: 'đủ thứ hạng cho giải Nhất nhưng chưa đạt xếp loại Tốt; bằng điểm tại giới hạn số giải Nhì (còn 1 giải cho 2 đơn vị bằng điểm): tất cả cùng được giải',
    });
    const en = rankingSection(result, { lang: 'en', table }).blocks[0];
    expect(notesOf(en)).toEqual(['u1 and u2 have equal scores (90); tied at the Second quota (1 place left for 2 tied units): all admitted: u1 rank 1, Second; u2 rank 1, Second.']);
    expect(en?.kind === 'table' ? en.rows[2]?.cells.award : undefined).toEqual({ value: null, text: '–', detail: 'in line for First but below its grade "good"' });
  });

  it('explain a quota tie that moves every tied unit on, in English', () => {
    const table = parseEmulationScoringTable({
      name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }],
      grades: [{ code: 'good', label: 'Tốt', minTotal: 0, minCriterionShare: 0 }],
      awards: [{ award: 'first', maxCount: 1 }],
      ties: 'standard', quotaTies: 'demote-all',
    });
    const scores = ['u1', 'u2'].map((unit) => scoreEmulation(table, { unit, cluster: 'A', entries: [{ criterion: 'c', attainment: '0.9' }] }));
    expect(notesOf(rankingSection(assignAwards(table, scores), { lang: 'en', table }).blocks[0])).toEqual([
      'u1 and u2 have equal scores (90); tied at the First quota (1 place left for 2 tied units): all moved on to the next tier: u1 rank 1, no award; u2 rank 1, no award.',
    ]);
  });

  it('say that units of equal score and rank got different awards by decision', () => {
    const table = parseEmulationScoringTable({
      name: 'Demo', criteria: [{ code: 'c', label: 'C', maxPoints: 100 }],
      grades: [{ code: 'good', label: 'Tốt', minTotal: 0, minCriterionShare: 0 }],
      awards: [{ award: 'first', maxCount: 2 }, { award: 'second', maxCount: 2 }],
      ties: 'standard', quotaTies: 'admit-all',
    });
    const scores = ['u1', 'u2'].map((unit) => scoreEmulation(table, { unit, cluster: 'A', entries: [{ criterion: 'c', attainment: '0.9' }] }));
    const result = assignAwards(table, scores, [{ unit: 'u2', award: 'second', note: 'N' }]);
    expect(rankingTable(result, { lang: 'en', table }).notes).toEqual(['u2: First by score, Second by decision (N).', 'u1 and u2 have equal scores (90); the same rank: u1 rank 1, First; u2 rank 1, Second.']);
    expect(rankingTable(result, { lang: 'vi', table }).notes).toEqual(['u2: theo điểm Nhất, theo quyết định Nhì (N).', 'u1 và u2 bằng điểm (90); cùng hạng: u1 hạng 1, giải Nhất; u2 hạng 1, giải Nhì.']);
  });
});
