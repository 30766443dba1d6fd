/*
 * The pace of a target, shape by shape, where the earlier tests left it open: what each refusal
 * names, a level with no base (measured against T itself, the tolerance a share of T), a maintained
 * level (held all along, never a path), which values to date a state may fall back on and which
 * reasons stop it, banded targets (with and without a value), a strict comparator exactly on the
 * path, and an average growth that has fallen to zero. Every number is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { type TargetPace, assessTarget, assessTargetPace, expectedShare, paceAgainstTarget } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from '../helpers.js';
import { data, target } from './helpers.js';

/** The parts of a pace a report prints, as text. */
function printed(pace: TargetPace) {
  return {
    status: pace.status,
    actual: pace.actual?.period ?? null,
    quantity: pace.quantity?.toString() ?? null,
    expected: pace.expected?.toString() ?? null,
    base: pace.base?.period ?? null,
    share: pace.pace?.share.toString() ?? null,
    paceRatio: pace.pace?.paceRatio?.toString() ?? null,
    growthToDate: pace.growthToDate?.toString() ?? null,
    remaining: pace.remaining === null ? null : [pace.remaining.kind, pace.remaining.value.toString(), pace.remaining.years, pace.remaining.perYear?.toString() ?? null],
  };
}

describe('the refusals of the pace functions name what was wrong', () => {
  it('expectedShare: a given share that is not a number, a seasonal profile that sums to zero', () => {
    expectFailure(() => expectedShare('2024', { method: 'given', share: 'half' }), 'invalid-number', /^share must be a decimal number/);
    expectFailure(
      () => expectedShare('2024', { method: 'seasonal', history: [{ toDate: 5, total: 10 }, { toDate: -5, total: -10 }] }),
      'insufficient-data',
      'a seasonal profile needs a non-zero annual total',
    );
  });

  it('paceAgainstTarget: each argument by its name, and a zero target', () => {
    const valid = { toDate: 520, target: 1000, expectedShare: '0.5', tolerance: '0.01' };
    expectFailure(() => paceAgainstTarget({ ...valid, target: 'x' }), 'invalid-number', /^target must be a decimal number/);
    expectFailure(() => paceAgainstTarget({ ...valid, toDate: 'x' }), 'invalid-number', /^toDate must be a decimal number/);
    expectFailure(() => paceAgainstTarget({ ...valid, expectedShare: 'x' }), 'invalid-number', /^expectedShare must be a decimal number/);
    expectFailure(() => paceAgainstTarget({ ...valid, tolerance: 'x' }), 'invalid-number', /^tolerance must be a decimal number/);
    expectFailure(() => paceAgainstTarget({ ...valid, target: 0 }), 'division-by-zero', 'pace needs a non-zero target for the whole period');
  });

  it('assessTargetPace: a tolerance that is not a number is the caller\'s mistake, not a data problem', () => {
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const dataset = data({ indicator: 'INVESTMENT', period: '2024-S1', value: 520 });
    expectFailure(() => assessTargetPace(investment, dataset, { catalog, toDate: '2024-S1', tolerance: 'one percent' }), 'invalid-number', /^tolerance must be a decimal number/);
    // A malformed expected-share option is not reported as a period problem either.
    expect(() => assessTargetPace(investment, dataset, { catalog, toDate: '2024-S1', expected: { method: 'seasonal' } as never })).toThrow(TypeError);
  });
});

describe('a level of a stock or rate without a base is measured against T itself', () => {
  const urbanisation = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'at-least', value: 15 });
  const september = data({ indicator: 'URBANISATION_RATE', period: '2024-M09', value: '14.7' });

  it('14.7% after nine months of a 15% target with no 2023 value: 0.98 of T, behind, T never pro-rated', () => {
    expect(printed(assessTargetPace(urbanisation, september, { catalog, toDate: '2024-M01/2024-M09' }))).toEqual({
      status: 'behind',
      actual: '2024-M09',
      quantity: '14.7',
      expected: '15',
      base: null,
      share: '0.98',
      // 0.98 / 0.75
      paceRatio: '1.306666666666666666666666666666666666667',
      growthToDate: null,
      remaining: ['level', '0.3', null, null],
    });
  });

  it('the tolerance is a share of T: 0.02 of 15 points is 0.3', () => {
    const at = (tolerance: string) => assessTargetPace(urbanisation, september, { catalog, toDate: '2024-M01/2024-M09', tolerance }).status;
    expect([at('0.02'), at('0.019')]).toEqual(['on-pace', 'behind']);
  });
});

