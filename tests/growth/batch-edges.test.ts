/*
 * growthRatesBatch at its edges: Decimals read from their words (signs, two words, exponents at the
 * result bound), fractions beyond the safe integers and differences beyond 40 digits, a zero change
 * on a negative base, series the step path takes after rows were read, exact comparisons against a
 * negative base and thresholds of every scale, and the refusals and their messages.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type DecimalInput,
  type ProgressClass,
  type SeriesProgressSettings,
  type YearSeries,
  classifyProgressFromSeries,
  growthRatesBatch,
  progressBatch,
  rollingGrowthRates,
} from '../../src/index.js';
import { expectFailure } from '../helpers.js';

const yearly = (values: readonly (DecimalInput | null)[], from = 2020): YearSeries => values.map((value, index) => ({ year: from + index, value }));

/** The rates of series 0 of a batch as text (value or reason), checked against rollingGrowthRates first. */
function ratesOf(series: YearSeries): string[] {
  const rates = growthRatesBatch([series]).rates(0);
  expect(rates).toEqual(rollingGrowthRates(series));
  return rates.map((row) => row.value?.toString() ?? (row.reason as string));
}

describe('growthRatesBatch reads Decimals from their words', () => {
  it('of either sign, of one and two words, with negative exponents', () => {
    // d = [98, 7654321], [123, 4567891], [15] (e = −20), [45] (e = −20)
    expect(ratesOf(yearly([new Decimal('-98765432.1'), new Decimal('-123.4567891'), new Decimal('1.5e-20'), new Decimal('-4.5e-20')]))).toEqual([
      // (−123.4567891 + 98765432.1) / −98765432.1 × 100
      '-99.99987500000103781249998702734375016216',
      '-100.0000000000000000000121500001007235008',
      // (−4.5e−20 − 1.5e−20) / 1.5e−20 × 100
      '-400',
    ]);
  });

  it('at the exponents of the result bound, ±1000', () => {
    expect(ratesOf(yearly([new Decimal('2e1000'), new Decimal('7e1000'), new Decimal('-1.234567e1000'), new Decimal('1e-1000'), new Decimal('3e-1000'), new Decimal('-9.9e-1000')]))).toEqual([
      '250',
      '-117.6366714285714285714285714285714285714',
      '-100',
      '200',
      '-430',
    ]);
  });

  it('zeros of both signs as a zero base, and a zero change on a negative base as −0', () => {
    const rates = growthRatesBatch([yearly([new Decimal('-0'), 5, new Decimal(0), -5, new Decimal('-5')])]).rates(0);
    expect(rates.map((row) => row.value?.toString() ?? row.reason)).toEqual(['zero-base', '-100', 'zero-base', '0']);
    // decimal.js gives (−5 + 5) × 100 / −5 = −0, as rollingGrowthRates does
    expect(rates[3]?.value?.isNegative()).toBe(true);
    expect(rates).toEqual(rollingGrowthRates(yearly([new Decimal('-0'), 5, new Decimal(0), -5, new Decimal('-5')])));
  });
});

