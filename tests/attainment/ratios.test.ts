import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PlanningError,
  attainmentRatio,
  capRatio,
  gapToTarget,
  growthFulfilmentRatio,
  planFulfilmentRatio,
  planTaskRatio,
  progressFromBaseline,
  toDecimal,
  type Direction,
} from '../../src/index.js';

const percent = (value: ReturnType<typeof attainmentRatio>) => value.times(100).toNumber();

describe('attainmentRatio reproduces the published Infor CPM tables', () => {
  it.each<[Direction, number, number[], number[]]>([
    ['increasing', 50, [50, 100, 0, -50], [100, 200, 0, -100]],
    ['increasing', -50, [-50, -100, -150, 0, 50], [100, 0, -100, 200, 300]],
    ['increasing', 0, [0, 1, -1, -2, 2], [100, 200, 0, -100, 300]],
    ['decreasing', 50, [50, 100, 200, 0], [100, 0, -200, 200]],
    ['decreasing', -50, [-50, -100, 0, 50], [100, 200, 0, -100]],
    ['decreasing', 0, [0, 1, -1, -2, 2], [100, 0, 200, 300, -100]],
  ])('%s with target %d', (direction, target, actuals, expected) => {
    expect(actuals.map((actual) => percent(attainmentRatio(actual, target, direction)))).toEqual(expected);
  });

  it('agrees with CAMMS and Stratec for a lower-is-better target of 10 and an actual of 8 (120%)', () => {
    expect(percent(attainmentRatio(8, 10, 'decreasing'))).toBe(120);
  });

  it('gives the methods notes examples for the Như Xuân plan shapes', () => {
    expect(attainmentRatio('43.2', 45, 'increasing').toString()).toBe('0.96');
    expect(attainmentRatio('14.2', 15, 'increasing').toFixed(4)).toBe('0.9467');
    expect(attainmentRatio('80.5', 79, 'increasing').toFixed(4)).toBe('1.0190');
    expect(attainmentRatio(1120, 1000, 'increasing').toString()).toBe('1.12');
    expect(attainmentRatio('3.6', 3, 'decreasing').toString()).toBe('0.8');
  });

  it('never lowers the attainment of a higher-is-better target when the actual rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -10_000, max: 10_000 }), (actual, rise, target) => {
        const before = attainmentRatio(actual, target, 'increasing');
        const after = attainmentRatio(actual + rise, target, 'increasing');
        expect(after.greaterThanOrEqualTo(before)).toBe(true);
      }),
    );
  });

  it('mirrors when polarity is swapped and the values are negated', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: -10_000, max: 10_000 }), (actual, target) => {
        expect(attainmentRatio(actual, target, 'increasing').equals(attainmentRatio(-actual, -target, 'decreasing'))).toBe(true);
      }),
    );
  });

  it('rejects an unknown direction and a non-number', () => {
    expect(() => attainmentRatio(1, 1, 'up' as Direction)).toThrow(/direction must be increasing or decreasing/);
    expect(() => attainmentRatio('x', 1, 'increasing')).toThrow(PlanningError);
  });
});

describe('progressFromBaseline', () => {
  it('gives the share of the planned change: 2 more communes, 1 achieved, is 50%', () => {
    expect(progressFromBaseline(11, 10, 12).toString()).toBe('0.5');
  });

  it('works for a decrease as well as an increase', () => {
    expect(progressFromBaseline(4, 5, 3).toString()).toBe('0.5');
  });

  it('refuses a target equal to the baseline', () => {
    expect(() => progressFromBaseline(11, 10, 10)).toThrow(expect.objectContaining({ code: 'division-by-zero' }));
  });
});

describe('gapToTarget and capRatio', () => {
  it('gives the gap in the indicator unit (percentage points for a rate)', () => {
    expect(gapToTarget('14.2', 15).toString()).toBe('-0.8');
  });

  it('caps within bounds and refuses inverted bounds', () => {
    expect(capRatio('1.019', { max: 1 }).toString()).toBe('1');
    expect(capRatio('-0.5', { min: 0 }).toString()).toBe('0');
    expect(capRatio('0.7', { min: 0, max: 1 }).toString()).toBe('0.7');
    expect(() => capRatio(1, { min: 2, max: 1 })).toThrow(/must not exceed/);
  });
});

describe('plan task, plan fulfilment and the development index', () => {
  it('satisfies plan task × plan fulfilment = actual / base (the textbook identity)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (base, plan, actual) => {
        const product = planTaskRatio(plan, base).times(planFulfilmentRatio(actual, plan));
        const index = toDecimal(actual).div(base);
        expect(product.minus(index).abs().lessThan('1e-30')).toBe(true);
      }),
    );
  });

  it('computes "đạt 67% dự toán" for Như Xuân Q1/2024 budget revenue', () => {
    expect(planFulfilmentRatio('498.3', '743.7').times(100).toFixed(0)).toBe('67');
  });

  it('refuses a zero base or plan', () => {
    expect(() => planTaskRatio(1, 0)).toThrow(expect.objectContaining({ code: 'division-by-zero' }));
    expect(() => planFulfilmentRatio(1, 0)).toThrow(expect.objectContaining({ code: 'division-by-zero' }));
  });
});

describe('growthFulfilmentRatio', () => {
  it('compares development indices, not rates: 6.1% against 5.6% is 100.47%', () => {
    expect(growthFulfilmentRatio('6.1', '5.6').times(100).toFixed(2)).toBe('100.47');
    expect(growthFulfilmentRatio(9, 12).times(100).toFixed(2)).toBe('97.32');
  });

  it('refuses a growth target of -100%', () => {
    expect(() => growthFulfilmentRatio(1, -100)).toThrow(expect.objectContaining({ code: 'division-by-zero' }));
  });
});
