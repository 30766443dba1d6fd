import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  defineUnit,
  getUnit,
  moneyKinds,
  quantityKindSchema,
  quantityKinds,
  unitOfMeasureSchema,
  units,
} from '../../src/index.js';
import { caught } from './caught.js';

describe('built-in units', () => {
  it('are keyed by their own code, and each passes the unit schema', () => {
    for (const [key, unit] of Object.entries(units)) {
      expect(unit.code).toBe(key);
      expect(z.safeParse(unitOfMeasureSchema, unit).success).toBe(true);
    }
  });

  it('name the units of Vietnamese reports in Vietnamese and English', () => {
    expect(units.VND.labels).toEqual({ vi: 'đồng', en: 'VND' });
    expect(units.persons.labels).toEqual({ vi: 'người', en: 'persons' });
    expect(units.households.labels).toEqual({ vi: 'hộ', en: 'households' });
    expect(units.tonnes.labels).toEqual({ vi: 'tấn', en: 'tonnes' });
    expect(units.communes.labels).toEqual({ vi: 'xã', en: 'communes' });
    expect(units.villages.labels).toEqual({ vi: 'thôn', en: 'villages' });
    expect(units.products.labels).toEqual({ vi: 'sản phẩm', en: 'products' });
    expect(units.indexPoints.labels).toEqual({ vi: 'điểm', en: 'index points' });
    expect(units.percentagePoints.labels).toEqual({ vi: 'điểm phần trăm', en: 'percentage points' });
    expect(units.per10000People.labels).toEqual({ vi: '/vạn dân', en: 'per 10,000 people' });
    expect(units.quintalsPerHectare.labels.vi).toBe('tạ/ha');
  });

  it('give money its ISO 4217 currency and rates per population their base', () => {
    expect([units.VND.currency, units.USD.currency, units.VNDPerPersonPerYear.currency]).toEqual(['VND', 'USD', 'VND']);
    expect(units.per10000People.populationBase).toBe(10_000);
    expect(units.per100000People.populationBase).toBe(100_000);
    expect(units.percent.currency).toBeUndefined();
  });

  it('keep percent, per mille and percentage points as three different kinds', () => {
    const kinds = new Set([units.percent.kind, units.perMille.kind, units.percentagePoints.kind]);
    expect(kinds.size).toBe(3);
  });

  it('use only kinds of the closed union, with currencies only on money kinds', () => {
    for (const unit of Object.values(units)) {
      expect(quantityKinds).toContain(unit.kind);
      expect(unit.currency === undefined || moneyKinds.includes(unit.kind)).toBe(true);
    }
  });

  it('are frozen, so no caller can change them for everyone', () => {
    expect(Object.isFrozen(units)).toBe(true);
    expect(Object.isFrozen(units.VND)).toBe(true);
    expect(Object.isFrozen(units.VND.labels)).toBe(true);
  });
});

describe('quantityKindSchema', () => {
  it('accepts the kinds of the union and nothing else', () => {
    for (const kind of quantityKinds) expect(z.safeParse(quantityKindSchema, kind).success).toBe(true);
    expect(z.safeParse(quantityKindSchema, 'currency').success).toBe(false);
    expect(z.safeParse(quantityKindSchema, 'Money').success).toBe(false);
  });
});

describe('getUnit', () => {
  it('finds a built-in unit by its code', () => {
    expect(getUnit('VND')).toBe(units.VND);
    expect(getUnit('per10000People')).toBe(units.per10000People);
  });

  it('finds a unit of your own in a registry you extend', () => {
    const baht = defineUnit({ code: 'THB', kind: 'money', labels: { vi: 'baht', en: 'THB' }, currency: 'THB' });
    expect(getUnit('THB', { ...units, THB: baht })).toBe(baht);
  });

  it('refuses an unknown code with not-found and lists the known codes', () => {
    const error = caught(() => getUnit('vnd'));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/^unknown unit code "vnd"; known codes: VND, USD, /);
    expect(error.message).toContain('per10000People');
  });

  it('does not mistake inherited object properties for units', () => {
    expect(caught(() => getUnit('toString')).code).toBe('not-found');
    expect(caught(() => getUnit('__proto__')).code).toBe('not-found');
  });
});

describe('defineUnit', () => {
  it('accepts another country’s currency and returns it frozen', () => {
    const kip = defineUnit({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'LAK' }, symbol: '₭', currency: 'LAK' });
    expect(kip).toEqual({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'LAK' }, symbol: '₭', currency: 'LAK' });
    expect(Object.isFrozen(kip)).toBe(true);
  });

  it('accepts a rate per population with a base of its own', () => {
    const per1000 = defineUnit({
      code: 'per1000People',
      kind: 'rate-per-population',
      labels: { vi: '/nghìn dân', en: 'per 1,000 people' },
      populationBase: 1000,
    });
    expect(per1000.populationBase).toBe(1000);
  });

  it('trims labels', () => {
    expect(defineUnit({ code: 'farms', kind: 'count', labels: { vi: ' trang trại ', en: 'farms' } }).labels.vi).toBe(
      'trang trại',
    );
  });

  it('reports every problem at once, each with its path', () => {
    const error = caught(() =>
      defineUnit({
        code: '1st',
        kind: 'rate-per-population',
        labels: { vi: ' ', en: 'per person' },
        currency: 'vnd',
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^invalid unit of measure: 5 problems/);
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'code',
      'labels.vi',
      'currency',
      'currency',
      'populationBase',
    ]);
    expect(error.message).toContain('needs populationBase');
    expect(error.message).toContain('ISO 4217');
  });

  it('refuses a currency on a unit that is not money', () => {
    const error = caught(() =>
      defineUnit({ code: 'farms', kind: 'count', labels: { vi: 'trang trại', en: 'farms' }, currency: 'VND' }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('currency: only units of the money kinds');
    expect(error.message).toContain('this unit is of kind count');
  });

  it('refuses a population base on a unit that is not a rate per population', () => {
    const error = caught(() =>
      defineUnit({ code: 'beds', kind: 'count', labels: { vi: 'giường', en: 'beds' }, populationBase: 10_000 }),
    );
    expect(error.issues).toEqual([
      {
        path: ['populationBase'],
        message: 'only units of kind rate-per-population carry a populationBase; this unit is of kind count',
      },
    ]);
  });

  it('refuses an unknown kind and a fractional population base', () => {
    const error = caught(() =>
      defineUnit({
        code: 'x',
        kind: 'currency' as 'money',
        labels: { vi: 'x', en: 'x' },
      }),
    );
    expect(error.message).toContain('kind: expected one of the quantity kinds money, money-per-person');
    const fractional = caught(() =>
      defineUnit({ code: 'r', kind: 'rate-per-population', labels: { vi: 'r', en: 'r' }, populationBase: 2.5 }),
    );
    expect(fractional.issues[0]?.path).toEqual(['populationBase']);
  });
});
