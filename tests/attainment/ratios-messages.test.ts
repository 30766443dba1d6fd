/*
 * What each ratio refuses and how it says so: the name of the argument that is not a number, the
 * zero it cannot divide by, and bounds that contradict each other. Also a zero ratio is +0, never
 * the −0 of decimal.js, and bounds that touch.
 */
import { describe, expect, it } from 'vitest';
import {
  type Direction,
  attainmentRatio,
  capRatio,
  gapToTarget,
  growthFulfilmentRatio,
  planFulfilmentRatio,
  planTaskRatio,
  progressFromBaseline,
} from '../../src/index.js';
import { expectFailure } from '../helpers.js';

const notANumber = (name: string, text: string) => `${name} must be a decimal number such as '12.5' or 12.5; got the string "${text}"`;

describe('each ratio names the argument it cannot read', () => {
  it.each<[string, () => unknown, string]>([
    ['attainmentRatio, actual', () => attainmentRatio('x', 1, 'increasing'), notANumber('actual', 'x')],
    ['attainmentRatio, target', () => attainmentRatio(1, 'y', 'increasing'), notANumber('target', 'y')],
    ['progressFromBaseline, actual', () => progressFromBaseline('a', 10, 12), notANumber('actual', 'a')],
    ['progressFromBaseline, base', () => progressFromBaseline(11, 'b', 12), notANumber('base', 'b')],
    ['progressFromBaseline, target', () => progressFromBaseline(11, 10, 't'), notANumber('target', 't')],
    ['gapToTarget, actual', () => gapToTarget('a', 1), notANumber('actual', 'a')],
    ['gapToTarget, target', () => gapToTarget(1, 'b'), notANumber('target', 'b')],
    ['capRatio, ratio', () => capRatio('r', {}), notANumber('ratio', 'r')],
    ['capRatio, min', () => capRatio(1, { min: 'm' }), notANumber('min', 'm')],
    ['capRatio, max', () => capRatio(1, { max: 'M' }), notANumber('max', 'M')],
    ['planTaskRatio, plan', () => planTaskRatio('p', 1), notANumber('plan', 'p')],
    ['planTaskRatio, base', () => planTaskRatio(1, 'b'), notANumber('base', 'b')],
    ['planFulfilmentRatio, actual', () => planFulfilmentRatio('a', 1), notANumber('actual', 'a')],
    ['planFulfilmentRatio, plan', () => planFulfilmentRatio(1, 'p'), notANumber('plan', 'p')],
    ['growthFulfilmentRatio, actualGrowth', () => growthFulfilmentRatio('a', 1), notANumber('actualGrowth', 'a')],
    ['growthFulfilmentRatio, targetGrowth', () => growthFulfilmentRatio(1, 'b'), notANumber('targetGrowth', 'b')],
  ])('%s', (_, call, message) => {
    expectFailure(call, 'invalid-number', message);
  });
});

describe('what each ratio cannot divide by, in words', () => {
  it('names the zero and the values', () => {
    expectFailure(() => attainmentRatio(1, 1, 'up' as Direction), 'invalid-argument', 'direction must be increasing or decreasing; got "up"');
    expectFailure(() => progressFromBaseline(11, 10, 10), 'division-by-zero', 'progress from a baseline needs a target different from the baseline; both are 10');
    expectFailure(() => planTaskRatio(1, 0), 'division-by-zero', 'the plan-task ratio needs a non-zero base value');
    expectFailure(() => planFulfilmentRatio(1, 0), 'division-by-zero', 'the plan-fulfilment ratio needs a non-zero plan value');
    expectFailure(() => growthFulfilmentRatio(1, -100), 'division-by-zero', 'a growth target of -100% leaves nothing to fulfil');
    expectFailure(() => capRatio(1, { min: 2, max: 1 }), 'invalid-argument', 'min (2) must not exceed max (1)');
  });
});

describe('edges', () => {
  it('a zero ratio against a negative target is +0', () => {
    expect(Object.is(attainmentRatio(0, -50, 'decreasing').toNumber(), 0)).toBe(true);
    expect(Object.is(attainmentRatio(0, 50, 'increasing').toNumber(), 0)).toBe(true);
  });

  it('(2T − A) / T of 40-digit values is rounded once: its numerator is exact', () => {
    // The numerator 2T − A has 47 digits; rounded to 40 first, the ratio would end in ...659.
    const a = '67511980542768332072783697715865.0920638';
    const t = '6383683999083281840044303351533881551147';
    expect(attainmentRatio(a, t, 'decreasing').toString()).toBe('1.999999989424291592055108613655856304661');
  });

  it('bounds that touch keep the one value they allow; a ratio between them is kept', () => {
    expect(capRatio(3, { min: 1, max: 1 }).toString()).toBe('1');
    expect(capRatio('0.3', { min: '0.5', max: 2 }).toString()).toBe('0.5');
    expect(capRatio(3, { min: '0.5', max: 2 }).toString()).toBe('2');
    expect(capRatio(2, { min: '0.5', max: 2 }).toString()).toBe('2');
    expect(capRatio('0.5', { min: '0.5' }).toString()).toBe('0.5');
  });
});
