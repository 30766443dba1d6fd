import * as z from 'zod/mini';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type ScaledUnit,
  assertSameUnit,
  compareQuantities,
  convertScale,
  defineUnit,
  differenceUnit,
  multipliers,
  parseWithSchema,
  quantitySchema,
  sameUnit,
  scaledUnit,
  scaledUnitLabels,
  scaledUnitSchema,
  toDecimal,
  units,
} from '../../src/index.js';
import { caught } from './caught.js';

const dong = scaledUnit(units.VND);
const nghinDong = scaledUnit(units.VND, 3);
const trieuDong = scaledUnit(units.VND, 6);
const tyDong = scaledUnit(units.VND, 9);
const nghinTyDong = scaledUnit(units.VND, 12);

describe('scaledUnitLabels', () => {
  it('puts the scale word before the unit, as Vietnamese reports write money', () => {
    expect(scaledUnitLabels(dong)).toEqual({ vi: 'đồng', en: 'VND' });
    expect(scaledUnitLabels(nghinDong)).toEqual({ vi: 'nghìn đồng', en: 'thousand VND' });
    expect(scaledUnitLabels(trieuDong)).toEqual({ vi: 'triệu đồng', en: 'million VND' });
    expect(scaledUnitLabels(tyDong)).toEqual({ vi: 'tỷ đồng', en: 'billion VND' });
    expect(scaledUnitLabels(nghinTyDong)).toEqual({ vi: 'nghìn tỷ đồng', en: 'trillion VND' });
  });

  it('names the other scaled units of a district plan', () => {
    expect(scaledUnitLabels(scaledUnit(units.USD, 6))).toEqual({ vi: 'triệu USD', en: 'million USD' });
    expect(scaledUnitLabels(scaledUnit(units.VNDPerPersonPerYear, 6))).toEqual({
      vi: 'triệu đồng/người/năm',
      en: 'million VND per person per year',
    });
    expect(scaledUnitLabels(scaledUnit(units.tonnes, 3))).toEqual({ vi: 'nghìn tấn', en: 'thousand tonnes' });
    expect(scaledUnitLabels(scaledUnit(units.percent))).toEqual({ vi: '%', en: '%' });
  });

  it('refuses a power with no scale word', () => {
    const error = caught(() => scaledUnitLabels({ unit: units.VND, power: 2 }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('no scale multiplier for 10^2');
  });
});

describe('scaledUnit and scaledUnitSchema', () => {
  it('makes a frozen scaled unit, at power 0 unless told', () => {
    expect(scaledUnit(units.persons)).toEqual({ unit: units.persons, power: 0 });
    expect(Object.isFrozen(tyDong)).toBe(true);
  });

  it('refuses a power with no multiplier, or a fractional one', () => {
    expect(caught(() => scaledUnit(units.VND, 4)).code).toBe('not-found');
    expect(caught(() => scaledUnit(units.VND, 6.5)).code).toBe('invalid-argument');
  });

  it('parses a scaled unit from JSON and reports bad powers and bad units with their paths', () => {
    expect(z.parse(scaledUnitSchema, JSON.parse(JSON.stringify(tyDong)))).toEqual(tyDong);
    const error = caught(() =>
      parseWithSchema(scaledUnitSchema, { unit: { code: 'VND', kind: 'cash', labels: { vi: 'đồng', en: 'VND' } }, power: 2 }, 'scaled unit'),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['unit.kind', 'power']);
    expect(error.message).toContain('expected the power of ten of a known multiplier: one of 0, 3, 6, 9, 12, 15');
    expect(caught(() => parseWithSchema(scaledUnitSchema, { unit: units.VND, power: 1.5 }, 'scaled unit')).issues[0]?.path).toEqual([
      'power',
    ]);
  });

  it('parses a quantity with an exact decimal value', () => {
    const revenue = parseWithSchema(quantitySchema, { value: '498.3', scaledUnit: tyDong }, 'quantity');
    expect(revenue.value).toBeInstanceOf(Decimal);
    expect(revenue.value.toString()).toBe('498.3');
    const error = caught(() => parseWithSchema(quantitySchema, { value: '498,3', scaledUnit: tyDong }, 'quantity'));
    expect(error.issues[0]?.path).toEqual(['value']);
  });
});

describe('convertScale', () => {
  it('converts 45 triệu đồng to 45,000,000 đồng', () => {
    expect(convertScale(45, trieuDong, dong).toString()).toBe('45000000');
  });

  it('converts 1.000 tỷ đồng (Như Xuân’s 2024 investment target) to 10^12 đồng', () => {
    expect(convertScale(1000, tyDong, dong).toString()).toBe('1000000000000');
  });

  it('converts 1,5 nghìn tỷ đồng to 1.500 tỷ đồng', () => {
    expect(convertScale('1.5', nghinTyDong, tyDong).toString()).toBe('1500');
  });

  it('converts down the scale exactly, without binary noise', () => {
    expect(convertScale(498_300_000_000, dong, tyDong).toString()).toBe('498.3');
    expect(convertScale('0.1', trieuDong, tyDong).toString()).toBe('0.0001');
    expect(convertScale(45, trieuDong, scaledUnit(units.VND, 15)).toString()).toBe('0.000000045');
  });

  it('returns a Decimal of the library even when nothing changes', () => {
    const same = convertScale('5.60', trieuDong, trieuDong);
    expect(same).toBeInstanceOf(Decimal);
    expect(same.toString()).toBe('5.6');
  });

  it('converts powers outside the registry too, as SDMX UNIT_MULT 2 (hundreds)', () => {
    expect(convertScale(7, { unit: units.persons, power: 2 }, scaledUnit(units.persons)).toString()).toBe('700');
  });

  it('comes back to the same value after a round trip between any two scales', () => {
    const powers = multipliers.map((entry) => entry.power);
    const digits = fc.stringMatching(/^-?\d{1,15}(\.\d{1,15})?$/);
    fc.assert(
      fc.property(digits, fc.constantFrom(...powers), fc.constantFrom(...powers), (text, fromPower, toPower) => {
        const from = scaledUnit(units.VND, fromPower);
        const to = scaledUnit(units.VND, toPower);
        const back = convertScale(convertScale(text, from, to), to, from);
        expect(back.equals(toDecimal(text))).toBe(true);
      }),
    );
  });

  it('composes: converting a to b then b to c equals converting a to c', () => {
    const powers = multipliers.map((entry) => entry.power);
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.constantFrom(...powers),
        fc.constantFrom(...powers),
        fc.constantFrom(...powers),
        (value, a, b, c) => {
          const [unitA, unitB, unitC] = [a, b, c].map((power) => scaledUnit(units.tonnes, power)) as [ScaledUnit, ScaledUnit, ScaledUnit];
          expect(convertScale(convertScale(value, unitA, unitB), unitB, unitC).equals(convertScale(value, unitA, unitC))).toBe(true);
        },
      ),
    );
  });

  it('refuses to convert across kinds, naming both units and kinds', () => {
    const error = caught(() => convertScale(12, tyDong, scaledUnit(units.percent)));
    expect(error.code).toBe('unit-mismatch');
    expect(error.message).toBe(
      'convertScale: cannot convert billion VND (unit VND, kind money) to % (unit percent, kind percent): ' +
        'they measure different kinds of quantity (money vs percent)',
    );
  });

  it('refuses to convert between currencies, saying that needs an exchange rate', () => {
    const error = caught(() => convertScale(5.7, scaledUnit(units.USD, 6), trieuDong));
    expect(error.code).toBe('unit-mismatch');
    expect(error.message).toContain('different units of the same kind money (USD vs VND)');
    expect(error.message).toContain('currency conversion needs an exchange rate');
  });

  it('refuses to convert percent to percentage points, pointing to differenceUnit', () => {
    const error = caught(() => convertScale(1.17, scaledUnit(units.percent), scaledUnit(units.percentagePoints)));
    expect(error.code).toBe('unit-mismatch');
    expect(error.message).toContain('(percent vs percentage-points)');
    expect(error.message).toContain('see differenceUnit');
  });

  it('refuses to convert between two counted things of one kind', () => {
    const error = caught(() => convertScale(2, scaledUnit(units.communes), scaledUnit(units.villages)));
    expect(error.message).toContain('different units of the same kind count (communes vs villages)');
    expect(error.message).toContain('only scales of one unit convert exactly');
  });

  it('refuses bad values and fractional powers', () => {
    const bad = caught(() => convertScale('45,5', trieuDong, dong));
    expect(bad.code).toBe('invalid-number');
    expect(bad.message).toContain('value must be a decimal number');
    const fractional = caught(() => convertScale(1, { unit: units.VND, power: 1.5 }, dong));
    expect(fractional.code).toBe('invalid-argument');
    expect(fractional.message).toBe('from.power must be a whole power of ten such as 6 (million); got 1.5');
  });
});

