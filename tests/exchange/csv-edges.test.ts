import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvDelimiters,
  guardFormula,
  maxCsvTextLength,
  observationsFromCsv,
  parseCsv,
  sniffDelimiter,
  unguardFormula,
  writeCsv,
} from '../../src/index.js';
import { caught, expectFailure } from '../helpers.js';

describe('guardFormula and unguardFormula (OWASP, "CSV Injection")', () => {
  it('guards a text that starts with each character a spreadsheet runs as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(guardFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
      expect(unguardFormula(`'${start}SUM(A1)`)).toBe(`${start}SUM(A1)`);
    }
  });

  it('leaves plain numbers and texts that start otherwise as they are', () => {
    for (const number of ['-5', '+1.5', '-.5', '-5.', '+1e5', '-1.5E-3', '-2e+7']) expect(guardFormula(number)).toBe(number);
    for (const text of ['-5 người', '-e5', '--5', '-1.5.2', '+1e', '- 5', '5-']) expect(guardFormula(text)).toBe(/^[-+]/.test(text) ? `'${text}` : text);
    for (const text of ['SUM(A1)', 'a=b', ' =x', '', "'quoted", "'"]) {
      expect(guardFormula(text)).toBe(text);
      expect(unguardFormula(text)).toBe(text);
    }
  });

  it('adds one more quote to a text of quotes before a formula character, and removes exactly one', () => {
    expect(guardFormula("'=1")).toBe("''=1");
    expect(guardFormula("''@x")).toBe("'''@x");
    expect(unguardFormula("''=1")).toBe("'=1");
    expect(unguardFormula("'''@x")).toBe("''@x");
  });

  it('gives back any text: unguardFormula(guardFormula(text)) is the text', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '1', '.', 'e', 'x', ' '), maxLength: 8 });
    fc.assert(
      fc.property(text, (given) => {
        expect(unguardFormula(guardFormula(given))).toBe(given);
        // What a spreadsheet would run is never left unguarded.
        const guarded = guardFormula(given);
        if (/^[=+\-@\t\r]/.test(guarded)) expect(guarded).toMatch(/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/);
      }),
    );
  });

  it('is applied by writeCsv and undone by parseCsv, quoting a guarded tab', () => {
    const records = [['=HYPERLINK("http://x")', '-5', '\tindented', '@user']];
    const text = writeCsv(records, { lineBreak: '\n' });
    expect(text).toBe(`"'=HYPERLINK(""http://x"")",-5,"'\tindented",'@user\n`);
    expect(parseCsv(text)).toEqual(records);
  });
});

describe('writeCsv options', () => {
  it('separates fields by a semicolon or a tab, quoting a field that holds the delimiter, a comma or a space at an end', () => {
    const records = [['a;b', 'c,d', 'e\tf', ' g', 'h ', 'plain']];
    expect(writeCsv(records, { delimiter: ';', lineBreak: '\n' })).toBe('"a;b";"c,d";"e\tf";" g";"h ";plain\n');
    expect(writeCsv(records, { delimiter: '\t', lineBreak: '\n' })).toBe('"a;b"\t"c,d"\t"e\tf"\t" g"\t"h "\tplain\n');
    for (const delimiter of csvDelimiters) expect(parseCsv(writeCsv(records, { delimiter }), { delimiter })).toEqual(records);
  });

  it('writes CRLF and no byte order mark unless told otherwise', () => {
    expect(writeCsv([['a', 'b'], ['1', '2']], { byteOrderMark: false })).toBe('a,b\r\n1,2\r\n');
    expect(writeCsv([])).toBe('');
  });

  it('quotes a record of one empty field only: several empty fields are a line of delimiters', () => {
    expect(writeCsv([['', ''], ['']], { lineBreak: '\n' })).toBe(',\n""\n');
    expect(writeCsv([['', '']], { delimiter: ';', lineBreak: '\n' })).toBe(';\n');
  });

  it('refuses a delimiter that is not a comma, a semicolon or a tab, saying what it got', () => {
    expectFailure(() => writeCsv([['a']], { delimiter: '|' as ';' }), 'invalid-argument', 'the CSV delimiter must be ",", ";" or a tab ("\\t"); got "|"');
    expectFailure(() => parseCsv('a', { delimiter: 44 as unknown as ',' }), 'invalid-argument', 'the CSV delimiter must be ",", ";" or a tab ("\\t"); got number');
  });
});

