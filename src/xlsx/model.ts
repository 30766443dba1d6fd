import type { Decimal } from '../numeric/index.js';
import type { SheetCell } from '../exchange/index.js';

/**
 * A number for people: the exact value and the Excel number format it is shown with (`#,##0.0`). It is
 * written as a number cell, so that a spreadsheet can sum and sort it; a spreadsheet holds a number
 * as a binary double (15 to 17 significant digits), so a value with more digits is stored rounded to
 * the nearest double, and the format shows it rounded further to the indicator's precision.
 *
 * @example
 * // Attainment of 100.558…% shown with one decimal:
 * const cell: FormattedNumber = { number: toDecimal('100.558035714285714285714'), format: '#,##0.0' };
 * cell.format;
 * //=> '#,##0.0'
 */
export interface FormattedNumber {
  /** The exact value. */
  readonly number: Decimal;
  /** The Excel number format code (`0`, `#,##0`, `#,##0.00`); the separators follow the reader's regional settings. */
  readonly format: string;
}

/**
 * A cell to write: a text, a number (a `Decimal` is written as a number cell when a double holds it
 * exactly, and as text with every digit otherwise, so that data read back is exact), a number for
 * people with its format, a boolean, or nothing.
 *
 * @example
 * // A label, an exact value and a formatted figure:
 * const row: SheetOutputCell[] = ['Dân số', toDecimal('78500'), { number: toDecimal('98.7654'), format: '#,##0.0' }];
 * row.length;
 * //=> 3
 */
export type SheetOutputCell = SheetCell | FormattedNumber;

/**
 * A worksheet to write: its name (at most 31 characters, none of `[]:*?/\`), its rows from row 1, the
 * cells of each from column A, and optionally the column widths (in characters) and a title row
 * merged across the columns.
 *
 * @example
 * // A sheet of one row:
 * const sheet: SheetOutput = { name: 'Số liệu', rows: [['Dân số', toDecimal('78500')]] };
 * sheet.rows[0]?.length;
 * //=> 2
 */
export interface SheetOutput {
  /** The sheet's name, as its tab shows it. */
  readonly name: string;
  /** The rows, from row 1. */
  readonly rows: readonly (readonly SheetOutputCell[])[];
  /** The width of each column, in characters. */
  readonly columnWidths?: readonly number[] | undefined;
  /** Rows whose first cell spans every column (titles), by index from 0. */
  readonly titleRows?: readonly number[] | undefined;
}
