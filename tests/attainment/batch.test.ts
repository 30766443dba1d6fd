/*
 * The batch path (assessMany, assessPlanBatch over a columnar dataset) against the step path
 * (assessTarget, assessPlan over an object dataset): the same status and the same assessment for
 * every target shape, basis, comparator, status precedence, as-of date and value length.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  type AssessOptions,
  type ObservationInput,
  type Target,
  assessMany,
  assessPlan,
  assessPlanBatch,
  assessTarget,
  buildCatalog,
  buildColumnarDataset,
  buildDataset,
  comparators,
  parseObservations,
  targetSchema,
} from '../../src/index.js';
import { nhuXuanDataset2024, nhuXuanPlan2024 } from '../../src/datasets/nhu-xuan/index.js';
import { vnDistrictIndicatorCatalog } from '../../src/datasets/vietnam/index.js';

const catalog = buildCatalog([
  { code: 'UP', labels: { vi: 'Tăng' }, unit: { unit: 'VND', power: 6 }, measure: 'flow', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'sum', overTime: 'sum' } },
  { code: 'DOWN', labels: { vi: 'Giảm' }, unit: { unit: 'VND', power: 6 }, measure: 'stock', polarity: 'lower-is-better', precision: 2, aggregation: { overUnits: 'sum', overTime: 'last' } },
]);

const periods = ['2021', '2022', '2023', '2024'];
const areas = ['1', '2'];
const dates = ['2024-06-30', '2024-12-15', '2025-03-31'];

/** Values that exercise every path: short and long digits, zero, negatives, exponents, numbers and text. */
const valueArb: fc.Arbitrary<number | string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 400 }) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: -20_000, max: 200_000 }), fc.integer({ min: 0, max: 4 })).map(([digits, scale]) => (digits / 10 ** scale).toString()) },
  { weight: 1, arbitrary: fc.constantFrom(0, '0.0', '-0', '1e3', '2.5e-3', 0.1, '100.000') },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9]\d{15,44}$/).map((digits) => `${digits.slice(0, 6)}.${digits.slice(6)}`) },
);

const observationArb: fc.Arbitrary<ObservationInput> = fc.record(
  {
    indicator: fc.constantFrom('UP', 'DOWN'),
    area: fc.constantFrom(...areas),
    period: fc.constantFrom(...periods),
    value: valueArb,
    status: fc.constantFrom('plan', 'estimate', 'preliminary', 'official'),
    published: fc.constantFrom(...dates),
    unit: rarely({ unit: 'VND', power: 9 }),
    note: rarely('revised'),
  },
  { requiredKeys: ['indicator', 'area', 'period', 'value', 'status', 'unit', 'note'] },
);

/** A field present in one case of eight. */
function rarely<T>(value: T): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(value) });
}

const targetArb: fc.Arbitrary<Target | null> = fc
  .record(
    {
      indicator: fc.constantFrom('UP', 'UP', 'DOWN', 'NOPE'),
      area: fc.constantFrom('1', '2', '3'),
      period: fc.constantFrom('2023', '2024', '2024', '2022/2024'),
      basis: fc.constantFrom('level', 'change', 'growth', 'point-change', 'cumulative'),
      basePeriod: fc.constantFrom('2021', '2022', '2023'),
      comparator: fc.constantFrom(...comparators),
      value: valueArb,
      lower: valueArb,
      upper: valueArb,
      tolerance: fc.integer({ min: 0, max: 50 }),
      unit: rarely({ unit: 'VND', power: 9 }),
      milestones: rarely([{ period: '2023', value: 5 }]),
    },
    { requiredKeys: ['indicator', 'area', 'period', 'basis', 'comparator', 'unit', 'milestones'] },
  )
  .map((input) => {
    const result = z.safeParse(targetSchema, { id: 'T', document: { kind: 'other' }, ...input });
    return result.success ? result.data : null;
  });

const optionsArb: fc.Arbitrary<AssessOptions> = fc.record(
  {
    asOf: fc.constantFrom(...dates),
    precedence: fc.constantFrom(['official', 'estimate'] as const, ['estimate', 'official', 'plan'] as const),
    cap: fc.constant({ max: 1 }),
    bandRatio: fc.constantFrom('nearer-bound', 'camms'),
  },
  { requiredKeys: [] },
).map((options) => ({ ...options, catalog }));

/** Observations of every area, indicator and period, official, so that most targets find their values. */
const fullData: ObservationInput[] = areas.flatMap((area) =>
  ['UP', 'DOWN'].flatMap((indicator) => periods.map((period, index) => ({ indicator, area, period, value: 100 + 3 * index, status: 'official' as const }))),
);

