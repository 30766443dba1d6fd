import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { type TargetInput, planDocumentSchema, targetSchema } from '../../src/index.js';

const sound: TargetInput = {
  id: 'T1',
  indicator: 'INVESTMENT',
  area: '402',
  period: '2024',
  basis: 'level',
  comparator: 'at-least',
  value: 1000,
  document: { kind: 'annual-plan' },
};

/** The issues targetSchema reports for the sound target with some fields changed, as `path: message` lines. */
function targetIssues(changes: Partial<Record<keyof TargetInput, unknown>>): string[] {
  const result = z.safeParse(targetSchema, { ...sound, ...changes });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('targetSchema accepts every comparator and every kind of document by its name', () => {
  it('parses each comparator written with its bound', () => {
    for (const comparator of ['at-least', 'more-than', 'at-most', 'less-than', 'equal', 'maintain'] as const) {
      expect(targetIssues({ comparator })).toEqual([]);
    }
    expect(targetIssues({ comparator: 'between', value: undefined, lower: 900, upper: 1100 })).toEqual([]);
    expect(targetIssues({ comparator: 'approximately', tolerance: 50 })).toEqual([]);
  });

  it('parses each kind of document, from a Party resolution to other', () => {
    for (const kind of ['party-resolution', 'five-year-plan', 'council-resolution', 'province-assigned', 'budget-estimate', 'annual-plan', 'other'] as const) {
      expect(targetIssues({ document: { kind } })).toEqual([]);
    }
    expect(targetIssues({ document: { kind: 'decree' } }).map((line) => line.split(':')[0])).toEqual(['document.kind']);
  });

  it('keeps every field of the document it was given', () => {
    const source = {
      kind: 'council-resolution',
      title: 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024',
      reference: 'Nghị quyết số 123/NQ-HĐND',
      date: '2023-12-15',
      url: 'https://example.org/nq-123',
    } as const;
    expect(z.parse(planDocumentSchema, source)).toEqual(source);
  });
});

describe('targetSchema asks each comparator for its bound', () => {
  it('every comparator with a single bound needs a value, reported as a custom issue at value', () => {
    for (const comparator of ['at-least', 'more-than', 'at-most', 'less-than', 'equal'] as const) {
      expect(targetIssues({ comparator, value: undefined })).toEqual([`value: comparator ${comparator} needs a value`]);
    }
    expect(targetIssues({ comparator: 'approximately', value: undefined, tolerance: 1 })).toEqual(['value: comparator approximately needs a value']);
    // A growth target without its value is one problem, not also maintain's (which would not apply):
    expect(targetIssues({ comparator: 'at-least', value: undefined, basis: 'growth', basePeriod: '2023' })).toEqual(['value: comparator at-least needs a value']);
    const result = z.safeParse(targetSchema, { ...sound, value: undefined });
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['custom']);
  });

  it('maintain keeps the base level of a level target without a value, but needs a value for any other basis', () => {
    expect(targetIssues({ comparator: 'maintain', value: undefined })).toEqual([]);
    expect(targetIssues({ comparator: 'maintain', value: undefined, basis: 'change', basePeriod: '2023' })).toEqual([
      'value: comparator maintain needs a value for a change target; without one it keeps the base level, which only a level target has',
    ]);
    expect(targetIssues({ comparator: 'maintain', value: 5, basis: 'growth', basePeriod: '2023' })).toEqual([]);
    expect(targetIssues({ comparator: 'at-least', value: 5, basis: 'growth', basePeriod: '2023' })).toEqual([]);
  });
});

describe('targetSchema allows a base period for the bases that have one, and for maintain', () => {
  it('refuses a base period on a cumulative target compared with a value', () => {
    expect(targetIssues({ basis: 'cumulative', period: '2021/2025', basePeriod: '2020', value: 5000 })).toEqual([
      'basePeriod: a cumulative target has no base period; basePeriod is for level, change, growth, point-change and maintain',
    ]);
  });

  it('accepts a base period on a cumulative target that maintains a value', () => {
    expect(targetIssues({ basis: 'cumulative', period: '2021/2025', basePeriod: '2016/2020', comparator: 'maintain', value: 5000 })).toEqual([]);
  });
});