describe('a maintained level must hold all along: no path from the base', () => {
  const keep = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'maintain', value: 15 });
  const rates = (value: string) => data({ indicator: 'URBANISATION_RATE', period: '2023', value: 14 }, { indicator: 'URBANISATION_RATE', period: '2024-M09', value });

  it('14.8% after nine months is behind 15% although a path from 14% would expect only 14.75%', () => {
    expect(printed(assessTargetPace(keep, rates('14.8'), { catalog, toDate: '2024-M01/2024-M09' }))).toMatchObject({
      status: 'behind',
      quantity: '14.8',
      expected: '15',
      base: null,
      share: '0.9866666666666666666666666666666666666667',
    });
    expect(assessTargetPace(keep, rates('15.1'), { catalog, toDate: '2024-M01/2024-M09' }).status).toBe('ahead');
  });
});

describe('which value to date a target reads', () => {
  it('a change of a flow reads only its own period: a second quarter is not a first half', () => {
    const more = target({ indicator: 'INVESTMENT', basis: 'change', comparator: 'at-least', value: 100 });
    const quarters = data(
      { indicator: 'INVESTMENT', period: '2023-S1', value: 450 },
      { indicator: 'INVESTMENT', period: '2023-Q2', value: 250 },
      { indicator: 'INVESTMENT', period: '2024-Q2', value: 300 },
    );
    const pace = assessTargetPace(more, quarters, { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.shape, pace.reason]).toEqual(['not-assessable', 'change', { code: 'missing-actual', message: 'no actual value of INVESTMENT for area 402 in 2024-S1' }]);
    // With the half year itself: 520 − 450 = 70 against the 50 expected after six months
    const half = data({ indicator: 'INVESTMENT', period: '2023-S1', value: 450 }, { indicator: 'INVESTMENT', period: '2024-S1', value: 520 });
    expect(printed(assessTargetPace(more, half, { catalog, toDate: '2024-S1' }))).toMatchObject({ status: 'ahead', quantity: '70', expected: '50', share: '0.7' });
  });

  it('a growth of a stock compares the period itself with the same period a year earlier, never a quarter', () => {
    const people = target({ indicator: 'POPULATION', basis: 'growth', comparator: 'at-least', value: 1 });
    const quarters = data(
      { indicator: 'POPULATION', period: '2023-S1', value: 80000 },
      { indicator: 'POPULATION', period: '2023-Q2', value: 80000 },
      { indicator: 'POPULATION', period: '2024-Q2', value: 81000 },
    );
    const pace = assessTargetPace(people, quarters, { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.shape, pace.reason?.code, pace.growthToDate]).toEqual(['not-assessable', 'growth', 'missing-actual', null]);
    const halves = data({ indicator: 'POPULATION', period: '2023-S1', value: 80000 }, { indicator: 'POPULATION', period: '2024-S1', value: 81000 });
    // 81,000 / 80,000 − 1 = 1.25%
    expect(printed(assessTargetPace(people, halves, { catalog, toDate: '2024-S1' }))).toMatchObject({ status: 'ahead', growthToDate: '1.25', expected: '1', share: null });
  });

  it('a state falls back on a quarter or month only when the value of the period itself is missing, not when it conflicts', () => {
    const urbanisation = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'at-least', value: 15 });
    const conflicting = data(
      { indicator: 'URBANISATION_RATE', period: '2023', value: 14 },
      { indicator: 'URBANISATION_RATE', period: '2024-S1', value: '14.4', status: 'estimate' },
      { indicator: 'URBANISATION_RATE', period: '2024-S1', value: '14.6', status: 'estimate' },
      { indicator: 'URBANISATION_RATE', period: '2024-M06', value: '14.6' },
    );
    const pace = assessTargetPace(urbanisation, conflicting, { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.reason?.code, pace.actual]).toEqual(['not-assessable', 'conflicting-values', null]);
    expect(pace.reason?.message).toMatch(/^URBANISATION_RATE for area 402 in 2024-S1 has conflicting estimate values \(14\.4, 14\.6\)/);
  });
});

