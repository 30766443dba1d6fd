import { describe, expect, it } from 'vitest';
import { type PlanContext, PlanningError, buildHierarchy, parsePlan, validatePlan } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanHierarchy, nhuXuanPlan2024, nhuXuanUnits } from '../../src/datasets/nhu-xuan/index.js';
import { planBuilder } from './helpers.js';

const plan = planBuilder({ kind: 'annual-plan' });

/** The problems parsePlan reports, as `path: message` lines; an empty list when it accepts the plan. */
function problems(input: unknown, context: PlanContext = { catalog }): string[] {
  try {
    parsePlan(input, context);
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    expect(error.code).toBe('invalid-input');
    return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  return [];
}

/** The refusal of a context, caught so that a TypeError (a context read without checking) fails the test. */
function contextRefusal(context: unknown): PlanningError {
  try {
    parsePlan(plan([{}]), context as PlanContext);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanningError);
    return error as PlanningError;
  }
  throw new Error('parsePlan accepted the context');
}

describe('parsePlan refuses a context without a catalog from buildCatalog', () => {
  it('names a missing context by its value', () => {
    for (const [context, got] of [
      [undefined, 'undefined'],
      [null, 'null'],
    ] as const) {
      const error = contextRefusal(context);
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toBe(`a plan is checked against a context { catalog, hierarchy? } whose catalog comes from buildCatalog; got ${got}`);
    }
  });

  it('refuses a context whose catalog is missing, not an object, or has no map of indicators', () => {
    const contexts: unknown[] = [
      'catalog',
      {},
      { hierarchy: nhuXuanHierarchy },
      { catalog: null },
      { catalog: 'vnDistrictIndicatorCatalog' },
      { catalog: {} },
      { catalog: { indicators: {} } },
      { catalog: { indicators: [...catalog.indicators.entries()] } },
    ];
    for (const context of contexts) {
      const error = contextRefusal(context);
      expect(error.code).toBe('invalid-argument');
      expect(error.message).toMatch(/got a context without such a catalog$/);
    }
  });

  it('validatePlan refuses it in the same way', () => {
    expect(() => validatePlan(nhuXuanPlan2024, { catalog: { indicators: {} } } as unknown as PlanContext)).toThrow(
      /whose catalog comes from buildCatalog; got a context without such a catalog/,
    );
  });
});

describe('parsePlan on input that is not a plan', () => {
  it('reports one problem at the root for a value that is not an object, and reads no targets from it', () => {
    for (const input of [undefined, null, 'plan', 42]) {
      const lines = problems(input);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^: /);
    }
  });

  it('reports the missing or malformed targets list by its path only', () => {
    const { targets: _targets, ...withoutTargets } = plan([]);
    expect(problems(withoutTargets).map((line) => line.split(':')[0])).toEqual(['targets']);
    expect(problems({ ...withoutTargets, targets: { T1: {} } }).map((line) => line.split(':')[0])).toEqual(['targets']);
  });

  it('still checks the sound targets of a plan whose own period is malformed, without a plan period to compare with', () => {
    const lines = problems(plan([{ indicator: 'NOPE', period: '2030' }, { period: '2024-13' }], { period: '2024-13' }));
    expect(lines.map((line) => line.split(':')[0])).toEqual(['period', 'targets.1.period', 'targets.0.indicator']);
    expect(lines[2]).toBe('targets.0.indicator: unknown indicator "NOPE"; it is not in the catalog');
  });
});

describe('parsePlan checks the basis against the kind of indicator', () => {
  it('a growth-rate indicator is a rate: its change is a point-change, not a growth', () => {
    expect(problems(plan([{ indicator: 'PRODUCTION_VALUE_GROWTH', basis: 'growth', basePeriod: '2023', value: 1 }]))).toEqual([
      'targets.0.basis: PRODUCTION_VALUE_GROWTH is a rate: a change in a rate is a point-change (percentage points), not a growth',
    ]);
    expect(problems(plan([{ indicator: 'PRODUCTION_VALUE_GROWTH', basis: 'point-change', basePeriod: '2023', value: 1 }]))).toEqual([]);
  });

  it('a cumulative target adds up a count (new enterprises over five years) as it adds up a flow', () => {
    const fiveYears = { period: '2021/2025' } as const;
    expect(problems(plan([{ indicator: 'NEW_ENTERPRISES', basis: 'cumulative', period: '2021/2025', value: 500 }], fiveYears))).toEqual([]);
    expect(problems(plan([{ indicator: 'INVESTMENT', basis: 'cumulative', period: '2021/2025', value: 5000 }], fiveYears))).toEqual([]);
    expect(problems(plan([{ indicator: 'NTM_COMMUNES', basis: 'cumulative', period: '2021/2025', value: 5 }], fiveYears))).toEqual([
      'targets.0.basis: a cumulative target adds up periods; NTM_COMMUNES is a stock, which does not add up over time',
    ]);
  });
});

describe('parsePlan asks for a base year only of an average growth over a range of years', () => {
  it('accepts a quarterly growth measured from the same quarter a year earlier', () => {
    expect(problems(plan([{ basis: 'growth', period: '2024-Q2', basePeriod: '2023-Q2', value: 5 }]))).toEqual([]);
  });

  it('accepts a level over a range of years whose pace path starts from a quarter', () => {
    expect(problems(plan([{ period: '2021/2025', basePeriod: '2020-Q4', value: 5000 }], { period: '2021/2025' }))).toEqual([]);
  });

  it('refuses a quarter as the base of an average growth over years, and proposes the year before', () => {
    expect(problems(plan([{ basis: 'growth', period: '2021/2025', basePeriod: '2020-Q4', value: 5 }], { period: '2021/2025' }))).toEqual([
      'targets.0.basePeriod: an average growth over the years 2021/2025 is measured from a base year (such as 2020); got 2020-Q4',
    ]);
  });
});

describe('parsePlan checks areas against the hierarchy at both ends of the target period', () => {
  it('refuses a commune created in mid-year for the whole year, and accepts it for the half-year after its creation', () => {
    // The bundled communes all keep their codes through the reform of 2025-07-01; this one is new then.
    const hierarchy = buildHierarchy([
      ...nhuXuanUnits,
      { code: '16300', name: 'Xã Mới', type: 'commune', level: 'commune', parent: '38', validFrom: '2025-07-01' },
    ]);
    const context = { catalog, hierarchy };
    expect(problems(plan([{ area: '16300', period: '2025' }], { period: '2025' }), context)).toEqual([
      'targets.0.area: area 16300 is not an administrative unit valid throughout 2025 (2025-01-01 to 2025-12-31)',
    ]);
    expect(problems(plan([{ area: '16300', period: '2025-S2' }], { period: '2025' }), context)).toEqual([]);
  });

  it('checks each target at the start of its own period when several targets have other periods', () => {
    const hierarchy = buildHierarchy([
      ...nhuXuanUnits,
      { code: '16300', name: 'Xã Mới', type: 'commune', level: 'commune', parent: '38', validFrom: '2025-07-01' },
    ]);
    // the second target's period starts before the commune exists; the first one's after
    expect(problems(plan([{ area: '16300', period: '2025-S2' }, { area: '16300', period: '2025' }], { period: '2025' }), { catalog, hierarchy })).toEqual([
      'targets.1.area: area 16300 is not an administrative unit valid throughout 2025 (2025-01-01 to 2025-12-31)',
    ]);
  });
});
