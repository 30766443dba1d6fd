/*
 * Tidy CSV beyond the round trip: every header name a reader accepts (ids, Open SDG's Year, the
 * template's Vietnamese headers and the other names offices use), the ratio parts, defaults, units
 * written and read, the columns a writer adds only when used, and each loss and refusal with its text.
 */
import { describe, expect, it } from 'vitest';
import {
  type ObservationInput,
  defineUnit,
  observationTableColumns,
  observationsFromCsv,
  observationsFromSheet,
  observationsToCsv,
  parseObservations,
  units,
} from '../../src/index.js';
import { caught } from '../helpers.js';
import { plain } from './arbitraries.js';

const one = { indicator: 'X', area: '402', period: '2024', value: '5', status: 'official' } as const;
/** Observation inputs as the plain values of the observations they parse to, for comparing with what was read. */
const parsed = (...inputs: readonly ObservationInput[]): unknown[] => plain(parseObservations(inputs));

describe('observationsFromCsv header names', () => {
  it('reads the template\'s Vietnamese headers, in CSV and in a sheet', () => {
    const headers = observationTableColumns.map((column) => column.vi);
    expect(headers).toEqual(['Mã chỉ tiêu', 'Địa bàn', 'Kỳ', 'Giá trị', 'Đơn vị tính', 'Tình trạng', 'Ngày công bố', 'Nguồn', 'Ghi chú']);
    const row = ['X', '402', '2024', '5', 'VND*10^9', 'official', '2024-12-20', 'Chi cục Thống kê', 'ước tính'];
    const expected = { ...one, unit: { unit: 'VND', power: 9 }, published: '2024-12-20', source: 'Chi cục Thống kê', note: 'ước tính' };
    expect(plain(observationsFromCsv(`${headers.join(',')}\n${row.join(',')}\n`).observations)).toEqual(parsed(expected));
    expect(plain(observationsFromSheet({ name: 'Số liệu', rows: [headers, row] }).observations)).toEqual(parsed(expected));
  });

  it('reads the other names offices give the columns, and Open SDG\'s Year', () => {
    const { observations } = observationsFromCsv('Chỉ tiêu,Mã địa bàn,Năm,Số liệu,ĐVT,Tình trạng,Tử số,Mẫu số\nX,402,2024,0.5,percent,official,1,2\n');
    expect(plain(observations)).toEqual(parsed({ ...one, value: '0.5', unit: { unit: 'percent', power: 0 }, numerator: '1', denominator: '2' }));
    expect(plain(observationsFromCsv('indicator,area,YEAR,value,status\nX,402,2024,5,official\n').observations)).toEqual([one]);
  });

  it('reads every column by its id, in any case', () => {
    const ids = ['indicator', 'area', 'period', 'value', 'unit', 'status', 'published', 'numerator', 'denominator', 'source', 'note'];
    const { observations } = observationsFromCsv(`${ids.map((id) => id.toUpperCase()).join(',')}\nX,402,2024,0.5,percent,official,2024-01-02,1,2,S,N\n`);
    expect(plain(observations)).toEqual(
      parsed({ ...one, value: '0.5', unit: { unit: 'percent', power: 0 }, published: '2024-01-02', numerator: '1', denominator: '2', source: 'S', note: 'N' }),
    );
  });

  it('notes the title lines above the header of a CSV text', () => {
    const { observations, notes } = observationsFromCsv('BÁO CÁO SỐ LIỆU\n\n,,\nindicator,area,period,value,status\nX,402,2024,5,official\n');
    expect(observations.length).toBe(1);
    expect(notes).toEqual([
      {
        kind: 'ignored',
        what: 'title rows',
        locations: ['line 1'],
        message: 'title rows: a row above the header (a title) is not data (1 record: line 1)',
      },
    ]);
  });
});

