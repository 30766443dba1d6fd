import { PlanningError } from '../numeric/index.js';

/**
 * Where something is in a text file: a 1-based line number and a 1-based column, counted in
 * characters (UTF-16 code units) from the start of the line.
 *
 * @example
 * // The twelfth character of the fourth line:
 * const place: TextPosition = { line: 4, column: 12 };
 * `line ${place.line}, column ${place.column}`;
 * //=> 'line 4, column 12'
 */
export interface TextPosition {
  /** The line, from 1. A line break inside a quoted field starts a new line. */
  readonly line: number;
  /** The column, from 1, in characters from the start of the line. */
  readonly column: number;
}

/** Internal: the records of a CSV text with where each one starts, to locate a field only when needed. */
export interface ScannedCsv {
  /** The records, each a list of fields. */
  readonly records: readonly (readonly string[])[];
  /** For each record, the offset in the text (BOM removed) where it starts. */
  readonly starts: readonly number[];
  /** For each record, the line on which it starts. */
  readonly lines: readonly number[];
  /** The text without its BOM. */
  readonly text: string;
  /** The character code of the field delimiter. */
  readonly delimiter: number;
}

const quote = 34; // "
const carriageReturn = 13;
const lineFeed = 10;

function syntaxError(line: number, column: number, message: string): PlanningError {
  const text = `line ${line}, column ${column}: ${message}`;
  return new PlanningError('invalid-input', `invalid CSV: ${text}`, { issues: [{ path: [line, column], message: text }] });
}

/**
 * A CSV field delimiter: the comma of RFC 4180, the semicolon that spreadsheet programs write where
 * the comma is the decimal separator (Vietnamese, French, German regional settings), or the tab of
 * "Unicode Text" and `.tsv` files.
 *
 * @example
 * // What Excel writes on a machine with Vietnamese regional settings:
 * const delimiter: CsvDelimiter = ';';
 * parseCsv('a;b\n1,5;2\n', { delimiter });
 * //=> [['a', 'b'], ['1,5', '2']]
 */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * The delimiters {@link sniffDelimiter} chooses from, in the order it prefers them on a tie.
 *
 * @example
 * // Comma, semicolon, tab:
 * csvDelimiters.length;
 * //=> 3
 */
export const csvDelimiters: readonly CsvDelimiter[] = Object.freeze([',', ';', '\t'] as const);

/** The name of a delimiter, for messages. */
export function delimiterName(delimiter: CsvDelimiter): string {
  return delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : 'tab';
}

function delimiterCode(delimiter: unknown): number {
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    throw new PlanningError('invalid-argument', `the CSV delimiter must be ",", ";" or a tab ("\\t"); got ${typeof delimiter === 'string' ? JSON.stringify(delimiter) : typeof delimiter}`);
  }
  return delimiter.charCodeAt(0);
}

/**
 * Guesses the field delimiter of a CSV text from its first non-empty line (the header): the one of
 * comma, semicolon and tab that occurs most often outside double quotes; the comma when none occurs
 * or on a tie (then the order of {@link csvDelimiters} decides). A header names the columns, so it is
 * the line least likely to hold a delimiter inside a value.
 *
 * @param text - the CSV text (a byte order mark is ignored)
 * @returns the delimiter
 *
 * @example
 * // A file saved by Excel with Vietnamese regional settings, and a "Unicode Text" file:
 * [sniffDelimiter('Chỉ tiêu;Kỳ;Giá trị\nX;2024;12,5\n'), sniffDelimiter('indicator\tperiod\tvalue\n')];
 * //=> [';', '\t']
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  checkTextInput(text, 'sniffDelimiter: the CSV text', maxCsvTextLength);
  const counts = new Map<CsvDelimiter, number>(csvDelimiters.map((delimiter) => [delimiter, 0]));
  let inQuotes = false;
  let started = false;
  for (let position = text.charCodeAt(0) === 0xfeff ? 1 : 0; position < text.length; position += 1) {
    const character = text.charAt(position);
    if (character === '"') inQuotes = !inQuotes;
    if (!inQuotes && (character === '\n' || character === '\r')) {
      if (started) break;
      continue;
    }
    started = true;
    if (inQuotes) continue;
    const count = counts.get(character as CsvDelimiter);
    if (count !== undefined) counts.set(character as CsvDelimiter, count + 1);
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of csvDelimiters) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Options of {@link parseCsv}.
 *
 * @example
 * // A tab-separated file:
 * const options: CsvReadOptions = { delimiter: '\t' };
 * parseCsv('a\tb\n', options);
 * //=> [['a', 'b']]
 */
