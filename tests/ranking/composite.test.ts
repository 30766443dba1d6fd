import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type ScorePolarity,
  compositeScore,
  normalizeBanded,
  normalizeDistanceToTarget,
  normalizeMinMax,
  normalizeRank,
  normalizeZScore,
  round,
  weightedArithmeticMean,
  weightedGeometricMean,
} from '../../src/index.js';
import { caught } from './caught.js';


/**
 * The UNDP Human Development Index from its published inputs, with the library's normalisation and
 * aggregation: goalposts life expectancy 20–85 years, expected schooling 0–18 years, mean schooling
 * 0–15 years, GNI per capita 100–75,000 (2011 PPP $) on a log scale; education index the arithmetic
 * mean of the two schooling indices; HDI the geometric mean of the three dimension indices.
 * Source: UNDP, Human Development Report 2015, Technical notes, "Technical note 1. Human Development Index".
 */
function humanDevelopmentIndex(lifeExpectancy: string, expectedSchooling: string, meanSchooling: string, income: string) {
  const health = normalizeMinMax(lifeExpectancy, { worst: 20, best: 85 });
  const education = weightedArithmeticMean(
    [normalizeMinMax(expectedSchooling, { worst: 0, best: 18 }), normalizeMinMax(meanSchooling, { worst: 0, best: 15 })],
    [1, 1],
  );
  const incomeIndex = normalizeMinMax(income, { worst: 100, best: 75000, transform: 'log' });
  return { health, education, income: incomeIndex, hdi: weightedGeometricMean([health, education, incomeIndex], [1, 1, 1]) };
}

describe('the UNDP Human Development Index from published inputs (HDR 2015, Table 1, 2014 data)', () => {
  it.each([
    // country, life expectancy, expected schooling, mean schooling, GNI per capita, published HDI
    ['Norway', '81.6', '17.5', '12.6', '64992', '0.944'],
    ['Australia', '82.4', '20.2', '13.0', '42261', '0.935'],
    ['United States', '79.1', '16.5', '12.9', '52947', '0.915'],
    ['Liechtenstein', '80.0', '15.0', '11.8', '79851', '0.908'],
  ])('reproduces the published HDI of %s', (_country, life, expected, mean, income, published) => {
    expect(round(humanDevelopmentIndex(life, expected, mean, income).hdi, 3).toFixed(3)).toBe(published);
  });

  it('reproduces the dimension indices of Norway', () => {
    const norway = humanDevelopmentIndex('81.6', '17.5', '12.6', '64992');
    expect(norway.health.toFixed(4)).toBe('0.9477');
    expect(norway.education.toFixed(4)).toBe('0.9061');
    expect(norway.income.toFixed(4)).toBe('0.9784');
  });

  it('caps expected schooling at 18 years (Australia, 20.2) and income at 75,000 (Liechtenstein)', () => {
    expect(humanDevelopmentIndex('82.4', '20.2', '13.0', '42261').education.toFixed(4)).toBe('0.9333');
    const liechtenstein = humanDevelopmentIndex('80.0', '15.0', '11.8', '79851');
    expect(liechtenstein.income.toString()).toBe('1');
    // Without the cap the index would be 0.910, not the published 0.908.
    const uncapped = weightedGeometricMean(
      [liechtenstein.health, liechtenstein.education, normalizeMinMax('79851', { worst: 100, best: 75000, transform: 'log', clamp: false })],
      [1, 1, 1],
    );
    expect(round(uncapped, 3).toFixed(3)).toBe('0.910');
  });

  it('stays within 0.001 of Switzerland’s published 0.930 (its inputs are rounded)', () => {
    const switzerland = humanDevelopmentIndex('83.0', '15.8', '12.8', '56431').hdi;
    expect(switzerland.minus('0.930').abs().lte('0.001')).toBe(true);
  });
});

