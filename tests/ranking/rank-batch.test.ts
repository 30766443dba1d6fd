/*
 * rankWithinGroupsBatch against rankWithinGroups, and the rankings of values given as numbers (held
 * as their own sort keys, their Decimals made only when asked) against the same values given as the
 * Decimals toDecimal makes of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type DecimalInput,
  isDecimalInput,
  type MissingRule,
  type RankDirection,
  type TieMethod,
  percentileRank,
  rank,
  rankWithinGroups,
  rankWithinGroupsBatch,
  tieMethods,
  toDecimal,
} from '../../src/index.js';
import { indexRefusals, oneItemIndexRefusals } from '../helpers.js';
import { caught } from './caught.js';

interface Unit {
  readonly code: string;
  readonly group: string;
  readonly value: DecimalInput | null;
}

interface Settings {
  readonly direction: RankDirection;
  readonly ties: TieMethod;
  readonly missing: MissingRule;
  readonly keyTieBreak: boolean;
}

function optionsOf(settings: Settings) {
  return {
    key: (unit: Unit) => unit.code,
    group: (unit: Unit) => unit.group,
    value: (unit: Unit) => unit.value,
    direction: settings.direction,
    ties: settings.ties,
    missing: settings.missing,
    ...(settings.keyTieBreak && settings.ties === 'ordinal' ? { tieBreak: 'key' as const } : {}),
  };
}

// Few levels, so that ties are common; each level as a number, a string or a Decimal; numbers of
// every size a double has in the domain, and ones outside the usual range of a number key.
const level = fc.oneof(
  fc.integer({ min: -12, max: 12 }).map((quarters) => quarters / 4),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0.1 + 0.2, 0.3, 8.000000000000002, 1e-95, -1e95, 1e-100, 9.5e100, -0, 0, Number.MAX_SAFE_INTEGER),
  // Subnormal doubles are outside the domain; the refusals are tested below.
).filter(isDecimalInput);
const shapedValue = fc.tuple(level, fc.integer({ min: 0, max: 3 })).map(([number, shape]): DecimalInput => {
  if (shape === 0) return toDecimal(number);
  if (shape === 1) return String(number);
  return number;
});

/**
 * 80.00000000000001 and 80.00000000000002 are two values of 16 digits (three words of decimal.js, a
 * whole number of digits below 2^53) whose correctly rounded doubles are one and the same: equal keys
 * that only the exact comparison orders. A number can only be the first (the double's shortest form).
 */
const sharedDouble = fc.constantFrom<DecimalInput>(
  new Decimal('80.00000000000001'),
  new Decimal('80.00000000000002'),
  '80.00000000000002',
  Number('80.00000000000002'),
  80,
);

const settings: fc.Arbitrary<Settings> = fc.record({
  direction: fc.constantFrom<RankDirection>('descending', 'ascending'),
  ties: fc.constantFrom(...tieMethods),
  missing: fc.constantFrom<MissingRule>('last', 'first', 'unranked'),
  keyTieBreak: fc.boolean(),
});

// Up to 60 items in at most three groups: groups of more than 24 are sorted by the engine's sort.
const unitsArbitrary = fc
  .array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.option(fc.oneof(shapedValue, sharedDouble), { freq: 6 })), { maxLength: 60 })
  .map((rows) => rows.map(([group, value], index): Unit => ({ code: `U${String((index * 7) % 61).padStart(2, '0')}`, group, value })));

