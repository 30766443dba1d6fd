/*
 * Ranking tables and charts at their edges: the award notes in Vietnamese (a decision beyond a
 * tier's quota included), grade codes without a scoring table, unranked units in a chart, and the
 * notes a caller adds.
 */
import { describe, expect, it } from 'vitest';
import { assignAwards, rank, rankingCharts, rankingSection, rankingTable } from '../../src/index.js';
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
