import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { PlanningError, parsePlan, planSchema, targetSchema, validatePlan } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanHierarchy, nhuXuanPlan2024, nhuXuanPlan2024Input } from '../../src/datasets/nhu-xuan/index.js';
import { planBuilder } from './helpers.js';

const plan = planBuilder({ kind: 'council-resolution' });

function problems(input: unknown): string[] {
  try {
    parsePlan(input, { catalog });
  } catch (error) {
    expect(error).toBeInstanceOf(PlanningError);
    expect((error as PlanningError).code).toBe('invalid-input');
    expect((error as PlanningError).message).toMatch(/^invalid plan: \d+ problems?/);
    return (error as PlanningError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  return [];
}

describe('the bundled Như Xuân 2024 plan', () => {
  it('carries the eight targets of the source article with their shapes exact', () => {
    const shapes = nhuXuanPlan2024.targets.map((target) => [target.indicator, target.basis, target.comparator, target.value?.toString(), target.basePeriod ?? null]);
    expect(shapes).toEqual([
      ['PRODUCTION_VALUE', 'growth', 'at-least', '5.6', '2023'],
      ['INCOME_PER_CAPITA', 'level', 'at-least', '45', null],
      ['BUDGET_REVENUE', 'growth', 'at-least', '12', '2023'],
      ['NTM_COMMUNES', 'change', 'at-least', '2', '2023'],
      ['NTM_VILLAGES_NEW', 'level', 'at-least', '10', null],
      ['URBANISATION_RATE', 'level', 'at-least', '15', null],
      ['ROADS_HARDENED_SHARE', 'level', 'at-least', '79', null],
      ['INVESTMENT', 'level', 'at-least', '1000', null],
    ]);
    expect(nhuXuanPlan2024.targets[1]?.text?.vi).toBe('Thu nhập bình quân đầu người đạt 45 triệu đồng/năm');
    expect(nhuXuanPlan2024.illustrative).toBe(false);
  });

  it('round-trips through JSON', () => {
    const again = parsePlan(JSON.parse(JSON.stringify(nhuXuanPlan2024)), { catalog });
    expect(again).toEqual(nhuXuanPlan2024);
    expect(parsePlan(nhuXuanPlan2024Input, { catalog })).toEqual(nhuXuanPlan2024);
  });
});

describe('parsePlan reports every problem with its path', () => {
  it('a between target missing one bound, a sound between and approximately, and a negative tolerance', () => {
    expect(
      problems(
        plan([
          { comparator: 'between', value: undefined, lower: 5 },
          { comparator: 'between', value: undefined, upper: 5 },
          { comparator: 'between', value: undefined, lower: 3, upper: 3 },
          { comparator: 'approximately', tolerance: 0 },
          { comparator: 'approximately', tolerance: -1 },
        ]),
      ),
    ).toEqual([
      'targets.0.upper: comparator between needs both lower and upper',
      'targets.1.lower: comparator between needs both lower and upper',
      'targets.4.tolerance: tolerance must not be negative',
    ]);
  });

  it('a comparator without its bound, and bounds in the wrong order', () => {
    expect(
      problems(plan([{ value: undefined }, { comparator: 'between', value: undefined, lower: 5, upper: 3 }, { comparator: 'approximately' }])),
    ).toEqual([
      'targets.0.value: comparator at-least needs a value',
      'targets.1.lower: lower (5) must not exceed upper (3)',
      'targets.2.tolerance: comparator approximately needs a tolerance (the largest accepted difference)',
    ]);
  });

  it('an unknown indicator', () => {
    expect(problems(plan([{ indicator: 'INVESTMNT' }]))).toEqual(['targets.0.indicator: unknown indicator "INVESTMNT"; it is not in the catalog']);
  });

  it('mismatched units', () => {
    expect(problems(plan([{ unit: { unit: 'USD', power: 6 } }, { indicator: 'BUDGET_REVENUE', basis: 'growth', basePeriod: '2023', value: 12, unit: { unit: 'VND', power: 9 } }]))).toEqual([
      'targets.0.unit: the target is written in USD but INVESTMENT is measured in VND; only the scale (nghìn, triệu, tỷ) may differ',
      'targets.1.unit: a growth target is in percent; got VND',
    ]);
  });

  it('a growth target on a rate, and a point change on a flow', () => {
    expect(problems(plan([{ indicator: 'POVERTY_RATE', basis: 'growth', value: -1 }, { basis: 'point-change', value: 1 }]))).toEqual([
      'targets.0.basis: POVERTY_RATE is a rate: a change in a rate is a point-change (percentage points), not a growth',
      'targets.1.basis: a point-change target needs a rate; INVESTMENT is a flow',
    ]);
  });

  it('a cumulative target on a stock or on a single period', () => {
    expect(problems(plan([{ indicator: 'NTM_COMMUNES', basis: 'cumulative', period: '2024' }]))).toEqual([
      'targets.0.basis: a cumulative target adds up periods; NTM_COMMUNES is a stock, which does not add up over time',
      'targets.0.period: a cumulative target needs a range period such as 2021/2025; got 2024',
    ]);
  });

  it('periods out of place and duplicate ids', () => {
    expect(
      problems(
        plan([
          { period: '2025' },
          { id: 'T1', basis: 'growth', basePeriod: '2024', value: 5 },
          { milestones: [{ period: '2025-S1', value: 500 }] },
          { basis: 'cumulative', basePeriod: '2023' },
        ]),
      ),
    ).toEqual([
      'targets.3.basePeriod: a cumulative target has no base period; basePeriod is for level, change, growth, point-change and maintain',
      'targets.0.period: target period 2025 lies outside the plan period 2024',
      'targets.1.id: duplicate target id "T1"',
      'targets.1.basePeriod: base period 2024 must end before the target period 2024 starts',
      'targets.2.milestones.0.period: milestone period 2025-S1 lies outside the target period 2024',
    ]);
  });

  it('a level target may name the base its pace path starts from; an average growth needs a base year', () => {
    expect(problems(plan([{ basis: 'level', basePeriod: '2023' }]))).toEqual([]);
    expect(
      problems({ ...plan([{ basis: 'growth', period: '2021/2024', basePeriod: '2020-Q4' }]), period: '2021/2024' }),
    ).toEqual(['targets.0.basePeriod: an average growth over the years 2021/2024 is measured from a base year (such as 2020); got 2020-Q4']);
  });

  it('accepts every shape written as it should be: no problem reported for a sound target', () => {
    const sound = plan(
      [
        { indicator: 'BUDGET_REVENUE', basis: 'growth', basePeriod: '2020', value: 12, unit: { unit: 'percent', power: 0 } },
        { indicator: 'POVERTY_RATE', basis: 'point-change', basePeriod: '2020', comparator: 'at-most', value: -1, unit: { unit: 'percentagePoints', power: 0 } },
        { basis: 'cumulative', period: '2021/2025', value: 5000 },
        { period: '2021/2025', basePeriod: '2020', basis: 'change', value: 10, milestones: [{ period: '2023', value: 5 }] },
        { period: '2025' },
      ],
      { period: '2021/2025' },
    );
    expect(problems(sound)).toEqual([]);
    expect(parsePlan(sound, { catalog }).targets).toHaveLength(5);
  });

  it('a unit of the wrong kind for a point change, counted once as one problem', () => {
    const lines = problems(plan([{ indicator: 'POVERTY_RATE', basis: 'point-change', basePeriod: '2023', value: -1, unit: { unit: 'percent', power: 0 } }]));
    expect(lines).toEqual(['targets.0.unit: a point-change target is in percentage points; got percent']);
    const message = (input: unknown): string => {
      try {
        parsePlan(input, { catalog });
      } catch (error) {
        return (error as PlanningError).message;
      }
      return 'no error';
    };
    expect(message(plan([{ indicator: 'INVESTMNT' }]))).toMatch(/^invalid plan: 1 problem\n/);
    expect(message(plan([{ indicator: 'INVESTMNT' }, { indicator: 'INVESTMNT' }]))).toMatch(/^invalid plan: 2 problems\n/);
  });

  it('a base period after the target period', () => {
    expect(problems(plan([{ basis: 'growth', indicator: 'BUDGET_REVENUE', basePeriod: '2025', value: 5 }], { period: '2021/2025' }))).toEqual([
      'targets.0.basePeriod: base period 2025 must end before the target period 2024 starts',
    ]);
  });

  it('schema problems such as a bad period code or a missing document', () => {
    const lines = problems({ ...plan([{ period: '2024-Q5' }]), document: undefined });
    expect(lines.map((line) => line.split(':')[0])).toEqual(['document', 'targets.0.period']);
  });
});

describe('schemas', () => {
  it('validatePlan returns no problems for a sound plan', () => {
    expect(validatePlan(z.parse(planSchema, plan([{}])), { catalog })).toEqual([]);
  });

  it('targetSchema accepts maintain with a base period', () => {
    expect(z.safeParse(targetSchema, { ...plan([{ comparator: 'maintain', value: undefined, basePeriod: '2023' }]).targets[0] }).success).toBe(true);
  });
});

describe('parsePlan checks areas against a hierarchy', () => {
  it('reports a target on a unit that is not valid throughout its period, and an unknown area', () => {
    const lines = (() => {
      try {
        parsePlan(plan([{ period: '2025' }, { id: 'T2', area: '16183', period: '2024' }, { id: 'T3', area: '99999', period: '2025' }], { period: '2021/2025' }), {
          catalog,
          hierarchy: nhuXuanHierarchy,
        });
      } catch (error) {
        return (error as PlanningError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      }
      return [];
    })();
    expect(lines).toEqual([
      'targets.0.area: area 402 is not an administrative unit valid throughout 2025 (2025-01-01 to 2025-12-31)',
      'targets.2.area: area 99999 is not an administrative unit valid throughout 2025 (2025-01-01 to 2025-12-31)',
    ]);
  });

  it('accepts the bundled 2024 plan against the bundled hierarchy', () => {
    expect(validatePlan(nhuXuanPlan2024, { catalog, hierarchy: nhuXuanHierarchy })).toEqual([]);
  });
});