describe('observationsFromCsv cells', () => {
  it('reads the parts of a ratio exactly, skips empty ones and locates a bad one', () => {
    const text = 'indicator,area,period,value,status,numerator,denominator\nX,402,2024,0.5,official,1.00,\nX,402,2025,0.5,official, ,2\n';
    expect(plain(observationsFromCsv(text).observations)).toEqual([
      { ...one, value: '0.5', numerator: '1' },
      { ...one, period: '2025', value: '0.5', denominator: '2' },
    ]);
    const error = caught(() => observationsFromCsv('indicator,area,period,value,status,numerator,denominator\nX,402,2024,0.5,official,one,2;\n'));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      `line 2, column 25 (numerator): numerator must be a decimal number such as '12.5' or 12.5; got the string "one"`,
      `line 2, column 29 (denominator): denominator must be a decimal number such as '12.5' or 12.5; got the string "2;"`,
    ]);
    const comma = caught(() => observationsFromCsv('indicator;area;period;value;status;numerator\nX;402;2024;0,5;official;1.5\n', { decimalSeparator: ',' }));
    expect(comma.issues[0]?.message).toMatch(/^line 2, column 25 \(numerator\): numerator: cannot read "1\.5" as a Vietnamese-formatted number/);
  });

  it('needs an indicator and an area in each row unless a default gives them', () => {
    const error = caught(() => observationsFromCsv('indicator,area,period,value,status\n,,2024,5,official\n'));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'line 2, column 1 (indicator): empty indicator code; fill it in, or pass options.defaults.indicator',
      'line 2, column 2 (area): empty area code; fill it in, or pass options.defaults.area',
    ]);
    expect(plain(observationsFromCsv('indicator,area,period,value,status\n,,2024,5,official\nY,403,2024,5,official\n', { defaults: { indicator: 'X', area: '402' } }).observations)).toEqual([
      one,
      { ...one, indicator: 'Y', area: '403' },
    ]);
  });

  it('takes the status of a cell over the default, the default for an empty cell, and refuses an empty one without it', () => {
    const text = 'indicator,area,period,value,status\nX,402,2024,5, estimate \nX,402,2025,5,\n';
    expect(observationsFromCsv(text, { defaults: { status: 'plan' } }).observations.map((observation) => observation.status)).toEqual(['estimate', 'plan']);
    expect(caught(() => observationsFromCsv(text)).issues.map((issue) => issue.path)).toEqual([[3, 14]]);
  });

  it('reads units written with spaces around the power, by code or by name, and a published date with spaces', () => {
    const text = 'indicator,area,period,value,unit,status,published\nX,402,2024,5, VND * 10^6 ,official, 2024-12-20 \nX,402,2025,5,triệu đồng,official,\nX,402,2026,5,,official,\n';
    expect(plain(observationsFromCsv(text).observations)).toEqual(
      parsed({ ...one, unit: { unit: 'VND', power: 6 }, published: '2024-12-20' }, { ...one, period: '2025', unit: { unit: 'VND', power: 6 } }, { ...one, period: '2026' }),
    );
  });

  it('reads a code of the registry as a code even where it is also a unit\'s name', () => {
    const ha = defineUnit({ code: 'ha', kind: 'area', labels: { vi: 'VND', en: 'hectare' } });
    const { observations } = observationsFromCsv('indicator,area,period,value,unit,status\nX,402,2024,5,VND,official\n', { units: { ...units, ha } });
    expect(observations[0]?.unit?.unit.code).toBe('VND');
  });

  it('refuses a unit written with a power of more than two digits, or a name not known', () => {
    const error = caught(() => observationsFromCsv('indicator,area,period,value,unit,status\nX,402,2024,5,VND*10^100,official\nX,402,2024,5,tỷ,official\n'));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^line 2, column 14 \(unit\): invalid unit "VND\*10\^100": expected a unit's name/) as unknown,
      expect.stringMatching(/^line 3, column 14 \(unit\): unknown unit code "tỷ"/) as unknown,
    ]);
  });

  it('keeps texts as written, and an empty text as absent', () => {
    const { observations } = observationsFromCsv('indicator,area,period,value,status,source,note\nX,402,2024,5,official, Cục Thống kê ,\n');
    expect(plain(observations)).toEqual([{ ...one, source: ' Cục Thống kê ' }]);
  });

  it('refuses a dimension named __proto__ and a repeated dimension column', () => {
    const error = caught(() => observationsFromCsv('indicator,area,period,value,status,__proto__,Sex,Sex\nX,402,2024,5,official,a,b,c\n'));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'line 1, column 36 (__proto__): a dimension may not be named "__proto__" (a JSON object cannot carry it as data); rename it, such as "proto"',
      'line 1, column 50 (Sex): column "Sex" repeats column 7 ("Sex"); each column may appear once',
    ]);
  });

  it('names only the missing columns that a default cannot give without the hint', () => {
    const error = caught(() => observationsFromCsv('indicator,area,status\nX,402,official\n'));
    expect(error.issues.map((issue) => issue.message)).toEqual(['line 1: missing column "period"; add it', 'line 1: missing column "value"; add it']);
    expect(caught(() => observationsFromCsv('indicator,period,value\nX,2024,1\n', { defaults: { area: '402' } })).issues.map((issue) => issue.message)).toEqual([
      'line 1: missing column "status"; add it, or pass options.defaults.status for a file where every row has the same status',
    ]);
  });

  it('gives no observation for a row with a problem, and reads the rows after it', () => {
    const error = caught(() => observationsFromCsv('indicator,area,period,value,status\nX,402,2024,x,official\nX,402,2024,1,official\nX,402,20x,1,official\n'));
    expect(error.message.split('\n')[0]).toBe('invalid CSV observations: 2 problems');
    expect(error.issues.map((issue) => issue.path)).toEqual([[2, 12], [4, 7]]);
  });
});