describe('banded targets and strict comparators', () => {
  it('a band on a change measures its share against the upper bound, whatever the base', () => {
    // 1 to 3 more communes in 2024, from 10: after six months the band is [0.5, 1.5] and 1 is inside
    const band = target({ indicator: 'NTM_COMMUNES', basis: 'change', comparator: 'between', lower: 1, upper: 3 });
    const communes = data({ indicator: 'NTM_COMMUNES', period: '2023', value: 10 }, { indicator: 'NTM_COMMUNES', period: '2024-Q2', value: 11 });
    expect(printed(assessTargetPace(band, communes, { catalog, toDate: '2024-S1' }))).toEqual({
      status: 'on-pace',
      actual: '2024-Q2',
      quantity: '1',
      expected: null,
      base: null,
      share: '0.3333333333333333333333333333333333333333',
      paceRatio: '0.6666666666666666666666666666666666666666',
      growthToDate: null,
      remaining: null,
    });
    // A tolerance says how far from one expected value is on pace; a band has none, so it is read as is
    const outside = data({ indicator: 'NTM_COMMUNES', period: '2023', value: 10 }, { indicator: 'NTM_COMMUNES', period: '2024-Q2', value: 12 });
    expect(assessTargetPace(band, outside, { catalog, toDate: '2024-S1', tolerance: '0.5' }).status).toBe('behind');
  });

  it('a band that also carries a value has no single expected value and no remainder', () => {
    const band = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'between', lower: 900, upper: 1100, value: 1000 });
    const pace = assessTargetPace(band, data({ indicator: 'INVESTMENT', period: '2024-S1', value: 520 }), { catalog, toDate: '2024-S1' });
    expect([pace.status, pace.expected, pace.remaining, pace.pace?.share.toString()]).toEqual(['on-pace', null, null, '0.52']);
  });

  it('"more than 1,000 tỷ": exactly 500 after six months is behind, not on pace', () => {
    const moreThan = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'more-than', value: 1000 });
    const at = (value: number) => assessTargetPace(moreThan, data({ indicator: 'INVESTMENT', period: '2024-S1', value }), { catalog, toDate: '2024-S1' }).status;
    expect([at(500), at(501)]).toEqual(['behind', 'ahead']);
    // and at the end of the year, as assessTarget says
    const year = data({ indicator: 'INVESTMENT', period: '2024', value: 1000 });
    expect([assessTargetPace(moreThan, year, { catalog, toDate: '2024' }).status, assessTarget(moreThan, year, { catalog }).status]).toEqual(['behind', 'not-met']);
  });
});

describe('an average growth that has fallen to zero', () => {
  it('is −100% a year, behind, and no growth rate can bring the remaining years back from zero', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 7 });
    const output = data(
      { indicator: 'PRODUCTION_VALUE', period: '2020', value: 4050 },
      { indicator: 'PRODUCTION_VALUE', period: '2021', value: 4310 },
      { indicator: 'PRODUCTION_VALUE', period: '2022', value: 0 },
    );
    expect(printed(assessTargetPace(growth, output, { catalog, toDate: '2021/2022' }))).toEqual({
      status: 'behind',
      actual: '2022',
      quantity: '-100',
      expected: '7',
      base: null,
      share: null,
      paceRatio: null,
      growthToDate: '-100',
      remaining: null,
    });
  });
});
