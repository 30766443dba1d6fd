import { PlanningError, describeValue, isDecimal, toDecimal, quoteText } from '../numeric/index.js';
import { type Sheet, type SheetCell, guardFormula, unguardFormula } from '../exchange/index.js';
import type { FormattedNumber, SheetOutput, SheetOutputCell } from './model.js';

/**
 * The optional packages this sub-path reads and writes workbooks with, and the versions it is tested
 * with: install the one you use (`npm install read-excel-file write-excel-file`).
 *
 * @example
 * // The reader and the writer:
 * Object.keys(xlsxPackages);
 * //=> ['read-excel-file', 'write-excel-file']
 */
export const xlsxPackages: XlsxPackages = Object.freeze({ 'read-excel-file': '^9.3.17', 'write-excel-file': '^4.1.1' });

/**
 * The optional packages of {@link xlsxPackages}, each with the version range it is tested with.
 *
 * @example
 * // The reader's range:
 * const packages: XlsxPackages = xlsxPackages;
 * packages['read-excel-file'];
 * //=> '^9.3.17'
 */
export interface XlsxPackages {
  /** The reader, used by `readWorkbook`. */
  readonly 'read-excel-file': string;
  /** The writer, used by `writeWorkbook`. */
  readonly 'write-excel-file': string;
}

/** Internal: loads an optional package, or says which one to install and why. */
export async function importPeer<Module>(name: keyof typeof xlsxPackages, purpose: string, load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || (error instanceof Error && /Cannot find (module|package)/.test(error.message))) {
      throw new PlanningError(
        'not-found',
        `${purpose} needs the optional package ${name}, which is not installed: run npm install ${name}@${xlsxPackages[name]} (planning-indicators keeps spreadsheet support out of its core dependencies)`,
      );
    }
    throw error;
  }
}

/** A number cell as read: the digits stored in the file. */
interface StoredNumber {
  readonly digits: string;
}

/** The largest workbook read, in bytes (a zip of that size unpacks to far more). */
const maxWorkbookBytes = 64 * 1024 * 1024;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Reads every worksheet of an Excel workbook (`.xlsx`) into plain {@link Sheet}s, with the optional
 * package `read-excel-file`. Number cells are read from the file's own digits into exact decimals (a
 * workbook stores them as text), dates as `YYYY-MM-DD` texts, texts as they are except that the quote
 * `writeWorkbook` puts before a formula-like text is removed again; the cells a merged cell covers
 * are empty. Formulas are not run: a formula cell gives the value the workbook last saved.
 *
 * @param bytes - the bytes of the `.xlsx` file
 * @returns the sheets, in the workbook's order
 * @throws {@link PlanningError} `not-found` when `read-excel-file` is not installed (naming it);
 * `invalid-input` for bytes that are not an `.xlsx` workbook (such as an old `.xls` or a CSV file
 * renamed) or larger than 64 MiB; `invalid-argument` for bytes that are not a `Uint8Array`
 *
 * @example
 * // Write a sheet and read it back:
 * const bytes = await writeWorkbook([{ name: 'Số liệu', rows: [['Chỉ tiêu', 'Giá trị'], ['Dân số', toDecimal('78500.5')]] }]);
 * const [sheet] = await readWorkbook(bytes);
 * [sheet?.name, sheet?.rows[1]?.[1]?.toString()];
 * //=> ['Số liệu', '78500.5']
 */
