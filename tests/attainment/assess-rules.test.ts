/*
 * Each comparator's status, ratio direction, gap and published working (formula and rule), pinned
 * one by one: the reports print these texts as the working of every target.
 */
import { describe, expect, it } from 'vitest';
import { assessTarget } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { data, target } from './helpers.js';

function working(input: Parameters<typeof target>[0], ...observations: Parameters<typeof data>) {
  const assessment = assessTarget(target(input), data(...observations), { catalog });
  return [assessment.status, assessment.ratio?.toString() ?? null, assessment.gap?.toString() ?? null, assessment.formula, assessment.rule];
}

describe('comparators, one by one', () => {
  it('equal: met only at the value; the ratio follows the indicator polarity', () => {
    expect(working({ indicator: 'INVESTMENT', basis: 'level', comparator: 'equal', value: 1000 }, { indicator: 'INVESTMENT', period: '2024', value: 1000 })).toEqual([
      'met', '1', '0', 'q = A; ratio = q / T', 'q = T',
    ]);
    expect(working({ indicator: 'INVESTMENT', basis: 'level', comparator: 'equal', value: 1000 }, { indicator: 'INVESTMENT', period: '2024', value: 1100 })[0]).toBe('not-met');
    expect(working({ indicator: 'POVERTY_RATE', basis: 'level', comparator: 'equal', value: 4 }, { indicator: 'POVERTY_RATE', period: '2024', value: 5 })).toEqual([
      'not-met', '0.75', '1', 'q = A; ratio = 2 − q / T', 'q = T',
    ]);
  });

  it('at-most: met exactly at the ceiling, exceeded below it, not met above', () => {
    const ceiling = { indicator: 'POVERTY_RATE', basis: 'level', comparator: 'at-most', value: 4 } as const;
    expect(working(ceiling, { indicator: 'POVERTY_RATE', period: '2024', value: 4 })).toEqual(['met', '1', '0', 'q = A; ratio = 2 − q / T', 'q ≤ T']);
    expect(working(ceiling, { indicator: 'POVERTY_RATE', period: '2024', value: 3 })[0]).toBe('exceeded');
    expect(working(ceiling, { indicator: 'POVERTY_RATE', period: '2024', value: 5 })[0]).toBe('not-met');
  });

  it('more-than and less-than: equality is not met', () => {
    expect(working({ indicator: 'INVESTMENT', basis: 'level', comparator: 'more-than', value: 1000 }, { indicator: 'INVESTMENT', period: '2024', value: 1000 })).toEqual([
      'not-met', '1', '0', 'q = A; ratio = q / T', 'q > T',
    ]);
    expect(working({ indicator: 'POVERTY_RATE', basis: 'level', comparator: 'less-than', value: 4 }, { indicator: 'POVERTY_RATE', period: '2024', value: 4 })[0]).toBe('not-met');
  });

  it('between: below the lower bound scores q / lower, above the upper 2 − q / upper, inside 1', () => {
    const band = { indicator: 'URBANISATION_RATE', basis: 'level', comparator: 'between', lower: 14, upper: 16 } as const;
    expect(working(band, { indicator: 'URBANISATION_RATE', period: '2024', value: 7 })).toEqual(['not-met', '0.5', '-7', 'q = A; ratio = q / lower', 'lower ≤ q ≤ upper']);
    expect(working(band, { indicator: 'URBANISATION_RATE', period: '2024', value: 20 })).toEqual(['not-met', '0.75', '4', 'q = A; ratio = 2 − q / upper', 'lower ≤ q ≤ upper']);
    expect(working(band, { indicator: 'URBANISATION_RATE', period: '2024', value: 15 })).toEqual(['met', '1', '0', 'q = A; ratio = 1 inside the band', 'lower ≤ q ≤ upper']);
  });

  it('a decreasing growth target scores 2 − (100 + q) / (100 + T)', () => {
    const fall = { indicator: 'POOR_HOUSEHOLDS', basis: 'growth', basePeriod: '2023', comparator: 'at-most', value: -10 } as const;
    expect(working(fall, { indicator: 'POOR_HOUSEHOLDS', period: '2023', value: 1000 }, { indicator: 'POOR_HOUSEHOLDS', period: '2024', value: 950 })).toEqual([
      'not-met', '0.9444444444444444444444444444444444444444', '5', 'q = (A − B) / B × 100; ratio = 2 − (100 + q) / (100 + T)', 'q ≤ T',
    ]);
  });

  it('maintain: not worse than the value, by the polarity', () => {
    const held = { indicator: 'POVERTY_RATE', basis: 'level', comparator: 'maintain', value: 4 } as const;
    expect(working(held, { indicator: 'POVERTY_RATE', period: '2024', value: 3 })).toEqual(['exceeded', '1.25', '-1', 'q = A; ratio = 2 − q / T', 'q ≤ T (maintained)']);
    expect(working({ ...held, indicator: 'INVESTMENT', value: 1000 }, { indicator: 'INVESTMENT', period: '2024', value: 1000 })).toEqual(['met', '1', '0', 'q = A; ratio = q / T', 'q ≥ T (maintained)']);
  });

  it('a target in another scale is converted; growth and point-change values are rates and stay as written', () => {
    const inMillions = { indicator: 'INVESTMENT', basis: 'level', comparator: 'at-least', value: 1000000, unit: { unit: 'VND', power: 6 } } as const;
    expect(working(inMillions, { indicator: 'INVESTMENT', period: '2024', value: 1000 })).toEqual(['met', '1', '0', 'q = A; ratio = q / T', 'q ≥ T']);
    const points = { indicator: 'POVERTY_RATE', basis: 'point-change', basePeriod: '2023', comparator: 'at-most', value: -2 } as const;
    expect(working(points, { indicator: 'POVERTY_RATE', period: '2023', value: 10 }, { indicator: 'POVERTY_RATE', period: '2024', value: 7 })).toEqual([
      'exceeded', '1.5', '-1', 'q = A − B; ratio = 1 − (q − T) / |T|', 'q ≤ T',
    ]);
  });
});
