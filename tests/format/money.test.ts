import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, formatMoney, formatQuantity, getIndicator, parseLocalizedNumber, scaledUnit, units } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';
import { expectFailure } from './helpers.js';

describe('formatMoney', () => {
  it('writes money with a scale word, the official spelling and a plain space', () => {
    expect(formatMoney(45, 6, { lang: 'vi' })).toBe('45\u0020triệu\u0020đồng');
    expect(formatMoney(1000, 9, { lang: 'vi' })).toBe('1.000 tỷ đồng');
    expect(formatMoney(15, 12, { lang: 'vi' })).toBe('15 nghìn tỷ đồng');
    expect(formatMoney(250, 3, { lang: 'vi' })).toBe('250 nghìn đồng');
    expect(formatMoney(45000, 0, { lang: 'vi' })).toBe('45.000 đồng');
  });

  it('writes the English short scale: tỷ is billion and nghìn tỷ is trillion', () => {
    expect(formatMoney(45, 6, { lang: 'en' })).toBe('45 million VND');
    expect(formatMoney(1000, 9, { lang: 'en' })).toBe('1,000 billion VND');
    expect(formatMoney(15, 12, { lang: 'en' })).toBe('15 trillion VND');
  });

  it('picks the scale word automatically', () => {
    expect(formatMoney(45_000_000, 0, { lang: 'vi', scale: 'auto' })).toBe('45 triệu đồng');
    expect(formatMoney(15_000_000_000_000, 0, { lang: 'vi', scale: 'auto' })).toBe('15 nghìn tỷ đồng');
    expect(formatMoney(1000, 9, { lang: 'en', scale: 'auto' })).toBe('1 trillion VND');
    expect(formatMoney('0.5', 9, { lang: 'vi', scale: 'auto' })).toBe('500 triệu đồng');
    expect(formatMoney(999, 0, { lang: 'vi', scale: 'auto' })).toBe('999 đồng');
    expect(formatMoney(-2_500_000, 0, { lang: 'vi', scale: 'auto' })).toBe('-2,5 triệu đồng');
    expect(formatMoney(0, 9, { lang: 'vi', scale: 'auto' })).toBe('0 tỷ đồng');
  });

  it('goes up a scale when rounding carries the figure to 1.000', () => {
    expect(formatMoney('999999999', 0, { lang: 'vi', scale: 'auto', digits: 1 })).toBe('1,0 tỷ đồng');
    expect(formatMoney('999949999', 0, { lang: 'vi', scale: 'auto', digits: 1 })).toBe('999,9 triệu đồng');
  });

  it('stops the automatic scale at nghìn tỷ, as GSO writes national totals', () => {
    expect(formatMoney('11511900', 9, { lang: 'vi', scale: 'auto' })).toBe('11.511,9 nghìn tỷ đồng');
  });

  it('writes in a scale asked, exactly', () => {
    expect(formatMoney('1.5', 12, { lang: 'vi', scale: 9 })).toBe('1.500 tỷ đồng');
    expect(formatMoney('15000000000000.05', 0, { lang: 'vi', scale: 12 })).toBe('15,00000000000005 nghìn tỷ đồng');
  });

  it('writes other money units with their labels', () => {
    expect(formatMoney('5.7', scaledUnit(units.USD, 6), { lang: 'vi' })).toBe('5,7 triệu USD');
    expect(formatMoney('45250000', scaledUnit(units.VNDPerPersonPerYear), { lang: 'vi', scale: 6, digits: 1 })).toBe(
      '45,3 triệu đồng/người/năm',
    );
    expect(formatMoney('45.25', scaledUnit(units.VNDPerPersonPerYear, 6), { lang: 'en', digits: 1 })).toBe(
      '45.3 million VND per person per year',
    );
  });

  it('picks a scale that leaves 1 to 999 before the decimal point, and keeps every digit', () => {
    const powers: Readonly<Record<string, number>> = { VND: 0, thousand: 3, million: 6, billion: 9, trillion: 12 };
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 30n }), (amount) => {
        const text = formatMoney(amount.toString(), 0, { lang: 'en', scale: 'auto' });
        const [number = '', word = ''] = text.split(' ');
        const power = powers[word] ?? Number.NaN;
        const value = parseLocalizedNumber(number, { lang: 'en' });
        expect(value.times(new Decimal(10).pow(power)).toFixed()).toBe(amount.toString());
        expect(value.greaterThanOrEqualTo(1)).toBe(true);
        if (power < 12) expect(value.lessThan(1000)).toBe(true);
      }),
    );
  });

  it('refuses a unit that is not money, a scale with no word and a bad scale option', () => {
    expectFailure(() => formatMoney(5, scaledUnit(units.tonnes), { lang: 'vi' }), 'unit-mismatch', 'formatMoney handles amounts of money', 'use formatQuantity');
    expectFailure(() => formatMoney(5, 4, { lang: 'vi' }), 'not-found', 'no scale multiplier for 10^4');
    expectFailure(() => formatMoney(5, 6, { lang: 'vi', scale: 4 }), 'not-found', 'no scale multiplier for 10^4');
    expectFailure(() => formatMoney(5, 6, { lang: 'vi', scale: 'big' as 'auto' }), 'invalid-argument', `formatMoney: scale must be 'auto' or the power of ten`);
    expectFailure(() => formatMoney('5,6', 6, { lang: 'vi' }), 'invalid-number', 'formatMoney value');
  });
});

