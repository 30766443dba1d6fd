import { describe, expect, it } from 'vitest';
import { type ConditionComparator, countUnitsMeeting } from '../../src/index.js';
import { caught, catalog, data } from './helpers.js';

const dataset = data(
  { indicator: 'POVERTY', area: 'A', value: '4.5' },
  { indicator: 'POVERTY', area: 'B', value: '10' },
  { indicator: 'POVERTY', area: 'C', value: '12.25' },
);
const units = ['A', 'B', 'C', 'D'];

describe('countUnitsMeeting', () => {
  const cases: [ConditionComparator, string[]][] = [
    ['at-least', ['B', 'C']],
    ['more-than', ['C']],
    ['at-most', ['A', 'B']],
    ['less-than', ['A']],
    ['equal', ['B']],
  ];
  it.each(cases)('counts the units whose value is %s the threshold', (comparator, meeting) => {
    const result = countUnitsMeeting(catalog, dataset, { indicator: 'POVERTY', units, period: '2024', condition: { comparator, value: 10 } });
    expect(result.meeting).toEqual(meeting);
    expect(result.value?.toString()).toBe(String(meeting.length));
    expect(result.rule).toBe('count');
  });

  it('counts neither way a unit without a value, and reports it missing', () => {
    const result = countUnitsMeeting(catalog, dataset, { indicator: 'POVERTY', units, period: '2024', condition: { comparator: 'less-than', value: 100 } });
    expect(result.value?.toString()).toBe('3');
    expect(result.parts).toHaveLength(3);
    expect(result.completeness.missing).toEqual(['D']);
  });

  it('accepts a function of the value as the condition', () => {
    const result = countUnitsMeeting(catalog, dataset, {
      indicator: 'POVERTY',
      units,
      period: '2024',
      condition: (value) => !value.isInteger(),
    });
    expect(result.meeting).toEqual(['A', 'C']);
  });

  it('compares values in the indicator’s unit after converting their scale', () => {
    const revenue = data(
      { indicator: 'REVENUE', area: 'A', value: '1.2' },
      { indicator: 'REVENUE', area: 'B', value: '900', unit: { unit: 'VND', power: 6 } },
    );
    const result = countUnitsMeeting(catalog, revenue, { indicator: 'REVENUE', units: ['A', 'B'], period: '2024', condition: { comparator: 'at-least', value: 1 } });
    expect(result.meeting).toEqual(['A']);
  });

  it('counts units of an indicator that does not combine (rule none), since each unit is tested alone', () => {
    const growth = data({ indicator: 'GROWTH', area: 'A', value: '6.2' }, { indicator: 'GROWTH', area: 'B', value: '4.9' });
    const result = countUnitsMeeting(catalog, growth, { indicator: 'GROWTH', units: ['A', 'B'], period: '2024', condition: { comparator: 'at-least', value: '5.6' } });
    expect(result.meeting).toEqual(['A']);
  });

  it('gives no count, with a note, when no unit has a value', () => {
    const result = countUnitsMeeting(catalog, data(), { indicator: 'POVERTY', units, period: '2024', condition: { comparator: 'at-least', value: 0 } });
    expect(result.value).toBeNull();
    expect(result.meeting).toEqual([]);
    expect(result.notes).toEqual(['no unit has a usable value of POVERTY in 2024, so nothing was counted']);
  });
});

describe('countUnitsMeeting: bad input', () => {
  const ask = (condition: unknown, indicator = 'POVERTY') =>
    caught(() => countUnitsMeeting(catalog, dataset, { indicator, units, period: '2024', condition: condition as never }));

  it('refuses an unknown comparator', () => {
    const error = ask({ comparator: 'between', value: 1 });
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('condition.comparator must be one of at-least, more-than, at-most, less-than, equal; got "between"');
  });

  it('refuses a threshold that is not a number', () => {
    const error = ask({ comparator: 'at-least', value: 'ten' });
    expect(error.code).toBe('invalid-number');
    expect(error.message).toContain('condition.value');
  });

  it('refuses a condition that is neither a threshold nor a function', () => {
    const error = ask(19);
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('condition must be { comparator, value } or a function of the value; got number');
  });

  it('refuses an unknown indicator', () => {
    expect(ask({ comparator: 'at-least', value: 1 }, 'NOPE').code).toBe('not-found');
  });
});
