import { describe, expect, it } from 'vitest';
import { aggregateOverTime } from '../../src/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanDataset2024 } from '../../src/datasets/nhu-xuan/index.js';
import { caught, catalog, data } from './helpers.js';

const quarters = (indicator: string, values: readonly (string | null)[], extra: { area?: string } = {}) =>
  values.flatMap((value, index) => (value === null ? [] : [{ indicator, period: `2024-Q${String(index + 1)}`, value, ...extra }]));

describe('aggregateOverTime', () => {
  it('adds the quarters of a flow into the year', () => {
    const dataset = data(...quarters('REVENUE', ['150.5', '170', '166.3', '185.2']));
    const result = aggregateOverTime(catalog, dataset, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'quarter' });
    expect([result.over, result.rule, result.area, result.period, result.value?.toString()]).toEqual(['time', 'sum', 'A', '2024', '672']);
    expect(result.parts.map((part) => part.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(result.completeness.share.toString()).toBe('1');
  });

  it('reports a missing quarter in completeness and sums the others', () => {
    const dataset = data(...quarters('REVENUE', ['150.5', null, '166.3', '185.2']));
    const result = aggregateOverTime(catalog, dataset, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'quarter' });
    expect(result.value?.toString()).toBe('502');
    expect(result.completeness).toMatchObject({ expected: 4, found: 3, missing: ['2024-Q2'] });
    expect(result.completeness.share.toString()).toBe('0.75');
  });

  it('takes the latest period with a value for a stock, not the sum', () => {
    const dataset = data(...quarters('POP', ['71800', '71900', '72050', null]));
    const result = aggregateOverTime(catalog, dataset, { indicator: 'POP', area: 'A', period: '2024', subType: 'quarter' });
    expect([result.rule, result.value?.toString(), result.completeness.missing]).toEqual(['last', '72050', ['2024-Q4']]);
  });

  it('takes the latest value even when the periods were observed out of order', () => {
    const dataset = data({ indicator: 'POP', period: '2024-Q4', value: 72100 }, { indicator: 'POP', period: '2024-Q1', value: 71800 });
    expect(aggregateOverTime(catalog, dataset, { indicator: 'POP', area: 'A', period: '2024', subType: 'quarter' }).value?.toString()).toBe('72100');
  });

  it('splits a range into its own periods when no sub-period type is given', () => {
    const result = aggregateOverTime(vnDistrictIndicatorCatalog, nhuXuanDataset2024, {
      indicator: 'BUDGET_REVENUE',
      area: '402',
      period: '2021/2024',
    });
    expect([result.value?.toString(), result.completeness.found]).toEqual(['2294.5', 4]);
  });

  it('splits a range into finer periods when asked, and a fiscal year by its start month', () => {
    const months = data({ indicator: 'REVENUE', period: '2024-M04', value: 3 }, { indicator: 'REVENUE', period: '2025-M03', value: 4 });
    const range = aggregateOverTime(catalog, months, { indicator: 'REVENUE', area: 'A', period: '2024-M04/2025-M03', subType: 'month' });
    expect([range.value?.toString(), range.completeness.expected]).toEqual(['7', 12]);
    const fiscal = aggregateOverTime(catalog, months, { indicator: 'REVENUE', area: 'A', period: '2024-FY04', subType: 'month' });
    expect(fiscal.value?.toString()).toBe('7');
    const years = aggregateOverTime(catalog, data({ indicator: 'REVENUE', period: '2024-FY04', value: 9 }), {
      indicator: 'REVENUE',
      area: 'A',
      period: '2024-FY04/2025-FY04',
      subType: 'fiscal-year',
      fiscalYearStartMonth: 4,
    });
    expect([years.value?.toString(), years.completeness.missing]).toEqual(['9', ['2025-FY04']]);
  });

  it('splits into weeks that start on another day, or into bi-months, when asked (DHIS2 weekly and bi-monthly data)', () => {
    const weeks = data({ indicator: 'REVENUE', period: '2017-WedW18', value: 2 }, { indicator: 'REVENUE', period: '2017-WedW19', value: 5 });
    const result = aggregateOverTime(catalog, weeks, {
      indicator: 'REVENUE',
      area: 'A',
      period: '2017-05-03/2017-05-16',
      subType: 'week',
      weekStart: 'wednesday',
    });
    expect([result.value?.toString(), result.completeness.expected]).toEqual(['7', 2]);
    const bimonths = data({ indicator: 'REVENUE', period: '2024-B1', value: 1 }, { indicator: 'REVENUE', period: '2024-B2', value: 2 });
    const half = aggregateOverTime(catalog, bimonths, { indicator: 'REVENUE', area: 'A', period: '2024-S1', subType: 'bimonth' });
    expect([half.value?.toString(), half.completeness.missing]).toEqual(['3', ['2024-B3']]);
  });

  it('combines rates of flows over time as a ratio of sums', () => {
    const dataset = data(
      { indicator: 'POOR', period: '2024-S1', value: 30 },
      { indicator: 'HH', period: '2024-S1', value: 1000 },
      { indicator: 'POVERTY', period: '2024-S2', value: '10', numerator: 10, denominator: 100 },
    );
    const result = aggregateOverTime(catalog, dataset, { indicator: 'POVERTY', area: 'A', period: '2024', subType: 'half', rule: 'ratio-of-sums' });
    expect([result.numerator?.toString(), result.denominator?.toString(), result.value?.toFixed(4)]).toEqual(['40', '1100', '3.6364']);
  });

  it('does not use a value observed for the whole period: only the sub-periods count', () => {
    const dataset = data({ indicator: 'REVENUE', period: '2024', value: 672 }, { indicator: 'REVENUE', period: '2024-S1', value: 301 });
    const result = aggregateOverTime(catalog, dataset, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'half' });
    expect([result.value?.toString(), result.completeness.missing]).toEqual(['301', ['2024-S2']]);
  });

  it('applies min, max, average and count over time when asked', () => {
    const dataset = data(...quarters('REVENUE', ['4', '10', '1', null]));
    const ask = (rule: 'min' | 'max' | 'average' | 'count') =>
      aggregateOverTime(catalog, dataset, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'quarter', rule }).value?.toString();
    expect([ask('min'), ask('max'), ask('average'), ask('count')]).toEqual(['1', '10', '5', '3']);
  });

  it('converts values reported in another scale', () => {
    const dataset = data(
      { indicator: 'REVENUE', period: '2024-S1', value: '301' },
      { indicator: 'REVENUE', period: '2024-S2', value: '371800', unit: { unit: 'VND', power: 6 } },
    );
    expect(aggregateOverTime(catalog, dataset, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'half' }).value?.toString()).toBe('672.8');
  });
});

