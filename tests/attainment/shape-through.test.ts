/*
 * The shape of a target over ranges that are not years, and the part of a target up to a point
 * (targetThrough, seen through the pace and its partial assessment): which period and base it
 * reads, which parts a sum adds, and the reason given for a point it cannot be cut at. Also the
 * reporting conventions (plan fulfilment of a lower-is-better plan, the same period last year).
 */
import { describe, expect, it } from 'vitest';
import {
  type TargetPace,
  assessTarget,
  assessTargetPace,
  compareWithSamePeriod,
  describePlanFulfilment,
  getIndicator,
  percentOfSamePeriod,
  targetShape,
  targetShapes,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { data, target } from './helpers.js';

describe('a range that is not a range of years is a single period', () => {
  it('a flow level over three quarters is a flow level, a growth over six months a one-period growth', () => {
    const investment = getIndicator(catalog, 'INVESTMENT');
    expect(targetShape(target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1, period: '2024-Q1/2024-Q3' }), investment)).toBe('flow-level');
    expect(targetShape(target({ indicator: 'INVESTMENT', basis: 'growth', comparator: 'at-least', value: 1, period: '2024-M01/2024-M06' }), investment)).toBe('growth');
    expect(targetShapes).toEqual(['flow-level', 'state-level', 'change', 'growth', 'average-growth', 'cumulative']);
  });

  it('its growth is from the same three quarters a year earlier, and its sum adds each quarter', () => {
    const growth = target({ indicator: 'INVESTMENT', basis: 'growth', comparator: 'at-least', value: 1, period: '2024-Q1/2024-Q3' });
    const nineMonths = data({ indicator: 'INVESTMENT', period: '2023-Q1/2023-Q3', value: 100 }, { indicator: 'INVESTMENT', period: '2024-Q1/2024-Q3', value: 110 });
    const assessed = assessTarget(growth, nineMonths, { catalog });
    expect([assessed.status, assessed.quantity?.toString(), assessed.base?.period, assessed.actual?.period]).toEqual(['exceeded', '10', '2023-Q1/2023-Q3', '2024-Q1/2024-Q3']);
    const sum = target({ indicator: 'INVESTMENT', basis: 'cumulative', comparator: 'at-least', value: 300, period: '2024-Q1/2024-Q3' });
    const quarters = data(...['2024-Q1', '2024-Q2', '2024-Q3'].map((period, index) => ({ indicator: 'INVESTMENT', period, value: 100 + 10 * index })));
    const summed = assessTarget(sum, quarters, { catalog });
    expect([summed.status, summed.quantity?.toString(), summed.parts.map((part) => part.period)]).toEqual(['exceeded', '330', ['2024-Q1', '2024-Q2', '2024-Q3']]);
  });
});

/** The pace's status, reason, quantity and the period and base of the part assessed. */
function cut(pace: TargetPace) {
  return [pace.status, pace.reason?.message ?? null, pace.quantity?.toString() ?? null, pace.partial?.target.period, pace.partial?.target.basePeriod ?? null];
}

