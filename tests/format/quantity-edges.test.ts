import { describe, expect, it } from 'vitest';
import { type ScaledUnit, formatMoney, parseMoney, scaledUnit, units } from '../../src/index.js';
import { expectFailure } from './helpers.js';

const vi = { lang: 'vi' } as const;
const refusal =
  'formatMoney: the unit must be a scaled unit such as scaledUnit(units.VND, 9) (a unit of measure and a power of ten) or the power of ten of đồng such as 9; got ';

function formatIn(unit: unknown): string {
  return formatMoney(1, unit as ScaledUnit, vi);
}

describe('formatMoney and parseMoney refuse a unit that is neither a scaled unit nor a power', () => {
  it('refuses a unit code, null and an object that is not a unit, saying what was given', () => {
    expectFailure(() => formatIn('VND'), 'invalid-argument', `${refusal}"VND"`);
    expectFailure(() => formatIn(null), 'invalid-argument', `${refusal}null`);
    expectFailure(() => formatIn(undefined), 'invalid-argument', `${refusal}undefined`);
    expectFailure(() => formatIn({ unit: null, power: 9 }), 'invalid-argument', `${refusal}an object`);
    expectFailure(() => formatIn({ unit: 7 }), 'invalid-argument', `${refusal}an object`);
    expectFailure(() => formatIn({ unit: { kind: 'money' }, power: 9 }), 'invalid-argument', refusal);
    expectFailure(() => formatIn({ unit: { code: 'VND' }, power: 9 }), 'invalid-argument', refusal);
    expectFailure(() => parseMoney('45', { lang: 'vi', into: 'VND' as unknown as number }), 'invalid-argument', 'parseMoney: the unit must be a scaled unit');
  });

  it('recognises a unit code given as text inside a scaled unit, and names the unit to pass instead', () => {
    expectFailure(() => formatIn({ unit: 'USD', power: 6 }), 'invalid-argument', `${refusal}{ unit: "USD" } (a unit code as text; pass the unit itself, such as units.USD)`);
    expectFailure(() => formatIn({ unit: 'VNDPerPersonPerYear' }), 'invalid-argument', 'such as units.VNDPerPersonPerYear)');
    // Text that is not a code gets đồng as the example.
    expectFailure(() => formatIn({ unit: 'tỷ đồng' }), 'invalid-argument', '{ unit: "tỷ đồng" } (a unit code as text; pass the unit itself, such as units.VND)');
    expectFailure(() => formatIn({ unit: 'USD 2024' }), 'invalid-argument', 'such as units.VND)');
    expectFailure(() => formatIn({ unit: '9USD' }), 'invalid-argument', 'such as units.VND)');
  });

  it('lists the money kinds when it refuses a unit of another kind', () => {
    expectFailure(
      () => formatMoney(1, scaledUnit(units.tonnes), vi),
      'unit-mismatch',
      'formatMoney handles amounts of money (kinds money, money-per-person, money-per-area); got the unit tonnes of kind mass: use formatQuantity for other units',
    );
  });
});

describe('formatMoney, edges of the automatic scale', () => {
  it('keeps the scale of the unit for zero, even one that the automatic scale never picks', () => {
    expect(formatMoney(0, 15, { lang: 'vi', scale: 'auto' })).toBe('0 triệu tỷ đồng');
    expect(formatMoney(0, 3, { lang: 'en', scale: 'auto' })).toBe('0 thousand VND');
  });

  it('stays at nghìn tỷ when rounding carries the figure past 1.000 there', () => {
    expect(formatMoney('11511.95', 12, { lang: 'vi', scale: 'auto', digits: 1 })).toBe('11.512,0 nghìn tỷ đồng');
    expect(formatMoney('999.96', 12, { lang: 'en', scale: 'auto', digits: 1 })).toBe('1,000.0 trillion VND');
  });
});
