import { describe, expect, it } from 'vitest';
import { compositeScore, weightedArithmeticMean, weightedGeometricMean } from '../../src/index.js';
import { caught } from './caught.js';

const failure = (run: () => unknown) => {
  const error = caught(run);
  return [error.code, error.message];
};

describe('weighted means: 40 significant digits and their edges', () => {
  it('gives irrational geometric means to 40 significant digits (√2 and ∛2)', () => {
    // √2 = 1.41421356237309504880168872420969807856967…, ∛2 = 1.25992104989487316476721060727822835057025…
    expect(weightedGeometricMean([2, 1], [1, 1]).toString()).toBe('1.41421356237309504880168872420969807857');
    // (0.5² × 8)^(1/3) = 2^(1/3): weights act as exponents.
    expect(weightedGeometricMean(['0.5', 8], [2, 1]).toString()).toBe('1.25992104989487316476721060727822835057');
    expect(weightedArithmeticMean([1, 2, 4], [1, 1, 1]).toString()).toBe('2.333333333333333333333333333333333333333');
  });

  it('leaves a zero of weight 0 out of a geometric mean, yet refuses a negative value of weight 0', () => {
    expect(weightedGeometricMean([2, 0], [1, 0]).toString()).toBe('2');
    expect(weightedGeometricMean([0, 0, 3], [0, 1, 1]).toString()).toBe('0');
    expect(failure(() => weightedGeometricMean([1, -2], [1, 0]))).toEqual([
      'invalid-argument',
      'a geometric mean needs values of 0 or more; values[1] is -2 (normalise the values first)',
    ]);
  });
});

describe('compositeScore: geometric composites, coverage and refusals', () => {
  it('aggregates the components present geometrically, a present 0 making the score 0', () => {
    const options = { aggregation: 'geometric', maxMissingShare: '0.5' } as const;
    const withZero = compositeScore(
      [
        { key: 'a', value: 0, weight: 1 },
        { key: 'b', value: null, weight: 1 },
        { key: 'c', value: 9, weight: 1 },
      ],
      options,
    );
    expect([withZero.score?.toString(), withZero.coverage.toFixed(4), withZero.missing, withZero.reason]).toEqual(['0', '0.6667', ['b'], null]);
    const present = compositeScore(
      [
        { key: 'a', value: 4, weight: 1 },
        { key: 'b', value: undefined, weight: 5 },
        { key: 'c', value: 9, weight: 1 },
      ],
      options,
    );
    // The missing component's weight is left out: √(4 × 9), not (4 × 9)^(1/7).
    expect([present.score?.toString(), present.missing]).toEqual(['6', ['b']]);
  });

  it('gives each coverage as present over all components, and the missing share to 4 digits in the reason', () => {
    const refused = compositeScore(
      [
        { key: 'a', value: 4, weight: 1 },
        { key: 'b', value: null, weight: 1 },
        { key: 'c', value: null, weight: 1 },
      ],
      { aggregation: 'arithmetic', maxMissingShare: '0.5' },
    );
    expect([refused.score, refused.coverage.toString(), refused.missing, refused.reason]).toEqual([
      null,
      '0.3333333333333333333333333333333333333333',
      ['b', 'c'],
      '2 of 3 components missing (0.6667), more than the 0.5 allowed: b, c',
    ]);
    const quarters = ['0.25', '0.5', '0.75', '1'].map((_, index) =>
      compositeScore(
        [0, 1, 2, 3].map((position) => ({ key: `k${String(position)}`, value: position <= index ? 1 : null, weight: 1 })),
        { aggregation: 'arithmetic', maxMissingShare: 1 },
      ).coverage.toString(),
    );
    expect(quarters).toEqual(['0.25', '0.5', '0.75', '1']);
  });

  it('names a repeated key, a list that is not one and an unknown aggregation', () => {
    expect(failure(() => compositeScore([{ key: 'a', value: 1, weight: 1 }, { key: 'a', value: 2, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: 0 }))).toEqual([
      'conflict',
      'component key "a" is given twice; each component needs its own key',
    ]);
    expect(failure(() => compositeScore('a' as never, { aggregation: 'arithmetic', maxMissingShare: 0 }))).toEqual([
      'invalid-argument',
      'a composite score needs at least one component ({ key, value, weight })',
    ]);
    expect(failure(() => compositeScore([], { aggregation: 'arithmetic', maxMissingShare: 0 }))).toEqual([
      'invalid-argument',
      'a composite score needs at least one component ({ key, value, weight })',
    ]);
    expect(failure(() => compositeScore([], { aggregation: 'harmonic' as never, maxMissingShare: 0 }))).toEqual([
      'invalid-argument',
      "aggregation must be one of 'arithmetic', 'geometric'; got \"harmonic\"",
    ]);
    expect(failure(() => compositeScore([{ key: 'a', value: 'x', weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: 0 }))[1]).toContain('value of component "a"');
    // A share of exactly 0 or 1 is taken.
    expect(compositeScore([{ key: 'a', value: 1, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: '-0' }).score?.toString()).toBe('1');
    expect(compositeScore([{ key: 'a', value: null, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: '1' }).reason).toBe('every component is missing');
  });

  it('refuses bad weights, values and shares with their codes, naming the argument', () => {
    expect(
      [
        () => weightedArithmeticMean([1], 'x' as never),
        () => weightedArithmeticMean([1, 2], [1]),
        () => weightedArithmeticMean([1], ['x']),
        () => weightedArithmeticMean([1, 2], [1, -1]),
        () => weightedArithmeticMean([1], [0]),
        () => weightedArithmeticMean(3 as never, [1]),
        () => weightedArithmeticMean([1, 'y'], [1, 1]),
        () => compositeScore([{ key: 'a', value: 1, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: 'z' }),
        () => compositeScore([{ key: 'a', value: 1, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: 2 }),
      ].map(failure),
    ).toEqual([
      ['invalid-argument', 'weights must be an array with one weight per value; got "x"'],
      ['invalid-argument', 'weights must give one weight per value; got 1 weights for 2 values'],
      ['invalid-number', `weights[0] must be a decimal number such as '12.5' or 12.5; got the string "x"`],
      ['invalid-argument', 'weights must be 0 or more; weights[1] is -1'],
      ['invalid-argument', 'weights must not all be 0; every weight is 0'],
      ['invalid-argument', 'values must be an array; got 3'],
      ['invalid-number', `values[1] must be a decimal number such as '12.5' or 12.5; got the string "y"`],
      ['invalid-number', `maxMissingShare must be a decimal number such as '12.5' or 12.5; got the string "z"`],
      ['invalid-argument', 'maxMissingShare must be a share from 0 to 1; got 2'],
    ]);
  });

  it('lists every missing component, comma-separated, when the present ones weigh nothing', () => {
    const result = compositeScore(
      [
        { key: 'a', value: null, weight: 1 },
        { key: 'b', value: null, weight: 1 },
        { key: 'c', value: 1, weight: 0 },
      ],
      { aggregation: 'arithmetic', maxMissingShare: 1 },
    );
    expect([result.score, result.reason]).toEqual([null, 'every component present has weight 0 (missing: a, b)']);
  });
});
