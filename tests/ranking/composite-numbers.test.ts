import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompositeRankOptions, type Decimal, type MissingRule, type TieMethod, rankByComposite, rankByCompositeBatch, isDecimalInput, tieMethods, toDecimal } from '../../src/index.js';
import { caught } from './caught.js';

/**
 * Values given as numbers are read without a Decimal each (the batch writes a number's shortest
 * decimal straight into its whole numbers); the results must be those of the same values given as the
 * Decimals that toDecimal makes of them.
 */
interface Unit<V> {
  readonly code: string;
  readonly group: string;
  readonly values: readonly (V | null)[];
}

interface Settings {
  readonly bounds: readonly (readonly [number, number, number])[];
  readonly ties: TieMethod;
  readonly missing: MissingRule;
  readonly grouped: boolean;
}

function optionsOf<V extends number | Decimal>(settings: Settings): CompositeRankOptions<Unit<V>> {
  return {
    key: (unit) => unit.code,
    ...(settings.grouped ? { group: (unit: Unit<V>) => unit.group } : {}),
    components: settings.bounds.map(([worst, best, weight], index) => ({ key: `i${String(index)}`, value: (unit: Unit<V>) => unit.values[index] ?? null, worst, best, weight })),
    maxMissingShare: '0.5',
    ties: settings.ties,
    missing: settings.missing,
  };
}

/** The same units with each number made a Decimal by toDecimal. */
function asDecimals(units: readonly Unit<number>[]): Unit<Decimal>[] {
  return units.map((unit) => ({ ...unit, values: unit.values.map((value) => (value === null ? null : toDecimal(value))) }));
}

/** Everything of a result but the item, which differs by construction (numbers against Decimals). */
function withoutItems(results: readonly { readonly item: unknown }[]): unknown[] {
  return results.map(({ item: _item, ...rest }) => rest);
}

// Numbers of every kind a JSON file gives: short decimals, long binary fractions (0.1 + 0.2), whole
// numbers up to and beyond 2^53, tiny and huge magnitudes within the domain, and negative zero.
const numbers = fc.oneof(
  fc.integer({ min: -2000, max: 2000 }).map((tenths) => tenths / 10),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: 1e-30, max: 1e30, noNaN: true }),
  fc.constantFrom(0.1 + 0.2, 9_007_199_254_740_991, Number('9007199254740993'), 1e20, 123_456_789_012_345.6, 1e-7, -0, 0, 1e-100, 9.99e100),
  // Subnormal doubles are outside the domain: the test of refusals below covers them.
).filter(isDecimalInput);

const settings: fc.Arbitrary<Settings> = fc.record({
  bounds: fc.array(
    fc.constantFrom<readonly [number, number, number]>([0, 100, 1], [100, 0, 2], [-1e6, 1e6, 1], [0.1, 0.3, 3], [1e-30, 1e30, 1], [0, Number('9007199254740993'), 1]),
    { minLength: 1, maxLength: 4 },
  ),
  ties: fc.constantFrom(...tieMethods),
  missing: fc.constantFrom<MissingRule>('last', 'first', 'unranked'),
  grouped: fc.boolean(),
});

const cases = settings.chain((drawn) =>
  fc
    .array(fc.record({ group: fc.constantFrom('A', 'B'), values: fc.array(fc.option(numbers, { freq: 6 }), { minLength: drawn.bounds.length, maxLength: drawn.bounds.length }) }), {
      minLength: 1,
      maxLength: 25,
    })
    .map((units) => ({ settings: drawn, units: units.map((unit, index): Unit<number> => ({ code: `U${String(index)}`, ...unit })) })),
);

describe('rankByComposite and rankByCompositeBatch on numbers', () => {
  it('give the results of the same values as Decimals, every digit', () => {
    fc.assert(
      fc.property(cases, ({ settings: drawn, units }) => {
        const decimals = asDecimals(units);
        const expected = rankByComposite(decimals, optionsOf<Decimal>(drawn));
        expect(withoutItems(rankByComposite(units, optionsOf<number>(drawn)))).toEqual(withoutItems(expected));
        const batch = rankByCompositeBatch(units, optionsOf<number>(drawn));
        expect(batch.ranks()).toEqual(expected.map((result) => result.rank));
        expect(units.map((_, index) => batch.score(index)?.toString() ?? null)).toEqual(expected.map((result) => result.score?.toString() ?? null));
      }),
      { numRuns: 300 },
    );
  });

  it('read a number of 16 or 17 digits, a whole number beyond 2^53 and negative zero as toDecimal does', () => {
    const units: Unit<number>[] = [
      { code: 'A', group: 'G', values: [0.1 + 0.2] },
      { code: 'B', group: 'G', values: [0.3] },
      { code: 'C', group: 'G', values: [Number('9007199254740993')] },
      { code: 'D', group: 'G', values: [-0] },
    ];
    const options = {
      key: (unit: Unit<number>) => unit.code,
      components: [{ key: 'v', value: (unit: Unit<number>) => unit.values[0] ?? null, worst: 0, best: '0.6', weight: 1, clamp: false }],
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'last',
    } as const;
    const results = rankByComposite(units, options);
    // 0.30000000000000004 is above 0.3, exactly; 2^53 + 1 is read as the double's shortest decimal, 9007199254740992.
    expect(results.map((result) => [result.key, result.score?.toString(), result.rank])).toEqual([
      ['A', '0.5000000000000000666666666666666666666667', 2],
      ['B', '0.5', 3],
      ['C', '15011998757901653.33333333333333333333333', 1],
      ['D', '0', 4],
    ]);
    expect(rankByCompositeBatch(units, options).ranks()).toEqual([2, 3, 1, 4]);
  });

  it('refuse a number outside the domain with the message a Decimal input gets', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e-200, 2e101]) {
      const options = {
        key: (unit: { code: string; value: number }) => unit.code,
        components: [{ key: 'v', value: (unit: { code: string; value: number }) => unit.value, worst: 0, best: 1, weight: 1 }],
        maxMissingShare: 0,
        ties: 'standard',
        missing: 'last',
      } as const;
      const fromNumber = caught(() => rankByCompositeBatch([{ code: 'A', value: 1 }, { code: 'B', value: bad }], options));
      const expected = caught(() => toDecimal(bad, 'value of component "v" of "B"'));
      expect([fromNumber.code, fromNumber.message]).toEqual([expected.code, expected.message]);
      const records = caught(() => rankByComposite([{ code: 'B', value: bad }], options));
      expect(records.message).toBe(expected.message);
    }
  });
});
