/*
 * The pace of a target where the usual path does not apply: an indicator not in the catalog, a
 * point outside the target's period, the default expected share (whole months to the end of the
 * point reached), and what the rest of a range of years needs when the point falls inside a year.
 * Every number is worked out by hand from the values given.
 */
import { describe, expect, it } from 'vitest';
import { assessTargetPace } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { data, target } from './helpers.js';

describe('a pace that cannot be given says why', () => {
  it('an indicator missing from the catalog: no shape and no partial assessment', () => {
    const pace = assessTargetPace(target({ indicator: 'NOPE', basis: 'level', comparator: 'at-least', value: 1 }), data(), { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.reason, pace.shape, pace.partial, pace.actual, pace.toDate]).toEqual([
      'not-assessable',
      { code: 'unknown-indicator', message: 'indicator NOPE is not in the catalog' },
      null,
      null,
      null,
      '2024-S1',
    ]);
  });

  it('a point after the target period: outside-period, with the shape still named', () => {
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const pace = assessTargetPace(investment, data({ indicator: 'INVESTMENT', period: '2025-S1', value: 5 }), { catalog, toDate: '2025-S1' });
    expect([pace.status, pace.reason, pace.shape, pace.partial?.status, pace.pace, pace.expected]).toEqual([
      'not-assessable',
      { code: 'outside-period', message: '2025-S1 ends on 2025-06-30, outside the period 2024 of target T; choose a period that ends within it' },
      'flow-level',
      'not-assessable',
      null,
      null,
    ]);
  });
});

describe('the expected share unless given: whole months to the end of the point reached', () => {
  it('nine months of 2024 are 0.75 of the year: 700 of 1,000 tỷ is behind the 750 expected', () => {
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const pace = assessTargetPace(investment, data({ indicator: 'INVESTMENT', period: '2024-M01/2024-M09', value: 700 }), { catalog, toDate: '2024-m01/2024-m09' });
    expect([pace.toDate, pace.status, pace.expectedShare?.toString(), pace.expected?.toString(), pace.pace?.share.toString(), pace.partial?.status]).toEqual([
      '2024-M01/2024-M09',
      'behind',
      '0.75',
      '750',
      '0.7',
      'not-met',
    ]);
    expect([pace.remaining?.kind, pace.remaining?.value.toString(), pace.remaining?.years, pace.remaining?.perYear]).toEqual(['sum', '300', null, null]);
  });
});

describe('what the rest of a range of years needs, from a point inside a year', () => {
  const sum = target({ indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025', comparator: 'at-least', value: 5000 });
  const invested = data(...['2021', '2022'].map((period) => ({ indicator: 'INVESTMENT', period, value: 1000 })), { indicator: 'INVESTMENT', period: '2023-S1', value: 600 });

  it('after the first half of 2023, the years left are 2023 to 2025: 2,400 tỷ, 800 a year', () => {
    // 2,600 of 5,000 after 30 of 60 months: 0.52 done against 0.5 expected
    const pace = assessTargetPace(sum, invested, { catalog, toDate: '2023-S1' });
    expect([pace.status, pace.quantity?.toString(), pace.expected?.toString(), pace.expectedShare?.toString(), pace.pace?.share.toString()]).toEqual([
      'ahead',
      '2600',
      '2500',
      '0.5',
      '0.52',
    ]);
    expect([pace.remaining?.kind, pace.remaining?.value.toString(), pace.remaining?.years, pace.remaining?.perYear?.toString()]).toEqual(['sum', '2400', 3, '800']);
  });

  it('after the whole of 2022, the same three years are left: 3,000 tỷ, 1,000 a year', () => {
    const pace = assessTargetPace(sum, invested, { catalog, toDate: '2021/2022' });
    expect([pace.status, pace.remaining?.value.toString(), pace.remaining?.years, pace.remaining?.perYear?.toString()]).toEqual(['on-pace', '3000', 3, '1000']);
  });

  it('an average growth of 7% a year from 4,050 in 2020 needs 5.33% a year from 5,120 in 2023', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 7 });
    const output = data(...[4050, 4310, 4700, 5120].map((value, index) => ({ indicator: 'PRODUCTION_VALUE', period: String(2020 + index), value })));
    const pace = assessTargetPace(growth, output, { catalog, toDate: '2021/2023' });
    // 4,050 × 1.07^5 = 5,680.33 in 2025; (5,680.33 / 5,120)^(1/2) − 1 = 5.33%; the years so far grew 8.13% a year
    expect([pace.status, pace.growthToDate?.toFixed(2), pace.expected?.toString(), pace.pace]).toEqual(['ahead', '8.13', '7', null]);
    expect([pace.remaining?.kind, pace.remaining?.value.toFixed(4), pace.remaining?.years, pace.remaining?.perYear]).toEqual(['average-growth', '5.3300', 2, null]);
    // A tolerance of 1.2 points puts the 8.13% within reach of 7%: on pace
    expect(assessTargetPace(growth, output, { catalog, toDate: '2021/2023', tolerance: '1.2' }).status).toBe('on-pace');
    expect(assessTargetPace(growth, output, { catalog, toDate: '2021/2023', tolerance: '1.1' }).status).toBe('ahead');
  });
});
