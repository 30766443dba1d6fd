/*
 * growthProgressBatch against the step functions: the rates of rollingGrowthRates and the classes of
 * classifyProgressFromSeries for every series, from one read of each series, with the same errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type DecimalInput,
  type ProgressBatchOptions,
  type ProgressDirection,
  type SeriesProgressSettings,
  type YearSeries,
  averageAnnualGrowth,
  classifyProgressFromSeries,
  growthProgressBatch,
  progressBatch,
  rollingGrowthRates,
} from '../../src/index.js';
import { caught, expectFailure } from '../helpers.js';

const plainValueArb: fc.Arbitrary<DecimalInput> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -50, max: 400 }) },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -20_000, max: 900_000 }), fc.integer({ min: 0, max: 6 })).map(([digits, scale]) => (digits / 10 ** scale).toString()) },
  // Decimals of one or two words, read from their words
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: -12, max: 12 })).map(([digits, exponent]) => new Decimal(`${String(digits)}e${String(exponent)}`)) },
  // Decimals of many digits (three words and more, digits beyond a safe integer) and exponents far from zero
  { weight: 1, arbitrary: fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -60, max: 40 })).map(([digits, exponent]) => new Decimal(`${String(digits)}e${String(exponent)}`)) },
  // near and beyond the doubles the fast read uses (about 1e±290), and beyond a double's range
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 280, max: 330 }), fc.boolean(), fc.boolean()).map(([digits, size, small, negative]) => new Decimal(`${negative ? '-' : ''}${String(digits)}e${small ? '-' : ''}${String(size)}`)) },
  { weight: 1, arbitrary: fc.constantFrom<DecimalInput>(0, '-0', new Decimal('-0'), '1e20', '3e-30', '0.3', '-0.318', 1e-100, 0.1, new Decimal('1e-900'), new Decimal('-7e400')) },
  { weight: 1, arbitrary: fc.stringMatching(/^-?[1-9]\d{16,48}$/).map((digits) => `${digits.slice(0, 8)}.${digits.slice(8)}`) },
);

const valueArb: fc.Arbitrary<DecimalInput | null | undefined> = fc.oneof(
  { weight: 30, arbitrary: plainValueArb },
  { weight: 4, arbitrary: fc.constantFrom(null, undefined) },
  // refused by the step functions: the batch must throw what they throw
  { weight: 1, arbitrary: fc.constantFrom<DecimalInput>('n/a', Number.NaN, '1'.repeat(51), new Decimal(Number.POSITIVE_INFINITY), new Decimal('2e1001')) },
);

const seriesArb: fc.Arbitrary<YearSeries> = fc
  .array(fc.record({ gap: fc.constantFrom(1, 1, 1, 1, 2, 3, 0, -1), value: valueArb }), { maxLength: 7 })
  .map((rows) => {
    let year = 2014;
    return rows.map((row) => {
      year += row.gap;
      return { year, value: row.value } as YearSeries[number];
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
    thresholdsWithTarget: fc.constantFrom({ high: '1', medium: '0.5', low: '-0.1' }, { high: '0.5', medium: '0.6' }),
    thresholdsWithoutTarget: fc.constantFrom({ high: 3, medium: 1, low: '-0.5' }, { low: '0.25' }),
    zeroReplacement: fc.constantFrom<DecimalInput>('0.5', '-0.001', 0),
    average: fc.constantFrom({ maximumMissingPercent: 100 }, { firstYear: 2016, lastYear: 2019 }),
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

/**
 * Checks growthProgressBatch against the step functions series by series: the first error of
 * rollingGrowthRates, else the first of classifyProgressFromSeries; otherwise every rate, class,
 * average and assessment, and as many close calls left to the step path as progressBatch leaves.
 */
