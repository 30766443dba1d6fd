import { describe, expect, it } from 'vitest';
import { describePlanFulfilment, formatChange, formatPercentOfSamePeriod, formatPlanFulfilment, scaledUnit, units } from '../../src/index.js';
import { expectFailure } from './helpers.js';

describe('formatPlanFulfilment, edges', () => {
  const budget = describePlanFulfilment(1528, 1000);

  it('names the plan as asked in English too, and never writes a sign in the phrase', () => {
    expect(formatPlanFulfilment(budget, { lang: 'en', planLabel: 'the budget estimate', sign: 'always' })).toBe(
      'reached 152.8% of the budget estimate, exceeding it by 52.8%',
    );
    expect(formatPlanFulfilment(budget, { lang: 'en', form: 'excess', planLabel: 'the budget estimate' })).toBe('exceeded the budget estimate by 52.8%');
    expect(formatPlanFulfilment(budget, { lang: 'en', form: 'percent-of-plan' })).toBe('reached 152.8% of the plan');
  });

  it('rounds the excess under the rule asked, so that it agrees with the percent written', () => {
    const fulfilment = describePlanFulfilment('152.89', 100);
    expect(formatPlanFulfilment(fulfilment, { lang: 'vi', rounding: 'floor' })).toBe('đạt 152,8% kế hoạch, vượt 52,8%');
    expect(formatPlanFulfilment(fulfilment, { lang: 'vi' })).toBe('đạt 152,9% kế hoạch, vượt 52,9%');
    expect(formatPlanFulfilment(fulfilment, { lang: 'vi', digits: 0 })).toBe('đạt 153% kế hoạch, vượt 53%');
  });

  it('writes only the percent of plan in the excess form when the excess rounds to zero', () => {
    expect(formatPlanFulfilment(describePlanFulfilment('100.04', 100), { lang: 'en', form: 'excess' })).toBe('reached 100.0% of the plan');
  });

  it('refuses an unknown form even for a plan that was not exceeded', () => {
    expectFailure(
      () => formatPlanFulfilment(describePlanFulfilment(95, 100), { lang: 'en', form: 'bad' as 'both' }),
      'invalid-argument',
      `formatPlanFulfilment: form must be 'both', 'percent-of-plan' or 'excess'; got "bad"`,
    );
  });
});

describe('formatPercentOfSamePeriod and formatChange, edges', () => {
  it('writes the percent of the same period without a sign, whatever sign is asked', () => {
    expect(formatPercentOfSamePeriod('156.04', { lang: 'vi', sign: 'always', digits: 2 })).toBe('bằng 156,04% so với cùng kỳ');
  });

  it('writes the direction in words, never a sign before the figure', () => {
    expect(formatChange('5', { lang: 'vi', sign: 'always' })).toBe('tăng 5,0%');
    expect(formatChange('-5', { lang: 'vi', sign: 'always' })).toBe('giảm 5,0%');
  });

  it('writes the comparison with the previous period in English, after points', () => {
    expect(formatChange('-5', { lang: 'en', comparedWith: 'previous-period', unit: 'percentage-points' })).toBe('down 5.0 pp on the previous period');
    expect(formatChange('0.01', { lang: 'vi', comparedWith: 'previous-period', unit: scaledUnit(units.VND, 9) })).toBe('không đổi so với kỳ trước');
  });

  it('writes an absolute change with the options of a number', () => {
    expect(formatChange('1234.5', { lang: 'vi', digits: 2, unit: scaledUnit(units.VND, 9), grouping: false })).toBe('tăng 1234,50 tỷ đồng');
    expect(formatChange('1234.5', { lang: 'en', digits: 2, minimumDigits: 0, unit: scaledUnit(units.VND, 9) })).toBe('up 1,234.5 billion VND');
  });

  it('refuses a comparison named after a property every object has', () => {
    expectFailure(
      () => formatChange('1', { lang: 'en', comparedWith: 'toString' as 'same-period' }),
      'invalid-argument',
      `formatChange: comparedWith must be 'same-period' or 'previous-period'; got "toString"`,
    );
  });
});
