import { describe, it } from 'vitest';
import {
  absoluteChange,
  chainGrowthRates,
  chainIndices,
  compoundGrowthRate,
  currentStatusIndex,
  deflate,
  developmentIndex,
  growthRate,
  growthRateFromIndex,
  indexFromGrowthRate,
  naturalLimitFactor,
  percentagePointChange,
  progressClassFromScore,
  projectValue,
  requiredAverageGrowth,
} from '../../src/index.js';
import { expectFailure } from '../helpers.js';

/*
 * Every function on plain values names the argument it refuses, so that a caller with several
 * numbers in hand knows which one was wrong; and each refusal carries its stable code.
 */
describe('growth functions on plain values', () => {
  const bad = 'many';
  const cases: [string, string, () => unknown][] = [
    ['growthRate', 'current', () => growthRate(bad, 1)],
    ['growthRate', 'previous', () => growthRate(1, bad)],
    ['developmentIndex', 'current', () => developmentIndex(bad, 1)],
    ['developmentIndex', 'previous', () => developmentIndex(1, bad)],
    ['absoluteChange', 'current', () => absoluteChange(bad, 1)],
    ['absoluteChange', 'previous', () => absoluteChange(1, bad)],
    ['percentagePointChange', 'currentRate', () => percentagePointChange(bad, 1)],
    ['percentagePointChange', 'previousRate', () => percentagePointChange(1, bad)],
    ['indexFromGrowthRate', 'rate', () => indexFromGrowthRate(bad)],
    ['growthRateFromIndex', 'index', () => growthRateFromIndex(bad)],
    ['chainGrowthRates', 'rates[2]', () => chainGrowthRates([1, 2, bad])],
    ['chainIndices', 'indices[1]', () => chainIndices([100, bad])],
    ['compoundGrowthRate', 'first', () => compoundGrowthRate(bad, 1, 2)],
    ['compoundGrowthRate', 'last', () => compoundGrowthRate(1, bad, 2)],
    ['requiredAverageGrowth', 'latest', () => requiredAverageGrowth(bad, 1, 2)],
    ['requiredAverageGrowth', 'target', () => requiredAverageGrowth(1, bad, 2)],
    ['projectValue', 'value', () => projectValue(bad, 1, 2)],
    ['projectValue', 'rate', () => projectValue(1, bad, 2)],
    ['currentStatusIndex', 'base', () => currentStatusIndex(bad, 1, 2)],
    ['currentStatusIndex', 'current', () => currentStatusIndex(1, bad, 2)],
    ['currentStatusIndex', 'target', () => currentStatusIndex(1, 1, bad)],
    ['deflate', 'value', () => deflate(bad, 100)],
    ['deflate', 'priceIndex', () => deflate(1, bad)],
    ['naturalLimitFactor', 'base', () => naturalLimitFactor(bad, 100)],
    ['naturalLimitFactor', 'limit', () => naturalLimitFactor(90, bad)],
    ['naturalLimitFactor', 'exponent', () => naturalLimitFactor(90, 100, bad)],
    ['progressClassFromScore', 'score', () => progressClassFromScore(bad)],
  ];

  it.each(cases)('%s names %s when it is not a number', (_, name, run) => {
    expectFailure(run, 'invalid-number', `${name} must be a decimal number such as '12.5' or 12.5; got the string "many"`);
  });

  it('refuses an impossible question with its code', () => {
    expectFailure(() => compoundGrowthRate(0, 5, 2), 'division-by-zero', 'compound growth needs a non-zero first value; got first value 0 (last value 5)');
    expectFailure(() => requiredAverageGrowth(1, 5, 0), 'invalid-argument', 'periods must be a whole number of periods, 1 or more; got 0');
    expectFailure(() => projectValue(1, 5, 1.5), 'invalid-argument', 'periods must be a whole number of periods, 0 or more; got 1.5');
    expectFailure(
      () => currentStatusIndex(12, 9, 12),
      'division-by-zero',
      'current status needs a target different from the base; got base and target both 12',
    );
    expectFailure(() => deflate(5, 0), 'division-by-zero', 'deflating needs a non-zero price index; got 0 for the value 5');
  });
});
