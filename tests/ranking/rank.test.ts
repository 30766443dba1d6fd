import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type MissingRule,
  type RankDirection,
  type TieMethod,
  percentileRank,
  rank,
  rankLexicographic,
  rankWithinGroups,
  tieMethods,
  toDecimal,
} from '../../src/index.js';
import { caught } from './caught.js';

interface Unit {
  readonly id: string;
  readonly score: number | string | null;
}

const textbook: readonly Unit[] = [
  { id: 'A', score: 9 },
  { id: 'B', score: 7 },
  { id: 'C', score: 7 },
  { id: 'D', score: 5 },
];

function ranksOf(units: readonly Unit[], ties: TieMethod, direction: RankDirection = 'descending', missing: MissingRule = 'last'): (number | null)[] {
  return rank(units, { key: (unit) => unit.id, value: (unit) => unit.score, direction, ties, missing }).map((result) => result.rank);
}


describe('rank: tie methods on the textbook case (A ahead of B, B equal to C, C ahead of D)', () => {
  it.each([
    ['standard', [1, 2, 2, 4]],
    ['modified', [1, 3, 3, 4]],
    ['dense', [1, 2, 2, 3]],
    ['ordinal', [1, 2, 3, 4]],
    ['fractional', [1, 2.5, 2.5, 4]],
  ] as const)('ranks %s as %j', (ties, expected) => {
    expect(ranksOf(textbook, ties)).toEqual(expected);
  });

  it('ranks the reverse way when ascending: the smallest value first', () => {
    expect(ranksOf(textbook, 'standard', 'ascending')).toEqual([4, 2, 2, 1]);
    expect(ranksOf(textbook, 'modified', 'ascending')).toEqual([4, 3, 3, 1]);
  });

  it('returns results in input order, with the value, the tie size and the ranking size', () => {
    const [a, b] = rank(textbook, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'standard', missing: 'last' });
    expect(a?.key).toBe('A');
    expect(a?.item).toBe(textbook[0]);
    expect(a?.value?.toString()).toBe('9');
    expect(a?.tieSize).toBe(1);
    expect(b?.tieSize).toBe(2);
    expect(b?.outOf).toBe(4);
  });

  it('treats equal decimals written differently as equal, and close doubles as different', () => {
    const units: Unit[] = [
      { id: 'a', score: '1.50' },
      { id: 'b', score: 1.5 },
      { id: 'c', score: '1.5000000000000000000001' },
    ];
    expect(ranksOf(units, 'standard')).toEqual([2, 2, 1]);
    const floats: Unit[] = [
      { id: 'x', score: 0.30000000000000004 },
      { id: 'y', score: '0.3' },
    ];
    expect(ranksOf(floats, 'standard')).toEqual([1, 2]);
  });

  it('accepts Decimals from the library as values', () => {
    const units = [{ id: 'a', score: new Decimal('2') }, { id: 'b', score: new Decimal('3') }];
    expect(rank(units, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'dense', missing: 'last' }).map((r) => r.rank)).toEqual([2, 1]);
  });
});

describe('rank: missing values', () => {
  const withMissing: Unit[] = [
    { id: 'A', score: 9 },
    { id: 'M1', score: null },
    { id: 'B', score: 7 },
    { id: 'M2', score: null },
  ];

  it('puts missing values last, tied with each other, whatever the direction', () => {
    expect(ranksOf(withMissing, 'standard', 'descending', 'last')).toEqual([1, 3, 2, 3]);
    expect(ranksOf(withMissing, 'standard', 'ascending', 'last')).toEqual([2, 3, 1, 3]);
    expect(ranksOf(withMissing, 'fractional', 'descending', 'last')).toEqual([1, 3.5, 2, 3.5]);
  });

  it('puts missing values first when asked', () => {
    expect(ranksOf(withMissing, 'standard', 'descending', 'first')).toEqual([3, 1, 4, 1]);
    expect(ranksOf(withMissing, 'dense', 'descending', 'first')).toEqual([2, 1, 3, 1]);
  });

  it('leaves missing values unranked, and does not count them', () => {
    const results = rank(withMissing, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'standard', missing: 'unranked' });
    expect(results.map((result) => result.rank)).toEqual([1, null, 2, null]);
    expect(results.map((result) => result.outOf)).toEqual([2, 2, 2, 2]);
    expect(results[1]?.tieSize).toBe(2);
    expect(results[1]?.value).toBeNull();
  });

  it('treats undefined like null', () => {
    const units = [{ id: 'a', score: undefined }, { id: 'b', score: 1 }];
    expect(rank(units, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'standard', missing: 'last' }).map((r) => r.rank)).toEqual([2, 1]);
  });
});

