/*
 * The working an assessment publishes and the reasons it gives, pinned text by text: the reasons a
 * report prints for a target it could not assess, the formula of each shape of quantity and ratio,
 * the values used (derived values with their inputs, status and publication date), and the summary
 * by group. Each expectation is worked out by hand from the values given.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { type TargetAssessment, assessPlan, assessTarget, bandRatioRules, planSchema } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { data, target } from './helpers.js';

/** The parts of an assessment a report prints, as text. */
function printed(assessment: TargetAssessment) {
  return {
    status: assessment.status,
    reason: assessment.reason,
    quantity: assessment.quantity?.toString() ?? null,
    targetValue: assessment.targetValue?.toString() ?? null,
    lower: assessment.lower?.toString() ?? null,
    upper: assessment.upper?.toString() ?? null,
    ratio: assessment.ratio?.toString() ?? null,
    gap: assessment.gap?.toString() ?? null,
    unit: assessment.quantityUnit,
    formula: assessment.formula,
    rule: assessment.rule,
    shape: assessment.shape,
  };
}

const revenueGrowth = target({ indicator: 'BUDGET_REVENUE', basis: 'growth', comparator: 'at-least', value: 12 });
const revenue = (base: number | string, actual: number | string) =>
  data({ indicator: 'BUDGET_REVENUE', period: '2023', value: base }, { indicator: 'BUDGET_REVENUE', period: '2024', value: actual });

