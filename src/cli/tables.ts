/*
 * Reading tables (CSV, TSV, "Unicode Text", .xlsx workbooks) for the commands: the options that
 * say how a text table is written (--encoding, --delimiter, --decimal), decoding its bytes, and the
 * sheets of a workbook read before the command ran (see runCliAsync).
 */
import { PlanningError, quoteText } from '../numeric/index.js';
import type { Language } from '../format/index.js';
import { type CsvDelimiter, type Sheet, type TextTableOptions, decodeText, maxCsvTextLength, sniffDelimiter } from '../exchange/index.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import { stringOption } from './args.js';
import { CliError, exitCodes, inputError, usageError } from './errors.js';
import { type CliIo, fileFailure, readText } from './io.js';

/** The options of every command that reads data, a plan or a catalog from a table. */
export const tableOptions: readonly OptionSpec[] = [
  {
    name: 'encoding',
    type: 'string',
    value: 'NAME',
    description:
      'the encoding of CSV/TSV/TXT files: found from the byte order mark (UTF-8, UTF-16 LE/BE), else UTF-8; name a legacy code page such as windows-1258 (Excel "CSV (Comma delimited)" on Vietnamese Windows)',
  },
  { name: 'delimiter', type: 'string', value: 'CHAR', description: 'the field delimiter of CSV files: comma, semicolon or tab (also "," ";" "\\t"); default: guessed from the header' },
  {
    name: 'decimal',
    type: 'string',
    value: 'SEP',
    description: 'the decimal separator of numbers written as text: point (1234.5) or comma (1.234,5); default: point, or for a semicolon-separated file the one of --lang (vi: comma)',
  },
];

/** How the text tables of a run are read, from the command's options. */
export interface TableReading {
  readonly encoding?: string | undefined;
  readonly delimiter?: CsvDelimiter | undefined;
  readonly decimal?: '.' | ',' | undefined;
  /** The language that decides the decimal separator of a semicolon-separated file. */
  readonly lang: Language;
}

const delimiterWords: Readonly<Record<string, CsvDelimiter>> = { comma: ',', ',': ',', semicolon: ';', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t' };
const decimalWords: Readonly<Record<string, '.' | ','>> = { point: '.', dot: '.', '.': '.', comma: ',', ',': ',' };

/** The table options given to a command; a bad value is a usage error. */
export function tableReading(args: ParsedArgs, command: string, lang: Language): TableReading {
  const delimiterText = stringOption(args, 'delimiter');
  const decimalText = stringOption(args, 'decimal');
  const delimiter = delimiterText === undefined ? undefined : Object.hasOwn(delimiterWords, delimiterText.toLowerCase()) ? delimiterWords[delimiterText.toLowerCase()] : undefined;
  if (delimiterText !== undefined && delimiter === undefined) throw usageError(`--delimiter must be comma, semicolon or tab; got ${quoteText(delimiterText)}`, command);
  const decimal = decimalText === undefined ? undefined : Object.hasOwn(decimalWords, decimalText.toLowerCase()) ? decimalWords[decimalText.toLowerCase()] : undefined;
  if (decimalText !== undefined && decimal === undefined) throw usageError(`--decimal must be point or comma; got ${quoteText(decimalText)}`, command);
  const encoding = stringOption(args, 'encoding');
  if (encoding !== undefined) {
    try {
      decodeText(new Uint8Array(0), { encoding });
    } catch (error) {
      if (error instanceof PlanningError) throw usageError(`--encoding: ${error.message}`, command);
      throw error;
    }
  }
  return { encoding, delimiter, decimal, lang };
}

/** The reading of a command that has no table options: UTF-8 or a byte order mark, sniffed delimiter. */
export const defaultTableReading: TableReading = { lang: 'vi' };

/** Whether a file is read as a text table, by its extension: `.csv`, `.tsv` or `.txt` (any case). */
export function isTablePath(path: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(path);
}

/** Whether a file is read as an Excel workbook, by its extension: `.xlsx` (any case). */
export function isWorkbookPath(path: string): boolean {
  return /\.xlsx$/i.test(path);
}

/**
 * Reads a text file for a table: its bytes decoded by the byte order mark or the named encoding
 * (bytes not valid in it are an input error with their line), or, when the io gives text only, the
 * text as it is.
 */
export function readTableText(io: CliIo, path: string, reading: TableReading): string {
  if (io.readBytes === undefined) {
    if (reading.encoding !== undefined) throw new CliError(exitCodes.usage, `${path}: --encoding needs the bytes of the file, and this io reads text only (give it readBytes)`);
    return readText(io, path);
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (error) {
    throw fileFailure(path, error);
  }
  try {
    const { text } = decodeText(bytes, reading.encoding === undefined ? {} : { encoding: reading.encoding });
    if (text.length > maxCsvTextLength) throw new PlanningError('invalid-input', `the file is too large: ${String(text.length)} characters; the largest read is ${String(maxCsvTextLength)} characters (64 Mi); split it`);
    return text;
  } catch (error) {
    if (error instanceof PlanningError) throw inputError(path, error);
    throw error;
  }
}

/** How a text table's cells are read: the delimiter (given, by extension, or sniffed) and the decimal separator. */
export function textTableOptions(path: string, text: string, reading: TableReading): TextTableOptions {
  const delimiter = reading.delimiter ?? (/\.tsv$/i.test(path) ? '\t' : sniffDelimiter(text));
  // A semicolon-separated file comes from regional settings whose decimal separator is the comma.
  const decimal = reading.decimal ?? (delimiter === ';' && reading.lang === 'vi' ? ',' : '.');
  return { delimiter, decimalSeparator: decimal };
}

/** The sheets of a workbook, read before the command ran (runCliAsync); a clear error when they were not. */
export function readWorkbookSheets(io: CliIo, path: string): readonly Sheet[] {
  if (io.readWorkbook === undefined) {
    throw new CliError(exitCodes.usage, `${path}: reading .xlsx workbooks needs runCliAsync (the planning-indicators command uses it); runCli reads text files only`);
  }
  return io.readWorkbook(path);
}

/**
 * The sheet of a workbook that holds a kind of table: the one named so (Vietnamese or English name of
 * the template), else the first sheet.
 */
export function chooseSheet(path: string, sheets: readonly Sheet[], names: readonly string[]): Sheet {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const named = sheets.find((sheet) => wanted.has(sheet.name.trim().toLowerCase()));
  const sheet = named ?? sheets[0];
  if (sheet === undefined) throw new CliError(exitCodes.invalidInput, `${path}: the workbook has no sheet`);
  return sheet;
}
