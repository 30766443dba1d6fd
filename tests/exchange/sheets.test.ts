/*
 * Worksheets as the readers see them (gridFromSheet and the cells of table.ts), and the tidy
 * observation table read from a sheet: the kinds of cells a spreadsheet reader gives, the places
 * that messages name, the header found below title rows, and what is refused.
 */
import { describe, expect, it } from 'vitest';
import {
  type Sheet,
  type SheetCell,
  cellNumber,
  cellText,
  columnName,
  defineUnit,
  gridFromCsv,
  gridFromSheet,
  isBlank,
  observationsFromCsv,
  observationsFromSheet,
  toDecimal,
  units,
} from '../../src/index.js';
import { columnOf, findHeaderRow, headerKey, sortByPlace, unitByName } from '../../src/exchange/table.js';
import { caught, expectFailure } from '../helpers.js';

const header = ['indicator', 'area', 'period', 'value', 'status'];
const sheet = (...rows: readonly (readonly SheetCell[])[]): Sheet => ({ name: 'Số liệu', rows });

describe('columnName', () => {
  it('names columns as spreadsheets do, up to the last column of Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('gridFromSheet', () => {
  it('reads texts as they are, empty cells as empty texts, booleans as words and numbers exactly', () => {
    const grid = gridFromSheet(sheet(['a', null, undefined, true, false, 0.1, 1e21, toDecimal('1.000000000000000000001'), -0]));
    expect(grid.rows[0]?.map((cell) => cellText(cell))).toEqual(['a', '', '', 'true', 'false', '0.1', '1000000000000000000000', '1.000000000000000000001', '0']);
    expect(grid.source).toBe('sheet "Số liệu"');
    expect(grid.fixedWidth).toBe(false);
    expect(grid.decimalSeparator).toBe('.');
    expect(gridFromSheet(sheet(['a']), { decimalSeparator: ',' }).decimalSeparator).toBe(',');
  });

  it('names places by row and column letter, from 1 and A', () => {
    const grid = gridFromSheet(sheet(['a']));
    expect(grid.place(0, 0)).toEqual({ text: 'row 1, column A', path: [1, 'A'] });
    expect(grid.place(4, 27)).toEqual({ text: 'row 5, column AB', path: [5, 'AB'] });
    expect(grid.rowPlace(2)).toEqual({ text: 'row 3', path: [3] });
  });

  it('refuses what is not a sheet', () => {
    const message = 'a sheet must be an object { name, rows } with rows a list of lists of cells';
    for (const given of [null, 'rows', { name: 'x' }, { name: 'x', rows: 'a,b' }, { rows: [] }, { name: 5, rows: [] }]) {
      expectFailure(() => gridFromSheet(given as unknown as Sheet), 'invalid-argument', message);
    }
  });

  it('refuses a cell that is not a finite number, and rows that are not lists or too long, each with its place', () => {
    const error = caught(() => gridFromSheet(sheet(['a', Number.NaN], 'row' as unknown as SheetCell[], new Array<SheetCell>(16_385).fill('x'), ['b', 'c', Infinity])));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('invalid sheet "Số liệu": 4 problems');
    expect(error.issues.map((issue) => issue.path)).toEqual([[1, 'B'], [2], [3], [4, 'C']]);
    expect(error.issues[0]?.message).toMatch(/^row 1, column B: cell must be a finite/);
    expect(error.issues[1]?.message).toBe('row 2: a row must be a list of at most 16384 cells');
    expect(error.issues[2]?.message).toBe('row 3: a row must be a list of at most 16384 cells');
    expect(caught(() => gridFromSheet(sheet([Number.NaN]))).message).toBe('invalid sheet "Số liệu": 1 problem');
    // The widest row Excel has is read.
    expect(gridFromSheet(sheet(new Array<SheetCell>(16_384).fill('x'))).rows[0]?.length).toBe(16_384);
  });

  it('reads up to 1,048,576 rows, as Excel has, and refuses more', () => {
    const rows = new Array<readonly SheetCell[]>(1_048_576).fill([]);
    expect(gridFromSheet({ name: 'Số liệu', rows }).rows.length).toBe(1_048_576);
    expectFailure(() => gridFromSheet({ name: 'Số liệu', rows: rows.concat([[]]) }), 'invalid-input', 'sheet "Số liệu" has 1048577 rows; the most read is 1048576');
  });

  it('refuses a decimal separator other than "." or ",", saying what it got', () => {
    expectFailure(() => gridFromSheet(sheet(['a']), { decimalSeparator: 1 as unknown as ',' }), 'invalid-argument', 'decimalSeparator must be "." or ","; got number');
    expectFailure(() => gridFromCsv('a', { decimalSeparator: ';' as ',' }), 'invalid-argument', 'decimalSeparator must be "." or ","; got ";"');
  });
});

describe('gridFromCsv', () => {
  it('names places by line and column of the text, and rows by their line', () => {
    const grid = gridFromCsv('a;b\n\n"x\ny";z\n');
    expect(grid.delimiter).toBe(';');
    expect(grid.fixedWidth).toBe(true);
    expect(grid.source).toBe('CSV');
    expect(grid.rows).toEqual([['a', 'b'], ['x\ny', 'z']]);
    expect(grid.place(1, 1)).toEqual({ text: 'line 4, column 4', path: [4, 4] });
    expect(grid.rowPlace(1)).toEqual({ text: 'line 3', path: [3] });
    expect(grid.rowPlace(5)).toEqual({ text: 'line 1', path: [1] });
    expect(gridFromCsv('a,b', { delimiter: '\t' }).rows).toEqual([['a,b']]);
  });
});

describe('cells', () => {
  const dotted = gridFromSheet(sheet([]));
  const comma = gridFromSheet(sheet([]), { decimalSeparator: ',' });

  it('is blank when empty, absent or only spaces; a number cell never is', () => {
    expect([undefined, '', '  \t', ' x ', toDecimal(0)].map((cell) => isBlank(cell))).toEqual([true, true, true, false, false]);
    expect(cellText(undefined)).toBe('');
    expect(cellText(toDecimal('1e-7'))).toBe('0.0000001');
  });

  it('reads a number cell as it is, a text by the decimal separator, and says what is wrong', () => {
    expect(cellNumber(toDecimal('2.5'), comma, 'value')).toEqual({ value: toDecimal('2.5') });
    expect(cellNumber('1.234,5', comma, 'value')).toEqual({ value: toDecimal('1234.5') });
    expect(cellNumber('12.5', dotted, 'value')).toEqual({ value: toDecimal('12.5') });
    const commaProblem = cellNumber('abc', comma, 'numerator');
    expect('problem' in commaProblem && commaProblem.problem).toMatch(/^numerator: cannot read "abc" as a Vietnamese-formatted number/);
    const dottedProblem = cellNumber(' -12,5 ', dotted, 'value');
    expect('problem' in dottedProblem && dottedProblem.problem).toMatch(
      /^value must be a decimal number .*; the decimal separator is "\." unless told otherwise: read a file written with decimal commas \(5,6\) with the decimal separator ","/,
    );
    // Only a number written with a decimal comma gets the hint.
    for (const text of ['1,2,3', '1,', ',5', 'x1,5', '1.5,2']) {
      const read = cellNumber(text, dotted, 'value');
      expect('problem' in read && read.problem).not.toMatch(/decimal separator/);
    }
  });
});

describe('headers', () => {
  const names = new Map([
    ['value', 'value'],
    ['giá trị', 'value'],
    ['period', 'period'],
  ]);

  it('are keys without case, surrounding or repeated spaces, in NFC', () => {
    expect(headerKey('  Giá \t  TRỊ  ')).toBe('giá trị');
    expect(headerKey('Gia\u0301 tri\u0323')).toBe('giá trị');
  });

  it('are found by their name, or as "label (id)" by the id or the label', () => {
    expect(columnOf('GIÁ TRỊ', names)).toBe('value');
    expect(columnOf('Số liệu (value)', names)).toBe('value');
    expect(columnOf('Giá trị (số)', names)).toBe('value');
    expect(columnOf('Giá trị ( value )', names)).toBe('value');
    expect(columnOf('Số liệu (tỷ đồng)', names)).toBeUndefined();
    expect(columnOf('value)', names)).toBeUndefined();
    expect(columnOf('(period) value', names)).toBeUndefined();
  });

  it('stand in the first row naming enough known columns among the first thirty; else the first row', () => {
    const grid = (rows: readonly (readonly SheetCell[])[]) => gridFromSheet(sheet(...rows));
    expect(findHeaderRow(grid([['title'], ['value', 'x'], ['value', 'period']]), names, 2)).toBe(2);
    expect(findHeaderRow(grid([['title'], ['value', 'x'], ['value', 'period']]), names, 1)).toBe(1);
    // A column named twice counts once; a number cell is no name.
    expect(findHeaderRow(grid([['value', 'giá trị', 5], ['period', 'value']]), names, 2)).toBe(1);
    const titles = new Array<readonly SheetCell[]>(29).fill(['title']);
    expect(findHeaderRow(grid([...titles, ['value', 'period']]), names, 2)).toBe(29);
    expect(findHeaderRow(grid([...titles, ['title'], ['value', 'period']]), names, 2)).toBe(0);
    expect(findHeaderRow(grid([]), names, 2)).toBe(0);
  });
});

describe('sortByPlace', () => {
  it('orders issues by line or row, then by column number or letter', () => {
    const issues = [
      { path: [3, 'AA'], message: 'c' },
      { path: [3, 'B'], message: 'b' },
      { path: [2, 'ZZ'], message: 'a' },
      { path: [3, 'BA'], message: 'd' },
      { path: [10, 1], message: 'f' },
      { path: [3, 'AB'], message: 'c2' },
      { path: [4], message: 'e' },
    ];
    expect(sortByPlace(issues).map((issue) => issue.message)).toEqual(['a', 'b', 'c', 'c2', 'd', 'e', 'f']);
    expect(sortByPlace([{ path: [2, 12], message: 'y' }, { path: [2, 3], message: 'x' }, { path: [1, 40], message: 'w' }]).map((issue) => issue.message)).toEqual(['w', 'x', 'y']);
    expect(issues[0]?.message).toBe('c');
  });
});

describe('unitByName', () => {
  it('finds a unit by its Vietnamese or English name at each scale, case and spaces ignored', () => {
    expect(unitByName('tỷ đồng', units)).toEqual({ unit: 'VND', power: 9 });
    expect(unitByName('  Triệu   Đồng ', units)).toEqual({ unit: 'VND', power: 6 });
    expect(unitByName('đồng', units)).toEqual({ unit: 'VND', power: 0 });
    expect(unitByName('người', units)).toEqual({ unit: 'persons', power: 0 });
    expect(unitByName('no such unit', units)).toBeUndefined();
  });

  it('leaves out a name that two units share, so that a name never guesses', () => {
    const twin = defineUnit({ code: 'VND2', kind: 'money', labels: { vi: 'đồng', en: 'dong' }, currency: 'VND' });
    const registry = { ...units, VND2: twin };
    expect(unitByName('tỷ đồng', registry)).toBeUndefined();
    expect(unitByName('người', registry)).toEqual({ unit: 'persons', power: 0 });
  });
});

describe('observationsFromSheet', () => {
  it('reads number cells exactly, a number in the period column as a year, and notes title rows', () => {
    const { observations, notes } = observationsFromSheet(
      sheet(['BÁO CÁO'], [], header, ['POPULATION', 402, 2024, 78_500.5, 'official'], [null, null, null, null, null]),
    );
    expect(observations.map((observation) => [observation.area, observation.period, observation.value.toString()])).toEqual([['402', '2024', '78500.5']]);
    expect(notes.map((note) => note.message)).toEqual([expect.stringMatching(/row 1/) as unknown]);
  });

  it('reads texts by the decimal separator it is given', () => {
    const rows = [header, ['X', '402', '2024', '1.234,5', 'official']];
    expect(observationsFromSheet(sheet(...rows), { decimalSeparator: ',' }).observations[0]?.value.toString()).toBe('1234.5');
    expect(caught(() => observationsFromSheet(sheet(...rows))).issues[0]?.path).toEqual([2, 'D']);
  });

  it('allows short rows and empty header cells, but not a value in a column without a name', () => {
    const { observations } = observationsFromSheet(sheet([...header, null, ''], ['X', '402', '2024', 5, 'official'], ['X', '402', '2024', 6, 'official', null, '  ']));
    expect(observations.length).toBe(2);
    const error = caught(() => observationsFromSheet(sheet([...header, null], ['X', '402', '2024', 5, 'official', 'stray'], ['X', '402', '2024', 5, 'official', null, 'far'])));
    expect(error.message.split('\n')[0]).toBe('invalid observations in sheet "Số liệu": 2 problems');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[2, 'F'], 'row 2, column F (column F): a value in a column without a name in the header row; name the column (a disaggregation) or clear the cell'],
      [[3, 'G'], 'row 3, column G (column G): a value in a column without a name in the header row; name the column (a disaggregation) or clear the cell'],
    ]);
  });

  it('refuses an empty sheet and an empty text, naming what the header must hold', () => {
    expectFailure(() => observationsFromSheet(sheet()), 'invalid-input', /row 1: the sheet is empty; expected a header row naming at least the columns period and value/);
    expectFailure(() => observationsFromCsv(''), 'invalid-input', /line 1: the text is empty; expected a header line naming at least the columns period and value/);
    expect(caught(() => observationsFromSheet(sheet())).issues[0]?.path).toEqual([1, 1]);
  });

  it('lists problems in reading order, columns past Z included', () => {
    const wide = [...header, ...Array.from({ length: 25 }, (_, index) => `d${String(index)}`), 'published'];
    const row = (period: string, value: SheetCell, published: string): SheetCell[] => ['X', '402', period, value, 'official', ...new Array<SheetCell>(25).fill(''), published];
    const error = caught(() => observationsFromSheet(sheet(wide, row('2024', 'x', '2024-13-01'), row('20x', 1, 'bad'))));
    expect(error.issues.map((issue) => issue.path)).toEqual([[2, 'D'], [2, 'AE'], [3, 'C'], [3, 'AE']]);
  });
});

