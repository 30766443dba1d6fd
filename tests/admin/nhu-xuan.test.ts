import { describe, expect, it } from 'vitest';
import {
  Decimal,
  buildHierarchy,
  childrenOf,
  hierarchyAsOf,
  pathOf,
  predecessorsOf,
  restateValues,
  successorsOf,
  unitAt,
  validateHierarchy,
} from '../../src/index.js';
import {
  nhuXuanHierarchy as hierarchy,
  nhuXuanSource,
  nhuXuanSuccessions,
  nhuXuanUnits,
} from '../../src/datasets/nhu-xuan/index.js';

// An independent copy of the reference table (shared/data/nhu-xuan-admin-units.csv, from the GSO list
// of 01/03/2025 and Resolution 1686/NQ-UBTVQH15): old code, old name, new code, new name, clause.
const reform: readonly (readonly [string, string, string, string, number])[] = [
  ['16174', 'Yên Cát', '16174', 'Như Xuân', 110],
  ['16201', 'Tân Bình', '16174', 'Như Xuân', 110],
  ['16195', 'Cát Vân', '16225', 'Thượng Ninh', 111],
  ['16198', 'Cát Tân', '16225', 'Thượng Ninh', 111],
  ['16225', 'Thượng Ninh', '16225', 'Thượng Ninh', 111],
  ['16177', 'Bãi Trành', '16177', 'Xuân Bình', 112],
  ['16180', 'Xuân Hòa', '16177', 'Xuân Bình', 112],
  ['16183', 'Xuân Bình', '16177', 'Xuân Bình', 112],
  ['16186', 'Hóa Quỳ', '16186', 'Hóa Quỳ', 113],
  ['16204', 'Bình Lương', '16186', 'Hóa Quỳ', 113],
  ['16213', 'Thanh Hòa', '16213', 'Thanh Phong', 114],
  ['16216', 'Thanh Phong', '16213', 'Thanh Phong', 114],
  ['16219', 'Thanh Lâm', '16213', 'Thanh Phong', 114],
  ['16207', 'Thanh Quân', '16222', 'Thanh Quân', 115],
  ['16210', 'Thanh Xuân', '16222', 'Thanh Quân', 115],
  ['16222', 'Thanh Sơn', '16222', 'Thanh Quân', 115],
];

