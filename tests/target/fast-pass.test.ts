/*
 * The fast first pass of parsePlan (plain targets read without zod, with the schema's own checks)
 * against the schema: the same targets accepted and refused, equal values with the schema's key
 * order, and for whole plans the same plan or the same problems, with the same paths and messages.
 */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal, type PlanInput, PlanningError, comparators, parsePlan, targetBases, targetSchema } from '../../src/index.js';
import { readPlainPlan, readPlainTarget } from '../../src/target/plain.js';
import { vnDistrictIndicatorCatalog as catalog } from '../../src/datasets/vietnam/index.js';

const OtherDecimal = DecimalJs.clone({ precision: 5 });

/** Mostly values the schema accepts, sometimes one it refuses. */
function pick(valid: readonly unknown[], refused: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...refused) });
}

const decimalArb = pick(
  [5, 0, -0, '5.6', '-1', '1000', '1e2', ' 7 ', 1e-7, new Decimal('12.5'), new Decimal('-0'), new OtherDecimal('3.25')],
  ['1e400', 'abc', Number.NaN, Number.POSITIVE_INFINITY, null, true],
);

/** Each field: mostly values the schema accepts, and values it refuses for each of its checks. */
const fields = {
  id: pick(['T1', 'GO_GROWTH', 'a.b-c', '9', 'x'.repeat(100)], ['', ' T1', 'T 1', '_T', 'x'.repeat(101), 42]),
  indicator: pick(['INVESTMENT', 'POVERTY_RATE', 'NOPE'], ['-bad', null]),
  area: pick(['402', '16174', ' 402 ', 'x'.repeat(100)], ['', 'x'.repeat(101), 5]),
  period: pick(['2024', '2024-q3', '2021/2025', '2024-m9', '2024-S1', '2024-W05'], ['someday', '2024-13', 2024]),
  basis: pick(targetBases, ['speed']),
  basePeriod: pick(['2023', '2020', '2023-Q4'], ['x']),
  comparator: pick(comparators, ['roughly']),
  value: decimalArb,
  lower: decimalArb,
  upper: decimalArb,
  tolerance: decimalArb,
  milestones: pick(
    [[], [{ period: '2024-S1', value: 500 }], [{ period: '2024-q2', value: '480' }, { period: '2024-Q4', value: new Decimal(900) }], [{ period: '2024-S1', value: 1, extra: 1 }]],
    [[{ period: '2024-Q2', value: 'x' }], [{ value: 1 }], 'none'],
  ),
  document: pick(
    [
      { kind: 'annual-plan' },
      { kind: 'council-resolution', reference: 'Nghị quyết số 1/NQ-HĐND', date: '2023-12-10', title: 'Nghị quyết', url: 'https://example.org' },
      { url: 'u', kind: 'other', date: '2024-02-29' },
      { kind: 'other', extra: 1 },
    ],
    [{ kind: 'nope' }, { kind: 'other', date: '2023-02-29' }, { kind: 'other', reference: 7 }, 'annual-plan'],
  ),
  text: pick([{ vi: 'Đạt 5,6%' }, { en: 'B', vi: 'A' }, { vi: 'A', note: 'x' }], [{ vi: '' }, { en: 'B' }, { vi: 'A', en: '' }]),
  group: pick(['economy', ''], [3]),
};
const fastFields = Object.keys(fields);

/** Target-like records: any subset of the fields, sometimes a unit (left to the schema), an unknown key (dropped), an undefined field or another prototype. */
const recordArb = fc
  .tuple(
    fc.record(fields, { requiredKeys: [] }),
    fc.constantFrom<'plain' | 'unit' | 'unknown-key' | 'undefined' | 'prototype'>('plain', 'plain', 'plain', 'plain', 'plain', 'unit', 'unknown-key', 'undefined', 'prototype'),
  )
  .map(([record, twist]) => {
    const base: Record<string, unknown> = { id: 'T1', indicator: 'INVESTMENT', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: 1000, document: { kind: 'other' }, ...record };
    switch (twist) {
      case 'unit':
        return { ...base, unit: { unit: 'VND', power: 9 } };
      case 'unknown-key':
        return { ...base, note: 'a note' };
      case 'undefined':
        return { ...base, group: undefined };
      case 'prototype':
        return Object.assign(Object.create({}) as object, base);
      default:
        return base;
    }
  });

function isPlainRecord(record: object): boolean {
  return Object.getPrototypeOf(record) === Object.prototype && !('unit' in record) && Object.entries(record).every(([key, value]) => !fastFields.includes(key) || value !== undefined);
}

