import { describe, expect, it } from 'vitest';
import { rankChange } from '../../src/index.js';
import { caught } from './caught.js';

describe('rankChange at its edges', () => {
  it('accepts rank 1, fractional ranks above 1 and null, and refuses ranks below 1 or not finite', () => {
    expect(rankChange([{ key: 'A', rank: 1 }], [{ key: 'A', rank: 1.5 }])).toEqual([
      { key: 'A', previousRank: 1, currentRank: 1.5, change: -0.5, status: 'down' },
    ]);
    for (const [rankValue, shown] of [
      [0.999, '0.999'],
      [-1, '-1'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
      [undefined, 'nothing'],
      [true, 'true'],
    ] as const) {
      const error = caught(() => rankChange([{ key: 'B', rank: 2 }], [{ key: 'B', rank: 3 }, { key: 'K', rank: rankValue as unknown as number }]));
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toBe(`current[1].rank must be a rank of 1 or more, or null for unranked; got ${shown} for "K"`);
    }
  });

  it('keeps the previous and current ranks of units that entered or left, ranked or not', () => {
    expect(
      rankChange(
        [
          { key: 'left ranked', rank: 2 },
          { key: 'left unranked', rank: null },
          { key: 'stayed', rank: null },
        ],
        [
          { key: 'stayed', rank: 4 },
          { key: 'entered ranked', rank: 3 },
          { key: 'entered unranked', rank: null },
        ],
      ),
    ).toEqual([
      { key: 'stayed', previousRank: null, currentRank: 4, change: null, status: 'not-comparable' },
      { key: 'entered ranked', previousRank: null, currentRank: 3, change: null, status: 'entered' },
      { key: 'entered unranked', previousRank: null, currentRank: null, change: null, status: 'entered' },
      { key: 'left ranked', previousRank: 2, currentRank: null, change: null, status: 'left' },
      { key: 'left unranked', previousRank: null, currentRank: null, change: null, status: 'left' },
    ]);
    expect(rankChange([{ key: 'A', rank: 3 }], [{ key: 'A', rank: null }])).toEqual([
      { key: 'A', previousRank: 3, currentRank: null, change: null, status: 'not-comparable' },
    ]);
  });

  it('gives an empty list for two empty rankings', () => {
    expect(rankChange([], [])).toEqual([]);
  });

  it('lists every key given twice once, checking the previous ranking first', () => {
    const error = caught(() =>
      rankChange(
        [{ key: 'A', rank: 1 }],
        [
          { key: 'B', rank: 1 },
          { key: 'C', rank: 2 },
          { key: 'B', rank: 3 },
          { key: 'C', rank: 4 },
          { key: 'B', rank: 5 },
        ],
      ),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('current lists these keys more than once: "B", "C"; a unit has one place in a ranking');
    expect(caught(() => rankChange([{ key: 'A', rank: 0 }], [{ key: 'A', rank: 0 }])).message).toMatch(/^previous\[0\]\.rank/);
    const notList = caught(() => rankChange([], 'A' as unknown as []));
    expect(notList.code).toBe('invalid-argument');
    expect(notList.message).toBe('current must be an array of { key, rank }; got "A"');
  });
});