function expectSameAsSteps(list: readonly YearSeries[], settings: SeriesProgressSettings | readonly SeriesProgressSettings[], options: ProgressBatchOptions = {}): void {
  const settingsOf = (index: number): SeriesProgressSettings => (Array.isArray(settings) ? (settings[index] as SeriesProgressSettings) : (settings as SeriesProgressSettings));
  const rates = list.map((series) => outcome(() => rollingGrowthRates(series)));
  const classes = list.map((series, index) => outcome(() => classifyProgressFromSeries(series, settingsOf(index), options)));
  const refused = [...rates, ...classes].find((step) => 'error' in step);
  if (refused !== undefined && 'error' in refused) {
    expect(() => growthProgressBatch(list, settings, options)).toThrow(refused.error);
    return;
  }
  const batch = growthProgressBatch(list, settings, options);
  expect([batch.rates.length, batch.progress.length]).toEqual([list.length, list.length]);
  expect(batch.progress.stepDecided).toBe(progressBatch(list, settings, options).stepDecided);
  list.forEach((series, index) => {
    const stepRates = rates[index];
    const step = classes[index];
    if (stepRates === undefined || !('value' in stepRates) || step === undefined || !('value' in step)) throw new Error('every step gave a value');
    expect(batch.rates.rates(index)).toEqual(stepRates.value);
    expect(batch.progress.progressClass(index)).toBe(step.value.progressClass);
    expect(batch.progress.assessment(index)).toEqual(step.value);
    const average = outcome(() => averageAnnualGrowth(series, options.average).value);
    if ('value' in average) expect(batch.progress.average(index)).toEqual(average.value);
    else expect(() => batch.progress.average(index)).toThrow(average.error);
  });
  expect(batch.progress.classes()).toEqual(classes.map((step) => ('value' in step ? step.value.progressClass : null)));
}

