/*
 * Which targets the integer path of assessMany decides and which it hands to the step path, one
 * shape at a time: `fastCount` says which path answered, and the status must be assessTarget's
 * either way. Also the regression of a value the safe-integer path could not hold (1e30), which it
 * once read as equal to the target.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  type ObservationInput,
  type TargetInput,
  assessMany,
  assessPlan,
  assessPlanBatch,
  assessTarget,
  buildCatalog,
  buildColumnarDataset,
  buildDataset,
  parseObservations,
  planSchema,
  targetSchema,
} from '../../src/index.js';
import { expectFailure } from '../helpers.js';

const catalog = buildCatalog([
  { code: 'UP', labels: { vi: 'Tăng' }, unit: { unit: 'VND', power: 6 }, measure: 'flow', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'sum', overTime: 'sum' } },
  { code: 'DOWN', labels: { vi: 'Giảm' }, unit: { unit: 'VND', power: 6 }, measure: 'stock', polarity: 'lower-is-better', precision: 2, aggregation: { overUnits: 'sum', overTime: 'last' } },
  { code: 'UNSEEN', labels: { vi: 'Chưa có số liệu' }, unit: { unit: 'VND', power: 6 }, measure: 'flow', polarity: 'higher-is-better', precision: 1, aggregation: { overUnits: 'sum', overTime: 'sum' } },
]);

const observation = (indicator: string, period: string, value: number | string, extra: Partial<ObservationInput> = {}): ObservationInput => ({
  indicator,
  area: '1',
  period,
  value,
  status: 'official',
  ...extra,
});

/** Area 1: UP 100 → 106 (2023 → 2024), DOWN 50 → 40; area 2 has 2023 only. */
const common: ObservationInput[] = [
  observation('UP', '2022', 90),
  observation('UP', '2023', 100),
  observation('UP', '2024', 106),
  observation('DOWN', '2023', 50),
  observation('DOWN', '2024', 40),
  { ...observation('UP', '2023', 80), area: '2' },
];

const make = (input: Partial<TargetInput>) =>
  z.parse(targetSchema, { id: 'T', indicator: 'UP', area: '1', period: '2024', basis: 'level', comparator: 'at-least', value: 100, document: { kind: 'other' }, ...input });

/** The batch's status and whether the integer path decided it, next to assessTarget's status. */
function decide(input: Partial<TargetInput>, extra: ObservationInput[] = []) {
  const observations = [...common, ...extra];
  const target = make(input);
  const batch = assessMany([target], buildColumnarDataset(observations), { catalog });
  const step = assessTarget(target, buildDataset(parseObservations(observations)), { catalog });
  expect(batch.status(0)).toBe(step.status);
  expect(batch.summary.total).toBe(1);
  return [batch.status(0), batch.fastCount === 1 ? 'integers' : 'steps'];
}

describe('the integer path decides the plain one-period shapes', () => {
  it.each<[string, Partial<TargetInput>, string]>([
    ['a level', {}, 'exceeded'],
    ['a level with an empty list of milestones', { milestones: [] }, 'exceeded'],
    ['a change from the same period a year earlier', { basis: 'change', value: 6 }, 'met'],
    ['a change from a base period given', { basis: 'change', basePeriod: '2022', value: 17 }, 'not-met'],
    ['a point change', { basis: 'point-change', value: 7 }, 'not-met'],
    ['a growth', { basis: 'growth', value: 6 }, 'met'],
    ['a strict floor', { comparator: 'more-than', value: 106 }, 'not-met'],
    ['a ceiling met exactly', { comparator: 'at-most', value: 106 }, 'met'],
    ['a strict ceiling', { comparator: 'less-than', value: 107 }, 'exceeded'],
    ['an equality', { comparator: 'equal', value: 106 }, 'met'],
    ['a value maintained upwards', { comparator: 'maintain', value: 105 }, 'exceeded'],
    ['a value maintained downwards, for a lower-is-better indicator', { indicator: 'DOWN', comparator: 'maintain', value: 45 }, 'exceeded'],
    ['a value not maintained downwards', { indicator: 'DOWN', comparator: 'maintain', value: 35 }, 'not-met'],
    ['a target of zero', { basis: 'change', comparator: 'at-most', value: 0 }, 'not-met'],
    ['a negative target of several digits', { indicator: 'DOWN', basis: 'change', comparator: 'at-most', value: '-9.5' }, 'exceeded'],
    ['a target of two words of digits', { value: '105.9999999' }, 'exceeded'],
    ['a target with trailing zeros', { value: '1000' }, 'not-met'],
  ])('%s', (_, input, status) => {
    expect(decide(input)).toEqual([status, 'integers']);
  });

  it('a growth is cross-multiplied exactly, whatever the powers of ten of the values and target', () => {
    const tiny = [observation('UP', '2023', '0.003'), observation('UP', '2024', '0.00318')];
    expect(assessMany([make({ basis: 'growth', value: 6, area: '3' })], [...common, ...tiny.map((entry) => ({ ...entry, area: '3' }))], { catalog }).status(0)).toBe('met');
    expect(decide({ basis: 'growth', value: '6e1' })).toEqual(['not-met', 'integers']);
    expect(decide({ basis: 'growth', value: '0.06e2' })).toEqual(['met', 'integers']);
    const toZero = [{ ...observation('UP', '2023', 5), area: '4' }, { ...observation('UP', '2024', 0), area: '4' }];
    expect(decide({ basis: 'growth', comparator: 'at-most', value: -100, area: '4' }, toZero)).toEqual(['met', 'integers']);
  });
});