export async function readWorkbook(bytes: Uint8Array): Promise<readonly Sheet[]> {
  if (!(bytes instanceof Uint8Array)) {
    throw new PlanningError('invalid-argument', `readWorkbook reads the bytes of an .xlsx file as a Uint8Array (a Node.js Buffer is one); got ${describeValue(bytes)}`);
  }
  if (bytes.length > maxWorkbookBytes) {
    throw new PlanningError('invalid-input', `the workbook is too large: ${String(bytes.length)} bytes; the largest read is ${String(maxWorkbookBytes)} bytes`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new PlanningError(
      'invalid-input',
      'the file is not an .xlsx workbook (an .xlsx file is a zip archive, which starts with "PK"); an old .xls workbook must be saved again as .xlsx, and a CSV file must be named .csv',
    );
  }
  const reader = await importPeer('read-excel-file', 'reading .xlsx workbooks', () => import('read-excel-file/universal'));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let sheets: Awaited<ReturnType<typeof reader.default<StoredNumber>>>;
  try {
    // parseNumber: keep the digits as stored, so that no value passes through a binary double, and
    // mark them, so that a number cell is told from a text cell.
    sheets = await reader.default<StoredNumber>(buffer, { parseNumber: (text: string): StoredNumber => ({ digits: text }), trim: false });
  } catch (error) {
    throw new PlanningError('invalid-input', `the workbook cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return Object.freeze(
    sheets.map((sheet) =>
      Object.freeze({
        name: sheet.sheet,
        rows: Object.freeze(
          sheet.data.map((row) =>
            Object.freeze(
              row.map((cell): SheetCell => {
                if (cell === null || typeof cell === 'boolean') return cell;
                if (cell instanceof Date) return isoDate(cell);
                if (typeof cell === 'string') return unguardFormula(cell);
                if (typeof cell === 'object' && 'digits' in cell) return toDecimal(cell.digits, 'number cell');
                return toDecimal(String(cell), 'number cell');
              }),
            ),
          ),
        ),
      }),
    ),
  );
}

const sheetNameProblem = /[[\]:*?/\\]/;

function isFormatted(cell: SheetOutputCell): cell is FormattedNumber {
  return typeof cell === 'object' && cell !== null && !isDecimal(cell) && 'format' in cell;
}

/** The writer's cell for one of ours: numbers as numbers, texts guarded against formulas. */
function writerCell(cell: SheetOutputCell, span: number | undefined): unknown {
  const extra = span === undefined ? {} : { columnSpan: span, fontWeight: 'bold' };
  if (cell === null || cell === undefined) return span === undefined ? null : { value: '', type: String, ...extra };
  if (typeof cell === 'string') return { value: guardFormula(cell), type: String, ...extra };
  if (typeof cell === 'boolean') return { value: cell, type: Boolean, ...extra };
  if (typeof cell === 'number') return { value: toDecimal(cell, 'cell').toNumber(), type: Number, ...extra };
  if (isFormatted(cell)) return { value: cell.number.toNumber(), type: Number, format: cell.format, ...extra };
  const number = cell.toNumber();
  // Data must read back exactly: a value that a double does not hold is written as its digits.
  if (toDecimal(number, 'cell').equals(cell)) return { value: number, type: Number, ...extra };
  return { value: cell.toFixed(), type: String, ...extra };
}

/**
 * Writes sheets as an Excel workbook (`.xlsx`), with the optional package `write-excel-file`: one
 * worksheet per {@link SheetOutput}, in order. Numbers are written as number cells (a
 * {@link FormattedNumber} with its number format; a `Decimal` that a double does not hold exactly as
 * a text with every digit, so that data read back by {@link readWorkbook} is exact), texts as text
 * cells, with a single quote before a text that a spreadsheet would run as a formula (the rule of
 * `guardFormula`, as for CSV). Title rows are merged across the columns and bold.
 *
 * @param sheets - the sheets (at least one), with distinct names of at most 31 characters, none of `[]:*?/\`
 * @returns the bytes of the `.xlsx` file
 * @throws {@link PlanningError} `not-found` when `write-excel-file` is not installed (naming it);
 * `invalid-argument` for no sheets, or a sheet name that is empty, too long, repeated or has a
 * forbidden character
 *
 * @example
 * // A workbook of one sheet starts with the zip signature "PK":
 * const bytes = await writeWorkbook([{ name: 'Bảng', rows: [['Tỷ lệ', { number: toDecimal('98.76'), format: '#,##0.0' }]] }]);
 * String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0);
 * //=> 'PK'
 */
export async function writeWorkbook(sheets: readonly SheetOutput[]): Promise<Uint8Array> {
  const given: unknown = sheets;
  if (!Array.isArray(given) || given.length === 0) throw new PlanningError('invalid-argument', 'writeWorkbook needs at least one sheet');
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const name = sheet.name;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || sheetNameProblem.test(name) || seen.has(name.toLowerCase())) {
      throw new PlanningError(
        'invalid-argument',
        `sheet name ${quoteText(name)} cannot be used: a sheet name has 1 to 31 characters, none of [ ] : * ? / \\, and differs from the other sheets' names (case ignored)`,
      );
    }
    seen.add(name.toLowerCase());
  }
  const writer = await importPeer('write-excel-file', 'writing .xlsx workbooks', () => import('write-excel-file/universal'));
  const data = sheets.map((sheet) => {
    const width = Math.max(1, ...sheet.rows.map((row) => row.length));
    const titles = new Set(sheet.titleRows ?? []);
    return {
      sheet: sheet.name,
      data: sheet.rows.map((row, index) =>
        titles.has(index) && width > 1
          ? [writerCell(row[0], width), ...Array.from({ length: width - 1 }, () => null)]
          : row.map((cell) => writerCell(cell, undefined)),
      ),
      ...(sheet.columnWidths === undefined ? {} : { columns: sheet.columnWidths.map((columnWidth) => ({ width: columnWidth })) }),
    };
  });
  const blob = await writer.default(data as Parameters<typeof writer.default>[0]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