describe('sameUnit and assertSameUnit', () => {
  it('treat scales of one unit as the same unit', () => {
    expect(sameUnit(trieuDong, tyDong)).toBe(true);
    expect(sameUnit(units.VND, tyDong)).toBe(true);
    expect(() => {
      assertSameUnit(trieuDong, units.VND);
    }).not.toThrow();
  });

  it('treat an equal copy of a unit (as read from JSON) as the same unit', () => {
    const copy = JSON.parse(JSON.stringify(units.VND)) as typeof units.VND;
    expect(sameUnit(copy, units.VND)).toBe(true);
  });

  it('tell different units and kinds apart', () => {
    expect(sameUnit(units.VND, units.USD)).toBe(false);
    expect(sameUnit(units.percent, units.percentagePoints)).toBe(false);
    expect(sameUnit(units.percent, units.perMille)).toBe(false);
    expect(sameUnit(units.per10000People, units.per100000People)).toBe(false);
  });

  it('say where the mismatch was found', () => {
    const error = caught(() => {
      assertSameUnit(tyDong, units.percent, 'target 3');
    });
    expect(error.code).toBe('unit-mismatch');
    expect(error.message).toBe(
      'target 3: cannot mix billion VND (unit VND, kind money) and % (unit percent, kind percent): ' +
        'they measure different kinds of quantity (money vs percent)',
    );
  });

  it('refuse two units that share a code but not a kind', () => {
    const clash = defineUnit({ code: 'VND', kind: 'count', labels: { vi: 'đồng', en: 'VND coins' } });
    expect(sameUnit(clash, units.VND)).toBe(false);
    const error = caught(() => {
      assertSameUnit(clash, units.VND);
    });
    expect(error.message).toContain('share the code VND but differ in kind (count vs money)');
  });
});

