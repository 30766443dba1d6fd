import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompositeRankComponent,
  type CompositeScore,
  Decimal,
  type MissingRule,
  type TieMethod,
  compositeScore,
  normalizeMinMax,
  rankByComposite,
  rankWithinGroups,
  tieMethods,
} from '../../src/index.js';
import { caught } from './caught.js';

interface Unit {
  readonly code: string;
  readonly group: string;
  readonly values: readonly (string | null)[];
}

interface Indicator {
  readonly worst: number;
  readonly best: number;
  readonly weight: number;
  readonly clamp: boolean;
}

interface Case {
  readonly indicators: readonly Indicator[];
  readonly units: readonly Unit[];
  readonly maxMissingShare: string;
  readonly ties: TieMethod;
  readonly missing: MissingRule;
}

function components(indicators: readonly Indicator[]): CompositeRankComponent<Unit>[] {
  return indicators.map((indicator, index) => ({
    key: `i${String(index)}`,
    value: (unit: Unit) => unit.values[index] ?? null,
    worst: indicator.worst,
    best: indicator.best,
    weight: indicator.weight,
    clamp: indicator.clamp,
  }));
}

/** The step-by-step pipeline: normalizeMinMax per value, compositeScore per unit, and the largest |wᵢnᵢ| / Σw seen. */
function stepByStep(data: Case): { composite: CompositeScore; magnitude: Decimal }[] {
  const totalWeight = data.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
  return data.units.map((unit) => {
    let magnitude = new Decimal(0);
    const parts = data.indicators.map((indicator, index) => {
      const raw = unit.values[index] ?? null;
      const value = raw === null ? null : normalizeMinMax(raw, { worst: indicator.worst, best: indicator.best, clamp: indicator.clamp });
      if (value !== null) magnitude = Decimal.max(magnitude, value.abs().times(indicator.weight).div(totalWeight));
      return { key: `i${String(index)}`, value, weight: indicator.weight };
    });
    return { composite: compositeScore(parts, { aggregation: 'arithmetic', maxMissingShare: data.maxMissingShare }), magnitude };
  });
}

function stepRanks(data: Case, scores: readonly (Decimal | null)[]) {
  return rankWithinGroups(
    data.units.map((unit, index) => ({ unit, score: scores[index] ?? null })),
    { key: (entry) => entry.unit.code, group: (entry) => entry.unit.group, value: (entry) => entry.score, direction: 'descending', ties: data.ties, missing: data.missing },
  );
}

function batch(data: Case) {
  return rankByComposite(data.units, {
    key: (unit) => unit.code,
    group: (unit) => unit.group,
    components: components(data.indicators),
    maxMissingShare: data.maxMissingShare,
    ties: data.ties,
    missing: data.missing,
  });
}

/**
 * Random cases: up to 6 indicators whose spans come from `spans` (either direction), values with one
 * decimal place from a span below the worst bound to a span beyond the best (so that clamping
 * happens both ways and unclamped scores stay between −1 and 2), about one value in eight missing.
 */
function cases(spans: readonly number[]): fc.Arbitrary<Case> {
  const indicator = fc.record({
    worst: fc.integer({ min: -20, max: 20 }),
    span: fc.constantFrom(...spans),
    lowerIsBetter: fc.boolean(),
    weight: fc.integer({ min: 0, max: 5 }),
    clamp: fc.boolean(),
  });
  return fc
    .record({
      indicators: fc.array(indicator, { minLength: 1, maxLength: 6 }),
      ties: fc.constantFrom(...tieMethods),
      missing: fc.constantFrom<MissingRule>('last', 'first', 'unranked'),
      maxMissingShare: fc.constantFrom('0', '0.2', '0.5', '1'),
    })
    .filter((drawn) => drawn.indicators.some((item) => item.weight > 0))
    .chain((drawn) => {
      const indicators: Indicator[] = drawn.indicators.map((item) => ({
        worst: item.worst,
        best: item.worst + (item.lowerIsBetter ? -item.span : item.span),
        weight: item.weight,
        clamp: item.clamp,
      }));
      // Tenths from a span below the lower bound to a span above the upper one.
      const value = (item: Indicator) => {
        const span = Math.abs(item.best - item.worst);
        const low = Math.min(item.worst, item.best) - span;
        return fc.option(fc.integer({ min: low * 10, max: (low + 3 * span) * 10 }).map((tenths) => new Decimal(tenths).div(10).toString()), { freq: 8 });
      };
      const unit = fc.record({ group: fc.constantFrom('A', 'B', 'C'), values: fc.tuple(...indicators.map(value)) });
      return fc.array(unit, { minLength: 1, maxLength: 25 }).map((units) => ({
        indicators,
        units: units.map((drawnUnit, index) => ({ code: `U${String(index)}`, group: drawnUnit.group, values: drawnUnit.values })),
        maxMissingShare: drawn.maxMissingShare,
        ties: drawn.ties,
        missing: drawn.missing,
      }));
    });
}