describe('readPlainTarget reads a target as targetSchema does', () => {
  it('accepts what the schema accepts and refuses what it refuses, on plain records, with equal values', () => {
    let readFast = 0;
    fc.assert(
      fc.property(recordArb, (record) => {
        const fast = readPlainTarget(record);
        const schema = z.safeParse(targetSchema, record);
        if (fast !== undefined) {
          readFast += 1;
          expect(schema.success).toBe(true);
          expect(fast).toEqual(schema.data);
          // the schema's key order and values, as JSON writes them
          expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
          expect(fast.value === undefined || fast.value instanceof Decimal).toBe(true);
        } else if (isPlainRecord(record)) {
          // a plain record without a unit or an undefined field is the fast pass's to read: refused only when the schema refuses it
          expect(schema.success).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
    expect(readFast).toBeGreaterThan(100);
  });

  it('gives a Decimal of its own for a Decimal given, as the schema (which copies the input) does', () => {
    const given = new Decimal('45.5');
    const target = readPlainTarget({ id: 'T1', indicator: 'INCOME', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: given, document: { kind: 'other' } });
    expect(target?.value).toEqual(given);
    expect(target?.value).not.toBe(given);
  });

  it('writes periods in their canonical codes', () => {
    const target = readPlainTarget({ id: 'T1', indicator: 'I', area: '1', period: '2024-q3', basePeriod: '2023-m9', basis: 'level', comparator: 'maintain', document: { kind: 'other' } });
    expect([target?.period, target?.basePeriod]).toEqual(['2024-Q3', '2023-M09']);
  });
});

function outcome(input: unknown): { plan: unknown } | { message: string; issues: unknown } {
  try {
    return { plan: parsePlan(input, { catalog }) };
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    return { message: error.message, issues: error.issues };
  }
}

/** The same plan on an object whose prototype is not Object.prototype: the fast pass leaves it to the schema. */
function throughSchema(plan: PlanInput): PlanInput {
  return Object.assign(Object.create({}) as PlanInput, plan);
}

describe('parsePlan with its fast first pass', () => {
  it('gives the plan or the problems that the schema path gives', () => {
    const planArb = fc.record(
      {
        head: fc.constantFrom<Record<string, unknown>>(
          { id: 'P', title: { vi: 'Kế hoạch' }, area: '402', period: '2024', document: { kind: 'annual-plan' } },
          { id: 'P', title: { vi: 'Kế hoạch', en: 'Plan' }, area: '402', period: '2021/2025', document: { kind: 'five-year-plan' }, illustrative: true, note: 'n' },
          { id: 'P', title: { vi: '' }, area: '402', period: '2024', document: { kind: 'annual-plan' } },
          { id: 'P', title: { vi: 'K' }, area: '402', period: '2024', document: { kind: 'annual-plan' }, extra: 1 },
        ),
        targets: fc.array(recordArb, { maxLength: 6 }),
      },
      { requiredKeys: ['head', 'targets'] },
    );
    fc.assert(
      fc.property(planArb, ({ head, targets }) => {
        const input = { ...head, targets } as unknown as PlanInput;
        const fast = outcome(input);
        const schema = outcome(throughSchema(input));
        expect(fast).toEqual(schema);
        if ('plan' in fast && 'plan' in schema) {
          expect(JSON.stringify(fast.plan)).toBe(JSON.stringify(schema.plan));
          expect(Object.isFrozen(fast.plan)).toBe(true);
          expect((fast.plan as { targets: readonly object[] }).targets.every((target) => Object.isFrozen(target))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads a plain plan by the fast pass, and leaves a plan it cannot read to the schema', () => {
    const head = { id: 'P', title: { vi: 'K' }, area: '402', period: '2024', document: { kind: 'other' } };
    const target = { id: 'T1', indicator: 'INVESTMENT', area: '402', period: '2024', basis: 'level', comparator: 'at-least', value: 1, document: { kind: 'other' } };
    expect(readPlainPlan({ ...head, targets: [target] })?.targets.length).toBe(1);
    expect(readPlainPlan({ ...head, targets: [{ ...target, value: 'x' }] })).toBeUndefined();
    expect(readPlainPlan({ ...head, title: {}, targets: [target] })).toBeUndefined();
    expect(readPlainPlan({ ...head })).toBeUndefined();
    expect(readPlainPlan([target])).toBeUndefined();
  });
});