export interface CsvReadOptions {
  /** The field delimiter; the comma unless given (use {@link sniffDelimiter} to guess it from the header). */
  readonly delimiter?: CsvDelimiter | undefined;
}

/** Where a scan is: the offset in the text, the line, and the offset where that line starts. */
interface Cursor {
  position: number;
  line: number;
  lineStart: number;
}

/**
 * Reads the quoted field whose opening quote is at the cursor, and moves the cursor past its closing
 * quote, counting the line breaks inside it (CRLF once, at its LF). Returns the value, or undefined
 * when the text ends before the closing quote.
 */
function readQuoted(text: string, cursor: Cursor): string | undefined {
  let position = cursor.position + 1;
  let value = '';
  let chunkStart = position;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === quote) {
      if (text.charCodeAt(position + 1) === quote) {
        value += text.slice(chunkStart, position + 1);
        position += 2;
        chunkStart = position;
        continue;
      }
      cursor.position = position + 1;
      return value + text.slice(chunkStart, position);
    }
    if (code === lineFeed || (code === carriageReturn && text.charCodeAt(position + 1) !== lineFeed)) {
      cursor.line += 1;
      cursor.lineStart = position + 1;
    }
    position += 1;
  }
  cursor.position = position;
  return undefined;
}

/**
 * Internal: splits CSV text into records and fields (RFC 4180, with LF or CR line breaks accepted
 * as well as CRLF and a leading byte order mark removed). Completely empty lines are skipped.
 *
 * @throws {@link PlanningError} `invalid-input` at the first syntax error, with its line and column
 */
export function scanCsv(input: string, what = 'CSV text', delimiter: CsvDelimiter = ','): ScannedCsv {
  checkTextInput(input, what, maxCsvTextLength);
  const comma = delimiterCode(delimiter);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  const starts: number[] = [];
  const lines: number[] = [];
  const length = text.length;
  const cursor: Cursor = { position: 0, line: 1, lineStart: 0 };
  const column = (): number => cursor.position - cursor.lineStart + 1;
  const endLine = (): void => {
    const code = text.charCodeAt(cursor.position);
    cursor.position += code === carriageReturn && text.charCodeAt(cursor.position + 1) === lineFeed ? 2 : 1;
    cursor.line += 1;
    cursor.lineStart = cursor.position;
  };
  while (cursor.position < length) {
    const first = text.charCodeAt(cursor.position);
    if (first === lineFeed || first === carriageReturn) {
      // An empty line: skip it (a file may end with several line breaks, or have blank lines).
      endLine();
      continue;
    }
    starts.push(cursor.position);
    lines.push(cursor.line);
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(cursor.position) === quote) {
        const openLine = cursor.line;
        const openColumn = column();
        const value = readQuoted(text, cursor);
        if (value === undefined) {
          throw syntaxError(openLine, openColumn, 'unterminated quoted field; close it with a double quote (write a quote inside the field twice: "")');
        }
        const next = cursor.position < length ? text.charCodeAt(cursor.position) : comma;
        if (next !== comma && next !== lineFeed && next !== carriageReturn) {
          throw syntaxError(
            cursor.line,
            column(),
            `unexpected ${JSON.stringify(text[cursor.position])} after a closing quote; a field that is quoted must end at its closing quote, and a quote inside it is written twice ("")`,
          );
        }
        fields.push(unguardFormula(value));
      } else {
        const fieldStart = cursor.position;
        let position = fieldStart;
        while (position < length) {
          const code = text.charCodeAt(position);
          if (code === comma || code === lineFeed || code === carriageReturn) break;
          if (code === quote) {
            cursor.position = position;
            throw syntaxError(
              cursor.line,
              column(),
              'a double quote inside an unquoted field; quote the whole field and write the quote twice, as in "say ""hi"""',
            );
          }
          position += 1;
        }
        cursor.position = position;
        fields.push(unguardFormula(text.slice(fieldStart, position)));
      }
      if (cursor.position >= length) break;
      if (text.charCodeAt(cursor.position) === comma) {
        cursor.position += 1;
        continue;
      }
      // A line break ends the record.
      endLine();
      break;
    }
    records.push(fields);
  }
  return { records, starts, lines, text, delimiter: comma };
}