describe('normalizeMinMax', () => {
  it('maps worst to 0 and best to 1, and clamps beyond them (SDSN, HDI)', () => {
    expect(normalizeMinMax(20, { worst: 20, best: 85 }).toString()).toBe('0');
    expect(normalizeMinMax(85, { worst: 20, best: 85 }).toString()).toBe('1');
    expect(normalizeMinMax(90, { worst: 20, best: 85 }).toString()).toBe('1');
    expect(normalizeMinMax(10, { worst: 20, best: 85 }).toString()).toBe('0');
    expect(normalizeMinMax(90, { worst: 20, best: 85, clamp: false }).toFixed(4)).toBe('1.0769');
  });

  it('is direction-aware: with best below worst, lower values score higher (SDSN poverty, optimum 0, lower bound 72.6)', () => {
    expect(normalizeMinMax('36.3', { worst: '72.6', best: 0 }).times(100).toString()).toBe('50');
    expect(normalizeMinMax(0, { worst: '72.6', best: 0 }).toString()).toBe('1');
    expect(normalizeMinMax(80, { worst: '72.6', best: 0 }).toString()).toBe('0');
  });

  it('keeps the order of values (higher is better) and stays within 0–1', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), (a, b) => {
        const bounds = { worst: -500, best: 700 };
        const [x, y] = [normalizeMinMax(a, bounds), normalizeMinMax(b, bounds)];
        if (a <= b) expect(x.lte(y)).toBe(true);
        expect(x.gte(0) && x.lte(1)).toBe(true);
      }),
    );
  });

  it('refuses equal bounds, and non-positive values on a log scale', () => {
    const equal = caught(() => normalizeMinMax(5, { worst: 3, best: '3.0' }));
    expect(equal.code).toBe('invalid-argument');
    expect(equal.message).toBe('min-max normalisation needs different worst and best values; both are 3');
    expect(caught(() => normalizeMinMax(0, { worst: 100, best: 75000, transform: 'log' })).message).toBe('a log min-max normalisation needs a positive value; got 0');
    expect(caught(() => normalizeMinMax('x', { worst: 1, best: 2 })).code).toBe('invalid-number');
    expect(caught(() => normalizeMinMax(1, { worst: 1, best: 2, transform: 'ln' as 'log' })).message).toMatch(/transform must be one of 'linear', 'log'/);
  });
});

describe('normalizeZScore', () => {
  it('standardises with the sample standard deviation, keeping missing values missing', () => {
    expect(normalizeZScore([2, 4, null, 6], { polarity: 'higher-is-better', deviation: 'sample' }).map((z) => z?.toString() ?? null)).toEqual(['-1', '0', null, '1']);
  });

  it('uses the population standard deviation when asked, and turns the sign for lower-is-better', () => {
    // Mean 5, population standard deviation 2.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(normalizeZScore(values, { polarity: 'higher-is-better', deviation: 'population' }).map(String)).toEqual(['-1.5', '-0.5', '-0.5', '-0.5', '0', '0', '1', '2']);
    expect(normalizeZScore(values, { polarity: 'lower-is-better', deviation: 'population' })[7]?.toString()).toBe('-2');
  });

  it('gives z-scores that add up to zero', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 20 }).filter((values) => new Set(values).size > 1), (values) => {
        const sum = Decimal.sum(...normalizeZScore(values, { polarity: 'higher-is-better', deviation: 'sample' }).map((z) => z ?? 0));
        expect(sum.abs().lt('1e-35')).toBe(true);
      }),
    );
  });

  it('refuses fewer than two values and values that are all equal', () => {
    const few = caught(() => normalizeZScore([1, null], { polarity: 'higher-is-better', deviation: 'sample' }));
    expect(few.code).toBe('insufficient-data');
    expect(few.message).toBe('z-scores need at least two values; got 1 of 2 present');
    const flat = caught(() => normalizeZScore([3, 3, '3.0'], { polarity: 'higher-is-better', deviation: 'sample' }));
    expect(flat.code).toBe('division-by-zero');
    expect(flat.message).toBe('z-scores need values that differ; all 3 present values equal 3');
    expect(caught(() => normalizeZScore([1, 2], { polarity: 'best' as ScorePolarity, deviation: 'sample' })).code).toBe('invalid-argument');
    expect(caught(() => normalizeZScore('1,2' as unknown as number[], { polarity: 'higher-is-better', deviation: 'sample' })).message).toBe(
      'values must be an array of values of one indicator',
    );
    expect(caught(() => normalizeZScore([1, 'x'], { polarity: 'higher-is-better', deviation: 'sample' })).message).toContain('values[1]');
  });
});

