import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineUnit,
  observationsFromCsv,
  observationsToCsv,
  parseObservations,
  units,
} from '../../src/index.js';
import { nhuXuanObservations2024 } from '../../src/datasets/nhu-xuan/observations-2024.js';
import { expectFailure, failure } from '../period/helpers.js';
import { anyPeriod, observationArbitrary, plain } from './arbitraries.js';

const header = 'indicator,area,period,value,status\n';

describe('observationsToCsv', () => {
  it('writes the key columns, the dimensions, the value and the used attributes, values exactly', () => {
    const { text, losses } = observationsToCsv(
      parseObservations([
        { indicator: 'POVERTY_RATE', area: '402', period: '2023', value: '12.1', status: 'official', unit: { unit: 'percent', power: 0 } },
        {
          indicator: 'POVERTY_RATE', area: '402', period: '2023', value: '13.40000000000000000000001', status: 'official',
          unit: { unit: 'percent', power: 0 }, dimensions: { sex: 'female' }, note: 'hộ nghèo, đa chiều',
        },
      ]),
      { lineBreak: '\n' },
    );
    expect(text).toBe(
      'indicator,area,period,sex,value,unit,status,note\n' +
        'POVERTY_RATE,402,2023,,12.1,percent,official,\n' +
        'POVERTY_RATE,402,2023,female,13.40000000000000000000001,percent,official,"hộ nghèo, đa chiều"\n',
    );
    expect(losses).toEqual([]);
  });

  it('writes a scaled unit as its code and power of ten', () => {
    const { text } = observationsToCsv(
      parseObservations([{ indicator: 'INCOME_PER_CAPITA', area: '402', period: '2024', value: '47.2', status: 'estimate', unit: { unit: 'VNDPerPersonPerYear', power: 6 } }]),
    );
    expect(text.split('\r\n')[1]).toBe('INCOME_PER_CAPITA,402,2024,47.2,VNDPerPersonPerYear*10^6,estimate');
  });

  it('reports empty texts, clashing dimension names and units the reader will not know', () => {
    const lak = defineUnit({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'LAK' }, currency: 'LAK' });
    const { text, losses } = observationsToCsv(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', note: '', dimensions: { Status: 'a', sex: '' } },
        { indicator: 'X', area: '1', period: '2024', value: 2, status: 'official', unit: { unit: lak, power: 6 } },
      ]),
    );
    expect(losses.map((loss) => [loss.kind, loss.field, loss.observations])).toEqual([
      ['field', 'note', [0]],
      ['field', 'dimensions.Status', [0]],
      ['field', 'dimensions.sex', [0]],
      ['field', 'unit', [1]],
    ]);
    expect(losses[1]?.message).toMatch(/^dimensions\.Status: a dimension name must be non-empty.*\(1 observation: #0\)$/);
    expect(text.split('\r\n')[0]).toBe('indicator,area,period,sex,value,unit,status,note');
    // With the unit in the registry, the file reads back.
    const { observations } = observationsFromCsv(text, { units: { ...units, LAK: lak } });
    expect(observations[1]?.unit).toEqual({ unit: lak, power: 6 });
  });
});

