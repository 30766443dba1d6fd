/*
 * rank.ts sorts a ranking of up to 24 members by insertion and a larger one by the engine's sort;
 * both are stable, so the ranks must be those of the definition on either side of that limit. And
 * rankWithinGroups needs a group function: null, which means no grouping inside rank.ts, is refused
 * like any other value that is not a function, even for a list without items.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank, rankWithinGroups } from '../../src/index.js';
import { caught } from './caught.js';

interface Unit {
  readonly code: string;
  readonly cluster: string;
  readonly points: number;
}

/** Standard and ordinal ranks by their definition: 1 + the members before (better, or equal and listed earlier). */
function definedRanks(points: readonly number[], ties: 'standard' | 'ordinal'): number[] {
  return points.map((value, index) => 1 + points.filter((other, at) => other > value || (ties === 'ordinal' && other === value && at < index)).length);
}

describe('rank on either side of the insertion-sort limit of 24 members', () => {
  it('gives the ranks of the definition to rankings of 22 to 27 members, with ties kept in input order', () => {
    const rankings = fc.integer({ min: 22, max: 27 }).chain((size) => fc.array(fc.integer({ min: 0, max: 6 }), { minLength: size, maxLength: size }));
    fc.assert(fc.property(rankings, (points) => {
      const units = points.map((value, index) => ({ code: `U${String(index).padStart(2, '0')}`, cluster: 'A', points: value }));
      for (const ties of ['standard', 'ordinal'] as const) {
        const results = rank(units, { key: (unit) => unit.code, value: (unit) => unit.points, direction: 'descending', ties, missing: 'last' });
        expect(results.map((result) => result.rank)).toEqual(definedRanks(points, ties));
      }
    }), { numRuns: 60 });
  });

  it('ranks a cluster of 24 and one of 25 communes each as the definition does, in one call', () => {
    const points = Array.from({ length: 49 }, (_, index) => (index * 7) % 5);
    const units = points.map((value, index) => ({ code: `X${String(index)}`, cluster: index % 2 === 0 ? 'B' : 'A', points: value }));
    const results = rankWithinGroups(units, { key: (unit) => unit.code, group: (unit) => unit.cluster, value: (unit) => unit.points, direction: 'descending', ties: 'ordinal', missing: 'last' });
    for (const cluster of ['A', 'B']) {
      const members = results.filter((result) => result.group === cluster);
      expect(members).toHaveLength(cluster === 'A' ? 24 : 25);
      expect(members.map((result) => result.rank)).toEqual(definedRanks(members.map((result) => result.item.points), 'ordinal'));
    }
  });
});

describe('rankWithinGroups: the group function', () => {
  const units: Unit[] = [{ code: '16174', cluster: 'A', points: 92 }];
  const options = { key: (unit: Unit) => unit.code, value: (unit: Unit) => unit.points, direction: 'descending', ties: 'standard', missing: 'unranked' } as const;

  it('refuses null rather than ranking every item in one group', () => {
    const failure = caught(() => rankWithinGroups(units, { ...options, group: null as never }));
    expect([failure.code, failure.message]).toEqual(['invalid-argument', 'group must be a function that returns a group code for an item; got null']);
  });

  it('refuses a value that is not a function, even for a list without items', () => {
    for (const [group, shown] of [[undefined, 'nothing'], ['cluster', '"cluster"']] as const) {
      for (const list of [units, []]) {
        const failure = caught(() => rankWithinGroups(list, { ...options, group: group as never }));
        expect([failure.code, failure.message]).toEqual(['invalid-argument', `group must be a function that returns a group code for an item; got ${shown}`]);
      }
    }
  });
});
