import { describe, expect, it } from 'vitest';
import { type UnitCondition, aggregateOverTime, aggregateOverUnits, buildHierarchy, countUnitsMeeting } from '../../src/index.js';
import { caught, catalog, data } from './helpers.js';

// District D2: commune B until 30 June 2024, merged into commune A of the same district.
const hierarchy = buildHierarchy(
  [
    { code: 'P', name: 'Tỉnh P', type: 'province', level: 'province' },
    { code: 'D2', name: 'Huyện 2', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'A', name: 'Xã A', type: 'commune', level: 'commune', parent: 'D2' },
    { code: 'B', name: 'Xã B', type: 'commune', level: 'commune', parent: 'D2', validTo: '2024-06-30' },
    { code: 'D3', name: 'Huyện 3', type: 'rural-district', level: 'district', parent: 'P' },
    { code: 'F', name: 'Xã F', type: 'commune', level: 'commune', parent: 'D3', validTo: '2024-06-30' },
  ],
  { successions: [{ kind: 'merge', date: '2024-07-01', from: ['B'], to: 'A', legalBasis: 'Resolution 1/2024' }] },
);

describe('countUnitsMeeting, edges', () => {
  const atLeast = (value: number): UnitCondition => ({ comparator: 'at-least', value });

  it('counts over units, with the notes about units that changed', () => {
    const result = countUnitsMeeting(catalog, data({ indicator: 'REVENUE', value: 5 }, { indicator: 'REVENUE', area: 'B', value: 1 }), {
      indicator: 'REVENUE',
      units: { hierarchy, parent: 'D2' },
      period: '2024',
      condition: atLeast(2),
    });
    expect([result.over, result.value?.toString(), result.meeting]).toEqual(['units', '1', ['A']]);
    expect(result.notes).toEqual([
      'B (Xã B) stood below D2 only from 2024-01-01 to 2024-06-30 (then A (Xã A)); REVENUE adds up over time, so its value of 2024 counts for the part of the period it existed',
    ]);
  });

  it('says nothing more when units have values, and leaves out a ratio whose denominator is zero', () => {
    const plain = countUnitsMeeting(catalog, data({ indicator: 'REVENUE', value: 5 }), { indicator: 'REVENUE', units: ['A'], period: '2024', condition: atLeast(2) });
    expect(plain.notes).toEqual([]);
    const zero = countUnitsMeeting(catalog, data({ indicator: 'POOR', value: 0 }, { indicator: 'HH', value: 0 }), {
      indicator: 'POVERTY',
      units: ['A'],
      period: '2024',
      condition: atLeast(0),
    });
    expect([zero.value, zero.parts, zero.meeting, zero.completeness.missing]).toEqual([null, [], [], ['A']]);
    expect(zero.notes).toContain('no unit has a usable value of POVERTY in 2024, so nothing was counted');
  });

  it('refuses a condition that is neither an object nor a function, naming what it got', () => {
    for (const [condition, got] of [['at-least', '"at-least"'], [null, 'null'], [5, 'number']] as const) {
      const error = caught(() =>
        countUnitsMeeting(catalog, data({ indicator: 'REVENUE', value: 5 }), { indicator: 'REVENUE', units: ['A'], period: '2024', condition: condition as unknown as UnitCondition }),
      );
      expect([error.code, error.message]).toEqual(['invalid-argument', `condition must be { comparator, value } or a function of the value; got ${got}`]);
    }
  });
});

describe('aggregateOverUnits, a parent whose only unit closed', () => {
  it('takes a level at the end of the period without a value, listing the change, not refusing the parent', () => {
    const result = aggregateOverUnits(catalog, data({ indicator: 'POP', area: 'F', value: 300 }), { indicator: 'POP', units: { hierarchy, parent: 'D3' }, period: '2024' });
    expect([result.value, result.completeness.expected, result.completeness.changes.map((change) => [change.code, change.counted])]).toEqual([null, 0, [['F', false]]]);
  });

  it('names a left-out unit without a value when its ratio has no value (denominators of zero)', () => {
    const dataset = data({ indicator: 'POOR', area: 'F', value: 0 }, { indicator: 'HH', area: 'F', value: 0 });
    const result = aggregateOverUnits(catalog, dataset, { indicator: 'POVERTY', units: { hierarchy, parent: 'D3' }, period: '2024' });
    expect(result.notes[0]).toBe(
      'F (Xã F) stood below D3 only from 2024-01-01 to 2024-06-30; POVERTY is a level taken on 2024-12-31, when it no longer stood there, so its own value is not added',
    );
  });
});

describe('aggregateOverTime, the options of the split', () => {
  it('passes the fiscal-year start month to a split of days into fiscal halves', () => {
    const halves = data({ indicator: 'REVENUE', period: '2024-FY04-S1', value: 2 }, { indicator: 'REVENUE', period: '2024-FY04-S2', value: 3 });
    const result = aggregateOverTime(catalog, halves, {
      indicator: 'REVENUE',
      area: 'A',
      period: '2024-04-01/2025-03-31',
      subType: 'fiscal-half',
      fiscalYearStartMonth: 4,
    });
    expect([result.value?.toString(), result.parts.map((part) => part.period)]).toEqual(['5', ['2024-FY04-S1', '2024-FY04-S2']]);
  });

  it('splits a range of weeks that start on Wednesday into those weeks when weekStart is left out', () => {
    const weeks = data({ indicator: 'REVENUE', period: '2017-WedW18', value: 2 }, { indicator: 'REVENUE', period: '2017-WedW19', value: 5 });
    const result = aggregateOverTime(catalog, weeks, { indicator: 'REVENUE', area: 'A', period: '2017-WedW18/2017-WedW19', subType: 'week' });
    expect([result.value?.toString(), result.parts.map((part) => part.period)]).toEqual(['7', ['2017-WedW18', '2017-WedW19']]);
  });

  it('refuses an area that is not a string', () => {
    const error = caught(() => aggregateOverTime(catalog, data({ indicator: 'REVENUE', value: 5 }), { indicator: 'REVENUE', area: 402 as unknown as string, period: '2024/2025' }));
    expect([error.code, error.message]).toEqual(['invalid-argument', 'area must be an area code such as "402"; got the number 402']);
  });
});
