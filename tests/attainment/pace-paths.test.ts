/*
 * The pace of a target part way through its period, case by case: which value to date a state
 * reads (the period itself, then a quarter or month ending on its last day), the tolerance in the
 * quantity's unit, the share done along the path from a base, what the rest of the period needs,
 * and why a pace cannot be given. Every number is worked out by hand from the values given.
 */
import { describe, expect, it } from 'vitest';
import { type TargetPace, assessTargetPace, expectedShare, paceAgainstTarget } from '../../src/index.js';
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
    share: pace.pace?.share.toString() ?? null,
    paceRatio: pace.pace?.paceRatio?.toString() ?? null,
    remaining: pace.remaining === null ? null : [pace.remaining.kind, pace.remaining.value.toString(), pace.remaining.years, pace.remaining.perYear?.toString() ?? null],
  };
}

describe('a state reads its latest value to date', () => {
  const urbanisation = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'at-least', value: 15 });
  const from14 = (...observations: Parameters<typeof data>) => data({ indicator: 'URBANISATION_RATE', period: '2023', value: 14 }, ...observations);

  it('a half year reads the second quarter, else June; the path from 14% to 15% expects 14.5%', () => {
    const june = from14({ indicator: 'URBANISATION_RATE', period: '2024-M06', value: '14.6' });
    expect(printed(assessTargetPace(urbanisation, june, { catalog, toDate: '2024-S1' }))).toEqual({
      status: 'ahead', actual: '2024-M06', quantity: '14.6', expected: '14.5', share: '0.6', paceRatio: '1.2', remaining: ['level', '0.4', null, null],
    });
    const both = from14({ indicator: 'URBANISATION_RATE', period: '2024-M06', value: '14.6' }, { indicator: 'URBANISATION_RATE', period: '2024-Q2', value: '14.4' });
    expect(printed(assessTargetPace(urbanisation, both, { catalog, toDate: '2024-S1' }))).toEqual({
      status: 'behind', actual: '2024-Q2', quantity: '14.4', expected: '14.5', share: '0.4', paceRatio: '0.8', remaining: ['level', '0.6', null, null],
    });
  });

  it('nine months read September before the third quarter', () => {
    const september = from14({ indicator: 'URBANISATION_RATE', period: '2024-M09', value: '14.7' }, { indicator: 'URBANISATION_RATE', period: '2024-Q3', value: '14.9' });
    expect(printed(assessTargetPace(urbanisation, september, { catalog, toDate: '2024-M01/2024-M09' })).actual).toBe('2024-M09');
    const quarter = from14({ indicator: 'URBANISATION_RATE', period: '2024-Q3', value: '14.9' });
    expect(printed(assessTargetPace(urbanisation, quarter, { catalog, toDate: '2024-M01/2024-M09' }))).toMatchObject({ status: 'ahead', actual: '2024-Q3', expected: '14.75' });
  });

  it('eight months end no quarter, and a week ending mid-month ends no month', () => {
    const august = from14({ indicator: 'URBANISATION_RATE', period: '2024-M08', value: '14.9' });
    expect(assessTargetPace(urbanisation, august, { catalog, toDate: '2024-M01/2024-M08' }).actual?.period).toBe('2024-M08');
    expect(assessTargetPace(urbanisation, from14(), { catalog, toDate: '2024-M01/2024-M08' }).reason?.code).toBe('missing-actual');
    // Week 10 of 2024 ends on Sunday 10 March: March's value is not a value to that day.
    const march = from14({ indicator: 'URBANISATION_RATE', period: '2024-M03', value: '14.9' });
    const week = assessTargetPace(urbanisation, march, { catalog, toDate: '2024-W10' });
    expect([week.status, week.reason?.code, week.actual]).toEqual(['not-assessable', 'missing-actual', null]);
  });

  it('a change of a stock reads the quarter too; a flow does not', () => {
    const communes = target({ indicator: 'NTM_COMMUNES', basis: 'change', comparator: 'at-least', value: 2 });
    const quarter = data({ indicator: 'NTM_COMMUNES', period: '2023', value: 10 }, { indicator: 'NTM_COMMUNES', period: '2024-Q2', value: 11 });
    expect(printed(assessTargetPace(communes, quarter, { catalog, toDate: '2024-S1' }))).toEqual({
      status: 'on-pace', actual: '2024-Q2', quantity: '1', expected: '1', share: '0.5', paceRatio: '1', remaining: ['change', '1', null, null],
    });
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const flow = assessTargetPace(investment, data({ indicator: 'INVESTMENT', period: '2024-Q2', value: 300 }), { catalog, toDate: '2024-S1' });
    expect([flow.status, flow.reason]).toEqual(['not-assessable', { code: 'missing-actual', message: 'no actual value of INVESTMENT for area 402 in 2024-S1' }]);
  });

  it('a base already at the target leaves no share to measure', () => {
    const atTarget = data({ indicator: 'URBANISATION_RATE', period: '2023', value: 15 }, { indicator: 'URBANISATION_RATE', period: '2024-M09', value: '14.7' });
    expect(printed(assessTargetPace(urbanisation, atTarget, { catalog, toDate: '2024-M01/2024-M09' }))).toMatchObject({ status: 'behind', expected: '15', share: null, paceRatio: null });
  });
});