describe('rankByComposite', () => {
  it('gives exactly the scores and ranks of the step-by-step pipeline when every normalised value is exact', () => {
    // Spans that divide a power of ten make every (x − worst) / span a short terminating decimal, so
    // the step-by-step pipeline rounds nothing until its final division, which is correctly rounded,
    // as is the batch's one division: the two must agree digit for digit, ties included.
    fc.assert(
      fc.property(cases([1, 2, 4, 5, 8, 10, 20, 25, 40, 50]), (data) => {
        const steps = stepByStep(data);
        const results = batch(data);
        const expected = stepRanks(data, steps.map((step) => step.composite.score));
        results.forEach((result, index) => {
          const step = steps[index]?.composite;
          expect(result.score?.toString()).toBe(step?.score?.toString());
          expect([result.coverage.toString(), result.missing, result.reason]).toEqual([step?.coverage.toString(), step?.missing, step?.reason]);
          const ranked = expected[index];
          expect([result.key, result.group, result.rank, result.tieSize, result.outOf]).toEqual([ranked?.key, ranked?.group, ranked?.rank, ranked?.tieSize, ranked?.outOf]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the step-by-step scores to within 1e-35 and the ranks of the exact composites when normalised values are rounded', () => {
    // With spans such as 3 or 7 the step-by-step pipeline rounds each normalised value to 40 digits,
    // so two units with the same exact composite reached through different values can come out a
    // digit apart there (and be split), while the batch ties them exactly. The ranks to compare with
    // are therefore those of the step-by-step scores rounded to 25 digits: with spans up to 12, values
    // in tenths and weights up to 5, distinct exact composites have denominators below 1.4e7 and so
    // differ by more than 1e-15, far above 25 digits, while equal ones differ by about 1e-39, far below.
    fc.assert(
      fc.property(cases([1, 2, 3, 6, 7, 9, 11, 12]), (data) => {
        const steps = stepByStep(data);
        const results = batch(data);
        // An exact score of 0 reached through cancelling terms leaves a residue of about 1e-40 in the
        // step-by-step path, which no count of significant digits removes: read it as 0 (any other
        // exact score is above 1e-8 here).
        const settle = (score: Decimal | null) => (score === null ? null : score.abs().lt('1e-30') ? new Decimal(0) : score.toSignificantDigits(25));
        const expected = stepRanks(data, steps.map((step) => settle(step.composite.score)));
        results.forEach((result, index) => {
          const step = steps[index];
          const score = step?.composite.score ?? null;
          expect(result.score === null).toBe(score === null);
          if (result.score !== null && score !== null && step !== undefined) {
            // Relative to the size of the terms: where unclamped terms cancel, the score itself can be small.
            const scale = Decimal.max(score.abs(), step.magnitude);
            expect(result.score.minus(score).abs().lte(scale.times('1e-35'))).toBe(true);
          }
          expect([result.rank, result.tieSize, result.outOf]).toEqual([expected[index]?.rank, expected[index]?.tieSize, expected[index]?.outOf]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('ranks the textbook case A ahead of B, B equal to C, C ahead of D with every tie method', () => {
    // Two indicators of span 10, equal weights: A scores 0.9, B and C 0.7 by different values, D 0.5.
    const units = [
      { code: 'A', scores: [9, 9] },
      { code: 'B', scores: [6, 8] },
      { code: 'C', scores: [8, 6] },
      { code: 'D', scores: [5, 5] },
    ];
    const ranks = tieMethods.map((ties) =>
      rankByComposite(units, {
        key: (unit) => unit.code,
        components: [0, 1].map((index) => ({ key: `s${String(index)}`, value: (unit: (typeof units)[number]) => unit.scores[index], worst: 0, best: 10, weight: 1 })),
        maxMissingShare: 0,
        ties,
        missing: 'last',
      }).map((result) => result.rank),
    );
    expect(ranks).toEqual([[1, 2, 2, 4], [1, 3, 3, 4], [1, 2, 2, 3], [1, 2, 3, 4], [1, 2.5, 2.5, 4]]);
  });

  it('keeps a tie that only rounding would split: 1/3 + 1/3 equals 2/3 + 0', () => {
    const units = [
      { code: 'B', values: [1, 1] },
      { code: 'C', values: [2, 0] },
    ];
    const options = {
      key: (unit: (typeof units)[number]) => unit.code,
      components: [0, 1].map((index) => ({ key: `v${String(index)}`, value: (unit: (typeof units)[number]) => unit.values[index], worst: 0, best: 3, weight: 1 })),
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'last',
    } as const;
    // Step by step, 0.333…3 + 0.333…3 falls one unit in the 40th digit short of 0.666…7 + 0:
    const steps = units.map((unit) => weightedScore(unit.values.map((value) => normalizeMinMax(value, { worst: 0, best: 3 }))));
    expect(steps[0]?.eq(steps[1] ?? 0)).toBe(false);
    const results = rankByComposite(units, options);
    expect(results.map((result) => [result.score?.toString(), result.rank, result.tieSize])).toEqual([
      ['0.3333333333333333333333333333333333333333', 1, 2],
      ['0.3333333333333333333333333333333333333333', 1, 2],
    ]);
  });

  it('orders exactly beyond the 40 digits of the scores, for values too long for plain numbers', () => {
    // X is 0.5 + about 4e-41: both scores round to 0.5, yet X ranks first and they are not tied.
    const units = [
      { code: 'X', value: '12345678901234567890.000000000000000000001' },
      { code: 'Y', value: '12345678901234567890' },
    ];
    const results = rankByComposite(units, {
      key: (unit) => unit.code,
      components: [{ key: 'v', value: (unit) => unit.value, worst: 0, best: '24691357802469135780', weight: 1 }],
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'last',
    });
    expect(results.map((result) => [result.score?.toString(), result.rank, result.tieSize])).toEqual([
      ['0.5', 1, 1],
      ['0.5', 2, 1],
    ]);
  });

  it('applies the coverage rule of compositeScore and reports why a unit has no score', () => {
    const units = [
      { code: 'A', a: 1, b: null, c: null },
      { code: 'B', a: null, b: 1, c: 2 },
      { code: 'C', a: 2, b: 2, c: 2 },
    ];
    const results = rankByComposite(units, {
      key: (unit) => unit.code,
      components: [
        { key: 'a', value: (unit) => unit.a, worst: 0, best: 2, weight: 1 },
        { key: 'b', value: (unit) => unit.b, worst: 0, best: 2, weight: 0 },
        { key: 'c', value: (unit) => unit.c, worst: 0, best: 2, weight: 1 },
      ],
      maxMissingShare: '0.5',
      ties: 'standard',
      missing: 'unranked',
    });
    expect(results.map((result) => [result.score?.toString() ?? null, result.coverage.toFixed(3), result.missing, result.reason, result.rank])).toEqual([
      [null, '0.333', ['b', 'c'], '2 of 3 components missing (0.6667), more than the 0.5 allowed: b, c', null],
      ['1', '0.667', ['a'], null, 1],
      ['1', '1.000', [], null, 1],
    ]);
    const onlyZeroWeight = rankByComposite([{ code: 'Z', a: null, b: 1 }], {
      key: (unit) => unit.code,
      components: [
        { key: 'a', value: (unit) => unit.a, worst: 0, best: 2, weight: 1 },
        { key: 'b', value: (unit) => unit.b, worst: 0, best: 2, weight: 0 },
      ],
      maxMissingShare: '0.5',
      ties: 'standard',
      missing: 'last',
    });
    expect([onlyZeroWeight[0]?.reason, onlyZeroWeight[0]?.rank]).toEqual(['every component present has weight 0 (missing: a)', 1]);
  });

  it('ranks ascending when asked and leaves the group null without groups', () => {
    const results = rankByComposite([{ v: 1 }, { v: 3 }, { v: 2 }], {
      key: (item) => String(item.v),
      components: [{ key: 'v', value: (item) => item.v, worst: 0, best: 4, weight: 1 }],
      maxMissingShare: 0,
      ties: 'standard',
      missing: 'last',
      direction: 'ascending',
    });
    expect(results.map((result) => [result.rank, result.group])).toEqual([[1, null], [3, null], [2, null]]);
  });

  it('refuses bad components, weights, coverage rules and options, saying what and where', () => {
    const item = { code: 'A', value: 1 };
    const base = { key: (unit: typeof item) => unit.code, maxMissingShare: 0, ties: 'standard', missing: 'last' } as const;
    const component = { key: 'v', value: (unit: typeof item) => unit.value, worst: 0, best: 2, weight: 1 };
    const failures = [
      caught(() => rankByComposite([item], { ...base, components: [{ ...component, worst: '2', best: 2 }] })),
      caught(() => rankByComposite([item], { ...base, components: [{ ...component, weight: -1 }] })),
      caught(() => rankByComposite([item], { ...base, components: [{ ...component, weight: 0 }] })),
      caught(() => rankByComposite([item], { ...base, components: [] })),
      caught(() => rankByComposite([item], { ...base, components: [component, component] })),
      caught(() => rankByComposite([item], { ...base, components: [component], maxMissingShare: '1.5' })),
      caught(() => rankByComposite([item, item], { ...base, components: [component] })),
      caught(() => rankByComposite([{ code: 'A', value: 'abc' }], { ...base, key: (unit) => unit.code, components: [{ ...component, value: (unit) => unit.value }] })),
      caught(() => rankByComposite([item], { ...base, components: [component], tieBreak: 'key' })),
    ];
    expect(failures.map((error) => [error.code, error.message])).toEqual([
      ['invalid-argument', 'min-max normalisation needs different worst and best values; both are 2 in components[0] ("v")'],
      ['invalid-argument', 'weights must be 0 or more; components[0].weight is -1'],
      ['invalid-argument', 'weights must not all be 0; every component has weight 0'],
      ['invalid-argument', 'rankByComposite needs at least one component ({ key, value, worst, best, weight })'],
      ['conflict', 'component key "v" is given twice; each component needs its own key'],
      ['invalid-argument', 'maxMissingShare must be a share from 0 to 1; got 1.5'],
      ['conflict', 'each item of a ranking needs its own key; these keys occur more than once: "A"'],
      ['invalid-number', `value of component "v" of "A" must be a decimal number such as '12.5' or 12.5; got the string "abc"`],
      ['invalid-argument', "tieBreak only applies to ordinal ranks, where tied items get different ranks; ties is 'standard', so remove tieBreak or use ties: 'ordinal'"],
    ]);
  });
});

/** The step-by-step weighted mean of equally weighted normalised values, as compositeScore computes it. */
function weightedScore(values: readonly Decimal[]): Decimal {
  return compositeScore(
    values.map((value, index) => ({ key: String(index), value, weight: 1 })),
    { aggregation: 'arithmetic', maxMissingShare: 0 },
  ).score ?? new Decimal(0);
}