describe('observationsToCsv columns and losses', () => {
  it('adds each attribute column only when some observation has it, in the layout\'s order', () => {
    const observations = parseObservations([
      { ...one, source: 'S' },
      { ...one, period: '2025', published: '2025-01-02', numerator: '1', denominator: '2', note: 'N', unit: { unit: 'VND', power: 0 } },
    ]);
    const { text } = observationsToCsv(observations, { lineBreak: '\n' });
    expect(text).toBe('indicator,area,period,value,unit,status,published,numerator,denominator,source,note\nX,402,2024,5,,official,,,,S,\nX,402,2025,5,VND,official,2025-01-02,1,2,,N\n');
    expect(observationsToCsv(parseObservations([{ ...one, denominator: '4' }]), { lineBreak: '\n' }).text).toBe('indicator,area,period,value,status,denominator\nX,402,2024,5,official,4\n');
    expect(observationsToCsv(parseObservations([{ ...one, published: '2024-05-06' }]), { lineBreak: '\n' }).text).toBe('indicator,area,period,value,status,published\nX,402,2024,5,official,2024-05-06\n');
    expect(observationsToCsv([], { lineBreak: '\n' }).text).toBe('indicator,area,period,value,status\n');
  });

  it('writes dimension columns in the order they first appear, empty where an observation has none', () => {
    const observations = parseObservations([{ ...one, dimensions: { sex: 'f' } }, { ...one }, { ...one, dimensions: { age: '15-24', sex: 'm' } }]);
    expect(observationsToCsv(observations, { lineBreak: '\n' }).text).toBe('indicator,area,period,sex,age,value,status\nX,402,2024,f,,5,official\nX,402,2024,,,5,official\nX,402,2024,m,15-24,5,official\n');
  });

  it('reports each dimension it cannot write, once per observation, with the reason', () => {
    const observations = parseObservations([
      { ...one, dimensions: { YEAR: 'a', ' sex': 'b', Value: 'c', ok: 'd' } },
      { ...one, dimensions: { YEAR: 'e', ok: '' } },
    ]);
    const { text, losses } = observationsToCsv(observations, { lineBreak: '\n' });
    expect(text.split('\n')[0]).toBe('indicator,area,period,ok,value,status');
    expect(losses.map((loss) => [loss.field, loss.observations])).toEqual([
      ['dimensions.YEAR', [0, 1]],
      ['dimensions. sex', [0]],
      ['dimensions.Value', [0]],
      ['dimensions.ok', [1]],
    ]);
    expect(losses[0]?.message).toBe(
      'dimensions.YEAR: a dimension name must be non-empty, without surrounding spaces, and not a column name of the layout (indicator, area, period, year, value, unit, status, published, numerator, denominator, source, note); the dimension was not written (2 observations: #0, #1)',
    );
    expect(losses[3]?.message).toBe('dimensions.ok: an empty dimension value is written as an empty cell, which reads back as absent (1 observation: #1)');
  });

  it('reports an empty source and a unit the reader will not know, with the reason', () => {
    const lak = defineUnit({ code: 'LAK', kind: 'money', labels: { vi: 'kíp', en: 'LAK' }, currency: 'LAK' });
    const { losses } = observationsToCsv(parseObservations([{ ...one, source: '', unit: { unit: lak, power: 0 } }]), { units: { ...units, LAK: lak } });
    expect(losses.map((loss) => loss.message)).toEqual(['source: an empty text is written as an empty cell, which reads back as absent (1 observation: #0)']);
    expect(observationsToCsv(parseObservations([{ ...one, unit: { unit: lak, power: 0 } }])).losses.map((loss) => loss.message)).toEqual([
      'unit: unit "LAK" is not in the unit registry, so only its code is written; read the file back with this unit in options.units (1 observation: #0)',
    ]);
  });
});

