import { PlanningError, describeValue, quoteText } from '../numeric/index.js';

/**
 * Options of {@link decodeText}.
 *
 * @example
 * // A CSV file saved by Excel as "CSV (Comma delimited)" on Vietnamese Windows:
 * const options: DecodeTextOptions = { encoding: 'windows-1258' };
 * options.encoding;
 * //=> 'windows-1258'
 */
export interface DecodeTextOptions {
  /**
   * The encoding, as the WHATWG Encoding Standard names it (`utf-8`, `utf-16le`, `utf-16be`,
   * `windows-1258`, `windows-1252`...). Unless given, the encoding is found from the byte order mark:
   * UTF-8, UTF-16 LE or UTF-16 BE, and UTF-8 without one. A legacy code page cannot be told from
   * UTF-8 reliably, so it is never guessed: name it.
   */
  readonly encoding?: string | undefined;
}

/**
 * The result of {@link decodeText}: the text, and the encoding it was read in.
 *
 * @example
 * // A UTF-8 file with a byte order mark:
 * const decoded: DecodedText = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
 * [decoded.text, decoded.encoding, decoded.byteOrderMark];
 * //=> ['a', 'utf-8', true]
 */
export interface DecodedText {
  /** The text, without its byte order mark. */
  readonly text: string;
  /** The encoding used, as the platform's `TextDecoder` names it (`utf-8`, `utf-16le`, `windows-1258`). */
  readonly encoding: string;
  /** Whether the bytes started with a byte order mark (which is not part of the text). */
  readonly byteOrderMark: boolean;
}

/** The platform decoder (typed from its constructor: the library is typed without the DOM lib). */
type Decoder = InstanceType<typeof TextDecoder>;

/** The longest file decoded, in bytes: four bytes per character of the longest CSV text. */
const maxBytes = 4 * 64 * 1024 * 1024;

