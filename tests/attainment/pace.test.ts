import { describe, expect, it } from 'vitest';
import {
  PlanningError,
  assessTargetPace,
  compareWithSamePeriod,
  describePlanFulfilment,
  expectedShare,
  paceAgainstTarget,
  percentOfSamePeriod,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { nhuXuanDataset2024 } from '../../src/datasets/nhu-xuan/index.js';

describe('expectedShare', () => {
  it('counts elapsed days, whole sub-periods, a seasonal profile, or a given share', () => {
    expect(expectedShare('2024', { method: 'days', asOf: '2024-06-30' }).times(366).toString()).toBe('182');
    expect(expectedShare('2024', { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' }).toString()).toBe('0.5');
    expect(expectedShare('2024', { method: 'sub-periods', asOf: '2024-06-29', subType: 'quarter' }).toString()).toBe('0.25');
    expect(expectedShare('2024', { method: 'seasonal', history: [{ toDate: 420, total: 1000 }, { toDate: 450, total: 1100 }] }).toFixed(4)).toBe('0.4143');
    expect(expectedShare('2024', { method: 'given', share: '0.45' }).toString()).toBe('0.45');
  });

  it('refuses a seasonal profile without history or with a zero total', () => {
    expect(() => expectedShare('2024', { method: 'seasonal', history: [] })).toThrow(PlanningError);
    expect(() => expectedShare('2024', { method: 'seasonal', history: [{ toDate: 0, total: 0 }] })).toThrow(/non-zero annual total/);
  });
});

describe('paceAgainstTarget', () => {
  it('is ahead, on pace or behind against the expected share, with a tolerance', () => {
    expect(paceAgainstTarget({ toDate: 520, target: 1000, expectedShare: 0.5 }).status).toBe('ahead');
    expect(paceAgainstTarget({ toDate: 510, target: 1000, expectedShare: 0.5, tolerance: 0.02 }).status).toBe('on-pace');
    expect(paceAgainstTarget({ toDate: 450, target: 1000, expectedShare: 0.5, tolerance: 0.02 }).status).toBe('behind');
    expect(paceAgainstTarget({ toDate: 400, target: 1000, expectedShare: 0.5, direction: 'decreasing' }).status).toBe('ahead');
  });

  it('gives the share and the pace ratio, and refuses a zero target', () => {
    const pace = paceAgainstTarget({ toDate: 600, target: 1000, expectedShare: 0.5 });
    expect([pace.share.toString(), pace.paceRatio?.toString()]).toEqual(['0.6', '1.2']);
    expect(paceAgainstTarget({ toDate: 1, target: 10, expectedShare: 0 }).paceRatio).toBeNull();
    expect(() => paceAgainstTarget({ toDate: 1, target: 0, expectedShare: 0.5 })).toThrow(expect.objectContaining({ code: 'division-by-zero' }));
  });
});

describe('assessTargetPace on the Như Xuân plan (illustrative data)', () => {
  const halfYear = { catalog, toDate: '2024-S1', expected: { method: 'sub-periods', asOf: '2024-06-30', subType: 'month' } } as const;

  const targetOf = (indicator: string) => {
    const found = nhuXuanPlan2024.targets.find((target) => target.indicator === indicator);
    if (found === undefined) throw new Error(`no target on ${indicator}`);
    return found;
  };

  it('puts investment ahead: 520 of 1,000 tỷ after six months', () => {
    const pace = assessTargetPace(targetOf('INVESTMENT'), nhuXuanDataset2024, halfYear);
    expect([pace.status, pace.pace?.share.toString(), pace.pace?.expectedShare.toString()]).toEqual(['ahead', '0.52', '0.5']);
  });

  it('compares the growth of a growth target to date with the same period last year', () => {
    const production6m = assessTargetPace(targetOf('PRODUCTION_VALUE'), nhuXuanDataset2024, halfYear);
    expect([production6m.status, production6m.growthToDate?.toFixed(2)]).toEqual(['ahead', '6.13']);
    const budget6m = assessTargetPace(targetOf('BUDGET_REVENUE'), nhuXuanDataset2024, halfYear);
    expect([budget6m.status, budget6m.growthToDate?.toFixed(2)]).toEqual(['behind', '7.50']);
  });

  it('says why when there is no value to date', () => {
    const pace = assessTargetPace(targetOf('INCOME_PER_CAPITA'), nhuXuanDataset2024, halfYear);
    expect([pace.status, pace.reason?.code]).toEqual(['not-assessable', 'missing-actual']);
  });
});

describe('Vietnamese reporting conventions as values', () => {
  it('"vượt 52,8% dự toán" is 152.8% of plan', () => {
    const result = describePlanFulfilment('1528', 1000);
    expect([result.percentOfPlan.toString(), result.exceeded, result.excessPercent.toString(), result.shortfallPercent.toString()]).toEqual(['152.8', true, '52.8', '0']);
  });

  it('a shortfall, and a lower-is-better plan', () => {
    const short = describePlanFulfilment(67, 100);
    expect([short.exceeded, short.shortfallPercent.toString()]).toEqual([false, '33']);
    expect(describePlanFulfilment(8, 10, 'decreasing').exceeded).toBe(true);
  });

  it('"bằng 156% so với cùng kỳ"', () => {
    expect(percentOfSamePeriod(312, 200).toString()).toBe('156');
    expect(() => percentOfSamePeriod(1, 0)).toThrow(/cùng kỳ/);
    const comparison = compareWithSamePeriod(nhuXuanDataset2024, { indicator: 'BUDGET_REVENUE', area: '402', period: '2024-S1' });
    expect([comparison.previousPeriod, comparison.percent?.toFixed(1)]).toEqual(['2023-S1', '107.5']);
    expect(compareWithSamePeriod(nhuXuanDataset2024, { indicator: 'BUDGET_REVENUE', area: '402', period: '2020' }).percent).toBeNull();
  });
});
