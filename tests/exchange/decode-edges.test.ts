/*
 * decodeText at its edges: byte order marks only when whole, the UTF-16 sniffing thresholds, the
 * place of the first bad byte on a last line and after a second BOM, which texts are normalised, and
 * the hints for encodings the platform does not know.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/index.js';
import { caught } from '../helpers.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const ascii = (text: string): number[] => Array.from(new TextEncoder().encode(text));

describe('decodeText: byte order marks', () => {
  it('takes a byte order mark only when all of its bytes are there', () => {
    // Each of these starts with part of a mark followed by bytes that are not valid UTF-8.
    for (const partial of [[0xef, 0x41, 0x42], [0x41, 0xbb, 0xbf], [0xef, 0x41, 0xbf], [0xef, 0xbb, 0x41], [0xff, 0x41], [0x41, 0xfe], [0xfe, 0x41], [0x41, 0xff]]) {
      expect(caught(() => decodeText(bytes(...partial))).code, partial.join(' ')).toBe('invalid-input');
    }
  });

  it('removes one mark and keeps a second one as text', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: '\uFEFFA', encoding: 'utf-8', byteOrderMark: true });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41), { encoding: 'utf-8' }).text).toBe('\uFEFFA');
  });

  it('accepts a mark that agrees with the named encoding and refuses one that does not', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), { encoding: 'utf-8' })).toEqual({ text: 'A', encoding: 'utf-8', byteOrderMark: true });
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00), { encoding: 'UTF-16LE' })).toEqual({ text: 'A', encoding: 'utf-16le', byteOrderMark: true });
    expect(caught(() => decodeText(bytes(0xff, 0xfe, 0x41, 0x00), { encoding: 'utf-8' })).message).toBe(
      'the file starts with the byte order mark of utf-16le, but the encoding "utf-8" was given; leave the encoding out to read it as utf-16le',
    );
  });
});

describe('decodeText: UTF-16 without a byte order mark', () => {
  it('recognises little- and big-endian text from its zero bytes and says which', () => {
    expect(caught(() => decodeText(bytes(0x61, 0x00, 0x62, 0x00))).message).toBe(
      'the file looks like UTF-16LE text without a byte order mark (every other byte is zero); name the encoding utf-16le, or save it again as UTF-8',
    );
    expect(caught(() => decodeText(bytes(0x00, 0x61, 0x00, 0x62))).message).toBe(
      'the file looks like UTF-16BE text without a byte order mark (every other byte is zero); name the encoding utf-16be, or save it again as UTF-8',
    );
  });

  it('does not sniff fewer than four bytes', () => {
    expect(decodeText(bytes(0x61, 0x00)).text).toBe('a\u0000');
    expect(decodeText(bytes(0x00, 0x61, 0x62)).text).toBe('\u0000ab');
  });

  it('needs more than 30 % of the pairs with a zero on one side and fewer than 5 % on the other', () => {
    // 10 pairs, 3 with a zero second byte: exactly 30 %, not more: UTF-8 text with NUL characters.
    const thirty = [0x61, 0x00, 0x62, 0x00, 0x63, 0x00, ...ascii('defghijklmnop')];
    expect(thirty).toHaveLength(19);
    expect(decodeText(bytes(...thirty, 0x71)).text).toBe('a\u0000b\u0000c\u0000defghijklmnopq');
    expect(decodeText(bytes(0x00, 0x61, 0x00, 0x62, 0x00, 0x63, ...ascii('defghijklmnopq'))).text).toBe('\u0000a\u0000b\u0000cdefghijklmnopq');
    // 20 pairs, 10 with a zero second byte and 1 (5 %, not fewer) with a zero first byte.
    const mixed = [0x00, 0x41, ...Array.from({ length: 10 }, (_, index) => [0x61 + index, 0x00]).flat(), ...ascii('0123456789abcdefghijklmnopqrstuvwxyz').slice(0, 18)];
    expect(mixed).toHaveLength(40);
    expect(decodeText(bytes(...mixed)).text.startsWith('\u0000Aa\u0000b\u0000')).toBe(true);
    const mixedBigEndian = [0x41, 0x00, ...Array.from({ length: 10 }, (_, index) => [0x00, 0x61 + index]).flat(), ...ascii('0123456789abcdefghijklmnopqrstuvwxyz').slice(0, 18)];
    expect(decodeText(bytes(...mixedBigEndian)).text.startsWith('A\u0000\u0000a\u0000b')).toBe(true);
  });

  it('sniffs only text without a mark read as UTF-8', () => {
    // After a UTF-8 mark, or in a named legacy code page, zero bytes are characters.
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x00, 0x62, 0x00)).text).toBe('a\u0000b\u0000');
    expect(decodeText(bytes(0x61, 0x00, 0x62, 0x00), { encoding: 'windows-1258' }).text).toBe('a\u0000b\u0000');
  });
});

describe('decodeText: where the first bad byte is', () => {
  it('finds it on a last line without a line feed', () => {
    const error = caught(() => decodeText(bytes(...ascii('ab\ncd'), 0xff)));
    expect(error.message.startsWith('line 2, column 3: the bytes are not valid utf-8;')).toBe(true);
    expect(error.issues[0]?.path).toEqual([2, 3]);
  });

  it('counts a second byte order mark as a character of the first line', () => {
    expect(caught(() => decodeText(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41, 0xff))).message.startsWith('line 1, column 3:')).toBe(true);
  });

  it('names the place in UTF-16 text and advises to check the encoding', () => {
    // A lone low surrogate (DC00) at the start of line 2.
    const error = caught(() => decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x00, 0xdc, 0x42, 0x00)));
    expect(error.message).toBe('line 2, column 1: the bytes are not valid utf-16le; check the encoding: the file is not utf-16le text');
  });
});

describe('decodeText: normalisation, size and encodings', () => {
  it('leaves UTF text as it is and joins the combining marks of a legacy code page', () => {
    const decomposed = 'a\u0323';
    expect(decodeText(new TextEncoder().encode(decomposed)).text).toBe(decomposed);
    // Windows-1258: 'a' then the combining dot below (0xF2).
    expect(decodeText(bytes(0x61, 0xf2), { encoding: 'windows-1258' }).text).toBe('ạ');
  });

  it('reads a file of a few hundred kilobytes and refuses one over 256 MiB', () => {
    const large = new Uint8Array(300_000).fill(0x41);
    expect(decodeText(large).text).toHaveLength(300_000);
    const error = caught(() => decodeText(new Uint8Array(4 * 64 * 1024 * 1024 + 1)));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('the file is too large: 268435457 bytes; the largest read is 268435456 bytes (split the file)');
  });

  it('explains an unknown encoding by what kind of name it is', () => {
    const unknown = caught(() => decodeText(bytes(0x41), { encoding: 'utf-99' }));
    expect(unknown.code).toBe('invalid-argument');
    expect(unknown.message).toBe('unknown or unsupported encoding "utf-99". Use a name of the WHATWG Encoding Standard, such as utf-8, utf-16le, utf-16be or windows-1258');
    expect(caught(() => decodeText(bytes(0x41), { encoding: 'my-windows-page' })).message).toContain('WHATWG');
    const legacy = caught(() => decodeText(bytes(0x41), { encoding: ' windows-9999' }));
    expect(legacy.message).toContain('only when built with full ICU');
    expect(legacy.message.startsWith('unknown or unsupported encoding " windows-9999". This platform\'s TextDecoder has no such code page')).toBe(true);
  });
});