describe('formatQuantity', () => {
  it('writes income per person with the indicator’s unit and precision', () => {
    const income = getIndicator(catalog, 'INCOME_PER_CAPITA');
    expect(formatQuantity('47.25', income, { lang: 'vi' })).toBe('47,3 triệu đồng/người/năm');
    expect(formatQuantity('47.25', income, { lang: 'en' })).toBe('47.3 million VND per person per year');
  });

  it('writes percentages and per-population rates with no space, words after a space', () => {
    expect(formatQuantity('4.026', getIndicator(catalog, 'POVERTY_RATE'), { lang: 'vi' })).toBe('4,03%');
    expect(formatQuantity('12.45', getIndicator(catalog, 'DOCTORS_PER_10000'), { lang: 'vi' })).toBe('12,5/vạn dân');
    expect(formatQuantity('12.45', getIndicator(catalog, 'DOCTORS_PER_10000'), { lang: 'en' })).toBe('12.5 per 10,000 people');
    expect(formatQuantity('27890.4', getIndicator(catalog, 'GRAIN_OUTPUT'), { lang: 'vi' })).toBe('27.890 tấn');
    expect(formatQuantity('12.5', { unit: scaledUnit(units.perMille), precision: 1 }, { lang: 'vi' })).toBe('12,5‰');
    expect(formatQuantity(3, getIndicator(catalog, 'NTM_COMMUNES'), { lang: 'vi' })).toBe('3 xã');
  });

  it('writes an index without a unit', () => {
    expect(formatQuantity('113.6812', { unit: scaledUnit(units.indexPoints), precision: 2 }, { lang: 'vi' })).toBe('113,68');
  });

  it('moves the precision with the scale, keeping the resolution', () => {
    const revenue = getIndicator(catalog, 'BUDGET_REVENUE');
    expect(formatQuantity('15234.5', revenue, { lang: 'vi', scale: 'auto' })).toBe('15,2345 nghìn tỷ đồng');
    expect(formatQuantity('15234.56', revenue, { lang: 'vi', scale: 6 })).toBe('15.234.600 triệu đồng');
    expect(formatQuantity('15234.56', revenue, { lang: 'vi', scale: 6, digits: 0 })).toBe('15.234.560 triệu đồng');
  });

  it('uses the indicator’s rounding rule unless told otherwise', () => {
    const truncated = { unit: scaledUnit(units.percent), precision: 1, rounding: 'toward-zero' } as const;
    expect(formatQuantity('5.69', truncated, { lang: 'vi' })).toBe('5,6%');
    expect(formatQuantity('5.69', truncated, { lang: 'vi', rounding: 'half-away-from-zero' })).toBe('5,7%');
  });

  it('writes the exact value for a unit without precision', () => {
    expect(formatQuantity('1234.5678', { unit: scaledUnit(units.ha) }, { lang: 'en' })).toBe('1,234.5678 ha');
  });

  it('refuses a bad value and a bad option', () => {
    expectFailure(() => formatQuantity('x', { unit: scaledUnit(units.ha) }, { lang: 'vi' }), 'invalid-number', 'formatQuantity value');
    expectFailure(() => formatQuantity(1, { unit: scaledUnit(units.ha) }, { lang: 'de' as 'vi' }), 'invalid-argument', 'formatQuantity: lang');
  });
});
