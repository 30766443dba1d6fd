import { describe, expect, it } from 'vitest';
import {
  PlanningError,
  ancestorsOf,
  buildHierarchy,
  childrenOf,
  descendantsOf,
  leavesOf,
  parentOf,
  pathOf,
  rootsAt,
  unitAt,
  unitsAt,
  versionsOf,
} from '../../src/index.js';
import { nhuXuanHierarchy as hierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { thrown } from './helpers.js';

const names = (units: readonly { readonly name: string }[]): string[] => units.map((unit) => unit.name);
const codes = (units: readonly { readonly code: string }[]): string[] => units.map((unit) => unit.code);

describe('unitAt and versionsOf', () => {
  it('resolves a code only together with a date', () => {
    expect(unitAt(hierarchy, '16174', '2024-12-31')?.name).toBe('Yên Cát');
    expect(unitAt(hierarchy, '16174', '2025-06-30')?.type).toBe('township');
    expect(unitAt(hierarchy, '16174', '2025-07-01')?.name).toBe('Như Xuân');
    expect(unitAt(hierarchy, '16174', '2025-07-01')?.type).toBe('commune');
  });

  it('answers undefined for a code that names nothing that day', () => {
    expect(unitAt(hierarchy, '402', '2025-07-01')).toBeUndefined();
    expect(unitAt(hierarchy, '16201', '2025-07-01')).toBeUndefined();
    expect(unitAt(hierarchy, '99999', '2024-01-01')).toBeUndefined();
  });

  it('lists the versions of a code oldest first', () => {
    expect(names(versionsOf(hierarchy, '16222'))).toEqual(['Thanh Sơn', 'Thanh Quân']);
    expect(versionsOf(hierarchy, '99999')).toEqual([]);
  });

  it('rejects malformed dates with the expected form in the message', () => {
    expect(() => unitAt(hierarchy, '38', '2025-7-1')).toThrow(
      "date must be a calendar date written YYYY-MM-DD, such as '2025-07-01'; got \"2025-7-1\"",
    );
    expect(() => unitAt(hierarchy, '38', 20250701 as unknown as string)).toThrow(/got the number 20250701/);
  });

  it('refuses a hierarchy-shaped object that was not built', () => {
    const plain = { levels: hierarchy.levels, units: hierarchy.units, successions: hierarchy.successions };
    expect(() => unitAt(plain, '38', '2024-01-01')).toThrow(PlanningError);
    expect(() => versionsOf(plain, '38')).toThrow(/Build it with buildHierarchy\(units, \{ levels, successions \}\)/);
  });
});

describe('parents, ancestors and paths', () => {
  it('gives the district as parent before the reform and the province after it', () => {
    expect(parentOf(hierarchy, '16183', '2024-12-31')?.code).toBe('402');
    expect(parentOf(hierarchy, '16177', '2025-07-01')?.code).toBe('38');
    expect(parentOf(hierarchy, '38', '2025-07-01')).toBeUndefined();
  });

  it('lists ancestors nearest first and paths root first', () => {
    expect(codes(ancestorsOf(hierarchy, '16174', '2024-12-31'))).toEqual(['402', '38']);
    expect(codes(pathOf(hierarchy, '16174', '2024-12-31'))).toEqual(['38', '402', '16174']);
    expect(codes(pathOf(hierarchy, '16174', '2025-07-01'))).toEqual(['38', '16174']);
    expect(ancestorsOf(hierarchy, '38', '2024-12-31')).toEqual([]);
  });

  it('says which code and which validity when a unit is not there', () => {
    expect(() => parentOf(hierarchy, '402', '2025-07-01')).toThrow(
      'no unit has code 402 on 2025-07-01; the code is valid from (open) to 2025-06-30',
    );
    expect(() => pathOf(hierarchy, '1', '2025-07-01')).toThrow('no unit has code 1 on 2025-07-01; no unit has this code');
    expect(thrown(() => ancestorsOf(hierarchy, '402', '2026-01-01')).code).toBe('not-found');
  });
});

describe('children, descendants, leaves, roots', () => {
  it('lists the 16 commune-level units of Như Xuân in 2024 and none after the reform', () => {
    expect(childrenOf(hierarchy, '402', '2024-12-31')).toHaveLength(16);
    expect(childrenOf(hierarchy, '402', '2024-12-31', { type: 'township' }).map((unit) => unit.name)).toEqual(['Yên Cát']);
    expect(childrenOf(hierarchy, '38', '2025-07-01')).toHaveLength(6);
    expect(() => childrenOf(hierarchy, '402', '2025-07-01')).toThrow(/no unit has code 402 on 2025-07-01/);
  });

  it('lists descendants depth first, optionally of one level or type', () => {
    const before = descendantsOf(hierarchy, '38', '2024-12-31');
    expect(before).toHaveLength(17);
    expect(before[0]?.code).toBe('402');
    expect(descendantsOf(hierarchy, '38', '2024-12-31', { level: 'commune' })).toHaveLength(16);
    expect(descendantsOf(hierarchy, '38', '2024-12-31', { level: 'commune', type: 'commune' })).toHaveLength(15);
    expect(codes(descendantsOf(hierarchy, '38', '2025-07-01'))).toEqual(['16174', '16177', '16186', '16213', '16222', '16225']);
  });

  it('puts each unit before its own descendants', () => {
    const villages = buildHierarchy([
      { code: 'P', name: 'P', type: 'province', level: 'province' },
      { code: 'D1', name: 'D1', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'D2', name: 'D2', type: 'rural-district', level: 'district', parent: 'P' },
      { code: 'C1', name: 'C1', type: 'commune', level: 'commune', parent: 'D1' },
      { code: 'C2', name: 'C2', type: 'commune', level: 'commune', parent: 'D2' },
      { code: 'V1', name: 'V1', type: 'village', level: 'village', parent: 'C1' },
    ]);
    expect(codes(descendantsOf(villages, 'P', '2024-01-01'))).toEqual(['D1', 'C1', 'V1', 'D2', 'C2']);
    expect(codes(leavesOf(villages, 'P', '2024-01-01'))).toEqual(['V1', 'C2']);
    expect(leavesOf(villages, 'V1', '2024-01-01')).toEqual([]);
  });

  it('finds the childless units below a unit', () => {
    expect(leavesOf(hierarchy, '38', '2024-12-31')).toHaveLength(16);
    expect(codes(leavesOf(hierarchy, '38', '2025-07-01'))).toEqual(['16174', '16177', '16186', '16213', '16222', '16225']);
  });

  it('lists roots and every unit of a day', () => {
    expect(codes(rootsAt(hierarchy, '2024-12-31'))).toEqual(['38']);
    expect(unitsAt(hierarchy, '2024-12-31')).toHaveLength(18);
    expect(unitsAt(hierarchy, '2025-07-01')).toHaveLength(7);
    expect(unitsAt(hierarchy, '2025-06-30', { level: 'district' }).map((unit) => unit.name)).toEqual(['Như Xuân']);
    expect(() => rootsAt(hierarchy, 'yesterday')).toThrow(/date must be a calendar date/);
  });
});
