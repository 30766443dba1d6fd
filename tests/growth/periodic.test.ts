import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type ObservationInput,
  averageAnnualGrowthOfSeries,
  buildDataset,
  chainGrowthRates,
  formatPeriod,
  growthRate,
  growthReasons,
  leastSquaresGrowth,
  parseObservations,
  periodGrowth,
  round,
  seriesGrowth,
  shiftPeriod,
} from '../../src/index.js';
import { nhuXuanDataset2024 } from '../../src/datasets/nhu-xuan/index.js';
import { expectFailure } from '../helpers.js';

const production = { indicator: 'PRODUCTION_VALUE', area: '402' } as const;
const revenue = { indicator: 'BUDGET_REVENUE', area: '402' } as const;

function datasetOf(values: Readonly<Record<string, string | number>>, dimensions?: Record<string, string>) {
  const rows: ObservationInput[] = Object.entries(values).map(([period, value]) => ({
    indicator: 'X',
    area: '1',
    period,
    value,
    status: 'official',
    ...(dimensions === undefined ? {} : { dimensions }),
  }));
  return buildDataset(parseObservations(rows));
}

describe('periodGrowth', () => {
  it('compares the first half of 2024 with the first half of 2023 (301 against 280 is up 7.5%)', () => {
    const result = periodGrowth(nhuXuanDataset2024, { ...revenue, period: '2024-S1' }, { compare: 'same-period-last-year' });
    expect(result.period).toBe('2024-S1');
    expect(result.basePeriod).toBe('2023-S1');
    expect(result.rate?.toString()).toBe('7.5');
    expect(result.index?.toString()).toBe('107.5');
    expect(result.change?.toString()).toBe('21');
    expect([result.current?.value.toString(), result.current?.status]).toEqual(['301', 'estimate']);
    expect([result.base?.value.toString(), result.base?.status]).toEqual(['280', 'official']);
    expect(result.reason).toBeNull();
  });

  it('compares a year with the year before: gross output 5,436 against 5,120 is up 6.171875%', () => {
    const result = periodGrowth(nhuXuanDataset2024, { ...production, period: '2024' }, { compare: 'previous-period' });
    expect(result.basePeriod).toBe('2023');
    expect(result.rate?.toString()).toBe('6.171875');
    expect(result.index?.toString()).toBe('106.171875');
  });

  it('compares nine months with the same nine months of last year', () => {
    const dataset = datasetOf({ '2023-M01/2023-M09': 800, '2024-M01/2024-M09': 860, '2024-M01/2024-M06': 500 });
    const result = periodGrowth(dataset, { indicator: 'X', area: '1', period: '2024-M01/2024-M09' }, { compare: 'same-period-last-year' });
    expect(result.basePeriod).toBe('2023-M01/2023-M09');
    expect(result.rate?.toString()).toBe('7.5');
  });

  it('compares a quarter with the quarter before and with the same quarter of last year', () => {
    const dataset = datasetOf({ '2023-Q3': 200, '2024-Q2': 240, '2024-Q3': 250 });
    const key = { indicator: 'X', area: '1', period: { type: 'quarter', year: 2024, quarter: 3 } } as const;
    const previous = periodGrowth(dataset, key, { compare: 'previous-period' });
    const lastYear = periodGrowth(dataset, key, { compare: 'same-period-last-year' });
    expect([previous.basePeriod, round(previous.rate ?? 0, 4).toString()]).toEqual(['2024-Q2', '4.1667']);
    expect([lastYear.basePeriod, lastYear.rate?.toString()]).toEqual(['2023-Q3', '25']);
  });

  it('gives missing-value, not an error, when the base period has no value', () => {
    const result = periodGrowth(nhuXuanDataset2024, { indicator: 'INCOME_PER_CAPITA', area: '402', period: '2023' }, { compare: 'previous-period' });
    expect([result.basePeriod, result.base, result.rate, result.index, result.change, result.reason]).toEqual(['2022', null, null, null, null, 'missing-value']);
    expect(result.current?.value.toString()).toBe('42.1');
  });

  it('gives missing-value when the base was not yet published at the as-of date', () => {
    // the official 2023-S1 figure is dated 2024-06-28
    const result = periodGrowth(nhuXuanDataset2024, { ...revenue, period: '2024-S1' }, { compare: 'same-period-last-year', asOf: '2024-06-26' });
    expect([result.current?.value.toString(), result.base, result.reason]).toEqual(['301', null, 'missing-value']);
  });

  it('gives zero-base with the absolute change when the base value is zero', () => {
    const result = periodGrowth(datasetOf({ '2023': 0, '2024': 12 }), { indicator: 'X', area: '1', period: '2024' }, { compare: 'previous-period' });
    expect([result.rate, result.index, result.change?.toString(), result.reason]).toEqual([null, null, '12', 'zero-base']);
  });

  it('gives opposite-signs when a loss turns into a profit, and a rate of the magnitude for two losses', () => {
    const dataset = datasetOf({ '2022': -20, '2023': -10, '2024': 5 });
    const turned = periodGrowth(dataset, { indicator: 'X', area: '1', period: '2024' }, { compare: 'previous-period' });
    const losses = periodGrowth(dataset, { indicator: 'X', area: '1', period: '2023' }, { compare: 'previous-period' });
    expect([turned.rate, turned.change?.toString(), turned.reason]).toEqual([null, '15', 'opposite-signs']);
    expect(losses.rate?.toString()).toBe('-50');
  });

  it('gives no-base-period for ISO week 53 when last year had 52 weeks', () => {
    const result = periodGrowth(datasetOf({ '2026-W53': 5 }), { indicator: 'X', area: '1', period: '2026-W53' }, { compare: 'same-period-last-year' });
    expect([result.basePeriod, result.reason]).toEqual([null, 'no-base-period']);
    expect(growthReasons).toContain('no-base-period');
  });

  it('reads the series of the dimensions given', () => {
    const dataset = datasetOf({ '2023': 40, '2024': 50 }, { sex: 'F' });
    const key = { indicator: 'X', area: '1', period: '2024', dimensions: { sex: 'F' } };
    expect(periodGrowth(dataset, key, { compare: 'previous-period' }).rate?.toString()).toBe('25');
    expect(periodGrowth(dataset, { ...key, dimensions: { sex: 'M' } }, { compare: 'previous-period' }).reason).toBe('missing-value');
  });

  it('rejects an unknown comparison and an invalid period code', () => {
    const key = { ...revenue, period: '2024-S1' };
    // @ts-expect-error: a plain JavaScript caller may pass any string
    expectFailure(() => periodGrowth(nhuXuanDataset2024, key, { compare: 'yoy' }), 'invalid-argument', `options.compare must be 'previous-period' or 'same-period-last-year'; got "yoy"`);
    expectFailure(() => periodGrowth(nhuXuanDataset2024, { ...revenue, period: '2024-Q5' }, { compare: 'previous-period' }), 'invalid-period', /2024-Q5/);
  });
});

