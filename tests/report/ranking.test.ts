import { describe, expect, it } from 'vitest';
import { type RankingResult, assignAwards, rank, rankWithinGroups, rankingCharts, rankingSection, rankingTable } from '../../src/index.js';
import { expectFailure } from '../format/helpers.js';
import { awards, clusterNames, communeNames, emulationScores, emulationTable } from './fixtures.js';

const options = { lang: 'vi', names: communeNames, groups: clusterNames, table: emulationTable } as const;

describe('rankingTable', () => {
  it('lists the units of each cluster in rank order, with rank out of the cluster, score, grade and award', () => {
    const table = rankingTable(awards, options);
    expect(table.title).toBe('Xếp hạng và khen thưởng thi đua');
    expect(table.columns.map((column) => column.label)).toEqual(['Cụm', 'Hạng', 'Đơn vị', 'Điểm', 'Xếp loại', 'Giải']);
    expect(table.rows.slice(0, 5).map((row) => table.columns.map((column) => row.cells[column.id]?.text))).toEqual([
      ['Cụm thi đua số 1', '1/8', 'Yên Cát', '98,1', 'Hoàn thành xuất sắc', 'Dẫn đầu'],
      ['Cụm thi đua số 1', '2/8', 'Bãi Trành', '95,5', 'Hoàn thành xuất sắc', 'Nhất'],
      ['Cụm thi đua số 1', '3/8', 'Xuân Bình', '91,9', 'Hoàn thành xuất sắc', 'Nhì'],
      ['Cụm thi đua số 1', '4/8', 'Xuân Hòa', '89,5', 'Hoàn thành tốt', 'Nhì'],
      ['Cụm thi đua số 1', '5/8', 'Hóa Quỳ', '86,6', 'Hoàn thành tốt', '–'],
    ]);
    expect(table.rows[15]?.cells.grade).toEqual({ value: null, text: '–' });
    expect(table.rows.map((row) => row.cells.group?.value)).toEqual([...Array<string>(8).fill('A'), ...Array<string>(8).fill('B')]);
  });

  it('keeps the codes and exact scores as values', () => {
    const [first] = rankingTable(awards, options).rows;
    expect(first?.id).toBe('16174');
    expect(first?.cells.unit).toEqual({ value: '16174', text: 'Yên Cát' });
    expect(first?.cells.rank?.value?.toString()).toBe('1');
    expect(first?.cells.score?.value).toEqual(awards.find((award) => award.unit === '16174')?.total);
    expect(first?.cells.award?.value).toBe('leader');
    expect(first?.cells.grade?.value).toBe('excellent');
  });

  it('shows the award a decision set, and notes both awards and the decision', () => {
    const decided = assignAwards(emulationTable, emulationScores, [{ unit: '16183', award: 'first', note: 'Bỏ phiếu kín, 6/8 phiếu' }]);
    const table = rankingTable(decided, { ...options, lang: 'en' });
    const row = table.rows.find((candidate) => candidate.id === '16183');
    // Cluster A has one First award by its quota; the decision gives a second, which the detail says.
    expect(row?.cells.award).toEqual({
      value: 'first',
      text: 'First',
      detail: 'the decision gives First, which 2 units of cluster "A" now hold over a quota of 1; Bỏ phiếu kín, 6/8 phiếu',
    });
    expect(table.notes).toEqual(['Xuân Bình: Second by score, First by decision (Bỏ phiếu kín, 6/8 phiếu).']);
  });

  it('ranks plain ranked items without group, grade or award columns, unranked items last', () => {
    const ranked = rank(
      [
        { code: 'a', score: '7.125' },
        { code: 'b', score: null },
        { code: 'c', score: 9 },
      ],
      { key: (item) => item.code, value: (item) => item.score, direction: 'descending', ties: 'standard', missing: 'unranked' },
    );
    const table = rankingTable(ranked, { lang: 'en', digits: 1, valueLabel: 'Index' });
    expect(table.title).toBe('Ranking table');
    expect(table.columns.map((column) => column.label)).toEqual(['Rank', 'Unit', 'Index']);
    expect(table.rows.map((row) => [row.id, row.cells.rank?.text, row.cells.score?.text])).toEqual([
      ['c', '1/2', '9'],
      ['a', '2/2', '7.1'],
      ['b', '–', '–'],
    ]);
  });

  it('refuses an unknown language, digits out of range and results that are not a list', () => {
    expectFailure(() => rankingTable(awards, { lang: 'fr' as 'vi' }), 'invalid-argument', 'rankingTable: lang must be');
    expectFailure(() => rankingTable(awards, { lang: 'vi', digits: 2.5 }), 'invalid-argument', 'rankingTable: digits must be an integer from 0 to 20 (decimal places of the scores); got number 2.5');
    expectFailure(() => rankingCharts(awards, { lang: 'vi', digits: -1 }), 'invalid-argument', 'rankingCharts: digits must be');
    expectFailure(() => rankingTable(null as unknown as RankingResult[], { lang: 'vi' }), 'invalid-argument', 'rankingTable: expected an array of ranking results; got null');
  });
});