describe('the bundled Như Xuân data', () => {
  it('holds the province, the district and its 16 commune-level units until 30 June 2025', () => {
    expect(unitAt(hierarchy, '38', '2024-12-31')?.name).toBe('Thanh Hóa');
    expect(unitAt(hierarchy, '402', '2025-06-30')?.name).toBe('Như Xuân');
    const communes = childrenOf(hierarchy, '402', '2025-06-30');
    expect(communes.map((unit) => `${unit.code} ${unit.name}`).sort()).toEqual(reform.map(([code, name]) => `${code} ${name}`).sort());
    expect(communes.filter((unit) => unit.type === 'township').map((unit) => unit.name)).toEqual(['Yên Cát']);
    expect(communes.every((unit) => unit.validTo === '2025-06-30' && unit.validFrom === undefined)).toBe(true);
  });

  it('holds the 6 communes of 1 July 2025, directly under the province', () => {
    const communes = childrenOf(hierarchy, '38', '2025-07-01');
    const expected = [...new Set(reform.map(([, , code, name]) => `${code} ${name}`))].sort();
    expect(communes.map((unit) => `${unit.code} ${unit.name}`)).toEqual(expected);
    expect(communes.every((unit) => unit.type === 'commune' && unit.validFrom === '2025-07-01')).toBe(true);
    expect(unitAt(hierarchy, '402', '2025-07-01')).toBeUndefined();
  });

  it('names 16174 Yên Cát before the reform and Như Xuân after it', () => {
    expect(unitAt(hierarchy, '16174', '2024-12-31')?.name).toBe('Yên Cát');
    expect(unitAt(hierarchy, '16174', '2025-07-01')?.name).toBe('Như Xuân');
    expect(pathOf(hierarchy, '16174', '2024-12-31').map((unit) => unit.name)).toEqual(['Thanh Hóa', 'Như Xuân', 'Yên Cát']);
    expect(pathOf(hierarchy, '16174', '2025-07-01').map((unit) => unit.name)).toEqual(['Thanh Hóa', 'Như Xuân']);
  });

  it('records each old unit’s successor with its clause of Resolution 1686/NQ-UBTVQH15', () => {
    for (const [oldCode, , newCode, newName, clause] of reform) {
      const links = successorsOf(hierarchy, oldCode, '2025-06-30');
      expect(links.map((link) => [link.unit.code, link.unit.name, link.succession.legalBasis])).toEqual([
        [newCode, newName, `Resolution 1686/NQ-UBTVQH15, clause ${String(clause)}`],
      ]);
      expect(links[0]?.succession.date).toBe('2025-07-01');
    }
  });

  it('keeps the traps: new codes that belonged to other units', () => {
    expect(unitAt(hierarchy, '16177', '2024-12-31')?.name).toBe('Bãi Trành');
    expect(unitAt(hierarchy, '16177', '2025-07-01')?.name).toBe('Xuân Bình');
    expect(unitAt(hierarchy, '16183', '2025-07-01')).toBeUndefined();
    expect(unitAt(hierarchy, '16222', '2025-07-01')?.name).toBe('Thanh Quân');
    expect(unitAt(hierarchy, '16207', '2024-12-31')?.name).toBe('Thanh Quân');
    expect(predecessorsOf(hierarchy, '16222', '2025-07-01').map((link) => link.unit.code)).toEqual(['16207', '16210', '16222']);
  });

  it('restates Bãi Trành, Xuân Hòa and Xuân Bình onto 16177', () => {
    const rows = restateValues(hierarchy, {
      rule: 'sum',
      from: '2024-12-31',
      to: '2025-07-01',
      values: { '16177': '1.5', '16180': '2.25', '16183': 3 },
    });
    expect(rows.map((row) => [row.code, row.unit.name, row.value.toString(), row.sources.map((source) => source.code)])).toEqual([
      ['16177', 'Xuân Bình', '6.75', ['16177', '16180', '16183']],
    ]);
  });

  it('restates a value for each of the 16 units onto the 6 communes, losing nothing', () => {
    const values = Object.fromEntries(reform.map(([code], i) => [code, 100 + i]));
    const rows = restateValues(hierarchy, { rule: 'sum', from: '2025-06-30', to: '2025-07-01', values });
    expect(rows).toHaveLength(6);
    const total = rows.reduce((sum, row) => sum.plus(row.value), new Decimal(0));
    expect(total.toString()).toBe(String(reform.reduce((sum, _, i) => sum + 100 + i, 0)));
    expect(rows.find((row) => row.code === '16213')?.sources.map((source) => source.code)).toEqual(['16213', '16216', '16219']);
  });

  it('gives valid snapshots on both sides of the reform', () => {
    const before = hierarchyAsOf(hierarchy, '2024-12-31');
    const after = hierarchyAsOf(hierarchy, '2025-07-01');
    expect(before.units).toHaveLength(18);
    expect(after.units).toHaveLength(7);
    expect(validateHierarchy(before.units)).toEqual([]);
    expect(validateHierarchy(after.units)).toEqual([]);
  });

  it('is plain frozen data that rebuilds to the same hierarchy, and cites its sources', () => {
    expect(nhuXuanUnits).toHaveLength(24);
    expect(nhuXuanSuccessions).toHaveLength(7);
    expect(Object.isFrozen(nhuXuanUnits[0])).toBe(true);
    const rebuilt = buildHierarchy(JSON.parse(JSON.stringify(nhuXuanUnits)) as typeof nhuXuanUnits, {
      successions: JSON.parse(JSON.stringify(nhuXuanSuccessions)) as typeof nhuXuanSuccessions,
    });
    expect(rebuilt.units).toEqual(hierarchy.units);
    expect(nhuXuanSource.documents.join('\n')).toMatch(/01\/03\/2025[\s\S]*1686\/NQ-UBTVQH15[\s\S]*clauses 110–115[\s\S]*1027\/CTK-CSCL/);
  });
});