describe('seriesGrowth', () => {
  it('gives the year-on-year growth of every year of a series, the first without a base', () => {
    const rows = seriesGrowth(nhuXuanDataset2024, production, { compare: 'previous-period', periodType: 'year' });
    expect(rows.map((row) => row.period)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(rows.map((row) => (row.rate === null ? row.reason : round(row.rate, 4).toString()))).toEqual([
      'missing-value',
      '6.4198',
      '9.0487',
      '8.9362',
      '6.1719',
    ]);
  });

  it('compares each period with the same period of last year, halves with halves', () => {
    const rows = seriesGrowth(nhuXuanDataset2024, revenue, { compare: 'same-period-last-year' });
    const half = rows.find((row) => row.period === '2024-S1');
    expect([half?.basePeriod, half?.rate?.toString()]).toEqual(['2023-S1', '7.5']);
    expect(rows.map((row) => row.period)).toEqual(['2020', '2021', '2022', '2023-S1', '2023', '2024-S1', '2024']);
  });

  it('keeps only the accepted statuses: with plan values only, there is nothing to compare', () => {
    expect(seriesGrowth(nhuXuanDataset2024, production, { compare: 'previous-period', precedence: ['plan'] })).toEqual([]);
  });

  it('rejects an unknown comparison', () => {
    // @ts-expect-error: a plain JavaScript caller may pass anything
    expectFailure(() => seriesGrowth(nhuXuanDataset2024, production, { compare: 1 }), 'invalid-argument', /got 1$/);
  });

  it('law: chaining the period-on-period rates of a series gives the growth from its first to its last value', () => {
    const value = fc.integer({ min: 1, max: 99_999_999 }).map((cents) => new Decimal(cents).div(100));
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 16 }), fc.constantFrom('2019', '2023-Q4', '2024-M11'), (values, start) => {
        const codes = values.map((_, index) => formatPeriod(shiftPeriod(start, index)));
        const dataset = datasetOf(Object.fromEntries(codes.map((code, index) => [code, (values[index] ?? 1).toString()])));
        const rows = seriesGrowth(dataset, { indicator: 'X', area: '1' }, { compare: 'previous-period' });
        const rates = rows.slice(1).map((row) => row.rate ?? new Decimal(0));
        expect(rows.slice(1).every((row) => row.reason === null)).toBe(true);
        const first = values[0] ?? new Decimal(1);
        const last = values[values.length - 1] ?? first;
        const expected = growthRate(last, first);
        // each rate is rounded to 40 significant digits, and a rate near -100% loses digits when
        // turned back into an index (100 + r): compare to 28 significant digits
        const tolerance = Decimal.max(expected.abs(), 1).times('1e-28');
        expect(chainGrowthRates(rates).minus(expected).abs().lte(tolerance)).toBe(true);
      }),
    );
  });
});