describe('rank: ordinal tie breaks', () => {
  const tied: Unit[] = [
    { id: 'Z', score: 5 },
    { id: 'A', score: 5 },
    { id: 'M', score: 5 },
  ];

  it('breaks ties by input order unless told otherwise', () => {
    expect(ranksOf(tied, 'ordinal')).toEqual([1, 2, 3]);
  });

  it("breaks ties by input order when asked by name ('input-order'), as without a tie break", () => {
    const options = { key: (unit: Unit) => unit.id, value: (unit: Unit) => unit.score, direction: 'descending', ties: 'ordinal', missing: 'last' } as const;
    const inOrder = rank(tied, { ...options, tieBreak: 'input-order' });
    expect(inOrder.map((result) => [result.key, result.rank])).toEqual([
      ['Z', 1],
      ['A', 2],
      ['M', 3],
    ]);
    expect(inOrder).toEqual(rank(tied, options));
    // the first in the input ranks first, whatever its key: reversed input, reversed ranks
    expect(rank([...tied].reverse(), { ...options, tieBreak: 'input-order' }).map((result) => [result.key, result.rank])).toEqual([
      ['M', 1],
      ['A', 2],
      ['Z', 3],
    ]);
  });

  it('breaks ties by key when asked, independently of input order', () => {
    const results = rank(tied, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'ordinal', missing: 'last', tieBreak: 'key' });
    expect(results.map((result) => result.rank)).toEqual([3, 1, 2]);
    expect(results.map((result) => result.tieSize)).toEqual([3, 3, 3]);
  });

  it('breaks ties by a stated comparator, then by input order', () => {
    const population: Record<string, number> = { Z: 100, A: 300, M: 100 };
    const results = rank(tied, {
      key: (unit) => unit.id,
      value: (unit) => unit.score,
      direction: 'descending',
      ties: 'ordinal',
      missing: 'last',
      tieBreak: (first, second) => (population[second.id] ?? 0) - (population[first.id] ?? 0),
    });
    expect(results.map((result) => result.rank)).toEqual([2, 1, 3]);
  });

  it('refuses a tie break with a tie method that keeps ties', () => {
    const error = caught(() =>
      rank(tied, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'standard', missing: 'last', tieBreak: 'key' }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/tieBreak only applies to ordinal ranks.*ties is 'standard'/);
  });

  it('refuses a comparator that returns NaN', () => {
    const error = caught(() =>
      rank(tied, { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties: 'ordinal', missing: 'last', tieBreak: () => Number.NaN }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/tieBreak must return a finite number; got NaN/);
  });
});

