/*
 * The fast first pass of buildHierarchy (plain records read without zod, parent links checked parent
 * by parent) against the step path (every record parsed by the schema, every link checked unit by
 * unit): the same hierarchy for valid input and the same problems, with the same paths and messages,
 * for broken input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type AdminUnitInput, adminUnitSchema, buildHierarchy, unitAt, validateHierarchy, versionsOf } from '../../src/index.js';
import { checkParentLinks, createIndex, parentLinksHold } from '../../src/admin/hierarchy.js';
import type { Issue } from '../../src/numeric/index.js';
import { askDate, hierarchyUnits, testLevels } from './arbitraries.js';
import { issueLines } from './helpers.js';

/** The same fields on an object whose prototype is not Object.prototype: the fast pass leaves it to the schema. */
function throughSchema(unit: AdminUnitInput): AdminUnitInput {
  return Object.assign(Object.create({}) as AdminUnitInput, unit);
}

type Corruption = (units: AdminUnitInput[], pick: number) => void;

function at(units: AdminUnitInput[], pick: number): [number, AdminUnitInput] {
  const position = pick % units.length;
  const unit = units[position];
  if (unit === undefined) throw new Error(`no unit at ${String(position)}`);
  return [position, unit];
}

/** Ways to break a valid list: each makes one or more of the problems buildHierarchy reports. */
const corruptions: readonly Corruption[] = [
  // A parent that names no unit, a parent that is the unit itself, a parent at a level below.
  (units, pick) => {
    const [position, unit] = at(units, pick);
    units[position] = { ...unit, parent: 'nowhere' };
  },
  (units, pick) => {
    const [position, unit] = at(units, pick);
    units[position] = { ...unit, parent: unit.code };
  },
  (units, pick) => {
    const [position, unit] = at(units, pick);
    const [, other] = at(units, pick * 7 + 3);
    units[position] = { ...unit, parent: other.code };
  },
  // Validity reversed, or stretched beyond the parent's.
  (units, pick) => {
    const [position, unit] = at(units, pick);
    units[position] = { ...unit, validFrom: '2031-01-01', validTo: '1990-12-31' };
  },
  (units, pick) => {
    const [position, unit] = at(units, pick);
    const { validFrom: _from, validTo: _to, ...open } = unit;
    units[position] = open;
  },
  // A second version of a code that overlaps the first; an unknown level.
  (units, pick) => {
    const [, unit] = at(units, pick);
    units.push({ ...unit, name: `${unit.name} again` });
  },
  (units, pick) => {
    const [position, unit] = at(units, pick);
    units[position] = { ...unit, level: 'hamlet' };
  },
  // Schema problems: text with surrounding spaces (ASCII and not), a date that does not exist, a missing field.
  (units, pick) => {
    const [position, unit] = at(units, pick);
    units[position] = { ...unit, name: `${unit.name}\u00a0` };
  },
  (units, pick) => {
    const [position, unit] = at(units, pick);
    units[position] = { ...unit, code: ` ${unit.code}` };
  },
  (units, pick) => {
    const [position, unit] = at(units, pick);
    units[position] = { ...unit, validTo: '2025-02-30' };
  },
  (units, pick) => {
    const [position, unit] = at(units, pick);
    const { type: _type, ...rest } = unit;
    units[position] = rest as AdminUnitInput;
  },
];

/** A generated list with up to four problems. */
const brokenUnits: fc.Arbitrary<AdminUnitInput[]> = fc
  .tuple(hierarchyUnits, fc.array(fc.tuple(fc.nat(corruptions.length - 1), fc.nat(1000)), { minLength: 1, maxLength: 4 }))
  .map(([units, changes]) => {
    const broken = [...units];
    for (const [which, pick] of changes) corruptions[which]?.(broken, pick);
    return broken;
  });

