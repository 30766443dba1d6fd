import { describe, expect, it } from 'vitest';
import { type CompositeRankOptions, rankByComposite, rankByCompositeBatch } from '../../src/index.js';
import { caught } from './caught.js';

interface Row {
  readonly code: string;
  readonly v: number | null;
  readonly w?: number | null;
}

const both = [
  { name: 'rankByComposite', run: <T>(items: readonly T[], options: CompositeRankOptions<T>) => rankByComposite(items, options) },
  { name: 'rankByCompositeBatch', run: <T>(items: readonly T[], options: CompositeRankOptions<T>) => rankByCompositeBatch(items, options).results() },
] as const;

const income = { key: 'v', value: (row: Row) => row.v, worst: 0, best: 1, weight: 1 };
const base: CompositeRankOptions<Row> = { key: (row) => row.code, components: [income], maxMissingShare: 0, ties: 'standard', missing: 'last' };
const rows: Row[] = [{ code: 'a', v: 1 }];

describe.each(both)('$name: what a refusal names', ({ name, run }) => {
  it('names the bound, weight or option that is not a number or not a choice, and where it is', () => {
    const second = (field: 'worst' | 'best' | 'weight') => ({ key: 'w', value: (row: Row) => row.v, worst: 0, best: 1, weight: 1, [field]: 'x' });
    const number = "must be a decimal number such as '12.5' or 12.5; got the string \"x\"";
    expect(caught(() => run(rows, { ...base, components: [income, second('worst')] }))).toMatchObject({ code: 'invalid-number', message: `components[1].worst ${number}` });
    expect(caught(() => run(rows, { ...base, components: [income, second('best')] }))).toMatchObject({ code: 'invalid-number', message: `components[1].best ${number}` });
    expect(caught(() => run(rows, { ...base, components: [income, second('weight')] }))).toMatchObject({ code: 'invalid-number', message: `components[1].weight ${number}` });
    expect(caught(() => run(rows, { ...base, maxMissingShare: 'x' }))).toMatchObject({ code: 'invalid-number', message: `maxMissingShare ${number}` });
    const choice = (options: object) => caught(() => run(rows, { ...base, ...options }));
    expect(choice({ direction: 'up' })).toMatchObject({ code: 'invalid-argument', message: "direction must be one of 'descending', 'ascending'; got \"up\"" });
    expect(choice({ ties: 'x' })).toMatchObject({ code: 'invalid-argument', message: "ties must be one of 'standard', 'modified', 'dense', 'ordinal', 'fractional'; got \"x\"" });
    expect(choice({ missing: 'x' })).toMatchObject({ code: 'invalid-argument', message: "missing must be one of 'last', 'first', 'unranked'; got \"x\"" });
    expect(choice({ group: 'g' })).toMatchObject({ code: 'invalid-argument', message: 'group must be a function that returns a group code for an item; got "g"' });
    // Refused before any item is read, so also when there is none.
    expect(caught(() => run([], { ...base, group: 'g' as unknown as (row: Row) => string }))).toMatchObject({
      code: 'invalid-argument',
      message: 'group must be a function that returns a group code for an item; got "g"',
    });
    expect(caught(() => run('nope' as unknown as Row[], base))).toMatchObject({ code: 'invalid-argument', message: `${name} needs an array of items; got "nope"` });
  });

  it('says why a composite whose present components all weigh 0 has no score', () => {
    const options: CompositeRankOptions<Row> = {
      ...base,
      components: [income, { key: 'w', value: (row: Row) => row.w ?? null, worst: 0, best: 1, weight: 0 }],
      maxMissingShare: '0.5',
    };
    expect(run([{ code: 'a', v: null, w: 1 }], options).map((result) => [result.score, result.reason])).toEqual([[null, 'every component present has weight 0 (missing: v)']]);
  });

  it('lists every missing component, comma-separated, beside present ones that all weigh 0', () => {
    // 'v' and 'u' both read v, which is missing; 'w' is present and weighs 0.
    const options: CompositeRankOptions<Row> = {
      ...base,
      components: [
        income,
        { key: 'u', value: (row: Row) => row.v, worst: 0, best: 1, weight: 2 },
        { key: 'w', value: (row: Row) => row.w ?? null, worst: 0, best: 1, weight: 0 },
      ],
      maxMissingShare: 1,
    };
    expect(run([{ code: 'a', v: null, w: 1 }], options).map((result) => [result.score, result.missing, result.reason])).toEqual([
      [null, ['v', 'u'], 'every component present has weight 0 (missing: v, u)'],
    ]);
  });
});
