import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompositeRankComponent,
  type CompositeRankOptions,
  Decimal,
  type MissingRule,
  type RankDirection,
  type TieMethod,
  rankByComposite,
  rankByCompositeBatch,
  tieMethods,
} from '../../src/index.js';
import { indexRefusals, oneItemIndexRefusals } from '../helpers.js';
import { caught } from './caught.js';

interface Unit {
  readonly code: string;
  readonly group: string;
  readonly values: readonly (string | null)[];
}

interface Indicator {
  readonly worst: string;
  readonly best: string;
  readonly weight: string;
  readonly clamp: boolean;
}

interface Case {
  readonly indicators: readonly Indicator[];
  readonly units: readonly Unit[];
  readonly grouped: boolean;
  readonly maxMissingShare: string;
  readonly ties: TieMethod;
  readonly missing: MissingRule;
  readonly direction: RankDirection;
  readonly keyTieBreak: boolean;
}

function optionsOf(data: Case): CompositeRankOptions<Unit> {
  const components: CompositeRankComponent<Unit>[] = data.indicators.map((indicator, index) => ({
    key: `i${String(index)}`,
    value: (unit: Unit) => unit.values[index] ?? null,
    worst: indicator.worst,
    best: indicator.best,
    weight: indicator.weight,
    clamp: indicator.clamp,
  }));
  return {
    key: (unit) => unit.code,
    ...(data.grouped ? { group: (unit: Unit) => unit.group } : {}),
    components,
    maxMissingShare: data.maxMissingShare,
    ties: data.ties,
    missing: data.missing,
    direction: data.direction,
    ...(data.keyTieBreak && data.ties === 'ordinal' ? { tieBreak: 'key' as const } : {}),
  };
}

/**
 * Random rankings: up to 6 indicators with bounds of either sign and of several scales (whole numbers,
 * tenths, hundredths, and some of 20 digits, beyond safe integers), weights that are whole, decimal or
 * 0; values drawn from few levels (so that exact ties occur, often reached through different values)
 * beyond both bounds, some negative, some of 20 or more digits, about one in seven missing.
 */