describe('averageAnnualGrowthOfSeries', () => {
  it('gives the average annual growth 2021-2024 of gross output from the base year 2020: (5436 / 4050)^(1/4) - 1', () => {
    const result = averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2024');
    const Reference = DecimalJs.clone({ precision: 80 });
    const expected = new Reference(5436).div(4050).pow(new Reference(1).div(4)).minus(1).times(100);
    expect(result.value?.toFixed(30)).toBe(expected.toFixed(30));
    expect([result.baseYear, result.lastYear, result.yearsUsed, result.missingCount]).toEqual([2020, 2024, [2020, 2024], 0]);
    expect(round(result.value ?? 0, 2).toString()).toBe('7.64');
  });

  it('accepts a period value and one year, whose average growth is its year-on-year growth', () => {
    const range = { type: 'range', start: { type: 'year', year: 2021 }, end: { type: 'year', year: 2024 } } as const;
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, range).value?.toFixed(10)).toBe('7.6356421668');
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2024').value?.toString()).toBe('6.171875');
  });

  it('gives the least-squares rate of the same yearly values on request', () => {
    const result = averageAnnualGrowthOfSeries(nhuXuanDataset2024, revenue, '2021/2024', { method: 'least-squares', minimumPoints: 5 });
    const direct = leastSquaresGrowth(
      [['2020', '431.2'], ['2021', '468.9'], ['2022', '540.3'], ['2023', '612.5'], ['2024', '672.8']].map(([year, value]) => ({ year: Number(year), value: value ?? null })),
    );
    expect(result.method).toBe('least-squares');
    expect(result.value?.toString()).toBe(direct.value?.toString());
  });

  it("passes its rules on: method 'endpoint' named is the default, and minimumPoints can refuse a fit", () => {
    const byDefault = averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2024');
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2024', { method: 'endpoint' })).toEqual(byDefault);
    // five yearly values 2020-2024: a fit that asks for six has too few
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, revenue, '2021/2024', { method: 'least-squares', minimumPoints: 6 })).toMatchObject({
      value: null,
      reason: 'too-few-points',
    });
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2025', { maximumMissingPercent: 0 }).reason).toBe('too-many-missing');
  });

  it('reports a plan range not yet over, and too many missing years, instead of throwing', () => {
    const toDate = averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2025');
    expect([toDate.yearsUsed, toDate.missingCount, toDate.reason]).toEqual([[2020, 2024], 1, null]);
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2025', { requireEndpoints: true }).reason).toBe('missing-endpoint');
    // base 2015: 6 of the 11 years 2015-2025 have no value
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2016/2025').reason).toBe('too-many-missing');
    expect(averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2016/2025', { maximumMissingPercent: 100 }).value?.toFixed(2)).toBe('7.64');
  });

  it('reads only the accepted observations: as of mid-2024 the estimate of 2024 is not out yet', () => {
    const result = averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2024', { asOf: '2024-07-01' });
    expect([result.yearsUsed, result.missingCount]).toEqual([[2020, 2023], 1]);
  });

  it('rejects a range that is not made of calendar years, and an unknown method', () => {
    expectFailure(
      () => averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2024-Q1/2024-Q4'),
      'invalid-argument',
      `the range of an average annual growth must be a year or a range of years such as '2021/2025'; got 2024-Q1/2024-Q4`,
    );
    // @ts-expect-error: a plain JavaScript caller may pass any string
    expectFailure(() => averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/2024', { method: 'geometric' }), 'invalid-argument', `options.method must be 'endpoint' or 'least-squares'; got "geometric"`);
    expectFailure(() => averageAnnualGrowthOfSeries(nhuXuanDataset2024, production, '2021/20x4'), 'invalid-period', /2021\/20x4/);
  });
});
