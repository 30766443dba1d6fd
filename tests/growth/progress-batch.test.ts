/*
 * progressBatch against classifyProgressFromSeries and averageAnnualGrowth: the same class for every
 * series (decided in floating point with a margin, or by the step path on a close call), the same
 * averages and assessments when read, the same errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type DecimalInput,
  type ProgressBatchOptions,
  type ProgressClass,
  type ProgressDirection,
  type SeriesProgressSettings,
  type YearSeries,
  averageAnnualGrowth,
  classifyProgressFromSeries,
  progressBatch,
} from '../../src/index.js';
import { expectFailure } from '../helpers.js';

const plainValueArb: fc.Arbitrary<DecimalInput> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -50, max: 400 }) },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -20_000, max: 900_000 }), fc.integer({ min: 0, max: 6 })).map(([digits, scale]) => (digits / 10 ** scale).toString()) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 0, max: 4 })).map(([digits, scale]) => new Decimal(digits).div(10 ** scale)) },
  // Decimals of many digits (three words and more) and exponents far from zero, of both signs
  { weight: 1, arbitrary: fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -60, max: 40 })).map(([digits, exponent]) => new Decimal(`${String(digits)}e${String(exponent)}`)) },
  { weight: 1, arbitrary: fc.constantFrom<DecimalInput>(0, '-0', '1e20', '3e-30', '0.3', '-0.318', 1e-100, new Decimal('1e-900'), new Decimal('-7e400')) },
  { weight: 1, arbitrary: fc.stringMatching(/^-?[1-9]\d{16,48}$/).map((digits) => `${digits.slice(0, 8)}.${digits.slice(8)}`) },
);

const valueArb: fc.Arbitrary<DecimalInput | null> = fc.oneof(
  { weight: 30, arbitrary: plainValueArb },
  { weight: 4, arbitrary: fc.constant(null) },
  // refused by the step path: the batch must throw what it throws
  // (Decimals of one word beyond the exponent bound of 1000 too: the fast read tests the exponent first)
  { weight: 1, arbitrary: fc.constantFrom<DecimalInput>('n/a', Number.NaN, '1'.repeat(51), new Decimal(Number.POSITIVE_INFINITY), new Decimal('2e1001'), new Decimal('-3e-1001')) },
);

const seriesArb: fc.Arbitrary<YearSeries> = fc
  .array(fc.record({ gap: fc.constantFrom(1, 1, 1, 1, 2, 3, 0, -1), value: valueArb }), { maxLength: 7 })
  .map((rows) => {
    let year = 2014;
    return rows.map((row) => {
      year += row.gap;
      return { year, value: row.value };
    });
  });

const settingsArb: fc.Arbitrary<SeriesProgressSettings> = fc.record(
  {
    baseYear: fc.integer({ min: 2013, max: 2020 }),
    direction: fc.constantFrom<ProgressDirection>('increase', 'decrease'),
    target: fc.record({ year: fc.integer({ min: 2014, max: 2032 }), value: plainValueArb }),
    limit: fc.constantFrom<DecimalInput>(100, 5, '0', -40),
  },
  { requiredKeys: ['baseYear', 'direction'] },
);

const optionsArb: fc.Arbitrary<ProgressBatchOptions> = fc.record(
  {
    thresholdsWithTarget: fc.constantFrom({ high: '1', medium: '0.5', low: '-0.1' }, { floor: -1, low: '0.2', medium: '0.2', high: '0.7', ceiling: 2 }, { high: '0.5', medium: '0.6' }),
    thresholdsWithoutTarget: fc.constantFrom({ high: 3, medium: 1, low: '-0.5' }, { low: '0.25' }),
    zeroReplacement: fc.constantFrom<DecimalInput>('0.5', '-0.001', 0, 1),
    limitExponent: fc.constantFrom<DecimalInput>(2, '4.44', 'x'),
    average: fc.constantFrom({ maximumMissingPercent: 100 }, { requireEndpoints: true }, { firstYear: 2016, lastYear: 2019 }),
  },
  { requiredKeys: [] },
);

function outcome<T>(run: () => T): { value: T } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Checks a batch against the step functions, series by series: classes, averages and assessments. */
function expectSameAsSteps(list: readonly YearSeries[], settings: SeriesProgressSettings | readonly SeriesProgressSettings[], options: ProgressBatchOptions = {}): void {
  const settingsOf = (index: number): SeriesProgressSettings => (Array.isArray(settings) ? (settings[index] as SeriesProgressSettings) : (settings as SeriesProgressSettings));
  const steps = list.map((series, index) => outcome(() => classifyProgressFromSeries(series, settingsOf(index), options)));
  const refused = steps.find((step) => 'error' in step);
  if (refused !== undefined && 'error' in refused) {
    expect(() => progressBatch(list, settings, options)).toThrow(refused.error);
    return;
  }
  const batch = progressBatch(list, settings, options);
  expect(batch.length).toBe(list.length);
  const classes = batch.classes();
  steps.forEach((step, index) => {
    if (!('value' in step)) return;
    expect(batch.progressClass(index)).toBe(step.value.progressClass);
    expect(classes[index]).toBe(step.value.progressClass);
    expect(batch.assessment(index)).toEqual(step.value);
    const average = outcome(() => averageAnnualGrowth(list[index] ?? [], options.average).value);
    if ('value' in average) expect(batch.average(index)).toEqual(average.value);
    else expect(() => batch.average(index)).toThrow(average.error);
  });
}

