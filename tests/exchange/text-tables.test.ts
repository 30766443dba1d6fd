import { describe, expect, it } from 'vitest';
import { decodeText, observationsFromCsv, parseCsv, sniffDelimiter, writeCsv } from '../../src/index.js';
import { caught, expectFailure } from '../helpers.js';
import { encodeUtf16be, encodeUtf16le, encodeUtf8, encodeWindows1258, vietnameseNames } from './files.js';

const allNames = vietnameseNames.join('\n');

describe('decodeText', () => {
  it('reads UTF-8 without and with a byte order mark, and says which it met', () => {
    expect(decodeText(encodeUtf8(allNames))).toEqual({ text: allNames, encoding: 'utf-8', byteOrderMark: false });
    expect(decodeText(encodeUtf8(allNames, true))).toEqual({ text: allNames, encoding: 'utf-8', byteOrderMark: true });
  });

  it('reads UTF-16 LE and BE by their byte order marks, as Excel\'s "Unicode Text" saves them', () => {
    expect(decodeText(encodeUtf16le(allNames))).toEqual({ text: allNames, encoding: 'utf-16le', byteOrderMark: true });
    expect(decodeText(encodeUtf16be(allNames))).toEqual({ text: allNames, encoding: 'utf-16be', byteOrderMark: true });
  });

  it('reads Windows-1258 bytes with every Vietnamese tone mark when the encoding is named, joined into NFC', () => {
    const bytes = encodeWindows1258(allNames);
    // The code page writes tone marks as combining characters: the bytes differ from any UTF-8.
    expect(bytes).toContain(0xf2); // dot below (nặng)
    expect(bytes).toContain(0xd2); // hook above (hỏi)
    expect(bytes).toContain(0xde); // tilde (ngã)
    expect(bytes).toContain(0xec); // acute (sắc)
    expect(bytes).toContain(0xcc); // grave (huyền)
    const decoded = decodeText(bytes, { encoding: 'windows-1258' });
    expect(decoded.text).toBe(allNames);
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
    expect(decoded.encoding).toBe('windows-1258');
  });

  it('refuses Windows-1258 bytes read as UTF-8, naming the line and column and the encoding to give', () => {
    const bytes = encodeWindows1258('area,name\n402,Huyện Như Xuân\n');
    const error = caught(() => decodeText(bytes));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^line 2, column 8: the bytes are not valid utf-8; the file was probably saved in a legacy code page: name its encoding, such as windows-1258/);
    expect(error.issues[0]?.path).toEqual([2, 8]);
  });

  it('finds the bad line exactly even after a genuine replacement character', () => {
    const good = encodeUtf8('a\uFFFDb\n');
    const bad = new Uint8Array([...good, 0x61, 0x62, 0xff, 0x0a]);
    expect(caught(() => decodeText(bad)).issues[0]?.path).toEqual([2, 3]);
  });

  it('refuses UTF-16 text without a byte order mark instead of reading NUL characters', () => {
    expectFailure(() => decodeText(encodeUtf16le('indicator\tvalue\n', false)), 'invalid-input', /looks like UTF-16LE text without a byte order mark .* name the encoding utf-16le/);
  });

  it('refuses a byte order mark that contradicts the named encoding, and an unknown encoding', () => {
    expectFailure(() => decodeText(encodeUtf16le('a'), { encoding: 'windows-1258' }), 'invalid-input', /byte order mark of utf-16le, but the encoding "windows-1258" was given/);
    expectFailure(() => decodeText(encodeUtf8('a'), { encoding: 'klingon' }), 'invalid-argument', /unknown or unsupported encoding "klingon"\. Use a name of the WHATWG Encoding Standard/);
    expectFailure(() => decodeText('a' as unknown as Uint8Array), 'invalid-argument', /Uint8Array/);
  });

  it('refuses bytes not valid in a named UTF-16 file with their place', () => {
    // A lone high surrogate on line 2.
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x62, 0x00, 0x00, 0xd8, 0x63, 0x00]);
    expectFailure(() => decodeText(bytes), 'invalid-input', /^line 2, column 2: the bytes are not valid utf-16le; check the encoding/);
  });
});