describe('the tolerance is in the unit of the quantity', () => {
  it('for a path from a base, a share of the distance from base to target: 0.05 of 1 point', () => {
    const urbanisation = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'at-least', value: 15 });
    const rates = data({ indicator: 'URBANISATION_RATE', period: '2023', value: 14 }, { indicator: 'URBANISATION_RATE', period: '2024-M09', value: '14.7' });
    const at = (tolerance: string) => assessTargetPace(urbanisation, rates, { catalog, toDate: '2024-M01/2024-M09', tolerance });
    // 14.7 against 14.75: 0.05 away
    expect([at('0.05').status, at('0.05').pace?.status, at('0.04').status]).toEqual(['on-pace', 'on-pace', 'behind']);
  });

  it('for a flow, a share of the target: 0.01 of 1,000 tỷ is 10', () => {
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const at = (value: number) => assessTargetPace(investment, data({ indicator: 'INVESTMENT', period: '2024-S1', value }), { catalog, toDate: '2024-S1', tolerance: '0.01' });
    expect(printed(at(490))).toEqual({ status: 'on-pace', actual: '2024-S1', quantity: '490', expected: '500', share: '0.49', paceRatio: '0.98', remaining: ['sum', '510', null, null] });
    expect(printed(at(510)).status).toBe('on-pace');
    expect(printed(at(489)).status).toBe('behind');
    expect(printed(at(511)).status).toBe('ahead');
  });

  it('for a growth, percentage points', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: '5.6' });
    const halves = data({ indicator: 'PRODUCTION_VALUE', period: '2023-S1', value: 2000 }, { indicator: 'PRODUCTION_VALUE', period: '2024-S1', value: 2100 });
    const at = (tolerance: string) => assessTargetPace(growth, halves, { catalog, toDate: '2024-S1', tolerance });
    expect(printed(at('0.6'))).toEqual({ status: 'on-pace', actual: '2024-S1', quantity: '5', expected: '5.6', share: null, paceRatio: null, remaining: null });
    expect(at('0.5').status).toBe('behind');
  });
});