describe('tidy CSV: spaces, empty names and title rows', () => {
  it('ignores spaces around a header name, so that a dimension takes the name without them', () => {
    const { observations } = observationsFromCsv('indicator,area,period, Sex ,value,status\nX,402,2024,f,5,official\n');
    expect(plain(observations)).toEqual([{ ...one, dimensions: { Sex: 'f' } }]);
  });

  it('reads a period code written with spaces around it', () => {
    const { observations } = observationsFromCsv('indicator,area,period,value,status\nX,402, 2024-Q3 ,5,official\n');
    expect(observations.map((observation) => observation.period)).toEqual(['2024-Q3']);
  });

  it('does not write a dimension with an empty name, and reports it', () => {
    const { text, losses } = observationsToCsv(parseObservations([{ ...one, dimensions: { '': 'a', sex: 'f' } }]), { lineBreak: '\n' });
    expect(text).toBe('indicator,area,period,sex,value,status\nX,402,2024,f,5,official\n');
    expect(losses.map((loss) => [loss.field, loss.observations])).toEqual([['dimensions.', [0]]]);
  });

  it('notes a title row of a sheet whose other cells are empty', () => {
    const { observations, notes } = observationsFromSheet({
      name: 'Số liệu',
      rows: [['BÁO CÁO SỐ LIỆU NĂM 2024', null, '', null, null], ['indicator', 'area', 'period', 'value', 'status'], ['X', '402', 2024, 5, 'official']],
    });
    expect(plain(observations)).toEqual([one]);
    expect(notes.map((note) => [note.kind, note.what, note.locations])).toEqual([['ignored', 'title rows', ['row 1']]]);
  });
});

describe('tidy CSV: where problems are, and what a sheet leaves empty', () => {
  it('locates a missing column at the header line', () => {
    expect(caught(() => observationsFromCsv('Tiêu đề\nindicator,area,status\nX,402,official\n')).issues).toEqual([
      { path: [2], message: 'line 2: missing column "period"; add it' },
      { path: [2], message: 'line 2: missing column "value"; add it' },
    ]);
  });

  it('names a column in a message as its header names it (Year, Giá trị)', () => {
    const error = caught(() => observationsFromCsv('indicator,area,Year,Giá trị,status\nX,402,2024-Q5,x,official\n'));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^line 2, column 7 \(Year\): invalid period code "2024-Q5"/) as unknown,
      `line 2, column 15 (Giá trị): value must be a decimal number such as '12.5' or 12.5; got the string "x"`,
    ]);
  });

  it('refuses a value in the first column of a sheet when that column has no name', () => {
    const error = caught(() => observationsFromSheet({ name: 'Số liệu', rows: [[null, 'indicator', 'area', 'period', 'value', 'status'], ['ghi chú', 'X', '402', 2024, 5, 'official']] }));
    expect(error.issues).toEqual([
      { path: [2, 'A'], message: 'row 2, column A (column A): a value in a column without a name in the header row; name the column (a disaggregation) or clear the cell' },
    ]);
  });

  it('reads no dimension from a column without a name whose cell holds only spaces', () => {
    const { observations } = observationsFromSheet({ name: 'Số liệu', rows: [['indicator', 'area', 'period', 'value', 'status', null], ['X', '402', 2024, 5, 'official', '  ']] });
    expect(plain(observations)).toEqual([one]);
  });

  it('reads a sheet row shorter than the header as empty in the columns it lacks', () => {
    const rows = [['indicator', 'area', 'period', 'value', 'status', 'Sex', 'note'], ['X', '402', 2024, 5, 'official'], ['X', '402', 2025, 6, 'official', 'f']];
    expect(plain(observationsFromSheet({ name: 'Số liệu', rows }).observations)).toEqual([one, { ...one, period: '2025', value: '6', dimensions: { Sex: 'f' } }]);
  });

  it('reads a unit code of the registry as that unit even where another unit is named so', () => {
    const named = defineUnit({ code: 'ha', kind: 'area', labels: { vi: 'VNDPerPersonPerYear', en: 'hectare' } });
    const { observations } = observationsFromCsv('indicator,area,period,value,unit,status\nX,402,2024,5,VNDPerPersonPerYear,official\nX,402,2025,5,hectare,official\n', { units: { ...units, ha: named } });
    expect(observations.map((observation) => observation.unit?.unit.code)).toEqual(['VNDPerPersonPerYear', 'ha']);
  });
});