describe('the options of a table read from CSV text', () => {
  it('takes "." as the decimal separator when it is given, as when it is not', () => {
    expect(gridFromCsv('a', { decimalSeparator: '.' }).decimalSeparator).toBe('.');
    expect(gridFromSheet(sheet(['a']), { decimalSeparator: '.' }).decimalSeparator).toBe('.');
  });

  it('refuses a text that is not a string, naming it as CSV text when the delimiter is given', () => {
    expectFailure(() => gridFromCsv(5 as unknown as string, { delimiter: ';' }), 'invalid-argument', 'CSV text must be a string; got number');
  });

  it('hints at the decimal separator for a number written with a decimal comma, of any number of digits', () => {
    const dotted = gridFromSheet(sheet([]));
    for (const text of ['12,55', '-1,5', ' +100,125 ']) {
      const read = cellNumber(text, dotted, 'value');
      expect('problem' in read && read.problem).toMatch(/read a file written with decimal commas \(5,6\) with the decimal separator ","/);
    }
  });
});

describe('names a person writes', () => {
  it('find a column written "label(id)" without a space, or with spaces inside the parentheses', () => {
    const names = new Map([['value', 'value']]);
    expect(columnOf('Số liệu(value)', names)).toBe('value');
    expect(columnOf('Số liệu ( value )', names)).toBe('value');
  });

  it('find a unit whose Vietnamese and English names are the same', () => {
    expect(unitByName('%', units)).toEqual({ unit: 'percent', power: 0 });
  });
});