describe('the reason of a target that cannot be assessed names what is missing or wrong', () => {
  it('a missing actual or base value names the indicator, area and period', () => {
    expect(assessTarget(revenueGrowth, data({ indicator: 'BUDGET_REVENUE', period: '2023', value: 100 }), { catalog }).reason).toEqual({
      code: 'missing-actual',
      message: 'no actual value of BUDGET_REVENUE for area 402 in 2024',
    });
    expect(assessTarget(revenueGrowth, data({ indicator: 'BUDGET_REVENUE', period: '2024', value: 100 }), { catalog }).reason).toEqual({
      code: 'missing-base',
      message: 'no base value of BUDGET_REVENUE for area 402 in 2023',
    });
  });

  it('a growth from zero, and between values of opposite signs in either order', () => {
    expect(assessTarget(revenueGrowth, revenue(0, 5), { catalog }).reason).toEqual({
      code: 'zero-base',
      message: 'the base value of BUDGET_REVENUE in 2023 is zero: growth is undefined',
    });
    const opposite = { code: 'opposite-signs', message: 'the 2024 and 2023 values of BUDGET_REVENUE have opposite signs: growth has no meaning' };
    expect(assessTarget(revenueGrowth, revenue(-5, 5), { catalog }).reason).toEqual(opposite);
    expect(assessTarget(revenueGrowth, revenue(100, -5), { catalog }).reason).toEqual(opposite);
  });

  it('a growth to zero is −100%, and a growth between two negative values is measured', () => {
    // 100 → 0: −100%, ratio (100 − 100) / 112 = 0
    expect(printed(assessTarget(revenueGrowth, revenue(100, 0), { catalog }))).toMatchObject({ status: 'not-met', quantity: '-100', ratio: '0', gap: '-112' });
    // −5 → 0 is −100% too: zero has no sign to oppose
    expect(printed(assessTarget(revenueGrowth, revenue(-5, 0), { catalog }))).toMatchObject({ status: 'not-met', quantity: '-100', ratio: '0' });
    // −100 → −50: (−50 + 100) / −100 × 100 = −50%; ratio 50 / 112
    expect(printed(assessTarget(revenueGrowth, revenue(-100, -50), { catalog }))).toMatchObject({
      status: 'not-met',
      quantity: '-50',
      ratio: '0.4464285714285714285714285714285714285714',
      gap: '-62',
    });
  });

  it('an observation or a target in a unit that cannot be converted says which value', () => {
    const inDollars = data({ indicator: 'BUDGET_REVENUE', period: '2023', value: 100 }, { indicator: 'BUDGET_REVENUE', period: '2024', value: 5, unit: { unit: 'USD', power: 6 } });
    const observation = assessTarget(revenueGrowth, inDollars, { catalog }).reason;
    expect(observation?.code).toBe('unit-mismatch');
    expect(observation?.message).toMatch(/^the 2024 value of BUDGET_REVENUE: convertScale: cannot convert million USD .* to billion VND /);
    const dollarTarget = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 5, unit: { unit: 'USD', power: 6 } });
    const targetReason = assessTarget(dollarTarget, data({ indicator: 'INVESTMENT', period: '2024', value: 1 }), { catalog }).reason;
    expect(targetReason?.code).toBe('unit-mismatch');
    expect(targetReason?.message).toMatch(/^the value of target T: convertScale: cannot convert million USD .* to billion VND /);
  });

  it('conflicting duplicates without a publication date say so', () => {
    const twins = data({ indicator: 'INVESTMENT', period: '2024', value: 1010 }, { indicator: 'INVESTMENT', period: '2024', value: 990 });
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    expect(assessTarget(level, twins, { catalog }).reason).toEqual({
      code: 'conflicting-values',
      message: 'INVESTMENT for area 402 in 2024 has conflicting official values (1010, 990) without a publication date; correct the data or give the revision a later publication date',
    });
  });

  it('a derived indicator without its inputs, or dividing by zero, says why it cannot be derived', () => {
    const income = target({ indicator: 'INCOME_PER_CAPITA', basis: 'level', comparator: 'at-least', value: 45 });
    expect(assessTarget(income, data({ indicator: 'INCOME_TOTAL', period: '2024', value: 3200 }), { catalog }).reason).toEqual({
      code: 'missing-actual',
      message: 'no actual value of INCOME_PER_CAPITA for area 402 in 2024, and it cannot be derived from its formula (per-capita): no actual value of POPULATION for area 402 in 2024',
    });
    const urbanisation = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'at-least', value: 15 });
    const zero = data({ indicator: 'POPULATION_URBAN', period: '2024', value: 0 }, { indicator: 'POPULATION', period: '2024', value: 0 });
    expect(assessTarget(urbanisation, zero, { catalog }).reason).toEqual({
      code: 'zero-denominator',
      message: 'no actual value of URBANISATION_RATE for area 402 in 2024, and its formula (ratio) divides by zero: cannot compute URBANISATION_RATE: POPULATION is zero',
    });
  });

  it('a derived base keeps the working of a derived actual found before it failed', () => {
    const change = target({ indicator: 'INCOME_PER_CAPITA', basis: 'change', comparator: 'at-least', value: 2 });
    const onlyActual = data({ indicator: 'INCOME_TOTAL', period: '2024', value: 3200 }, { indicator: 'POPULATION', period: '2024', value: 64000 });
    const assessment = assessTarget(change, onlyActual, { catalog });
    expect(assessment.reason?.code).toBe('missing-base');
    expect(assessment.reason?.message).toBe(
      'no base value of INCOME_PER_CAPITA for area 402 in 2023, and it cannot be derived from its formula (per-capita): no base value of INCOME_TOTAL for area 402 in 2023',
    );
    expect(assessment.notes).toEqual(['INCOME_PER_CAPITA 2024 is derived (per-capita) from INCOME_TOTAL 2024 = 3200, POPULATION 2024 = 64000: it has no observation of its own']);
  });

  it('a cumulative target lists every period it misses, and a conflict in a part is a conflict', () => {
    const sum = target({ indicator: 'INVESTMENT', basis: 'cumulative', comparator: 'at-least', value: 2000, period: '2021/2024' });
    expect(assessTarget(sum, data({ indicator: 'INVESTMENT', period: '2023', value: 948 }), { catalog }).reason).toEqual({
      code: 'missing-actual',
      message: 'no value of INVESTMENT for area 402 in 2021, 2022, 2024 (needed for the cumulative 2021/2024)',
    });
    const conflicting = data(
      ...['2021', '2022', '2024'].map((period) => ({ indicator: 'INVESTMENT', period, value: 500 })),
      { indicator: 'INVESTMENT', period: '2023', value: 948 },
      { indicator: 'INVESTMENT', period: '2023', value: 950 },
    );
    expect(assessTarget(sum, conflicting, { catalog }).reason?.code).toBe('conflicting-values');
  });

  it('a not-assessable target keeps its shape and the unit its quantity would have', () => {
    const empty = data();
    const pick = (assessment: TargetAssessment) => [assessment.status, assessment.quantityUnit, assessment.shape, assessment.formula, assessment.rule, assessment.parts, assessment.milestones];
    expect(pick(assessTarget(revenueGrowth, empty, { catalog }))).toEqual(['not-assessable', 'percent', 'growth', '', '', [], []]);
    const points = target({ indicator: 'POVERTY_RATE', basis: 'point-change', comparator: 'at-most', value: -1 });
    expect(pick(assessTarget(points, empty, { catalog }))).toEqual(['not-assessable', 'percentage-points', 'change', '', '', [], []]);
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1 });
    expect(pick(assessTarget(level, empty, { catalog }))).toEqual(['not-assessable', 'indicator', 'flow-level', '', '', [], []]);
    const unknown = assessTarget(target({ indicator: 'NOPE', basis: 'growth', comparator: 'at-least', value: 1 }), empty, { catalog });
    expect([unknown.reason, unknown.shape, unknown.quantityUnit]).toEqual([{ code: 'unknown-indicator', message: 'indicator NOPE is not in the catalog' }, null, 'percent']);
  });
});