// The field positions of the records asked about, found once per record: a file with a problem in
// every field of a long record must not rescan the record for each of them.
const locatedRecords = new WeakMap<ScannedCsv, Map<number, readonly TextPosition[]>>();

/**
 * Internal: the line and column where field `field` of record `record` starts, found by scanning
 * that record again the first time one of its fields is asked about (positions are only needed for
 * error messages, so they are not kept for every field of every record).
 */
export function locateField(scanned: ScannedCsv, record: number, field: number): TextPosition {
  let records = locatedRecords.get(scanned);
  if (records === undefined) {
    records = new Map();
    locatedRecords.set(scanned, records);
  }
  let positions = records.get(record);
  if (positions === undefined) {
    positions = fieldPositions(scanned, record);
    records.set(record, positions);
  }
  return positions[Math.min(field, positions.length - 1)] ?? { line: scanned.lines[record] ?? 1, column: 1 };
}

function fieldPositions(scanned: ScannedCsv, record: number): TextPosition[] {
  const { text, delimiter } = scanned;
  const start = scanned.starts[record] ?? 0;
  const count = scanned.records[record]?.length ?? 1;
  // A record starts at the beginning of a line.
  const cursor: Cursor = { position: start, line: scanned.lines[record] ?? 1, lineStart: start };
  const positions: TextPosition[] = [];
  for (let index = 0; index < count; index += 1) {
    positions.push({ line: cursor.line, column: cursor.position - cursor.lineStart + 1 });
    if (text.charCodeAt(cursor.position) === quote) readQuoted(text, cursor);
    else while (cursor.position < text.length && text.charCodeAt(cursor.position) !== delimiter) cursor.position += 1;
    cursor.position += 1; // the delimiter
  }
  return positions;
}

/**
 * Reads CSV text into records, each a list of fields, following RFC 4180: fields separated by
 * commas, records by line breaks, fields with commas, quotes or line breaks enclosed in double
 * quotes, a quote inside a quoted field written twice. Also accepted: LF or CR line breaks as well
 * as CRLF, and a leading byte order mark (removed). Completely empty lines are skipped. Fields are
 * returned as written (no trimming, no type conversion), except that the single quote that
 * {@link writeCsv} puts before a formula-like text is removed ({@link unguardFormula}). The text may
 * have at most {@link maxCsvTextLength} characters.
 *
 * Source: IETF RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files",
 * section 2.
 *
 * @param text - the CSV text
 * @param options - the field delimiter (a comma unless given)
 * @returns the records, the header (if any) first
 * @throws {@link PlanningError} `invalid-input` at the first syntax error, naming its line and
 * column: an unterminated quoted field (located at its opening quote), text after a closing quote,
 * or a quote inside an unquoted field, or for a text longer than {@link maxCsvTextLength};
 * `invalid-argument` for a value that is not a string
 *
 * @example
 * // A quoted field holds a comma and an escaped quote:
 * parseCsv('name,note\r\nNhư Xuân,"district, ""402"""\r\n');
 * //=> [['name', 'note'], ['Như Xuân', 'district, "402"']]
 *
 * @example
 * // An unterminated quote is reported where it opens:
 * parseCsv('a,b\n1,"2\n');
 * // throws PlanningError: invalid CSV: line 2, column 3: unterminated quoted field; ...
 */
export function parseCsv(text: string, options: CsvReadOptions = {}): string[][] {
  return scanCsv(text, 'CSV text', options.delimiter ?? ',').records.map((record) => [...record]);
}

/**
 * Options of {@link writeCsv}.
 *
 * @example
 * // LF line breaks and a byte order mark, for spreadsheet programs that need one to read UTF-8:
 * const options: CsvWriteOptions = { lineBreak: '\n', byteOrderMark: true };
 * options.lineBreak;
 * //=> '\n'
 */
export interface CsvWriteOptions {
  /** The line break after each record: CRLF (`'\r\n'`, as RFC 4180 says; the default) or LF (`'\n'`). */
  readonly lineBreak?: '\r\n' | '\n' | undefined;
  /** Start the text with a UTF-8 byte order mark (U+FEFF); false unless given. */
  readonly byteOrderMark?: boolean | undefined;
  /** The field delimiter; the comma unless given. */
  readonly delimiter?: CsvDelimiter | undefined;
}

