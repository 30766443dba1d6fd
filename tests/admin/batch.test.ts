/* unitsOfCodes, the batch form of unitAt: the same unit for every code, date and hierarchy. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { adminUnitSchema, buildHierarchy, unitAt, unitLookupAt, unitsOfCodes } from '../../src/index.js';
import { readPlainUnit } from '../../src/admin/schema.js';
import { nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { askDate, hierarchyUnits, testLevels } from './arbitraries.js';

describe('unitsOfCodes', () => {
  it('finds what unitAt finds, code by code, on generated hierarchies', () => {
    fc.assert(
      fc.property(hierarchyUnits, askDate, fc.array(fc.nat(40)), (units, date, picks) => {
        const hierarchy = buildHierarchy(units, { levels: testLevels });
        const known = units.map((unit) => unit.code);
        // Codes of the hierarchy (repeated, in any order) and codes it does not have.
        const codes = picks.map((pick) => known[pick] ?? `missing-${String(pick)}`);
        expect(unitsOfCodes(hierarchy, codes, date)).toEqual(codes.map((code) => unitAt(hierarchy, code, date)));
      }),
    );
  });

  it('refuses a bad date, a hierarchy it did not build and codes that are not a list', () => {
    expect(() => unitsOfCodes(nhuXuanHierarchy, ['16174'], '2025-02-30')).toThrow('date');
    expect(() => unitsOfCodes({ levels: [], units: [], successions: [] }, ['16174'], '2025-07-01')).toThrow('hierarchy must be a value returned by buildHierarchy');
    expect(() => unitsOfCodes(nhuXuanHierarchy, '16174' as never, '2025-07-01')).toThrow('codes must be a list of unit codes; got string');
  });
});

describe('unitLookupAt', () => {
  it('finds what unitAt finds, code by code, on generated hierarchies', () => {
    fc.assert(
      fc.property(hierarchyUnits, askDate, fc.array(fc.nat(40)), (units, date, picks) => {
        const hierarchy = buildHierarchy(units, { levels: testLevels });
        const known = units.map((unit) => unit.code);
        const unitOn = unitLookupAt(hierarchy, date);
        for (const pick of picks) {
          const code = known[pick] ?? `missing-${String(pick)}`;
          expect(unitOn(code)).toBe(unitAt(hierarchy, code, date));
        }
      }),
    );
  });

  it('answers after a code of other bounds as before it', () => {
    // Province 38 is open, district 402 ends on 2025-06-30: the comparison of one is not reused for the other.
    const unitOn = unitLookupAt(nhuXuanHierarchy, '2025-07-01');
    expect([unitOn('402'), unitOn('38')?.name, unitOn('402'), unitOn('16174')?.name]).toEqual([undefined, 'Thanh Hóa', undefined, 'Như Xuân']);
    expect(unitsOfCodes(nhuXuanHierarchy, ['402', '38', '402', '99999', '38'], '2025-07-01').map((unit) => unit?.code)).toEqual([
      undefined,
      '38',
      undefined,
      undefined,
      '38',
    ]);
  });

  it('refuses a bad date and a hierarchy it did not build', () => {
    expect(() => unitLookupAt(nhuXuanHierarchy, '2025-13-01')).toThrow('date must be a calendar date written YYYY-MM-DD');
    expect(() => unitLookupAt({ levels: [], units: [], successions: [] }, '2025-07-01')).toThrow('hierarchy must be a value returned by buildHierarchy');
  });
});

describe('the fast first pass of buildHierarchy', () => {
  it('reads each record as the schema does, or leaves it to the schema', () => {
    const text = fc.constantFrom('16174', 'Yên Cát', ' padded', '', 'commune', 'x y');
    const record = fc.record(
      {
        code: text,
        name: text,
        nameEn: text,
        type: text,
        level: text,
        parent: text,
        validFrom: fc.constantFrom('2024-01-01', '2025-02-30', '2025-07-01', 'soon'),
        validTo: fc.constantFrom('2024-12-31', undefined),
        attributes: fc.constant({ population: 1200 }),
        extra: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (input) => {
        const fast = readPlainUnit(input);
        const schema = z.safeParse(adminUnitSchema, input);
        if (fast !== undefined) expect(schema).toEqual({ success: true, data: fast });
      }),
    );
  });

  it('leaves refused lists to the schema, whose messages name every problem', () => {
    expect(() => buildHierarchy([{ code: '1', name: 'A', type: 'province', level: 'province' }, { code: ' 2', name: 'B', type: 'commune', level: 'province' }])).toThrow(
      'units[1].code',
    );
  });
});