describe('the formula of each quantity and ratio', () => {
  it('a level over a range of years reads its last year; a sum over a range observed whole is that value', () => {
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 2000, period: '2021/2025' });
    expect(printed(assessTarget(level, data({ indicator: 'INVESTMENT', period: '2025', value: 2100 }), { catalog }))).toMatchObject({
      status: 'exceeded',
      ratio: '1.05',
      formula: 'q = A (2025, the last year of 2021/2025); ratio = q / T',
      shape: 'state-level',
    });
    const sum = target({ indicator: 'INVESTMENT', basis: 'cumulative', comparator: 'at-least', value: 2000, period: '2023/2024' });
    const whole = assessTarget(sum, data({ indicator: 'INVESTMENT', period: '2023/2024', value: 2100 }), { catalog });
    expect([whole.formula, whole.parts.map((part) => part.period), whole.actual?.period, whole.base]).toEqual(['q = A (range); ratio = q / T', ['2023/2024'], '2023/2024', null]);
    const parts = assessTarget(sum, data({ indicator: 'INVESTMENT', period: '2023', value: 948 }, { indicator: 'INVESTMENT', period: '2024', value: 1085 }), { catalog });
    expect([parts.formula, parts.actual?.period]).toEqual(['q = Σ A_p over the range; ratio = q / T', '2024']);
  });

  it('only a sum lists parts: a level, a change and a growth read one value each', () => {
    const values = data({ indicator: 'INVESTMENT', period: '2023', value: 900 }, { indicator: 'INVESTMENT', period: '2024', value: 1000 });
    for (const basis of ['level', 'change', 'growth'] as const) {
      const assessment = assessTarget(target({ indicator: 'INVESTMENT', basis, comparator: 'at-least', value: 5 }), values, { catalog });
      expect([assessment.status, assessment.parts]).toEqual(['exceeded', []]);
    }
  });

  it('a target of zero scores 1 + q up and 1 − q down', () => {
    const up = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 0 });
    expect(printed(assessTarget(up, data({ indicator: 'INVESTMENT', period: '2024', value: '0.5' }), { catalog }))).toMatchObject({
      status: 'exceeded', ratio: '1.5', gap: '0.5', formula: 'q = A; ratio = 1 + q', rule: 'q ≥ T',
    });
    const down = target({ indicator: 'POVERTY_RATE', basis: 'level', comparator: 'at-most', value: 0 });
    expect(printed(assessTarget(down, data({ indicator: 'POVERTY_RATE', period: '2024', value: '0.5' }), { catalog }))).toMatchObject({
      status: 'not-met', ratio: '0.5', gap: '0.5', formula: 'q = A; ratio = 1 − q', rule: 'q ≤ T',
    });
  });

  it('a negative target scores by its distance: "no more than 2 communes lost"', () => {
    const loss = target({ indicator: 'NTM_COMMUNES', basis: 'change', comparator: 'at-least', value: -2 });
    // q = 9 − 10 = −1; (q − T + |T|) / |T| = (−1 + 2 + 2) / 2 = 1.5
    expect(printed(assessTarget(loss, data({ indicator: 'NTM_COMMUNES', period: '2023', value: 10 }, { indicator: 'NTM_COMMUNES', period: '2024', value: 9 }), { catalog }))).toMatchObject({
      status: 'exceeded', quantity: '-1', ratio: '1.5', gap: '1', formula: 'q = A − B; ratio = (q − T + |T|) / |T|', unit: 'indicator',
    });
  });

  it('the direction of the ratio comes from the comparator before the polarity', () => {
    // "at least 4%" of a lower-is-better rate is scored upwards: 5 / 4
    const floor = target({ indicator: 'POVERTY_RATE', basis: 'level', comparator: 'at-least', value: 4 });
    expect(printed(assessTarget(floor, data({ indicator: 'POVERTY_RATE', period: '2024', value: 5 }), { catalog }))).toMatchObject({ status: 'exceeded', ratio: '1.25', formula: 'q = A; ratio = q / T' });
    const strictFloor = target({ indicator: 'POVERTY_RATE', basis: 'level', comparator: 'more-than', value: 4 });
    expect(printed(assessTarget(strictFloor, data({ indicator: 'POVERTY_RATE', period: '2024', value: 5 }), { catalog }))).toMatchObject({ status: 'exceeded', ratio: '1.25' });
    // "fewer than 1,000 tỷ" of a higher-is-better flow is scored downwards: 2 − 1100 / 1000
    const ceiling = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'less-than', value: 1000 });
    expect(printed(assessTarget(ceiling, data({ indicator: 'INVESTMENT', period: '2024', value: 1100 }), { catalog }))).toMatchObject({ status: 'not-met', ratio: '0.9', formula: 'q = A; ratio = 2 − q / T', rule: 'q < T' });
    const atMost = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-most', value: 1000 });
    expect(printed(assessTarget(atMost, data({ indicator: 'INVESTMENT', period: '2024', value: 900 }), { catalog }))).toMatchObject({ status: 'exceeded', ratio: '1.1', formula: 'q = A; ratio = 2 − q / T' });
  });

  it('an average growth names its years and base; falling growth targets score downwards', () => {
    const fall = target({ indicator: 'POOR_HOUSEHOLDS', basis: 'growth', period: '2022/2024', comparator: 'at-most', value: -10 });
    // 1000 in 2021 to 729 in 2024: (0.729)^(1/3) = 0.9, −10% a year, met exactly
    const assessment = assessTarget(fall, data({ indicator: 'POOR_HOUSEHOLDS', period: '2021', value: 1000 }, { indicator: 'POOR_HOUSEHOLDS', period: '2024', value: 729 }), { catalog });
    expect(printed(assessment)).toMatchObject({
      status: 'met',
      quantity: '-10',
      ratio: '1',
      gap: '0',
      unit: 'percent',
      formula: 'q = ((A / B)^(1/3) − 1) × 100, the average annual growth 2022–2024 from 2021; ratio = 2 − (100 + q) / (100 + T)',
      rule: 'q ≤ T',
      shape: 'average-growth',
    });
  });

  it('maintain: worse than the value kept is not met, and without a value the base level is the reference', () => {
    const held = target({ indicator: 'POVERTY_RATE', basis: 'level', comparator: 'maintain', value: 4 });
    expect(printed(assessTarget(held, data({ indicator: 'POVERTY_RATE', period: '2024', value: 5 }), { catalog }))).toMatchObject({ status: 'not-met', ratio: '0.75', rule: 'q ≤ T (maintained)' });
    const withValue = assessTarget(held, data({ indicator: 'POVERTY_RATE', period: '2023', value: 3 }, { indicator: 'POVERTY_RATE', period: '2024', value: 4 }), { catalog });
    expect([withValue.status, withValue.base, withValue.targetValue?.toString()]).toEqual(['met', null, '4']);
    const kept = target({ indicator: 'FOREST_COVER', basis: 'level', comparator: 'maintain' });
    const lost = assessTarget(kept, data({ indicator: 'FOREST_COVER', period: '2023', value: 60 }, { indicator: 'FOREST_COVER', period: '2024', value: 57 }), { catalog });
    expect(printed(lost)).toMatchObject({ status: 'not-met', targetValue: '60', ratio: '0.95', gap: '-3', formula: 'q = A; ratio = q / T', rule: 'q ≥ T (maintained)' });
    expect(lost.base?.period).toBe('2023');
    const gained = assessTarget(kept, data({ indicator: 'FOREST_COVER', period: '2023', value: 60 }, { indicator: 'FOREST_COVER', period: '2024', value: 61 }), { catalog });
    expect(gained.status).toBe('exceeded');
    expect(assessTarget(kept, data({ indicator: 'FOREST_COVER', period: '2024', value: 61 }), { catalog }).reason?.code).toBe('missing-base');
  });

  it('a band reports its bounds and no single target value; other comparators no bounds', () => {
    const band = target({ indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'between', lower: 14, upper: 16 });
    expect(printed(assessTarget(band, data({ indicator: 'URBANISATION_RATE', period: '2024', value: 14 }), { catalog }))).toMatchObject({
      status: 'met', targetValue: null, lower: '14', upper: '16', ratio: '1', gap: '0',
    });
    expect(printed(assessTarget(band, data({ indicator: 'URBANISATION_RATE', period: '2024', value: 16 }), { catalog })).status).toBe('met');
    const approx = target({ indicator: 'FOREST_COVER', basis: 'level', comparator: 'approximately', value: 60, tolerance: '0.5' });
    // below the band [59.5, 60.5]: 59 / 59.5; the gap is the deviation from T
    expect(printed(assessTarget(approx, data({ indicator: 'FOREST_COVER', period: '2024', value: 59 }), { catalog }))).toMatchObject({
      status: 'not-met',
      targetValue: '60',
      lower: null,
      upper: null,
      ratio: '0.9915966386554621848739495798319327731092',
      gap: '-1',
      formula: 'q = A; ratio = q / lower',
      rule: 'abs(q − T) ≤ tolerance',
    });
    expect(printed(assessTarget(approx, data({ indicator: 'FOREST_COVER', period: '2024', value: '60.5' }), { catalog })).status).toBe('met');
    // above the band under CAMMS: (59.5 − (61.5 − 60.5)) / 59.5
    expect(printed(assessTarget(approx, data({ indicator: 'FOREST_COVER', period: '2024', value: '61.5' }), { catalog, bandRatio: 'camms' }))).toMatchObject({
      ratio: '0.9831932773109243697478991596638655462185',
      gap: '1.5',
      formula: 'q = A; ratio = (lower − (q − upper)) / lower (CAMMS)',
    });
    expect(bandRatioRules).toEqual(['nearer-bound', 'camms']);
  });

  it('a cap bounds the ratio from below as well, and leaves a missing ratio missing', () => {
    const level = target({ indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000 });
    expect(assessTarget(level, data({ indicator: 'INVESTMENT', period: '2024', value: 300 }), { catalog, cap: { min: '0.5' } }).ratio?.toString()).toBe('0.5');
    const collapse = target({ indicator: 'PRODUCTION_VALUE', basis: 'growth', comparator: 'at-most', value: -100 });
    const values = data({ indicator: 'PRODUCTION_VALUE', period: '2023', value: 10 }, { indicator: 'PRODUCTION_VALUE', period: '2024', value: 0 });
    expect(assessTarget(collapse, values, { catalog, cap: { max: 1 } }).ratio).toBeNull();
  });
});