describe('parseCsv edges', () => {
  it('reads with a semicolon or a tab as the delimiter, the other characters being text', () => {
    expect(parseCsv('a;b,c\n1,5;2\n', { delimiter: ';' })).toEqual([['a', 'b,c'], ['1,5', '2']]);
    expect(parseCsv('a\tb;c\n"x\ty"\t2\n', { delimiter: '\t' })).toEqual([['a', 'b;c'], ['x\ty', '2']]);
    expect(parseCsv('a,b\n', { delimiter: '\t' })).toEqual([['a,b']]);
  });

  it('ends a quoted field at the end of the text, with or without a line break', () => {
    expect(parseCsv('"a","b"')).toEqual([['a', 'b']]);
    expect(parseCsv('"a",')).toEqual([['a', '']]);
    expect(parseCsv('"a"""\r')).toEqual([['a"']]);
    expect(parseCsv('\uFEFF')).toEqual([]);
    expect(parseCsv('')).toEqual([]);
  });

  it('counts a CRLF as one line break and a lone CR as one, outside and inside quotes', () => {
    expectFailure(() => parseCsv('a\r\n\r\nb\r\rc,"d'), 'invalid-input', /^invalid CSV: line 5, column 3: unterminated quoted field/);
    const error = caught(() => parseCsv('a\n"x\r\ny\rz"q\n'));
    expect(error.message).toMatch(/^invalid CSV: line 4, column 3: unexpected "q" after a closing quote/);
    expect(error.issues).toEqual([{ path: [4, 3], message: expect.stringMatching(/^line 4, column 3: unexpected "q"/) as unknown }]);
  });

  it('reports a quote inside an unquoted field at the quote, on a later line', () => {
    const error = caught(() => parseCsv('a,b\r\nok,fine\r\n1,ab"c\r\n'));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual([3, 5]);
    expect(error.message).toBe('invalid CSV: line 3, column 5: a double quote inside an unquoted field; quote the whole field and write the quote twice, as in "say ""hi"""');
  });

  it('refuses what is not a string, saying what it is', () => {
    expectFailure(() => parseCsv(null as unknown as string), 'invalid-argument', 'CSV text must be a string; got null');
    expectFailure(() => parseCsv(['a,b'] as unknown as string), 'invalid-argument', 'CSV text must be a string; got an array');
    expectFailure(() => parseCsv(5 as unknown as string), 'invalid-argument', 'CSV text must be a string; got number');
    expectFailure(() => sniffDelimiter(undefined as unknown as string), 'invalid-argument', 'sniffDelimiter: the CSV text must be a string; got undefined');
  });

  it('takes a text of exactly maxCsvTextLength characters and refuses one more', () => {
    expect(maxCsvTextLength).toBe(64 * 1024 * 1024);
    // sniffDelimiter reads the first line only: the longest text is checked without scanning it all.
    const longest = `a;b\n${'x'.repeat(maxCsvTextLength - 4)}`;
    expect(longest.length).toBe(maxCsvTextLength);
    expect(sniffDelimiter(longest)).toBe(';');
    expectFailure(
      () => parseCsv(`${longest}y`),
      'invalid-input',
      'CSV text is too long: 67108865 characters; the largest accepted is 67108864 characters (split the file)',
    );
    expectFailure(() => sniffDelimiter(`${longest};`), 'invalid-input', /^sniffDelimiter: the CSV text is too long: 67108865 characters/);
    expectFailure(() => observationsFromCsv(`${longest}y`, { delimiter: ',' }), 'invalid-input', /^CSV text is too long: 67108865 characters/);
  });
});

describe('sniffDelimiter edges', () => {
  it('reads the header only: a CR ends it, a line break inside quotes does not', () => {
    expect(sniffDelimiter('a;b\r1\t2\t3\t4\n')).toBe(';');
    expect(sniffDelimiter('"a\nb;c";d;e\n1\t2\t3\t4\t5\n')).toBe(';');
    expect(sniffDelimiter('\r\n\r\na\tb\r\n1;2;3\r\n')).toBe('\t');
  });

  it('chooses the first of comma, semicolon and tab on a tie', () => {
    expect(sniffDelimiter('a;b\tc\n')).toBe(';');
    expect(sniffDelimiter('a\tb;c,d\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc;d\n')).toBe('\t');
  });
});

describe('locating a field of CSV text in messages', () => {
  const header = 'indicator,area,period,value,status\n';

  it('gives the column where a quoted field starts, after quoted fields with delimiters and quotes', () => {
    const error = caught(() => observationsFromCsv(`${header}"X,""1""",402,2024,"1,5",official\n`));
    // "X,""1""" is nine characters: area starts at 11, period at 15, value at 20.
    expect(error.issues.map((issue) => issue.path)).toEqual([[2, 1], [2, 20]]);
    expect(error.message).toMatch(/line 2, column 20 \(value\): value must be a decimal number/);
  });

  it('locates several problems of one record, and of records after a quoted line break', () => {
    const error = caught(() => observationsFromCsv(`${header}X,402,20x4,1;5,official\nX,402,2024,1,"sta\r\ntus"\nX,402,2024,z,official\n`));
    expect(error.issues.map((issue) => issue.path)).toEqual([[2, 7], [2, 12], [3, 14], [5, 12]]);
  });
});

describe('CSV details found by mutation testing', () => {
  it('leaves numbers of several digits unguarded, and never unguards a quote that does not lead', () => {
    for (const number of ['-12', '+12.5', '-.55', '-1e10', '-12.5E-10']) expect(guardFormula(number)).toBe(number);
    expect(unguardFormula("'a'=b")).toBe("'a'=b");
  });

  it('skips empty lines between CRLF and CR line breaks', () => {
    expect(parseCsv('a\r\n\r\nb\r\rc\r\n')).toEqual([['a'], ['b'], ['c']]);
  });

  it('names the tab in the message of a row of the wrong width', () => {
    const error = caught(() => observationsFromCsv('indicator\tarea\tperiod\tvalue\tstatus\nX\t402\t2024\t1\tofficial\textra\n'));
    expect(error.message).toMatch(/line 2: expected 5 fields as in the header, got 6; quote fields that contain tabs/);
  });
});
