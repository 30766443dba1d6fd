import { describe, expect, it } from 'vitest';
import {
  describePlanFulfilment,
  formatChange,
  formatPercentOfSamePeriod,
  formatPlanFulfilment,
  growthRate,
  percentOfSamePeriod,
  percentagePointChange,
  scaledUnit,
  units,
} from '../../src/index.js';
import { expectFailure } from './helpers.js';

describe('formatPlanFulfilment', () => {
  const budget = describePlanFulfilment(1528, 1000);

  it('writes "đạt X% kế hoạch, vượt Y%" for an exceeded plan, with figures that agree', () => {
    expect(formatPlanFulfilment(budget, { lang: 'vi' })).toBe('đạt 152,8% kế hoạch, vượt 52,8%');
    expect(formatPlanFulfilment(budget, { lang: 'en' })).toBe('reached 152.8% of the plan, exceeding it by 52.8%');
  });

  it('names the budget estimate (dự toán) when asked', () => {
    expect(formatPlanFulfilment(budget, { lang: 'vi', planLabel: 'dự toán' })).toBe('đạt 152,8% dự toán, vượt 52,8%');
  });

  it('writes only one part in the forms asked', () => {
    expect(formatPlanFulfilment(budget, { lang: 'vi', form: 'excess' })).toBe('vượt 52,8% kế hoạch');
    expect(formatPlanFulfilment(budget, { lang: 'en', form: 'excess' })).toBe('exceeded the plan by 52.8%');
    expect(formatPlanFulfilment(budget, { lang: 'vi', form: 'percent-of-plan' })).toBe('đạt 152,8% kế hoạch');
  });

  it('writes only the percent of plan when the plan was not exceeded', () => {
    const short = describePlanFulfilment(95, 100);
    expect(formatPlanFulfilment(short, { lang: 'vi' })).toBe('đạt 95,0% kế hoạch');
    expect(formatPlanFulfilment(short, { lang: 'vi', form: 'excess' })).toBe('đạt 95,0% kế hoạch');
  });

  it('leaves out an excess that rounds to zero, so it never writes "vượt 0,0%"', () => {
    const barely = describePlanFulfilment('100.04', 100);
    expect(barely.exceeded).toBe(true);
    expect(formatPlanFulfilment(barely, { lang: 'vi' })).toBe('đạt 100,0% kế hoạch');
    expect(formatPlanFulfilment(barely, { lang: 'vi', digits: 2 })).toBe('đạt 100,04% kế hoạch, vượt 0,04%');
  });

  it('writes the excess of a lower-is-better plan as the distance below it', () => {
    const accidents = describePlanFulfilment(8, 10, 'decreasing');
    expect(formatPlanFulfilment(accidents, { lang: 'vi' })).toBe('đạt 80,0% kế hoạch, vượt 20,0%');
  });

  it('refuses an unknown form, bad digits and an unknown language', () => {
    expectFailure(() => formatPlanFulfilment(budget, { lang: 'vi', form: 'all' as 'both' }), 'invalid-argument', `form must be 'both', 'percent-of-plan' or 'excess'; got "all"`);
    expectFailure(() => formatPlanFulfilment(budget, { lang: 'vi', digits: -50 }), 'invalid-argument', 'formatPlanFulfilment: digits');
    expectFailure(() => formatPlanFulfilment(budget, { lang: 'zz' as 'vi' }), 'invalid-argument', 'formatPlanFulfilment: lang');
  });
});

describe('formatPercentOfSamePeriod', () => {
  it('writes Như Xuân’s Q1/2024 budget revenue as "bằng 156,0% so với cùng kỳ"', () => {
    const percent = percentOfSamePeriod('498.3', '319.4');
    expect(formatPercentOfSamePeriod(percent, { lang: 'vi' })).toBe('bằng 156,0% so với cùng kỳ');
    expect(formatPercentOfSamePeriod(percent, { lang: 'en', digits: 0 })).toBe('156% of the same period last year');
  });

  it('refuses a percent that is not a number', () => {
    expectFailure(() => formatPercentOfSamePeriod('n/a', { lang: 'vi' }), 'invalid-number', 'formatPercentOfSamePeriod percent');
    expectFailure(() => formatPercentOfSamePeriod(1, { lang: 'x' as 'vi' }), 'invalid-argument', 'formatPercentOfSamePeriod: lang');
  });
});

describe('formatChange', () => {
  it('writes growth as "tăng X%" and decline as "giảm X%"', () => {
    expect(formatChange('5.6', { lang: 'vi' })).toBe('tăng 5,6%');
    expect(formatChange('-1.2', { lang: 'vi' })).toBe('giảm 1,2%');
    expect(formatChange('5.6', { lang: 'en' })).toBe('up 5.6%');
    expect(formatChange('-1.2', { lang: 'en' })).toBe('down 1.2%');
  });

  it('writes a growth rate computed by the growth domain', () => {
    expect(formatChange(growthRate(5436, 5120), { lang: 'vi', digits: 2, comparedWith: 'same-period' })).toBe('tăng 6,17% so với cùng kỳ');
    expect(formatChange(growthRate(5436, 5120), { lang: 'en', digits: 2, comparedWith: 'same-period' })).toBe('up 6.17% year on year');
    expect(formatChange('-3', { lang: 'vi', comparedWith: 'previous-period' })).toBe('giảm 3,0% so với kỳ trước');
  });

  it('writes the change of a rate in percentage points', () => {
    const change = percentagePointChange('4.03', '5.20');
    expect(formatChange(change, { lang: 'vi', digits: 2, unit: 'percentage-points' })).toBe('giảm 1,17 điểm %');
    expect(formatChange(change, { lang: 'en', digits: 2, unit: 'percentage-points' })).toBe('down 1.17 pp');
  });

  it('writes an absolute change in its unit', () => {
    expect(formatChange('1.4', { lang: 'vi', unit: scaledUnit(units.quintalsPerHectare) })).toBe('tăng 1,4 tạ/ha');
    expect(formatChange('-250', { lang: 'en', digits: 0, unit: scaledUnit(units.VND, 9) })).toBe('down 250 billion VND');
  });

  it('says unchanged when the change rounds to zero, so the word never contradicts the figure', () => {
    expect(formatChange('0.04', { lang: 'vi' })).toBe('không đổi');
    expect(formatChange('-0.04', { lang: 'en', comparedWith: 'same-period' })).toBe('unchanged year on year');
    expect(formatChange('0.04', { lang: 'en', digits: 2 })).toBe('up 0.04%');
  });

  it('rounds the signed change, so floor and ceiling round in the direction of the value', () => {
    expect(formatChange('-1.11', { lang: 'vi', rounding: 'floor' })).toBe('giảm 1,2%');
    expect(formatChange('-1.19', { lang: 'vi', rounding: 'ceiling' })).toBe('giảm 1,1%');
  });

  it('refuses a change that is not a number, an unknown comparison and bad digits', () => {
    expectFailure(() => formatChange('5,6', { lang: 'vi' }), 'invalid-number', 'formatChange change');
    expectFailure(() => formatChange(1, { lang: 'vi', comparedWith: 'last-year' as 'same-period' }), 'invalid-argument', `comparedWith must be 'same-period' or 'previous-period'; got "last-year"`);
    expectFailure(() => formatChange(1, { lang: 'vi', digits: 0.5 }), 'invalid-argument', 'formatChange: digits');
    expectFailure(() => formatChange(1, { lang: 'no' as 'vi' }), 'invalid-argument', 'formatChange: lang');
  });
});