describe('the fast first pass of buildHierarchy against the step path', () => {
  it('builds the same hierarchy from plain records as from records the schema reads', () => {
    fc.assert(
      fc.property(hierarchyUnits, askDate, (units, date) => {
        const fast = buildHierarchy(units, { levels: testLevels });
        const step = buildHierarchy(units.map(throughSchema), { levels: testLevels });
        // The same units, field by field and in the schema's key order, frozen alike.
        expect(JSON.stringify(fast)).toBe(JSON.stringify(step));
        expect(fast.units.every((unit) => Object.isFrozen(unit))).toBe(true);
        for (const unit of units) {
          expect(versionsOf(fast, unit.code)).toEqual(versionsOf(step, unit.code));
          expect(unitAt(fast, unit.code, date)).toEqual(unitAt(step, unit.code, date));
        }
      }),
    );
  });

  it('reports the same problems, with the same paths and messages, for generated broken lists', () => {
    let reported = 0;
    fc.assert(
      fc.property(brokenUnits, (units) => {
        const fast = validateHierarchy(units, { levels: testLevels });
        const step = validateHierarchy(units.map(throughSchema), { levels: testLevels });
        expect(issueLines(fast)).toEqual(issueLines(step));
        if (fast.length > 0) reported += 1;
      }),
    );
    // The generator breaks most lists (a few corruptions can leave a list valid, such as opening a root's validity).
    expect(reported).toBeGreaterThan(50);
  });

  it('judges parent links parent by parent exactly as unit by unit', () => {
    const links = fc.oneof(hierarchyUnits, brokenUnits);
    let failing = 0;
    fc.assert(
      fc.property(links, (units) => {
        // The records the schema accepts, indexed as buildHierarchy indexes them.
        const records = units.flatMap((unit) => {
          const parsed = z.safeParse(adminUnitSchema, unit);
          return parsed.success ? [parsed.data] : [];
        });
        const { index } = createIndex(testLevels, records, []);
        const issues: Issue[] = [];
        checkParentLinks(index, testLevels, new Set(), issues);
        expect(parentLinksHold(index)).toBe(issues.length === 0);
        if (issues.length > 0) failing += 1;
      }),
    );
    expect(failing).toBeGreaterThan(20);
  });
});

describe('parent links of units past the 65,535 numbered eras', () => {
  // 65,600 roots, each valid from its own day from 1 January 1900 on, so that no two share their
  // bounds and the last ones have no era number: their bounds are read from the units themselves.
  const first = Date.UTC(1900, 0, 1);
  const day = (offset: number): string => new Date(first + offset * 86_400_000).toISOString().slice(0, 10);
  const roots: AdminUnitInput[] = Array.from({ length: 65_600 }, (_, i) => ({
    code: `r${String(i)}`, name: `Root ${String(i)}`, type: 'root', level: 'l0', validFrom: day(i),
    ...(i % 2 === 0 ? { validTo: day(i + 50) } : {}),
  }));
  const child = (code: string, parent: string, from: number, to?: number): AdminUnitInput => ({
    code, name: `Child ${code}`, type: 'child', level: 'l1', parent, validFrom: day(from), ...(to === undefined ? {} : { validTo: day(to) }),
  });
  // r65590 is valid from day 65,590 to day 65,640; r65591 from day 65,591 on.
  const holding = [child('a', 'r65590', 65_590, 65_640), child('b', 'r65591', 65_600), child('c', 'r65590', 65_600, 65_610)];
  const judge = (units: readonly AdminUnitInput[]): { holds: boolean; problems: readonly string[] } => {
    const records = units.map((unit) => z.parse(adminUnitSchema, unit));
    const { index } = createIndex(testLevels, records, []);
    const issues: Issue[] = [];
    checkParentLinks(index, testLevels, new Set(), issues);
    return { holds: parentLinksHold(index), problems: issueLines(issues) };
  };

  it('hold when every child lies within its parent', () => {
    expect(judge([...roots, ...holding])).toEqual({ holds: true, problems: [] });
  });

  it.each([
    ['starts before its parent', child('d', 'r65590', 65_589, 65_600)],
    ['ends after its parent', child('d', 'r65590', 65_600, 65_641)],
    ['stays open under a parent that ends', child('d', 'r65590', 65_600)],
    ['names an unknown parent', child('d', 'nowhere', 65_600)],
  ])('fail, unit by unit as parent by parent, for a child that %s', (_, broken) => {
    const { holds, problems } = judge([...roots, ...holding, broken]);
    expect(holds).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^units\[65603\]\.parent: /u);
  });
});
