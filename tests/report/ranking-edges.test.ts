/*
 * Ranking tables and charts at their edges: the award notes in Vietnamese (a decision beyond a
 * tier's quota included), grade codes without a scoring table, unranked units in a chart, and the
 * notes a caller adds.
 */
import { describe, expect, it } from 'vitest';
import { assignAwards, rank, rankingCharts, rankingTable } from '../../src/index.js';
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
