import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessPlan,
  assessTarget,
} from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { nhuXuanDataset2024 } from '../../src/datasets/nhu-xuan/index.js';
import { data, target } from './helpers.js';

describe('assessPlan on the Như Xuân 2024 plan (illustrative data)', () => {
  // Computed inside each test, not when the file loads: Stryker then runs only the tests that cover a mutant.
  const planResult = () => assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog });

  it('gives each of the eight targets its status', () => {
    expect(planResult().assessments.map((assessment) => [assessment.target.id, assessment.status])).toEqual([
      ['T1', 'exceeded'],
      ['T2', 'exceeded'],
      ['T3', 'not-met'],
      ['T4', 'met'],
      ['T5', 'exceeded'],
      ['T6', 'met'],
      ['T7', 'exceeded'],
      ['T8', 'exceeded'],
    ]);
  });

  it('summarises "7 of 8 targets met or exceeded", overall and by group', () => {
    expect(planResult().summary).toEqual({ total: 8, exceeded: 5, met: 2, notMet: 1, notAssessable: 0, metOrExceeded: 7 });
    expect(planResult().byGroup.get('new-rural')).toEqual({ total: 2, exceeded: 1, met: 1, notMet: 0, notAssessable: 0, metOrExceeded: 2 });
  });

  it('shows its working: growth of gross output from 5,120 to 5,436 tỷ is 6.17%, fulfilment 100.54%', () => {
    const [growth] = planResult().assessments;
    expect(growth?.quantity?.toFixed(4)).toBe('6.1719');
    expect(growth?.ratio?.toFixed(4)).toBe('1.0054');
    expect(growth?.gap?.toFixed(4)).toBe('0.5719');
    expect(growth?.quantityUnit).toBe('percent');
    expect(growth?.base).toMatchObject({ period: '2023', status: 'official' });
    expect(growth?.actual).toMatchObject({ period: '2024', status: 'estimate', published: '2024-12-20' });
    expect(growth?.formula).toBe('q = (A − B) / B × 100; ratio = (100 + q) / (100 + T)');
    expect(growth?.rule).toBe('q ≥ T');
  });

  it('converts the investment target of 1.000 tỷ đồng into the indicator unit', () => {
    const investment = planResult().assessments[7];
    expect(investment?.targetValue?.toString()).toBe('1000');
    expect(investment?.ratio?.toString()).toBe('1.085');
  });
});

describe('assessTarget by basis', () => {
  it('change: 2 more communes from 10, with 11 reached, is not met at 50%', () => {
    const result = assessTarget(
      target({ indicator: 'NTM_COMMUNES', basis: 'change', comparator: 'at-least', value: 2 }),
      data({ indicator: 'NTM_COMMUNES', period: '2023', value: 10 }, { indicator: 'NTM_COMMUNES', period: '2024', value: 11 }),
      { catalog },
    );
    expect([result.status, result.quantity?.toString(), result.ratio?.toString(), result.gap?.toString()]).toEqual(['not-met', '1', '0.5', '-1']);
  });

  it('point-change: poverty down 1.5 points, down 1.2, scores 80% on the reduction', () => {
    const result = assessTarget(
      target({ indicator: 'POVERTY_RATE', basis: 'point-change', comparator: 'at-most', value: '-1.5' }),
      data({ indicator: 'POVERTY_RATE', period: '2023', value: '5.2' }, { indicator: 'POVERTY_RATE', period: '2024', value: '4.0' }),
      { catalog },
    );
    expect(result.status).toBe('not-met');
    expect(result.quantityUnit).toBe('percentage-points');
    expect(result.quantity?.toString()).toBe('-1.2');
    expect(result.ratio?.toString()).toBe('0.8');
  });

  it('cumulative: sums each year of the range and names the missing ones', () => {
    const cumulative = target({ indicator: 'INVESTMENT', basis: 'cumulative', comparator: 'at-least', value: 2000, period: '2023/2024' });
    const both = data({ indicator: 'INVESTMENT', period: '2023', value: 948 }, { indicator: 'INVESTMENT', period: '2024', value: 1085 });
    const result = assessTarget(cumulative, both, { catalog });
    expect([result.status, result.quantity?.toString(), result.parts.map((part) => part.period)]).toEqual(['exceeded', '2033', ['2023', '2024']]);
    const partial = assessTarget(cumulative, data({ indicator: 'INVESTMENT', period: '2023', value: 948 }), { catalog });
    expect(partial.status).toBe('not-assessable');
    expect(partial.reason?.message).toContain('2024');
  });

  it('between: inside the bounds is met, outside scores against the nearer bound', () => {
    const between = target({ indicator: 'NATURAL_POPULATION_GROWTH', basis: 'level', comparator: 'between', lower: '0.9', upper: '1.1' });
    const inside = assessTarget(between, data({ indicator: 'NATURAL_POPULATION_GROWTH', period: '2024', value: 1 }), { catalog });
    expect([inside.status, inside.ratio?.toString(), inside.gap?.toString()]).toEqual(['met', '1', '0']);
    const above = assessTarget(between, data({ indicator: 'NATURAL_POPULATION_GROWTH', period: '2024', value: '1.21' }), { catalog });
    expect([above.status, above.ratio?.toString(), above.gap?.toString()]).toEqual(['not-met', '0.9', '0.11']);
  });

  it('approximately: within the tolerance is met', () => {
    const approx = target({ indicator: 'FOREST_COVER', basis: 'level', comparator: 'approximately', value: 60, tolerance: '0.5' });
    expect(assessTarget(approx, data({ indicator: 'FOREST_COVER', period: '2024', value: '59.6' }), { catalog }).status).toBe('met');
    expect(assessTarget(approx, data({ indicator: 'FOREST_COVER', period: '2024', value: '59.4' }), { catalog }).status).toBe('not-met');
  });

  it('maintain without a value keeps the base level', () => {
    const maintain = target({ indicator: 'FOREST_COVER', basis: 'level', comparator: 'maintain' });
    const held = assessTarget(maintain, data({ indicator: 'FOREST_COVER', period: '2023', value: 60 }, { indicator: 'FOREST_COVER', period: '2024', value: 60 }), { catalog });
    expect([held.status, held.targetValue?.toString()]).toEqual(['met', '60']);
  });

  it('less-than and more-than are strict', () => {
    const below = target({ indicator: 'ROAD_DEATHS', basis: 'level', comparator: 'less-than', value: 10 });
    expect(assessTarget(below, data({ indicator: 'ROAD_DEATHS', period: '2024', value: 10 }), { catalog }).status).toBe('not-met');
    expect(assessTarget(below, data({ indicator: 'ROAD_DEATHS', period: '2024', value: 9 }), { catalog }).status).toBe('exceeded');
    const above = target({ indicator: 'JOBS_CREATED', basis: 'level', comparator: 'more-than', value: 1000 });
    expect(assessTarget(above, data({ indicator: 'JOBS_CREATED', period: '2024', value: 1000 }), { catalog }).status).toBe('not-met');
  });

  it('caps ratios when asked', () => {
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const result = assessTarget(level, data({ indicator: 'INVESTMENT', period: '2024', value: 1200 }), { catalog, cap: { max: 1 } });
    expect(result.ratio?.toString()).toBe('1');
  });

  it('prefers official over estimate, and respects the as-of date', () => {
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const revised = data(
      { indicator: 'INVESTMENT', period: '2024', value: 1085, status: 'estimate', published: '2024-12-20' },
      { indicator: 'INVESTMENT', period: '2024', value: 990, status: 'official', published: '2025-06-30' },
    );
    expect(assessTarget(level, revised, { catalog }).status).toBe('not-met');
    expect(assessTarget(level, revised, { catalog, asOf: '2025-01-15' }).status).toBe('exceeded');
  });
});