describe('normalizeRank', () => {
  it('scores the worst 1 and the best n, ties sharing their places', () => {
    expect(normalizeRank([5, 3, 5, 9], { polarity: 'lower-is-better', form: 'rank' }).map(String)).toEqual(['2.5', '4', '2.5', '1']);
    expect(normalizeRank([5, 3, 5, 9], { polarity: 'higher-is-better', form: 'rank' }).map(String)).toEqual(['2.5', '1', '2.5', '4']);
  });

  it('gives percentile ranks, the best scoring 1, and leaves missing values out', () => {
    expect(normalizeRank([10, null, 30, 20], { polarity: 'higher-is-better', form: 'percentile' }).map((score) => score?.toFixed(4) ?? null)).toEqual([
      '0.3333',
      null,
      '1.0000',
      '0.6667',
    ]);
  });

  it('refuses an unknown form', () => {
    expect(caught(() => normalizeRank([1], { polarity: 'higher-is-better', form: 'borda' as 'rank' })).message).toBe(
      "form must be one of 'rank', 'percentile'; got \"borda\"",
    );
    expect(caught(() => normalizeRank(null as unknown as number[], { polarity: 'higher-is-better', form: 'rank' })).message).toBe(
      'values must be an array of values of one indicator',
    );
  });
});

