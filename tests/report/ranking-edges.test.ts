/*
 * Ranking tables and charts at their edges: the award notes in Vietnamese (a decision beyond a
 * tier's quota included), grade codes without a scoring table, unranked units in a chart, and the
 * notes a caller adds.
 */
import { describe, expect, it } from 'vitest';
import { assignAwards, parseEmulationScoringTable, rank, rankingCharts, rankingSection, rankingTable, scoreEmulation } from '../../src/index.js';
import { clusterNames, communeNames, emulationScores, emulationTable } from './fixtures.js';

const decided = () => assignAwards(emulationTable, emulationScores, [{ unit: '16183', award: 'first', note: 'Bỏ phiếu kín, 6/8 phiếu' }]);

describe('the note on a decision beyond a quota', () => {
  it('is written in Vietnamese in a Vietnamese table, naming the cluster as the report does', () => {
    const detail = (groups?: Readonly<Record<string, string>>) =>
      rankingTable(decided(), { lang: 'vi', names: communeNames, table: emulationTable, groups }).rows.find((row) => row.id === '16183')?.cells.award?.detail;
    expect(detail()).toBe('theo quyết định, giải Nhất nay có 2 đơn vị trong cụm A, vượt giới hạn 1 giải; Bỏ phiếu kín, 6/8 phiếu');
    expect(detail(clusterNames)).toBe('theo quyết định, giải Nhất nay có 2 đơn vị trong Cụm thi đua số 1, vượt giới hạn 1 giải; Bỏ phiếu kín, 6/8 phiếu');
  });

  it('stays as assignAwards wrote it in English', () => {
    const row = rankingTable(decided(), { lang: 'en', table: emulationTable, groups: clusterNames }).rows.find((candidate) => candidate.id === '16183');
    expect(row?.cells.award?.detail).toBe('the decision gives First, which 2 units of cluster "A" now hold over a quota of 1; Bỏ phiếu kín, 6/8 phiếu');
  });
});

describe('rankingTable', () => {
  it('shows grade and unit codes without a scoring table and names, and adds the caller\'s notes after its own', () => {
    const table = rankingTable(decided(), { lang: 'en', notes: ['Source: district emulation council.'] });
    expect(table.rows.slice(0, 3).map((row) => row.cells.grade)).toEqual([
      { value: 'excellent', text: 'excellent' },
      { value: 'excellent', text: 'excellent' },
      { value: 'excellent', text: 'excellent' },
    ]);
    expect(table.notes).toEqual(['16183: Second by score, First by decision (Bỏ phiếu kín, 6/8 phiếu).', 'Source: district emulation council.']);
  });
});

describe('rankingCharts', () => {
  it('draws an unranked unit last, with a dash for its rank and score and no bar', () => {
    const ranked = rank([{ c: 'x', v: null }, { c: 'y', v: '2.5' }], { key: (item) => item.c, value: (item) => item.v, direction: 'descending', ties: 'standard', missing: 'unranked' });
    const [chart] = rankingCharts(ranked, { lang: 'en', names: { x: 'Xuân Hòa' } });
    expect(chart?.bars).toEqual([
      { label: 'y', value: ranked[1]?.value, text: '2.5', tone: 'neutral', rank: '1', title: '1. y: 2.5' },
      { label: 'Xuân Hòa', value: null, text: '–', tone: 'neutral', rank: '–', title: '–. Xuân Hòa: –' },
    ]);
    expect(chart?.description).toBe('Scores and ranks of 2 units.');
  });
});

describe('the note on a decision', () => {
  it('says in the sentence\'s own case that a unit had no award by score', () => {
    const decided = assignAwards(emulationTable, emulationScores, [{ unit: '16186', award: 'third', note: 'Vote' }]);
    expect(rankingTable(decided, { lang: 'en', names: communeNames, table: emulationTable }).notes).toEqual(['Hóa Quỳ: no award by score, Third by decision (Vote).']);
    expect(rankingTable(decided, { lang: 'vi', names: communeNames, table: emulationTable }).notes).toEqual(['Hóa Quỳ: theo điểm không có giải, theo quyết định Ba (Vote).']);
  });

  it('leaves no detail on an award cell without notes or decision', () => {
    const table = rankingTable(assignAwards(emulationTable, emulationScores), { lang: 'en', table: emulationTable });
    expect(table.rows.slice(0, 2).map((row) => row.cells.award)).toEqual([{ value: 'leader', text: 'Leader' }, { value: 'first', text: 'First' }]);
  });
});

describe('rankingSection and rankingCharts', () => {
  it('name the function the caller called in a refusal of bad digits', () => {
    expect(() => rankingSection([], { lang: 'en', digits: 99 })).toThrow('rankingSection: digits must be an integer from 0 to 20 (decimal places of the scores); got number 99');
  });

  it('write scores and ticks in the report\'s language', () => {
    const ranked = rank([{ c: 'x', v: 2500 }, { c: 'y', v: 1200 }], { key: (item) => item.c, value: (item) => item.v, direction: 'descending', ties: 'standard', missing: 'last' });
    const [en] = rankingCharts(ranked, { lang: 'en' });
    expect([en?.bars.map((bar) => bar.text), en?.scale.ticks.map((tick) => tick.text)]).toEqual([['2,500', '1,200'], ['0', '500', '1,000', '1,500', '2,000', '2,500']]);
    const [vi] = rankingCharts(ranked, { lang: 'vi' });
    expect([vi?.bars.map((bar) => bar.text), vi?.scale.ticks.at(-1)?.text]).toEqual([['2.500', '1.200'], '2.500']);
  });
});

