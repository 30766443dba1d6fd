import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../src/index.js';
import { expectFailure, failure } from '../period/helpers.js';

describe('parseCsv', () => {
  it('splits records on CRLF, LF and CR line breaks alike', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    expect(parseCsv('note,n\r\n"a, ""quoted"" word",1\r\n"two\r\nlines",2\r\n')).toEqual([
      ['note', 'n'],
      ['a, "quoted" word', '1'],
      ['two\r\nlines', '2'],
    ]);
  });

  it('removes a leading byte order mark, keeps spaces and skips empty lines', () => {
    expect(parseCsv('\uFEFFarea, name \n\n402, Như Xuân\n\n')).toEqual([
      ['area', ' name '],
      ['402', ' Như Xuân'],
    ]);
  });

  it('reads empty fields, a trailing comma and a quoted empty field', () => {
    expect(parseCsv('a,,c,\n""\n')).toEqual([['a', '', 'c', ''], ['']]);
  });

  it('reports an unterminated quoted field at its opening quote, with line and column', () => {
    expectFailure(
      () => parseCsv('indicator,note\nX,ok\nX,"never\nclosed\n'),
      'invalid-input',
      'invalid CSV: line 3, column 3: unterminated quoted field; close it with a double quote (write a quote inside the field twice: "")',
    );
  });

  it('reports text after a closing quote, counting lines inside quoted fields', () => {
    const error = failure(() => parseCsv('a,b\n"x\ny"z,1\n'));
    expect(error.message).toMatch(/^invalid CSV: line 3, column 3: unexpected "z" after a closing quote/);
    expect(error.issues[0]?.path).toEqual([3, 3]);
  });

  it('reports a quote inside an unquoted field', () => {
    expectFailure(() => parseCsv('a,b\n1,say "hi"\n'), 'invalid-input', /^invalid CSV: line 2, column 7: a double quote inside an unquoted field/);
  });
});

describe('writeCsv', () => {
  it('quotes only the fields that need it and ends every record with CRLF', () => {
    expect(writeCsv([['area', 'note', 'value'], ['402', 'a, b', '1.5'], ['403', 'say "hi"', ' 2']])).toBe(
      'area,note,value\r\n402,"a, b",1.5\r\n403,"say ""hi"""," 2"\r\n',
    );
  });

  it('writes LF line breaks and a byte order mark on request', () => {
    expect(writeCsv([['a'], ['b']], { lineBreak: '\n', byteOrderMark: true })).toBe('\uFEFFa\nb\n');
  });

  it('quotes a record of one empty field, so that it is not read as an empty line', () => {
    expect(writeCsv([['a'], ['']])).toBe('a\r\n""\r\n');
  });

  it('is read back by parseCsv as the same records, whatever the fields hold', () => {
    const records = fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(records, fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'), fc.boolean(), (given, lineBreak, byteOrderMark) => {
        // An all-empty record of several fields is a line of commas, which is kept; records of one
        // empty field are quoted. Nothing is lost.
        expect(parseCsv(writeCsv(given, { lineBreak, byteOrderMark }))).toEqual(given);
      }),
    );
  });
});