describe('rank: bad input', () => {
  const options = { key: (unit: Unit) => unit.id, value: (unit: Unit) => unit.score, direction: 'descending', ties: 'standard', missing: 'last' } as const;

  it('refuses two items with the same key, naming every duplicate', () => {
    const error = caught(() => rank([...textbook, { id: 'B', score: 1 }, { id: 'D', score: 2 }], options));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('each item of a ranking needs its own key; these keys occur more than once: "B", "D"');
  });

  it('refuses a value that is not a number, naming the item', () => {
    const error = caught(() => rank([{ id: 'X', score: 'abc' }], options));
    expect(error.code).toBe('invalid-number');
    expect(error.message).toContain('value of "X"');
  });

  it('refuses unknown directions, tie methods and missing rules, listing the valid ones', () => {
    expect(caught(() => rank(textbook, { ...options, direction: 'down' as RankDirection })).message).toBe(
      "direction must be one of 'descending', 'ascending'; got \"down\"",
    );
    expect(caught(() => rank(textbook, { ...options, ties: 'average' as TieMethod })).message).toMatch(/ties must be one of 'standard', 'modified', 'dense', 'ordinal', 'fractional'/);
    expect(caught(() => rank(textbook, { ...options, missing: undefined as unknown as MissingRule })).message).toMatch(/missing must be one of .*got nothing/);
  });

  it('refuses a non-array and a key that is not a string', () => {
    expect(caught(() => rank('ABC' as unknown as Unit[], options)).message).toBe('rank needs an array of items; got "ABC"');
    const error = caught(() => rank([{ id: 7 as unknown as string, score: 1 }], options));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('key must return a string (a unit code); got 7 for the item at index 0');
  });

  it('refuses a value or key that is not a function, and a tie break of the wrong kind', () => {
    expect(caught(() => rank(textbook, { ...options, value: 'score' as unknown as (unit: Unit) => number })).message).toBe(
      'value must be a function that returns the value of an item; got "score"',
    );
    expect(caught(() => rank(textbook, { ...options, key: null as unknown as (unit: Unit) => string })).message).toBe(
      'key must be a function that returns a unit code for an item; got null',
    );
    expect(caught(() => rank(textbook, { ...options, ties: 'ordinal', tieBreak: 'name' as 'key' })).message).toBe(
      "tieBreak must be 'input-order', 'key' or a comparator function; got \"name\"",
    );
  });

  it('ranks an empty list as an empty list', () => {
    expect(rank([], options)).toEqual([]);
  });

  it('names the function refused, with invalid-argument, for a list that is not an array', () => {
    const notAList = 'ABC' as unknown as Unit[];
    const grouped = { ...options, group: () => 'A' };
    const criteria = [{ value: (unit: Unit) => unit.score, direction: 'descending' as const }];
    const cases: [string, () => unknown][] = [
      ['rank', () => rank(notAList, options)],
      ['rankWithinGroups', () => rankWithinGroups(notAList, grouped)],
      ['percentileRank', () => percentileRank(notAList, options)],
      ['rankLexicographic', () => rankLexicographic(notAList, { key: options.key, criteria, ties: 'standard', missing: 'last' })],
    ];
    for (const [name, run] of cases) {
      const error = caught(run);
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toBe(`${name} needs an array of items; got "ABC"`);
    }
    expect(caught(() => rank(textbook, { ...options, value: 'score' as unknown as (unit: Unit) => number })).code).toBe('invalid-argument');
    expect(caught(() => rank(textbook, { ...options, key: null as unknown as (unit: Unit) => string })).code).toBe('invalid-argument');
    expect(caught(() => rank(textbook, { ...options, ties: 'ordinal', tieBreak: 'name' as 'key' })).code).toBe('invalid-argument');
  });
});

