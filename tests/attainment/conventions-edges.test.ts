/*
 * The reporting conventions at their edges: an actual exactly at its plan ("đạt 100% kế hoạch",
 * neither exceeded nor short), a lower-is-better plan on each side, the words of each refusal, and
 * the same-period comparison when a value is missing, zero, or published too late.
 */
import { describe, expect, it } from 'vitest';
import { compareWithSamePeriod, describePlanFulfilment, percentOfSamePeriod } from '../../src/index.js';
import { expectFailure } from '../helpers.js';
import { data } from './helpers.js';

/** The four figures of a plan fulfilment, as text. */
function figures(actual: number | string, plan: number | string, direction?: 'increasing' | 'decreasing') {
  const result = describePlanFulfilment(actual, plan, direction);
  return [result.percentOfPlan.toString(), result.exceeded, result.excessPercent.toString(), result.shortfallPercent.toString()];
}

describe('describePlanFulfilment', () => {
  it('an actual exactly at its plan is 100%, neither exceeded nor short, in either direction', () => {
    expect(figures(743, 743)).toEqual(['100', false, '0', '0']);
    expect(figures(3, 3, 'decreasing')).toEqual(['100', false, '0', '0']);
  });

  it('a higher-is-better plan is exceeded only above it, by the excess; short below it, by the shortfall', () => {
    expect(figures('1000.1', 1000)).toEqual(['100.01', true, '0.01', '0']);
    expect(figures('999.9', 1000)).toEqual(['99.99', false, '0', '0.01']);
    expect(figures('999.9', 1000, 'increasing')).toEqual(['99.99', false, '0', '0.01']);
  });

  it('a lower-is-better plan (a ceiling of 10 accidents) is exceeded below it and short above it', () => {
    // 8 accidents against a ceiling of 10: 80% of the ceiling, 20% better than planned
    expect(figures(8, 10, 'decreasing')).toEqual(['80', true, '20', '0']);
    // 12 against 10: 20% worse than planned
    expect(figures(12, 10, 'decreasing')).toEqual(['120', false, '0', '20']);
  });

  it('refuses a zero plan, naming it', () => {
    expectFailure(() => describePlanFulfilment(5, 0), 'division-by-zero', 'the plan-fulfilment ratio needs a non-zero plan value');
  });
});

describe('percentOfSamePeriod', () => {
  it('refuses a zero earlier value, in the words of the report', () => {
    expectFailure(() => percentOfSamePeriod(1, 0), 'division-by-zero', 'the same period last year is zero: "bằng X% so với cùng kỳ" is undefined');
  });

  it('names the argument it cannot read', () => {
    expectFailure(() => percentOfSamePeriod(1, 'x'), 'invalid-number', /^samePeriodLastYear must be a decimal number/);
    expectFailure(() => percentOfSamePeriod('y', 1), 'invalid-number', /^current must be a decimal number/);
  });

  it('a fall is below 100: 150 against 200 is 75%', () => {
    expect(percentOfSamePeriod(150, 200).toString()).toBe('75');
  });
});

describe('compareWithSamePeriod', () => {
  const key = { indicator: 'INVESTMENT', area: '402', period: '2024-Q1' };

  it('returns both values and their percent', () => {
    const both = data({ indicator: 'INVESTMENT', period: '2023-Q1', value: 200 }, { indicator: 'INVESTMENT', period: '2024-Q1', value: 230 });
    const comparison = compareWithSamePeriod(both, key);
    expect([comparison.period, comparison.previousPeriod, comparison.current?.toString(), comparison.previous?.toString(), comparison.percent?.toString()]).toEqual([
      '2024-Q1',
      '2023-Q1',
      '230',
      '200',
      '115',
    ]);
  });

  it('gives null, not an error, for a missing value on either side or a zero earlier value', () => {
    const onlyNow = compareWithSamePeriod(data({ indicator: 'INVESTMENT', period: '2024-Q1', value: 230 }), key);
    expect([onlyNow.current?.toString(), onlyNow.previous, onlyNow.percent]).toEqual(['230', null, null]);
    const onlyThen = compareWithSamePeriod(data({ indicator: 'INVESTMENT', period: '2023-Q1', value: 200 }), key);
    expect([onlyThen.current, onlyThen.previous?.toString(), onlyThen.percent]).toEqual([null, '200', null]);
    const zero = compareWithSamePeriod(data({ indicator: 'INVESTMENT', period: '2023-Q1', value: 0 }, { indicator: 'INVESTMENT', period: '2024-Q1', value: 230 }), key);
    expect([zero.previous?.toString(), zero.percent]).toEqual(['0', null]);
  });

  it('reads each value as of the date given: a figure published later is not used', () => {
    const published = data(
      { indicator: 'INVESTMENT', period: '2023-Q1', value: 200, published: '2023-04-20' },
      { indicator: 'INVESTMENT', period: '2024-Q1', value: 230, published: '2024-04-20' },
    );
    expect(compareWithSamePeriod(published, key, { asOf: '2024-04-30' }).percent?.toString()).toBe('115');
    const early = compareWithSamePeriod(published, key, { asOf: '2024-04-01' });
    expect([early.current, early.previous?.toString(), early.percent]).toEqual([null, '200', null]);
    const earlier = compareWithSamePeriod(published, key, { asOf: '2023-04-01' });
    expect([earlier.current, earlier.previous]).toEqual([null, null]);
  });
});
