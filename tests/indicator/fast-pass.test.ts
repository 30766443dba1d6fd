/*
 * The fast first pass of buildCatalog (plain indicators read with the schema's own checks) against
 * the schema: the same indicators accepted and refused, equal values with the schema's key order,
 * and for whole catalogs the same catalog or the same problems, with the same paths and messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PlanningError, aggregationRules, buildCatalog, indicatorSchema, measureKinds, polarities, roundingRules } from '../../src/index.js';
import { readPlainIndicator } from '../../src/indicator/plain.js';
import { vnDistrictIndicators } from '../../src/datasets/vietnam/index.js';

/** Mostly values the schema accepts, sometimes one it refuses. */
function pick(valid: readonly unknown[], refused: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...refused) });
}

const fields = {
  code: pick(['INVESTMENT', 'A', 'x.y-z_1', 'x'.repeat(100)], ['', ' A', 'A B', '_A', 'x'.repeat(101), 7]),
  labels: pick([{ vi: 'Vốn đầu tư' }, { en: 'Investment', vi: 'Vốn' }, { vi: 'V', other: 1 }], [{ vi: '' }, { en: 'E' }, { vi: 'V', en: '' }, 'Vốn']),
  definition: pick(['What is counted', ''], [3]),
  group: pick(['economy'], ['', 1]),
  unit: pick(
    [{ unit: 'VND', power: 9 }, { unit: 'percent', power: 0 }, { power: 6, unit: 'VNDPerPersonPerYear' }, { unit: 'persons', power: 0, extra: 1 }, { unit: 'VND', power: -0 }],
    [{ unit: 'VND', power: 7 }, { unit: 'dollars', power: 0 }, { unit: 'VND', power: 1.5 }, { unit: 'VND' }, 'VND'],
  ),
  measure: pick(measureKinds, ['speed']),
  ratioFactor: pick([100, 1000, 0.5], [0, -1, Number.POSITIVE_INFINITY, '100']),
  polarity: pick(polarities, ['up']),
  precision: pick([0, 1, 2, 15, -0], [16, -1, 1.5, '1']),
  rounding: pick(roundingRules, ['up']),
  priceBasis: pick([{ kind: 'current' }, { kind: 'constant', baseYear: 2010 }], [{ kind: 'constant' }, { kind: 'fixed' }]),
  aggregation: pick([{ overUnits: 'sum', overTime: 'sum' }, { overTime: 'last', overUnits: 'ratio-of-sums' }, { overUnits: 'none', overTime: 'none', note: 1 }], [{ overUnits: 'sum' }, { overUnits: 'total', overTime: 'sum' }]),
  numerator: pick(['POPULATION_URBAN'], ['-x']),
  denominator: pick(['POPULATION'], ['']),
  formula: pick([{ kind: 'growth', of: 'PRODUCTION_VALUE' }, { kind: 'share', part: 'A', total: 'B' }, { kind: 'ratio', numerator: 'A', denominator: 'B', factor: 100 }], [{ kind: 'growth' }, { kind: 'sum' }]),
  range: pick([{ min: 0 }, { min: 0, max: 100 }, { integer: true, min: 0 }], [{ min: 5, max: 1 }, { min: '0' }]),
};
const fastFields = Object.keys(fields);

const recordArb = fc
  .tuple(fc.record(fields, { requiredKeys: [] }), fc.constantFrom<'plain' | 'unknown-key' | 'undefined' | 'prototype' | 'own-unit'>('plain', 'plain', 'plain', 'plain', 'unknown-key', 'undefined', 'prototype', 'own-unit'))
  .map(([record, twist]) => {
    const base: Record<string, unknown> = {
      code: 'INVESTMENT',
      labels: { vi: 'Vốn đầu tư' },
      unit: { unit: 'VND', power: 9 },
      measure: 'flow',
      polarity: 'higher-is-better',
      precision: 0,
      aggregation: { overUnits: 'sum', overTime: 'sum' },
      ...record,
    };
    switch (twist) {
      case 'unknown-key':
        return { ...base, note: 'a note' };
      case 'undefined':
        return { ...base, definition: undefined };
      case 'prototype':
        return Object.assign(Object.create({}) as object, base);
      case 'own-unit':
        return { ...base, unit: { unit: { code: 'boats', kind: 'count', symbol: { vi: 'thuyền', en: 'boats' } }, power: 0 } };
      default:
        return base;
    }
  });

function isFastRecord(record: object): boolean {
  const unit = (record as { unit?: { unit?: unknown; power?: unknown } }).unit;
  return (
    Object.getPrototypeOf(record) === Object.prototype &&
    typeof unit?.unit === 'string' &&
    !Object.is(unit.power, -0) &&
    !Object.is((record as { precision?: unknown }).precision, -0) &&
    Object.entries(record).every(([key, value]) => !fastFields.includes(key) || value !== undefined)
  );
}

describe('readPlainIndicator reads an indicator as indicatorSchema does', () => {
  it('accepts what the schema accepts and refuses what it refuses, on plain records, with equal values', () => {
    let readFast = 0;
    fc.assert(
      fc.property(recordArb, (record) => {
        const fast = readPlainIndicator(record);
        const schema = z.safeParse(indicatorSchema, record);
        if (fast !== undefined) {
          readFast += 1;
          expect(schema.success).toBe(true);
          expect(fast).toEqual(schema.data);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
        } else if (isFastRecord(record)) {
          expect(schema.success).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
    expect(readFast).toBeGreaterThan(100);
  });

  it('reads every indicator of the Vietnamese district catalog', () => {
    for (const indicator of vnDistrictIndicators) expect(readPlainIndicator(indicator)).toEqual(z.parse(indicatorSchema, indicator));
  });
});

function outcome(input: unknown): { catalog: unknown } | { message: string; issues: unknown } {
  try {
    return { catalog: buildCatalog(input) };
  } catch (error) {
    if (!(error instanceof PlanningError)) throw error;
    return { message: error.message, issues: error.issues };
  }
}

/** The same list as an array whose prototype is not Array.prototype: the fast pass leaves it to the schema. */
function throughSchema(list: readonly unknown[]): unknown[] {
  const copy = [...list];
  Object.setPrototypeOf(copy, Object.create(Array.prototype) as object);
  return copy;
}

describe('buildCatalog with its fast first pass', () => {
  it('gives the catalog or the problems that the schema path gives', () => {
    const codes = ['A', 'B', 'PRODUCTION_VALUE', 'POPULATION', 'POPULATION_URBAN'];
    const listArb = fc.array(
      fc.tuple(recordArb, fc.constantFrom(...codes)).map(([record, code]) => (Object.getPrototypeOf(record) === Object.prototype ? { ...record, code } : record)),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(listArb, fc.boolean(), (list, wrapped) => {
        const fast = outcome(wrapped ? { indicators: list } : list);
        const schema = outcome(wrapped ? { indicators: throughSchema(list) } : throughSchema(list));
        expect(fast).toEqual(schema);
      }),
      { numRuns: 400 },
    );
  });

  it('builds the Vietnamese district catalog', () => {
    const fast = buildCatalog(vnDistrictIndicators);
    expect(fast.list).toEqual(buildCatalog(throughSchema(vnDistrictIndicators)).list);
    expect(Object.isFrozen(fast.list[0])).toBe(true);
    expect(aggregationRules).toContain(fast.list[0]?.aggregation.overUnits);
  });
});