describe('progressBatch gives the classes of classifyProgressFromSeries', () => {
  it('for generated series, settings and options (gaps, missing, zero and negative values, long digits, bad rows)', () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { maxLength: 6 }), settingsArb, fc.option(optionsArb, { nil: undefined }), (list, settings, options) => {
        expectSameAsSteps(list, settings, options);
      }),
      { numRuns: 500 },
    );
  });

  it('with settings of their own for each series', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(seriesArb, settingsArb), { maxLength: 6 }), (pairs) => {
        expectSameAsSteps(
          pairs.map(([series]) => series),
          pairs.map(([, settings]) => settings),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('for growing series with targets met, near and far, where the fast path decides every class', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 100, max: 10_000 }), fc.array(fc.integer({ min: 90, max: 125 }), { minLength: 2, maxLength: 10 }), fc.integer({ min: 50, max: 400 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom<ProgressDirection>('increase', 'decrease'),
        (drawn, direction) => {
          const list = drawn.map(([start, factors]) => {
            let value = new Decimal(start);
            return factors.map((factor, index) => {
              if (index > 0) value = value.times(factor).div(100).toDecimalPlaces(2);
              return { year: 2015 + index, value };
            });
          });
          const settings = drawn.map(([start, , percent]) => ({
            baseYear: 2015,
            direction,
            target: { year: 2030, value: new Decimal(start).times(percent).div(100).toDecimalPlaces(2) },
          }));
          expectSameAsSteps(list, settings);
          // only a latest value or a target equal to the base (R = 0, or no required growth) is a close call here
          const ties = list.filter((series, index) => {
            const base = series[0]?.value ?? 0;
            return new Decimal(series[series.length - 1]?.value ?? 0).eq(base) || new Decimal(settings[index]?.target.value ?? 0).eq(base);
          }).length;
          expect(progressBatch(list, settings).stepDecided).toBeLessThanOrEqual(ties);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** 1 + rate, raised to a whole power, times a base: exact in decimals. */
const grownBy = (base: DecimalInput, rate: Decimal, years: number): Decimal => new Decimal(rate).plus(1).pow(years).times(base);

describe('progressBatch on a threshold, where floating point cannot decide', () => {
  const nudges = ['0', '1e-30', '-1e-30', '1e-12', '-1e-12'];

  it('with a target: a ratio R of exactly 0.95, 0.6 or 0 (or a hair off it) is decided as the step path decides it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('0.95', '0.6', '0', '1', '0.5', '-0.1'),
        fc.constantFrom('0.05', '0.1', '0.2', '0.25', '-0.2'),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<DecimalInput>(100, '0.5', 2500, -80),
        fc.constantFrom(...nudges),
        fc.constantFrom<ProgressDirection>('increase', 'decrease'),
        (threshold, required, years, extraYears, base, nudge, direction) => {
          // observed growth = threshold × required growth, so that R lands on the threshold
          const observed = new Decimal(threshold).times(required);
          const current = grownBy(base, observed, years).plus(nudge);
          const target = grownBy(base, new Decimal(required), years + extraYears);
          const series = [
            { year: 2020, value: base },
            { year: 2020 + years, value: current },
          ];
          const settings = { baseYear: 2020, direction, target: { year: 2020 + years + extraYears, value: target } };
          // Open SDG's cut-offs, with one moved to the threshold drawn where it is not one of them
          const thresholdsWithTarget = { floor: '-1', low: threshold === '-0.1' ? threshold : '0', medium: threshold === '0.5' ? threshold : '0.6', high: threshold === '1' ? threshold : '0.95', ceiling: '2' };
          const options = { thresholdsWithTarget };
          expectSameAsSteps([series], settings, options);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('without a target: growth of exactly 1.5%, 0.5% or 0% a year (or a hair off it)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1.5', '0.5', '0', '-2'),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<DecimalInput>(100, '0.5', -80),
        fc.constantFrom(...nudges),
        fc.constantFrom<ProgressDirection>('increase', 'decrease'),
        (percent, years, base, nudge, direction) => {
          const sign = (direction === 'increase' ? 1 : -1) * (new Decimal(base).isNegative() ? -1 : 1);
          const current = grownBy(base, new Decimal(percent).times(sign).div(100), years).plus(nudge);
          const series = [
            { year: 2020, value: base },
            { year: 2020 + years, value: current },
          ];
          expectSameAsSteps([series], { baseYear: 2020, direction });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves exact ties to the step path and counts them', () => {
    const list = [
      // R = 0.095 / 0.1 = 0.95 exactly: on track, on the line
      [
        { year: 2020, value: 100 },
        { year: 2022, value: '119.9025' },
      ],
      // growth of exactly 0.5% a year without a target
      [
        { year: 2020, value: 100 },
        { year: 2022, value: '101.0025' },
      ],
      // clearly above
      [
        { year: 2020, value: 100 },
        { year: 2022, value: 130 },
      ],
    ];
    const settings: SeriesProgressSettings[] = [
      { baseYear: 2020, direction: 'increase', target: { year: 2022, value: 121 } },
      { baseYear: 2020, direction: 'increase' },
      { baseYear: 2020, direction: 'increase', target: { year: 2025, value: 150 } },
    ];
    const batch = progressBatch(list, settings);
    expect(batch.classes()).toEqual(['substantial-progress', 'moderate-progress', 'substantial-progress']);
    expect(batch.stepDecided).toBe(2);
    expectSameAsSteps(list, settings);
  });

  it('decides a target met to the last digit exactly, in either direction', () => {
    const list = [
      [
        { year: 2020, value: 100 },
        { year: 2023, value: '150.00000000000000000001' },
      ],
      [
        { year: 2020, value: 100 },
        { year: 2023, value: '149.99999999999999999999' },
      ],
      [
        { year: 2020, value: 100 },
        { year: 2023, value: 150 },
      ],
    ];
    for (const direction of ['increase', 'decrease'] as const) {
      const settings = { baseYear: 2020, direction, target: { year: 2025, value: '150' } };
      const classes = progressBatch(list, settings).classes();
      expect(classes.map((progressClass) => progressClass === 'target-achieved')).toEqual(direction === 'increase' ? [true, false, true] : [false, true, true]);
      expectSameAsSteps(list, settings);
    }
  });
});

describe('progressBatch: the series and settings the fast read leaves to the step path', () => {
  const steady = [
    { year: 2020, value: 80 },
    { year: 2023, value: 86 },
  ];

  it('a natural limit nearer than twice the base, a zero required growth, a zero base or target', () => {
    const cases: [YearSeries, SeriesProgressSettings][] = [
      // 0.35% a year is limited progress, but near the limit of 100 the thresholds shrink (C = 0.204)
      [[{ year: 2020, value: 95 }, { year: 2023, value: 96 }], { baseYear: 2020, direction: 'increase', limit: 100 }],
      [steady, { baseYear: 2020, direction: 'increase', limit: 40 }],
      [steady, { baseYear: 2020, direction: 'decrease', target: { year: 2025, value: 80 } }],
      [[{ year: 2020, value: 0 }, { year: 2023, value: 3 }], { baseYear: 2020, direction: 'increase', target: { year: 2025, value: 10 } }],
      [steady, { baseYear: 2020, direction: 'decrease', target: { year: 2025, value: 0 } }],
      [[{ year: 2023, value: 86 }, { year: 2020, value: 80 }], { baseYear: 2020, direction: 'increase' }],
    ];
    const list = cases.map(([series]) => series);
    const settings = cases.map(([, each]) => each);
    expectSameAsSteps(list, settings);
    const batch = progressBatch(list, settings);
    // the limit of 40 is at half the base: C = 1, decided fast; a zero target and a zero base are replaced, decided fast
    expect(batch.stepDecided).toBe(3);
    expect(batch.classes()).toEqual(['substantial-progress', 'substantial-progress', 'not-assessable', 'substantial-progress', 'deterioration', 'substantial-progress']);
    expect(batch.assessment(2).reason).toBe('zero-required-growth');
  });

  it('everything when an option is refused, so that the step path throws its error', () => {
    const list = [steady, steady];
    const withTarget = { baseYear: 2020, direction: 'increase', target: { year: 2025, value: 100 } } as const;
    expectFailure(() => progressBatch(list, withTarget, { thresholdsWithTarget: { high: '0.1', medium: '0.5' } }), 'invalid-argument', /progress thresholds must rise/);
    // the thresholds of the other method are not read, by the step path nor by the batch
    const otherMethod = { thresholdsWithoutTarget: { high: '0.1', medium: '0.5' } };
    expect(progressBatch(list, withTarget, otherMethod).classes()).toEqual(['limited-progress', 'limited-progress']);
    expectSameAsSteps(list, withTarget, otherMethod);
    // a series without data does not read the options: it is not assessable
    const batch = progressBatch([[{ year: 2020, value: null }]], { baseYear: 2020, direction: 'increase' }, { zeroReplacement: 'none' });
    expect([batch.classes(), batch.stepDecided]).toEqual([['not-assessable'], 1]);
    expectFailure(() => progressBatch(list, { baseYear: 2020, direction: 'increase' }, { zeroReplacement: 'none' }), 'invalid-number', /zeroReplacement must be/);
  });

  it('a series the step path refuses: the batch throws its error', () => {
    expectFailure(
      () => progressBatch([steady, [{ year: 2020, value: 1 }, { year: 2020, value: 2 }]], { baseYear: 2020, direction: 'increase' }),
      'invalid-input',
      /year 2020 is already given at index 0/,
    );
    expectFailure(() => progressBatch([steady], { baseYear: 2020.5, direction: 'increase' }), 'invalid-argument', /baseYear must be an integer year/);
    expectFailure(() => progressBatch([steady], { baseYear: 2020, direction: 'up' as ProgressDirection }), 'invalid-argument', /direction must be 'increase' or 'decrease'/);
    expectFailure(() => progressBatch([steady], { baseYear: 2020, direction: 'increase', target: { year: 2025, value: 'much' } }), 'invalid-number', /target.value must be/);
  });
});

describe('progressBatch refuses what it cannot read', () => {
  const series = [
    { year: 2020, value: 1 },
    { year: 2021, value: 2 },
  ];

  it('a list that is not a list, settings of another length, settings that are not an object', () => {
    expectFailure(() => progressBatch('2024' as never, { baseYear: 2020, direction: 'increase' }), 'invalid-argument', 'progressBatch takes a list of series; got "2024"');
    expectFailure(
      () => progressBatch([series], [], {}),
      'invalid-argument',
      'progressBatch takes one settings for all series or one per series; got 0 settings for 1 series',
    );
    expectFailure(() => progressBatch([series], [null as never]), 'invalid-argument', /^settings\[0\] must be an object \{ baseYear, direction, target\?, limit\? \}; got null/);
    expectFailure(() => progressBatch([series], 7 as never), 'invalid-argument', /^settings must be an object/);
  });

  it('an index outside the batch', () => {
    const batch = progressBatch([series], { baseYear: 2020, direction: 'increase' });
    for (const read of [(index: number) => batch.progressClass(index), (index: number) => batch.average(index), (index: number) => batch.assessment(index)]) {
      expectFailure(() => read(1), 'invalid-argument', 'index must be a whole number from 0 to 0; got the number 1');
      expectFailure(() => read(-1), 'invalid-argument', 'index must be a whole number from 0 to 0; got the number -1');
      expectFailure(() => read(0.5), 'invalid-argument', 'index must be a whole number from 0 to 0; got the number 0.5');
    }
    expect(batch.progressClass(0)).toBe<ProgressClass>('substantial-progress');
  });

  it('changes nothing it is given', () => {
    const list = [series.map((row) => ({ ...row }))];
    const settings = [{ baseYear: 2020, direction: 'increase' as const, target: { year: 2025, value: 0 } }];
    const before = JSON.stringify([list, settings]);
    const batch = progressBatch(list, settings, { zeroReplacement: '0.5' });
    batch.assessment(0);
    batch.average(0);
    expect(JSON.stringify([list, settings])).toBe(before);
    expect(Object.isFrozen(batch)).toBe(true);
  });
});
