import { describe, expect, it } from 'vitest';
import { Decimal, averageGrowthFulfilmentRatio, growthContributions, round } from '../../src/index.js';
import { expectFailure } from '../helpers.js';

/* The fulfilment ratio of a growth target, (100 + g) / (100 + T), and its mirror when lower is better. */
describe('averageGrowthFulfilmentRatio', () => {
  it('reproduces the GSO plan-range figure: 4,050 to 5,436 over 2021-2024 against 7% a year', () => {
    expect(round(averageGrowthFulfilmentRatio(4050, 5436, 4, 7), 6).toString()).toBe('1.005941');
    // the mirror of a ratio r is 2 - r: the same distance from the target, on the other side
    expect(averageGrowthFulfilmentRatio(4050, 5436, 4, 7, 'decreasing').plus(averageGrowthFulfilmentRatio(4050, 5436, 4, 7)).toString()).toBe('2');
  });

  it('over one period is the single fraction 100 x last / (first x (100 + T))', () => {
    expect(averageGrowthFulfilmentRatio(100, '106.1', 1, '5.6').equals(new Decimal(1061).div(1056))).toBe(true);
    expect(averageGrowthFulfilmentRatio(100, 95, 1, -3).toString()).toBe('0.9793814432989690721649484536082474226804');
  });

  it('over one period divides once: no rounding of the numerator, the denominator or a 50-digit quotient first', () => {
    // 100·last and first·(100 + T) have 43 and 50 digits; rounded to 40 first, the last digit would be 1 more.
    expect(averageGrowthFulfilmentRatio('133024951898528829304777108406.54549', '811341930686100659923360753421.916833', 1, '9.17448690929717').toString()).toBe(
      '5.58662668002721570227683514709120091994',
    );
    // The quotient is 1.000…0004999999999666… (the 41st digit a 4): 1, where a quotient rounded to
    // 50 digits first (…5000000000) would round up to 1.000000000000000000000000000000000000001.
    expect(averageGrowthFulfilmentRatio(1, `3.${'0'.repeat(38)}14999999999`, 1, 200).toString()).toBe('1');
  });

  it('mirrors the ratio when lower growth is better: a fall of 5% against a planned fall of 3% is 99/97', () => {
    expect(averageGrowthFulfilmentRatio(100, 95, 1, -3, 'decreasing').toString()).toBe('1.02061855670103092783505154639175257732');
    expect(averageGrowthFulfilmentRatio(100, 121, 2, 10, 'decreasing').toString()).toBe('1');
  });

  it('keeps a worse growth scoring lower when the target index (100 + T) is negative', () => {
    expect(averageGrowthFulfilmentRatio(100, 110, 1, -150).toString()).toBe('4.2');
    expect(averageGrowthFulfilmentRatio(100, 110, 1, -150, 'decreasing').toString()).toBe('-2.2');
  });

  it('gives 0 for a last value of zero over several periods (2 when lower is better)', () => {
    expect(averageGrowthFulfilmentRatio(100, 0, 3, 5).toString()).toBe('0');
    expect(averageGrowthFulfilmentRatio(100, 0, 3, 5, 'decreasing').toString()).toBe('2');
  });

  it('compares magnitudes for values below zero', () => {
    expect(averageGrowthFulfilmentRatio(-100, -121, 2, 10).toString()).toBe('1');
  });

  it.each<[string, () => unknown, string, string]>([
    ['an unknown direction', () => averageGrowthFulfilmentRatio(100, 110, 1, 5, 'up' as never), 'invalid-argument', 'direction must be increasing or decreasing; got "up"'],
    ['a target of -100%', () => averageGrowthFulfilmentRatio(100, 110, 1, -100), 'division-by-zero', 'a growth target of -100% leaves nothing to fulfil'],
    ['a first value of zero', () => averageGrowthFulfilmentRatio(0, 1, 1, 5), 'division-by-zero', 'compound growth needs a non-zero first value; got first value 0 (last value 1)'],
    ['values of opposite signs', () => averageGrowthFulfilmentRatio(-1, 1, 1, 5), 'opposite-signs', 'compound growth needs first value and last value of the same sign; got first value -1 and last value 1'],
    ['zero periods', () => averageGrowthFulfilmentRatio(100, 121, 0, 10), 'invalid-argument', 'periods must be a whole number of periods, 1 or more; got 0'],
    ['a first value that is not a number', () => averageGrowthFulfilmentRatio('x', 110, 1, 5), 'invalid-number', `first must be a decimal number such as '12.5' or 12.5; got the string "x"`],
    ['a last value that is not a number', () => averageGrowthFulfilmentRatio(1, 'x', 1, 5), 'invalid-number', `last must be a decimal number such as '12.5' or 12.5; got the string "x"`],
    ['a target that is not a number', () => averageGrowthFulfilmentRatio(1, 1, 1, 'x'), 'invalid-number', `targetRate must be a decimal number such as '12.5' or 12.5; got the string "x"`],
  ])('refuses %s', (_, run, code, message) => {
    expectFailure(run, code as never, message);
  });
});

describe('growthContributions refusals', () => {
  it('says what is wrong, with the code of each kind of problem', () => {
    expectFailure(() => growthContributions([]), 'invalid-argument', 'growth contributions need at least one component; got an empty list');
    expectFailure(
      () => growthContributions([{ name: 'a', previous: 'x', current: 1 }]),
      'invalid-number',
      `components[0].previous must be a decimal number such as '12.5' or 12.5; got the string "x"`,
    );
    expectFailure(
      () =>
        growthContributions([
          { name: 'a', previous: 5, current: 1 },
          { name: 'b', previous: -5, current: 1 },
        ]),
      'division-by-zero',
      'growth contributions need a non-zero earlier total; the 2 earlier values add up to 0',
    );
  });

  it('names a component that is not an object as such, not as a missing name', () => {
    expectFailure(
      () => growthContributions([5 as never, { name: ' ', previous: 1, current: 1 }]),
      'invalid-argument',
      "growth contributions need a name for every component:\n- components[0]: expected a component { name, previous, current }; got the number 5\n- components[1].name: expected the component's name as a non-empty text, such as 'agriculture'; got \" \"",
    );
  });
});