describe('normalizeBanded', () => {
  const coverage = {
    polarity: 'higher-is-better' as const,
    bands: [
      { threshold: 95, score: 100 },
      { threshold: 85, score: 60 },
    ],
    otherwise: 0,
  };

  it('scores the first band reached, thresholds inclusive, otherwise the floor score', () => {
    expect([99, 95, '94.99', 85, 10].map((value) => normalizeBanded(value, coverage).toString())).toEqual(['100', '100', '60', '60', '0']);
  });

  it('reads thresholds as upper limits when lower is better (SDSN poverty bands)', () => {
    const poverty = {
      polarity: 'lower-is-better' as const,
      bands: [
        { threshold: 2, score: 3 },
        { threshold: '7.4', score: 2 },
        { threshold: '12.7', score: 1 },
      ],
      otherwise: 0,
    };
    expect([1.5, 2, 7.4, 9, 30].map((value) => normalizeBanded(value, poverty).toString())).toEqual(['3', '3', '2', '1', '0']);
  });

  it('refuses bands that are not listed best first, and an empty scale', () => {
    const error = caught(() => normalizeBanded(90, { ...coverage, bands: [{ threshold: 85, score: 60 }, { threshold: 95, score: 100 }] }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('band thresholds must be listed best first, strictly decreasing for higher-is-better; bands[1].threshold 95 follows 85');
    expect(caught(() => normalizeBanded(90, { ...coverage, bands: [] })).message).toMatch(/at least one band/);
  });
});

describe('normalizeDistanceToTarget', () => {
  it('is the ratio to the target when no span is given (higher is better)', () => {
    expect(normalizeDistanceToTarget(80, { target: 95, polarity: 'higher-is-better' }).toFixed(4)).toBe('0.8421');
    expect(normalizeDistanceToTarget(100, { target: 95, polarity: 'higher-is-better' }).toString()).toBe('1');
    expect(normalizeDistanceToTarget(100, { target: 95, polarity: 'higher-is-better', cap: false }).toFixed(4)).toBe('1.0526');
  });

  it('measures a shortfall against a span, and above the target when lower is better', () => {
    expect(normalizeDistanceToTarget(6, { target: 4, polarity: 'lower-is-better', span: 10 }).toString()).toBe('0.8');
    expect(normalizeDistanceToTarget(6, { target: 4, polarity: 'lower-is-better' }).toString()).toBe('0.5');
    expect(normalizeDistanceToTarget(30, { target: 4, polarity: 'lower-is-better', span: 10 }).toString()).toBe('-1.6');
    expect(normalizeDistanceToTarget(3, { target: 4, polarity: 'lower-is-better', span: 10 }).toString()).toBe('1');
  });

  it('refuses a target of 0 without a span, and a span that is not positive', () => {
    const zero = caught(() => normalizeDistanceToTarget(1, { target: 0, polarity: 'lower-is-better' }));
    expect(zero.code).toBe('division-by-zero');
    expect(zero.message).toMatch(/distance to a target of 0 needs an explicit span/);
    expect(caught(() => normalizeDistanceToTarget(1, { target: 5, polarity: 'higher-is-better', span: 0 })).message).toBe('span must be positive; got 0');
  });
});

describe('weighted means', () => {
  it('divides by the sum of the weights, which need not be 1', () => {
    expect(weightedArithmeticMean([90, 60], [2, 1]).toString()).toBe('80');
    expect(weightedArithmeticMean(['0.1', '0.2'], ['0.5', '0.5']).toString()).toBe('0.15');
  });

  it('computes exact geometric means exactly, and 0 when a weighted value is 0', () => {
    expect(weightedGeometricMean([4, 9], [1, 1]).toString()).toBe('6');
    expect(weightedGeometricMean([2, 4, 8], [1, 1, 1]).toString()).toBe('4');
    expect(weightedGeometricMean([8, 1], [1, 2]).toString()).toBe('2');
    expect(weightedGeometricMean([0, 5], [1, 1]).toString()).toBe('0');
    expect(weightedGeometricMean([0, 5], [0, 1]).toString()).toBe('5');
  });

  it('puts the geometric mean between the minimum and the arithmetic mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 8 }),
        (pairs) => {
          const values = pairs.map(([value]) => value);
          const weights = pairs.map(([, weight]) => weight);
          const geometric = weightedGeometricMean(values, weights);
          const arithmetic = weightedArithmeticMean(values, weights);
          expect(geometric.lte(arithmetic.plus('1e-30'))).toBe(true);
          expect(geometric.gte(Math.min(...values) - 1e-9)).toBe(true);
        },
      ),
    );
  });

  it('validates the weights: one per value, none negative, not all zero', () => {
    expect(caught(() => weightedArithmeticMean([1, 2], [1])).message).toBe('weights must give one weight per value; got 1 weights for 2 values');
    expect(caught(() => weightedArithmeticMean([1, 2], [1, -1])).message).toBe('weights must be 0 or more; weights[1] is -1');
    expect(caught(() => weightedGeometricMean([1, 2], [0, 0])).message).toBe('weights must not all be 0; every weight is 0');
    expect(caught(() => weightedArithmeticMean([], [])).message).toBe('weights must not all be 0; there are no values');
    expect(caught(() => weightedArithmeticMean([1], ['x'])).code).toBe('invalid-number');
    expect(caught(() => weightedArithmeticMean([1], 'x' as unknown as number[])).message).toBe('weights must be an array with one weight per value; got "x"');
    expect(caught(() => weightedGeometricMean(3 as unknown as number[], [1])).message).toBe('values must be an array; got 3');
  });

  it('refuses a negative value in a geometric mean', () => {
    const error = caught(() => weightedGeometricMean([1, '-0.5'], [1, 1]));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('a geometric mean needs values of 0 or more; values[1] is -0.5 (normalise the values first)');
  });
});