describe('assessMany gives the statuses and assessments of assessTarget', () => {
  it('for generated targets of every basis and comparator over generated observations', () => {
    let decidedByIntegers = 0;
    fc.assert(
      fc.property(
        fc.array(observationArb, { maxLength: 30 }),
        fc.boolean(),
        fc.array(targetArb, { minLength: 1, maxLength: 20 }),
        optionsArb,
        (generated, withFullData, maybeTargets, options) => {
          const inputs = withFullData ? [...fullData, ...generated] : generated;
          const targets = maybeTargets.filter((target): target is Target => target !== null);
          const dataset = buildDataset(parseObservations(inputs));
          const columnar = buildColumnarDataset(inputs);
          // A question the step path refuses (a milestone with no years from its base) is refused alike.
          const refusals: string[] = [];
          const steps = targets.map((target) => {
            try {
              return assessTarget(target, dataset, options);
            } catch (error) {
              refusals.push((error as Error).message);
              return null;
            }
          });
          const [refusal] = refusals;
          if (refusal !== undefined) {
            expect(() => assessMany(targets, columnar, options)).toThrow(refusal);
            return;
          }
          const batch = assessMany(targets, columnar, options);
          decidedByIntegers += batch.fastCount;
          steps.forEach((step, index) => {
            expect(batch.status(index)).toBe(step?.status);
            expect(batch.assessment(index)).toEqual(step);
          });
        },
      ),
      { numRuns: 300 },
    );
    // The generated cases reach the integer path, not only the step path behind it.
    expect(decidedByIntegers).toBeGreaterThan(100);
  });

  it('decides growth, change and level targets hit exactly, and just missed, as the step path does', () => {
    // Growth of exactly 6% from 100 (106), 5.9999% and 6.0001%: exact comparison, no float slip.
    const inputs: ObservationInput[] = [
      { indicator: 'UP', area: '1', period: '2023', value: '100', status: 'official' },
      { indicator: 'UP', area: '1', period: '2024', value: '106', status: 'official' },
      { indicator: 'UP', area: '2', period: '2023', value: '0.3', status: 'official' },
      { indicator: 'UP', area: '2', period: '2024', value: '0.318', status: 'official' },
    ];
    const targets = ['6', '5.9999', '6.0001'].flatMap((value) =>
      areas.flatMap((area) =>
        (['at-least', 'more-than', 'at-most', 'less-than', 'equal', 'maintain'] as const).map((comparator) =>
          z.parse(targetSchema, { id: `${area}-${comparator}-${value}`, indicator: 'UP', area, period: '2024', basis: 'growth', comparator, value, document: { kind: 'other' } }),
        ),
      ),
    );
    const batch = assessMany(targets, inputs, { catalog });
    const dataset = buildDataset(parseObservations(inputs));
    expect(batch.fastCount).toBe(targets.length);
    expect(targets.map((_, index) => batch.status(index))).toEqual(targets.map((target) => assessTarget(target, dataset, { catalog }).status));
    // 0.3 → 0.318 is 6% exactly, which binary floating point puts at 6.000000000000005.
    expect(batch.status(targets.findIndex((target) => target.id === '2-equal-6'))).toBe('met');
  });

  it('decides every status of the simple shapes by the integer path', () => {
    const targets = (['level', 'change', 'growth', 'point-change'] as const).flatMap((basis) =>
      comparators
        .filter((comparator) => comparator !== 'between' && comparator !== 'approximately')
        .map((comparator) => z.parse(targetSchema, { id: `${basis}-${comparator}`, indicator: 'UP', area: '1', period: '2024', basis, comparator, value: 6, document: { kind: 'other' } })),
    );
    const batch = assessMany(targets, fullData, { catalog });
    expect(batch.fastCount).toBe(targets.length);
  });

  it('refuses what is not a list of targets, and an index outside the batch', () => {
    expect(() => assessMany('T1' as never, fullData, { catalog })).toThrow('assessMany takes a list of targets; got');
    expect(() => assessMany([], fullData, { catalog }).status(0)).toThrow('index must be a whole number');
  });
});

describe('assessPlanBatch summarises as assessPlan does', () => {
  it('on the Như Xuân 2024 plan', () => {
    const options = { catalog: vnDistrictIndicatorCatalog };
    const step = assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, options);
    const batch = assessPlanBatch(nhuXuanPlan2024, nhuXuanDataset2024.observations, options);
    expect(batch.summary).toEqual(step.summary);
    expect(batch.byGroup).toEqual(step.byGroup);
    step.assessments.forEach((assessment, index) => {
      expect(batch.assessments.assessment(index)).toEqual(assessment);
    });
  });
});

describe('buildColumnarDataset', () => {
  it('refuses bad input with the message of parseObservations', () => {
    const badArb = fc.record({
      indicator: fc.constantFrom('UP', 'bad code', 7),
      area: fc.constantFrom('1', '', null),
      period: fc.constantFrom('2024', '2024-Q5', '2024-Q1'),
      value: fc.constantFrom(1, 'n/a', '1e200', Number.NaN, '12.5'),
      status: fc.constantFrom('official', 'final'),
      published: fc.constantFrom(undefined, '2024-02-30', '2024-12-15'),
    });
    fc.assert(
      fc.property(fc.array(badArb, { maxLength: 4 }), (inputs) => {
        let expected: string | null = null;
        try {
          parseObservations(inputs);
        } catch (error) {
          expected = (error as Error).message;
        }
        if (expected === null) expect(buildColumnarDataset(inputs).size).toBe(inputs.length);
        else expect(() => buildColumnarDataset(inputs)).toThrow(expected);
      }),
    );
  });

  it('refuses what is not a list as parseObservations does', () => {
    expect(() => buildColumnarDataset({ rows: [] })).toThrow('invalid observations');
  });
});
