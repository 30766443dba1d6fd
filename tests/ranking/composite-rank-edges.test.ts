import { describe, expect, it } from 'vitest';
import { type CompositeRankOptions, rankByComposite, rankByCompositeBatch } from '../../src/index.js';
import { caught } from './caught.js';

/** Runs a composite ranking both ways, so that each behaviour is pinned for rankByComposite and its batch form. */
const both = [
  { name: 'rankByComposite', run: <T>(items: readonly T[], options: CompositeRankOptions<T>) => rankByComposite(items, options) },
  { name: 'rankByCompositeBatch', run: <T>(items: readonly T[], options: CompositeRankOptions<T>) => rankByCompositeBatch(items, options).results() },
] as const;

interface Row {
  readonly code: string;
  readonly value: string | number | null;
}

const single = (worst: string | number, best: string | number, extra: Partial<CompositeRankOptions<Row>> = {}): CompositeRankOptions<Row> => ({
  key: (row) => row.code,
  components: [{ key: 'v', value: (row) => row.value, worst, best, weight: 1 }],
  maxMissingShare: 0,
  ties: 'standard',
  missing: 'last',
  ...extra,
});

describe.each(both)('$name: each score rounded once to 40 significant digits', ({ run }) => {
  it('rounds half away from zero at the 41st digit, carrying through nines, in both signs', () => {
    const rows: Row[] = [
      { code: 'carry', value: '0.99999999999999999999999999999999999999995' },
      { code: 'down', value: '0.99999999999999999999999999999999999999994' },
      { code: 'up', value: '0.12345678901234567890123456789012345678905' },
      { code: 'nine', value: '0.12345678901234567890123456789012345678995' },
      { code: 'zero', value: 0 },
      { code: 'tiny', value: '1e-50' },
    ];
    const results = run(rows, single(0, 1));
    expect(results.map((result) => [result.key, result.score?.toString()])).toEqual([
      ['carry', '1'],
      ['down', '0.9999999999999999999999999999999999999999'],
      ['up', '0.1234567890123456789012345678901234567891'],
      ['nine', '0.12345678901234567890123456789012345679'],
      ['zero', '0'],
      ['tiny', '1e-50'],
    ]);
    // Rounding ties 'carry' with nothing: the exact composites stay ordered.
    expect(results.map((result) => result.rank)).toEqual([1, 2, 4, 3, 6, 5]);
    const negative = run(
      [
        { code: 'a', value: '-0.12345678901234567890123456789012345678905' },
        { code: 'b', value: '-0.99999999999999999999999999999999999999995' },
      ],
      single(0, 1, { components: [{ key: 'v', value: (row: Row) => row.value, worst: 0, best: 1, weight: 1, clamp: false }] }),
    );
    expect(negative.map((result) => [result.score?.toString(), result.rank])).toEqual([
      ['-0.1234567890123456789012345678901234567891', 1],
      ['-1', 2],
    ]);
  });

  it('scores a value of a whole-number component at a finer power of ten than its bounds', () => {
    // Bounds 0 and 3000 (whole thousands), values in tenths and in thousands beyond 10^22.
    const results = run(
      [
        { code: 'a', value: '1000.5' },
        { code: 'b', value: 1500 },
        { code: 'c', value: '3e25' },
      ],
      single(0, 3000, { components: [{ key: 'v', value: (row: Row) => row.value, worst: 0, best: '3e3', weight: 1, clamp: false }] }),
    );
    expect(results.map((result) => [result.score?.toString(), result.rank])).toEqual([
      ['0.3335', 3],
      ['0.5', 2],
      ['10000000000000000000000', 1],
    ]);
  });

  it('sums unclamped terms whose total passes 2^53 exactly', () => {
    // 6000000000000100 + 6000000000000100 + 1 = 12000000000000201, which no double holds: the mean is 4000000000000067.
    interface Triple {
      readonly values: readonly string[];
    }
    const components = [0, 1, 2].map((column) => ({ key: `c${String(column)}`, value: (row: Triple) => row.values[column] ?? null, worst: 0, best: 1, weight: 1, clamp: false }));
    const results = run([{ values: ['60000000000001e2', '60000000000001e2', '1'] }], {
      key: () => 'a',
      components,
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'last',
    });
    expect(results.map((result) => result.score?.toString())).toEqual(['4000000000000067']);
  });

  it('clamps values beyond either bound by default, for a higher-is-better and a lower-is-better indicator', () => {
    const components = (clamp: boolean | undefined) => [
      { key: 'income', value: (row: { income: number; poverty: number }) => row.income, worst: 10, best: 80, weight: 1, ...(clamp === undefined ? {} : { clamp }) },
      { key: 'poverty', value: (row: { income: number; poverty: number }) => row.poverty, worst: 60, best: 0, weight: 1, ...(clamp === undefined ? {} : { clamp }) },
    ];
    const rows = [
      { code: 'beyond', income: 94, poverty: -6 },
      { code: 'below', income: 3, poverty: 72 },
    ];
    const scores = (clamp: boolean | undefined) =>
      run(rows, { key: (row) => row.code, components: components(clamp), maxMissingShare: 0, ties: 'standard', missing: 'last' }).map((result) => result.score?.toString());
    expect(scores(undefined)).toEqual(['1', '0']);
    expect(scores(true)).toEqual(['1', '0']);
    // Unclamped: income (94 − 10) / 70 = 1.2 and poverty (−6 − 60) / −60 = 1.1; (3 − 10) / 70 = −0.1 and (72 − 60) / −60 = −0.2.
    expect(scores(false)).toEqual(['1.15', '-0.15']);
  });
});