describe('sniffDelimiter', () => {
  it('chooses the delimiter found most often in the header, outside quotes, comma on a tie or none', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(sniffDelimiter('\uFEFFa\tb\tc\n')).toBe('\t');
    expect(sniffDelimiter('"a;b;c",d\n')).toBe(',');
    expect(sniffDelimiter('\n\nvalue\n')).toBe(',');
    expect(sniffDelimiter('a;b,c\n')).toBe(',');
  });

  it('reads back the delimiter of any header writeCsv writes, whatever its names hold', () => {
    const header = ['indicator', 'a;b;c;d;e;f', 'x\ty\tz\tw', 'value'];
    expect(sniffDelimiter(writeCsv([header]))).toBe(',');
    expect(parseCsv(writeCsv([header], { delimiter: ';' }), { delimiter: ';' })).toEqual([header]);
  });
});

describe('observationsFromCsv on files saved by spreadsheet programs', () => {
  it('reads a semicolon file with decimal commas (Excel with Vietnamese regional settings)', () => {
    const text = 'indicator;area;period;value;status\r\nINCOME_PER_CAPITA;402;2024;47,2;estimate\r\nPOPULATION;402;2024;78.500;official\r\n';
    const { observations } = observationsFromCsv(text, { decimalSeparator: ',' });
    expect(observations.map((observation) => observation.value.toString())).toEqual(['47.2', '78500']);
  });

  it('refuses an ambiguous number under the decimal comma, as the format domain does', () => {
    const error = caught(() => observationsFromCsv('indicator;area;period;value;status\nX;402;2024;47.25;estimate\n', { decimalSeparator: ',' }));
    expect(error.message).toMatch(/line 2, column 12 \(value\): value: cannot read "47\.25" as a Vietnamese-formatted number: .* reads as 47\.25 in English formatting/);
  });

  it('points a decimal comma in a comma-less file to the decimal separator option', () => {
    const error = caught(() => observationsFromCsv('indicator;area;period;value;status\nX;402;2024;47,2;estimate\n'));
    expect(error.message).toMatch(/line 2, column 12 \(value\): value must be a decimal number .* read a file written with decimal commas \(5,6\) with the decimal separator ","/);
  });

  it('reads a tab-separated UTF-16 file once decoded, with CRLF line breaks', () => {
    const bytes = encodeUtf16le('indicator\tarea\tperiod\tvalue\tstatus\tnote\r\nPOPULATION\t402\t2024\t78500\tofficial\tXã Thượng Ninh\r\n');
    const { observations } = observationsFromCsv(decodeText(bytes).text);
    expect(observations[0]?.note).toBe('Xã Thượng Ninh');
  });

  it('reads quoted fields holding line breaks and delimiters, and locates later problems on the right line', () => {
    const text = 'indicator;area;period;value;status;note\n"POPULATION";402;2024;78500;official;"dòng một\r\ndòng hai; ba"\nPOPULATION;402;2025;x;official;\n';
    const error = caught(() => observationsFromCsv(text, { delimiter: ';' }));
    expect(error.message).toMatch(/line 4, column 21 \(value\)/);
    const { observations } = observationsFromCsv(text.split('\n').slice(0, 3).join('\n'), { delimiter: ';' });
    expect(observations[0]?.note).toBe('dòng một\r\ndòng hai; ba');
  });

  it('refuses a bad delimiter or decimal separator option', () => {
    expectFailure(() => observationsFromCsv('a\n', { delimiter: '|' as ';' }), 'invalid-argument', /the CSV delimiter must be ",", ";" or a tab/);
    expectFailure(() => observationsFromCsv('a\n', { decimalSeparator: '·' as ',' }), 'invalid-argument', /decimalSeparator must be "\." or ","; got "·"/);
  });

  it('counts fields by the file\'s delimiter when a row has too many', () => {
    const error = caught(() => observationsFromCsv('indicator;area;period;value;status\nX;402;2024;1;official;extra\n'));
    expect(error.message).toMatch(/line 2: expected 5 fields as in the header, got 6; quote fields that contain semicolons/);
  });
});