describe('growthProgressBatch gives the rates of rollingGrowthRates and the classes of classifyProgressFromSeries', () => {
  it('for generated series, settings and options (gaps, years out of order, missing, zero and negative values, long digits, huge and tiny values, bad rows)', () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { maxLength: 6 }), settingsArb, fc.option(optionsArb, { nil: undefined }), (list, settings, options) => {
        expectSameAsSteps(list, settings, options);
      }),
      { numRuns: 400 },
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
      { numRuns: 200 },
    );
  });

  it('for yearly series of Decimals toward targets, where the fast read decides nearly every class', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 100, max: 1_000_000 }), fc.array(fc.integer({ min: 90, max: 125 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 50, max: 400 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<ProgressDirection>('increase', 'decrease'),
        (drawn, baseOffset, direction) => {
          const list = drawn.map(([start, factors]) => {
            let value = new Decimal(start).div(100);
            return factors.map((factor, index) => {
              if (index > 0) value = value.times(factor).div(100).toDecimalPlaces(2);
              return { year: 2015 + index, value };
            });
          });
          const settings = drawn.map(([start, , percent]) => ({
            baseYear: 2015 + baseOffset,
            direction,
            target: { year: 2030, value: new Decimal(start).times(percent).div(10_000).toDecimalPlaces(2).toNumber() },
          }));
          expectSameAsSteps(list, settings);
          expectSameAsSteps(list, { baseYear: 2015 + baseOffset, direction });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('growthProgressBatch reads each series once', () => {
  const steady = [
    { year: 2020, value: 80 },
    { year: 2021, value: 83 },
    { year: 2023, value: 86 },
  ];

  it('finds the base value at or after the base year, and the latest value, past missing ones', () => {
    const list: YearSeries[] = [
      [
        { year: 2019, value: 50 },
        { year: 2020, value: null },
        { year: 2021, value: 100 },
        { year: 2022, value: 110 },
        { year: 2023, value: null },
      ],
      // no value at or after the base year: not assessable
      [
        { year: 2018, value: 100 },
        { year: 2019, value: 200 },
      ],
      [],
    ];
    const batch = growthProgressBatch(list, { baseYear: 2020, direction: 'increase', target: { year: 2024, value: 130 } });
    // from 100 in 2021 to 110 in 2022: 10% a year against the 9.14% a year that 130 in 2024 needs
    expect(batch.progress.classes()).toEqual(['substantial-progress', 'not-assessable', 'not-assessable']);
    expect(batch.rates.rates(0).map((row) => row.value?.toString() ?? row.reason)).toEqual(['missing-value', 'missing-value', '10', 'missing-value']);
    expect(batch.progress.stepDecided).toBe(0);
    expectSameAsSteps(list, { baseYear: 2020, direction: 'increase', target: { year: 2024, value: 130 } });
  });

  it('reads again a series out of order, and one whose values the one-pass read refuses, as the two batches do', () => {
    const list: YearSeries[] = [[...steady].reverse(), steady, [{ year: 2020, value: new Decimal('123456789012345678901234') }, { year: 2022, value: '1.1e23' }]];
    // the third: from 1.2346e23 down to 1.1e23 in two years (−5.6% a year) against the −2.1% a year that 1e23 in 2030 needs
    const settings = { baseYear: 2020, direction: 'decrease', target: { year: 2030, value: '1e23' } } as const;
    const batch = growthProgressBatch(list, settings);
    // the first two are far below 1e23 already: met
    expect(batch.progress.classes()).toEqual(['target-achieved', 'target-achieved', 'substantial-progress']);
    expect(batch.rates.rates(0)).toEqual(rollingGrowthRates(list[0] ?? []));
    expectSameAsSteps(list, settings);
  });

  it('decides a base of zero from its replacement without the step path, for a Decimal zero as for a number', () => {
    const list: YearSeries[] = [
      [
        { year: 2020, value: new Decimal(0) },
        { year: 2021, value: new Decimal('0.75') },
        { year: 2022, value: new Decimal(1) },
      ],
      [
        { year: 2020, value: 0 },
        { year: 2022, value: 1 },
      ],
    ];
    const settings = { baseYear: 2020, direction: 'increase', target: { year: 2025, value: 2 } } as const;
    const options = { zeroReplacement: '0.5' };
    const batch = growthProgressBatch(list, settings, options);
    // from 0.5 (the replacement of 0) in 2020 to 1 in 2022: 41% a year, more than the 31.95% a year that 2 in 2025 needs
    expect(batch.progress.classes()).toEqual(['substantial-progress', 'substantial-progress']);
    expect(batch.progress.stepDecided).toBe(0);
    expectSameAsSteps(list, settings, options);
  });

  it('reads the base year of settings whose base year changes once read, as the step path reads it last', () => {
    let reads = 0;
    const settings = {
      get baseYear(): number {
        reads += 1;
        return reads === 1 ? 2030 : 2020;
      },
      direction: 'increase' as const,
    };
    const batch = growthProgressBatch([steady], settings);
    // from 80 in 2020 to 86 in 2023: 2.4% a year, substantial without a target
    expect(batch.progress.classes()).toEqual([classifyProgressFromSeries(steady, { baseYear: 2020, direction: 'increase' }).progressClass]);
    expect(batch.progress.classes()).toEqual(['substantial-progress']);
  });

  it('throws the error of a series the rates refuse before the error of settings that are not an object', () => {
    const refused = [
      { year: 2020, value: 1 },
      { year: 2021, value: 'n/a' },
    ];
    expectFailure(() => growthProgressBatch([steady, refused], [null as never, { baseYear: 2020, direction: 'increase' }]), 'invalid-input', /n\/a/);
    expectFailure(() => growthProgressBatch([steady, steady], [{ baseYear: 2020, direction: 'increase' }, null as never]), 'invalid-argument', /^settings\[1\] must be an object/);
    expectFailure(() => growthProgressBatch([steady], 7 as never), 'invalid-argument', /^settings must be an object/);
  });

  it('refuses settings that are missing, and a base year that is no whole number, as classifyProgressFromSeries does', () => {
    expectFailure(() => growthProgressBatch([steady], undefined as never), 'invalid-argument', /^settings must be an object/);
    for (const baseYear of [2020.5, 2020n, '2020', Number.NaN]) {
      const settings = { baseYear, direction: 'increase' } as never;
      const step = caught(() => classifyProgressFromSeries(steady, settings));
      expectFailure(() => growthProgressBatch([steady], [settings]), step.code, step.message);
    }
  });

  it('refuses a list that is not a list, and settings of another length', () => {
    expectFailure(() => growthProgressBatch('2024' as never, { baseYear: 2020, direction: 'increase' }), 'invalid-argument', 'growthProgressBatch takes a list of series; got "2024"');
    expectFailure(
      () => growthProgressBatch([steady], []),
      'invalid-argument',
      'growthProgressBatch takes one settings for all series or one per series; got 0 settings for 1 series',
    );
  });

  it('changes nothing it is given, and is frozen', () => {
    const list = [steady.map((row) => ({ ...row }))];
    const settings = [{ baseYear: 2020, direction: 'increase' as const, target: { year: 2025, value: 0 } }];
    const before = JSON.stringify([list, settings]);
    const batch = growthProgressBatch(list, settings, { zeroReplacement: '0.5' });
    batch.progress.assessment(0);
    batch.rates.rates(0);
    expect(JSON.stringify([list, settings])).toBe(before);
    expect([Object.isFrozen(batch), Object.isFrozen(batch.rates), Object.isFrozen(batch.progress)]).toEqual([true, true, true]);
  });
});