describe('growthRatesBatch keeps every digit', () => {
  it('of fractions beyond the safe integers', () => {
    expect(ratesOf(yearly([7, 8999999999999999, 9007199254740993n.toString(), '-9007199254740993']))).toEqual([
      // (8999999999999999 − 7) × 100 / 7
      '128571428571428457.1428571428571428571429',
      '0.07999171934437778666574659381975407397184',
      '-200',
    ]);
  });

  it('of differences beyond 40 digits, rounded to 40 half away from zero as decimal.js rounds them', () => {
    // 1e40 + 7 − 2 = 1e40 + 5, 41 digits: rounded up to 1e40 + 10, then × 100 / 2
    expect(ratesOf(yearly([2, '10000000000000000000000000000000000000007']))).toEqual(['5.000000000000000000000000000000000000005e+41']);
    // −(1e40 + 3) − 2 = −(1e40 + 5): rounded away from zero
    expect(ratesOf(yearly([2, '-10000000000000000000000000000000000000003']))).toEqual(['-5.000000000000000000000000000000000000005e+41']);
    // 1e40 + 6 − 2 = 1e40 + 4: rounded down to 1e40
    expect(ratesOf(yearly([2, '10000000000000000000000000000000000000006']))).toEqual(['5e+41']);
    // 40 digits exactly: nothing dropped
    expect(ratesOf(yearly([2, '1000000000000000000000000000000000000007']))).toEqual(['5.000000000000000000000000000000000000025e+40']);
  });

  it('in each series after a series the step path took, whose wide rows are given back', () => {
    const wide = ['1e30', '1.000000000000000000000000000000000000001e30', '3e45'];
    // years out of order at the end: the step path refuses nothing but sorts, so the rows read are dropped
    const unsorted: YearSeries = [...yearly(wide), { year: 2019, value: 1 }];
    const small = yearly([4, 5, 6, 9]);
    const batch = growthRatesBatch([unsorted, small]);
    expect(batch.rates(0)).toEqual(rollingGrowthRates(unsorted));
    expect(batch.rates(1).map((row) => row.value?.toString())).toEqual(['25', '20', '50']);
    expect(batch.rates(1)).toEqual(rollingGrowthRates(small));
    expect(batch.compareRate(1, 0, 25)).toBe(0);
    expect(batch.compareRate(1, 1, 25)).toBe(-1);
  });
});

describe('growthRatesBatch counts and places its rows', () => {
  it('rows of series read fast and by the step path, gaps, missing values and single rows', () => {
    const list: YearSeries[] = [
      yearly([1, 2, 3]),
      [
        { year: 2022, value: 9 },
        { year: 2020, value: 3 },
        { year: 2021, value: 6 },
      ],
      yearly([5]),
      [],
      [
        { year: 2020, value: 10 },
        { year: 2022, value: 12 },
        { year: 2023, value: null },
        { year: 2024, value: 15 },
      ],
    ];
    const batch = growthRatesBatch(list);
    expect(batch.length).toBe(5);
    expect(batch.rateCount).toBe(2 + 2 + 0 + 0 + 3);
    expect(batch.rates(1).map((row) => [row.year, row.baseYear, row.value?.toString() ?? row.reason])).toEqual([
      [2021, 2020, '100'],
      [2022, 2021, '50'],
    ]);
    expect(batch.rates(2)).toEqual([]);
    expect(batch.rates(3)).toEqual([]);
    expect(batch.rates(4).map((row) => [row.year, row.baseYear, row.value?.toString() ?? row.reason])).toEqual([
      [2022, 2021, 'missing-value'],
      [2023, 2022, 'missing-value'],
      [2024, 2023, 'missing-value'],
    ]);
    list.forEach((series, index) => {
      expect(batch.rates(index)).toEqual(rollingGrowthRates(series));
    });
    // rows read are copies: changing one changes nothing in the batch
    const [first] = batch.rates(1) as { year: number }[];
    if (first !== undefined) first.year = 1;
    expect(batch.rates(1)[0]?.year).toBe(2021);
  });
});