function byteOrderMarkOf(bytes: Uint8Array): { readonly encoding: string; readonly length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function makeDecoder(encoding: string): Decoder {
  try {
    // ignoreBOM: the byte order mark is found and removed here, so that it is reported.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    const legacy = /^(windows|cp|ibm|iso-8859|koi8|mac)/i.test(encoding.trim());
    const hint = legacy
      ? ' This platform\'s TextDecoder has no such code page: Node.js reads legacy code pages such as windows-1258 only when built with full ICU (the official builds are; a "small-icu" build is not), and so do browsers'
      : ' Use a name of the WHATWG Encoding Standard, such as utf-8, utf-16le, utf-16be or windows-1258';
    throw new PlanningError('invalid-argument', `unknown or unsupported encoding ${quoteText(encoding)}.${hint}`);
  }
}

/** The place (line and column, from 1) of the first character that the decoder could not read. */
function firstBadPlace(bytes: Uint8Array, encoding: string): { readonly line: number; readonly column: number } {
  const lossy = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let line = 1;
  let lineStart = 0;
  if (encoding === 'utf-8') {
    // A line feed byte never occurs inside a multi-byte UTF-8 sequence: decode line by line to find
    // the first bad line exactly, even when the file holds a genuine U+FFFD before it.
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let start = 0;
    for (let index = 0; index <= bytes.length; index += 1) {
      if (index < bytes.length && bytes[index] !== 0x0a) continue;
      const chunk = bytes.subarray(start, index);
      try {
        strict.decode(chunk);
      } catch {
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(chunk);
        return { line, column: text.indexOf('\uFFFD') + 1 };
      }
      line += 1;
      start = index + 1;
    }
    return { line: 1, column: 1 };
  }
  for (let index = 0; index < lossy.length; index += 1) {
    const code = lossy.charCodeAt(index);
    if (code === 0xfffd) return { line, column: index - lineStart + 1 };
    if (code === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: lossy.length - lineStart + 1 };
}

function looksLikeUtf16(bytes: Uint8Array): string | undefined {
  // Text in UTF-16 without a byte order mark: ASCII characters have a zero byte on one side.
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decodes the bytes of a text file with the platform's `TextDecoder`, refusing bytes that are not
 * valid in the encoding rather than replacing them: a file must never be read garbled.
 *
 * Unless `options.encoding` names the encoding, it is found from the byte order mark (UTF-8 `EF BB
 * BF`, UTF-16 LE `FF FE`, UTF-16 BE `FE FF`), and is UTF-8 without one. Legacy code pages such as
 * Windows-1258 (what Excel's "CSV (Comma delimited)" writes on Vietnamese Windows) cannot be detected
 * reliably and are read only when named. A byte order mark that contradicts the named encoding is
 * refused. The byte order mark is not part of the text. Text read in a legacy code page is returned in
 * Unicode normalization form C: Windows-1258 writes most tone marks as combining characters (`a` then
 * U+0323 for `ạ`), which are joined to the letter as UTF-8 text has them.
 *
 * Source: WHATWG Encoding Standard (encoding names, the decoders, the BOM sniffing of section 6,
 * "decode").
 *
 * @param bytes - the bytes of the file
 * @param options - the encoding, when it is not UTF-8 or UTF-16 with a byte order mark
 * @returns the text, the encoding used and whether there was a byte order mark
 * @throws {@link PlanningError} `invalid-input` for bytes not valid in the encoding (naming the line
 * and column of the first, and what to do: name the encoding), for UTF-16 text without a byte order
 * mark, for a byte order mark that contradicts the named encoding, or for more than 256 MiB;
 * `invalid-argument` for bytes that are not a `Uint8Array` or an encoding the platform does not know
 *
 * @example
 * // "Lâm Sơn" in Windows-1258 (Vietnamese Windows), read as such:
 * decodeText(new Uint8Array([0x4c, 0xe2, 0x6d, 0x20, 0x53, 0xf5, 0x6e]), { encoding: 'windows-1258' }).text;
 * //=> 'Lâm Sơn'
 *
 * @example
 * // The same bytes are not UTF-8: refused with their place, never read garbled:
 * decodeText(new Uint8Array([0x4c, 0xe2, 0x6d, 0x20, 0x53, 0xf5, 0x6e]));
 * // throws PlanningError: line 1, column 2: the bytes are not valid utf-8; ...
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  if (!(bytes instanceof Uint8Array)) {
    throw new PlanningError('invalid-argument', `decodeText reads the bytes of a file as a Uint8Array (a Node.js Buffer is one); got ${describeValue(bytes)}`);
  }
  if (bytes.length > maxBytes) {
    throw new PlanningError('invalid-input', `the file is too large: ${String(bytes.length)} bytes; the largest read is ${String(maxBytes)} bytes (split the file)`);
  }
  const named = options.encoding;
  const mark = byteOrderMarkOf(bytes);
  let decoder: Decoder;
  if (named === undefined) {
    decoder = makeDecoder(mark?.encoding ?? 'utf-8');
  } else {
    decoder = makeDecoder(named);
    if (mark !== undefined && mark.encoding !== decoder.encoding) {
      throw new PlanningError(
        'invalid-input',
        `the file starts with the byte order mark of ${mark.encoding}, but the encoding ${quoteText(named)} was given; leave the encoding out to read it as ${mark.encoding}`,
      );
    }
  }
  const encoding = decoder.encoding;
  const body = mark?.encoding === encoding ? bytes.subarray(mark.length) : bytes;
  if (mark === undefined && encoding === 'utf-8') {
    const utf16 = looksLikeUtf16(body);
    if (utf16 !== undefined) {
      throw new PlanningError(
        'invalid-input',
        `the file looks like ${utf16.toUpperCase()} text without a byte order mark (every other byte is zero); name the encoding ${utf16}, or save it again as UTF-8`,
      );
    }
  }
  try {
    const text = decoder.decode(body);
    // Windows-1258 writes most tone marks as combining characters after the letter; put them back
    // together (Unicode normalization form C), as UTF-8 files and typed text have them, so that
    // names and codes compare equal.
    return Object.freeze({
      text: encoding.startsWith('utf-') ? text : text.normalize('NFC'),
      encoding,
      byteOrderMark: mark?.encoding === encoding,
    });
  } catch {
    const { line, column } = firstBadPlace(body, encoding);
    const advice =
      encoding === 'utf-8'
        ? 'the file was probably saved in a legacy code page: name its encoding, such as windows-1258 for a CSV file saved by Excel on Vietnamese Windows ("CSV (Comma delimited)"), or save it again as "CSV UTF-8"'
        : `check the encoding: the file is not ${encoding} text`;
    const message = `line ${String(line)}, column ${String(column)}: the bytes are not valid ${encoding}; ${advice}`;
    throw new PlanningError('invalid-input', message, { issues: [{ path: [line, column], message }] });
  }
}