describe('the step path takes every other shape, with the same status', () => {
  it.each<[string, Partial<TargetInput>, ObservationInput[]]>([
    ['a target in another unit', { unit: { unit: 'VND', power: 6 } }, []],
    ['a target with milestones', { milestones: [{ period: '2024-S1', value: 50 }] }, []],
    ['a range of years', { period: '2023/2024' }, []],
    ['a cumulative sum', { basis: 'cumulative' }, []],
    ['a band', { comparator: 'between', value: undefined, lower: 100, upper: 110 }, []],
    ['a tolerance', { comparator: 'approximately', tolerance: 10 }, []],
    ['a level maintained without a value', { comparator: 'maintain', value: undefined }, []],
    ['an indicator not in the catalog', { indicator: 'NOPE' }, []],
    ['an indicator without observations', { indicator: 'UNSEEN' }, []],
    ['an area without observations', { area: '9' }, []],
    ['a period without observations', { period: '2025' }, []],
    ['a cell without a value', { area: '2' }, []],
    ['a base without a value', { basis: 'change', basePeriod: '2021' }, []],
    ['conflicting duplicates', { area: '4' }, [{ ...observation('UP', '2024', 1), area: '4' }, { ...observation('UP', '2024', 2), area: '4' }]],
    ['an observation in another unit', { area: '4' }, [{ ...observation('UP', '2024', 1), area: '4', unit: { unit: 'VND', power: 9 } }]],
    ['an actual of more digits than a safe integer', { area: '4' }, [{ ...observation('UP', '2024', '1234567890.123456789'), area: '4' }]],
    ['a target of more digits than two words', { value: '1234567890123456.5' }, []],
    ['a growth from zero', { basis: 'growth', area: '4' }, [{ ...observation('UP', '2023', 0), area: '4' }, { ...observation('UP', '2024', 5), area: '4' }]],
    ['a growth from a negative base', { basis: 'growth', area: '4' }, [{ ...observation('UP', '2023', -5), area: '4' }, { ...observation('UP', '2024', -4), area: '4' }]],
    ['a growth to a negative value', { basis: 'growth', area: '4' }, [{ ...observation('UP', '2023', 5), area: '4' }, { ...observation('UP', '2024', -4), area: '4' }]],
  ])('%s', (_, input, extra) => {
    expect(decide(input, extra)[1]).toBe('steps');
  });

  it('a value beyond a safe integer at a common power of ten is never read as equal to the target', () => {
    const far = [{ ...observation('UP', '2024', '1e30'), area: '5' }, { ...observation('UP', '2023', 5), area: '5' }];
    expect(decide({ area: '5', value: 1 }, far)).toEqual(['exceeded', 'steps']);
    expect(decide({ area: '5', comparator: 'equal', value: 1 }, far)).toEqual(['not-met', 'steps']);
    const near = [{ ...observation('UP', '2024', 10), area: '5' }, { ...observation('UP', '2023', 5), area: '5' }];
    expect(decide({ area: '5', basis: 'change', value: '1e30' }, near)).toEqual(['not-met', 'steps']);
    expect(decide({ area: '5', basis: 'growth', value: '1e30' }, near)).toEqual(['not-met', 'steps']);
  });
});

describe('a batch reads its targets by index', () => {
  it('gives the status and assessment of each, and refuses an index that is not one of them', () => {
    const targets = [make({}), make({ value: 200 })];
    const batch = assessMany(targets, common, { catalog });
    expect([batch.length, batch.status(0), batch.status(1), batch.assessment(1).status]).toEqual([2, 'exceeded', 'not-met', 'not-met']);
    expect(batch.summary).toEqual({ total: 2, exceeded: 1, met: 0, notMet: 1, notAssessable: 0, metOrExceeded: 1 });
    expect(() => batch.status(2)).toThrow('index must be a whole number from 0 to 1; got the number 2');
    expect(() => batch.assessment(0.5)).toThrow('index must be a whole number from 0 to 1; got the number 0.5');
    expect(() => batch.status(-1)).toThrow('got the number -1');
    expect(() => assessMany({ length: 1 } as never, common, { catalog })).toThrow('assessMany takes a list of targets; got an object');
  });

  it('counts not-assessable targets in its summary', () => {
    const batch = assessMany([make({ indicator: 'NOPE' }), make({ area: '9' }), make({})], common, { catalog });
    expect(batch.summary).toEqual({ total: 3, exceeded: 1, met: 0, notMet: 0, notAssessable: 2, metOrExceeded: 1 });
    expect([batch.status(0), batch.status(1)]).toEqual(['not-assessable', 'not-assessable']);
  });
});