describe('bands and expected shares', () => {
  it('a band is pro-rated for a flow and has no single expected value or remainder', () => {
    const band = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'between', lower: 900, upper: 1100 });
    const half = (value: number) => assessTargetPace(band, data({ indicator: 'INVESTMENT', period: '2024-S1', value }), { catalog, toDate: '2024-S1' });
    // [450, 550] after six months; the share is measured against the upper bound
    expect(printed(half(520))).toEqual({
      status: 'on-pace',
      actual: '2024-S1',
      quantity: '520',
      expected: null,
      share: '0.4727272727272727272727272727272727272727',
      paceRatio: '0.9454545454545454545454545454545454545454',
      remaining: null,
    });
    expect([half(449).status, half(551).status]).toEqual(['behind', 'behind']);
    const approximately = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'approximately', value: 1000, tolerance: 100 });
    // 500 ± 50 after six months
    const near = (value: number) => assessTargetPace(approximately, data({ indicator: 'INVESTMENT', period: '2024-S1', value }), { catalog, toDate: '2024-S1' });
    expect([near(550).status, near(560).status, near(560).expected?.toString(), near(560).remaining]).toEqual(['on-pace', 'behind', '500', null]);
  });

  it('an expected share that cannot be found makes the pace not assessable, keeping the value to date', () => {
    const investment = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const pace = assessTargetPace(investment, data({ indicator: 'INVESTMENT', period: '2024-S1', value: 489 }), { catalog, toDate: '2024-S1', expected: { method: 'seasonal', history: [] } });
    expect([pace.status, pace.reason, pace.actual?.value.toString(), pace.partial?.status]).toEqual([
      'not-assessable',
      { code: 'outside-period', message: 'a seasonal profile needs at least one earlier year' },
      '489',
      'not-met',
    ]);
    const nothingYet = assessTargetPace(investment, data({ indicator: 'INVESTMENT', period: '2024-S1', value: 489 }), { catalog, toDate: '2024-S1', expected: { method: 'given', share: 0 } });
    expect([nothingYet.status, nothingYet.pace?.share.toString(), nothingYet.pace?.paceRatio]).toEqual(['ahead', '0.489', null]);
  });

  it('a seasonal history names the entry it cannot read', () => {
    expectFailure(() => expectedShare('2024', { method: 'seasonal', history: [{ toDate: 1, total: 2 }, { toDate: 1, total: 'x' }] }), 'invalid-number', /^history\[1\]\.total must be a decimal number/);
    expectFailure(() => expectedShare('2024', { method: 'seasonal', history: [{ toDate: 'y', total: 2 }] }), 'invalid-number', /^history\[0\]\.toDate must be a decimal number/);
    expectFailure(() => expectedShare('2024', { method: 'seasonal', history: [] }), 'insufficient-data', 'a seasonal profile needs at least one earlier year');
    // January of a leap year: 31 of 366 days
    expect(expectedShare('2024', { method: 'days', asOf: '2024-01-31' }).times(366).toString()).toBe('31');
  });
});

describe('a maintained flow is pro-rated like any other comparator', () => {
  // Before the fix, maintain compared the half-year actual with the whole year's 1,000 tỷ: 520 was
  // "behind" while its own pace said 0.52 of the year done against 0.5 expected.
  const sixMonths = data({ indicator: 'INVESTMENT', period: '2023', value: 1000 }, { indicator: 'INVESTMENT', period: '2024-S1', value: 520 });

  it('"duy trì 1.000 tỷ": 520 after six months is ahead of the 500 expected, as for at-least', () => {
    const maintained = assessTargetPace(target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'maintain', value: 1000 }), sixMonths, { catalog, toDate: '2024-S1' });
    const atLeast = assessTargetPace(target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 }), sixMonths, { catalog, toDate: '2024-S1' });
    expect(printed(maintained)).toEqual({ status: 'ahead', actual: '2024-S1', quantity: '520', expected: '500', share: '0.52', paceRatio: '1.04', remaining: ['sum', '480', null, null] });
    expect(printed(maintained)).toEqual(printed(atLeast));
    const behind = data({ indicator: 'INVESTMENT', period: '2024-S1', value: 480 });
    expect(assessTargetPace(target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'maintain', value: 1000 }), behind, { catalog, toDate: '2024-S1' }).status).toBe('behind');
  });

  it('without a value, half of the base year\'s 1,000 tỷ is expected after six months', () => {
    const keep = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'maintain', basePeriod: '2023' });
    expect(printed(assessTargetPace(keep, sixMonths, { catalog, toDate: '2024-S1' }))).toMatchObject({ status: 'ahead', expected: '500', share: '0.52' });
    const exactlyHalf = data({ indicator: 'INVESTMENT', period: '2023', value: 1000 }, { indicator: 'INVESTMENT', period: '2024-S1', value: 500 });
    expect(assessTargetPace(keep, exactlyHalf, { catalog, toDate: '2024-S1' }).status).toBe('on-pace');
  });

  it('a maintained sum over 2021–2025 expects three fifths of 5,000 tỷ after three years', () => {
    const threeYears = data(...['2021', '2022', '2023'].map((period) => ({ indicator: 'INVESTMENT', period, value: 1000 })));
    const sum = target({ indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025', comparator: 'maintain', value: 5000 });
    expect(printed(assessTargetPace(sum, threeYears, { catalog, toDate: '2021/2023' }))).toMatchObject({ status: 'on-pace', quantity: '3000', expected: '3000', share: '0.6' });
  });
});