/** The straightforward reference: count the units ahead of and tied with each unit (O(n²)). */
function referenceRanks(values: readonly (Decimal | null)[], ties: TieMethod, direction: RankDirection, missing: MissingRule): (number | null)[] {
  // Order key: smaller is better. Missing values sort after (last) or before (first) every value.
  const better = (a: Decimal | null, b: Decimal | null): boolean => {
    if (a === null || b === null) {
      if (a === null && b === null) return false;
      return missing === 'first' ? a === null : b === null;
    }
    return direction === 'descending' ? a.gt(b) : a.lt(b);
  };
  const equal = (a: Decimal | null, b: Decimal | null): boolean => (a === null || b === null ? a === b : a.eq(b));
  const ranked = values.map((value, index) => ({ value, index })).filter((entry) => missing !== 'unranked' || entry.value !== null);
  return values.map((value, index) => {
    if (missing === 'unranked' && value === null) return null;
    const ahead = ranked.filter((other) => better(other.value, value)).length;
    const level = ranked.filter((other) => equal(other.value, value)).length;
    const earlierTied = ranked.filter((other) => equal(other.value, value) && other.index < index).length;
    switch (ties) {
      case 'standard':
        return ahead + 1;
      case 'modified':
        return ahead + level;
      case 'fractional':
        return ahead + (level + 1) / 2;
      case 'ordinal':
        return ahead + earlierTied + 1;
      case 'dense': {
        const distinctAhead = new Set(ranked.filter((other) => better(other.value, value)).map((other) => (other.value === null ? 'missing' : other.value.toString())));
        return distinctAhead.size + 1;
      }
    }
  });
}