describe('assessTarget never throws for a data problem', () => {
  const growth = target({ indicator: 'BUDGET_REVENUE', basis: 'growth', comparator: 'at-least', value: 12 });

  it.each([
    ['missing-actual', data({ indicator: 'BUDGET_REVENUE', period: '2023', value: 100 })],
    ['missing-base', data({ indicator: 'BUDGET_REVENUE', period: '2024', value: 100 })],
    ['zero-base', data({ indicator: 'BUDGET_REVENUE', period: '2023', value: 0 }, { indicator: 'BUDGET_REVENUE', period: '2024', value: 5 })],
    ['opposite-signs', data({ indicator: 'BUDGET_REVENUE', period: '2023', value: -5 }, { indicator: 'BUDGET_REVENUE', period: '2024', value: 5 })],
    [
      'unit-mismatch',
      data(
        { indicator: 'BUDGET_REVENUE', period: '2023', value: 100 },
        { indicator: 'BUDGET_REVENUE', period: '2024', value: 5, unit: { unit: 'USD', power: 6 } },
      ),
    ],
  ])('reports %s with a reason', (code, dataset) => {
    const result = assessTarget(growth, dataset, { catalog });
    expect(result.status).toBe('not-assessable');
    expect(result.reason?.code).toBe(code);
    expect(result.reason?.message.length).toBeGreaterThan(10);
    expect(result.ratio).toBeNull();
  });

  it('reports an unknown indicator', () => {
    const unknown = target({ indicator: 'NOPE', basis: 'level', comparator: 'at-least', value: 1 });
    expect(assessTarget(unknown, data(), { catalog }).reason?.code).toBe('unknown-indicator');
  });

  it('converts an observation written in another scale of the same unit', () => {
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    const inMillions = data({ indicator: 'INVESTMENT', period: '2024', value: 1_000_000, unit: { unit: 'VND', power: 6 } });
    expect(assessTarget(level, inMillions, { catalog }).status).toBe('met');
  });
});

describe('laws', () => {
  it('a higher actual never worsens the status of an at-least level target', () => {
    const order = { 'not-met': 0, met: 1, exceeded: 2, 'not-assessable': -1 } as const;
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 500 }), (actual, rise) => {
        const low = assessTarget(level, data({ indicator: 'INVESTMENT', period: '2024', value: actual }), { catalog });
        const high = assessTarget(level, data({ indicator: 'INVESTMENT', period: '2024', value: actual + rise }), { catalog });
        expect(order[high.status]).toBeGreaterThanOrEqual(order[low.status]);
        expect(high.ratio?.greaterThanOrEqualTo(low.ratio ?? 0)).toBe(true);
      }),
    );
  });

  it('swapping the comparator direction and negating the values mirrors the status', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (actual, value) => {
        const up = assessTarget(
          target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value }),
          data({ indicator: 'INVESTMENT', period: '2024', value: actual }),
          { catalog },
        );
        const down = assessTarget(
          target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-most', value: -value }),
          data({ indicator: 'INVESTMENT', period: '2024', value: -actual }),
          { catalog },
        );
        expect(down.status).toBe(up.status);
        expect(down.ratio?.equals(up.ratio ?? 0)).toBe(true);
      }),
    );
  });
});