describe.each(both)('$name: a value that is undefined is missing, as null is', ({ run }) => {
  it('lists the component as missing and scores the item on the others, as for null', () => {
    // CompositeRankComponent.value: "`null` or `undefined` when missing".
    interface Pair {
      readonly code: string;
      readonly income: number;
      readonly poverty: number | null | undefined;
    }
    const options: CompositeRankOptions<Pair> = {
      key: (row) => row.code,
      components: [
        { key: 'income', value: (row) => row.income, worst: 10, best: 80, weight: 1 },
        { key: 'poverty', value: (row) => row.poverty, worst: 60, best: 0, weight: 1 },
      ],
      maxMissingShare: '0.5',
      ties: 'standard',
      missing: 'last',
    };
    const rows: Pair[] = [
      { code: 'undefined', income: 45, poverty: undefined },
      { code: 'null', income: 45, poverty: null },
      { code: 'both', income: 45, poverty: 30 },
    ];
    const results = run(rows, options);
    expect(results.map((result) => [result.key, result.score?.toString(), result.coverage.toString(), result.missing, result.reason, result.rank, result.tieSize])).toEqual([
      ['undefined', '0.5', '0.5', ['poverty'], null, 1, 3],
      ['null', '0.5', '0.5', ['poverty'], null, 1, 3],
      ['both', '0.5', '1', [], null, 1, 3],
    ]);
    // With no missing component allowed, undefined refuses the composite as null does.
    const strict = run(rows, { ...options, maxMissingShare: 0 });
    expect(strict.map((result) => [result.score?.toString() ?? null, result.reason, result.rank])).toEqual([
      [null, '1 of 2 components missing (0.5), more than the 0 allowed: poverty', 2],
      [null, '1 of 2 components missing (0.5), more than the 0 allowed: poverty', 2],
      ['0.5', null, 1],
    ]);
  });
});