describe('observationsFromCsv', () => {
  it('reads back what observationsToCsv writes, field for field (CSV carries everything)', () => {
    const observation = observationArbitrary({
      period: anyPeriod,
      dimensionNames: ['sex', 'age group', 'Loại hình', 'Series'],
      dimensionValue: fc.string({ minLength: 1 }),
      digits: 30,
      everyField: true,
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 8 }), fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'), fc.boolean(), (observations, lineBreak, byteOrderMark) => {
        const { text, losses } = observationsToCsv(observations, { lineBreak, byteOrderMark });
        expect(losses).toEqual([]);
        const read = observationsFromCsv(text);
        expect(plain(read.observations)).toEqual(plain(observations));
        expect(read.notes).toEqual([]);
      }),
    );
  });

  it('round-trips the bundled Như Xuân observations', () => {
    const { text } = observationsToCsv(nhuXuanObservations2024);
    expect(plain(observationsFromCsv(text).observations)).toEqual(plain(nhuXuanObservations2024));
  });

  it('reads an Open SDG file: Year, disaggregations, Value, with defaults for what it lacks', () => {
    const { observations, notes } = observationsFromCsv('Year,Units,Sex,Value\r\n2022,Percent,,12.1\r\n2023,Percent,Female,13.4\r\n2023,Percent,Male,\r\n', {
      defaults: { indicator: 'POVERTY_RATE', area: 'VN', status: 'official' },
    });
    expect(plain(observations)).toEqual([
      { indicator: 'POVERTY_RATE', area: 'VN', period: '2022', value: '12.1', status: 'official', dimensions: { Units: 'Percent' } },
      { indicator: 'POVERTY_RATE', area: 'VN', period: '2023', value: '13.4', status: 'official', dimensions: { Units: 'Percent', Sex: 'Female' } },
    ]);
    expect(notes).toEqual([
      {
        kind: 'skipped',
        what: 'value',
        locations: ['line 4'],
        message: 'value: the value cell is empty (a missing value), so the row gives no observation (1 record: line 4)',
      },
    ]);
  });

  it('matches column names without regard to case or spaces, in any order, and canonicalises codes', () => {
    const { observations } = observationsFromCsv(' Status ,PERIOD,Value,Area,Indicator\nofficial,2024-q3,5,402,X\n');
    expect(plain(observations)).toEqual([{ indicator: 'X', area: '402', period: '2024-Q3', value: '5', status: 'official' }]);
  });

  it('lists the problems of a line in the order of its columns, whatever the order of the header', () => {
    const error = failure(() => observationsFromCsv('status,value,period,area,indicator\nfinal,abc,2024,402,X\n'));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [2, 1],
      [2, 7],
    ]);
  });

  it('uses a default for an empty cell and skips lines of empty fields', () => {
    const { observations } = observationsFromCsv('indicator,area,period,value,status\n,402,2024,1,\n,,,,\n', {
      defaults: { indicator: 'X', status: 'plan' },
    });
    expect(plain(observations)).toEqual([{ indicator: 'X', area: '402', period: '2024', value: '1', status: 'plan' }]);
  });

  it('refuses codes that are not in the known lists', () => {
    const error = failure(() =>
      observationsFromCsv(`${header}X,402,2024,1,official\nY,999,2024,1,official\n`, { knownIndicators: ['X'], knownAreas: new Set(['402']) }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'line 3, column 1 (indicator): unknown indicator code "Y": it is not in knownIndicators',
      'line 3, column 3 (area): unknown area code "999": it is not in knownAreas',
    ]);
  });

  it('reports malformed CSV with its line and column', () => {
    expectFailure(
      () => observationsFromCsv(`${header}X,402,2024,"1,official\n`),
      'invalid-input',
      /^invalid CSV: line 2, column 12: unterminated quoted field/,
    );
  });

  it('reports every bad cell at once, each with line, column and column name', () => {
    const error = failure(() =>
      observationsFromCsv(
        'indicator,area,period,value,unit,status,published\n' +
          'X,402,2024-Q5,12,vnđ,final,2024-02-30\n' +
          'bad code,402,2024,"5,6",VND*10^7,official,\n' +
          'X,402,2024,abc,VND per ha,official,\n' +
          'X,402,2024\n',
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [2, 7],
      [2, 18],
      [2, 22],
      [2, 28],
      [3, 1],
      [3, 19],
      [3, 25],
      [4, 12],
      [4, 16],
      [5],
    ]);
    expect(error.message).toBe(
      [
        'invalid CSV observations: 10 problems',
        '- line 2, column 7 (period): invalid period code "2024-Q5": quarter must be an integer from 1 to 4; got 5',
        `- line 2, column 18 (unit): unknown unit code "vnđ"; known codes: ${Object.keys(units).join(', ')}; pass units of your own in options.units`,
        '- line 2, column 22 (status): unknown status "final": expected one of plan, estimate, preliminary, official',
        '- line 2, column 28 (published): invalid publication date "2024-02-30": expected a calendar date written YYYY-MM-DD, such as "2024-12-20"',
        '- line 3, column 1 (indicator): invalid indicator code "bad code": expected letters, digits, "_", "-" or ".", such as "GO_GROWTH"',
        `- line 3, column 19 (value): value must be a decimal number such as '12.5' or 12.5; got the string "5,6"; the decimal separator is "." unless told otherwise: read a file written with decimal commas (5,6) with the decimal separator "," (option decimalSeparator; --decimal comma on the command line)`,
        '- line 3, column 25 (unit): no scale multiplier for 10^7; known powers: 0, 3, 6, 9, 12, 15',
        `- line 4, column 12 (value): value must be a decimal number such as '12.5' or 12.5; got the string "abc"`,
        '- line 4, column 16 (unit): invalid unit "VND per ha": expected a unit\'s name such as "tỷ đồng" or "người", or a unit code and, unless it is 0, its power of ten, such as "VND*10^9" or "persons"',
        '- line 5: expected 7 fields as in the header, got 3; quote fields that contain commas',
      ].join('\n'),
    );
  });

  it('reads a unit by the name a person writes (Tỷ đồng, người) as by its code and power', () => {
    const { observations } = observationsFromCsv('indicator,area,period,value,unit,status\nBUDGET_REVENUE,402,2024,672.8,Tỷ đồng,official\nPOPULATION,402,2024,72000,người,official\nBUDGET_REVENUE,402,2023,612.5,VND*10^9,official\n');
    expect(observations.map((observation) => [observation.unit?.unit.code, observation.unit?.power])).toEqual([
      ['VND', 9],
      ['persons', 0],
      ['VND', 9],
    ]);
  });

  it('reports missing, repeated and unnamed columns before reading any row', () => {
    const error = failure(() => observationsFromCsv('Year,period,,Value\n2024,2024,x,1\n'));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'line 1, column 6 (period): column "period" repeats column 1 ("Year"); each column may appear once',
      'line 1, column 13 (column 3): the column has no name; name it (a disaggregation) or delete it',
      'line 1: missing column "indicator"; add it, or pass options.defaults.indicator for a file where every row has the same indicator',
      'line 1: missing column "area"; add it, or pass options.defaults.area for a file where every row has the same area',
      'line 1: missing column "status"; add it, or pass options.defaults.status for a file where every row has the same status',
    ]);
  });

  it('refuses an empty text', () => {
    expectFailure(
      () => observationsFromCsv('\n'),
      'invalid-input',
      'invalid CSV observations: 1 problem\n- line 1: the text is empty; expected a header line naming at least the columns period and value',
    );
  });
});