describe('values derived from other indicators', () => {
  it('a growth rate derived from the previous and current values: least final status, latest publication', () => {
    const growth = target({ indicator: 'PRODUCTION_VALUE_GROWTH', basis: 'level', comparator: 'at-least', value: 5 });
    const values = data(
      { indicator: 'PRODUCTION_VALUE', period: '2023', value: 100, published: '2024-03-31' },
      { indicator: 'PRODUCTION_VALUE', period: '2024', value: 106, status: 'estimate', published: '2024-12-20' },
    );
    const assessment = assessTarget(growth, values, { catalog });
    expect([assessment.status, assessment.quantity?.toString(), assessment.actual?.status, assessment.actual?.published]).toEqual(['exceeded', '6', 'estimate', '2024-12-20']);
    expect(assessment.actual?.derived?.inputs.map((input) => [input.indicator, input.period, input.status])).toEqual([
      ['PRODUCTION_VALUE', '2023', 'official'],
      ['PRODUCTION_VALUE', '2024', 'estimate'],
    ]);
    expect(assessment.notes).toEqual(['PRODUCTION_VALUE_GROWTH 2024 is derived (growth) from PRODUCTION_VALUE 2023 = 100, PRODUCTION_VALUE 2024 = 106: it has no observation of its own']);
  });

  it('the publication date is the latest of those known, and none when no input has one', () => {
    const income = target({ indicator: 'INCOME_PER_CAPITA', basis: 'level', comparator: 'at-least', value: 45 });
    const laterFirst = data(
      { indicator: 'INCOME_TOTAL', period: '2024', value: 3200, status: 'preliminary', published: '2025-02-01' },
      { indicator: 'POPULATION', period: '2024', value: 71000, published: '2024-12-20' },
    );
    const actual = assessTarget(income, laterFirst, { catalog }).actual;
    expect([actual?.status, actual?.published]).toEqual(['preliminary', '2025-02-01']);
    const undated = data({ indicator: 'INCOME_TOTAL', period: '2024', value: 3200 }, { indicator: 'POPULATION', period: '2024', value: 71000, published: '2024-12-20' });
    expect(assessTarget(income, undated, { catalog }).actual?.published).toBe('2024-12-20');
    const none = data({ indicator: 'INCOME_TOTAL', period: '2024', value: 3200 }, { indicator: 'POPULATION', period: '2024', value: 71000 });
    const plain = assessTarget(income, none, { catalog }).actual;
    expect([plain?.status, plain?.published]).toEqual(['official', undefined]);
  });
});