describe('aggregateOverTime: bad input', () => {
  const dataset = data({ indicator: 'REVENUE', value: 1 });
  const ask = (options: Partial<Parameters<typeof aggregateOverTime>[2]>) =>
    caught(() => aggregateOverTime(catalog, dataset, { indicator: 'REVENUE', area: 'A', period: '2024', subType: 'quarter', ...options }));

  it('refuses a simple period without a sub-period type', () => {
    const error = ask({ subType: undefined });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe(
      "aggregating 2024 over time needs subType, the type of its sub-periods (such as 'quarter' or 'month'); only a range splits into its own periods",
    );
  });

  it('refuses a split that does not fit with unsupported-conversion', () => {
    const error = ask({ period: '2024-M01', subType: 'week' });
    expect(error.code).toBe('unsupported-conversion');
    expect(error.message).toContain('cannot split 2024-M01 into ISO weeks');
  });

  it('refuses an indicator whose rule over time is none, and rates added over time', () => {
    expect(ask({ indicator: 'INCOME_PC' }).message).toBe(
      'cannot aggregate INCOME_PC over time: the catalog gives it the rule none over time, so its values do not combine; report them one by one',
    );
    expect(ask({ indicator: 'POVERTY', rule: 'sum' }).code).toBe('invalid-argument');
  });

  it('refuses an unknown indicator, a missing area and a malformed period', () => {
    expect(ask({ indicator: 'NOPE' }).code).toBe('not-found');
    const area = ask({ area: '' });
    expect(area.code).toBe('invalid-argument');
    expect(area.message).toBe('area must be an area code such as "402"; got ""');
    expect(ask({ period: '2024-13' }).code).toBe('invalid-period');
  });

  it('refuses a fiscal-year split without a start month', () => {
    const error = ask({ period: '2024', subType: 'fiscal-year' });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('fiscalYearStartMonth');
  });
});