describe('notes on equal scores', () => {
  const demoTable = (fields: Record<string, unknown>) =>
    parseEmulationScoringTable({
      name: 'Demo', criteria: [{ code: 'c1', label: 'Kinh tế', maxPoints: 60 }, { code: 'c2', label: 'Xã hội', maxPoints: 40 }],
      grades: [{ code: 'good', label: 'Tốt', minTotal: 0, minCriterionShare: 0 }],
      awards: [{ award: 'first', maxCount: 2 }, { award: 'second', maxCount: 2 }],
      ties: 'standard', quotaTies: 'admit-all',
      ...fields,
    });
  const sheets = (table: ReturnType<typeof demoTable>, units: readonly (readonly [string, string, string])[]) =>
    units.map(([unit, c1, c2]) => scoreEmulation(table, { unit, cluster: 'A', entries: [{ criterion: 'c1', attainment: c1 }, { criterion: 'c2', attainment: c2 }] }));

  it('say nothing of equal scores that got the same award', () => {
    const table = demoTable({});
    expect(rankingTable(assignAwards(table, sheets(table, [['u1', '0.9', '0.9'], ['u2', '0.9', '0.9']])), { lang: 'en', table }).notes).toEqual([]);
  });

  it('name the tie-break criteria that separated equal scores, in the order of the table', () => {
    // u1 and u2 both total 80: u1 has more points of c2 (Xã hội), which the table breaks ties on first.
    const table = demoTable({ tieBreak: ['c2', 'c1'], awards: [{ award: 'first', maxCount: 1 }, { award: 'second', maxCount: 1 }] });
    const result = assignAwards(table, sheets(table, [['u1', '0.6', '1'], ['u2', '0.8', '0.7']]));
    expect(rankingTable(result, { lang: 'en', table }).notes).toEqual(['u1 and u2 have equal scores (76); separated by the points of Xã hội, Kinh tế: u1 rank 1, First; u2 rank 2, Second.']);
    // Without the table its criteria are unknown: the note says a tie-break separated them, never "the same rank".
    expect(rankingTable(result, { lang: 'en' }).notes).toEqual(['u1 and u2 have equal scores (76); separated by the tie-break criteria: u1 rank 1, First; u2 rank 2, Second.']);
    expect(rankingTable(result, { lang: 'vi' }).notes).toEqual(['u1 và u2 bằng điểm (76); phân định theo tiêu chí phụ: u1 hạng 1, giải Nhất; u2 hạng 2, giải Nhì.']);
  });

  it('say "the same rank" when a decision gave equal ranks different awards, even where the table breaks ties', () => {
    const table = demoTable({ tieBreak: ['c1'] });
    const result = assignAwards(table, sheets(table, [['u1', '0.9', '0.9'], ['u2', '0.9', '0.9']]), [{ unit: 'u2', award: 'second', note: 'N' }]);
    expect(rankingTable(result, { lang: 'en', table }).notes.at(-1)).toBe('u1 and u2 have equal scores (90); the same rank: u1 rank 1, First; u2 rank 1, Second.');
  });

  it('read counts of ten and more in a quota tie, in Vietnamese', () => {
    // Eleven units tie for ten First awards: all are admitted.
    const table = demoTable({ awards: [{ award: 'first', maxCount: 10 }] });
    const units = Array.from({ length: 11 }, (_, index) => [`u${String(index + 1).padStart(2, '0')}`, '0.9', '0.9'] as const);
    const vi = rankingTable(assignAwards(table, sheets(table, units)), { lang: 'vi', table });
    expect(vi.rows[0]?.cells.award?.detail).toBe('bằng điểm tại giới hạn số giải Nhất (còn 10 giải cho 11 đơn vị bằng điểm): tất cả cùng được giải');
  });
});

describe('the shapes of ranking tables, charts and sections', () => {
  it('give the columns their kinds and the table its default id', () => {
    const table = rankingTable(assignAwards(emulationTable, emulationScores), { lang: 'en' });
    expect([table.id, table.columns.map((column) => `${column.id}:${column.kind}`)]).toEqual(['ranking-table', ['group:text', 'rank:number', 'unit:text', 'score:number', 'grade:text', 'award:text']]);
  });

  it('give a plain ranking only the cells of its columns, a chart scale without the unranked, and a section without paragraphs', () => {
    const ranked = rank([{ c: 'x', v: null }, { c: 'y', v: 40 }], { key: (item) => item.c, value: (item) => item.v, direction: 'descending', ties: 'standard', missing: 'unranked' });
    expect(Object.keys(rankingTable(ranked, { lang: 'en' }).rows[0]?.cells ?? {})).toEqual(['rank', 'unit', 'score']);
    expect(rankingCharts(ranked, { lang: 'en' })[0]?.scale.ticks.map((tick) => tick.text)).toEqual(['0', '10', '20', '30', '40']);
    const section = rankingSection(ranked, { lang: 'en' });
    expect([section.paragraphs, section.blocks.map((block) => block.id)]).toEqual([[], ['ranking-table', 'ranking-chart-all']]);
  });

  it('name rankingCharts and rankingSection in their refusals', () => {
    expect(() => rankingCharts(null as unknown as [], { lang: 'en' })).toThrow('rankingCharts: expected an array of ranking results; got null');
    expect(() => rankingCharts([], { lang: 'xx' as 'en' })).toThrow("rankingCharts: lang must be 'vi' (Vietnamese) or 'en' (English)");
    expect(() => rankingSection(null as unknown as [], { lang: 'en' })).toThrow('rankingSection: expected an array of ranking results; got null');
  });

  it('show the grade code when the scoring table given lacks that grade', () => {
    const table = rankingTable(assignAwards(emulationTable, emulationScores), { lang: 'en', table: { ...emulationTable, grades: [] } });
    expect(table.rows[0]?.cells.grade).toEqual({ value: 'excellent', text: 'excellent' });
  });
});