describe('compareQuantities', () => {
  it('compares across scales of one unit', () => {
    expect(compareQuantities({ value: 45, scaledUnit: trieuDong }, { value: '0.04', scaledUnit: tyDong })).toBe(1);
    expect(compareQuantities({ value: 1000, scaledUnit: tyDong }, { value: 1, scaledUnit: nghinTyDong })).toBe(0);
    expect(compareQuantities({ value: '498.3', scaledUnit: tyDong }, { value: '0.5', scaledUnit: nghinTyDong })).toBe(-1);
  });

  it('is antisymmetric', () => {
    const powers = multipliers.map((entry) => entry.power);
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer(),
        fc.constantFrom(...powers),
        fc.constantFrom(...powers),
        (a, b, powerA, powerB) => {
          const left = { value: a, scaledUnit: scaledUnit(units.persons, powerA) };
          const right = { value: b, scaledUnit: scaledUnit(units.persons, powerB) };
          expect(compareQuantities(left, right)).toBe(-compareQuantities(right, left) || 0);
        },
      ),
    );
  });

  it('refuses quantities of different kinds', () => {
    const error = caught(() =>
      compareQuantities({ value: 15, scaledUnit: scaledUnit(units.percent) }, { value: 15, scaledUnit: scaledUnit(units.persons) }),
    );
    expect(error.code).toBe('unit-mismatch');
    expect(error.message).toMatch(/^compareQuantities: cannot compare % \(unit percent, kind percent\) with persons/);
  });

  it('refuses a bad value, naming which one', () => {
    const error = caught(() => compareQuantities({ value: 1, scaledUnit: dong }, { value: Number.NaN, scaledUnit: dong }));
    expect(error.code).toBe('invalid-number');
    expect(error.message).toContain('b.value');
  });
});

describe('differenceUnit', () => {
  it('measures the change of a percentage in percentage points', () => {
    expect(differenceUnit(scaledUnit(units.percent))).toEqual({ unit: units.percentagePoints, power: 0 });
  });

  it('keeps every other unit and scale as it is', () => {
    expect(differenceUnit(tyDong)).toBe(tyDong);
    expect(differenceUnit(scaledUnit(units.perMille)).unit).toBe(units.perMille);
  });
});