describe('the integer path at the edges of what it can hold', () => {
  it('reads a change from the base period given, not from the year before', () => {
    // 106 − 90 (2022) is 16; from 2023 it would be 6
    expect(decide({ basis: 'change', basePeriod: '2022', value: 16 })).toEqual(['met', 'integers']);
    // In one batch, next to targets of the same period that take the year before, in either order
    const fromBase = make({ id: 'B', basis: 'change', basePeriod: '2022', value: 16 });
    const fromYearBefore = make({ id: 'Y', basis: 'change', value: 6 });
    for (const targets of [[fromYearBefore, fromBase], [fromBase, fromYearBefore]]) {
      const batch = assessMany(targets, common, { catalog });
      expect([batch.status(0), batch.status(1), batch.fastCount]).toEqual(['met', 'met', 2]);
    }
  });

  it('decides a target whose actual is the first row of the dataset', () => {
    const target = make({ area: '7' });
    const first = [{ ...observation('UP', '2024', 120), area: '7' }, ...common];
    const batch = assessMany([target], first, { catalog });
    expect([batch.status(0), batch.fastCount]).toEqual(['exceeded', 1]);
  });

  it('strips the trailing zeros of a target within a word before it aligns the powers of ten', () => {
    // 10,000,000,000 is 1 × 10^10; 9,007,199,254,741 × 10^10 against it needs no shift, where
    // 1000 × 10^7 would shift the actual past the safe integers
    expect(decide({ area: '6', value: '10000000000' }, [{ ...observation('UP', '2024', '90071992547410000000000'), area: '6' }])).toEqual(['exceeded', 'integers']);
  });

  it('hands a growth to the step path when 100 (A − B) and T × B pass the safe integers, where floating point would call it equal', () => {
    // 100 × (3,605,000,000,000,034 − 3,500,000,000,000,033) = 10,500,000,000,000,100 and
    // 3 × 3,500,000,000,000,033 = 10,500,000,000,000,099, which rounds to the same double: the
    // growth is 3.00000000000000286% and exceeds 3%
    const wide = [{ ...observation('UP', '2023', '3500000000000033'), area: '8' }, { ...observation('UP', '2024', '3605000000000034'), area: '8' }];
    expect(decide({ area: '8', basis: 'growth', value: 3 }, wide)).toEqual(['exceeded', 'steps']);
    expect(decide({ area: '8', basis: 'growth', comparator: 'equal', value: 3 }, wide)).toEqual(['not-met', 'steps']);
  });

  it('reads a level over a range of years at its last year, not from an observation of the whole range', () => {
    const range = [{ ...observation('UP', '2023/2024', 500), area: '9' }, { ...observation('UP', '2024', 106), area: '9' }];
    expect(decide({ area: '9', period: '2023/2024', value: 150 }, range)).toEqual(['not-met', 'steps']);
  });

  it('refuses with the code invalid-argument', () => {
    const batch = assessMany([make({})], common, { catalog });
    expectFailure(() => batch.status(1), 'invalid-argument', 'index must be a whole number from 0 to 0; got the number 1');
    expectFailure(() => assessMany('T' as never, common, { catalog }), 'invalid-argument', 'assessMany takes a list of targets; got "T"');
  });
});

describe('assessPlanBatch groups as assessPlan does', () => {
  it('by the target\'s group, else its indicator\'s, else other, for an indicator missing from the catalog too', () => {
    const plan = z.parse(planSchema, {
      id: 'P',
      title: { vi: 'Kế hoạch' },
      area: '1',
      period: '2024',
      document: { kind: 'other' },
      targets: [
        { id: 'A', indicator: 'UP', area: '1', period: '2024', basis: 'level', comparator: 'at-least', value: 100, document: { kind: 'other' } },
        { id: 'B', indicator: 'NOPE', area: '1', period: '2024', basis: 'level', comparator: 'at-least', value: 100, document: { kind: 'other' } },
        { id: 'C', indicator: 'DOWN', area: '1', period: '2024', basis: 'level', comparator: 'at-most', value: 45, group: 'society', document: { kind: 'other' } },
      ],
    });
    const batch = assessPlanBatch(plan, common, { catalog });
    expect([...batch.byGroup]).toEqual([
      ['other', { total: 2, exceeded: 1, met: 0, notMet: 0, notAssessable: 1, metOrExceeded: 1 }],
      ['society', { total: 1, exceeded: 1, met: 0, notMet: 0, notAssessable: 0, metOrExceeded: 1 }],
    ]);
    expect(batch.byGroup).toEqual(assessPlan(plan, buildDataset(parseObservations(common)), { catalog }).byGroup);
  });
});
