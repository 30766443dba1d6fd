/*
 * The paths inside rank.ts that small textbook cases do not reach: rankings of more than 24 members
 * (sorted by the engine's sort rather than by insertion), values whose doubles cannot tell them apart
 * and cannot be rounded exactly, the keys a comparator that fails is reported with, and the keys of
 * lexicographic results.
 */
import { describe, expect, it } from 'vitest';
import { type LexicographicRankOptions, rank, rankLexicographic, rankWithinGroups } from '../../src/index.js';
import { caught } from './caught.js';

interface Unit {
  readonly code: string;
  readonly cluster: string;
  readonly points: number | string | null;
}

/** Unit codes U01..Un, listed from the last to the first. */
function reversedCodes(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `U${String(count - index).padStart(2, '0')}`);
}

describe('rank: rankings of more than 24 members', () => {
  it("breaks ties by key, not by input order, in a ranking of 30 tied units listed in reverse", () => {
    const units: Unit[] = reversedCodes(30).map((code) => ({ code, cluster: 'A', points: 90 }));
    const results = rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties: 'ordinal', missing: 'last', tieBreak: 'key' });
    // U30 is listed first and comes last by key: ranks run from 30 down to 1 in input order.
    expect(results.map((result) => result.rank)).toEqual(Array.from({ length: 30 }, (_, index) => 30 - index));
    expect(results.map((result) => result.tieSize)).toEqual(Array.from({ length: 30 }, () => 30));
  });

  it('keeps input order among equals and orders values in a cluster of 30 communes', () => {
    // Points 100, 99, 99, 98, 98, 98, ... listed in scrambled order (a step of 7 through the 30 places).
    const points = Array.from({ length: 30 }, (_, index) => 100 - Math.floor(index / 2));
    const units: Unit[] = points.map((_, index) => {
      const place = (index * 7) % 30;
      return { code: `C${String(index).padStart(2, '0')}`, cluster: 'A', points: points[place] ?? 0 };
    });
    const ordinal = rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties: 'ordinal', missing: 'last' });
    const standard = rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties: 'standard', missing: 'last' });
    // The expected ranks counted from the definition: 1 + the number of units ahead (and, for
    // ordinal, the tied units listed earlier).
    units.forEach((unit, index) => {
      const value = Number(unit.points);
      const ahead = units.filter((other) => Number(other.points) > value).length;
      const tiedBefore = units.slice(0, index).filter((other) => Number(other.points) === value).length;
      expect(standard[index]?.rank).toBe(ahead + 1);
      expect(ordinal[index]?.rank).toBe(ahead + tiedBefore + 1);
    });
  });

  it('ranks 40 units with unique codes (no key is taken for a duplicate)', () => {
    const units: Unit[] = reversedCodes(40).map((code, index) => ({ code, cluster: 'A', points: index }));
    const results = rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'ascending', ties: 'standard', missing: 'last' });
    expect(results.map((result) => result.rank)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
  });
});

describe('rank: values doubles cannot tell apart', () => {
  // 1e32 and 1e32 − 100 have 32 digits: neither is a double exactly, and the double read from the
  // digits of the larger (1e32) is below the one read from the smaller (99999999999999999999999999999900
  // is read as 1e32 while 10^32 is read as 9.999999999999999e31); only the exact comparison orders them.
  const units: Unit[] = [
    { code: 'A', cluster: 'A', points: '1e32' },
    { code: 'B', cluster: 'A', points: '99999999999999999999999999999900' },
    { code: 'C', cluster: 'A', points: '1e32' },
  ];

  it('ranks the larger of two near-equal 32-digit values first, descending', () => {
    const results = rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties: 'standard', missing: 'last' });
    expect(results.map((result) => result.rank)).toEqual([1, 3, 1]);
    expect(results.map((result) => result.tieSize)).toEqual([2, 1, 2]);
  });

  it('ranks the smaller of two near-equal 32-digit values first, ascending', () => {
    const results = rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'ascending', ties: 'dense', missing: 'last' });
    expect(results.map((result) => result.rank)).toEqual([2, 1, 2]);
  });

  it('keeps the exact order when the near-equal values sit with a missing one in groups', () => {
    const grouped: Unit[] = [...units, { code: 'D', cluster: 'B', points: null }, { code: 'E', cluster: 'B', points: '1e32' }];
    const results = rankWithinGroups(grouped, {
      key: (unit) => unit.code,
      group: (unit) => unit.cluster,
      value: (unit) => unit.points,
      direction: 'descending',
      ties: 'fractional',
      missing: 'first',
    });
    expect(results.map((result) => `${result.group}:${result.key}#${String(result.rank)}`)).toEqual(['A:A#1.5', 'A:B#3', 'A:C#1.5', 'B:D#1', 'B:E#2']);
  });
});

describe('rank: a tie-break comparator that fails', () => {
  it('names the two items it was comparing', () => {
    const units: Unit[] = [
      { code: '16174', cluster: 'A', points: 90 },
      { code: '16177', cluster: 'A', points: 90 },
    ];
    const error = caught(() =>
      rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties: 'ordinal', missing: 'last', tieBreak: () => Number.POSITIVE_INFINITY }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('tieBreak must return a finite number; got Infinity for "16174" and "16177"');
  });
});

describe('rankLexicographic: results', () => {
  interface Scored {
    readonly code: string;
    readonly total: number | null | undefined;
    readonly penalties: number | null | undefined;
  }
  // Highest total first; on equal totals, the fewer penalties first; a missing value last on its criterion.
  const totalThenPenalties: LexicographicRankOptions<Scored> = {
    key: (unit) => unit.code,
    ties: 'standard',
    missing: 'last',
    criteria: [
      { value: (unit) => unit.total, direction: 'descending' },
      { value: (unit) => unit.penalties, direction: 'ascending' },
    ],
  };

  it('carries each item its key, values and group', () => {
    const units = [
      { code: 'X', cluster: 'N', total: 96, penalties: 1 },
      { code: 'Y', cluster: 'N', total: 96, penalties: 0 },
    ];
    const results = rankLexicographic(units, totalThenPenalties);
    expect(results.map((result) => result.key)).toEqual(['X', 'Y']);
    expect(results.map((result) => result.values.map((value) => value?.toString() ?? null))).toEqual([
      ['96', '1'],
      ['96', '0'],
    ]);
    expect(results.map((result) => result.rank)).toEqual([2, 1]);
    expect(results.map((result) => result.group)).toEqual([null, null]);
  });

  it('holds a missing value as null, placed by the missing rule on its criterion', () => {
    const units = [
      { code: 'X', total: 96, penalties: null },
      { code: 'Y', total: 96, penalties: 2 },
      { code: 'Z', total: undefined, penalties: 0 },
    ];
    const results = rankLexicographic(units, totalThenPenalties);
    // Y before X (X's penalties are missing, so last among the 96s); Z has no total, so last of all.
    expect(results.map((result) => [result.key, result.rank, result.values.map((value) => value?.toString() ?? null)])).toEqual([
      ['X', 2, ['96', null]],
      ['Y', 1, ['96', '2']],
      ['Z', 3, [null, '0']],
    ]);
  });
});
