/*
 * The edges of parsePlan's fast first pass, through parsePlan: a field that the schema reads but a
 * record does not list as its own enumerable key (inherited, hidden, a class getter, a list read by
 * an iterator of its own) is the schema's to judge, with the schema's message and path; and the plan
 * given back is deeply frozen, as parsePlan promises, down to the milestones, documents and labels
 * that the fast pass builds.
 */
import { describe, expect, it } from 'vitest';
import { PlanningError, parsePlan } from '../../src/index.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';

const head = { id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: { kind: 'other' } };
const target = { id: 'T1', indicator: 'INVESTMENT', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: 1000, document: { kind: 'other' } };

/** The problems of a plan of these targets, as `path: message` lines; empty when it is accepted. */
function problems(targets: readonly unknown[]): string[] {
  try {
    parsePlan({ ...head, targets }, { catalog });
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }
  return [];
}

/** An object whose prototype holds `field` as a hidden (non-enumerable) property, with `own` as its own fields. */
function withHiddenInherited(own: object, field: string, value: unknown): object {
  return Object.assign(Object.create(Object.defineProperty({}, field, { value, enumerable: false })) as object, own);
}

const refusedDecimal = `expected a finite decimal number such as 5.6 or "5.6": the value must be a decimal number such as '12.5' or 12.5; got the string "x"`;

describe('parsePlan leaves to the schema a field that a record does not list as its own', () => {
  it('refuses an inherited hidden field of a target as the schema does', () => {
    expect(problems([withHiddenInherited(target, 'group', 5)])).toEqual(['targets.0.group: expected text (a string); got the number 5']);
  });

  it('refuses a field that a class instance gives through a getter', () => {
    // a getter lives on the class's prototype and is not enumerable: a readonly field would be an own key
    const notText: unknown = 5;
    class Record {
      get group(): unknown {
        return notText;
      }
    }
    expect(problems([Object.assign(new Record(), target)])).toEqual(['targets.0.group: expected text (a string); got the number 5']);
  });

  it('refuses an inherited hidden field of a document and of a milestone', () => {
    const document = withHiddenInherited({ kind: 'other' }, 'date', '2024-02-30');
    expect(problems([{ ...target, document }])).toEqual(['targets.0.document.date: expected a calendar date written YYYY-MM-DD, such as "2025-07-01"']);
    const milestone = withHiddenInherited({ period: '2024-S1' }, 'value', 'x');
    expect(problems([{ ...target, milestones: [milestone] }])).toEqual([`targets.0.milestones.0.value: ${refusedDecimal}`]);
  });

  it('refuses a document title or address that is not text', () => {
    expect(problems([{ ...target, document: { kind: 'other', title: 5 } }])).toEqual(['targets.0.document.title: expected text (a string); got the number 5']);
    expect(problems([{ ...target, document: { kind: 'other', url: ['https://example.org'] } }])).toEqual(['targets.0.document.url: expected text (a string); got an array']);
  });

  it('judges the base period of each target against its own period', () => {
    const base = { ...target, basis: 'change', comparator: 'at-least', value: 2 };
    expect(problems([{ ...base, basePeriod: '2023' }, { ...base, id: 'T2', basePeriod: '2024' }, { ...base, id: 'T3', basePeriod: '2023' }])).toEqual([
      'targets.1.basePeriod: base period 2024 must end before the target period 2024 starts',
    ]);
  });

  it('reads milestones by their index, as the schema does, not by an iterator of their own', () => {
    const milestones = [{ period: '2024-S1', value: 'x' }];
    const silent: object = Object.create(Array.prototype, {
      [Symbol.iterator]: { value: function* nothing(): Generator<never> { /* yields nothing */ } },
    }) as object;
    Object.setPrototypeOf(milestones, silent);
    expect(problems([{ ...target, milestones }])).toEqual([`targets.0.milestones.0.value: ${refusedDecimal}`]);
  });

  it('refuses milestones that only look like a list', () => {
    expect(problems([{ ...target, milestones: Object.create(Array.prototype) as unknown }])).toEqual(['targets.0.milestones: expected a list (an array); got an object']);
  });

  it('accepts what the schema accepts from a record of another prototype, with the same values', () => {
    const plain = parsePlan({ ...head, targets: [target] }, { catalog });
    const nullPrototype = parsePlan({ ...head, targets: [Object.assign(Object.create(null) as object, target)] }, { catalog });
    const inheritedKind = parsePlan({ ...head, targets: [{ ...target, document: Object.create({ kind: 'other' }) as unknown }] }, { catalog });
    expect(JSON.stringify(nullPrototype)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(inheritedKind)).toBe(JSON.stringify(plain));
  });
});

/** Every plain object and array reachable from `value` (Decimals are frozen by their own class, not here). */
function plainParts(value: unknown, found: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return found;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return found;
  found.push(value);
  for (const item of Object.values(value)) plainParts(item, found);
  return found;
}

describe('parsePlan gives a deeply frozen plan from the fast pass', () => {
  it('freezes the targets, their milestones and each milestone, their documents and labels', () => {
    const full = {
      ...target,
      period: '2024',
      milestones: [{ period: '2024-S1', value: 500 }, { period: '2024-Q3', value: '750' }],
      document: { kind: 'council-resolution', reference: 'Nghị quyết số 1/NQ-HĐND', date: '2023-12-10', title: 'Nghị quyết', url: 'https://example.org' },
      text: { vi: 'Vốn đầu tư đạt 1.000 tỷ đồng', en: 'Investment of 1,000 billion VND' },
      group: 'economy',
    };
    const plan = parsePlan({ ...head, targets: [full, { ...full, id: 'T2' }] }, { catalog });
    const parts = plainParts(plan);
    // the plan, its title and document, the list of targets, and per target itself, its milestones (list and two items), document and text
    expect(parts.length).toBe(3 + 1 + 2 * 6);
    expect(parts.filter((part) => !Object.isFrozen(part))).toEqual([]);
    expect(plan.targets[0]?.milestones?.map((milestone) => [milestone.period, milestone.value.toString()])).toEqual([['2024-S1', '500'], ['2024-Q3', '750']]);
  });
});