describe('rankWithinGroupsBatch', () => {
  it('gives every rank, tie size, ranking size, value and result of rankWithinGroups', () => {
    fc.assert(
      fc.property(unitsArbitrary, settings, (units, drawn) => {
        const expected = rankWithinGroups(units, optionsOf(drawn));
        const batch = rankWithinGroupsBatch(units, optionsOf(drawn));
        expect(batch.length).toBe(units.length);
        expect(batch.ranks()).toEqual(expected.map((result) => result.rank));
        expected.forEach((result, index) => {
          expect([batch.rank(index), batch.tieSize(index), batch.outOf(index), batch.value(index)]).toEqual([result.rank, result.tieSize, result.outOf, result.value]);
          expect(batch.result(index)).toEqual(result);
        });
        expect(batch.results()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks values given as numbers as it ranks the Decimals toDecimal makes of them', () => {
    const numbers = fc.array(fc.tuple(fc.constantFrom('A', 'B'), fc.option(level, { freq: 6 })), { maxLength: 60 });
    fc.assert(
      fc.property(numbers, settings, (rows, drawn) => {
        const units = rows.map(([group, value], index): Unit => ({ code: `U${String(index)}`, group, value }));
        const decimals = units.map((unit): Unit => ({ ...unit, value: unit.value === null ? null : toDecimal(unit.value) }));
        const options = optionsOf(drawn);
        const withoutItems = <R extends { readonly item: unknown }>(results: readonly R[]) => results.map(({ item: _item, ...rest }) => rest);
        expect(rankWithinGroupsBatch(units, options).ranks()).toEqual(rankWithinGroups(decimals, options).map((result) => result.rank));
        expect(withoutItems(rankWithinGroups(units, options))).toEqual(withoutItems(rankWithinGroups(decimals, options)));
        expect(withoutItems(rank(units, options))).toEqual(withoutItems(rank(decimals, options)));
        expect(withoutItems(percentileRank(units, options))).toEqual(withoutItems(percentileRank(decimals, options)));
      }),
      { numRuns: 300 },
    );
  });

  it('orders values whose correctly rounded doubles are equal by their exact values, in small and large groups', () => {
    // B is above A and C, which are equal (C is the number whose shortest form is A's text).
    const four: Unit[] = [
      { code: 'A', group: 'G', value: new Decimal('80.00000000000001') },
      { code: 'B', group: 'G', value: '80.00000000000002' },
      { code: 'C', group: 'G', value: Number('80.00000000000002') },
      { code: 'D', group: 'G', value: 80 },
    ];
    const descending = optionsOf({ direction: 'descending', ties: 'standard', missing: 'last', keyTieBreak: false });
    expect(rankWithinGroupsBatch(four, descending).ranks()).toEqual([2, 1, 2, 4]);
    expect(rankWithinGroups(four, descending).map((result) => result.tieSize)).toEqual([2, 1, 2, 1]);
    expect(rankWithinGroupsBatch(four.slice(0, 2), descending).ranks()).toEqual([2, 1]);
    // The same values in a group of 30 (sorted by the engine's sort), and tied ones broken by key.
    const values = four.map((unit) => unit.value);
    const thirty = Array.from({ length: 30 }, (_, index): Unit => ({ code: `U${String(99 - index)}`, group: 'G', value: values[(index * 7) % 4] ?? null }));
    const greater = (unit: Unit) => thirty.filter((other) => new Decimal(String(other.value)).gt(new Decimal(String(unit.value)))).length;
    expect(rankWithinGroupsBatch(thirty, descending).ranks()).toEqual(thirty.map((unit) => greater(unit) + 1));
    const ordinal = rankWithinGroupsBatch(four, optionsOf({ direction: 'ascending', ties: 'ordinal', missing: 'last', keyTieBreak: true }));
    expect(ordinal.ranks()).toEqual([2, 4, 3, 1]);
  });

  it('orders a number and a Decimal that share a double by their exact values', () => {
    // 8.000000000000001 is no double: Number reads it as the double whose shortest form is 8.000000000000002.
    const units: Unit[] = [
      { code: 'text', group: 'A', value: new Decimal('8.000000000000001') },
      { code: 'number', group: 'A', value: Number('8.000000000000001') },
      { code: 'same', group: 'A', value: new Decimal('8.000000000000002') },
      { code: 'eight', group: 'A', value: 8 },
    ];
    const batch = rankWithinGroupsBatch(units, optionsOf({ direction: 'descending', ties: 'standard', missing: 'last', keyTieBreak: false }));
    expect(batch.ranks()).toEqual([3, 1, 1, 4]);
    expect([batch.value(1)?.toString(), batch.tieSize(1), batch.tieSize(0)]).toEqual(['8.000000000000002', 2, 1]);
    const ascending = rankWithinGroupsBatch(units, optionsOf({ direction: 'ascending', ties: 'dense', missing: 'last', keyTieBreak: false }));
    expect(ascending.ranks()).toEqual([2, 3, 3, 1]);
  });

  it('ranks 30 numbers in one group (the engine’s sort) as the definition does', () => {
    const points = Array.from({ length: 30 }, (_, index) => 100 - Math.floor(index / 3) / 10);
    const units = points.map((_, index): Unit => ({ code: `C${String(index)}`, group: 'A', value: points[(index * 7) % 30] ?? 0 }));
    const ranks = rankWithinGroupsBatch(units, optionsOf({ direction: 'descending', ties: 'standard', missing: 'last', keyTieBreak: false })).ranks();
    units.forEach((unit, index) => {
      expect(ranks[index]).toBe(units.filter((other) => Number(other.value) > Number(unit.value)).length + 1);
    });
  });

  it('refuses what rankWithinGroups refuses, with its messages, and an index that is not an item', () => {
    const options = optionsOf({ direction: 'descending', ties: 'standard', missing: 'last', keyTieBreak: false });
    const bad: [string, () => unknown, () => unknown][] = [
      ['NaN', () => rankWithinGroupsBatch([{ code: 'A', group: 'G', value: Number.NaN }], options), () => rankWithinGroups([{ code: 'A', group: 'G', value: Number.NaN }], options)],
      ['subnormal', () => rankWithinGroupsBatch([{ code: 'A', group: 'G', value: 5e-324 }], options), () => rankWithinGroups([{ code: 'A', group: 'G', value: 5e-324 }], options)],
      ['huge', () => rankWithinGroupsBatch([{ code: 'A', group: 'G', value: 1e300 }], options), () => rankWithinGroups([{ code: 'A', group: 'G', value: 1e300 }], options)],
      [
        'twice',
        () => rankWithinGroupsBatch([{ code: 'A', group: 'G', value: 1 }, { code: 'A', group: 'H', value: 2 }], options),
        () => rankWithinGroups([{ code: 'A', group: 'G', value: 1 }, { code: 'A', group: 'H', value: 2 }], options),
      ],
    ];
    for (const [, batch, records] of bad) {
      const expected = caught(records);
      expect([caught(batch).code, caught(batch).message]).toEqual([expected.code, expected.message]);
    }
    expect(caught(() => rankWithinGroupsBatch([{ code: 'A', group: 'G', value: 5e-324 }], options)).message).toBe(
      'value of "A" must have an exponent from -100 to 100 (a size from 1e-100 to below 1e101); got 5e-324',
    );
    expect(caught(() => rankWithinGroupsBatch('A' as unknown as Unit[], options)).message).toBe('rankWithinGroupsBatch needs an array of items; got "A"');
    const noGroup = caught(() => rankWithinGroupsBatch([], { ...options, group: undefined as unknown as (unit: Unit) => string }));
    expect([noGroup.code, noGroup.message]).toEqual(['invalid-argument', 'group must be a function that returns a group code for an item; got nothing']);
    const batch = rankWithinGroupsBatch([{ code: 'A', group: 'G', value: 1.5 }], options);
    expect(indexRefusals([(index) => batch.rank(index), (index) => batch.value(index), (index) => batch.result(index), (index) => batch.tieSize(index), (index) => batch.outOf(index)])).toEqual(oneItemIndexRefusals);
    expect([batch.rank(0), batch.value(0)?.toString(), batch.result(0).group]).toEqual([1, '1.5', 'G']);
  });
});