const scales = ['1', '0.1', '0.01', '100000000000000000000'];
const cases: fc.Arbitrary<Case> = fc
  .record({
    indicators: fc.array(
      fc.record({
        worst: fc.integer({ min: -30, max: 30 }),
        span: fc.constantFrom(1, 2, 3, 4, 5, 7, 10, 12, 25),
        lowerIsBetter: fc.boolean(),
        scale: fc.constantFrom(...scales),
        weight: fc.constantFrom('0', '1', '2', '3', '0.5', '1.25', '7'),
        clamp: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    grouped: fc.boolean(),
    ties: fc.constantFrom(...tieMethods),
    missing: fc.constantFrom<MissingRule>('last', 'first', 'unranked'),
    direction: fc.constantFrom<RankDirection>('descending', 'ascending'),
    keyTieBreak: fc.boolean(),
    maxMissingShare: fc.constantFrom('0', '0.2', '0.5', '1'),
  })
  .filter((drawn) => drawn.indicators.some((item) => item.weight !== '0'))
  .chain((drawn) => {
    const indicators: Indicator[] = drawn.indicators.map((item) => {
      const scale = new Decimal(item.scale);
      const worst = scale.times(item.worst);
      const best = worst.plus(scale.times(item.lowerIsBetter ? -item.span : item.span));
      return { worst: worst.toString(), best: best.toString(), weight: item.weight, clamp: item.clamp };
    });
    // Values on a grid of a quarter of the span's unit, from a span below the lower bound to a span
    // beyond the upper one; now and then one with a tail of 25 more digits.
    const value = (indicator: Indicator) => {
      const worst = new Decimal(indicator.worst);
      const span = new Decimal(indicator.best).minus(worst);
      const level = fc.integer({ min: -4, max: 8 }).map((quarters) => worst.plus(span.times(quarters).div(4)));
      const drawnValue = fc.tuple(level, fc.integer({ min: 0, max: 19 })).map(([base, tail]) => (tail === 0 ? base.plus('1e-25').toString() : base.toString()));
      return fc.option(drawnValue, { freq: 7 });
    };
    const unit = fc.record({ group: fc.constantFrom('A', 'B', 'C'), values: fc.tuple(...indicators.map(value)) });
    return fc.array(unit, { minLength: 1, maxLength: 30 }).map((units) => ({
      ...drawn,
      indicators,
      // Keys in scrambled order, so that a key tie break differs from input order.
      units: units.map((drawnUnit, index) => ({ code: `U${String((index * 7) % 31).padStart(2, '0')}`, group: drawnUnit.group, values: drawnUnit.values })),
    }));
  });

describe('rankByCompositeBatch', () => {
  it('gives the ranks, ties, scores and results of rankByComposite, exactly', () => {
    fc.assert(
      fc.property(cases, (data) => {
        const options = optionsOf(data);
        const expected = rankByComposite(data.units, options);
        const batch = rankByCompositeBatch(data.units, options);
        expect(batch.length).toBe(expected.length);
        expect(batch.ranks()).toEqual(expected.map((result) => result.rank));
        expected.forEach((result, index) => {
          expect([batch.rank(index), batch.tieSize(index), batch.outOf(index)]).toEqual([result.rank, result.tieSize, result.outOf]);
          // Scores are compared as text (every digit) and as values: read lazily, they are the same Decimals.
          expect(batch.score(index)?.toString() ?? null).toBe(result.score?.toString() ?? null);
        });
        expect(batch.results()).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('sees that the generated rankings hold ties, refused composites and values beyond safe integers', () => {
    // The property above is only as strong as its cases: check that they reach what it is meant to test.
    const samples = fc.sample(cases, 300);
    let tied = 0;
    let refused = 0;
    let long = 0;
    for (const data of samples) {
      const results = rankByComposite(data.units, optionsOf(data));
      if (results.some((result) => result.rank !== null && result.tieSize > 1 && result.score !== null)) tied += 1;
      if (results.some((result) => result.score === null)) refused += 1;
      if (data.units.some((unit) => unit.values.some((value) => value !== null && value.replace(/[-.]/g, '').length > 16))) long += 1;
    }
    expect(tied).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(30);
    expect(long).toBeGreaterThan(30);
  });

  it('ties composites reached through different values, and splits those apart by less than the 40th digit', () => {
    const units = [
      { code: 'B', values: ['1', '1'] },
      { code: 'C', values: ['2', '0'] },
      { code: 'X', values: ['12345678901234567890.000000000000000000001', '0'] },
      { code: 'Y', values: ['12345678901234567890', '0'] },
    ];
    const batch = rankByCompositeBatch(units, {
      key: (unit) => unit.code,
      components: [0, 1].map((index) => ({ key: `v${String(index)}`, value: (unit: (typeof units)[number]) => unit.values[index], worst: 0, best: '24691357802469135780', weight: 1, clamp: false })),
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'last',
    });
    // X and Y round to the same 40-digit score, yet X ranks first; B and C tie far below them.
    expect(batch.ranks()).toEqual([3, 3, 1, 2]);
    expect([batch.tieSize(0), batch.tieSize(2), batch.score(2)?.toString(), batch.score(3)?.toString()]).toEqual([2, 1, '0.25', '0.25']);
  });

  it('refuses what rankByComposite refuses, with its messages, and an index that is not an item', () => {
    const item = { code: 'A', value: 1 };
    const base = { key: (unit: typeof item) => unit.code, maxMissingShare: 0, ties: 'standard', missing: 'last' } as const;
    const component = { key: 'v', value: (unit: typeof item) => unit.value, worst: 0, best: 2, weight: 1 };
    const bad: CompositeRankOptions<typeof item>[] = [
      { ...base, components: [{ ...component, worst: '2', best: 2 }] },
      { ...base, components: [] },
      { ...base, components: [component], maxMissingShare: '1.5' },
      { ...base, components: [component], tieBreak: 'key' },
    ];
    for (const options of bad) {
      const expected = caught(() => rankByComposite([item], options));
      expect([caught(() => rankByCompositeBatch([item], options)).code, caught(() => rankByCompositeBatch([item], options)).message]).toEqual([expected.code, expected.message]);
    }
    expect(caught(() => rankByCompositeBatch([item, item], { ...base, components: [component] })).message).toBe(
      'each item of a ranking needs its own key; these keys occur more than once: "A"',
    );
    expect(caught(() => rankByCompositeBatch('A' as unknown as (typeof item)[], { ...base, components: [component] })).message).toBe(
      'rankByCompositeBatch needs an array of items; got "A"',
    );
    const batch = rankByCompositeBatch([item], { ...base, components: [component] });
    expect(indexRefusals([(index) => batch.rank(index), (index) => batch.score(index), (index) => batch.result(index), (index) => batch.tieSize(index), (index) => batch.outOf(index)])).toEqual(oneItemIndexRefusals);
    expect([batch.rank(0), batch.score(0)?.toString(), batch.result(0).reason]).toEqual([1, '0.5', null]);
  });
});