describe('growthRatesBatch.compareRate', () => {
  it('against a negative base, and thresholds of every scale and sign', () => {
    // (−2 + 4) × 100 / −4 = −50; (1e−30 + 2) × 100 / −2 = −100.00000000000000000000000000005
    const batch = growthRatesBatch([yearly([-4, -2, '1e-30', '1e-30'])]);
    expect(batch.rates(0).map((row) => row.value?.toString())).toEqual(['-50', '-100.00000000000000000000000000005', '0']);
    expect([-60, -50, '-49.999999999999999999999', '-4e1', 0].map((threshold) => batch.compareRate(0, 0, threshold))).toEqual([1, 0, -1, -1, -1]);
    expect(['-100.00000000000000000000000000006', '-100.00000000000000000000000000005', '-100.00000000000000000000000000004', '-1e-30'].map((threshold) => batch.compareRate(0, 1, threshold))).toEqual([
      1, 0, -1, -1,
    ]);
    expect([new Decimal('-1e-30'), 0, '1e-30', '1e20'].map((threshold) => batch.compareRate(0, 2, threshold))).toEqual([1, 0, -1, -1]);
  });

  it('of a rate beyond 40 digits and of large thresholds', () => {
    const batch = growthRatesBatch([yearly([2, '10000000000000000000000000000000000000007'])]);
    // the rate is 5.000000000000000000000000000000000000005e41 after the rounding of the difference
    expect(['5e41', '5.000000000000000000000000000000000000005e41', '5.0000000000000000000000000000000000000051e41', new Decimal('1e42')].map((threshold) => batch.compareRate(0, 0, threshold))).toEqual([
      1, 0, -1, -1,
    ]);
  });

  it('of a series the step path read, and null for a rate without a value', () => {
    const unsorted: YearSeries = [
      { year: 2021, value: 110 },
      { year: 2020, value: 100 },
      { year: 2022, value: null },
    ];
    const batch = growthRatesBatch([unsorted, yearly([0, 3, null, 4])]);
    expect([9, 10, '10.5'].map((threshold) => batch.compareRate(0, 0, threshold))).toEqual([1, 0, -1]);
    expect(batch.compareRate(0, 1, 10)).toBeNull();
    expect([0, 1, 2].map((position) => batch.compareRate(1, position, 0))).toEqual([null, null, null]);
  });

  it('refuses an index, a position or a value it cannot read, and says which', () => {
    const unsorted: YearSeries = [
      { year: 2021, value: 110 },
      { year: 2020, value: 100 },
    ];
    const batch = growthRatesBatch([yearly([1, 2, 3]), unsorted]);
    expectFailure(() => batch.rates(2), 'invalid-argument', 'index must be a whole number from 0 to 1; got the number 2');
    expectFailure(() => batch.rates(-1), 'invalid-argument', 'index must be a whole number from 0 to 1; got the number -1');
    expectFailure(() => batch.compareRate(0.5, 0, 1), 'invalid-argument', 'index must be a whole number from 0 to 1; got the number 0.5');
    expectFailure(() => batch.compareRate(0, 2, 1), 'invalid-argument', 'position must be a whole number from 0 to 1; got the number 2');
    expectFailure(() => batch.compareRate(0, -1, 1), 'invalid-argument', 'position must be a whole number from 0 to 1; got the number -1');
    expectFailure(() => batch.compareRate(0, 0.5, 1), 'invalid-argument', 'position must be a whole number from 0 to 1; got the number 0.5');
    expectFailure(() => batch.compareRate(1, 1, 1), 'invalid-argument', 'position must be a whole number from 0 to 0; got the number 1');
    expectFailure(() => batch.compareRate(0, 0, 'five'), 'invalid-number', 'value must be a decimal number such as 5.6; got "five"');
    expectFailure(() => batch.compareRate(1, 0, Number.NaN), 'invalid-number', 'value must be a decimal number such as 5.6; got the number NaN');
    expectFailure(() => growthRatesBatch({ length: 0 } as never), 'invalid-argument', /^growthRatesBatch takes a list of series; got /);
    expect(growthRatesBatch([]).rateCount).toBe(0);
    expectFailure(() => growthRatesBatch([]).rates(0), 'invalid-argument', 'index must be a whole number from 0 to -1; got the number 0');
  });
});

