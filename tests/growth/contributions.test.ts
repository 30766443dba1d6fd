import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, PlanningError, growthContributions, growthRate } from '../../src/index.js';

describe('contributions to growth', () => {
  const sectors = [
    { name: 'Nông-lâm-thủy sản', previous: 400, current: 412 },
    { name: 'Công nghiệp-xây dựng', previous: 350, current: 378 },
    { name: 'Dịch vụ', previous: 250, current: 270 },
  ];

  it('splits 6% growth into 1.2, 2.8 and 2 percentage points', () => {
    const result = growthContributions(sectors);
    expect(result.totalGrowth.toString()).toBe('6');
    expect(result.components.map((row) => [row.name, row.contribution.toString()])).toEqual([
      ['Nông-lâm-thủy sản', '1.2'],
      ['Công nghiệp-xây dựng', '2.8'],
      ['Dịch vụ', '2'],
    ]);
  });

  it('is each component share of the earlier total times its own growth', () => {
    const [agriculture] = growthContributions(sectors).components;
    expect(agriculture?.previousShare.toString()).toBe('40');
    expect(agriculture?.growth?.toString()).toBe('3');
    expect(agriculture?.previousShare.times(agriculture.growth ?? 0).div(100).toString()).toBe('1.2');
  });

  it('gives a new activity a contribution but no growth rate of its own', () => {
    const result = growthContributions([
      { name: 'old', previous: 100, current: 100 },
      { name: 'new', previous: 0, current: 5 },
    ]);
    expect(result.components[1]?.growth).toBeNull();
    expect(result.components[1]?.contribution.toString()).toBe('5');
  });

  it('law: the contributions add up to the growth of the total', () => {
    const component = fc.record({
      name: fc.string({ minLength: 1 }).filter((name) => name.trim() !== ''),
      previous: fc.integer({ min: 1, max: 1_000_000 }),
      current: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 12 }), (components) => {
        const result = growthContributions(components);
        const sum = result.components.reduce((total, row) => total.plus(row.contribution), new Decimal(0));
        const previous = components.reduce((total, row) => total + row.previous, 0);
        const current = components.reduce((total, row) => total + row.current, 0);
        expect(result.totalGrowth.equals(growthRate(current, previous))).toBe(true);
        // each contribution and each partial sum is rounded at 40 significant digits: the sum agrees to
        // within a few units of the 39th digit of the largest figure times the number of terms
        const largest = result.components.reduce((top, row) => Decimal.max(top, row.contribution.abs()), result.totalGrowth.abs());
        expect(sum.minus(result.totalGrowth).abs().lessThanOrEqualTo(largest.times(components.length).times('1e-37'))).toBe(true);
      }),
    );
  });

  it('refuses an empty list, a zero earlier total and a value that is not a number', () => {
    expect(() => growthContributions([])).toThrow('growth contributions need at least one component; got an empty list');
    expect(() => growthContributions([{ name: 'a', previous: 0, current: 1 }])).toThrow(PlanningError);
    expect(() => growthContributions([{ name: 'a', previous: 0, current: 1 }])).toThrow(
      'growth contributions need a non-zero earlier total; the 1 earlier values add up to 0',
    );
    expect(() => growthContributions([{ name: 'a', previous: 1, current: 'x' }])).toThrow(
      `components[0].current must be a decimal number such as '12.5' or 12.5; got the string "x"`,
    );
  });
  it('refuses components without a name, naming the index and field of each', () => {
    const unnamed = [
      { name: 'agriculture', previous: 400, current: 412 },
      { previous: 350, current: 378 },
      { name: '  ', previous: 250, current: 270 },
    ] as unknown as Parameters<typeof growthContributions>[0];
    let caught: unknown;
    try {
      growthContributions(unnamed);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanningError);
    const error = caught as PlanningError;
    expect(error.code).toBe('invalid-argument');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['components', 1, 'name'],
      ['components', 2, 'name'],
    ]);
    expect(error.issues[0]?.message).toBe("expected the component's name as a non-empty text, such as 'agriculture'; got undefined");
    expect(error.message).toMatch(/^growth contributions need a name for every component:\n- components\[1\]\.name: /);
    const notAnObject = [null] as unknown as Parameters<typeof growthContributions>[0];
    expect(() => growthContributions(notAnObject)).toThrow(/components\[0\]: expected a component \{ name, previous, current \}; got null/);
  });
});
