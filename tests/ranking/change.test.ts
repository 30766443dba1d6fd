import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank, rankChange } from '../../src/index.js';
import { caught } from './caught.js';


describe('rankChange', () => {
  it('counts places gained as positive and places lost as negative', () => {
    const changes = rankChange(
      [
        { key: 'A', rank: 1 },
        { key: 'B', rank: 2 },
        { key: 'C', rank: 3 },
      ],
      [
        { key: 'C', rank: 1 },
        { key: 'A', rank: 2 },
        { key: 'B', rank: 2 },
      ],
    );
    expect(changes).toEqual([
      { key: 'C', previousRank: 3, currentRank: 1, change: 2, status: 'up' },
      { key: 'A', previousRank: 1, currentRank: 2, change: -1, status: 'down' },
      { key: 'B', previousRank: 2, currentRank: 2, change: 0, status: 'unchanged' },
    ]);
  });

  it('reports units that entered, left or were unranked, current ones first, then those that left', () => {
    const changes = rankChange(
      [
        { key: 'gone', rank: 1 },
        { key: 'late', rank: null },
        { key: 'kept', rank: 2 },
      ],
      [
        { key: 'kept', rank: 1 },
        { key: 'late', rank: 2 },
        { key: 'new', rank: 3 },
      ],
    );
    expect(changes.map((change) => [change.key, change.status, change.change])).toEqual([
      ['kept', 'up', 1],
      ['late', 'not-comparable', null],
      ['new', 'entered', null],
      ['gone', 'left', null],
    ]);
    expect(changes[3]).toMatchObject({ previousRank: 1, currentRank: null });
  });

  it('takes ranking results directly, and gives fractional changes exactly', () => {
    const year2023 = rank(
      [
        { code: 'X', points: 90 },
        { code: 'Y', points: 90 },
        { code: 'Z', points: 95 },
      ],
      { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties: 'fractional', missing: 'last' },
    );
    const year2024 = rank(
      [
        { code: 'X', points: 97 },
        { code: 'Y', points: 91 },
        { code: 'Z', points: 92 },
      ],
      { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties: 'fractional', missing: 'last' },
    );
    expect(rankChange(year2023, year2024).map((change) => [change.key, change.change])).toEqual([
      ['X', 1.5],
      ['Y', -0.5],
      ['Z', -1],
    ]);
  });

  it('has no change for anyone when compared with itself, and changes that add up to zero over the same units', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 15 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 15, maxLength: 15 }), (before, after) => {
        const rankOf = (values: readonly number[]) =>
          rank(values.map((value, index) => ({ id: `u${index}`, value })), { key: (unit) => unit.id, value: (unit) => unit.value, direction: 'descending', ties: 'fractional', missing: 'last' });
        const first = rankOf(before);
        const second = rankOf(after.slice(0, before.length));
        expect(rankChange(first, first).every((change) => change.change === 0)).toBe(true);
        // Fractional ranks of n units always add up to n(n + 1) / 2, so the changes cancel out.
        expect(rankChange(first, second).reduce((sum, change) => sum + (change.change ?? 0), 0)).toBe(0);
      }),
    );
  });

  it('refuses a ranking that lists a unit twice, a rank under 1, and a non-array', () => {
    const twice = caught(() => rankChange([{ key: 'A', rank: 1 }, { key: 'A', rank: 2 }], []));
    expect(twice.code).toBe('conflict');
    expect(twice.message).toBe('previous lists these keys more than once: "A"; a unit has one place in a ranking');
    const zero = caught(() => rankChange([], [{ key: 'A', rank: 0 }]));
    expect(zero.code).toBe('invalid-argument');
    expect(zero.message).toBe('current[0].rank must be a rank of 1 or more, or null for unranked; got 0 for "A"');
    expect(caught(() => rankChange({} as unknown as [], [])).message).toBe('previous must be an array of { key, rank }; got an object');
    expect(caught(() => rankChange([{ key: 'A', rank: Number.NaN }], [])).message).toBe('previous[0].rank must be a rank of 1 or more, or null for unranked; got NaN for "A"');
    expect(caught(() => rankChange([{ key: 'A', rank: '2' as unknown as number }], [])).message).toBe(
      'previous[0].rank must be a rank of 1 or more, or null for unranked; got "2" for "A"',
    );
  });
});