describe('progressBatch decides in floating point what it can, with the step path’s classes', () => {
  type Case = readonly [YearSeries, SeriesProgressSettings, ProgressClass];
  const increase = { baseYear: 2020, direction: 'increase' } as const;
  const decrease = { baseYear: 2020, direction: 'decrease' } as const;
  const fastCases: readonly Case[] = [
    [yearly([100, null, 110]), increase, 'substantial-progress'],
    [yearly([100, 101]), increase, 'moderate-progress'],
    [yearly([100, '100.2']), increase, 'limited-progress'],
    [yearly([100, 95]), increase, 'deterioration'],
    // a negative base: a rise toward zero is a fall of the size
    [yearly([-50, -45, -40]), decrease, 'deterioration'],
    [yearly([-50, -45, -40]), increase, 'substantial-progress'],
    // Decimals of five words and of many digits
    [yearly([new Decimal('123456789012345678901234567890.5'), new Decimal('130000000000000000000000000000.25')]), increase, 'substantial-progress'],
    [yearly(['8.2', '7.5', '6.1']), { ...decrease, target: { year: 2025, value: '4' } }, 'substantial-progress'],
    // a zero target is replaced by 0.5 (the default), as the step path does
    [yearly([80, 70, 60]), { ...decrease, target: { year: 2025, value: 0 } }, 'limited-progress'],
    // a natural limit at half the base or farther leaves the thresholds as they are
    [yearly([80, 82, 86]), { ...increase, limit: 40 }, 'substantial-progress'],
    [yearly([80, 82, 86]), { ...increase, limit: '-40' }, 'substantial-progress'],
    // the base is the first value from the base year on; the latest is the last value given
    [
      [
        { year: 2018, value: 5 },
        { year: 2020, value: 100 },
        { year: 2023, value: 101 },
        { year: 2024, value: null },
      ],
      { baseYear: 2019, direction: 'increase' },
      'limited-progress',
    ],
    [yearly([100, null, null]), increase, 'not-assessable'],
    [yearly([100, 120]), { baseYear: 2022, direction: 'increase' }, 'not-assessable'],
    [yearly([100, 50, -5]), increase, 'not-assessable'],
    [yearly([100, 120]), { ...increase, target: { year: 2020, value: 150 } }, 'not-assessable'],
    [yearly([100, 160]), { ...increase, target: { year: 2025, value: 150 } }, 'target-achieved'],
    [yearly([100, 40]), { ...decrease, target: { year: 2025, value: 50 } }, 'target-achieved'],
    [yearly([100, 0]), { ...decrease, target: { year: 2025, value: 50 } }, 'target-achieved'],
    [yearly([100, 50, 0]), decrease, 'substantial-progress'],
    [yearly([100, 90]), { ...increase, target: { year: 2025, value: 150 } }, 'deterioration'],
    // R = 4 / 5.0 = 0.8 of the required 5% a year
    [yearly([100, 104]), { ...increase, target: { year: 2024, value: '121.550625' } }, 'moderate-progress'],
    [yearly([0, 3, 4]), increase, 'substantial-progress'],
    [yearly([1e-100, 1e-99]), { ...increase, target: { year: 2030, value: 1e-90 } }, 'substantial-progress'],
    [yearly([new Decimal('9e280'), new Decimal('8e280')]), { ...decrease, target: { year: 2030, value: new Decimal('1e280') } }, 'limited-progress'],
  ];

  it('every class of series far from a threshold, none left to the step path', () => {
    const batch = progressBatch(
      fastCases.map(([series]) => series),
      fastCases.map(([, settings]) => settings),
    );
    expect(batch.classes()).toEqual(fastCases.map(([, , progressClass]) => progressClass));
    fastCases.forEach(([series, settings], index) => {
      expect(batch.progressClass(index)).toBe(classifyProgressFromSeries(series, settings).progressClass);
    });
    expect(batch.stepDecided).toBe(0);
  });

  it('values beyond the doubles it uses and a limit nearer than twice the base go to the step path', () => {
    const cases: readonly Case[] = [
      [yearly([new Decimal('9e300'), new Decimal('8e300')]), decrease, 'substantial-progress'],
      [yearly([80, 82, 86]), { ...increase, limit: 41 }, 'substantial-progress'],
      // a fall of a negative value is the decrease asked for
      [yearly([new Decimal('-1e-300'), new Decimal('-2e-300')]), decrease, 'substantial-progress'],
    ];
    const batch = progressBatch(
      cases.map(([series]) => series),
      cases.map(([, settings]) => settings),
    );
    expect(batch.classes()).toEqual(cases.map(([, , progressClass]) => progressClass));
    cases.forEach(([series, settings], index) => {
      expect(batch.progressClass(index)).toBe(classifyProgressFromSeries(series, settings).progressClass);
    });
    expect(batch.stepDecided).toBe(3);
  });
});
