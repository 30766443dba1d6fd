/*
 * The field reader shared by every import (src/exchange/fields.ts), tested directly: each field's
 * problem text, the cache per distinct text, and the order and completeness of a finished
 * observation.
 */
import { describe, expect, it } from 'vitest';
import { defineUnit, observationsFromCsv, parsePeriod, toDecimal, units } from '../../src/index.js';
import { FieldReader, finishObservation, reservedName, reservedNameProblem } from '../../src/exchange/fields.js';
import { caught } from '../helpers.js';

describe('FieldReader', () => {
  it('starts without a problem and keeps the reason of the last failure', () => {
    const reader = new FieldReader({});
    expect(reader.problem).toBe('');
    expect(reader.area('402')).toBe('402');
    expect(reader.problem).toBe('');
    expect(reader.area('')).toBeUndefined();
    expect(reader.problem).toBe('empty area code: expected the code of an administrative area, such as "402"');
    // Remembered answers give the same problem again.
    reader.problem = '';
    expect(reader.area('')).toBeUndefined();
    expect(reader.problem).toBe('empty area code: expected the code of an administrative area, such as "402"');
  });

  it('checks each distinct text once', () => {
    const reader = new FieldReader({});
    let reads = 0;
    const read = (text: string): ReturnType<typeof parsePeriod> => {
      reads += 1;
      return parsePeriod(text);
    };
    expect(reader.period('2024', 'code', read)).toBe('2024');
    expect(reader.period('2024', 'code', read)).toBe('2024');
    expect(reads).toBe(1);
    // Another kind of reader is another cache.
    expect(reader.period('2024', 'sdmx', read)).toBe('2024');
    expect(reads).toBe(2);
    expect(reader.period('2024-13', 'code', read)).toBeUndefined();
    expect(reader.problem).not.toBe('');
  });

  it('refuses unknown areas and indicators when the lists are given', () => {
    const reader = new FieldReader({ knownAreas: ['402'], knownIndicators: ['INVESTMENT'] });
    expect(reader.area('403')).toBeUndefined();
    expect(reader.problem).toBe('unknown area code "403": it is not in knownAreas');
    expect(reader.indicator('GO')).toBeUndefined();
    expect(reader.problem).toBe('unknown indicator code "GO": it is not in knownIndicators');
    expect(reader.indicator('a b')).toBeUndefined();
    expect(reader.problem).toBe('invalid indicator code "a b": expected letters, digits, "_", "-" or ".", such as "GO_GROWTH"');
  });

  it('hints at the decimal point only for a number written with a decimal comma', () => {
    const reader = new FieldReader({});
    for (const text of ['5,6', ' -5,6 ', '+12,75']) {
      expect(reader.decimal(text, 'value'), text).toBeUndefined();
      expect(reader.problem, text).toMatch(/; exchange formats write "\." as the decimal separator \(5\.6, not 5,6\)$/);
    }
    for (const text of ['1,234,567', 'x5,6', '5,6x', '5,', ',6', 'a,b', '5,6 7']) {
      expect(reader.decimal(text, 'value'), text).toBeUndefined();
      expect(reader.problem, text).not.toContain('decimal separator');
    }
    expect(reader.decimal('5.6', 'value')?.toString()).toBe('5.6');
    expect(reader.decimal(7, 'value')?.toString()).toBe('7');
  });

  it('names every status when one is empty or unknown', () => {
    const reader = new FieldReader({});
    expect(reader.status('')).toBeUndefined();
    expect(reader.problem).toBe('empty status: expected one of plan, estimate, preliminary, official, or pass options.defaults.status');
    expect(reader.status('final')).toBeUndefined();
    expect(reader.problem).toBe('unknown status "final": expected one of plan, estimate, preliminary, official');
    expect(reader.status('official')).toBe('official');
  });

  it('points to options.units only for an unknown unit code', () => {
    const reader = new FieldReader({});
    expect(reader.unit('LAK', 0)).toBeUndefined();
    expect(reader.problem.startsWith('unknown unit code "LAK"')).toBe(true);
    expect(reader.problem.endsWith('; pass units of your own in options.units')).toBe(true);
    expect(reader.unit('VND', 400)).toBeUndefined();
    expect(reader.problem).not.toContain('options.units');
    const lak = defineUnit({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'LAK' }, currency: 'LAK' });
    expect(new FieldReader({ units: { ...units, LAK: lak } }).unit('LAK', 3)).toEqual({ unit: lak, power: 3 });
  });
});

describe('finishObservation', () => {
  it('writes the fields in the schema order and leaves out those not read', () => {
    const observation = finishObservation({ status: 'official', value: toDecimal(5), period: '2024', area: '402', indicator: 'GO', note: 'n' });
    expect(Object.keys(observation)).toEqual(['indicator', 'area', 'period', 'value', 'status', 'note']);
    expect(Object.isFrozen(observation)).toBe(true);
  });
});

describe('a dimension named __proto__', () => {
  it('is refused with the reason, not dropped', () => {
    expect(reservedName).toBe('__proto__');
    expect(reservedNameProblem).toBe('a dimension may not be named "__proto__" (a JSON object cannot carry it as data); rename it, such as "proto"');
    const error = caught(() => observationsFromCsv('indicator,area,period,value,status,__proto__\nGO,402,2024,5,official,x\n'));
    expect(error.message).toContain(reservedNameProblem);
  });
});