describe('assessPlan groups by the target\'s group, else the indicator\'s, else "other"', () => {
  it('counts each group in order of first appearance', () => {
    const plan = z.parse(planSchema, {
      id: 'P',
      title: { vi: 'Kế hoạch' },
      area: '402',
      period: '2024',
      document: { kind: 'annual-plan' },
      targets: [
        { id: 'A', area: '402', period: '2024', indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000, document: { kind: 'annual-plan' }, group: 'priority' },
        { id: 'B', area: '402', period: '2024', indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 2000, document: { kind: 'annual-plan' } },
        { id: 'C', area: '402', period: '2024', indicator: 'FOREST_COVER', basis: 'level', comparator: 'at-least', value: 60, document: { kind: 'annual-plan' }, group: 'priority' },
        { id: 'D', area: '402', period: '2024', indicator: 'NOT_IN_CATALOG', basis: 'level', comparator: 'at-least', value: 1, document: { kind: 'annual-plan' } },
      ],
    });
    const result = assessPlan(plan, data({ indicator: 'INVESTMENT', period: '2024', value: 1500 }), { catalog });
    expect([...result.byGroup]).toEqual([
      ['priority', { total: 2, exceeded: 1, met: 0, notMet: 0, notAssessable: 1, metOrExceeded: 1 }],
      ['economy', { total: 1, exceeded: 0, met: 0, notMet: 1, notAssessable: 0, metOrExceeded: 0 }],
      ['other', { total: 1, exceeded: 0, met: 0, notMet: 0, notAssessable: 1, metOrExceeded: 0 }],
    ]);
    expect(result.summary).toEqual({ total: 4, exceeded: 1, met: 0, notMet: 1, notAssessable: 2, metOrExceeded: 1 });
  });
});
