import { describe, expect, it } from 'vitest';
import { type ObservationInput, averageAnnualGrowthOfSeries, buildDataset, parseObservations, periodGrowth, seriesGrowth } from '../../src/index.js';
import { expectFailure } from '../helpers.js';

const key = { indicator: 'X', area: '1' } as const;

function datasetOf(values: Readonly<Record<string, string | number>>) {
  const rows: ObservationInput[] = Object.entries(values).map(([period, value]) => ({ ...key, period, value, status: 'official' }));
  return buildDataset(parseObservations(rows));
}

describe('periodGrowth and seriesGrowth at the edges', () => {
  it('is missing-value when the period itself has no observation', () => {
    const result = periodGrowth(datasetOf({ '2023': 100 }), { ...key, period: '2024' }, { compare: 'previous-period' });
    expect([result.rate, result.index, result.change, result.reason]).toEqual([null, null, null, 'missing-value']);
    expect(result.basePeriod).toBe('2023');
  });

  it('gives a rate of zero, not negative zero, for an unchanged negative value', () => {
    const result = periodGrowth(datasetOf({ '2023': -5, '2024': -5 }), { ...key, period: '2024' }, { compare: 'previous-period' });
    expect(result.rate?.toString()).toBe('0');
    expect(result.rate?.isNegative()).toBe(false);
    expect(result.index?.toString()).toBe('100');
    const fromZero = periodGrowth(datasetOf({ '2023': -5, '2024': 0 }), { ...key, period: '2024' }, { compare: 'previous-period' });
    expect(fromZero.index?.isNegative()).toBe(false);
    expect(fromZero.rate?.toString()).toBe('-100');
  });

  it('describes an unknown comparison that is not text as it is', () => {
    expectFailure(
      () => seriesGrowth(datasetOf({ '2024': 1 }), key, { compare: 1n as never }),
      'invalid-argument',
      "options.compare must be 'previous-period' or 'same-period-last-year'; got 1",
    );
    expectFailure(
      () => periodGrowth(datasetOf({ '2024': 1 }), { ...key, period: '2024' }, { compare: 'last-year' as never }),
      'invalid-argument',
      `options.compare must be 'previous-period' or 'same-period-last-year'; got "last-year"`,
    );
  });
});

describe('averageAnnualGrowthOfSeries: the range must be years', () => {
  it.each(['2021-Q1/2022-Q4', '2021-01', '2021-S1/2022-S2'])('refuses %s', (range) => {
    expectFailure(
      () => averageAnnualGrowthOfSeries(datasetOf({ '2020': 100, '2025': 120 }), key, range),
      'invalid-argument',
      new RegExp(`^the range of an average annual growth must be a year or a range of years such as '2021/2025'; got `),
    );
  });

  it('reads a single year as a one-year range', () => {
    const result = averageAnnualGrowthOfSeries(datasetOf({ '2020': 100, '2021': 110 }), key, '2021');
    expect(result.value?.toString()).toBe('10');
    expect([result.baseYear, result.lastYear]).toEqual([2020, 2021]);
  });
});
