/*
 * Markdown of the charts a reader meets in both languages: a ranking chart with its rank and note
 * columns (headed in the report's language), a bar chart without them, and a chart over time with
 * its reference lines.
 */
import { describe, expect, it } from 'vitest';
import { rankingCharts, renderMarkdown } from '../../src/index.js';
import { awards, communeNames } from './fixtures.js';

describe('renderMarkdown of a ranking chart', () => {
  it('heads the rank and note columns in Vietnamese, ranks right-aligned, an empty note for a unit without award', () => {
    const [chart] = rankingCharts(awards, { lang: 'vi', names: communeNames });
    if (chart === undefined) throw new Error('the awards make a chart');
    expect(renderMarkdown(chart).split('\n').slice(0, 9)).toEqual([
      '## Biểu đồ xếp hạng cụm A',
      '',
      'Điểm và thứ hạng của 8 đơn vị trong cụm A; dấu ★ là giải thưởng.',
      '',
      '| Hạng | Đơn vị | Điểm | Ghi chú |',
      '| ---: | --- | ---: | --- |',
      '| 1 | Yên Cát | 98,1 | ★ Dẫn đầu |',
      '| 2 | Bãi Trành | 95,5 | ★ Nhất |',
      '| 3 | Xuân Bình | 91,9 | ★ Nhì |',
    ]);
    expect(renderMarkdown(chart).split('\n').slice(10, 14)).toEqual(['| 5 | Hóa Quỳ | 86,6 |  |', '| 6 | Cát Vân | 85 |  |', '| 7 | Tân Bình | 81,4 |  |', '| 8 | Cát Tân | 80,5 |  |']);
  });

  it('heads them in English', () => {
    const [chart] = rankingCharts(awards, { lang: 'en', names: communeNames });
    if (chart === undefined) throw new Error('the awards make a chart');
    expect(renderMarkdown(chart).split('\n').slice(0, 7)).toEqual([
      '## Ranking chart, cluster A',
      '',
      'Scores and ranks of 8 units in cluster A; ★ marks an award.',
      '',
      '| Rank | Unit | Score | Note |',
      '| ---: | --- | ---: | --- |',
      '| 1 | Yên Cát | 98.1 | ★ Leader |',
    ]);
  });

  it('leaves out the rank and note columns of a chart without ranks or marks', () => {
    const [chart] = rankingCharts(awards, { lang: 'en', names: communeNames });
    if (chart === undefined) throw new Error('the awards make a chart');
    const plain = { ...chart, bars: chart.bars.map(({ rank: _rank, mark: _mark, ...bar }) => bar) };
    expect(renderMarkdown(plain).split('\n').slice(4, 7)).toEqual(['| Unit | Score |', '| --- | ---: |', '| Yên Cát | 98.1 |']);
  });
});
