/*
 * The value scale of a bar chart as a reader sees it on a ranking chart: round ticks from a round
 * number at or below the lowest value (and zero) to one at or above the highest, and a scale of
 * some height even when every value is zero.
 */
import { describe, expect, it } from 'vitest';
import { rank, rankingCharts } from '../../src/index.js';

const scores = (values: readonly number[]) =>
  rank(
    values.map((value, index) => ({ unit: `U${String(index + 1)}`, value })),
    { key: (item) => item.unit, value: (item) => item.value, direction: 'descending', ties: 'standard', missing: 'last' },
  );

function scale(values: readonly number[]): [string | undefined, string | undefined, string[] | undefined] {
  const [chart] = rankingCharts(scores(values), { lang: 'en' });
  return [chart?.scale.min.toString(), chart?.scale.max.toString(), chart?.scale.ticks.map((tick) => tick.text)];
}

describe('the scale of a ranking chart', () => {
  it('runs from 0 to 1 in steps of 0.2 when every score is zero, rather than collapsing to one tick', () => {
    expect(scale([0, 0])).toEqual(['0', '1', ['0', '0.2', '0.4', '0.6', '0.8', '1']]);
  });

  it('reaches below zero for a negative score, in round steps that hold zero', () => {
    expect(scale([-3, 7])).toEqual(['-4', '8', ['-4', '-2', '0', '2', '4', '6', '8']]);
  });
});