describe('compositeScore', () => {
  const components = [
    { key: 'income', value: '0.8', weight: 2 },
    { key: 'poverty', value: '0.5', weight: 1 },
    { key: 'forest', value: null, weight: 1 },
  ];

  it('averages the components present, their weights rescaled, and reports the coverage', () => {
    const result = compositeScore(components, { aggregation: 'arithmetic', maxMissingShare: '0.34' });
    expect(result.score?.toString()).toBe('0.7');
    expect(result.coverage.toFixed(4)).toBe('0.6667');
    expect(result.missing).toEqual(['forest']);
    expect(result.reason).toBeNull();
  });

  it('gives no score, and says why, when more than the allowed share is missing (SDSN: 20%)', () => {
    const result = compositeScore(components, { aggregation: 'arithmetic', maxMissingShare: '0.2' });
    expect(result.score).toBeNull();
    expect(result.reason).toBe('1 of 3 components missing (0.3333), more than the 0.2 allowed: forest');
  });

  it('allows exactly the stated share', () => {
    const half = [
      { key: 'a', value: 1, weight: 1 },
      { key: 'b', value: undefined, weight: 1 },
    ];
    expect(compositeScore(half, { aggregation: 'geometric', maxMissingShare: '0.5' }).score?.toString()).toBe('1');
    expect(compositeScore(half, { aggregation: 'geometric', maxMissingShare: '0.49' }).score).toBeNull();
  });

  it('aggregates geometrically when asked', () => {
    const result = compositeScore(
      [
        { key: 'health', value: 4, weight: 1 },
        { key: 'education', value: 9, weight: 1 },
      ],
      { aggregation: 'geometric', maxMissingShare: 0 },
    );
    expect(result.score?.toString()).toBe('6');
  });

  it('gives no score when every component present weighs nothing, or all are missing', () => {
    expect(compositeScore([{ key: 'a', value: 1, weight: 0 }, { key: 'b', value: null, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: 1 }).reason).toBe(
      'every component present has weight 0 (missing: b)',
    );
    expect(compositeScore([{ key: 'a', value: null, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: 1 }).reason).toBe('every component is missing');
  });

  it('equals the weighted arithmetic mean when nothing is missing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 10 }), (pairs) => {
        const result = compositeScore(
          pairs.map(([value, weight], index) => ({ key: `c${index}`, value, weight })),
          { aggregation: 'arithmetic', maxMissingShare: 0 },
        );
        expect(result.score?.eq(weightedArithmeticMean(pairs.map(([value]) => value), pairs.map(([, weight]) => weight)))).toBe(true);
        expect(result.coverage.toString()).toBe('1');
      }),
    );
  });

  it('refuses a repeated key, a share outside 0–1, no components, and a bad weight even where the value is missing', () => {
    expect(caught(() => compositeScore([...components, { key: 'income', value: 1, weight: 1 }], { aggregation: 'arithmetic', maxMissingShare: 0 })).code).toBe('conflict');
    expect(caught(() => compositeScore(components, { aggregation: 'arithmetic', maxMissingShare: '1.5' })).message).toBe('maxMissingShare must be a share from 0 to 1; got 1.5');
    expect(caught(() => compositeScore(components, { aggregation: 'arithmetic', maxMissingShare: '-0.1' })).message).toBe('maxMissingShare must be a share from 0 to 1; got -0.1');
    expect(caught(() => compositeScore([], { aggregation: 'arithmetic', maxMissingShare: 0 })).message).toMatch(/at least one component/);
    expect(caught(() => compositeScore([{ key: 'a', value: null, weight: -1 }], { aggregation: 'arithmetic', maxMissingShare: 1 })).message).toBe(
      'weights must be 0 or more; weights[0] is -1',
    );
    expect(caught(() => compositeScore(components, { aggregation: 'harmonic' as 'arithmetic', maxMissingShare: 0 })).code).toBe('invalid-argument');
  });
});