// Few distinct values, so ties are frequent; some written with trailing zeros, some missing.
const valueArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -4, max: 4 }).map((n) => String(n / 2)) },
  { weight: 1, arbitrary: fc.integer({ min: -4, max: 4 }).map((n) => `${(n / 2).toFixed(1)}0`) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const tieArbitrary = fc.constantFrom<TieMethod>(...tieMethods);
const directionArbitrary = fc.constantFrom<RankDirection>('descending', 'ascending');
const missingArbitrary = fc.constantFrom<MissingRule>('last', 'first', 'unranked');

describe('rank: laws', () => {
  it('agrees with a straightforward reference implementation on random data, for every method and rule', () => {
    fc.assert(
      fc.property(fc.array(valueArbitrary, { maxLength: 25 }), tieArbitrary, directionArbitrary, missingArbitrary, (values, ties, direction, missing) => {
        const units = values.map((score, index) => ({ id: `u${index}`, score }));
        const expected = referenceRanks(values.map((value) => (value === null ? null : toDecimal(value))), ties, direction, missing);
        expect(ranksOf(units, ties, direction, missing)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('never changes any unit’s rank when the input is permuted (ordinal with tieBreak key)', () => {
    fc.assert(
      fc.property(
        fc.array(valueArbitrary, { maxLength: 25 }).chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values.map((_, index) => index), { minLength: values.length, maxLength: values.length }))),
        tieArbitrary,
        directionArbitrary,
        missingArbitrary,
        ([values, permutation], ties, direction, missing) => {
          const units = values.map((score, index) => ({ id: `u${index}`, score }));
          const options = {
            key: (unit: Unit) => unit.id,
            value: (unit: Unit) => unit.score,
            direction,
            ties,
            missing,
            ...(ties === 'ordinal' ? { tieBreak: 'key' as const } : {}),
          };
          const byKey = (results: readonly { key: string; rank: number | null }[]): Record<string, number | null> =>
            Object.fromEntries(results.map((result) => [result.key, result.rank]));
          const shuffled = permutation.map((index) => units[index] as Unit);
          expect(byKey(rank(shuffled, options))).toEqual(byKey(rank(units, options)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives fractional ranks that add up to n(n + 1) / 2', () => {
    fc.assert(
      fc.property(fc.array(valueArbitrary, { maxLength: 30 }), directionArbitrary, (values, direction) => {
        const units = values.map((score, index) => ({ id: `u${index}`, score }));
        const ranks = ranksOf(units, 'fractional', direction, 'last');
        const sum = ranks.reduce<number>((total, value) => total + (value ?? 0), 0);
        expect(sum).toBe((values.length * (values.length + 1)) / 2);
      }),
    );
  });
});

describe('percentileRank', () => {
  // pandas NDFrame.rank docstring: legs of cat, penguin, dog, spider and snake.
  const legs = [4, 2, 4, 8, null].map((value, index) => ({ id: ['cat', 'penguin', 'dog', 'spider', 'snake'][index] ?? '', value }));
  const percentiles = (ties: TieMethod, missing: MissingRule): (string | null)[] =>
    percentileRank(legs, { key: (animal) => animal.id, value: (animal) => animal.value, direction: 'ascending', ties, missing }).map(
      (result) => result.percentile?.toString() ?? null,
    );

  it('reproduces pandas rank(pct=True) on its documented example', () => {
    expect(percentiles('fractional', 'unranked')).toEqual(['0.625', '0.25', '0.625', '1', null]);
  });

  it('divides dense ranks by the number of distinct values, as pandas does', () => {
    const dense = percentiles('dense', 'unranked');
    expect(dense[0]).toBe(new Decimal(2).div(3).toString());
    expect(dense[3]).toBe('1');
  });

  it('counts missing values ranked last in the denominator', () => {
    expect(percentiles('fractional', 'last')).toEqual(['0.5', '0.2', '0.5', '0.8', '1']);
  });
});

describe('rankWithinGroups', () => {
  const communes = [
    { code: '16174', cluster: 'A', points: 92 },
    { code: '16177', cluster: 'B', points: 88 },
    { code: '16180', cluster: 'A', points: 95 },
    { code: '16183', cluster: 'B', points: 90 },
    { code: '16186', cluster: 'A', points: 92 },
    { code: '16189', cluster: 'B', points: null },
  ];
  const options = {
    key: (commune: (typeof communes)[number]) => commune.code,
    group: (commune: (typeof communes)[number]) => commune.cluster,
    value: (commune: (typeof communes)[number]) => commune.points,
    direction: 'descending',
    ties: 'standard',
    missing: 'unranked',
  } as const;

  it('ranks each group on its own, sizes counted per group', () => {
    const results = rankWithinGroups(communes, options);
    expect(results.map((result) => [result.group, result.rank, result.outOf])).toEqual([
      ['A', 2, 3],
      ['B', 2, 2],
      ['A', 1, 3],
      ['B', 1, 2],
      ['A', 2, 3],
      ['B', null, 2],
    ]);
  });

  it('gives each unit the rank it would get if its group were ranked alone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), valueArbitrary), { maxLength: 30 }), tieArbitrary, missingArbitrary, (rows, ties, missing) => {
        const units = rows.map(([group, score], index) => ({ id: `u${index}`, group, score }));
        const grouped = rankWithinGroups(units, { key: (unit) => unit.id, group: (unit) => unit.group, value: (unit) => unit.score, direction: 'descending', ties, missing });
        for (const group of ['A', 'B', 'C']) {
          const alone = rank(
            units.filter((unit) => unit.group === group),
            { key: (unit) => unit.id, value: (unit) => unit.score, direction: 'descending', ties, missing },
          );
          for (const result of alone) expect(grouped.find((other) => other.key === result.key)?.rank).toBe(result.rank);
        }
      }),
    );
  });

  it('refuses a unit listed in two groups, and a group that is not a string', () => {
    expect(caught(() => rankWithinGroups([...communes, { code: '16174', cluster: 'B', points: 1 }], options)).code).toBe('conflict');
    const error = caught(() => rankWithinGroups(communes, { ...options, group: () => 3 as unknown as string }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('group must return a string (a group code); got 3 for the item at index 0');
  });
});

describe('rankLexicographic', () => {
  const units = [
    { code: 'X', total: 96, penalties: 1 },
    { code: 'Y', total: 96, penalties: 0 },
    { code: 'Z', total: 97, penalties: 3 },
    { code: 'W', total: 96, penalties: 1 },
  ];
  const criteria = [
    { value: (unit: (typeof units)[number]) => unit.total, direction: 'descending' as const },
    { value: (unit: (typeof units)[number]) => unit.penalties, direction: 'ascending' as const },
  ];

  it('orders by the first criterion, then by the next among equals, tying what is equal on all', () => {
    const results = rankLexicographic(units, { key: (unit) => unit.code, criteria, ties: 'standard', missing: 'last' });
    expect(results.map((result) => result.rank)).toEqual([3, 2, 1, 3]);
    expect(results[0]?.values.map(String)).toEqual(['96', '1']);
    expect(results[0]?.tieSize).toBe(2);
    expect(results[0]?.group).toBeNull();
  });

  it('refuses bad tie methods, missing rules and criteria, naming them', () => {
    const base = { key: (unit: (typeof units)[number]) => unit.code, criteria, ties: 'standard', missing: 'last' } as const;
    expect(caught(() => rankLexicographic(units, { ...base, ties: 'average' as TieMethod })).message).toMatch(/^ties must be one of/);
    expect(caught(() => rankLexicographic(units, { ...base, missing: 'skip' as MissingRule })).message).toMatch(/^missing must be one of/);
    const badValue = caught(() => rankLexicographic(units, { ...base, criteria: [criteria[0], { value: 'penalties', direction: 'ascending' }] as unknown as typeof criteria }));
    expect(badValue.code).toBe('invalid-argument');
    expect(badValue.message).toBe('criteria[1].value must be a function that returns the value of an item');
    const notNumber = caught(() => rankLexicographic(units, { ...base, criteria: [criteria[0], { value: () => 'many', direction: 'ascending' }] as typeof criteria }));
    expect(notNumber.message).toContain('criteria[1]');
    const named = caught(() =>
      rankLexicographic(units, { ...base, criteria: [criteria[0], { name: 'penalties', value: () => 'many', direction: 'ascending' }] as typeof criteria }),
    );
    expect(named.message).toContain('penalties');
  });

  it('agrees with rank on one criterion', () => {
    fc.assert(
      fc.property(fc.array(valueArbitrary, { maxLength: 20 }), tieArbitrary, directionArbitrary, missingArbitrary, (values, ties, direction, missing) => {
        const items = values.map((score, index) => ({ id: `u${index}`, score }));
        const single = rank(items, { key: (item) => item.id, value: (item) => item.score, direction, ties, missing });
        const lexicographic = rankLexicographic(items, { key: (item) => item.id, criteria: [{ value: (item) => item.score, direction }], ties, missing });
        expect(lexicographic.map((result) => result.rank)).toEqual(single.map((result) => result.rank));
      }),
    );
  });

  it('places a missing value last on its own criterion, or leaves the unit unranked', () => {
    const withGap = [...units, { code: 'V', total: 96, penalties: null as unknown as number }];
    expect(rankLexicographic(withGap, { key: (unit) => unit.code, criteria, ties: 'standard', missing: 'last' }).map((result) => result.rank)).toEqual([3, 2, 1, 3, 5]);
    expect(rankLexicographic(withGap, { key: (unit) => unit.code, criteria, ties: 'standard', missing: 'first' }).map((result) => result.rank)).toEqual([4, 3, 1, 4, 2]);
    expect(rankLexicographic(withGap, { key: (unit) => unit.code, criteria, ties: 'standard', missing: 'unranked' }).map((result) => result.rank)).toEqual([3, 2, 1, 3, null]);
  });

  it('ranks within groups when given a group', () => {
    const grouped = rankLexicographic(units, { key: (unit) => unit.code, criteria, ties: 'dense', missing: 'last', group: (unit) => (unit.code < 'X' ? 'low' : 'high') });
    expect(grouped.map((result) => [result.group, result.rank])).toEqual([
      ['high', 3],
      ['high', 2],
      ['high', 1],
      ['low', 1],
    ]);
  });

  it('refuses an empty list of criteria and a criterion without a direction', () => {
    const error = caught(() => rankLexicographic(units, { key: (unit) => unit.code, criteria: [], ties: 'standard', missing: 'last' }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/criteria must list at least one criterion/);
    expect(
      caught(() => rankLexicographic(units, { key: (unit) => unit.code, criteria: [{ value: (unit) => unit.total, direction: 'up' as RankDirection }], ties: 'standard', missing: 'last' })).message,
    ).toBe("criteria[0].direction must be one of 'descending', 'ascending'; got \"up\"");
  });

  it('refuses a criterion whose value is not a function', () => {
    const error = caught(() =>
      rankLexicographic(units, { key: (unit) => unit.code, criteria: [{ value: 'total' as unknown as () => number, direction: 'descending' }], ties: 'standard', missing: 'last' }),
    );
    expect(error.message).toBe('criteria[0].value must be a function that returns the value of an item');
  });

  it('names the criterion of a bad value', () => {
    const error = caught(() =>
      rankLexicographic([{ code: 'X', total: 'n/a' }], { key: (unit) => unit.code, criteria: [{ value: (unit) => unit.total, direction: 'descending', name: 'total' }], ties: 'standard', missing: 'last' }),
    );
    expect(error.code).toBe('invalid-number');
    expect(error.message).toContain('total of "X"');
  });
});

// Values on which a double key alone would rank wrongly: equal beyond double precision, equal values
// written differently, negative zero, sizes beyond a double's range, and near neighbours of each.
const nearTieArbitrary = fc.oneof(
  fc.constantFrom(
    '1.00000000000000000001',
    '1.00000000000000000002',
    '1',
    '1.0',
    '0.99999999999999999999',
    '1.5',
    '1.50',
    '-1.00000000000000000001',
    '-1',
    '0',
    '-0',
    '0.0',
    '123456789012345678901234567890',
    '123456789012345678901234567891',
    '1e99',
    '1.0000000000000000000000000001e99',
    '-1e-99',
    '-1.0000000000000000000000000001e-99',
  ),
  fc.constant(null),
  fc.integer({ min: -20, max: 20 }).map((n) => String(n / 4)),
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -40, max: 10 })).map(([digits, exponent]) => `${digits.toString()}e${exponent}`),
);

describe('rank and rankWithinGroups: the prepared double keys never change a rank', () => {
  it('agree with the straightforward reference on near-ties, for every tie method, direction and missing rule', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), nearTieArbitrary), { maxLength: 40 }),
        tieArbitrary,
        directionArbitrary,
        missingArbitrary,
        (rows, ties, direction, missing) => {
          const units = rows.map(([group, score], index) => ({ id: `u${index}`, group, score }));
          const grouped = rankWithinGroups(units, { key: (unit) => unit.id, group: (unit) => unit.group, value: (unit) => unit.score, direction, ties, missing });
          for (const group of ['A', 'B', 'C']) {
            const members = units.filter((unit) => unit.group === group);
            const expected = referenceRanks(members.map((unit) => (unit.score === null ? null : toDecimal(unit.score))), ties, direction, missing);
            expect(members.map((unit) => grouped.find((result) => result.key === unit.id)?.rank)).toEqual(expected);
          }
          const all = referenceRanks(units.map((unit) => (unit.score === null ? null : toDecimal(unit.score))), ties, direction, missing);
          expect(rank(units, { key: (unit) => unit.id, value: (unit) => unit.score, direction, ties, missing }).map((result) => result.rank)).toEqual(all);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tell apart values equal in a double and tie values equal as decimals', () => {
    const units = [
      { id: 'a', score: '1.00000000000000000001' },
      { id: 'b', score: '1.00000000000000000002' },
      { id: 'c', score: '1.50' },
      { id: 'd', score: '1.5' },
      { id: 'e', score: '-0' },
      { id: 'f', score: '0' },
    ];
    expect(ranksOf(units, 'standard', 'descending')).toEqual([4, 3, 1, 1, 5, 5]);
    expect(ranksOf(units, 'dense', 'ascending')).toEqual([2, 3, 4, 4, 1, 1]);
  });
});
