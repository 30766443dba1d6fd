import { describe, expect, it } from 'vitest';
import { PlanningError, Decimal, type YearSeries, averageAnnualGrowth, growthReasons, parseYearSeries } from '../../src/index.js';
import { caught } from '../helpers.js';

describe('parseYearSeries', () => {
  it('reads JSON into exact decimals and keeps missing values as null', () => {
    const parsed = parseYearSeries(JSON.parse('[{"year":2023,"value":"4125.6"},{"year":2024,"value":null}]'));
    expect(parsed[0]?.value).toBeInstanceOf(Decimal);
    expect(parsed[0]?.value?.toString()).toBe('4125.6');
    expect(parsed[1]?.value).toBeNull();
    expect(Object.isFrozen(parsed)).toBe(true);
  });

  it('reports every problem at once, with its path', () => {
    try {
      parseYearSeries([{ year: 2023.5, value: 1 }, { year: 2024, value: 'abc' }, { year: 2024, value: 3 }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanningError);
      const planningError = error as PlanningError;
      expect(planningError.code).toBe('invalid-input');
      expect(planningError.issues).toEqual([
        { path: [0, 'year'], message: 'expected a whole year such as 2024' },
        { path: [1, 'value'], message: `expected a finite decimal number such as 5.6 or "5.6": the value must be a decimal number such as '12.5' or 12.5; got the string "abc"` },
        { path: [2, 'year'], message: 'year 2024 is already given at index 1; give each year once' },
      ]);
      expect(planningError.message.split('\n')[0]).toBe('invalid year series: 3 problems');
    }
  });

  it('refuses what is not an array', () => {
    expect(() => parseYearSeries({ year: 2024 })).toThrow('invalid year series: 1 problem');
  });

  it('reports rows that are not objects and years that are not numbers beside repeated years, without a false repeat', () => {
    const error = caught(() => parseYearSeries([null, 7, { year: '2024', value: 1 }, { year: 2024, value: 2 }, { year: 2024, value: 3 }]));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([[0], [1], [2, 'year'], [4, 'year']]);
    expect(error.issues[3]?.message).toBe('year 2024 is already given at index 3; give each year once');
  });

  it('gives a sound series back with its values, and an empty one as empty', () => {
    expect(parseYearSeries([{ year: 2024, value: 1 }]).map((row) => row.value?.toString())).toEqual(['1']);
    expect(parseYearSeries([])).toEqual([]);
  });
});

describe('the series argument of the growth functions', () => {
  it('reports each row that is not an object, with its index, and refuses a non-array with invalid-argument', () => {
    const error = caught(() => averageAnnualGrowth([null, { year: 2021, value: 1 }, 5] as unknown as YearSeries));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: ['series', 0], message: 'expected an object { year, value }' },
      { path: ['series', 2], message: 'expected an object { year, value }' },
    ]);
    expect(caught(() => averageAnnualGrowth('2020: 1' as unknown as YearSeries)).code).toBe('invalid-argument');
  });
});

describe('growth reasons', () => {
  it('lists each reason a series-level function may give', () => {
    expect(growthReasons).toContain('too-many-missing');
    expect(new Set(growthReasons).size).toBe(growthReasons.length);
  });

  it('lists the twelve reasons in the order of their documentation, frozen', () => {
    expect(growthReasons).toEqual([
      'too-few-points',
      'too-many-missing',
      'missing-endpoint',
      'missing-value',
      'missing-price-index',
      'missing-overlap',
      'zero-base',
      'zero-value',
      'opposite-signs',
      'target-year-passed',
      'zero-required-growth',
      'no-base-period',
    ]);
    expect(Object.isFrozen(growthReasons)).toBe(true);
  });
});