describe('the part of a five-year target up to a point', () => {
  const sum = target({ indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025', comparator: 'at-least', value: 5000 });
  const invested = data(
    { indicator: 'INVESTMENT', period: '2021', value: 900 },
    { indicator: 'INVESTMENT', period: '2021-S1', value: 400 },
    { indicator: 'INVESTMENT', period: '2022', value: 1000 },
    { indicator: 'INVESTMENT', period: '2022-M01/2022-M03', value: 200 },
  );
  const sumTo = (toDate: string) => assessTargetPace(sum, invested, { catalog, toDate });

  it('a sum adds the whole years done, then the year to date', () => {
    expect([...cut(sumTo('2021')), sumTo('2021').partial?.parts.map((part) => part.period)]).toEqual(['behind', null, '900', '2021', null, ['2021']]);
    expect([...cut(sumTo('2021-S1')), sumTo('2021-S1').partial?.parts.map((part) => part.period)]).toEqual(['behind', null, '400', '2021-S1', null, ['2021-S1']]);
    expect([...cut(sumTo('2021/2022')), sumTo('2021/2022').partial?.parts.map((part) => part.period)]).toEqual(['behind', null, '1900', '2021/2022', null, ['2021', '2022']]);
    const quarter = sumTo('2022-M01/2022-M03');
    expect([quarter.quantity?.toString(), quarter.partial?.parts.map((part) => part.period)]).toEqual(['1100', ['2021', '2022-M01/2022-M03']]);
  });

  it('a sum is not cut at a part of a year that does not start in January, nor outside its years', () => {
    expect(cut(sumTo('2024-Q2'))).toEqual([
      'not-assessable',
      'a sum over 2021/2025 is taken to 2024-Q2 only from 1 January of its year; use a year-to-date period such as 2024-M01/2024-M06',
      null,
      '2021/2025',
      null,
    ]);
    expect(cut(sumTo('2019'))[1]).toBe('2019 ends on 2019-12-31, outside the period 2021/2025 of target T; choose a period that ends within it');
    expect(cut(sumTo('2026'))[1]).toBe('2026 ends on 2026-12-31, outside the period 2021/2025 of target T; choose a period that ends within it');
    expect(cut(sumTo('2025-Q4'))[0]).toBe('not-assessable');
    expect(cut(sumTo('2025-M01/2025-M12'))[1]).toBe('no value of INVESTMENT for area 402 in 2023, 2024, 2025 (needed for the cumulative 2021/2025)');
  });

  it('an average growth needs a whole year; cut inside a year it averages the whole years before', () => {
    const average = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', comparator: 'at-least', value: 7 });
    const output = data({ indicator: 'PRODUCTION_VALUE', period: '2020', value: 100 }, { indicator: 'PRODUCTION_VALUE', period: '2021', value: 107 });
    expect(cut(assessTargetPace(average, output, { catalog, toDate: '2021-S1' }))).toEqual([
      'not-assessable',
      'the average growth of target T needs at least the whole year 2021; 2021-S1 ends on 2021-06-30',
      null,
      '2021/2025',
      null,
    ]);
    expect(cut(assessTargetPace(average, output, { catalog, toDate: '2022-S1' }))).toEqual(['on-pace', null, '7', '2021', '2020']);
  });

  it('a level or change reads the sub-period, or the last whole year, from the same base', () => {
    const urban = target({ indicator: 'URBANISATION_RATE', basis: 'level', period: '2021/2025', comparator: 'at-least', value: 15 });
    const rates = data({ indicator: 'URBANISATION_RATE', period: '2020', value: 12 }, { indicator: 'URBANISATION_RATE', period: '2023-S1', value: 13 }, { indicator: 'URBANISATION_RATE', period: '2023', value: 14 });
    // 30 of 60 months: 12 + 0.5 × 3 = 13.5
    expect([...cut(assessTargetPace(urban, rates, { catalog, toDate: '2023-S1' })), assessTargetPace(urban, rates, { catalog, toDate: '2023-S1' }).expected?.toString()]).toEqual(['behind', null, '13', '2023-S1', '2020', '13.5']);
    expect([...cut(assessTargetPace(urban, rates, { catalog, toDate: '2021/2023' })), assessTargetPace(urban, rates, { catalog, toDate: '2021/2023' }).expected?.toString()]).toEqual(['ahead', null, '14', '2023', '2020', '13.8']);
  });
});

describe('the part of a one-period target up to a point', () => {
  it('a growth reads the same part of its base period, however many years back', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2022', comparator: 'at-least', value: 10 });
    const halves = data({ indicator: 'PRODUCTION_VALUE', period: '2022-S1', value: 100 }, { indicator: 'PRODUCTION_VALUE', period: '2024-S1', value: 112 });
    expect(cut(assessTargetPace(growth, halves, { catalog, toDate: '2024-S1' }))).toEqual(['ahead', null, '12', '2024-S1', '2022-S1']);
  });

  it('a change of a stock keeps its whole base period', () => {
    const communes = target({ indicator: 'NTM_COMMUNES', basis: 'change', basePeriod: '2022', comparator: 'at-least', value: 2 });
    const counted = data({ indicator: 'NTM_COMMUNES', period: '2022', value: 10 }, { indicator: 'NTM_COMMUNES', period: '2024-S1', value: 11 });
    expect(cut(assessTargetPace(communes, counted, { catalog, toDate: '2024-S1' }))).toEqual(['on-pace', null, '1', '2024-S1', '2022']);
  });

  it('a point that ends inside the period but starts before it is refused', () => {
    const secondHalf = target({ indicator: 'INVESTMENT', basis: 'level', period: '2024-S2', comparator: 'at-least', value: 500 });
    const fourth = data({ indicator: 'INVESTMENT', period: '2024-Q4', value: 300 });
    expect(cut(assessTargetPace(secondHalf, fourth, { catalog, toDate: '2024' }))).toEqual(['not-assessable', '2024 is not within the period 2024-S2 of target T', null, '2024-S2', null]);
    // The last quarter ends on the period's last day: it is within.
    expect(cut(assessTargetPace(secondHalf, fourth, { catalog, toDate: '2024-Q4' }))).toEqual(['behind', null, '300', '2024-Q4', '2023-S2']);
  });
});

describe('reporting conventions', () => {
  it('a lower-is-better plan overrun is a shortfall; exactly at plan is neither', () => {
    const overrun = describePlanFulfilment(12, 10, 'decreasing');
    expect([overrun.percentOfPlan.toString(), overrun.exceeded, overrun.excessPercent.toString(), overrun.shortfallPercent.toString()]).toEqual(['120', false, '0', '20']);
    const under = describePlanFulfilment(9, 10, 'decreasing');
    expect([under.exceeded, under.excessPercent.toString(), under.shortfallPercent.toString()]).toEqual([true, '10', '0']);
    for (const direction of ['increasing', 'decreasing'] as const) {
      const exact = describePlanFulfilment(10, 10, direction);
      expect([exact.percentOfPlan.toString(), exact.exceeded, exact.excessPercent.toString(), exact.shortfallPercent.toString()]).toEqual(['100', false, '0', '0']);
    }
  });

  it('the same period last year: a zero or missing value gives no percent, and the as-of date chooses the value', () => {
    const quarters = data(
      { indicator: 'X', period: '2023-Q1', value: 0 },
      { indicator: 'X', period: '2024-Q1', value: 5 },
      { indicator: 'X', period: '2023-Q2', value: 4, status: 'estimate', published: '2023-07-01' },
      { indicator: 'X', period: '2023-Q2', value: 5, published: '2023-12-01' },
      { indicator: 'X', period: '2024-Q2', value: 6 },
    );
    const compare = (period: string, asOf?: string) => {
      const result = compareWithSamePeriod(quarters, { indicator: 'X', area: '402', period }, asOf === undefined ? undefined : { asOf });
      return [result.period, result.previousPeriod, result.current?.toString() ?? null, result.previous?.toString() ?? null, result.percent?.toString() ?? null];
    };
    expect(compare('2024-Q1')).toEqual(['2024-Q1', '2023-Q1', '5', '0', null]);
    expect(compare('2024-Q2')).toEqual(['2024-Q2', '2023-Q2', '6', '5', '120']);
    expect(compare('2024-Q2', '2023-08-01')).toEqual(['2024-Q2', '2023-Q2', '6', '4', '150']);
    expect(compare('2024-Q3')).toEqual(['2024-Q3', '2023-Q3', null, null, null]);
    expect(compare('2025-Q1')).toEqual(['2025-Q1', '2024-Q1', null, '5', null]);
    expect(() => percentOfSamePeriod(1, 0)).toThrow('the same period last year is zero: "bằng X% so với cùng kỳ" is undefined');
  });
});