// A semicolon or a tab is quoted too, so that sniffDelimiter reads a header written here as comma-separated.
const needsQuotes = /[",;\t\r\n]|^\s|\s$/;

/**
 * Writes records as CSV text (RFC 4180): a field is enclosed in double quotes when it holds a
 * comma, a quote or a line break, or starts or ends with a space (so that no reader trims it), and a
 * quote inside it is written twice. A field that a spreadsheet would run as a formula (one that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a plain number such as `-5`)
 * is written with a single quote before it ({@link guardFormula}, OWASP's rule against CSV
 * injection); {@link parseCsv} removes that quote again. Every record, the last included, ends with the line break. A
 * record should have at least one field: an empty record would be an empty line, which readers skip.
 *
 * Source: IETF RFC 4180, section 2.
 *
 * @param records - the records, each a list of fields
 * @param options - the line break and whether to start with a byte order mark
 * @returns the CSV text
 *
 * @example
 * // A note with a comma and a quote:
 * writeCsv([['area', 'note'], ['402', 'say "hi", then go']]);
 * //=> 'area,note\r\n402,"say ""hi"", then go"\r\n'
 */
export function writeCsv(records: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const lineBreak = options.lineBreak ?? '\r\n';
  const delimiter = options.delimiter ?? ',';
  delimiterCode(delimiter);
  let text = options.byteOrderMark === true ? '\uFEFF' : '';
  for (const record of records) {
    // A record of one empty field would be an empty line, which readers skip: quote it.
    text += (record.length === 1 && record[0] === '' ? '""' : record.map((value) => csvField(value, delimiter)).join(delimiter)) + lineBreak;
  }
  return text;
}

/** Internal: one field as CSV, guarded against formula injection and quoted when it must be. */
export function csvField(value: string, delimiter: CsvDelimiter = ','): string {
  const guarded = guardFormula(value);
  return needsQuotes.test(guarded) || (delimiter !== ',' && guarded.includes(delimiter)) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

// A field that a spreadsheet would run as a formula: it starts (after any quotes) with =, +, -, @,
// a tab or a carriage return (OWASP, "CSV Injection").
const formulaStart = /^'*[=+\-@\t\r]/;
const guardedFormulaStart = /^'+[=+\-@\t\r]/;
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Prefixes a single quote to a text that a spreadsheet would read as a formula (OWASP's rule), so that
 * it shows as text; numbers such as `-5` or `+1.5` stay numbers. A text that already starts with
 * quotes before such a character gets one more, so that {@link unguardFormula} gives back the text
 * exactly.
 *
 * @example
 * // A formula is shown, not run; a negative number stays a number:
 * [guardFormula('=HYPERLINK("x")'), guardFormula('-5'), guardFormula('-5 người')];
 * //=> ["'=HYPERLINK(\"x\")", '-5', "'-5 người"]
 */
export function guardFormula(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/**
 * Removes the quote that {@link guardFormula} added: one leading single quote before quotes and then
 * `=`, `+`, `-`, `@`, a tab or a carriage return. CSV read by the library goes through it, so a text
 * written by the library reads back exactly.
 *
 * @example
 * // The guard of a formula and of a text that starts with a quote:
 * [unguardFormula("'=1+2"), unguardFormula("''-x"), unguardFormula("'quoted")];
 * //=> ['=1+2', "'-x", "'quoted"]
 */
export function unguardFormula(text: string): string {
  return text.charCodeAt(0) === 39 && guardedFormulaStart.test(text) ? text.slice(1) : text;
}

/**
 * The longest CSV text the readers accept, in characters (64 Mi, about 64 MB of UTF-8 text): larger
 * files are refused with a message rather than read into memory several times over.
 *
 * @example
 * // About 64 million characters:
 * maxCsvTextLength;
 * //=> 67108864
 */
export const maxCsvTextLength = 64 * 1024 * 1024;

/** Internal: refuses what is not a string, or a string longer than a parser takes, with a message. */
export function checkTextInput(input: unknown, what: string, maxLength: number): asserts input is string {
  if (typeof input !== 'string') {
    throw new PlanningError('invalid-argument', `${what} must be a string; got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`);
  }
  if (input.length > maxLength) {
    throw new PlanningError(
      'invalid-input',
      `${what} is too long: ${String(input.length)} characters; the largest accepted is ${String(maxLength)} characters (split the file)`,
    );
  }
}