describe.each(both)('$name: refusals say what was wrong and where', ({ run }) => {
  const component = { key: 'v', value: (row: Row) => row.value, worst: 0, best: 2, weight: 1 };
  const rows: Row[] = [{ code: 'A', value: 1 }];
  const failure = (options: Partial<CompositeRankOptions<Row>>) => {
    const error = caught(() => run(rows, { ...single(0, 2), ...options }));
    return [error.code, error.message];
  };

  it('refuses components that are not a list, and a key, value or group of the wrong kind', () => {
    expect(failure({ components: 'v' as unknown as CompositeRankOptions<Row>['components'] })).toEqual([
      'invalid-argument',
      'rankByComposite needs at least one component ({ key, value, worst, best, weight })',
    ]);
    expect(failure({ components: [component, { ...component, key: 7 as unknown as string }] })).toEqual([
      'invalid-argument',
      'components[1].key must be a string (an indicator code); got 7',
    ]);
    expect(failure({ components: [{ ...component, value: 'v' as unknown as (row: Row) => number }] })).toEqual([
      'invalid-argument',
      'components[0].value must be a function that returns the raw value of an item; got "v"',
    ]);
    expect(failure({ components: [component], group: 'cluster' as unknown as (row: Row) => string })).toEqual([
      'invalid-argument',
      'group must be a function that returns a group code for an item; got "cluster"',
    ]);
    expect(failure({ components: [component, { ...component, key: 'w', worst: '1.50', best: '1.5' }] })).toEqual([
      'invalid-argument',
      'min-max normalisation needs different worst and best values; both are 1.5 in components[1] ("w")',
    ]);
    expect(failure({ components: [component, { ...component, key: 'w', weight: '-0.5' }] })).toEqual([
      'invalid-argument',
      'weights must be 0 or more; components[1].weight is -0.5',
    ]);
  });

  it('refuses a maxMissingShare below 0 or above 1, and takes 0, −0 and 1', () => {
    expect(failure({ maxMissingShare: '-0.1' })).toEqual(['invalid-argument', 'maxMissingShare must be a share from 0 to 1; got -0.1']);
    expect(failure({ maxMissingShare: '1.0001' })).toEqual(['invalid-argument', 'maxMissingShare must be a share from 0 to 1; got 1.0001']);
    const twoRows: Row[] = [
      { code: 'A', value: 1 },
      { code: 'B', value: null },
    ];
    for (const share of ['0', '-0', 1]) {
      const results = run(twoRows, single(0, 2, { maxMissingShare: share, missing: 'unranked' }));
      expect(results.map((result) => [result.score?.toString() ?? null, result.rank, result.outOf, result.coverage.toString()])).toEqual([
        ['0.5', 1, 1, '1'],
        [null, null, 1, '0'],
      ]);
    }
    // A weight of −0 is a weight of 0, taken beside a positive one.
    const zeroWeight = run(rows, single(0, 2, { components: [component, { ...component, key: 'w', weight: '-0' }] }));
    expect(zeroWeight.map((result) => result.score?.toString())).toEqual(['0.5']);
  });
});