describe('what the rest of a range of years needs', () => {
  it('a change with one year left needs it all in that year, with no share per year', () => {
    const change = target({ indicator: 'NTM_COMMUNES', basis: 'change', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 5 });
    const communes = data(...[6, 7, 8, 9, 10].map((value, index) => ({ indicator: 'NTM_COMMUNES', period: String(2020 + index), value })));
    expect(printed(assessTargetPace(change, communes, { catalog, toDate: '2021/2024' }))).toEqual({
      status: 'on-pace', actual: '2024', quantity: '4', expected: '4', share: '0.8', paceRatio: '1', remaining: ['change', '1', 1, null],
    });
    const threeLeft = assessTargetPace(change, communes, { catalog, toDate: '2021/2022' });
    expect(printed(threeLeft).remaining).toEqual(['change', '3', 3, '1']);
  });

  it('a level at the end of the range, after four of five years', () => {
    const urban = target({ indicator: 'URBANISATION_RATE', basis: 'level', period: '2021/2025', comparator: 'at-least', value: 15 });
    const rates = data({ indicator: 'URBANISATION_RATE', period: '2020', value: 12 }, { indicator: 'URBANISATION_RATE', period: '2024', value: 14 });
    // path 12 + 0.8 × 3 = 14.4; share (14 − 12) / 3
    expect(printed(assessTargetPace(urban, rates, { catalog, toDate: '2021/2024' }))).toEqual({
      status: 'behind',
      actual: '2024',
      quantity: '14',
      expected: '14.4',
      share: '0.6666666666666666666666666666666666666667',
      paceRatio: '0.8333333333333333333333333333333333333334',
      remaining: ['level', '1', 1, null],
    });
  });

  it('an average growth needs nothing more once its last year is in', () => {
    const fiveYear = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', period: '2021/2025', basePeriod: '2020', comparator: 'at-least', value: 7 });
    const output = data(...[4050, 4310, 4700, 5120, 5436, 5800].map((value, index) => ({ indicator: 'PRODUCTION_VALUE', period: String(2020 + index), value })));
    const done = assessTargetPace(fiveYear, output, { catalog, toDate: '2021/2025' });
    expect([done.status, done.remaining, done.pace, done.expectedShare?.toString()]).toEqual(['ahead', null, null, '1']);
    const oneLeft = assessTargetPace(fiveYear, output, { catalog, toDate: '2021/2024' });
    // 4,050 × 1.07^5 = 5,680.3345... from 5,436 in one year: 4.4947%
    expect([oneLeft.remaining?.kind, oneLeft.remaining?.years, oneLeft.remaining?.value.toFixed(4), oneLeft.remaining?.perYear]).toEqual(['average-growth', 1, '4.4947', null]);
  });
});

describe('paceAgainstTarget at the edges of its tolerance', () => {
  it('a lead equal to the tolerance is on pace, in either direction', () => {
    expect(paceAgainstTarget({ toDate: 520, target: 1000, expectedShare: '0.5', tolerance: '0.02' }).status).toBe('on-pace');
    expect(paceAgainstTarget({ toDate: 480, target: 1000, expectedShare: '0.5', tolerance: '0.02' }).status).toBe('on-pace');
    expect(paceAgainstTarget({ toDate: 500, target: 1000, expectedShare: '0.5' }).status).toBe('on-pace');
    expect(paceAgainstTarget({ toDate: 501, target: 1000, expectedShare: '0.5' }).status).toBe('ahead');
    expect(paceAgainstTarget({ toDate: 499, target: 1000, expectedShare: '0.5' }).status).toBe('behind');
  });

  it('a decreasing target is behind when more of it is done than expected', () => {
    const pace = paceAgainstTarget({ toDate: 600, target: 1000, expectedShare: '0.5', direction: 'decreasing' });
    expect([pace.status, pace.share.toString(), pace.expectedShare.toString(), pace.paceRatio?.toString()]).toEqual(['behind', '0.6', '0.5', '1.2']);
    expect(paceAgainstTarget({ toDate: 500, target: 1000, expectedShare: '0.5', direction: 'decreasing' }).status).toBe('on-pace');
  });
});
