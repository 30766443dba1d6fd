/* unitsOfCodes, the batch form of unitAt: the same unit for every code, date and hierarchy. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type AdminUnit, type Hierarchy, adminUnitSchema, buildHierarchy, unitAt, unitLookupAt, unitsOfCodes } from '../../src/index.js';
import { readPlainUnit } from '../../src/admin/schema.js';
import { createIndex } from '../../src/admin/hierarchy.js';
import { maxSlots } from '../../src/admin/model.js';
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

/** The unit a code names on a date, found by scanning the hierarchy's unit list (no index). */
function scannedUnit(hierarchy: Hierarchy, code: string, date: string): AdminUnit | undefined {
  return hierarchy.units.find((unit) => unit.code === code && (unit.validFrom ?? date) <= date && date <= (unit.validTo ?? date));
}

describe('the look-ups by code against a scan of the unit list', () => {
  // Days around the bounds of the generated units (which start on 1 January and end on 31 December).
  const boundaryDate = fc
    .tuple(fc.integer({ min: 1999, max: 2031 }), fc.constantFrom('-01-01', '-06-15', '-12-31'))
    .map(([year, day]) => `${String(year)}${day}`);

  it('find, for every code and date, the version whose validity covers the date, whatever the order of the list', () => {
    fc.assert(
      fc.property(
        hierarchyUnits.chain((units) => fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length })),
        boundaryDate,
        fc.array(fc.nat(60), { maxLength: 80 }),
        (units, date, picks) => {
          const hierarchy = buildHierarchy(units, { levels: testLevels });
          const known = units.map((unit) => unit.code);
          const codes = picks.map((pick) => known[pick] ?? `missing-${String(pick)}`);
          const expected = codes.map((code) => scannedUnit(hierarchy, code, date));
          // Many codes at once, each code alone, one by one, and the prepared look-up.
          expect(unitsOfCodes(hierarchy, codes, date)).toEqual(expected);
          expect(codes.map((code) => unitsOfCodes(hierarchy, [code], date)[0])).toEqual(expected);
          expect(codes.map((code) => unitAt(hierarchy, code, date))).toEqual(expected);
          const unitOn = unitLookupAt(hierarchy, date);
          expect(codes.map((code) => unitOn(code))).toEqual(expected);
        },
      ),
    );
  });

  it('find units of more than 65,535 different validities as the scan does', () => {
    // Each root starts on its own day from 1 January 1900 on, so no two share their bounds; every
    // fourth one also ends 100 days later.
    const count = 65_600;
    const first = Date.UTC(1900, 0, 1);
    const day = (offset: number): string => new Date(first + offset * 86_400_000).toISOString().slice(0, 10);
    const units = Array.from({ length: count }, (_, i) => ({
      code: `r${String(i)}`,
      name: `Root ${String(i)}`,
      type: 'root',
      level: 'l0',
      validFrom: day(i),
      ...(i % 4 === 0 ? { validTo: day(i + 100) } : {}),
    }));
    const hierarchy = buildHierarchy(units, { levels: testLevels });
    const codes = ['r0', 'r1', 'r65000', 'r65535', 'r65536', 'r65540', 'r65599', 'r65598', 'missing'];
    for (const date of [day(0), day(65_536), day(65_540), day(65_598), day(65_640), day(65_700)]) {
      const expected = codes.map((code) => scannedUnit(hierarchy, code, date));
      expect(unitsOfCodes(hierarchy, codes, date)).toEqual(expected);
      expect(unitsOfCodes(hierarchy, [...codes, ...hierarchy.units.map((unit) => unit.code)], date).slice(0, codes.length)).toEqual(expected);
      const unitOn = unitLookupAt(hierarchy, date);
      expect(codes.map((code) => unitOn(code))).toEqual(expected);
    }
    // Spot checks by hand: r65540 (i % 4 = 0) is valid from its own day for 100 days; r65599 is open.
    expect(unitsOfCodes(hierarchy, ['r65540', 'r65540', 'r65599'], day(65_598)).map((unit) => unit?.code)).toEqual(['r65540', 'r65540', undefined]);
    expect(unitsOfCodes(hierarchy, ['r65540', 'r65599'], day(65_641)).map((unit) => unit?.code)).toEqual([undefined, 'r65599']);
  });
});

describe('the era tags of the codes\' entries', () => {
  it('judge the first 63 eras from the entry and later ones from the slots, for codes of one version or several', () => {
    // Codes c0..c69, each valid from its own day for 100 days; c60..c69 come back from day 200 + c,
    // listed first, so that those later versions take eras 0..9 and the codes' earliest versions
    // eras 10..79: c0..c52 within the 63 tagged eras, c53..c69 beyond them.
    const first = Date.UTC(2000, 0, 1);
    const day = (offset: number): string => new Date(first + offset * 86_400_000).toISOString().slice(0, 10);
    const later = Array.from({ length: 10 }, (_, i) => ({ code: `c${String(60 + i)}`, name: `Later ${String(i)}`, type: 'root', level: 'l0', validFrom: day(260 + i) }));
    const earliest = Array.from({ length: 70 }, (_, c) => ({ code: `c${String(c)}`, name: `Code ${String(c)}`, type: 'root', level: 'l0', validFrom: day(c), validTo: day(100 + c) }));
    const hierarchy = buildHierarchy([...later, ...earliest], { levels: testLevels });
    const codes = [...earliest.map((unit) => unit.code), 'missing'];
    for (const offset of [0, 52, 53, 62, 63, 64, 69, 100, 152, 153, 169, 170, 262, 265, 269, 400]) {
      const date = day(offset);
      const expected = codes.map((code) => scannedUnit(hierarchy, code, date));
      expect(unitsOfCodes(hierarchy, codes, date)).toEqual(expected);
      // Twice the codes (142, at least half the 160 bounds of the 80 eras): the era-by-era path.
      expect(unitsOfCodes(hierarchy, [...codes, ...codes], date)).toEqual([...expected, ...expected]);
      const unitOn = unitLookupAt(hierarchy, date);
      expect(codes.map((code) => unitOn(code))).toEqual(expected);
    }
    expect(unitsOfCodes(hierarchy, ['c52', 'c53', 'c65', 'c65'], day(120)).map((unit) => unit?.name)).toEqual(['Code 52', 'Code 53', 'Code 65', 'Code 65']);
    expect(unitsOfCodes(hierarchy, codes, day(266)).flatMap((unit) => (unit === undefined ? [] : [unit.name]))).toEqual(['Later 0', 'Later 1', 'Later 2', 'Later 3', 'Later 4', 'Later 5', 'Later 6']);
  });

  it('refuse an index of more unit versions than an entry can number', () => {
    const tooMany = new Array<AdminUnit>(maxSlots + 1);
    expect(() => createIndex([], tooMany, [])).toThrow(`a hierarchy holds at most 67108864 unit versions; got 67108865`);
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