describe('rankByCompositeBatch: items without a composite under each missing rule', () => {
  const rows: Row[] = [
    { code: 'A', value: 1 },
    { code: 'B', value: null },
    { code: 'C', value: 2 },
    { code: 'D', value: null },
    { code: 'E', value: 1 },
  ];
  it('puts them last, first or leaves them unranked, in both directions, with the reason of each', () => {
    const ranks = (missing: 'last' | 'first' | 'unranked', direction: 'descending' | 'ascending') =>
      rankByCompositeBatch(rows, single(0, 2, { missing, direction })).ranks();
    expect(ranks('last', 'descending')).toEqual([2, 4, 1, 4, 2]);
    expect(ranks('first', 'descending')).toEqual([4, 1, 3, 1, 4]);
    expect(ranks('unranked', 'descending')).toEqual([2, null, 1, null, 2]);
    expect(ranks('last', 'ascending')).toEqual([1, 4, 3, 4, 1]);
    expect(ranks('first', 'ascending')).toEqual([3, 1, 5, 1, 3]);
    expect(ranks('unranked', 'ascending')).toEqual([1, null, 3, null, 1]);
    const batch = rankByCompositeBatch(rows, single(0, 2, { missing: 'unranked' }));
    // An unranked item's tie size is the number of unranked items (RankedItem.tieSize).
    expect([batch.tieSize(0), batch.tieSize(1), batch.outOf(1), batch.outOf(2), batch.score(1), batch.score(2)?.toString()]).toEqual([2, 2, 3, 3, null, '1']);
    const { coverage, ...refused } = batch.result(1);
    expect(refused).toEqual({
      key: 'B',
      item: rows[1],
      group: null,
      score: null,
      missing: ['v'],
      reason: '1 of 1 components missing (1), more than the 0 allowed: v',
      rank: null,
      tieSize: 2,
      outOf: 3,
    });
    expect(coverage.toString()).toBe('0');
  });

  it('says why a composite is refused when every component present has weight 0, or every one is missing', () => {
    const units = [
      { code: 'P', a: null, b: 1 },
      { code: 'Q', a: null, b: null },
      { code: 'R', a: 2, b: null },
    ];
    const batch = rankByCompositeBatch(units, {
      key: (unit) => unit.code,
      components: [
        { key: 'a', value: (unit) => unit.a, worst: 0, best: 2, weight: 1 },
        { key: 'b', value: (unit) => unit.b, worst: 0, best: 2, weight: 0 },
      ],
      maxMissingShare: 1,
      ties: 'standard',
      missing: 'last',
    });
    expect(batch.results().map((result) => [result.score?.toString() ?? null, result.reason, result.missing, result.rank, result.coverage.toString()])).toEqual([
      [null, 'every component present has weight 0 (missing: a)', ['a'], 2, '0.5'],
      [null, 'every component is missing', ['a', 'b'], 2, '0'],
      ['1', null, ['b'], 1, '0.5'],
    ]);
  });

  it('ties composites whose doubles differ and orders those that differ beyond a double, within each group', () => {
    const pairs = [
      { code: 'a', group: 'x', values: ['0.1', '0.7'] },
      { code: 'b', group: 'x', values: ['0.2', '0.6'] },
      { code: 'c', group: 'y', values: ['0.500000000000000000000000000001', '0.5'] },
      { code: 'd', group: 'y', values: ['0.5', '0.5'] },
      { code: 'e', group: 'x', values: ['0.3', '0.4'] },
      { code: 'f', group: 'y', values: ['0.5', '0.499999999999999999999999999999'] },
    ];
    const batch = rankByCompositeBatch(pairs, {
      key: (pair) => pair.code,
      group: (pair) => pair.group,
      components: [0, 1].map((index) => ({ key: `c${String(index)}`, value: (pair: (typeof pairs)[number]) => pair.values[index] ?? null, worst: 0, best: 1, weight: 1 })),
      maxMissingShare: 0,
      ties: 'dense',
      missing: 'last',
    });
    expect(pairs.map((_, index) => [batch.rank(index), batch.tieSize(index), batch.outOf(index)])).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 1, 3],
      [2, 1, 3],
      [2, 1, 3],
      [3, 1, 3],
    ]);
    expect(batch.results().map((result) => [result.group, result.score?.toString()])).toEqual([
      ['x', '0.4'],
      ['x', '0.4'],
      ['y', '0.5000000000000000000000000000005'],
      ['y', '0.5'],
      ['x', '0.35'],
      ['y', '0.4999999999999999999999999999995'],
    ]);
  });

  it('ties equal composites whose doubles differ when every value is short, in both signs and directions', () => {
    // No value beyond a double's exact whole numbers: the ranks come from the doubles and their error bounds.
    // 0.1 + 0.7 is 0.7999999999999999 in doubles, 0.2 + 0.6 is 0.8; unclamped, −0.1 − 0.7 and −0.2 − 0.6 likewise.
    const pairs = [
      { code: 'a', values: ['0.1', '0.7'] },
      { code: 'b', values: ['0.2', '0.6'] },
      { code: 'c', values: ['0.3', '0.4'] },
      { code: 'd', values: ['-0.1', '-0.7'] },
      { code: 'e', values: ['-0.2', '-0.6'] },
      { code: 'f', values: ['0.4', '0.4'] },
    ];
    for (const direction of ['descending', 'ascending'] as const) {
      const batch = rankByCompositeBatch(pairs, {
        key: (pair) => pair.code,
        components: [0, 1].map((index) => ({ key: `c${String(index)}`, value: (pair: (typeof pairs)[number]) => pair.values[index] ?? null, worst: 0, best: 1, weight: 1, clamp: false })),
        maxMissingShare: 0,
        ties: 'standard',
        missing: 'last',
        direction,
      });
      expect([batch.ranks(), pairs.map((_, index) => batch.tieSize(index))]).toEqual(
        direction === 'descending' ? [[1, 1, 4, 5, 5, 1], [3, 3, 1, 2, 2, 3]] : [[4, 4, 3, 1, 1, 4], [3, 3, 1, 2, 2, 3]],
      );
      expect(batch.results().map((result) => result.score?.toString())).toEqual(['0.4', '0.4', '0.35', '-0.4', '-0.4', '0.4']);
    }
  });
});