describe('rankingCharts', () => {
  it('draws one chart per cluster, units in rank order, awards in gold with a ★ mark', () => {
    const charts = rankingCharts(awards, { ...options, valueLabel: 'Điểm thi đua' });
    expect(charts.map((chart) => [chart.id, chart.title, chart.bars.length])).toEqual([
      ['ranking-chart-A', 'Biểu đồ xếp hạng Cụm thi đua số 1', 8],
      ['ranking-chart-B', 'Biểu đồ xếp hạng Cụm thi đua số 2', 8],
    ]);
    const [first] = charts;
    expect(first?.bars.slice(0, 5).map((bar) => [bar.rank, bar.label, bar.text, bar.tone, bar.mark])).toEqual([
      ['1', 'Yên Cát', '98,1', 'highlight', '★ Dẫn đầu'],
      ['2', 'Bãi Trành', '95,5', 'highlight', '★ Nhất'],
      ['3', 'Xuân Bình', '91,9', 'highlight', '★ Nhì'],
      ['4', 'Xuân Hòa', '89,5', 'highlight', '★ Nhì'],
      ['5', 'Hóa Quỳ', '86,6', 'neutral', undefined],
    ]);
    expect(first?.bars[0]?.title).toBe('1. Yên Cát: 98,1 (Dẫn đầu)');
    expect(first?.valueLabel).toBe('Điểm thi đua');
    expect(first?.legend).toEqual([
      { tone: 'highlight', label: 'Có giải' },
      { tone: 'neutral', label: 'Không có giải' },
    ]);
    expect(first?.scale.ticks.map((tick) => tick.text)).toEqual(['0', '20', '40', '60', '80', '100']);
  });

  it('names clusters by default, numbers the ids of later charts after a given id, and draws one chart without groups', () => {
    const grouped = rankWithinGroups([{ c: 'x', g: 'B2' }, { c: 'y', g: 'B3' }], {
      key: (item) => item.c, group: (item) => item.g, value: () => 1, direction: 'descending', ties: 'standard', missing: 'last',
    });
    expect(rankingCharts(grouped, { lang: 'en', id: 'clusters' }).map((chart) => [chart.id, chart.title])).toEqual([
      ['clusters', 'Ranking chart, cluster B2'],
      ['clusters-2', 'Ranking chart, cluster B3'],
    ]);
    const plain = rank([{ c: 'x' }], { key: (item) => item.c, value: () => 1, direction: 'descending', ties: 'standard', missing: 'last' });
    const [only] = rankingCharts(plain, { lang: 'vi' });
    expect([only?.id, only?.title, only?.legend]).toEqual(['ranking-chart-all', 'Biểu đồ xếp hạng', [{ tone: 'neutral', label: 'Điểm' }]]);
  });
});

describe('rankingSection', () => {
  it('holds the table and one chart per cluster, with ids made from the section id and the cluster codes', () => {
    const section = rankingSection(awards, { ...options, id: 'thi-dua' });
    expect(section.title).toBe('Xếp hạng thi đua');
    expect(section.blocks.map((block) => block.id)).toEqual(['thi-dua-table', 'thi-dua-chart-A', 'thi-dua-chart-B']);
  });

  it('makes HTML-safe ids from any cluster code', () => {
    const ranked = rankWithinGroups([{ c: 'x', g: 'Cụm 1' }], {
      key: (item) => item.c, group: (item) => item.g, value: () => 1, direction: 'descending', ties: 'standard', missing: 'last',
    });
    expect(rankingSection(ranked, { lang: 'en' }).blocks.map((block) => block.id)).toEqual(['ranking-table', 'ranking-chart-C-x1ee5-m-x20-1']);
  });

  it('refuses an unknown language', () => {
    expectFailure(() => rankingSection(awards, { lang: 'xx' as 'vi' }), 'invalid-argument', 'rankingSection: lang must be');
  });
});
